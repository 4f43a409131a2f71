"""Durations for quantity extraction: a length of time ("35 minutes", "hooguit tien minuten
langer", "more than half an hour", "een kwartier", "twee werkweken", "ten working days") read
as an interval in minutes, so that "45 minuten" and "three quarters of an hour" compare.

Why a kind of its own: as counts, "35 minutes" and "half an hour" had different units (or
none) and never met, so a claim of "at most ten minutes longer" against a statement of "35
minutes longer" found nothing to compare. Calendar time is one unit (``min``: seconds to
years, a month 30.44 days, a year 365.25); working time another (``workday``: a working week
is five working days), never compared with calendar time (ten working days span two weeks
or more: no rule tells which).

Read here: a number with a time unit after it (through the scanner's count noun), and the
word forms without a digit: "half an hour", "a quarter of an hour", "three quarters of an
hour", "an hour and a half", "een half uur", "een halfuur", "een kwartier", "drie kwartier",
"een uur", "a fortnight", "half a year", "een half jaar"; "a day/week/month/year" and "een
dag/week/maand/jaar" only after a bound ("more than a week", "ruim een jaar"): bare, they are
mostly rates ("twice a week") or idioms. Not durations: times of day ("om drie uur", "at
one", "een uur of drie"), rates ("per uur", "an hour" after an amount, "once an hour").
"""

from __future__ import annotations

import re

from onrecord.check.quantities.lexicon import _w
from onrecord.check.quantities.types import DURATION, _Raw
from onrecord.check.quantities.usage import _Usage

MINUTES, WORKDAYS = "min", "workday"
_DAY = 1440.0

#: time unit words → (unit, how many of the unit one of them is)
_UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("second", "seconds", "sec", "secs", "seconde", "seconden"), (MINUTES, 1 / 60)),
    **dict.fromkeys(("sekunde", "sekunden", "secondes"), (MINUTES, 1 / 60)),
    **dict.fromkeys(("minute", "minutes", "min", "mins", "minuut", "minuten"), (MINUTES, 1.0)),
    **dict.fromkeys(("kwartier",), (MINUTES, 15.0)),
    **dict.fromkeys(
        ("hour", "hours", "uur", "uren", "stunde", "stunden", "heure"), (MINUTES, 60.0)
    ),
    **dict.fromkeys(("heures",), (MINUTES, 60.0)),
    **dict.fromkeys(("day", "days", "dag", "dagen", "tag", "tage", "tagen"), (MINUTES, _DAY)),
    **dict.fromkeys(("jour", "jours"), (MINUTES, _DAY)),
    **dict.fromkeys(("week", "weeks", "weken", "woche", "wochen"), (MINUTES, 7 * _DAY)),
    **dict.fromkeys(("semaine", "semaines"), (MINUTES, 7 * _DAY)),
    **dict.fromkeys(("fortnight", "fortnights"), (MINUTES, 14 * _DAY)),
    **dict.fromkeys(
        ("month", "months", "maand", "maanden", "monat", "monate"), (MINUTES, 30.44 * _DAY)
    ),
    **dict.fromkeys(("monaten", "mois"), (MINUTES, 30.44 * _DAY)),
    **dict.fromkeys(
        ("year", "years", "jaar", "jaren", "jahr", "jahre", "jahren"), (MINUTES, 365.25 * _DAY)
    ),
    **dict.fromkeys(("ans", "années"), (MINUTES, 365.25 * _DAY)),
    **dict.fromkeys(("werkdag", "werkdagen", "workday", "workdays", "arbeitstag"), (WORKDAYS, 1.0)),
    **dict.fromkeys(("arbeitstage", "arbeitstagen"), (WORKDAYS, 1.0)),
    **dict.fromkeys(("werkweek", "werkweken", "workweek", "workweeks"), (WORKDAYS, 5.0)),
}
#: "working days", "business days", "work weeks": the modifier makes working time
_WORKING = frozenset(("working", "work", "business", "workings"))
_WORKING_UNITS = {"day": 1.0, "days": 1.0, "week": 5.0, "weeks": 5.0}

#: After a duration, the words that make it a difference, not a length: "35 minutes longer"
DURATION_CHANGE = _w(
    "longer langer shorter korter extra sooner eerder early late ahead behind länger kürzer"
)

