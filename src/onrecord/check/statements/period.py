"""When a claim says something was said, and whether a statement was made then.

"In March 2018 Brandt told the team that …", "Brandt schreef in mei 2020 dat …", "Haverkamp
ging in juni 2021 akkoord met …": the date names *when* the subject said or did it. What the
same person wrote in another period is about another moment (a position held earlier, a later
account), so it counts for less (:data:`OFF_PERIOD_WEIGHT` in :mod:`onrecord.check.verdicts.verify`).

:func:`claim_period` finds the period (a year, or a month of a year) in a claim's frame — the
words before its content — or, for a claim without a speech frame, anywhere in it;
:func:`in_period` says whether a statement's date falls in it (a month also takes the ten
days before and after it: mail is answered late, and "in March" is loose).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as date_type
from datetime import timedelta

from onrecord.text.dates import parse_iso
from onrecord.text.months import MONTH_PATTERN, MONTHS

#: A month named by a claim also takes the days just before and after it: mail is answered a
#: little late and "in March" is loose; a reply three weeks into April is not March.
MONTH_SLACK = timedelta(days=10)

__all__ = [
    "Period",
    "before_period",
    "claim_period",
    "in_period",
    "long_after",
    "mentions",
    "other_times",
    "statement_years",
    "years_named",
]

_MONTH = MONTH_PATTERN
# "in March 2018", "in (early|late) 2019", "in mei 2020", "op 4 maart 2019", "on 13 Jan 2016",
# "in the spring of 2019" (year only), "in 2016"
# "at the end of 2022", "aan het eind van 2021", "mid-2018", "per 1 juli 2022"
_WHEN = re.compile(
    rf"\b(?:(?:in|on|op|during|tijdens|begin|eind|medio|early|late|per|"
    rf"at\s+the\s+(?:end|start|beginning|close)\s+of|aan\s+het\s+(?:eind|einde|begin)\s+van)\s+"
    rf"|mid-)(?:(?:early|late|mid|the|spring|summer|autumn|fall|winter|of|het|de|voorjaar|najaar|"
    rf"zomer|winter|van)\s+)*"
    rf"(?:(?P<day>\d{{1,2}})\s+)?(?:(?P<month>{_MONTH})\.?\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


# two periods joined: "both in 2019 and in 2021", "zowel in 2019 als in 2021", "in 2018 en 2020"
_SEVERAL = re.compile(
    r"\b(?:in|op|on)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\s*,?\s+(?:and|en|als|as well as|or|of)\s+"
    r"(?:(?:in|op|on)\s+)?(?:\w+\s+){0,2}?(?:19|20)\d\d\b",
    re.I,
)


# a second act at another time, joined to the first ("weigerde in 2019 nachtslots en deed dat in
# 2020 opnieuw", "pushed for growth in 2016 and still supported it in 2022", "In 2020 she again
# refused, just as she had in 2019", "beloofde in 2018 dat …, en ontsloeg in 2023 veertig
# collega's"); a bare "and" after "that" joins within the content ("promised in 2016 that the
# bridge would stay within budget and open in 2021"), and "than" compares ("in 2017 4% minder
# dan in 2016")
_THAT = re.compile(r"\b(?:that|dat|om|whether|than|dan)\b", re.I)
_JOINED = re.compile(r",\s*(?:and|en|but|maar)\b|\bjust\s+as\b|\bnet\s+als\b", re.I)
_AND = re.compile(r"\b(?:and|en)\b", re.I)
_DID = re.compile(r"\b(?:deed|deden|doet|did|does|do)\s+$", re.I)  # "en deed dat in 2022"


def _times(text: str) -> list[re.Match[str]]:
    """The times of the acts the text names (not those bounding the content)."""
    return [m for m in _WHEN.finditer(text) if not _BOUND.search(text[: m.start()])]


def _second_act(text: str) -> bool:
    """The claim names two acts of its subject at two times (see ``_JOINED``)."""
    times = _times(text)
    if len(times) < 2:
        return False
    first = times[0]
    for m in times[1:]:
        if m.group("year") == first.group("year"):
            continue
        between = text[first.end() : m.start()]
        that = [t.end() for t in _THAT.finditer(between) if not _DID.search(between[: t.start()])]
        after = between[that[-1] :] if that else between
        if _JOINED.search(after) or (not that and _AND.search(after)):
            return True
    return False


# a date that bounds the content, not the act: "told her to say nothing before the staff was
# told on 1 March", "voordat het personeel op 1 maart was ingelicht"
_BOUND = re.compile(
    r"\b(?:before|after|until|till|since|once|voordat|nadat|totdat|sinds|zodra)\b[^,.;]*$", re.I
)


@dataclass(frozen=True, slots=True)
class Period:
    year: int
    month: int | None = None


def claim_period(text: str, frame_words: str | None = None) -> Period | None:
    """The period a claim names for its subject's act. With ``frame_words`` (the words of the
    claim's speech frame before its content), only a date there counts: "Brandt wrote in May
    2020 that the plant would close in 2021" is about May 2020, "Volgens Whitfield leed de
    afdeling in 2016 verlies" names no time of speaking."""
    where = text if frame_words is None else frame_words
    if _SEVERAL.search(where) or _second_act(text):
        return None  # "zowel in 2019 als in 2021": no single period to weigh by
    m = next(iter(_times(where)), None)
    if not m:
        return None
    month = m.group("month")
    return Period(int(m.group("year")), MONTHS[month.lower()] if month else None)


