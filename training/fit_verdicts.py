"""Fit the verdict model (``onrecord.check.verdicts.verdict_model``) on the training cases.

Input: ``claims_eval.py --json`` runs over *training* cases (``--root training/cases``, and again
with ``--other`` for each claim in its other language); their rows carry every judged piece of
evidence (``items``). The model is a multinomial logistic regression (plain gradient descent
with an L2 penalty, numpy only), fitted on those rows; the development cases
(``benchmarks/cases-dev``) give each verdict its confidence cap (the 90 % lower bound of its
precision there, as ``calibrate_cases.py`` does) and, unless ``--l2`` fixes it, choose the penalty.
``--l2`` takes the penalty that case-grouped cross-validation on the training cases chose
(``verdict_cv.py --only "linear l2="``): a penalty picked on the development cases' 288 claims
follows their noise, and then their score no longer measures the pick. The evaluation cases are
never read.

    PYTHONPATH=src .venv/bin/python training/fit_verdicts.py train.json trainx.json \\
        --dev dev.json [--l2 0.3] [--write]      # --write: into the shipped calibration.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from calibrate_cases import caps  # noqa: E402
from onrecord.check.verdicts.verdict_model import VERDICTS, VerdictModel, features  # noqa: E402
from onrecord.models.judges.builtin import WEIGHTS_DIR  # noqa: E402

#: a rare verdict (mixed) weighs at most as much as a common one: weighting it up (a cap of 3)
#: made the model call mixed where the development cases had none (133/248 against 146)
CLASS_WEIGHT_CAP = 1.0
PENALTIES = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)


def load_rows(paths: list[Path], *, measured_ok: bool = False) -> list[dict]:
    rows = []
    for p in paths:
        data = json.loads(p.read_text())
        root = str(data.get("root", ""))
        if not measured_ok and ("benchmarks/cases" in root):
            raise SystemExit(f"{p}: a measured case set ({root}), not for fitting")
        if any("items" not in r for r in data["rows"]):
            raise SystemExit(f"{p}: rows without items (run claims_eval.py of this version)")
        rows += data["rows"]
    return rows


def design(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array(
        [
            features(r["items"], r["claim"], r.get("lang"), r.get("subject") is not None)
            for r in rows
        ]
    )
    y = np.array([VERDICTS.index(r["gold"]) for r in rows])
    return x, y


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 3000, lr: float = 0.5) -> np.ndarray:
    """Softmax regression by full-batch gradient descent; classes weighted to equal mass
    (mixed is rare) but capped at 3x."""
    # standardised features (the bias column kept), the weights mapped back to raw ones
    mu, sd = x.mean(axis=0), x.std(axis=0)
    mu[0], sd[0] = 0.0, 1.0
    sd[sd < 1e-6] = 1.0
    x = (x - mu) / sd
    _, d = x.shape
    k = len(VERDICTS)
    counts = np.bincount(y, minlength=k).astype(float)
    cw = np.minimum(CLASS_WEIGHT_CAP, counts.sum() / (k * np.maximum(counts, 1)))
    sw = cw[y]
    onehot = np.eye(k)[y]
    w = np.zeros((k, d))
    for _ in range(steps):
        z = x @ w.T
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = ((p - onehot) * sw[:, None]).T @ x / sw.sum()
        reg = l2 * w
        reg[:, 0] = 0.0  # no penalty on the bias
        w -= lr / max(1.0, l2) * (grad + reg)  # a step the penalty cannot overshoot
    raw = w / sd
    raw[:, 0] = w[:, 0] - (w[:, 1:] * mu[1:] / sd[1:]).sum(axis=1)
    return raw


def predict(w: np.ndarray, rows: list[dict]) -> list[dict]:
    model = VerdictModel(weights=w.tolist())
    out = []
    for r in rows:
        verdict, conf = model.decide(
            r["items"], r["claim"], r.get("lang"), r.get("subject") is not None
        )
        out.append({**r, "predicted": verdict, "confidence": conf, "correct": verdict == r["gold"]})
    return out


def report(name: str, rows: list[dict]) -> None:
    right = sum(r["correct"] for r in rows)
    print(f"{name}: {right}/{len(rows)} = {right / max(1, len(rows)):.1%}")
    conf = Counter((r["gold"], r["predicted"]) for r in rows)
    print("  gold \\ predicted  " + "  ".join(v[:5] for v in VERDICTS))
    for g in VERDICTS:
        print(f"  {g:16s}  " + "  ".join(f"{conf[(g, p)]:5d}" for p in VERDICTS))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("train", nargs="+", type=Path, help="claims_eval --json runs on training cases")
    ap.add_argument("--dev", type=Path, required=True, help="claims_eval --json on cases-dev")
    ap.add_argument("--out", type=Path, default=WEIGHTS_DIR / "calibration.json")
    ap.add_argument("--write", action="store_true", help="write the model and caps into --out")
    ap.add_argument(
        "--l2", type=float, default=None, help="the penalty (chosen by verdict_cv.py); else by dev"
    )
    args = ap.parse_args()
    train = load_rows(args.train)
    judges = {json.loads(p.read_text())["judge"] for p in args.train}
    if len(judges) != 1:
        raise SystemExit(f"runs of more than one judge: {sorted(judges)}")
    [judge] = judges
    dev_data = json.loads(args.dev.read_text())
    if "cases-dev" not in str(dev_data.get("root", "")):
        raise SystemExit("--dev must be a run on benchmarks/cases-dev")
    if dev_data["judge"] != judge:
        raise SystemExit(f"--dev was run with {dev_data['judge']}, the training runs with {judge}")
    dev = dev_data["rows"]
    x, y = design(train)
    print(f"training rows {len(train)}: {dict(Counter(r['gold'] for r in train))}")
    base = sum(r["correct"] for r in dev)
    print(f"dev now (threshold rule): {base}/{len(dev)}")
    best = None
    for l2 in sorted({*PENALTIES, *([args.l2] if args.l2 is not None else [])}):
        w = fit(x, y, l2)
        tr = predict(w, train)
        dv = predict(w, dev)
        right = sum(r["correct"] for r in dv)
        print(f"l2 {l2}: train {sum(r['correct'] for r in tr)}/{len(tr)}, dev {right}/{len(dv)}")
        chosen = l2 == args.l2 if args.l2 is not None else best is None or right > best[0]
        if chosen:
            best = (right, l2, w, dv)
    assert best is not None
    right, l2, w, dv = best
    report(f"dev, l2 {l2}", dv)
    cap = caps(dv)
    seen = {r["predicted"] for r in dv}
    floor = min((c for v, c in cap.items() if v in seen), default=0.0)
    # a verdict the model never gave on the development cases has no precision to show there:
    # it gets the lowest cap of the others rather than 0
    cap = {v: (c if v in seen else floor) for v, c in cap.items()}
    print("caps", cap)
    if args.write:
        cal = json.loads(args.out.read_text())
        names = sorted({r["case"] for r in train})
        cal["verdict_model"] = VerdictModel(
            weights=w.round(5).tolist(),
            fitted_on=f"training cases {', '.join(names)} ({len(train)} claims), l2 {l2}",
            judge=judge,
        ).as_dict()
        cal["verdict_caps"] = cap
        cal["caps_fitted_on"] = (
            f"{dev_data['root']} ({len(dev)} claims, {dev_data['judge']}, verdict model)"
        )
        args.out.write_text(json.dumps(cal, indent=2) + "\n")
        print("->", args.out)


if __name__ == "__main__":
    main()
