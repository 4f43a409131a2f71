"""Fit the learned ranking of a claim's evidence (``check/verdicts/deciding.py``).

Data: the per-claim rows that ``benchmarks/claims_eval.py --json`` writes for the *training*
cases (``training/cases``, the claims and their other-language versions): every judged piece
of evidence with ``gold`` set where it is one of the claim's gold statements. A claim whose
gold statement was not gathered teaches nothing about ranking and is left out.

Model: a conditional logit over the pieces of one claim (the probability that a piece is the
deciding one is a softmax of a linear score), L2, inputs standardised, fitted by full-batch
gradient descent in numpy. The penalty is chosen by recall@3 with the cases split into five
folds (a claim and its other-language version share a case). A development file, where given,
is read only for the final number.

    PYTHONPATH=src .venv/bin/python training/train_evidence_ranker.py train.json trainx.json \\
        [--dev dev.json] [--l2 1.0] [--cv-only] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from onrecord.check.verdicts import deciding  # noqa: E402

TOP = 3
PENALTIES = (0.01, 0.1, 1.0, 10.0, 100.0)
FOLDS = 5


class Claims:
    """The design of many claims: stacked piece rows, each claim's slice and gold mask."""

    def __init__(self, rows: list[dict]) -> None:
        xs, golds, self.spans, self.cases, self.base = [], [], [], [], []
        n = 0
        for r in rows:
            items = r.get("items") or []
            gold = [bool(i.get("gold")) for i in items]
            if not any(gold):
                continue
            xs += deciding.features(items, r.get("judged") or r["claim"], r.get("lang"))
            golds += gold
            self.spans.append((n, n + len(items)))
            self.cases.append(r.get("case") or r["id"].rsplit("-", 1)[0])
            self.base.append(any(gold[:TOP]))  # the rule order the checker shows now
            n += len(items)
        self.x = np.array(xs, dtype=np.float64)
        self.gold = np.array(golds, dtype=bool)

    def subset(self, keep: np.ndarray) -> Claims:
        out = Claims.__new__(Claims)
        idx, spans, n = [], [], 0
        for k in np.flatnonzero(keep):
            a, b = self.spans[k]
            idx += range(a, b)
            spans.append((n, n + b - a))
            n += b - a
        out.x, out.gold, out.spans = self.x[idx], self.gold[idx], spans
        out.cases = [self.cases[k] for k in np.flatnonzero(keep)]
        out.base = [self.base[k] for k in np.flatnonzero(keep)]
        return out


def fit(data: Claims, l2: float, steps: int = 2000, lr: float = 0.5) -> dict:
    """Conditional logit by gradient descent on the standardised features."""
    mu, sd = data.x.mean(axis=0), data.x.std(axis=0)
    sd[sd < 1e-6] = 1.0
    z = (data.x - mu) / sd
    w = np.zeros(z.shape[1])
    seg = np.zeros(len(z), dtype=np.int64)
    for k, (a, b) in enumerate(data.spans):
        seg[a:b] = k
    m = len(data.spans)
    for _ in range(steps):
        s = z @ w
        s -= np.max(s)
        e = np.exp(s)
        tot = np.bincount(seg, e, minlength=m)
        gtot = np.bincount(seg, e * data.gold, minlength=m)
        p = e / tot[seg]  # P(piece)
        q = np.where(data.gold, e / gtot[seg], 0.0)  # P(piece | it is gold)
        grad = (p - q) @ z / m + l2 * w / m
        w -= lr * grad
    return {"mean": mu.tolist(), "scale": sd.tolist(), "weights": w.tolist()}


def recall(data: Claims, model: dict) -> tuple[int, int]:
    z = (data.x - np.array(model["mean"])) / np.array(model["scale"])
    s = z @ np.array(model["weights"])
    hits = 0
    for a, b in data.spans:
        order = np.argsort(-s[a:b], kind="stable")[:TOP]
        hits += bool(data.gold[a:b][order].any())
    return hits, len(data.spans)


def cross_validate(data: Claims, l2: float) -> int:
    names = sorted(set(data.cases))
    fold = {c: i % FOLDS for i, c in enumerate(names)}
    f = np.array([fold[c] for c in data.cases])
    hits = 0
    for k in range(FOLDS):
        model = fit(data.subset(f != k), l2)
        hits += recall(data.subset(f == k), model)[0]
    return hits


def load(paths: list[Path], measured_ok: bool = False, runs: list[str] | None = None) -> list[dict]:
    rows = []
    for p in paths:
        data = json.loads(p.read_text())
        if runs is not None:
            runs.append(f"{data.get('root')} ({data.get('judge')})")
        if not measured_ok and "benchmarks/cases" in str(data.get("root", "")):
            raise SystemExit(f"{p}: a measured case set, not for fitting")
        if any("gold" not in i for r in data["rows"] for i in r.get("items") or []):
            raise SystemExit(f"{p}: items without gold (run claims_eval.py of this version)")
        rows += data["rows"]
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train", nargs="+", type=Path)
    ap.add_argument("--dev", type=Path, default=None)
    ap.add_argument("--l2", type=float, default=None, help="Skip the choice; fit with this.")
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--out", type=Path, default=deciding.WEIGHTS)
    args = ap.parse_args(argv)

    runs: list[str] = []
    data = Claims(load(args.train, runs=runs))
    print(f"{len(data.spans)} claims with a gold statement gathered, {len(data.x)} pieces")
    print(f"rule order recall@{TOP}: {sum(data.base)}/{len(data.base)}")
    l2 = args.l2
    if l2 is None:
        cv = {pen: cross_validate(data, pen) for pen in PENALTIES}
        for pen, hits in cv.items():
            print(f"  l2 {pen:g}: cross-validated recall@{TOP} {hits}/{len(data.spans)}")
        l2 = max(cv, key=lambda pen: (cv[pen], pen))
    if args.cv_only:
        return 0
    model = fit(data, l2)
    hits, n = recall(data, model)
    print(f"l2 {l2:g}: fitted recall@{TOP} {hits}/{n}")
    for name, wt in sorted(zip(deciding.FEATURE_NAMES, model["weights"]), key=lambda t: -abs(t[1])):
        print(f"  {name:16s} {wt:+.3f}")
    if args.dev:
        dev = Claims(load([args.dev], measured_ok=True))
        hits, n = recall(dev, model)
        print(f"development recall@{TOP}: ranker {hits}/{n}, rule order {sum(dev.base)}/{n}")
    model = {
        "features": deciding.FEATURE_NAMES,
        **model,
        "l2": l2,
        "fitted_on": f"{len(runs)} runs, {'; '.join(sorted(set(runs)))}: "
        f"{len(data.spans)} claims, {len(data.x)} pieces",
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
