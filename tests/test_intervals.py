"""benchmarks/intervals.py: case-level bootstrap intervals for the case benchmark."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import intervals


def rows(case: str, en_right: int, nl_right: int, n: int = 10) -> list[dict[str, Any]]:
    out = []
    for lang, right in (("en", en_right), ("nl", nl_right)):
        out += [{"case": case, "lang": lang, "correct": i < right} for i in range(n)]
    return out


def test_identical_cases_give_no_spread() -> None:
    rs = rows("a", 7, 5) + rows("b", 7, 5) + rows("c", 7, 5)
    s = intervals.summary(rs)
    assert s["cases"] == 3
    assert s["accuracy"] == 0.6 and s["accuracy_95"] == (0.6, 0.6)
    assert abs(s["gap_en_nl"] - 0.2) < 1e-9
    assert s["gap_en_nl_95"] is not None and abs(s["gap_en_nl_95"][0] - 0.2) < 1e-9


def test_differing_cases_widen_the_interval_around_the_estimate() -> None:
    rs = rows("a", 10, 10) + rows("b", 2, 2) + rows("c", 6, 6) + rows("d", 8, 4)
    s = intervals.summary(rs)
    lo, hi = s["accuracy_95"]
    assert lo < s["accuracy"] < hi
    assert hi - lo > 0.2  # whole cases differ by up to 80 points
    glo, ghi = s["gap_en_nl_95"]
    assert glo <= 0.0 <= ghi  # only one case of four has a gap
    assert "95 % interval" in intervals.describe(s) and "4 case(s)" in intervals.describe(s)


def test_one_case_has_no_interval() -> None:
    s = intervals.summary(rows("a", 5, 3))
    assert s["accuracy_95"] is None and s["gap_en_nl_95"] is None
    assert "interval" not in intervals.describe(s)


def test_a_language_without_rows_has_no_gap() -> None:
    rs = [r for r in rows("a", 5, 3) + rows("b", 4, 4) if r["lang"] == "en"]
    assert intervals.gap(rs) is None
    assert intervals.summary(rs)["gap_en_nl_95"] is None