def mentions(text: str, period: Period, date: str | None = None) -> bool:
    """The statement names the period itself ("I first raised it with their CFO in January",
    "in 2019 we …"): written later, but about then. A month without a year counts only in a
    statement written within the year after it."""
    if str(period.year) in text:
        return True
    if period.month is None:
        return False
    names = [k for k, v in MONTHS.items() if v == period.month and (len(k) > 3 or k == "mei")]
    if re.search(rf"\b(?:{'|'.join(names)})\b", text, re.I) is None:
        return False
    d = parse_iso(date)
    if d is None:
        return False
    months = d.year * 12 + d.month - (period.year * 12 + period.month)
    return 0 <= months <= 12


def _bounds(period: Period) -> tuple[date_type, date_type]:
    """The first day of the period and the first day after it."""
    first = period.month or 1
    last = period.month or 12
    return date_type(period.year, first, 1), date_type(period.year + last // 12, last % 12 + 1, 1)


def before_period(date: str | None, period: Period) -> bool:
    """Whether an ISO date falls before the period begins (a month's slack before it): written
    in February 2021, a statement cannot report what happened on 1 October 2021."""
    d = parse_iso(date)
    if d is None:
        return False
    if period.month is None:
        return d.year < period.year
    return d.date() < _bounds(period)[0] - MONTH_SLACK


#: Written this long after the claim's period ends, a statement that names no time speaks of
#: its own time: "Met NordLift hebben we afgesproken dat het aantal nachtslots naar tien per
#: week gaat" (2022) gives the number of 2022, not of the request of November 2019.
LONG_AFTER = timedelta(days=365)
_NAMED_TIME = re.compile(rf"\b(?:(?:19|20)\d\d|{MONTH_PATTERN})\b", re.I)


def long_after(date: str | None, period: Period, text: str) -> bool:
    """The statement (``text``, written on ``date``) was written ``LONG_AFTER`` the period
    ended and names no year or month: it speaks of its own time, not of the period's."""
    d = parse_iso(date)
    if d is None or _NAMED_TIME.search(text):
        return False
    return d.date() >= _bounds(period)[1] + LONG_AFTER


def in_period(date: str | None, period: Period) -> bool | None:
    """Whether an ISO date falls in the period (None: the statement has no usable date)."""
    d = parse_iso(date)
    if d is None:
        return None
    if period.month is None:
        return d.year == period.year
    start, end = _bounds(period)
    day = d.date()
    return start - MONTH_SLACK <= day < end + MONTH_SLACK


# ---------------------------------------------------------------------------- a statement's time
# A year a statement is about: "in 2019", "at the end of 2020", "eind 2020", "the budget for
# 2020". A year after "until", "since", "by" ("open until at least 2025") opens a span instead.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SPAN_BEFORE = re.compile(
    r"\b(?:until|till|through|by|before|since|from|after|tot|sinds|vanaf|na|uiterlijk|vóór)"
    r"(?:\s+(?:at\s+least|minstens|ten\s+minste|the\s+end\s+of|eind|het\s+einde\s+van))?\s*$",
    re.I,
)
# Words that tie a statement to the year it was written in (or the one before or after).
_DEICTIC = (
    (re.compile(r"\b(?:this\s+year|dit\s+jaar|now|nowadays|currently|these\s+days|today|"
                r"nu|inmiddels|tegenwoordig|momenteel|vandaag)\b", re.I), 0),
    # a month or week back is (near enough) in the year of writing: "Vorige maand hebben we 300
    # ton katoen naar de verbrandingsoven gestuurd" is not about "2020"
    (re.compile(r"\b(?:(?:last|this)\s+(?:month|week)|(?:vorige|afgelopen|deze)\s+"
                r"(?:maand|week))\b", re.I), 0),
    # a day of the week or yesterday is in the year of writing: "First figures of Saturday:
    # 2,400 visitors" (2018) is no claim about "vorig jaar" in a 2023 statement
    (re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|(?:maan|dins|woens|"
                r"donder|vrij|zater|zon)dag|gisteren|eergisteren)\b", re.I), 0),
    (re.compile(r"\b(?:last\s+year|vorig(?:e)?\s+jaar|verleden\s+jaar)\b", re.I), -1),
    (re.compile(r"\b(?:next\s+year|volgend(?:e)?\s+jaar)\b", re.I), 1),
)  # fmt: skip


