"""Dates and years for quantity extraction: finding dates ("13 January 2016", "2016-01-13",
"januari 2017") and year ranges ("between 2015 and 2017") in the text, and reading a date's or
year's time role from the words before it ("in", "since", "before", "early 2016"). ``_Dates`` is
a mixin of the scanner.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date

from onrecord.check.quantities.lexicon import (
    _DATE_PATTERNS,
    _MONTHS,
    _PART_OF_YEAR,
    _TIME_QUALIFIERS,
    _WEEKDAYS,
    _YEAR_RANGE,
)
from onrecord.check.quantities.tokens import _ScanBase
from onrecord.check.quantities.types import DATE, INF, YEAR, _Raw


class _Dates(_ScanBase):
    def _dates(self, chars: list[str], pre: dict[int, _Raw]) -> None:
        def take(a: int, b: int, raw: _Raw) -> None:
            if not any(c in "\x00\x01" for c in chars[a:b]):
                chars[a:b] = "\x01" * (b - a)
                pre[a] = raw

        for style, rx in _DATE_PATTERNS:
            for m in rx.finditer("".join(chars)):
                got = self._date_match(style, m)
                if got is not None:
                    take(m.start(), m.end(), got)
        for m in _YEAR_RANGE.finditer("".join(chars)):
            y1, y2 = int(m.group(2)), int(m.group(3))
            sep = m.group(0)[m.end(2) - m.start() : m.start(3) - m.start()].strip().lower()
            pre_word = (m.group("pre") or "").lower()
            if sep in ("and", "en", "und", "et") and pre_word not in (
                "between",
                "tussen",
                "zwischen",
                "entre",
            ):
                continue  # "in 2016 and 2017": two years
            if y2 <= y1 or y2 - y1 > 100:
                continue
            take(m.start(), m.end(), _Raw(YEAR, float(y1), float(y2), "year", qualifier="between"))

    def _date_match(self, style: str, m: re.Match[str]) -> _Raw | None:
        g = m.groups()
        unit = "day"
        try:
            if style == "dmy":
                lo = hi = date(int(g[2]), int(_MONTHS[g[1].lower()]), int(g[0])).toordinal()
            elif style == "mdy":
                lo = hi = date(int(g[2]), int(_MONTHS[g[0].lower()]), int(g[1])).toordinal()
            elif style == "iso":
                lo = hi = date(int(g[0]), int(g[1]), int(g[2])).toordinal()
            elif style == "num":
                a, b, y = int(g[0]), int(g[2]), int(g[3])
                if self.lang not in (None, "en") or a > 12:
                    options = [(a, b)]  # day first
                elif b > 12:
                    options = [(b, a)]  # US month first
                else:
                    options = [(a, b), (b, a)]  # ambiguous: both readings
                ords = []
                for d, mo in options:
                    with contextlib.suppress(ValueError):
                        ords.append(date(y, mo, d).toordinal())
                if not ords:
                    return None
                lo, hi = min(ords), max(ords)
            else:  # month and year
                if g[0].lower() in ("may", "mar", "mars", "jan") and not g[0][0].isupper():
                    return None
                mo, y = int(_MONTHS[g[0].lower()]), int(g[1])
                lo = date(y, mo, 1).toordinal()
                hi = (date(y + 1, 1, 1) if mo == 12 else date(y, mo + 1, 1)).toordinal() - 1
                unit = "month"
        except (ValueError, KeyError):
            return None
        if not 1800 <= date.fromordinal(lo).year <= 2100:
            return None
        return _Raw(DATE, float(lo), float(hi), unit)

    def _time_role(self, raw: _Raw, i: int) -> None:
        """The time role from the words before the date or year at token ``i``."""
        j = i - 1
        if self._low(j) == "-" and not self.toks[j].sp:
            j -= 1  # mid-2016
        if raw.kind == YEAR and raw.lo == raw.hi and self._low(j) in _PART_OF_YEAR:
            m0, m1 = _PART_OF_YEAR[self._low(j)]
            y = int(raw.lo)
            raw.kind, raw.unit = DATE, "part"
            raw.lo = float(date(y, m0, 1).toordinal())
            raw.hi = float((date(y + 1, 1, 1) if m1 == 12 else date(y, m1 + 1, 1)).toordinal() - 1)
            raw.t0 = j
            j -= 1
        else:
            j = i - 1
        if raw.qualifier == "between":
            return
        if self._low(j) == "," and self._low(j - 1) in _WEEKDAYS:
            j -= 2  # "by Friday, March 3rd 2017"
        elif self._low(j) in _WEEKDAYS:
            j -= 1
        words: list[str] = []
        k = j
        while k >= 0 and len(words) < 3 and self.toks[k].kind in ("word", "punct"):
            if self.toks[k].kind == "punct" and self.toks[k].low not in (".", "/"):
                break
            words.insert(0, self.toks[k].low)
            k -= 1
        role = None
        for n in (3, 2, 1):
            if len(words) >= n and (r := _TIME_QUALIFIERS.get(tuple(words[-n:]))):
                role, raw.t0 = r, j - n + 1
                break
        if role == "point" and words[-1:] == ["en"] and self.lang != "fr":
            role = None  # Dutch "en" is "and"
        decade = raw.kind == YEAR and raw.hi - raw.lo == 9
        if role is not None and words[-1] in ("the", "de", "het") and not decade:
            role = None  # "in the 2016 election": the year names the election
        if role is None:
            raw.mention, raw.qualifier = True, None
            return
        raw.qualifier = role
        if role == "since":
            raw.hi = INF
        elif role in ("until", "by"):
            raw.lo = -INF
        elif role == "before":
            raw.lo, raw.hi, raw.hi_open = -INF, raw.lo, True
        elif role == "after":
            raw.lo, raw.hi, raw.lo_open = raw.hi, INF, True
        elif role == "around":
            pad = 1 if raw.kind == YEAR else 183
            raw.lo, raw.hi = raw.lo - pad, raw.hi + pad
