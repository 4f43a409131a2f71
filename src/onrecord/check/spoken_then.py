"""Rule 6 for a claim about what someone wrote at a named time: only their words of that time
can show it.

"Van Lier schreef in maart 2019 dat Scaldis vijf à zes miljoen euro wilde investeren" is true
only if Van Lier wrote it then. A statement of his from 2021 ("Het bestuur stelt voor ... voor
6 miljoen euro te verkopen aan Scaldis") may say something like it, but it is not what he wrote
in March 2019: at most it shows what he thought later. ``evidence.off_period`` already keeps
``OFF_PERIOD`` of such a statement's weight, but the judge's entailment of a near paraphrase
(0.8 at weight 0.4) still carried such claims to "supported", most often where the words of
that time were someone else's that the subject only quoted, forwarded or answered (the
``quoted-not-own`` cases: gold not_enough_info or contradicted).

So for a claim about speech that names its period, a statement of the subject's written outside
that period, and not naming it, keeps none of its entailment (it becomes neutral); what it says
against the claim stays, at the weight ``off_period`` left it: a later "I never promised that"
or an earlier contrary stance remains a reason to doubt.
"""

from __future__ import annotations

from onrecord.check.claims import ABOUT_SPEECH, Claim
from onrecord.check.evidence import Evidence
from onrecord.models.base import Judgment

__all__ = ["OTHER_TIME_NOTE", "not_said_then"]

#: The note ``evidence.off_period`` leaves on a statement written outside the claim's period.
_OFF_PERIOD_NOTE = "written outside the period the claim names"
#: The note ``evidence.modality`` leaves on an endorsement read for "X wrote that S".
_NOT_WRITTEN_NOTE = "the claim is that they wrote it"
OTHER_TIME_NOTE = "written at another time: cannot show what was written then"


def not_said_then(e: Evidence, claim: Claim) -> None:
    """Drop the entailment of a subject's off-period statement for a claim about speech at a
    named time (call after ``evidence.off_period``, which marks such statements)."""
    if e.judgment is not None and _NOT_WRITTEN_NOTE in e.note:
        e.weight = 0.0  # their "Agreed." or "Not interested." under another's words
        return
    if claim.kind != ABOUT_SPEECH or e.judgment is None or _OFF_PERIOD_NOTE not in e.note:
        return
    j = e.judgment
    p = dict(j.probs)
    ent = p.get("entailment", 0.0)
    if ent <= 0.0:
        return
    con = p.get("contradiction", 0.0)
    p = {"entailment": 0.0, "neutral": 1.0 - con, "contradiction": con}
    label = max(p, key=lambda k: p[k])
    extra = dict(j.extra, off_period_speech=ent)
    e.judgment = Judgment(label, p, j.judge, j.rationale, j.quote, extra)
    e.note = f"{e.note}; {OTHER_TIME_NOTE}"
