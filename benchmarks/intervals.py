"""How far a case benchmark's accuracy can be trusted: 95 % intervals by resampling cases.

A case's claims are not independent draws: one archive, one writer, one set of conventions.
So the interval resamples whole cases (a cluster bootstrap), not claims; with seven cases of
forty claims, the interval is several points wide, and a difference between two languages or
two versions inside it is not a measured difference.

Used by ``claims_eval.py`` (printed under the report) and by ``reader_agreement.py``.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

#: Resamples per interval: enough for a stable 2.5 / 97.5 percentile at one decimal.
RESAMPLES = 2000

Rows = Sequence[dict[str, Any]]


def by_case(rows: Rows) -> list[list[dict[str, Any]]]:
    """The rows grouped by their ``case``, cases by name (so the resamples, and the interval,
    do not depend on the order the rows come in)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[str(r.get("case", ""))].append(r)
    return [groups[k] for k in sorted(groups)]


def accuracy(rows: Rows, lang: str | None = None) -> float | None:
    """Share of ``correct`` rows (of one language when ``lang`` is given); None when empty."""
    rs = [r for r in rows if lang is None or r.get("lang") == lang]
    return sum(bool(r["correct"]) for r in rs) / len(rs) if rs else None


def gap(rows: Rows, a: str = "en", b: str = "nl") -> float | None:
    """Accuracy of language ``a`` minus that of ``b``; None when either has no rows."""
    x, y = accuracy(rows, a), accuracy(rows, b)
    return None if x is None or y is None else x - y


def interval(
    rows: Rows,
    stat: Callable[[Rows], float | None],
    resamples: int = RESAMPLES,
    seed: int = 0,
) -> tuple[float, float] | None:
    """95 % percentile interval of ``stat`` over case-level bootstrap resamples of ``rows``.

    None with fewer than two cases: one case gives no spread between cases to resample."""
    cases = by_case(rows)
    if len(cases) < 2:
        return None
    rng = random.Random(seed)
    values = []
    for _ in range(resamples):
        sample = [r for c in rng.choices(cases, k=len(cases)) for r in c]
        v = stat(sample)
        if v is not None:
            values.append(v)
    if not values:
        return None
    values.sort()
    return values[int(0.025 * (len(values) - 1))], values[int(0.975 * (len(values) - 1))]


def summary(rows: Rows) -> dict[str, Any]:
    """Accuracy and the English-Dutch gap, each with its interval (fractions, not percent)."""
    return {
        "cases": len(by_case(rows)),
        "accuracy": accuracy(rows),
        "accuracy_95": interval(rows, accuracy),
        "gap_en_nl": gap(rows),
        "gap_en_nl_95": interval(rows, gap),
    }


def describe(s: dict[str, Any]) -> str:
    """One line for a report, e.g. ``accuracy 61.4 % (95 % interval 57.9-65.0 over 7 cases)``."""

    def pct(x: float | None) -> str:
        return "-" if x is None else f"{100 * x:.1f}"

    def span(iv: tuple[float, float] | None) -> str:
        return "" if iv is None else f" (95 % interval {pct(iv[0])} to {pct(iv[1])})"

    out = f"accuracy {pct(s['accuracy'])} %{span(s['accuracy_95'])}"
    if s["gap_en_nl"] is not None:
        out += f"; en minus nl {pct(s['gap_en_nl'])} points{span(s['gap_en_nl_95'])}"
    return out + f"; resampling {s['cases']} case(s)"
