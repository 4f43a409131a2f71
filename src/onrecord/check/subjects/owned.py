"""What a description stands for once the text has said so: a thing and its maker ("een
rapport van ingenieursbureau Stelvia": "Het rapport" is Stelvia's) and a writer's relative or
colleague named in an apposition ("Mijn moeder, Truus Vonhof, is 88": "Mijn moeder" is Truus
Vonhof, in every later sentence of the letter)."""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import COMMON, PREPOSITIONS

__all__ = ["learn_owned", "owned_by"]

_OWNED_RE = re.compile(
    r"(?i)\b(?:een|a|an)\s+(?:[a-z-]+\s+)?([a-z-]{3,})\s+(?:van|of|by|from)\s+(?:[a-z-]+\s+){0,2}$"
)
#: "Mijn moeder, " / "my father, " / "onze buurvrouw, " right before a name
_APPOSED_RE = re.compile(r"(?i)(?:^|[\s(])((?:mijn|my|onze|our)\s+[a-zà-ÿ-]{3,}),\s*$")


def learn_owned(owned: dict[str, str], before: str, name: str) -> None:
    """Record in ``owned`` what ``before`` (the words right before the name ``name``) makes
    the name's: "rapport" ("een rapport van X"), "mijn moeder" ("Mijn moeder, X, ...")."""
    own = _OWNED_RE.search(before)
    if own and own.group(1).lower() not in PREPOSITIONS | COMMON:
        owned[own.group(1).lower()] = name
    apposed = _APPOSED_RE.search(before)
    if apposed:
        owned[" ".join(apposed.group(1).lower().split())] = name


def owned_by(owned: dict[str, str], toks: list[str]) -> str | None:
    """The name a two-word description (lower-case ``toks``) stands for: "Het rapport" by its
    noun, "Mijn moeder" as written; else None."""
    if len(toks) != 2:
        return None
    if toks[0] in ("de", "het", "the"):
        return owned.get(toks[1])
    return owned.get(" ".join(toks)) if toks[0] in ("mijn", "my", "onze", "our") else None
