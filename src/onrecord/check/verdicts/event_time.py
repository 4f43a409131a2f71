"""When a sentence says its event happens: the time attached to the event, as days.

The judge reads "De nieuwe brug gaat in het voorjaar van 2020 open" as entailing "the new
bridge would open in the spring of 2021", and "Afgelopen vrijdag hebben we het contract
getekend" (written Monday 13 January 2020) as entailing "signed the contract on 13 January
2020": it does not weigh a date, and it cannot know what "last Friday" was. This module reads
the time a sentence gives its event as an interval of days, in English and Dutch:

- dates, months, seasons and parts of a year: "13 January 2020", "op 10 januari 2020",
  "September 2021", "in the spring of 2021", "het voorjaar van 2020", "early 2019", "eind
  2020", "the first quarter of 2021";
- times relative to when the sentence was written (``written``): "last Friday", "afgelopen
  vrijdag", "yesterday", "gisteren", "this morning", "vanochtend", "last week", "vorige week",
  "next month", "volgende maand", "last year", "vorig jaar", "three weeks ago", "drie weken
  geleden", and a month without a year ("until March", "tot maart": the nearest March);
- the role the words before give it: a point ("in", "on", "op"), a start ("from", "as of",
  "starting", "per", "vanaf", "met ingang van", "since", "sinds") or an end ("until", "till",
  "tot", "tot en met"). Deadlines ("by", "uiterlijk", "before") are left out: a plan met early
  is no other time.

A time of the frame is not the event's: "In April 2019 Hoekstra proposed to close the school"
dates the proposal, "Ashworth stelde in februari 2021 voor om … per september 2021 te
verhuizen" dates the proposal in February and the move in September. Times before the
complement of a verb of saying, proposing or deciding (its "that", "to", "dat", "om") are left
out (:func:`event_times`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from onrecord.text.months import MONTHS

__all__ = ["When", "event_times", "frame_end", "times", "written_day"]


@dataclass(frozen=True, slots=True)
class When:
    """A time a sentence names: the days ``lo`` .. ``hi`` (inclusive), its ``role`` (point,
    start, until), whether it was read against the writing date (``relative``), the words."""

    lo: date
    hi: date
    role: str
    text: str
    start: int
    relative: bool = False

    def disjoint(self, other: When) -> bool:
        return self.hi < other.lo or other.hi < self.lo

    def within(self, other: When) -> bool:
        return other.lo <= self.lo and self.hi <= other.hi


_MONTH = "|".join(
    sorted((m for m in MONTHS if len(m) > 3 or m in ("may", "mei")), key=len, reverse=True)
)
_YEAR = r"(?:19|20)\d\d"
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4,
    "zaterdag": 5, "zondag": 6,
}  # fmt: skip
_WEEKDAY = "|".join(_WEEKDAYS)
# (first month, first day), (last month, last day); a winter is the one that starts the year
# named and the one that ends it: both are read
_SEASONS = {
    "spring": ((3, 1), (6, 20)), "voorjaar": ((3, 1), (6, 20)), "lente": ((3, 1), (6, 20)),
    "summer": ((6, 1), (9, 22)), "zomer": ((6, 1), (9, 22)),
    "autumn": ((9, 1), (12, 20)), "fall": ((9, 1), (12, 20)), "najaar": ((9, 1), (12, 20)),
    "herfst": ((9, 1), (12, 20)),
}  # fmt: skip
_SEASON = "|".join([*_SEASONS, "winter"])
_PART = {
    "early": (1, 6), "begin": (1, 6), "begin van": (1, 6), "the beginning of": (1, 6),
    "late": (7, 12), "eind": (7, 12), "einde": (7, 12), "the end of": (7, 12),
    "eind van": (7, 12), "mid": (4, 9), "mid-": (4, 9), "medio": (4, 9),
    "halverwege": (4, 9), "the middle of": (4, 9),
}  # fmt: skip
_PART_RX = "|".join(sorted((re.escape(p) for p in _PART), key=len, reverse=True))
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "eerste": 1, "tweede": 2,
             "derde": 3, "vierde": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}  # fmt: skip
_NUMBER = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
}  # fmt: skip

# role words right before a time, longest first
_ROLES = {
    "point": "in|on|op|during|tijdens|in het|in de|in the|on the|back in|om",
    "start": "from|as of|as from|starting|starting in|starting from|per|vanaf|met ingang van|"
    "since|sinds|al per|already from|al vanaf|vanaf het|from the|since the|sinds het",
    "until": "until|till|up to|up until|tot|tot en met|t/m|tot in|until the|tot het|tot na",
    "deadline": "by|uiterlijk|before|vóór|voor|after|na|no later than|not before|niet voor",
}
_ROLE_OF = {w: role for role, ws in _ROLES.items() for w in ws.split("|")}
_ROLE_RX = re.compile(
    r"(?:^|\b)("
    + "|".join(sorted((re.escape(w) for w in _ROLE_OF), key=len, reverse=True))
    + r")\s*$",
    re.I,
)

_ABSOLUTE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmonth>{_MONTH})\.?,?\s+(?P<dyear>{_YEAR})"
    rf"|(?P<mdmonth>{_MONTH})\s+(?P<mdday>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mdyear>{_YEAR})"
    rf"|(?:(?P<mpart>{_PART_RX})\s+)?(?P<month>{_MONTH})\.?\s+(?:(?:of|van)\s+)?(?P<myear>{_YEAR})"
    rf"|(?:(?:the|het|de)\s+)?(?P<season>{_SEASON})\s+(?:(?:of|van)\s+)?(?P<syear>{_YEAR})"
    rf"|(?:(?:the|het)\s+)?(?P<quarter>first|second|third|fourth|eerste|tweede|derde|vierde)"
    rf"\s+(?:quarter|kwartaal)\s+(?:of|van)\s+(?P<qyear>{_YEAR})"
    rf"|(?P<q>q[1-4])\s+(?P<q2year>{_YEAR})"
    rf"|(?:(?P<ypart>{_PART_RX})\s*)?(?P<year>{_YEAR})(?![\d/-]))\b",
    re.I,
)
_RELATIVE = re.compile(
    rf"\b(?:(?P<dir>last|next|this|coming|afgelopen|vorige|vorig|volgende|volgend|komende|"
    rf"komend|aanstaande|deze|dit)\s+(?:(?P<wday>{_WEEKDAY})|(?P<unit>week|month|year|maand|"
    rf"jaar|weekend)|(?P<rmonth>{_MONTH})|(?P<rseason>{_SEASON}))"
    rf"|(?P<day>today|yesterday|tomorrow|tonight|this\s+morning|this\s+afternoon|this\s+evening"
    rf"|vandaag|gisteren|gisteravond|gistermiddag|gisterochtend|eergisteren|overmorgen|morgen"
    rf"|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|last\s+night)"
    rf"|(?P<num>\d+|one|a|an|two|three|four|five|six|een|één|twee|drie|vier|vijf|zes)\s+"
    rf"(?P<agounit>days?|weeks?|months?|years?|dagen|dag|weken|week|maanden|maand|jaar|jaren)"
    rf"\s+(?P<ago>ago|geleden)"
    rf"|(?P<bmonth>{_MONTH})(?!\s*\.?\s*(?:\d|of\s+\d|van\s+\d)))\b",
    re.I,
)
_DAY_OFFSET = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "vandaag": 0, "vanochtend": 0, "vanmorgen": 0, "vanmiddag": 0, "vanavond": 0,
    "vannacht": 0, "yesterday": -1, "gisteren": -1, "gisteravond": -1, "gistermiddag": -1,
    "gisterochtend": -1, "last night": -1, "eergisteren": -2, "tomorrow": 1, "morgen": 1,
    "overmorgen": 2,
}  # fmt: skip
_PAST = frozenset(("last", "afgelopen", "vorige", "vorig"))
_NEXT = frozenset(("next", "coming", "volgende", "volgend", "komende", "komend", "aanstaande"))

# verbs of saying, proposing, promising, deciding, asking: a time before their complement
# dates the act of saying, not the event said
_SPEECH = re.compile(
    r"\b(?:said|says|say|wrote|writes|write|told|tells|tell|announced|announces|announce|"
    r"proposed|proposes|propose|suggested|suggests|suggest|promised|promises|promise|pledged|"
    r"agreed|agrees|agree|decided|decides|decide|asked|asks|ask|demanded|demands|warned|"
    r"warns|confirmed|confirms|confirm|claimed|claims|insisted|insists|expected|expects|"
    r"expect|planned|plans|plan|hoped|hopes|hope|wanted|wants|want|reported|reports|"
    r"informed|informs|assured|assures|stated|states|argued|argues|admitted|admits|"
    r"estimated|estimates|predicted|predicts|forecast|voorspelde|voorspelt|schatte|schat|"
    r"zei|zeggen|zegt|schreef|schrijft|schreven|vertelde|vertelt|meldde|meldt|kondigde|"
    r"kondigt|aangekondigd|stelde|stelt|voorgesteld|beloofde|belooft|beloofd|besloot|"
    r"besluit|besloten|vroeg|vraagt|gevraagd|eiste|eist|geëist|waarschuwde|bevestigde|"
    r"bevestigt|bevestigd|verwachtte|verwacht|wilde|wil|liet\s+weten|laat\s+weten|"
    r"stelden|beloofden|zeiden|schreven|besloten|vroegen|ging\s+akkoord|gingen\s+akkoord|"
    r"stemde\s+in|stemden\s+in|hoopte|hoopt|plande|planden|dacht|denkt|propose|ik\s+stel|"
    r"we\s+stellen|wij\s+stellen)\b",
    re.I,
)
_COMPLEMENT = re.compile(r"(?:\b(?:that|dat|om|to|whether|if|of het|:)\b|:)", re.I)
#: how many words a speech verb's complement may start after it ("stelde in februari 2021
#: voor om", "asked the board in May to")
_COMPLEMENT_REACH = 9


_EVENT_ROLES = frozenset(("point", "start", "until"))


def written_day(iso: str | None, offset: int | None = None) -> date | None:
    """The day a statement was written, in the writer's time zone (None when undated)."""
    if not iso:
        return None
    from datetime import datetime

    try:
        dt = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (dt + timedelta(minutes=offset or 0)).date()


