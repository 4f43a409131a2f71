"""An amount, count, rate or date conflict of one matter: strong enough to overrule the judge.

The judge reads "offering the heirs 500,000 euros" and "de erven een vergoeding van 250.000
euro aanbieden", or "sinds februari 2021 in de Verenigde Staten" and "sinds februari 2020 in de
Verenigde Staten", as entailment: same matter, and it does not weigh the number. A sum or a
count is also often of another thing the judge reads as the same (a club's negative equity of
3.8 million against its loss of 1.3 million), so :func:`conflict` asks for more than
:func:`onrecord.check.quantities.compare` does before the clash may overrule entailment:

- each side states one firm value of that kind and unit: exact (no bound such as "at least",
  "no more than", no hedge, need, change, denial, sufficiency), or a start date ("since");
- the two do not overlap, with the rounding slack of exact numbers ("40" against "42" is no
  clash), and the statement does not name the claim's number elsewhere ("41 elektrische
  bussen van de 186" / "een vloot van 186 bussen");
- the words next to each amount name one thing: a content concept (normalised across English,
  Dutch, German and French by the quantity reader: "offer" / "aanbieden") within :data:`NEAR`
  words of both amounts, not the noun a count counts ("30 moderatoren die vertrekken" / "terug
  naar 12 moderatoren" share only that); where both sides name a measure noun of
  :data:`onrecord.check.figures.amount_matter.MEASURES`, the same one ("loss" is no "equity"); for a
  start date, two such concepts ("back-ups" … "Verenigde Staten");
- amounts of two periods are two figures: where both sides date what they say and the times
  do not meet ("in 2017 een tekort van 1,1 miljoen" / "sloot 2019 af met een tekort van 1,3
  miljoen"), no clash;
- a rate ("eight hours a week" / "acht uur per maand") is compared per day, so "500 a month"
  and "6,000 a year" agree.

A point in time is left to :func:`~onrecord.check.quantities.compare` and the judge: a claim's
date of its speech act ("In April 2019 Hoekstra proposed …") or of another event of the same
matter ("eiste in 2015 een vergoeding" / "in 2019 een vergoeding aangeboden") shares the words
of the matter without being its date.
"""

from __future__ import annotations

import re

from onrecord.check.figures.amount_matter import MEASURES
from onrecord.check.figures.count_nouns import same_measure
from onrecord.check.figures.figure_clash import months_apart
from onrecord.check.quantities import quantities
from onrecord.check.quantities.intervals import disjoint, interval
from onrecord.check.quantities.types import COUNT, DATE, DURATION, MONEY, YEAR, Quantity

__all__ = ["NEAR", "conflict"]

#: How many words from the amount a shared concept may stand (on both sides).
NEAR = 4
#: Days in a rate's period ("per week" → 7).
_PER_DAYS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
    "month": 30.44, "quarter": 91.31, "year": 365.25,
}  # fmt: skip
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# a statement that measures its figure against another time ("vier minder dan in 2019", "up
# from 1.6 million in 2010", "compared to Q3 2020") gives two periods' figures
_BETWEEN_TIMES = re.compile(
    r"\b(?:than|dan|from|van|compared\s+(?:to|with)|vergeleken\s+met|ten\s+opzichte\s+van)"
    r"\s+(?:in\s+)?(?:(?:\d{1,2}\s+)?[a-z]+\s+)?(?:19|20)\d\d\b",
    re.I,
)
_AMOUNTS = (MONEY, COUNT, DURATION)
_TIMES = (YEAR, DATE)
# time roles whose dates name the moment of one event
_TIME_ROLES = ("since",)
# bounds that still state one figure
_EXACT = (None, "only")
# concepts the quantity reader puts in a context that name no matter
_NO_MATTER = frozenset(("<sufficiency>", "<need>", "total", "totaal", "compar"))


def _firm(q: Quantity) -> bool:
    if q.negated or q.hedged or q.need or q.need_negated or q.enough is not None or q.change:
        return False
    if q.kind in _TIMES:
        return not q.mention and q.qualifier in _TIME_ROLES
    return q.kind in _AMOUNTS and q.qualifier in _EXACT and q.lo == q.hi


