"""Dates as a byline or dateline writes them, in English and Dutch.

"6 February 2024", "February 6, 2024", "Feb. 6, 2024", "dinsdag 12 mei 2023", "12 mrt. 2023",
"2024-02-06". Numeric day/month forms other than ISO are left alone: "03/04/2023" is March in
one country and April in the next, and a wrong date moves a statement across a pledge.
"""

from __future__ import annotations

import re
from datetime import date

from onrecord.text.months import MONTH_PATTERN, MONTHS

__all__ = ["find_date", "is_dateline"]

_MONTH = "(?P<month>" + MONTH_PATTERN + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|e)?"
_DMY = re.compile(rf"\b{_DAY}[ \t]+{_MONTH}[ \t]+{_YEAR}\b", re.I)
_MDY = re.compile(rf"\b{_MONTH}[ \t]+{_DAY},?[ \t]+{_YEAR}\b", re.I)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"zaterdag|zondag|(?:ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)\.?)"
)
_PUBLISHED = r"(?:published|posted|updated|gepubliceerd|geplaatst|bijgewerkt)(?:[ \t]+(?:on|op))?"
_ANY_DATE = re.compile(
    rf"(?:{_PUBLISHED}[ \t]*:?[ \t]+)?(?:{_WEEKDAY},?[ \t]+)?(?:the[ \t]+)?"
    rf"(?:{_DMY.pattern}|{_MDY.pattern.replace('?P<', '?P<m_')}|{_ISO.pattern.replace('?P<', '?P<i_')})"
    r"(?:,?[ \t]+(?:at[ \t]+|om[ \t]+)?\d\d?[:.]\d\d(?:[ \t]*(?:uur|[ap]\.?m\.?))?)?",
    re.I,
)
_FIELDS = re.compile(r"[ \t]*(?:[,|·•]|[—–-][ \t]|\.(?:[ \t]|$))[ \t]*")
_HOLE = "\x00"


def find_date(text: str) -> str:
    """The first well-formed date in ``text`` as ISO ``YYYY-MM-DD``, or ""."""
    best: tuple[int, str] | None = None
    for pattern in (_DMY, _MDY, _ISO):
        for m in pattern.finditer(text):
            iso = _iso(m.group("year"), m.group("month"), m.group("day"))
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
                break
    return best[1] if best else ""


def _iso(year: str, month: str, day: str) -> str:
    number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."), 0)
    try:
        return date(int(year), number, int(day)).isoformat()
    except ValueError:
        return ""


def is_dateline(line: str) -> bool:
    """Whether ``line`` is a dateline: short fields ("The Trade List, opinion, 6 February
    2024.", "Amsterdam, 12 mei 2023") one of which is nothing but a date; a sentence that
    mentions a date ("On 3 March 2019 the council decided ...") is not."""
    line = line.strip().strip("*_").strip()
    if not line or len(line) > 120:
        return False
    if not find_date(line):
        return False
    holed = _ANY_DATE.sub(_HOLE, line)
    fields = [f.strip().rstrip(".").strip() for f in _FIELDS.split(holed) if f.strip()]
    if _HOLE not in fields:
        return False
    return all(f == _HOLE or (_HOLE not in f and len(f.split()) <= 5) for f in fields)