def _month_end(y: int, m: int) -> date:
    return (date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)) - timedelta(days=1)


def _role(text: str, start: int, bare: str = "point") -> str:
    m = _ROLE_RX.search(text[max(0, start - 24) : start])
    if m is None:
        return bare
    return _ROLE_OF[m.group(1).lower()]


def _absolute(m: re.Match[str]) -> tuple[date, date] | None:
    g = m.groupdict()
    try:
        if g["day"]:
            d = date(int(g["dyear"]), MONTHS[g["dmonth"].lower()], int(g["day"]))
            return d, d
        if g["mdday"]:
            d = date(int(g["mdyear"]), MONTHS[g["mdmonth"].lower()], int(g["mdday"]))
            return d, d
    except ValueError:
        return None
    if g["month"]:
        if g["month"].lower() == "may" and not g["month"][0].isupper():
            return None  # the verb "may"
        y, mo = int(g["myear"]), MONTHS[g["month"].lower()]
        lo, hi = date(y, mo, 1), _month_end(y, mo)
        if g["mpart"]:
            a, b = _PART[g["mpart"].lower()]
            lo, hi = (lo, lo + timedelta(days=10)) if a == 1 else (hi - timedelta(days=10), hi)
            if a == 4:
                lo, hi = date(y, mo, 10), date(y, mo, 20)
        return lo, hi
    if g["season"]:
        return _season(g["season"].lower(), int(g["syear"]))
    if g["quarter"] or g["q"]:
        q = _QUARTERS[(g["quarter"] or g["q"]).lower()]
        y = int(g["qyear"] or g["q2year"])
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if g["year"]:
        y = int(g["year"])
        if g["ypart"]:
            a, b = _PART[g["ypart"].lower().strip()]
            return date(y, a, 1), _month_end(y, b)
        return date(y, 1, 1), date(y, 12, 31)
    return None