# the year a figure is compared with, after the year it is about: "een kwart meer dan in
# 2017", "up 12 percent on 2019", "compared with 2018", "ten opzichte van 2019"
_BASELINE_BEFORE = re.compile(
    r"\b(?:than|dan|compared\s+(?:with|to)|against|vergeleken\s+met|ten\s+opzichte"
    r"\s+van|t\.o\.v\.|tegenover)\s+(?:in\s+|that\s+of\s+|dat\s+van\s+)?$",
    re.I,
)


def years_named(text: str) -> set[int]:
    """Every year the text names ("in 2019", "the 2020 budget")."""
    return {int(m.group()) for m in _YEAR.finditer(text)}


def statement_years(text: str, date: str | None = None) -> frozenset[int] | None:
    """The years a statement is about, where it says: the years it names ("in 2019", "eind
    2020") and, with its ``date``, the year it was written in for "this year", "now", "nu"
    (the year before for "last year", after for "next year"). None where it names none, or
    names a span ("until at least 2025", "sinds 2018"): such a statement holds over time."""
    years: set[int] = set()
    for m in _YEAR.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        if _SPAN_BEFORE.search(before):
            return None
        if _BASELINE_BEFORE.search(before) and years:
            continue  # "2,400 hl in 2018, a quarter more than in 2017": 2017 is the baseline
        years.add(int(m.group()))
    d = parse_iso(date)
    if d is not None:
        for pattern, shift in _DEICTIC:
            if pattern.search(text):
                years.add(d.year + shift)
    return frozenset(years) or None


def other_times(a: str, a_date: str | None, b: str, b_date: str | None) -> bool:
    """Two statements about different years ("At the end of 2019 we had 300 members" and "At
    the end of 2020 we had 400"; "The fee stays at fifty euros this year", written in 2018, and
    "The fee is now sixty euros", in 2022): both may be true."""
    ya, yb = statement_years(a, a_date), statement_years(b, b_date)
    # "De fabriek in Leeuwarden maakt nu ook al onze boter." (2023) against "De boter komt uit
    # onze fabriek in Dokkum." (2019): "now" sets the present apart from an earlier statement
    # that names no time, which then speaks of the year it was written in
    if ya is None and yb is not None and _NOW.search(b) and not _NOW.search(a):
        ya = _written(a, a_date)
    elif yb is None and ya is not None and _NOW.search(a) and not _NOW.search(b):
        yb = _written(b, b_date)
    return ya is not None and yb is not None and not (ya & yb)


_NOW = re.compile(
    r"\b(?:now|nowadays|these\s+days|today|nu|inmiddels|tegenwoordig|vandaag\s+de\s+dag)\b", re.I
)
# a statement that holds over time: "always", "never", "since", plans and promises
_TIMELESS = re.compile(
    r"\b(?:always|never|ever|since|altijd|nooit|ooit|sinds|will|shall|should|would|zal|zullen|"
    r"moet|moeten|zou|zouden)\b",
    re.I,
)


def _written(text: str, date: str | None) -> frozenset[int] | None:
    d = parse_iso(date)
    if d is None or _TIMELESS.search(text):
        return None
    return frozenset({d.year})
