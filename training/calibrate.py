"""Fit the verdict confidence of the builtin judge on its held-out dev split.

    .venv/bin/python training/calibrate.py --dev training/runs/v1/dev.jsonl

Each dev pair is treated as a claim with one piece of evidence: the gold label maps to the verdict
it should give (entailment → supported, contradiction → contradicted, neutral →
not_enough_info). The aggregator decides, the logistic maps from deciding score to confidence are
fitted (`onrecord.check.verdicts.aggregate.fit_calibration`), and the expected calibration error before
and after is printed. The result is written next to the judge's weights, where `onrecord check`
reads it. The dev split is never trained on (see data.py), and no evaluation set is used.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from onrecord.check.verdicts.aggregate import (
    CONTRADICTED,
    NEI,
    SUPPORTED,
    Calibration,
    Scored,
    decide,
    expected_calibration_error,
    fit_calibration,
)
from onrecord.models.judges.builtin import WEIGHTS_DIR, BuiltinJudge

EXPECTED = {"entailment": SUPPORTED, "contradiction": CONTRADICTED, "neutral": NEI}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dev", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=WEIGHTS_DIR / "calibration.json")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    rows = [json.loads(line) for line in args.dev.open(encoding="utf-8") if line.strip()]
    random.Random(args.seed).shuffle(rows)
    half = len(rows) // 2
    fit_rows, check_rows = rows[:half], rows[half:]  # fit on one half, report on the other
    judge = BuiltinJudge()

    def run(
        part: list[dict], cal: Calibration
    ) -> tuple[list[float], list[str], list[bool], list[float]]:
        judgments = judge.judge([(r["premise"], r["hypothesis"]) for r in part])
        scores, verdicts, correct, confs = [], [], [], []
        for r, j in zip(part, judgments, strict=True):
            p = j.probs
            verdict, conf, score = decide(
                [Scored(p["entailment"], p["neutral"], p["contradiction"])], cal
            )
            scores.append(score)
            verdicts.append(verdict)
            correct.append(verdict == EXPECTED[r["label"]])
            confs.append(conf)
        return scores, verdicts, correct, confs

    default = Calibration()
    scores, verdicts, correct, _ = run(fit_rows, default)
    fitted = fit_calibration(scores, verdicts, correct, f"{args.dev} (half, seed {args.seed})")
    _, _, correct2, before = run(check_rows, default)
    _, _, _, after = run(check_rows, fitted)
    fitted.ece = expected_calibration_error(after, correct2)
    fitted.extra = {
        "ece_before": expected_calibration_error(before, correct2),
        "verdict_accuracy": round(sum(correct2) / len(correct2), 4),
        "pairs_fit": len(fit_rows),
        "pairs_checked": len(check_rows),
    }
    fitted.save(args.out)
    print(f"verdict accuracy on the held-out half: {fitted.extra['verdict_accuracy']:.1%}")
    print(
        f"expected calibration error: {fitted.extra['ece_before']:.3f} (default map) -> "
        f"{fitted.ece:.3f} (fitted)  → {args.out}"
    )


if __name__ == "__main__":
    main()
