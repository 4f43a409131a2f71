"""Quantities as intervals, for the comparison: a quantity's interval (optionally widened by
its rounding slack), years and dates as day ordinals, containment and disjointness, and the
short descriptions of quantities that go into a check's ``why``.
"""

from __future__ import annotations

import math
from datetime import date

from onrecord.check.quantities.types import COUNT, DATE, DURATION, INF, MONEY, YEAR, Quantity

_Iv = tuple[float, float, bool, bool]  # lo, hi, lo_open, hi_open


def _year_start(y: float) -> float:
    """Ordinal of 1 January of year ``y`` (proleptic; years before 1 extrapolated)."""
    if 1 <= y <= 9999:
        return float(date(int(y), 1, 1).toordinal())
    return math.floor((y - 1) * 365.2425) + 1.0


def interval(q: Quantity, widen: bool = False) -> _Iv:
    if q.kind in (YEAR, DATE):
        return _days(q)
    if widen and q.exact and q.slack:
        return (q.lo - q.slack, q.hi + q.slack, False, False)
    return (q.lo, q.hi, q.lo_open, q.hi_open)


def _days(q: Quantity) -> _Iv:
    """A year or date as an interval of day ordinals."""
    if q.kind == DATE:
        return (q.lo, q.hi, q.lo_open, q.hi_open)
    lo = -INF if q.lo == -INF else _year_start(q.lo)
    hi = INF if q.hi == INF else _year_start(q.hi + 1) - 1
    if q.lo_open and lo != -INF:  # after 2016: after its last day
        lo = _year_start(q.lo + 1) - 1
    if q.hi_open and hi != INF:  # before 2016: before its first day
        hi = _year_start(q.hi)
    return (lo, hi, q.lo_open, q.hi_open)


def _within(a: _Iv, b: _Iv) -> bool:
    """Interval ``a`` lies within ``b``."""
    alo, ahi, alo_o, ahi_o = a
    blo, bhi, blo_o, bhi_o = b
    lo_ok = alo > blo or (alo == blo and (not blo_o or alo_o))
    hi_ok = ahi < bhi or (ahi == bhi and (not bhi_o or ahi_o))
    return lo_ok and hi_ok


def disjoint(a: _Iv, b: _Iv) -> bool:
    alo, ahi, alo_o, ahi_o = a
    blo, bhi, blo_o, bhi_o = b
    if ahi < blo or bhi < alo:
        return True
    if ahi == blo and (ahi_o or blo_o):
        return True
    return bhi == alo and (bhi_o or alo_o)


def _fmt(v: float) -> str:
    if v in (INF, -INF):
        return "∞" if v > 0 else "-∞"
    # thousands from 10,000 on ("25k"); below, the number itself ("2500")
    for at, div, suf in ((1e12, 1e12, "T"), (1e9, 1e9, "B"), (1e6, 1e6, "M"), (1e4, 1e3, "k")):
        if abs(v) >= at:
            return f"{v / div:.4g}{suf}"
    return f"{v:.4g}"


def _fmt_iv(q: Quantity) -> str:
    if q.kind in (YEAR, DATE):
        lo, hi = _days(q)[:2]

        def d(x: float) -> str:
            if x in (INF, -INF):
                return "…"
            if x < 1:
                return f"{q.lo:.0f}" if q.kind == YEAR else "?"
            return date.fromordinal(int(x)).isoformat()

        return d(lo) if lo == hi else f"{d(lo)}..{d(hi)}"
    if q.exact:
        return _fmt(q.lo)
    left = "(" if q.lo_open else "["
    right = ")" if q.hi_open or q.hi == INF else "]"
    return f"{left}{_fmt(q.lo)}, {_fmt(q.hi)}{right}"


def _desc(q: Quantity) -> str:
    bits = [repr(q.text), _fmt_iv(q)]
    if q.unit and q.kind in (MONEY, COUNT, DURATION):
        bits.append(q.unit)
    if q.per:
        bits.append(f"per {q.per}")
    if q.negated:
        bits.append("negated")
    if q.enough is not None:
        bits.append("enough" if q.enough else "not enough")
    if q.need:
        bits.append("not needed" if q.need_negated else "needed")
    return " ".join(bits)
