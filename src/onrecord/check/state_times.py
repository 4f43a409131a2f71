"""Two counts of a standing state, each in the present of its own writing date, are about two
times: "We have two vets on duty every night in Eindhoven" (November 2020) and "We still have
only one vet at night in Eindhoven on most nights" (February 2023) may both be true, the
staffing changed in between. "still" / "nog steeds" / "now" on one side places it in the
present of its date; the other side then speaks of its own date too, unless it holds over time
("altijd minstens twee", "since September", a pledge: :func:`onrecord.check.period._written`).
Only pairs of which both sides count something: a stance held "still" against an earlier one
is a reversal, whatever the dates.
"""

from __future__ import annotations

import re

from onrecord.check.period import _written
from onrecord.check.quantities import quantities
from onrecord.check.quantities.types import COUNT

__all__ = ["counted_states_apart"]

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
