"""Cap each verdict's confidence at how often that verdict is right on the development case.

A pair-level calibration (``calibrate.py``) says how sure the judge is of one pair; a verdict
also rests on retrieval, the evidence policy and the frames. This measures, on the development
claims in ``benchmarks/cases-dev`` (never on the evaluation cases in ``benchmarks/cases``), how
often each predicted verdict is right, Laplace-smoothed ((right + 1) / (n + 2)), and writes it
into the judge's ``calibration.json`` as ``verdict_caps``: no verdict is reported surer than its
record on cases the checker was developed on.

    PYTHONPATH=src .venv/bin/python benchmarks/claims_eval.py --root benchmarks/cases-dev --json dev.json
    .venv/bin/python training/calibrate_cases.py dev.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from onrecord.models.judges.builtin import WEIGHTS_DIR


def caps(rows: list[dict]) -> dict[str, float]:
    n, right = Counter(), Counter()
    for r in rows:
        n[r["predicted"]] += 1
        right[r["predicted"]] += bool(r["correct"])
    verdicts = ("supported", "contradicted", "mixed", "not_enough_info")
    return {v: round((right[v] + 1) / (n[v] + 2), 2) for v in verdicts}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dev_json", type=Path, help="claims_eval.py --json output on cases-dev")
    ap.add_argument("--out", type=Path, default=WEIGHTS_DIR / "calibration.json")
    args = ap.parse_args()
    data = json.loads(args.dev_json.read_text())
    if "cases-dev" not in str(data.get("root", "")):
        raise SystemExit("fit only on the development cases (benchmarks/cases-dev)")
    cal = json.loads(args.out.read_text())
    cal["verdict_caps"] = caps(data["rows"])
    cal["caps_fitted_on"] = f"{data['root']} ({len(data['rows'])} claims, {data['judge']})"
    args.out.write_text(json.dumps(cal, indent=2) + "\n")
    print(json.dumps(cal["verdict_caps"]), "->", args.out)


if __name__ == "__main__":
    main()
