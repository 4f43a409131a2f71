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

The same holds for the subject's words that only give another's ("Oliver schrijft dat ...",
"Two years ago Gerard told us ...", "In de studentenraad gaan geruchten dat ..."), and for
their "Agreed." or "Not interested." under another's words (``evidence.modality`` already
reads that at ``PLAN_FACTOR``; the verdict model still took an endorsement at full weight and
a high similarity for support): it weighs nothing.

So for a claim about speech that names its period, a statement of the subject's written outside
that period, and not naming it, keeps none of its entailment (it becomes neutral); what it says
against the claim stays, at the weight ``off_period`` left it: a later "I never promised that"
or an earlier contrary stance remains a reason to doubt.
"""

from __future__ import annotations

import re

from onrecord.check.claims.extract import ABOUT_SPEECH, Claim
from onrecord.check.verdicts.evidence import ACCOUNT, OWN, Evidence, add_note
from onrecord.models.base import Judgment

__all__ = ["OTHER_TIME_NOTE", "QUOTES_NOTE", "not_said_then", "quotes_another"]

#: The note ``evidence.off_period`` leaves on a statement written outside the claim's period.
_OFF_PERIOD_NOTE = "written outside the period the claim names"
#: The note ``evidence.modality`` leaves on an endorsement read for "X wrote that S".
_NOT_WRITTEN_NOTE = "the claim is that they wrote it"
OTHER_TIME_NOTE = "written at another time: cannot show what was written then"
QUOTES_NOTE = "reports what another wrote or said: not their own words"

_WHO = r"(?:you|he|she|they|u|je|jij|hij|zij|ze|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
_EN_SAY = r"(?:wrote|writes|said|says|told\s+(?:us|me|them|him|her|the\s+\w+)|promised|assured)"
_NL_SAY = r"(?:schreef|schrijft|zei|zegt|beloofde|belooft|verzekerde|liet\s+weten)"
#: A statement that gives another's words: "Oliver schrijft dat …", "In oktober 2018 schreef
#: u mij dat …", "Two years ago Gerard told us …", "In de studentenraad gaan geruchten dat …".
_REPORTS = re.compile(
    rf"^(?:[^,.:;\"“]{{0,40}}?\s)??{_WHO}\s+(?:{_EN_SAY}|{_NL_SAY})\b"
    rf"|^(?:[^,.:;\"“]{{0,40}}?\s)?{_NL_SAY}\s+{_WHO}\b"
    r"|\b(?:geruchten|het\s+gerucht|rumou?rs?)\b[^.]{0,40}?\b(?:dat|that)\b"
)
_FIRST_PERSON = frozenset({"i", "we", "ik", "wij"})


def quotes_another(text: str, subject: str | None) -> bool:
    """The statement gives what someone other than its writer wrote or said (a report of
    another's speech, or a rumour), not the writer's own assertion."""
    m = _REPORTS.search(text)
    if m is None:
        return False
    who = {w.lower() for w in re.findall(r"[\w'’-]+", m.group(0))}
    named = {w.lower() for w in re.findall(r"[\w'’-]+", subject or "")}
    return not (who & _FIRST_PERSON) and not (who & named)


#: An entailment of the subject's own words of the time that already supports the claim: then
#: the other statements stay as they were read (they corroborate, they do not carry it alone;
#: taking them away moved the verdict model off well-supported claims).
SUPPORTED_THEN = 0.5


def not_said_then(evidence: list[Evidence], claim: Claim) -> None:
    """For a claim about speech, unless the subject's own words of the time support it: an
    endorsement of another's words under "X wrote that S" weighs nothing; a statement of the
    subject's that gives another's words, or (the claim naming a time) one written at another
    time, keeps none of its entailment. Call after ``evidence.modality`` and
    ``evidence.off_period``, whose notes mark those statements."""
    if claim.kind != ABOUT_SPEECH or any(_supports_then(e, claim) for e in evidence):
        return
    for e in evidence:
        if e.judgment is None:
            continue
        if _NOT_WRITTEN_NOTE in e.note:
            e.weight = 0.0  # their "Agreed." or "Not interested." under another's words
        elif _own(e) and quotes_another(e.hit.text, claim.subject):
            _drop_entailment(e, QUOTES_NOTE)
        elif _OFF_PERIOD_NOTE in e.note:
            _drop_entailment(e, OTHER_TIME_NOTE)


def _own(e: Evidence) -> bool:
    return e.relation in (OWN, ACCOUNT) and e.hit.via_endorsement is None


def _supports_then(e: Evidence, claim: Claim) -> bool:
    return (
        e.judgment is not None
        and e.relation == OWN
        and e.hit.via_endorsement is None
        and e.weight >= 1.0
        and e.judgment.probs.get("entailment", 0.0) >= SUPPORTED_THEN
        and not quotes_another(e.hit.text, claim.subject)
    )


def _drop_entailment(e: Evidence, why: str) -> None:
    j = e.judgment
    assert j is not None
    p = dict(j.probs)
    ent = p.get("entailment", 0.0)
    if ent <= 0.0:
        return
    con = p.get("contradiction", 0.0)
    p = {"entailment": 0.0, "neutral": 1.0 - con, "contradiction": con}
    label = max(p, key=lambda k: p[k])
    extra = dict(j.extra, not_said_then=ent)
    e.judgment = Judgment(label, p, j.judge, j.rationale, j.quote, extra)
    add_note(e, why)