def _season(name: str, y: int) -> tuple[date, date]:
    if name == "winter":
        return date(y - 1, 12, 1), date(y + 1, 3, 20)
    (m0, d0), (m1, d1) = _SEASONS[name]
    return date(y, m0, d0), date(y, m1, d1)


def _week(d: date) -> tuple[date, date]:
    lo = d - timedelta(days=d.weekday())
    return lo, lo + timedelta(days=6)


def _nearest_month(mo: int, w: date, way: int) -> tuple[date, date]:
    """The month ``mo`` around ``w``: ``way`` -1 the last one up to ``w``, 1 the next one from
    ``w``; 0 (a bare "in March", "tot maart": tense alone tells the year) the month of ``w``
    itself, else the days from the last one to the next one."""
    last = next(date(w.year - k, mo, 1) for k in (0, 1) if date(w.year - k, mo, 1) <= w)
    nxt = next(date(w.year + k, mo, 1) for k in (0, 1) if _month_end(w.year + k, mo) >= w)
    if way < 0:
        return last, _month_end(last.year, mo)
    if way > 0 or nxt == last:
        return nxt, _month_end(nxt.year, mo)
    return last, _month_end(nxt.year, mo)


def _relative(m: re.Match[str], w: date) -> tuple[date, date] | None:
    g = m.groupdict()
    if g["day"]:
        d = w + timedelta(days=_DAY_OFFSET[re.sub(r"\s+", " ", g["day"].lower())])
        return d, d
    if g["ago"]:
        n = int(g["num"]) if g["num"].isdigit() else _NUMBER.get(g["num"].lower(), 0)
        u = g["agounit"].lower()
        days = {"d": 1, "w": 7, "m": 30}.get(u[0], 365)
        d = w - timedelta(days=n * days)
        pad = {1: 0, 7: 3, 30: 15}.get(days, 182)
        return d - timedelta(days=pad), min(w, d + timedelta(days=pad))
    if g["bmonth"]:
        if g["bmonth"].lower() in ("may", "march") and not g["bmonth"][0].isupper():
            return None  # "may", "march" as verbs
        return _nearest_month(MONTHS[g["bmonth"].lower()], w, 0)
    way = -1 if g["dir"].lower() in _PAST else 1 if g["dir"].lower() in _NEXT else 0
    if g["wday"]:
        target = _WEEKDAYS[g["wday"].lower()]
        if way == 0:
            lo, _ = _week(w)
            d = lo + timedelta(days=target)
            return d, d
        step = (w.weekday() - target) % 7 or 7
        d = (
            w - timedelta(days=step)
            if way < 0
            else w + timedelta(days=(target - w.weekday()) % 7 or 7)
        )
        return d, d
    if g["rmonth"]:
        return _nearest_month(MONTHS[g["rmonth"].lower()], w, way)
    if g["rseason"]:
        name = g["rseason"].lower()
        for y in (w.year + way, w.year) if way else (w.year,):
            lo, hi = _season(name, y)
            if (way < 0 and hi < w) or (way > 0 and lo > w) or way == 0:
                return lo, hi
        return None
    unit = g["unit"].lower()
    if unit in ("week", "weekend"):
        lo, hi = _week(w + timedelta(days=7 * way))
        return (hi - timedelta(days=1), hi) if unit == "weekend" else (lo, hi)
    if unit in ("month", "maand"):
        y, mo = w.year, w.month + way
        y, mo = (y - 1, 12) if mo == 0 else (y + 1, 1) if mo == 13 else (y, mo)
        return date(y, mo, 1), _month_end(y, mo)
    y = w.year + way
    return date(y, 1, 1), date(y, 12, 31)