#: Durations without a digit: token sequence → minutes (or working days, by the last word)
_WORD_FORMS: dict[tuple[str, ...], float] = {
    ("half", "an", "hour"): 30.0,
    ("a", "half", "hour"): 30.0,
    ("a", "half-hour"): 30.0,
    ("a", "quarter", "of", "an", "hour"): 15.0,
    ("quarter", "of", "an", "hour"): 15.0,
    ("three", "quarters", "of", "an", "hour"): 45.0,
    ("an", "hour", "and", "a", "half"): 90.0,
    ("an", "hour"): 60.0,
    ("a", "fortnight"): 14 * _DAY,
    ("half", "a", "year"): 365.25 / 2 * _DAY,
    ("een", "half", "uur"): 30.0,
    ("een", "halfuur"): 30.0,
    ("half", "uur"): 30.0,
    ("halfuur",): 30.0,
    ("een", "kwartier"): 15.0,
    ("een", "uur", "en", "een", "kwartier"): 75.0,
    ("een", "uur"): 60.0,
    ("een", "half", "jaar"): 365.25 / 2 * _DAY,
    ("eine", "stunde"): 60.0,
    ("eine", "halbe", "stunde"): 30.0,
    ("une", "heure"): 60.0,
    ("une", "demi-heure"): 30.0,
}
#: Durations of one day, week, month or year: read only after a bound ("more than a week")
_BOUND_ONLY: dict[tuple[str, ...], tuple[str, float]] = {
    (art, unit): _UNITS[unit]
    for art in ("a", "an", "een")
    for unit in ("day", "week", "month", "year", "dag", "maand", "jaar", "werkweek", "werkdag")
    if unit in _UNITS
} | {("a", "working", "week"): (WORKDAYS, 5.0), ("a", "working", "day"): (WORKDAYS, 1.0)}
#: Before a duration in words: a rate ("once an hour", "twice a week") or an article ("the
#: half hour"); before "een uur" also a time of day ("om een uur", "tegen een uur")
_NOT_BEFORE = _w("per a an each every elke iedere once twice times keer maal eenmaal the de het")
_CLOCK = _w("om at tegen rond vanaf tot voor tussen omstreeks uiterlijk")
#: Cheap first look: a text with one of these may state a duration without a digit (or a
#: halving, read with the fractions)
DURATION_WORDS = re.compile(
    r"\b(?:hour|uur|halfuur|kwartier|fortnight|stunde|heure|demi-heure|werkweek|werkweken)\b"
    r"|\bhalv|\bgehalveerd|\bhalbier"
    r"|\b(?:a|an|een|one)\s+(?:day|week|month|year|dag|maand|jaar|werkdag|working)\b",
    re.I,
)


def duration_unit(words: tuple[str, ...]) -> tuple[str, float] | None:
    """The unit and factor of a count's noun run ending in a time word ("minutes",
    "working days", "werkweken"), or None."""
    if not words:
        return None
    head = words[-1]
    if len(words) >= 2 and words[-2] in _WORKING and head in _WORKING_UNITS:
        return WORKDAYS, _WORKING_UNITS[head]
    return _UNITS.get(head)


def is_time_unit(low: str) -> bool:
    return low in _UNITS


def joined(
    first: _Raw, second: _Raw, first_head: str, second_head: str, between: list[str]
) -> bool:
    """Add ``second`` to ``first`` when they are one duration in two units: "3 hours and 35
    minutes", "twee uur en een kwartier" (a smaller unit, joined by "and" or a comma only)."""
    if first.kind != DURATION or second.kind != DURATION or first.unit != second.unit:
        return False
    if between not in (["and"], ["en"], ["und"], ["et"], [","]) or second.qualifier is not None:
        return False
    f1, f2 = _UNITS.get(first_head), _UNITS.get(second_head)
    if f1 is None or f2 is None or f2[1] >= f1[1] or first.change or second.change:
        return False
    first.lo, first.hi = first.lo + second.lo, first.hi + second.hi
    first.t1, first.slack = second.t1, second.slack
    return True


class _Durations(_Usage):
    """Reads durations stated without a digit ("half an hour", "een kwartier"); a mixin of the
    scanner (after the usage reading, whose bounds it needs)."""

    def _word_duration(self, i: int) -> _Raw | None:
        low = self._low(i)
        if low not in ("half", "a", "an", "een", "quarter", "three", "halfuur", "eine", "une"):
            return None
        if self.toks[i].text[:1].isupper() and not self._sentence_start(i):
            return None
        for n in (5, 4, 3, 2, 1):
            key = self._seq(i, n)
            if key in _WORD_FORMS:
                value, unit = _WORD_FORMS[key], MINUTES
                break
            if key in _BOUND_ONLY:
                q = self._qualifier_before(i)
                if q is None or q[0] in ("only", "between") or self._low(i - 1) == "over":
                    return None  # "over a year" is mostly "in the course of a year"
                unit, value = _BOUND_ONLY[key]
                break
        else:
            return None
        if self._low(i - 1) in _NOT_BEFORE:
            return None  # "once an hour", "twice a week"
        if key == ("een", "uur") and (self._low(i - 1) in _CLOCK or self._low(i + n) == "of"):
            return None  # "om een uur", "een uur of drie": times of day
        return _Raw(DURATION, value, value, unit, i, i + n, slack=0.15 * value)
