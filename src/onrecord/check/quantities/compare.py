"""Comparison of the quantities of a premise and a hypothesis: which premise quantity each
hypothesis quantity pairs with (same kind and use, shared context words), how each pair
relates (consistent, conflict, overlap; amounts, sufficiency and times each by their own rule),
and the overall :class:`QuantityCheck` (:func:`compare`). See
:mod:`onrecord.check.quantities` for the rules.
"""

from __future__ import annotations

from onrecord.check.quantities.extract import _analyse, _Analysis
from onrecord.check.quantities.intervals import _days, _desc, _Iv, _within, disjoint, interval
from onrecord.check.quantities.types import (
    CONFLICT,
    CONSISTENT,
    COUNT,
    DATE,
    DURATION,
    INF,
    MONEY,
    OVERLAP,
    PERCENT,
    YEAR,
    Quantity,
    QuantityCheck,
)

#: A hypothesis quantity pairs with the best-scoring premise quantity when several are possible
#: only if its score is at least this (a shared word next to both numbers) and at least
#: ``_MARGIN`` times the runner-up's.
_MIN_SCORE = 0.2
_MARGIN = 1.5
#: A conflict stands against a non-conflicting alternative pairing only when it scores at
#: least ``_ALT_MARGIN`` times better and at least ``_STRONG``.
_ALT_MARGIN = 3.0
_STRONG = 0.5
_KIND_ORDER = {MONEY: 0, COUNT: 1, DURATION: 2, PERCENT: 3, "time": 4}
_TIME_CONFLICT_ROLES = frozenset({"point", "before", "after", "by", "between", "around"})


def _group(q: Quantity) -> str:
    return "time" if q.kind in (YEAR, DATE) else q.kind


def _suff(q: Quantity) -> bool:
    return q.enough is not None or q.need


def _comparable(p: Quantity, h: Quantity) -> bool:
    g = _group(p)
    if g != _group(h):
        return False
    if g == "time":
        return True
    if p.per != h.per or p.change != h.change:
        return False
    if g == MONEY and p.unit and h.unit and p.unit != h.unit:
        return False
    if g in (PERCENT, COUNT, DURATION) and p.unit != h.unit:
        return False
    if _suff(p) and _suff(h):
        return True
    if p.enough is not None or h.enough is not None:
        return False
    return p.plain and h.plain


def _score(p: Quantity, h: Quantity) -> float:
    """Shared context: the sum over shared words of 1 / (distance in h × distance in p)."""
    pc = dict(p.context)
    return sum(
        1.0 / (d * pc[c]) for c, d in h.context if c in pc and not (h.kind == COUNT and c == h.unit)
    )


def _bare(q: Quantity) -> bool:
    """No context beyond the counted noun (a fragment such as "only $100 million")."""
    return all(c == q.unit for c, _ in q.context)


def _relate_amount(p: Quantity, h: Quantity, complement: bool = False) -> tuple[str, str]:
    pi, hi = interval(p), interval(h)
    if p.negated or h.negated:
        # a denial contradicts an assertion only of the same act on the same amount
        same_act = p.kind in (MONEY, PERCENT) and p.verb is not None and p.verb == h.verb
        if p.negated and h.negated:
            if _within(hi, pi):
                return CONSISTENT, "both deny; the premise denies at least as much"
            return OVERLAP, "both deny, different amounts"
        if p.negated:
            if _within(hi, pi) and same_act:
                return CONFLICT, f"the premise denies the amount the hypothesis states ({p.verb})"
            return OVERLAP, "the premise denies an amount"
        if _within(pi, hi) and same_act:
            return CONFLICT, f"the hypothesis denies the amount the premise states ({p.verb})"
        if disjoint(interval(p, True), interval(h, True)):
            return CONSISTENT, "the hypothesis denies an amount the premise does not state"
        return OVERLAP, "the hypothesis denies an amount"
    if _within(pi, interval(h, True)):
        return CONSISTENT, "the premise's amount lies within the hypothesis'"
    if disjoint(interval(p, True), interval(h, True)):
        if p.kind == PERCENT and complement:
            lo, hi_, _, _ = interval(p, True)
            if not disjoint((100 - hi_, 100 - lo, False, False), interval(h, True)):
                return OVERLAP, "the percentages may be of complementary parts"
        return CONFLICT, "the amounts do not overlap"
    return OVERLAP, "the amounts overlap without one containing the other"