def times(text: str, written: date | None = None) -> list[When]:
    """Every time ``text`` names, in order: absolute ones, and (when ``written`` is known)
    relative ones read against it."""
    out: list[When] = []
    taken: list[tuple[int, int]] = []
    for m in _ABSOLUTE.finditer(text):
        got = _absolute(m)
        if got is None:
            continue
        taken.append(m.span())
        # a bare year names a thing ("the 2020 elections", "2021 was hard"), not a time
        bare = "mention" if m.group("year") and not m.group("ypart") else "point"
        role = _role(text, m.start(), bare)
        out.append(When(got[0], got[1], role, m.group(0), m.start()))
    if written is not None:
        for m in _RELATIVE.finditer(text):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
                continue
            got = _relative(m, written)
            if got is None:
                continue
            role = _role(text, m.start())
            out.append(When(got[0], got[1], role, m.group(0), m.start(), relative=True))
    return sorted(out, key=lambda t: t.start)


def frame_end(text: str) -> int:
    """Where the complement of a verb of saying, proposing or deciding starts (0 when there is
    none): the times before it date the act of saying."""
    for v in _SPEECH.finditer(text):
        rest = text[v.end() :]
        c = _COMPLEMENT.search(rest)
        if c is None:
            continue
        if len(rest[: c.start()].split()) <= _COMPLEMENT_REACH:
            return v.end() + c.end()
    return 0


def event_times(text: str, written: date | None = None) -> list[When]:
    """The times ``text`` gives its event (a point, a start or an end), those of a frame of
    saying or deciding left out; deadlines are not read."""
    end = frame_end(text)
    return [t for t in times(text, written) if t.start >= end and t.role in _EVENT_ROLES]
