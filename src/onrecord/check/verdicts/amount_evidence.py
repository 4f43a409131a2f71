"""The evidence policy on figures: numbers, amounts, dates and the direction of a change
compared explicitly, where the judge does not weigh them (see :func:`amounts`)."""

from __future__ import annotations

from dataclasses import replace

from onrecord.check.claims.extract import Claim
from onrecord.check.figures.change_object import act_toward_change
from onrecord.check.figures.direction import opposed
from onrecord.check.figures.figure_clash import clash as figure_clash
from onrecord.check.figures.figure_clash import dated_apart, sign_clash
from onrecord.check.figures.same_matter import conflict as same_matter_conflict
from onrecord.check.figures.votes import unanimity_clash
from onrecord.check.quantities import compare as compare_quantities
from onrecord.check.quantities.types import CONFLICT, DATE, DURATION, PERCENT, YEAR
from onrecord.check.statements.period import Period, in_period, long_after, mentions
from onrecord.check.verdicts.evidence import Evidence
from onrecord.check.verdicts.figure_agree import reread
from onrecord.check.verdicts.frames import Framed
from onrecord.check.verdicts.ruled import prove, raised
from onrecord.models.base import Judgment

__all__ = ["OVERRIDE_KINDS", "QUANTITY_CONFLICT", "UNRELATED", "amounts", "figures_of"]

#: The contradiction probability a conflict of amounts or dates gives a statement.
QUANTITY_CONFLICT = 0.85
#: A statement the judge reads as this neutral is about another matter: its amounts are not
#: compared with the claim's (on the development cases, every amount conflict the judge read
#: as at least this neutral paired two different things: a debt with a price, a cost of nurses
#: with a cost of rooms; the right ones were at most 0.5 neutral).
UNRELATED = 0.8
#: The kinds of amount whose clear conflict overrides the judge's entailment. The judge reads
#: "a third of the support staff" / "de helft van de klantenservice" or "35 minutes longer" /
#: "hooguit tien minuten langer" as entailment: same matter, and it does not weigh the number.
#: A share or a length of time is of the thing the sentence is about; a sum of money or a
#: count is often of another thing the judge reads as the same (a club's negative equity of
#: 3.8 million against its loss of 1.3 million, entailment 0.76; a renovation's 1.4 million
#: against agency nurses' "ruim een miljoen", 0.61): those stay the judge's.
OVERRIDE_KINDS = frozenset((PERCENT, DURATION))


def _outside(e: Evidence, said: str, period: Period | None) -> bool:
    """The statement was made outside the period the claim names, and does not name it."""
    return bool(
        period and in_period(e.hit.date, period) is False and not mentions(said, period, e.hit.date)
    )


def figures_of(claim: Claim, framed: Framed, period: Period | None) -> Claim:
    """The claim whose figures :func:`amounts` compares: its content where its speech frame
    names when it was said ("Clarke reported in March 2021 that a rise of 2.9 percent was
    needed": March 2021 is the time of the report, ``period``, not of the rise, and paired with
    a statement's "CPI for 2020" it made the two figures of different times); the claim itself
    otherwise, and where the frame is negated."""
    if framed.frame and not framed.negated and period is not None:
        return replace(claim, text=framed.content)
    return claim


def amounts(
    e: Evidence, claim: Claim, period: Period | None = None, when: Period | None = None
) -> None:
    """Numbers, amounts, dates and the direction of a change compared explicitly: a conflict
    the judge did not see ("$1B" vs "only $100 million", "increased by 10%" vs "cut by 10%")
    makes the statement contradict the claim, when the judge reads it as about the same
    matter. Against the judge's entailment only a share or a length of time
    (:data:`OVERRIDE_KINDS`) decides, or a sum, count, rate or start date of one matter on both
    sides (:mod:`onrecord.check.figures.same_matter`), in a statement of the subject's made in the
    ``period`` the claim names (a later statement gives a later stage of the matter: a
    proposal's 250,000 euros a season against the deal's 225,000), or one figure read wider
    (``figure_clash``), or a tally with votes against where the other side says the vote was
    unanimous (``votes``); where the figures agree, a contradiction is relieved
    (``figure_agree``). ``when`` is the period the claim names (of any claim, ``period`` only of
    one about a person): a statement written long after it that names no time gives a figure of
    its own time, and its conflict is not compared (``period.long_after``)."""
    if e.judgment is None:
        return
    said = e.hit.via_endorsement.text if e.hit.via_endorsement else e.hit.text
    entails = e.judgment.probs.get("entailment", 0.0) >= 0.5
    if e.judgment.probs.get("neutral", 0.0) >= UNRELATED:
        # another matter: "640,000 euros for agency nurses" vs "1.8 million for rooms", and the
        # paper's circulation falling against the digital subscribers rising
        return
    if opposed(said, claim.text, e.hit.lang, claim.lang) and not act_toward_change(claim.text):
        why = "the changes go opposite ways"
    elif (vote := unanimity_clash(said, claim.text)) and not _outside(e, said, period):
        why = f"amounts differ: {vote}"
    elif sign := sign_clash(said, claim.text, e.hit.lang, claim.lang):
        why = f"amounts differ: {sign}"
    else:
        qc = compare_quantities(said, claim.text, lang_p=e.hit.lang, lang_h=claim.lang)
        clear = [] if qc is None or qc.relation != CONFLICT else [qc]
        if entails and qc is not None:
            clear = [
                c
                for c in qc.pairs
                if c.relation == CONFLICT and c.hypothesis_q.kind in OVERRIDE_KINDS
            ]
        if (
            clear
            and clear[0].hypothesis_q.kind not in (YEAR, DATE)
            and (
                dated_apart(said, claim.text, e.hit.lang, claim.lang)
                or (when is not None and long_after(e.hit.date, when, said))
            )
        ):
            clear = []  # "96.8 percent at the end of September" / "97.5 percent at the end of 2022"
        if clear:
            why = f"amounts differ: {clear[0].why}"
        elif not _outside(e, said, period) and (
            (entails and (one := same_matter_conflict(said, claim.text, e.hit.lang, claim.lang)))
            or (one := figure_clash(said, claim.text, e.hit.lang, claim.lang))
        ):
            why = f"amounts differ: {one}"
        else:
            own = e.relation == "own"
            again = (
                None
                if raised(e.judgment)
                else reread(e.judgment, said, claim.text, e.hit.lang, claim.lang, own)
            )
            if again:
                e.judgment, e.note = again[0], (e.note + "; " if e.note else "") + again[1]
            return
    p = dict(e.judgment.probs)
    # a plan's or an open option's amounts are as weak as the rest of it: "I propose that we sell
    # 70 per cent" does not show that 85 per cent was not sold in the end
    factor = float(e.judgment.extra.get("modality_plan", 1.0))
    c = max(p.get("contradiction", 0.0), QUANTITY_CONFLICT * factor)
    rest = max(1e-9, p.get("entailment", 0.0) + p.get("neutral", 0.0))
    scale = (1.0 - c) / rest
    p = {"entailment": p.get("entailment", 0.0) * scale, "neutral": p.get("neutral", 0.0) * scale}
    p["contradiction"] = c
    label = max(p, key=lambda k: p[k])
    e.judgment = Judgment(label, p, e.judgment.judge, extra=dict(e.judgment.extra))
    if factor >= 1.0:
        prove(e.judgment)
    e.note = (e.note + "; " if e.note else "") + why
