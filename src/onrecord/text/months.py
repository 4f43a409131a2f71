"""Month names and their common abbreviations in English and Dutch, with their numbers.

One table for every reader of written dates: a claim's period ("in maart 2019"), a byline's
date ("6 February 2024", "12 mrt. 2023").
"""

from __future__ import annotations

__all__ = ["MONTHS", "MONTH_NAME_PATTERN", "MONTH_PATTERN"]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "januari": 1,
    "february": 2, "feb": 2, "februari": 2,
    "march": 3, "mar": 3, "maart": 3, "mrt": 3,
    "april": 4, "apr": 4,
    "may": 5, "mei": 5,
    "june": 6, "jun": 6, "juni": 6,
    "july": 7, "jul": 7, "juli": 7,
    "august": 8, "aug": 8, "augustus": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: An alternation of every name, longest first (so "maart" is tried before "mar").
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
#: The full names only ("March", "maart", not "mar"): for patterns where a short form would
#: also be an ordinary word or a name.
MONTH_NAME_PATTERN = "|".join(
    sorted(
        (k for k in MONTHS if len(k) > 4 or k in ("may", "mei", "june", "july", "juni", "juli")),
        key=len,
        reverse=True,
    )
)