def _alike(p: Quantity, h: Quantity) -> bool:
    if p.kind in _TIMES and h.kind in _TIMES:
        return p.qualifier == h.qualifier
    if p.kind != h.kind or (p.per is None) != (h.per is None):
        return False
    if p.per is not None and (p.per not in _PER_DAYS or h.per not in _PER_DAYS):
        return False
    return same_measure(p, h)


def _clash(p: Quantity, h: Quantity) -> bool:
    if p.kind in _TIMES:
        if p.qualifier == "since":  # the start is the fact: "since February 2020" vs 2021
            return p.unit == h.unit and p.lo != h.lo
        return disjoint(interval(p), interval(h))
    if p.per is None:
        return disjoint(interval(p, True), interval(h, True))
    dp, dh = _PER_DAYS[p.per or ""], _PER_DAYS[h.per or ""]
    return disjoint(
        ((p.lo - p.slack) / dp, (p.hi + p.slack) / dp, False, False),
        ((h.lo - h.slack) / dh, (h.hi + h.slack) / dh, False, False),
    )


def _concepts(q: Quantity, near: int | None = None) -> set[str]:
    """The concepts next to the amount, less the noun a count counts (it is what makes the two
    counts alike, not what makes them one matter)."""
    unit = (q.unit or "")[:4].casefold() if q.kind == COUNT else ""
    return {
        c
        for c, d in q.context
        if c not in _NO_MATTER and len(c) >= 3 and (near is None or d <= near)
        and not (unit and c.casefold().startswith(unit))
    }  # fmt: skip


def _measure(q: Quantity) -> set[str]:
    return {m for c in _concepts(q, NEAR) for m in MEASURES if c.startswith(m[:5])}


def _one_matter(p: Quantity, h: Quantity) -> bool:
    near = _concepts(p, NEAR) & _concepts(h, NEAR)
    if p.kind in _TIMES:
        return len(near) >= 2
    mp, mh = _measure(p), _measure(h)
    if mp and mh:  # two measures: one figure only when they are the same ("loss" / "equity")
        return bool(mp & mh)
    return bool(near)


def _times(text: str, lang: str | None) -> list[Quantity]:
    return [q for q in quantities(text, lang) if q.kind in _TIMES and not q.negated]


def _other_time(said: str, claim: str, lang_said: str | None, lang_claim: str | None) -> bool:
    """Both sides date what they say, at times that do not meet: two periods, two figures
    ("in 2017 een tekort van 1,1 miljoen" / "sloot 2019 af met een tekort van 1,3 miljoen")."""
    if months_apart(said, claim):
        return True
    ts, th = _times(said, lang_said), _times(claim, lang_claim)
    return bool(ts and th) and not any(
        not disjoint(interval(a), interval(b)) for a in ts for b in th
    )


def _two_times(claim: str, lang: str | None) -> bool:
    """The claim speaks of two times ("won nine seats in 2019 and held on to all of them in
    2023"): which one its amount is of, the statement's may not be."""
    ts = _times(claim, lang)
    return any(disjoint(interval(a), interval(b)) for a in ts for b in ts)


def _restated(said: str, h: Quantity) -> bool:
    """The statement names the claim's very number elsewhere ("41 elektrische bussen van de
    186" / "een vloot van 186 bussen"): the clash is with another of its numbers."""
    digits = {re.sub(r"[.,]", "", n) for n in _NUMBER.findall(said)}
    return h.lo == int(h.lo) and str(int(h.lo)) in digits


def conflict(said: str, claim: str, lang_said: str | None, lang_claim: str | None) -> str | None:
    """Why the statement ``said`` contradicts ``claim`` on one matter (see the module), or None.
    Each side must state the compared kind once, so that which amount is meant is clear."""
    qs = [q for q in quantities(said, lang_said) if _firm(q)]
    qh = [q for q in quantities(claim, lang_claim) if _firm(q)]
    for h in qh:
        match = [p for p in qs if _alike(p, h)]
        if len(match) != 1 or sum(_alike(match[0], o) for o in qh) != 1:
            continue
        p = match[0]
        if not _clash(p, h) or not _one_matter(p, h):
            continue
        if h.kind in _AMOUNTS and (
            _restated(said, h)
            or _other_time(said, claim, lang_said, lang_claim)
            or _two_times(claim, lang_claim)
            or _BETWEEN_TIMES.search(said) is not None
        ):
            continue
        return f"one matter, {h.kind}: {p.text!r} vs {h.text!r}"
    return None
