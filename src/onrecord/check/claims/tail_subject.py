"""The subject of a clause that "and"/"en" joins to another, in the shapes the subject rules
miss.

"The deadline was 14 November, and Greystone's bid arrived on 19 November": a noun phrase
opened by an owner ("Greystone's bid", "its members", "hun advocaat") and then its verb.
"..., and 81 per cent of them opposed the charge", "en 60 procent van hen": a share of the
group named before. "..., and there were only sixty chairs", "en er waren maar zestig
stoelen": a clause that says something exists. Each is a second assertion of its own; left
joined, the claim asks two questions of the record at once.
"""

from __future__ import annotations

import re

from onrecord.check.claims.name_swap import POSSESSIVE_PRONOUNS
from onrecord.check.language.claim_lexicon import ADVERBS, PREPOSITIONS, is_verb

__all__ = ["tail_subject"]

Token = tuple[str, int, int]

_OWNED = re.compile(r"^[A-Z][\w-]*['’]s?$")  # "Greystone's", "Harwick’s", "Jones'"
#: words whose "'s" is "is" or "has": "Here's", "That's", "It's"
_CONTRACTED = frozenset({"here", "there", "it", "that", "what", "who", "he", "she", "where", "let"})
_SHARE = frozenset({"per", "percent", "procent"})
_OF_THEM = frozenset({"them", "those", "these", "hen", "hun", "die", "deze"})
_EXIST = {"en": ("there",), "nl": ("er",)}
_BE = frozenset(
    {"is", "was", "are", "were", "has", "had", "have", "zijn", "waren", "kwam",
     "kwamen", "komen", "komt", "bleef", "bleven", "staat", "stond", "stonden"}
)  # fmt: skip


def _verb_after(toks: list[Token], start: int, most: int, lang: str | None) -> int:
    """Index of the first finite verb in ``toks[start:start + most]`` with only lower-case
    nouns or adjectives before it, 0 when none."""
    for k in range(start, min(len(toks), start + most)):
        w = toks[k][0]
        if is_verb(w, lang):
            return k
        if not w.islower() or w in PREPOSITIONS or w in ADVERBS:
            return 0
    return 0


def tail_subject(toks: list[Token], lang: str | None, head: str = "") -> int:
    """How many of ``toks`` (the words after "and"/"en") are the subject of a clause of its
    own in one of the shapes above, its verb right after; 0 when none. A clause that says
    something exists stays with a ``head`` that says so too ("There have been no talks, and
    there is no process": one denial)."""
    if len(toks) < 3:
        return 0
    first = toks[0][0]
    low = first.lower()
    if low in _EXIST.get(lang or "en", ()) and toks[1][0].lower() in _BE:
        opens = head.split()[:1]
        return 0 if opens and opens[0].lower() == low else 1  # "there were", "er waren"
    owned = _OWNED.match(first) and re.split(r"['’]", low)[0] not in _CONTRACTED
    if low in POSSESSIVE_PRONOUNS or owned:
        k = _verb_after(toks, 1, 3, lang)
        return k if k >= 2 else 0  # "Greystone's bid arrived", "its members were"
    if first[:1].isdigit() and len(toks) > 5:
        at = 1
        if toks[at][0].lower() == "per" and toks[at + 1][0].lower() == "cent":
            at += 2
        elif toks[at][0].lower() in _SHARE:
            at += 1
        else:
            return 0
        if toks[at][0].lower() in ("of", "van") and toks[at + 1][0].lower() in _OF_THEM:
            k = at + 2
            return k if k < len(toks) and is_verb(toks[k][0], lang) else 0
    return 0
