"""A verdict in a copular clause: "It is not acceptable.", "That denial is, with respect,
untenable.", "Huisartsenzorg na vijf uur is geen luxe.", "Tomasz has been a fantastic servant
to this club.", "Boersema is geen makkelijke gesprekspartner".

:func:`onrecord.check.claims.checkworthy.is_opinion` knows evaluative words after "is" when the
subject is a demonstrative ("Dat is schandalig"). Four writers of h9-h13 (h9, h10, h11, h13)
write the verdict with another subject, with a negation before it ("not acceptable", "geen
luxe") or after a perfect copula ("has been a fantastic ..."), six sentences their gold calls
opinion or commentary. The predicate names nothing the record could confirm; a number in the
clause makes it a statement of fact again ("is not acceptable at 14 per cent").
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import EVALUATIVE, INTENSIFIERS

__all__ = ["evaluative_copula"]

#: gradable verdicts the general list lacks; negated ("not acceptable", "geen luxe") as much
#: a verdict as their opposites
_VERDICTS = frozenset(
    {
        "acceptable", "unacceptable", "untenable", "tenable", "reasonable", "unreasonable",
        "tidy", "untidy", "easy", "luxury", "aanvaardbaar", "acceptabel", "onhoudbaar",
        "redelijk", "onredelijk", "luxe", "makkelijk", "makkelijke", "gemakkelijk",
        "gemakkelijke",
    }
)  # fmt: skip
_COPULA = re.compile(
    r"(?i)^(?P<subject>(?:[\w'’-]+\s+){1,6}?)"
    r"(?:is|are|was|were|(?:has|have|had)\s+been|remains|zijn|waren|blijft|bleef)\s*"
    r"(?:,\s*with\s+respect\s*,\s*)?"
    r"(?P<rest>.*)$"
)
_NEGATION = frozenset({"not", "never", "niet", "geen", "nooit"})
_ARTICLES = frozenset({"a", "an", "the", "een", "de", "het", "less", "minder", "more", "meer"})
#: how long a clause may be and still be one verdict
_MAX_WORDS = 12


def evaluative_copula(clean: str) -> bool:
    """``clean`` is a verdict: a short copular clause whose predicate is an evaluative word."""
    if any(c.isdigit() for c in clean):
        return False
    ws = re.findall(r"[\w'’-]+", clean)
    if len(ws) > _MAX_WORDS:
        return False
    m = _COPULA.match(" ".join(clean.split()))
    if not m or any(w.lower() in _NEGATION for w in m.group("subject").split()):
        return False
    rest = [w.lower() for w in re.findall(r"[\w'’-]+", m.group("rest"))]
    while rest and (rest[0] in _NEGATION or rest[0] in _ARTICLES or rest[0] in INTENSIFIERS):
        rest = rest[1:]
    return bool(rest) and (rest[0] in EVALUATIVE or rest[0] in _VERDICTS)
