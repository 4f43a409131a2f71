"""A position held, then given up: strong evidence both ways from different years is ``mixed``.

"Dijkstra opposed closing the maternity ward" names no time. When her own mail of 2019 says
the ward stays open and her own mail of 2021 proposes closing it, the record supports the claim
for one period and contradicts it for another; a careful reader answers "mixed", and a verdict
either way would hide half the record. The verdict model, fitted on few such claims, never picks
``mixed``; this reading turns its supported or contradicted verdict into ``mixed`` only where:

- the claim states a position held over time ("opposed", "was in favour of", "was committed to",
  "wanted", "verzette zich tegen", "was tegen/voor", "voorstander"), not an act done once ("offered",
  "welcomed", "replaced"): an act happened or it did not, a position can be given up;
- the claim is not negated ("did not want"): which side is which then hangs on the negation;
- the claim names no period and no year (a claim about 2021 is decided by 2021's statements);
- the claim is not universal ("never", "none of", "altijd"): one counterexample falsifies those;
- both the strongest supporting and the strongest contradicting pieces are the subject's own words
  or endorsements (full weight), each strong on its own, and written in different years.

A claim that names two years for one act or stance ("insisted on publishing all results both in
2018 and in 2021") is mixed on the same record when the two sides fall in its two years: the
parts checked one by one (:mod:`onrecord.check.verdicts.conjuncts`) can miss it, each part's own year
reading weaker than the whole record.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from onrecord.check.statements.modality import universal
from onrecord.check.statements.period import claim_period, years_named
from onrecord.check.verdicts.conjuncts import time_parts

#: the judge's reading each side must reach, at full weight
STRONG = 0.6
#: the most a ``mixed`` from this reading may claim: both sides are real, which one the claim
#: means is the reader's call
CONFIDENCE_CAP = 0.55


#: a position held over time, English and Dutch
_POSITION = re.compile(
    r"\b(?:oppos(?:ed|es|e)|(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:against|opposed\s+to|in\s+favou?r"
    r"\s+of|for|committed\s+to|keen\s+on)|favou?r(?:ed|s)|wante?d?s?|"
    r"verzet(?:te|ten)?\s+(?:zich|hem|haar)|(?:zich\s+)?verzet(?:te|ten)?|"
    r"(?:was|waren|is|zijn)\s+(?:\w+\s+)?(?:tegen|voor|voorstander|tegenstander|gekant\s+tegen)|"
    r"voorstander|tegenstander|wilde|wilden|wou|hield\s+(?:\w+\s+)?vast\s+aan|"
    r"insist(?:ed|s)?\s+(?:on|that)|committed\s+to|stond\s+(?:\w+\s+)?erop|"
    r"hield\s+(?:\w+\s+)?vol)\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|never|no|n't|niet|nooit|geen|geenszins)\b|n't\b", re.I)


def position_claim(claim: str) -> bool:
    """The claim states a position its subject held, unnegated ("Dijkstra opposed closing the
    ward", "Hendriks was voor een verhuizing"), not an act done once."""
    return _POSITION.search(claim) is not None and _NEGATED.search(claim) is None


def timeless(claim: str) -> bool:
    """The claim names no time and is not universal: it may hold for one period and not another."""
    return claim_period(claim) is None and not years_named(claim) and not universal(claim)


def both_ways_over_time(pieces: Sequence[Mapping[str, Any]]) -> bool:
    """The subject's own record holds a strong supporting and a strong contradicting statement,
    written in different years (``pieces``: entailment, contradiction, weight, date)."""
    own = [p for p in pieces if float(p.get("weight", 0.0)) >= 1.0 and p.get("date")]
    pro = [p for p in own if float(p.get("entailment", 0.0)) >= STRONG]
    con = [p for p in own if float(p.get("contradiction", 0.0)) >= STRONG]
    if not pro or not con:
        return False
    pro_years = {str(p["date"])[:4] for p in pro}
    con_years = {str(p["date"])[:4] for p in con}
    # some supporting year differs from some contradicting year: one position, then the other
    return any(a != b for a in pro_years for b in con_years)


def both_years_apart(claim: str, pieces: Sequence[Mapping[str, Any]]) -> bool:
    """A claim of one act or stance in two named years ("verzette zich zowel in 2019 als in
    2021", "insisted ... both in 2018 and in 2021") whose subject's own words strongly bear it
    out in one of those years and strongly deny it in the other: one half true, one false."""
    if len(time_parts(claim)) < 2 or universal(claim):
        return False
    named = {str(y) for y in years_named(claim)}
    return both_ways_over_time([p for p in pieces if p.get("date") and str(p["date"])[:4] in named])


def changed_position(claim: str, pieces: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the claim's verdict is ``mixed``: a timeless claim the subject's own record both
    supports and contradicts, in different years, or a claim of two named years borne out in
    one and denied in the other (:func:`both_years_apart`)."""
    if position_claim(claim) and timeless(claim) and both_ways_over_time(pieces):
        return True
    return both_years_apart(claim, pieces)
