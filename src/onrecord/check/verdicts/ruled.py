"""A contradiction the evidence policy proved, left at not_enough_info by the verdict model.

Some rules decide a piece of evidence without the judge: two firm figures of one matter
("offering the heirs 500,000 euros" / "een vergoeding van 250.000 euro"), two times of one
happening ("opens in the spring of 2021" / "gaat in het voorjaar van 2020 open"), a claim of
certainty against the subject's own hedge, a claim of a proposal against "I am not suggesting
…". They set the piece's contradiction to a floor (0.85) that the judge had not read. The verdict
model was fitted on the judge's readings, where a lone strong contradiction is often a misread
and not_enough_info the safer answer; it cannot tell a proved clash from a misread one, so it
leaves these claims at not_enough_info (on the training cases every such claim was
contradicted: 3 of 3 after the time rule, 2 of 2 after the hedge rule; development 2 of 2).

:func:`ruled_against` names the piece that turns such a not_enough_info into contradicted: a
first-hand piece (the subject's own words, or a mail written at the time) whose contradiction
a rule raised to :data:`RULED` or more, while nothing first-hand supports the claim, or
whose contradiction the judge read and a rule then proved (:func:`prove`: "Our emissions went
down by 20 percent in 2019" against "Nordwind's emissions rose in 2019", read at 0.96 and left
at not_enough_info; "The audit was postponed until June 2019" against "I decided we should
delay the audit until March", two ends of one postponement). The verdict is said with
:data:`RULED_CONFIDENCE`: a rule can misread which matter a figure is of, so it is never a
confident verdict.

:func:`ruled_for` is the same for a support the model left undecided: a first-hand statement the
judge read as entailing the claim that also gives each of its figures.
"""

from __future__ import annotations

from collections.abc import Sequence

from onrecord.check.quantities.numbers import digit_figures
from onrecord.check.verdicts.evidence import Evidence
from onrecord.models.base import Judgment

__all__ = [
    "DOUBTED",
    "FIRSTHAND",
    "RULED",
    "RULED_CONFIDENCE",
    "SUPPORTING",
    "judge_read",
    "prove",
    "raised",
    "ruled_against",
    "ruled_for",
]

#: The contradiction the rules set for a clash they proved (amounts, times, hedges).
RULED = 0.85
#: The least weight of a piece that may decide so: the subject's own or endorsed words, and
#: another writer's mail about the subject at the time ("Henk and I propose to buy your shares
#: for €1.1 million" for "Okafor was offered €180,000"); not a later account, nor a document.
FIRSTHAND = 0.8
#: A piece of that weight with this much entailment leaves the claim to the verdict model.
SUPPORTING = 0.8
#: A first-hand piece read as contradicting this much leaves a claim whose figures another
#: piece gives to the verdict model (:func:`ruled_for`).
DOUBTED = 0.5
#: The confidence of a contradiction the policy proved and the model did not take.
RULED_CONFIDENCE = 0.55
_JUDGED = "judge_contradiction"
_PROVED = "rule_proved"


def judge_read(e: Evidence) -> None:
    """Keep what the judge itself read as contradiction, before the rules change the piece."""
    if e.judgment is not None:
        e.judgment.extra[_JUDGED] = e.judgment.probs.get("contradiction", 0.0)


def prove(j: Judgment) -> None:
    """A rule found the clash (figures, times, opposite changes), whatever the judge read."""
    j.extra[_PROVED] = True


def raised(j: Judgment | None) -> bool:
    """A rule, not the judge, made this reading's contradiction (a hedge of a firm claim, two
    times of one happening): a later rule that finds the figures equal must not undo it."""
    read = None if j is None else j.extra.get(_JUDGED)
    if j is None or not isinstance(read, float):
        return False
    return j.probs.get("contradiction", 0.0) > read + 0.1


def ruled_against(evidence: Sequence[Evidence]) -> Evidence | None:
    """The piece of :data:`FIRSTHAND` weight a rule made a contradiction of (or proved the
    judge's), when no such piece supports the claim; else None."""
    full = [(e, e.judgment) for e in evidence if e.judgment is not None and e.weight >= FIRSTHAND]
    if any(j.probs.get("entailment", 0.0) >= SUPPORTING for _, j in full):
        return None
    for e, j in full:
        read = j.extra.get(_JUDGED)
        now = j.probs.get("contradiction", 0.0)
        if isinstance(read, float) and now >= RULED and (read < RULED or j.extra.get(_PROVED)):
            return e
    return None


def ruled_for(evidence: Sequence[Evidence], claim: str) -> Evidence | None:
    """The first-hand piece the judge read as entailing the claim (:data:`SUPPORTING`) that
    gives each of the claim's figures (numbers of two digits or more, years aside: "1,150
    supporters gave a total of 312,000 euros" / "In totaal hebben 1150 supporters samen
    312.000 euro gegeven"), when no first-hand piece reads as contradicting it (:data:`DOUBTED`:
    "We hebben nu 97 van de 120 patiënten" gives the 120 of "120 patiënten hebben meegedaan",
    "In totaal hebben 118 patiënten meegedaan" reads against it at 0.57) and the policy
    noted nothing of the piece (a plan, a hedge, another time); else None. The verdict model
    trusts a lone entailment little, as most strong readings of one statement are misreads of a
    related one; the same figures show the statement is of the claim's matter."""
    want = {n for n in digit_figures(claim) if len(n) >= 2}
    if not want:
        return None
    full = [(e, e.judgment) for e in evidence if e.judgment is not None and e.weight >= FIRSTHAND]
    if any(j.probs.get("contradiction", 0.0) >= DOUBTED for _, j in full):
        return None  # "In totaal hebben 118 patiënten meegedaan" (0.57) for "120 patiënten"
    for e, j in full:
        text = e.hit.via_endorsement.text if e.hit.via_endorsement else e.hit.text
        if (
            j.probs.get("entailment", 0.0) >= SUPPORTING
            and not e.note
            and want <= digit_figures(text)
        ):
            return e
    return None
