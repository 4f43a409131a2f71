"""A framer phrase as a claimant: "managing director Fiona Ridley" is Fiona Ridley, "the
complaint" stays the complaint; whether a phrase can frame at all (a short noun phrase, no verb).
Used by :mod:`onrecord.check.claims.claimant` for every frame it recognises."""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import (
    ARTICLE_SOURCE_RE,
    DOC_FRAMERS,
    is_title,
    is_verb,
)
from onrecord.check.language.claim_names import PORTFOLIO_TITLES, NameContext
from onrecord.check.language.claim_text import DETERMINERS, strip_quotes, words

__all__ = ["PART_OF", "claimant_name", "framer_ok", "is_doc_framer", "tidy_framer"]

#: "one of the inspectors", "een van de chauffeurs", "two of the drivers": a speaker
PART_OF = re.compile(
    r"(?i)^(?:one|two|three|some|several|many|none|een|twee|drie|enkele|sommige)\s+(?:of|van)\s+"
    r"(?:the|de|het|its|his|her|their|zijn|haar|hun)\s+[\w'’-]+$"
)

#: Words that follow a speaker in a frame and are no part of them: "He also claimed that S",
#: "Solenne Energy plc today confirmed that S", "S, zo stelt het hof vast." (the particle of a
#: separable verb: "vaststellen", "opmerken", "aanvoeren", "toegeven").
_TRAILING = re.compile(
    r"(?:\s+(?:also|today|yesterday|too|again|now|then|later|earlier|meanwhile|"
    r"ook|vandaag|gisteren|nu|nog|eerder|daarna|vast|op|aan|toe))+$"
)  # lower case: "Kees Toe" is a name


def tidy_framer(c: str) -> str:
    """``c`` without the adverbs (and a Dutch verb's particle) that followed the speaker."""
    tidy = _TRAILING.sub("", c)
    return tidy if words(tidy) else c


def claimant_name(c: str, ctx: NameContext) -> str | None:
    """The framer as a claimant: a person's name when the phrase is titles + a name."""
    c = tidy_framer(strip_quotes(" ".join(c.split())).strip(" .,"))
    if not c or len(words(c)) > 8:
        return None
    if ARTICLE_SOURCE_RE.search(c):
        return None  # the article's own sources: the article asserts it
    ms = [m for m in ctx.mentions(c) if m.kind in ("person", "unknown")]
    if len(ms) == 1:
        rest = (c[: ms[0].start] + c[ms[0].end :]).lower()
        ws = words(rest)
        if all(is_title(w) or w in DETERMINERS for w in ws):
            return ms[0].text
        if len(ws) <= 3 and is_title(ws[-1]) and not c[ms[0].end :].strip():
            return ms[0].text  # "managing director Fiona Ridley": a title of two words
        if len(ws) == 2 and ws[0] in PORTFOLIO_TITLES and not c[ms[0].end :].strip():
            return ms[0].text  # "wethouder Financiën Bart Mulder": a title and its portfolio
    first, _, tail = c.partition(" ")
    if first.lower() in DETERMINERS and tail:
        c = f"{first.lower()} {tail}"
    return c


def framer_ok(c: str, lang: str | None) -> bool:
    """``c`` can be the subject of a framing verb: a short noun phrase."""
    ws = words(c)
    if not ws or len(ws) > 7 or "," in c:
        return False
    if not (ws[0][:1].isupper() or ws[0].lower() in DETERMINERS):
        return False
    # a word right after an article is its noun ("de keten", not the verb "keten")
    return not any(
        is_verb(w, lang) and ws[i].lower() not in DETERMINERS for i, w in enumerate(ws[1:])
    )


def is_doc_framer(c: str) -> bool:
    """``c`` ends in a document ("the complaint", "het rapport"): it may frame in the past."""
    ws = [w.lower() for w in words(c)]
    return bool(ws) and ws[-1] in DOC_FRAMERS