def _threshold(q: Quantity, widen: bool) -> _Iv:
    """What a sufficiency or need statement says about the amount needed (the threshold)."""
    lo, hi, lo_o, hi_o = interval(q, widen)
    if q.enough is True:
        return (0.0, hi, False, hi_o)
    if q.enough is False:
        return (lo, INF, True, False)
    if q.need_negated:
        return (0.0, lo, False, True)
    return (lo, hi, lo_o, hi_o)


def _relate_sufficiency(p: Quantity, h: Quantity) -> tuple[str, str]:
    opposite = p.enough is not None and h.enough is not None and p.enough != h.enough
    if opposite and not disjoint(interval(p, True), interval(h, True)):
        return CONFLICT, "about the same amount: one says enough, the other not"
    if _within(_threshold(p, False), _threshold(h, True)):
        return CONSISTENT, "the premise's need or sufficiency implies the hypothesis'"
    if disjoint(_threshold(p, True), _threshold(h, True)):
        return CONFLICT, "no amount needed satisfies both"
    return OVERLAP, "the sufficiency statements are compatible"


def _relate_time(p: Quantity, h: Quantity, pa: _Analysis, ha: _Analysis) -> tuple[str, str, bool]:
    """(relation, why, times differ) for two times."""
    pi, hi = _days(p), _days(h)
    if _within(pi, hi):
        return CONSISTENT, "the premise's time lies within the hypothesis'", False
    if not disjoint(pi, hi):
        return OVERLAP, "the times overlap", False
    if p.mention or h.mention:
        return OVERLAP, "different times, one named in passing", True
    if p.qualifier not in _TIME_CONFLICT_ROLES or h.qualifier not in _TIME_CONFLICT_ROLES:
        return OVERLAP, "different times, but since/until leave room", True
    if not pa.words and not ha.words:
        return CONFLICT, "different times (bare time expressions)", True
    shared = pa.events & ha.events
    if not shared:
        return OVERLAP, "different times; no one-off event ties them to one moment", True
    why = f"different times for the same one-off event ({', '.join(sorted(shared))})"
    return CONFLICT, why, True


def _relate(p: Quantity, h: Quantity, pa: _Analysis, ha: _Analysis) -> tuple[str, str, bool]:
    if _group(h) == "time":
        rel, why, differ = _relate_time(p, h, pa, ha)
    elif _suff(p) and _suff(h):
        (rel, why), differ = _relate_sufficiency(p, h), False
    else:
        (rel, why), differ = _relate_amount(p, h, pa.complement or ha.complement), False
    if rel == CONFLICT and (p.hedged or h.hedged):
        rel, why = OVERLAP, why + ", but hedged (possibly, could be)"
    return rel, why, differ


def _pick(
    h: Quantity, cands: list[Quantity], ha: _Analysis, pa: _Analysis
) -> tuple[Quantity, float] | None:
    """The premise quantity ``h`` pairs with and its score, or None (none, or ambiguous)."""
    peers = [q for q in ha.quantities if any(_comparable(c, q) for c in cands)]
    scored = sorted(((_score(p, h), n, p) for n, p in enumerate(cands)), key=lambda x: -x[0])
    best, _, p = scored[0]
    if h.kind == YEAR and len(cands) > 1:  # the statement names the claim's very year once
        same = [q for q in cands if q.kind == YEAR and (q.lo, q.hi) == (h.lo, h.hi)]
        if len(same) == 1:
            return same[0], max(_MIN_SCORE, _score(same[0], h))
    if len(cands) == 1 and len(peers) == 1:
        if best > 0:
            return p, best
        if _group(h) == "time":
            return (p, 0.0) if ha.words & pa.words or not ha.words or not pa.words else None
        if _bare(h) or _bare(p):
            return p, 0.0
        return None
    second = scored[1][0] if len(scored) > 1 else 0.0
    if best < _MIN_SCORE or second * _MARGIN > best:
        return _by_year(h, cands, ha, pa)
    return p, best


#: How far (in characters) a year may stand from an amount and still date it.
_DATED = 30


def _year_of(q: Quantity, a: _Analysis) -> float | None:
    """The year that dates an amount: the nearest year named within ``_DATED`` characters in
    its sentence ("Overhead in 2022 came to 19 percent, down from 24 percent in 2020")."""
    best: tuple[int, float] | None = None
    for y in a.quantities:
        if y.kind != YEAR:
            continue
        gap = y.span[0] - q.span[1] if y.span[0] >= q.span[1] else q.span[0] - y.span[1]
        if 0 <= gap <= _DATED and (best is None or gap < best[0]):
            best = (gap, y.lo)
    return None if best is None else best[1]


