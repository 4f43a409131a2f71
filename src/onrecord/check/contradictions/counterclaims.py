"""Oppositions the builtin judge reads as agreement, by their form: a need denied against the
same need stated, and none of a thing against a count of it. Both share the words of the other
side and often its number, so the judge calls them entailment or neutral
(:func:`onrecord.check.contradictions.pair_rules.rule_score` scores them). English and Dutch word lists.
"""

from __future__ import annotations

import re

from onrecord.check.contradictions.opposition import (
    _DENIAL_SCOPE,
    _NEED,
    _words,
    ends,
    negated,
    same_unit,
)
from onrecord.check.quantities import quantities
from onrecord.check.quantities.types import COUNT

__all__ = ["ending_denied", "need_clash", "none_against_some"]

# a need denied: "De subsidie is niet nodig", "geen lening nodig", "we do not need the loan"
_NO_NEED = re.compile(
    r"\b(?:niet\s+(?:meer\s+)?(?:nodig|noodzakelijk)|geen\s+(?:\w+\s+){1,3}?nodig|not\s+(?:needed|"
    r"necessary|required)|(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not)\s+need|no\s+need|"
    r"(?:hoeven|hoeft)\s+(?:\w+\s+){0,3}?niet|unnecessary|overbodig)\b",
    re.I,
)
# a need stated: two negations ("Without X we cannot …") or a need word not denied
_A_NEED = re.compile(
    r"\b(?:need|needs|needed|nodig|noodzakelijk|essential|onmisbaar|indispensable|depends\s+on|"
    r"afhankelijk\s+van)\b",
    re.I,
)


def need_clash(a: str, b: str) -> bool:
    """One side denies a need ("De subsidie van het ministerie is niet nodig") and the other
    states it ("Without the ministry's subsidy, the project cannot go ahead."): the builtin
    judge reads such pairs as agreement (one subsidy, one project)."""
    na, nb = _NO_NEED.search(a) is not None, _NO_NEED.search(b) is not None
    if na == nb:
        return False
    stated = b if na else a
    return _NEED.search(stated) is not None or _A_NEED.search(stated) is not None


# "No crew member will lose their job", "Geen enkele klant raakte gewond": none of a thing
_NONE = re.compile(
    r"\b(?:no|geen(?:\s+enkele)?|not\s+(?:a\s+single|one))\s+((?:[\w-]+\s+){0,2}?[\w-]+?)\s+"
    r"(?:will|would|was|were|is|are|has|have|had|did|does|can|could|zal|zou|werd|raakte|raakten|"
    r"heeft|hebben|kan|kon|moest|hoeft)\b",
    re.I,
)


def none_against_some(a: str, b: str, lang_a: str | None = None, lang_b: str | None = None) -> bool:
    """One side says none of a thing ("No crew member will lose their job") and the other
    counts some of it ("six crew members had to leave"; across languages :func:`same_unit`)."""
    for none, some, lang in ((a, b, lang_b), (b, a, lang_a)):
        m = _NONE.search(none)
        if m is None or negated(some):
            continue
        noun = _words(m.group(1))[-1]
        for q in quantities(some, lang):
            if q.kind != COUNT or q.lo <= 0 or q.negated or q.hedged:
                continue
            after = _words(some[q.span[0] : q.span[1] + 30])
            if any(same_unit(noun, w) for w in [q.unit or "", *after[:4]]):
                return True
    return False


# "Ik heb nooit gewild dat de dienst zou stoppen": a wish denied, not the ending
_WISH = re.compile(
    r"\b(?:that|dat|want\w*|wish\w*|wil|wilde|wilden|gewild|hoop\w*|hope\w*)\b", re.I
)


def ending_denied(a: str, b: str) -> bool:
    """One side denies an ending ("Het zwembad in Noord gaat niet dicht.") and the other, not
    negated, ends the thing ("Het zwembad in Noord sluit eind dit jaar."): two words of ending,
    so the judge reads the pair as agreement. Whether it is one thing is the caller's test."""
    for denial, other in ((a, b), (b, a)):
        if not negated(denial) or negated(other) or not ends(other):
            continue
        scopes = [m.group() for m in _DENIAL_SCOPE.finditer(denial)]
        if any(ends(t) and not _WISH.search(t) for t in scopes):
            return True
    return False
