"""A month still to come, named without a year, in a present-tense main clause: a plan or a
schedule, not a report ("Vanaf 1 maart komen lijn 62 en lijn 64 terug" in January, "Die zaak
dient in september" in June, "Of de verkoop doorgaat, beslist de raad in juni" in March).

The future-time rules know "volgende week" and "op 24 september"; a bare "in mei" or "vanaf 1
maart" is future only against the document's own date, which is why it lives here: the
month named must come after the month the document is dated. A month in a relative or
subordinate clause ("een laadstation, dat in oktober klaar moet zijn") dates that clause, not
the main one, and a month with a year ("in mei 2023", "in januari van dit jaar") is left to
the year rules.
"""

from __future__ import annotations

import re

from onrecord.text.months import MONTHS

__all__ = ["dated_by_document", "doc_date", "month_ahead"]

#: full month names only ("mei" too): "mar", "jun" and "may" are also words
_NAMES = sorted(
    (m for m in MONTHS if (len(m) > 3 and m != "sept") or m == "mei"), key=len, reverse=True
)
_MONTH_RE = re.compile(
    r"(?i)\b(?:vanaf|from|in)\s+(?:\d{1,2}\s+)?(" + "|".join(_NAMES) + r")\b"
    r"(?!\s*,?\s*(?:\d|van\s+(?:dit|vorig|het)|this|last|of))"
)
#: the words that open a clause below the main one
_SUBCLAUSE_RE = re.compile(
    r"(?i),\s*(?:dat|die|waar|wat|toen|nadat|omdat|which|that|who|where|when|after|"
    r"because)\b"
)
#: the end of a range that has the year: "from October to December 2025", "van mei tot en met
#: juli 2024" (the year is the whole range's)
_RANGE_WITH_YEAR = re.compile(
    r"(?i)\s*(?:to|until|through|tot(?:\s+en\s+met)?|t/m|-|–)\s+(?:\d{1,2}\s+)?(?:"
    + "|".join(_NAMES)
    + r")\s*,?\s*(?:19|20)\d\d"
)
#: how many months ahead a month without a year can be; further ahead it is last year's ("in
#: december" in a letter of February)
_AHEAD = 8
_DATE_RE = re.compile(r"\s*((?:19|20)\d\d)(?:-(\d\d))?")


def doc_date(value: object) -> tuple[int | None, int | None]:
    """The year and month of a front-matter date ("2025-06-12"), each None when absent."""
    m = _DATE_RE.match(str(value or ""))
    if not m:
        return None, None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None


def month_ahead(clean: str, month: int | None) -> bool:
    """``clean``'s main clause names a month after ``month`` (the document's) with no year."""
    if month is None:
        return False
    for m in _MONTH_RE.finditer(clean):
        if _SUBCLAUSE_RE.search(clean[: m.start()]) or _RANGE_WITH_YEAR.match(clean, m.end()):
            continue
        if 0 < (MONTHS[m.group(1).lower()] - month) % 12 <= _AHEAD:
            return True
    return False


def dated_by_document(clean: str, month: int | None) -> bool:
    """``clean``'s main clause names a month without a year that only the document's date
    places (``month`` known): whether it is a plan or a report is for :func:`month_ahead`, not
    for a reader of the sentence alone (the learned second opinion)."""
    if month is None:
        return False
    return any(not _SUBCLAUSE_RE.search(clean[: m.start()]) for m in _MONTH_RE.finditer(clean))