def _by_year(
    h: Quantity, cands: list[Quantity], ha: _Analysis, pa: _Analysis
) -> tuple[Quantity, float] | None:
    """Where the words do not tell which amount is meant, the one of the hypothesis' year: "De
    overhead bedroeg 15 procent in 2022" pairs with the 19 percent "in 2022" of "Overhead in
    2022 came to 19 percent, down from 24 percent in 2020 and 21 percent in 2021" (across
    languages the words share nothing)."""
    year = _year_of(h, ha)
    if year is None:
        return None
    dated = [p for p in cands if _year_of(p, pa) == year]
    return (dated[0], _MIN_SCORE) if len(dated) == 1 else None


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _contested(
    p: Quantity, h: Quantity, score: float, cands: list[Quantity], ha: _Analysis, pa: _Analysis
) -> bool:
    """Another pairing agrees where this one conflicts: which amount is meant is unclear. The
    premise stating the hypothesis' very number anywhere (an elliptical "seven under a pen
    name", another amount) is such a pairing."""
    if h.exact and h.kind != DATE and any(_same(v, h.lo) for v in pa.numbers if v != p.lo):
        return True
    if p.exact and p.kind != DATE and any(_same(v, p.lo) for v in ha.numbers if v != h.lo):
        return True
    alternatives = [(q, h) for q in cands if q is not p] + [
        (p, q) for q in ha.quantities if q is not h and _comparable(p, q)
    ]
    return any(
        (score < _STRONG or _score(a, b) * _ALT_MARGIN > score)
        and _relate(a, b, pa, ha)[0] != CONFLICT
        for a, b in alternatives
    )


def compare(
    premise: str, hypothesis: str, lang_p: str | None = None, lang_h: str | None = None
) -> QuantityCheck | None:
    """Compare the quantities ``hypothesis`` states with those of ``premise``.

    Returns None when the hypothesis states no quantity, the premise none of a comparable kind,
    or no pairing is clear; else the overall relation (see :mod:`onrecord.check.quantities`).
    Results are cached per text, so calling it for many premises against one claim is cheap."""
    if not premise or not hypothesis:
        return None
    ha = _analyse(hypothesis, lang_h)
    if not ha.quantities:
        return None
    pa = _analyse(premise, lang_p)
    if not pa.quantities:
        return None
    checks: list[tuple[int, QuantityCheck]] = []
    unmatched = 0
    times_differ = False
    for h in ha.quantities:
        cands = [p for p in pa.quantities if _comparable(p, h)]
        picked = _pick(h, cands, ha, pa) if cands else None
        if picked is None:
            unmatched += 1
            continue
        p, score = picked
        rel, why, differ = _relate(p, h, pa, ha)
        if rel == CONFLICT and _contested(p, h, score, cands, ha, pa):
            unmatched += 1
            continue
        times_differ |= differ
        checks.append(
            (_KIND_ORDER[_group(h)], QuantityCheck(rel, p, h, f"{_desc(p)} vs {_desc(h)}: {why}"))
        )
    if not checks:
        return None
    # different periods, different facts: the hypothesis' event times match none of the premise's
    h_times = [_days(q) for q in ha.quantities if _group(q) == "time" and not q.mention]
    p_times = [_days(q) for q in pa.quantities if _group(q) == "time"]
    if h_times and p_times and all(disjoint(a, b) for a in h_times for b in p_times):
        times_differ = True
    if times_differ:
        checks = [(o, _downgrade(c) if _group(c.hypothesis_q) != "time" else c) for o, c in checks]
    pairs = tuple(c for _, c in checks)
    ordered = [c for _, c in sorted(checks, key=lambda oc: oc[0])]
    conflicts = [c for c in ordered if c.relation == CONFLICT]
    if conflicts:
        best = conflicts[0]
    elif all(c.relation == CONSISTENT for c in pairs):
        best = ordered[0]
    else:
        best = next(c for c in ordered if c.relation == OVERLAP)
    return QuantityCheck(
        best.relation, best.premise_q, best.hypothesis_q, best.why, pairs, unmatched
    )


def _downgrade(c: QuantityCheck) -> QuantityCheck:
    if c.relation != CONFLICT:
        return c
    why = c.why + " (but the sentences are about different times)"
    return QuantityCheck(OVERLAP, c.premise_q, c.hypothesis_q, why)
