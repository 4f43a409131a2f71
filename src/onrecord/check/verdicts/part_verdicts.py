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
    if not all(_shown(p) for p in parts if p.verdict in (SUPPORTED, CONTRADICTED)):
        return  # a part decided on evidence nowhere near its verdict says too little
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


#: A part's verdict counts where a statement bears it out at least this much (its probability
#: that way times its weight): the verdict model also decides on many weak readings together,
#: and a part of a claim ("… and pay off the club's bank debt") whose statements all read as
#: neutral (at most 0.25 that way) came out contradicted at 0.33, turning a supported claim
#: mixed. The parts of the training cases' mixed claims are borne out at 0.32 and more; at 0.5
#: six of them were lost.
PART_EVIDENCE = 0.3


def _shown(part: Any) -> bool:
    """Some statement bears the part's verdict out (``PART_EVIDENCE``)."""
    side = "entailment" if part.verdict == SUPPORTED else "contradiction"
    return any(
        e.judgment is not None and e.judgment.probs.get(side, 0.0) * e.weight >= PART_EVIDENCE
        for e in part.evidence
    )
