"""Cap each verdict's confidence at how often that verdict is right on the development cases.

A pair-level calibration (``calibrate.py``) says how sure the judge is of one pair; a verdict
also rests on retrieval, the evidence policy and the frames. This measures, on the development
claims in ``benchmarks/cases-dev`` (never on the evaluation cases in ``benchmarks/cases``), how
often each predicted verdict is right (the one-sided 90 % Wilson lower bound: a precision the
cases vouch for, not just their mean), and writes it
into the judge's ``calibration.json`` as ``verdict_caps``: no verdict is reported surer than its
record on cases the checker was developed on.

``--thresholds`` first picks the support and contradiction thresholds (the weighted probability
at which evidence is decisive) that make the most development verdicts right, re-deciding each
claim from its scored evidence (ties go to the higher, more cautious thresholds), and refits the
caps on the verdicts those thresholds give.

    PYTHONPATH=src .venv/bin/python benchmarks/claims_eval.py --root benchmarks/cases-dev --json dev.json
    .venv/bin/python training/calibrate_cases.py dev.json [--thresholds]
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from pathlib import Path

from onrecord.check.statements.modality import universal
from onrecord.check.verdicts.aggregate import Calibration, Scored, decide
from onrecord.models.judges.builtin import WEIGHTS_DIR

GRID = [round(0.25 + 0.05 * i, 2) for i in range(14)]  # 0.25 .. 0.90


#: One-sided 90 % lower bound: a verdict's cap is a precision the development cases vouch for.
Z = 1.2816


def wilson_lower(right: int, n: int, z: float = Z) -> float:
    """The Wilson score interval's lower bound of a proportion (0 when n is 0)."""
    if n == 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (centre - spread) / (1 + z * z / n))


def caps(rows: list[dict]) -> dict[str, float]:
    n, right = Counter(), Counter()
    for r in rows:
        n[r["predicted"]] += 1
        right[r["predicted"]] += bool(r["correct"])
    verdicts = ("supported", "contradicted", "mixed", "not_enough_info")
    return {v: round(wilson_lower(right[v], n[v]), 2) for v in verdicts}


def redecide(rows: list[dict], support: float, against: float) -> list[dict]:
    cal = Calibration(threshold=support, contra_threshold=against)
    out = []
    for r in rows:
        scored = [Scored(e, n, c, w) for e, n, c, w in r["scored"]]
        verdict, _, _ = decide(scored, cal, universal=universal(r["claim"]))
        out.append({**r, "predicted": verdict, "correct": verdict == r["gold"]})
    return out


def best_thresholds(rows: list[dict]) -> tuple[float, float, int]:
    best = (-1, 0.0, 0.0)
    for s in GRID:
        for a in GRID:
            right = sum(r["correct"] for r in redecide(rows, s, a))
            best = max(best, (right, s, a))
    return best[1], best[2], best[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dev_json", type=Path, help="claims_eval.py --json output on cases-dev")
    ap.add_argument("--out", type=Path, default=WEIGHTS_DIR / "calibration.json")
    ap.add_argument("--thresholds", action="store_true", help="also fit the two thresholds")
    args = ap.parse_args()
    data = json.loads(args.dev_json.read_text())
    if "cases-dev" not in str(data.get("root", "")):
        raise SystemExit("fit only on the development cases (benchmarks/cases-dev)")
    cal = json.loads(args.out.read_text())
    rows = data["rows"]
    if args.thresholds:
        now = sum(r["correct"] for r in rows)
        s, a, right = best_thresholds(rows)
        print(f"thresholds: support {s}, contradiction {a}: {right}/{len(rows)} (now {now})")
        cal["threshold"], cal["contra_threshold"] = s, a
        rows = redecide(rows, s, a)
    cal["verdict_caps"] = caps(rows)
    cal["caps_fitted_on"] = f"{data['root']} ({len(data['rows'])} claims, {data['judge']})"
    args.out.write_text(json.dumps(cal, indent=2) + "\n")
    print(json.dumps(cal["verdict_caps"]), "->", args.out)


if __name__ == "__main__":
    main()
