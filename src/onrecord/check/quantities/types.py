"""The data of quantity extraction and comparison: :class:`Quantity` (one stated amount, number,
year or date as an interval), :class:`QuantityCheck` (the comparison of a premise with a
hypothesis), ``_Raw`` (a quantity while the scanner builds it) and the kind and relation names.
See :mod:`onrecord.check.quantities` for what the fields mean.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

INF = math.inf
CONSISTENT, CONFLICT, OVERLAP = "consistent", "conflict", "overlap"
MONEY, PERCENT, COUNT, YEAR, DATE = "money", "percent", "count", "year", "date"
DURATION = "duration"


@dataclass(frozen=True, slots=True)
class Quantity:
    """One stated quantity as an interval; see :mod:`onrecord.check.quantities` for the fields."""

    kind: str  # money | percent | count | duration | year | date
    lo: float
    hi: float
    unit: str | None
    span: tuple[int, int]
    text: str
    lo_open: bool = False
    hi_open: bool = False
    qualifier: str | None = None  # the bound/hedge/time word: "more than", "about", "since", …
    enough: bool | None = None
    need: bool = False
    negated: bool = False
    per: str | None = None  # a rate: "per year" → "year"
    change: bool = False  # a change or difference ("grew by 20 %", "$5M more than"), no level
    hedged: bool = False  # "possibly three months", "it could be two"
    slack: float = 0.0  # rounding allowance of an exact stated number (0 for bounds, vague)
    mention: bool = False  # a year/date named without an event-time preposition
    plain: bool = True  # also a plain amount (not only the subject of enough / object of need)
    need_negated: bool = False
    verb: str | None = field(default=None, repr=False)  # the nearest content word, governing
    context: tuple[tuple[str, int], ...] = field(default=(), repr=False)  # (concept, distance)

    @property
    def exact(self) -> bool:
        return self.lo == self.hi and not (self.lo_open or self.hi_open)


@dataclass(frozen=True, slots=True)
class QuantityCheck:
    """The comparison of a premise with a hypothesis (see :func:`compare`)."""

    relation: str  # consistent | conflict | overlap
    premise_q: Quantity
    hypothesis_q: Quantity
    why: str
    pairs: tuple[QuantityCheck, ...] = ()  # every pair compared (this one included)
    unmatched: int = 0  # hypothesis quantities without a premise partner


@dataclass
class _Raw:
    """A quantity while it is being built."""

    kind: str
    lo: float
    hi: float
    unit: str | None
    t0: int = 0  # first token (qualifiers and currency included)
    t1: int = 0  # past the last token
    lo_open: bool = False
    hi_open: bool = False
    qualifier: str | None = None
    slack: float = 0.0
    per: str | None = None
    change: bool = False
    hedged: bool = False
    mention: bool = False
    enough: bool | None = None
    need: bool = False
    need_negated: bool = False
    negated: bool = False
    plain: bool = True
    mods: tuple[str, ...] = ()
