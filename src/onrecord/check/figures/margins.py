"""Amounts that are a difference, not a total: "the building came in 30,000 euros under
budget", "we paid 5,000 euros more than planned", "een tekort van 12.000 euro", "twee ton
minder dan vorig jaar".

A statement that gives a total and such a margin of one unit ("We received 400,000 euros from
the municipality for the new hall, and the building came in 30,000 euros under budget.") states
two amounts of euros, so :func:`onrecord.check.contradictions.opposition.amount_clash` cannot tell which one
meets the other side's total ("250.000 euro subsidie ontvangen") and reads no clash. A margin
is never the total the other side states; leaving it out leaves one amount to compare.
Word lists, no model; English and Dutch.
"""

from __future__ import annotations

import re

from onrecord.check.quantities.types import Quantity

__all__ = ["margin"]

_TARGET = (
    r"(?:budget|the\s+budget|estimate[sd]?|forecast|target|plan(?:ned)?|expected|last\s+year|"
    r"begroting|de\s+begroting|het\s+budget|begroot|geraamd|gepland|verwacht|vorig\s+jaar)"
)
# after the amount: "30,000 euros under budget", "5.000 euro meer dan begroot", "te veel"
_AFTER = re.compile(
    r"^\s*(?:[\w'’]+\s+){0,2}?(?:"
    rf"(?:under|over|below|above|onder|boven|binnen|within)\s+(?:the\s+|our\s+|de\s+|het\s+)?{_TARGET}"
    r"|(?:more|less|fewer|cheaper|higher|lower|meer|minder|goedkoper|duurder|hoger|lager)"
    r"\s+(?:than|dan)\b"
    r"|too\s+(?:much|little|many|few)|te\s+(?:veel|weinig)|short\b)",
    re.I,
)
# before it: "a shortfall of", "een tekort van", "under budget by", "bespaard"
_BEFORE = re.compile(
    r"\b(?:shortfall|deficit|surplus|overrun|saving|savings|difference|gap|tekort|overschot|"
    r"overschrijding|besparing|verschil)\s+(?:of|van)\s*$"
    rf"|\b(?:under|over|below|above|onder|boven)\s+{_TARGET}\s+(?:by|met)\s*$",
    re.I,
)


def margin(text: str, q: Quantity) -> bool:
    """The amount ``q`` of ``text`` is a difference against a budget, a plan or another
    amount (see the module docstring), not a total."""
    before, after = text[max(0, q.span[0] - 40) : q.span[0]], text[q.span[1] : q.span[1] + 40]
    return _AFTER.match(after) is not None or _BEFORE.search(before) is not None
