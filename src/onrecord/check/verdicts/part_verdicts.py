"""A claim's verdict from the verdicts of the assertions it joins (``conjuncts.parts``).

The whole claim is checked as written and part by part. Its verdict stays the whole's, unless
one part is supported and another contradicted: then it is mixed, claims no more than
``position_change.CONFIDENCE_CAP`` (the less sure of the two parts at most), and shows each
part's deciding statements first, each noted with the part it decides.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from onrecord.check.verdicts.aggregate import CONTRADICTED, MIXED, SUPPORTED
from onrecord.check.verdicts.conjuncts import joined
from onrecord.check.verdicts.position_change import CONFIDENCE_CAP


def join_parts(whole: Any, parts: Sequence[Any], key: Callable[[Any], Hashable]) -> None:
    """Make ``whole`` (a ``verify.Verdict``) mixed where its ``parts`` are supported and
    contradicted; ``key`` tells two pieces of evidence on one statement apart (``verify._key``
    of a piece's hit)."""
    verdicts = {p.verdict for p in parts}
    if whole.verdict == MIXED or joined([p.verdict for p in parts]) != MIXED:
        return
    if not {SUPPORTED, CONTRADICTED} <= verdicts:
        return
    sure = min(p.confidence for p in parts if p.verdict in (SUPPORTED, CONTRADICTED))
    whole.verdict, whole.confidence = MIXED, round(min(sure, CONFIDENCE_CAP), 4)
    deciding = [e for p in parts for e in p.evidence if e.decisive]
    for p in parts:
        for e in p.evidence:
            if e.decisive:
                e.note = (e.note + "; " if e.note else "") + f"decides the part: {p.claim.text}"
    shown = {key(e.hit) for e in deciding}
    rest = [e for e in whole.evidence if key(e.hit) not in shown]
    for e in rest:
        e.decisive = False
    whole.evidence = [*deciding, *rest]
