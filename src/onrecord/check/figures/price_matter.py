"""A price named on one side and its amount on the other: one matter with one word less.

"Per 1 oktober gaat de dagkaart van 34 naar 41 euro." / "Sinds 2019 hebben wij de prijs van een
dagkaart niet verhoogd": the two share one content word ("dagkaart"); the second thing they
share is the price, which one side names ("prijs") and the other states as euros. The rules of
:mod:`onrecord.check.contradictions.pair_rules` want two shared words for a change of one thing (not "the
budget for maintenance was cut" / "we raised the marketing budget"); a price word against a
money amount is that second word. Word list; English and Dutch.
"""

from __future__ import annotations

import re

from onrecord.check.quantities import quantities
from onrecord.check.quantities.types import MONEY

__all__ = ["one_price"]

_PRICE = re.compile(
    r"\b(?:prices?|priced|fares?|fees?|tariffs?|costs?|prijs|prijzen|tarief|tarieven|"
    r"kost|kosten|kostte|kostten)\b",
    re.I,
)


def _money(text: str, lang: str | None) -> bool:
    return any(q.kind == MONEY for q in quantities(text, lang))


def one_price(a: str, b: str, lang_a: str | None, lang_b: str | None) -> bool:
    """One side names a price and the other states an amount of money, or both name one."""
    pa, pb = _PRICE.search(a) is not None, _PRICE.search(b) is not None
    return (pa and pb) or (pa and _money(b, lang_b)) or (pb and _money(a, lang_a))
