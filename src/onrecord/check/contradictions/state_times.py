"""Two counts of a standing state, each in the present of its own writing date, are about two
times: "We have two vets on duty every night in Eindhoven" (November 2020) and "We still have
only one vet at night in Eindhoven on most nights" (February 2023) may both be true, the
staffing changed in between. "still" / "nog steeds" / "now" on one side places it in the
present of its date; the other side then speaks of its own date too, unless it holds over time
("altijd minstens twee", "since September", a pledge: :func:`onrecord.check.statements.period._written`).
Only pairs of which both sides count something: a stance held "still" against an earlier one
is a reversal, whatever the dates.
"""

from __future__ import annotations

import re

from onrecord.check.quantities import quantities
from onrecord.check.quantities.types import COUNT
from onrecord.check.statements.modality import prospective, universal
from onrecord.check.statements.period import _MONTH, _written
from onrecord.text.dates import parse_iso
from onrecord.text.months import MONTHS

__all__ = ["begun_after", "counted_states_apart"]

_PRESENT = re.compile(
    r"\b(?:still|now|nowadays|these\s+days|today|nog\s+steeds|nog\s+altijd|nu|inmiddels|"
    r"tegenwoordig)\b",
    re.I,
)


def _counts(text: str, lang: str | None) -> bool:
    return any(q.kind == COUNT for q in quantities(text, lang))


def counted_states_apart(
    a: str, a_date: str | None, b: str, b_date: str | None, lang_a: str | None, lang_b: str | None
) -> bool:
    """Both sides count something in the present of their dates (see the module), one of them
    says so ("still", "now"), and the years of writing differ."""
    if not (_PRESENT.search(a) or _PRESENT.search(b)):
        return False
    ya, yb = _written(a, a_date), _written(b, b_date)
    if ya is None or yb is None or ya & yb:
        return False
    return _counts(a, lang_a) and _counts(b, lang_b)


# the start of a state: "Since October 2022", "since the summer of 2022", "Vanaf 1 juni",
# "sinds 1 januari", "from 1 May", "as of January 2023", "per 1 oktober", "met ingang van 2021"
_SEASONS = {
    "spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1, "voorjaar": 4, "lente": 4,
    "zomer": 7, "najaar": 10, "herfst": 10,
}  # fmt: skip
_BEGUN = re.compile(
    r"\b(?:since|from|as\s+of|starting|sinds|vanaf|per|met\s+ingang\s+van)\s+"
    r"(?:(?:the|de|het)\s+)?(?:(?P<season>" + "|".join(_SEASONS) + r")\s+(?:of\s+|van\s+)?)?"
    r"(?:(?P<day>\d{1,2})\s+)?(?:(?P<month>" + _MONTH + r")\b\.?\s*)?(?P<year>(?:19|20)\d\d)?\b",
    re.I,
)


def _start(text: str, date: str | None) -> tuple[int, int] | None:
    """(year, month) where ``text`` says a state began; a month without a year is one of the
    year of writing (``date``)."""
    d = parse_iso(date)
    for m in _BEGUN.finditer(text):
        month = MONTHS.get((m["month"] or "").casefold().rstrip(".")) or _SEASONS.get(
            (m["season"] or "").casefold()
        )
        if m["year"]:
            return int(m["year"]), month or 1
        if month and d is not None:
            return d.year, month
    return None


def begun_after(a: str, a_date: str | None, b: str, b_date: str | None) -> bool:
    """The later side (``b``) states a state that began after the earlier side was written
    ("De nieuwe schaal ligt 5% boven het minimumloon" in January 2021 / "Since October 2022
    everyone in the sorting hall earns at least 8% above the minimum wage"; "De spoedpost blijft
    24 uur per dag open" / "Vanaf 1 juni is de kliniek 's nachts dicht"): the state changed in
    between, both may be true. Not against a claim over all time or a pledge ("We will never
    sell in supermarkets" / "Since the summer of 2022, our beans have been on the shelves"),
    which a later state breaks."""
    da = parse_iso(a_date)
    start = _start(b, b_date)
    if da is None or start is None or universal(a) or prospective(a):
        return False
    return start > (da.year, da.month)
