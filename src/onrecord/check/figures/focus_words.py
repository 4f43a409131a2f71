"""Words of doing alone or together that, next to an amount, only focus the amount.

"The night allowance alone costs us about 180,000 euros a year." and "De vergoedingen komen
samen op 410.000 euro" use "alone" (only) and "samen" (added up) as particles of the amount,
not as working alone against working with a partner: the pair of opposite words
("alone"/"together") in :func:`onrecord.check.contradictions.opposition.antonyms` must not fire on them.
:func:`without_focus` drops such a word where an amount follows within three words (a year is no
amount: "we did it alone in 2019" keeps its "alone"). English and Dutch.
"""

from __future__ import annotations

import re

__all__ = ["without_focus"]

_FOCUS = re.compile(
    r"\b(?:alone|alleen|samen|together|in\s+total|in\s+totaal)\b"
    r"(?=(?:\s+[\w'’]+){0,3}?\s+(?:[€$£]\s?)?\d(?!\d{3}\b))",
    re.I,
)


def without_focus(text: str) -> str:
    """``text`` without "alone"/"samen" where they focus a following amount."""
    return _FOCUS.sub(" ", text)
