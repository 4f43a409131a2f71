"""A participle phrase set off after the subject states a fact of its own.

"Windcoöperatie Kraaienhorst, opgericht in 2021 door een groep boeren uit de omgeving, telt
inmiddels ruim 900 leden" says two things, and the gold makes each a claim: "Windcoöperatie
Kraaienhorst is opgericht in 2021 door een groep boeren uit de omgeving." and "Windcoöperatie
Kraaienhorst telt inmiddels ruim 900 leden."; so does "Dat rapport, opgesteld door het
Harderwoudse bureau Geluidwerk, lag ...". English writers do the same with "founded in 2017"
("Tidewell, founded in 2017, employs ..." -> "Tidewell was founded in 2017."), and any
participle in -ed before "by", "on" or "in" ("The survey, commissioned by Corvane, found ...").
The phrase must open with a participle followed by a preposition or a year ("opgericht in",
"opgesteld door", "founded in"), and a finite verb must follow it, so that the noun phrase is
the sentence's subject: "Groen, de fractievoorzitter, zei ..." (a role, no participle) stays
whole.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import is_verb
from onrecord.check.language.claim_names import TOKEN_RE
from onrecord.check.language.claim_text import end_sentence, words

__all__ = ["participle_apposition"]

_SHAPE = re.compile(
    r"^(?P<np>[^,]{2,80}?),\s+(?P<part>[^\W\d_]+)\s+(?P<body>[^,]{3,}?),\s+(?P<main>\S.+)$"
)
_NL_PART = re.compile(r"^(?:[a-z]+)?(?:ge|be|ver|ont|her)[a-zë]{2,}[dt]$")
_EN_PART = frozenset({"founded", "established", "set", "formed", "opened", "built", "created"})
_NL_NEXT = frozenset({"in", "door", "op", "sinds", "bij", "na", "tijdens", "voor"})
_EN_NEXT = frozenset({"in", "by", "up", "on", "during", "after"})
_EN_BY = frozenset({"by", "on", "in"})


def participle_apposition(s: str, lang: str | None) -> tuple[str, list[str]] | None:
    """(the sentence without the participle phrase, the phrase's claim), or None."""
    m = _SHAPE.match(s)
    if not m or lang not in ("en", "nl"):
        return None
    part, body, main = m["part"], m["body"].strip(), m["main"]
    first = (words(body)[:1] or [""])[0]
    year = re.fullmatch(r"(?:19|20)\d\d", first) is not None
    if lang == "nl":
        ok = _NL_PART.match(part) is not None and (first in _NL_NEXT or year)
    else:
        # any participle in -ed before its agent or a time: "commissioned by", "released on"
        regular = part.endswith("ed") and len(part) > 4 and is_verb(part, "en") and first in _EN_BY
        ok = (part in _EN_PART and (first in _EN_NEXT or year)) or regular
    head = [t.group() for t in TOKEN_RE.finditer(main)][:1]
    if not ok or not head or not is_verb(head[0], lang) or len(words(m["np"])) > 8:
        return None
    np = m["np"].strip()
    aux = "is" if lang == "nl" else "was"
    return end_sentence(f"{np} {main}"), [end_sentence(f"{np} {aux} {part} {body}")]
