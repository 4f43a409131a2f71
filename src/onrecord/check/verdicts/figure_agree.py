"""The statement gives the claim's own figures: the judge's contradiction has no amount to stand on.

The judge reads "Enrolment there is 1,150 students, down from 1,420 in 2014" against "Lindewolde
telde in november 2017 1.150 studenten, tegen 1.420 in 2014" as contradiction (0.73), and "The
cut is 1.2 million euros a year from 2020" against "Vanaf 2020 ging er ruim een miljoen euro
per jaar af" (0.90): across languages it reads other words as another matter and the numbers
as in conflict. Where the claim states amounts (money, counts, shares, lengths of time) and
each of them has in the statement an amount of that kind and unit that it overlaps (exact
numbers equal, without rounding slack: "118 patiënten" is not "120"; bounds as intervals),
every other number of the claim is one of the statement's ("61 pupils in October 2020 and 55
in October 2021" against "61 leerlingen" does not agree), and nothing else clashes (one side negated and the other
not, opposite words, a refusal on one side only, other years or months named, changes each
way), :func:`agree` says so, and the contradiction is the judge's reading of the wording, not
of the record.

A statement whose amounts agree may still contradict on who did what ("31 left, 9 moved" /
"31 moved, 9 left"): the caller moves the contradiction to neutral, not to entailment.
"""

from __future__ import annotations

from onrecord.check.contradictions.opposition import antonyms
from onrecord.check.figures.direction import opposed
from onrecord.check.figures.figure_clash import _alike, _interval, _usable, part
from onrecord.check.quantities import quantities
from onrecord.check.quantities.intervals import disjoint
from onrecord.check.quantities.types import COUNT, MONEY, PERCENT
from onrecord.check.statements.clause_polarity import main_part
from onrecord.check.statements.period import years_named
from onrecord.check.verdicts.contradiction_reason import (
    _NUMBER,
    _near,
    _number,
    amounts,
    negations,
    other_months,
    refuses,
)
from onrecord.models.base import Judgment

__all__ = ["KEEP", "agree", "reread"]

# kinds of which at least one must be named ("a year" alone says little)
_FIGURES = (MONEY, COUNT, PERCENT)


def _same_amounts(said: str, claim: str, lang_s: str | None, lang_c: str | None) -> bool:
    qs = [q for q in quantities(said, lang_s) if _usable(q)]
    qh = [q for q in quantities(claim, lang_c) if _usable(q)]
    if not any(h.kind in _FIGURES for h in qh):
        return False
    spans = [h.span for h in qh]
    said_values = amounts(said, lang_s)
    for m in _NUMBER.finditer(claim):  # a number not read as an amount: "55 in October 2021"
        v = _number(m.group())
        if any(a <= m.start() < b for a, b in spans) or (len(m.group()) == 4 and 1900 <= v <= 2100):
            continue
        if not _near(v, said_values):
            return False
    for h in qh:
        alike = [p for p in qs if _alike(p, h)]
        if not alike:
            return False
        if not any(not disjoint(_interval(p, False), _interval(h, False)) for p in alike):
            return False
    return True


def _other_clash(said: str, claim: str, lang_s: str | None, lang_c: str | None) -> bool:
    if negations(main_part(said)) % 2 != negations(main_part(claim)) % 2:
        return True
    if refuses(said) != refuses(claim) or antonyms(said, claim) or other_months(said, claim):
        return True
    ys, yc = years_named(said), years_named(claim)
    if ys and yc and not ys & yc:
        return True
    return opposed(said, claim, lang_s, lang_c)


def agree(said: str, claim: str, lang_said: str | None, lang_claim: str | None) -> bool:
    """The statement states every amount of the claim and nothing else clashes (see the
    module)."""
    return _same_amounts(said, claim, lang_said, lang_claim) and not _other_clash(
        said, claim, lang_said, lang_claim
    )


#: What a contradiction keeps when the statement gives the claim's own figures.
KEEP = 0.3


def reread(
    j: Judgment, said: str, claim: str, lang_said: str | None, lang_claim: str | None, own: bool
) -> tuple[Judgment, str] | None:
    """The judgment read again where the figures show more than the judge saw, and why; None
    where they do not:

    - a contradiction of a subject's ``own`` statement that gives the claim's figures
      (:func:`agree`) keeps ``KEEP`` of it, the rest neutral (amounts that agree say nothing of
      who did what);
    - a statement that gives one part of the claim's figure
      (:func:`onrecord.check.figures.figure_clash.part`: "Ten tweede … wat 0,9 miljoen euro bespaart"
      / "meant to save 9.6 million euros") keeps ``KEEP`` of its entailment and its
      contradiction, the rest neutral: a part neither bears out nor refutes a total."""
    if own and j.label == "contradiction" and agree(said, claim, lang_said, lang_claim):
        keys, why = ("contradiction",), "its amounts agree"
    elif j.label != "neutral" and (one := part(said, claim, lang_said, lang_claim)):
        keys, why = ("entailment", "contradiction"), one
    else:
        return None
    p = dict(j.probs)
    was = sum(p.get(k, 0.0) for k in keys)
    for k in keys:
        p[k] = p.get(k, 0.0) * KEEP
    p["neutral"] = p.get("neutral", 0.0) + was * (1 - KEEP)
    label = max(p, key=lambda k: p[k])
    return Judgment(label, p, j.judge, j.rationale, j.quote, dict(j.extra, figures=was)), why
