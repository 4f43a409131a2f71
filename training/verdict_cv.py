"""Does a nonlinear verdict model beat the linear one? Cross-validation over the training cases.

The verdict model (``onrecord.check.verdicts.verdict_model``) is a multinomial logistic regression; its
training and development accuracy are alike (60-65 %), so it underfits rather than overfits. This
compares it, on the same rows and the same class weights, with a one-hidden-layer MLP (averaged
over seeds) and with gradient-boosted stumps (softmax loss, Newton leaves), each on the model's
features and optionally on set-level ones (the top pieces for entailment and for contradiction,
each as [E, N, C, weight, similarity, relation]). Hyperparameters are chosen by 5-fold
cross-validation grouped by training *case* (a claim and its other-language version share a
fold); the development cases are read only for the final check of the candidates, once each.

    PYTHONPATH=src .venv/bin/python training/verdict_cv.py train.json trainx.json \\
        [--seed N] [--only NAME] [--dev dev.json --final NAME ...]

Session 13 (judge v11, 2,250 training rows, CV = right rows over fold seeds 0/1/2): linear l2 0.3
1311/1319/1311; stumps 50 rounds 1338/1332/1318; stumps+set lam 20, 100 rounds 1331/1345/1318;
MLP+set h16 l2 0.03 300 steps 1330/1326/1319 (+0.5-0.8 points, within fold noise). On the
development cases the linear model is better: 161/248 against 150, 154 and 149. Not shipped.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from fit_verdicts import CLASS_WEIGHT_CAP, fit, load_rows  # noqa: E402
from onrecord.check.verdicts.verdict_model import RELATIONS, VERDICTS, features  # noqa: E402

K = len(VERDICTS)
TOP = 3  # pieces per side in the set-level features


def _piece_vec(p: dict) -> list[float]:
    sim = p.get("similarity")
    return [
        p["entailment"],
        p["neutral"],
        p["contradiction"],
        p["weight"],
        0.0 if sim is None else float(sim),
        *(1.0 if p.get("relation") == r else 0.0 for r in RELATIONS),
    ]


def set_features(items: Sequence[dict]) -> list[float]:
    """The ``TOP`` pieces with the highest weighted entailment, then the ``TOP`` with the highest
    weighted contradiction, each as a fixed-length vector (zeros where fewer)."""
    width = 5 + len(RELATIONS)
    out: list[float] = []
    for key in ("entailment", "contradiction"):
        best = sorted(items, key=lambda p: -p[key] * p["weight"])[:TOP]
        for p in best:
            out += _piece_vec(p)
        out += [0.0] * (width * (TOP - len(best)))
    return out


def design(rows: list[dict], with_set: bool) -> np.ndarray:
    x = []
    for r in rows:
        f = features(r["items"], r["claim"], r.get("lang"), r.get("subject") is not None)
        x.append(f + set_features(r["items"]) if with_set else f)
    return np.array(x)


def sample_weights(y: np.ndarray) -> np.ndarray:
    """The linear fit's class weights (equal mass, capped), so every model optimises the same."""
    counts = np.bincount(y, minlength=K).astype(float)
    cw = np.minimum(CLASS_WEIGHT_CAP, counts.sum() / (K * np.maximum(counts, 1)))
    return cw[y]


def _standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mu, sd = x.mean(axis=0), x.std(axis=0)
    sd[sd < 1e-6] = 1.0
    return mu, sd


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


# --- the candidates: each ``fit(x, y) -> predict(x) -> probabilities`` -------------------------

Model = Callable[[np.ndarray, np.ndarray], Callable[[np.ndarray], np.ndarray]]


def linear(l2: float) -> Model:
    def go(x: np.ndarray, y: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
        w = fit(x, y, l2)
        return lambda xt: _softmax(xt @ w.T)

    return go


def mlp(hidden: int, l2: float, steps: int, seeds: int = 3, lr: float = 0.01) -> Model:
    """One tanh hidden layer, full-batch Adam, L2 on both weight matrices; the seeds' class
    probabilities averaged."""

    def one(x: np.ndarray, y: np.ndarray, seed: int) -> tuple[np.ndarray, ...]:
        rng = np.random.default_rng(seed)
        d = x.shape[1]
        sw = sample_weights(y)
        sw = sw / sw.sum()
        onehot = np.eye(K)[y]
        params = [
            rng.normal(0, 1 / np.sqrt(d), (d, hidden)),
            np.zeros(hidden),
            rng.normal(0, 1 / np.sqrt(hidden), (hidden, K)),
            np.zeros(K),
        ]
        m = [np.zeros_like(p) for p in params]
        v = [np.zeros_like(p) for p in params]
        for t in range(1, steps + 1):
            w1, b1, w2, b2 = params
            h = np.tanh(x @ w1 + b1)
            p = _softmax(h @ w2 + b2)
            dz = (p - onehot) * sw[:, None]
            gw2 = h.T @ dz + l2 * w2
            gb2 = dz.sum(axis=0)
            dh = (dz @ w2.T) * (1 - h * h)
            gw1 = x.T @ dh + l2 * w1
            gb1 = dh.sum(axis=0)
            for i, g in enumerate((gw1, gb1, gw2, gb2)):
                m[i] = 0.9 * m[i] + 0.1 * g
                v[i] = 0.999 * v[i] + 0.001 * g * g
                params[i] -= lr * (m[i] / (1 - 0.9**t)) / (np.sqrt(v[i] / (1 - 0.999**t)) + 1e-8)
        return tuple(params)

    def go(x: np.ndarray, y: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
        mu, sd = _standardise(x)
        nets = [one((x - mu) / sd, y, s) for s in range(seeds)]

        def predict(xt: np.ndarray) -> np.ndarray:
            xs = (xt - mu) / sd
            return np.mean(
                [_softmax(np.tanh(xs @ w1 + b1) @ w2 + b2) for w1, b1, w2, b2 in nets], axis=0
            )

        return predict

    return go


def stumps(rounds: int, lr: float = 0.1, lam: float = 1.0, bins: int = 16) -> Model:
    """Gradient boosting of depth-1 trees on the softmax loss: each round one stump per verdict,
    split on a quantile threshold, leaves the Newton step (second order, ``lam`` its ridge)."""

    def go(x: np.ndarray, y: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
        n, d = x.shape
        qs = np.linspace(0, 1, bins + 1)[1:-1]
        cuts = [np.unique(np.quantile(x[:, j], qs)) for j in range(d)]
        idx = np.stack([np.searchsorted(cuts[j], x[:, j], side="right") for j in range(d)], 1)
        flat = (idx + np.arange(d) * bins).ravel()  # bin of (row, feature) in one histogram
        sw = sample_weights(y)
        onehot = np.eye(K)[y]
        prior = np.log(np.bincount(y, weights=sw, minlength=K) / sw.sum())
        f = np.tile(prior, (n, 1))
        trees: list[tuple[int, int, float, float, float]] = []
        for _ in range(rounds):
            p = _softmax(f)
            for k in range(K):
                g = (p[:, k] - onehot[:, k]) * sw
                h = np.maximum(p[:, k] * (1 - p[:, k]), 1e-6) * sw
                gs = np.bincount(flat, np.repeat(g, d), d * bins).reshape(d, bins)
                hs = np.bincount(flat, np.repeat(h, d), d * bins).reshape(d, bins)
                gl, hl = gs.cumsum(1)[:, :-1], hs.cumsum(1)[:, :-1]
                gt, ht = gs.sum(1, keepdims=True), hs.sum(1, keepdims=True)
                gain = gl**2 / (hl + lam) + (gt - gl) ** 2 / (ht - hl + lam)
                j, b = np.unravel_index(np.argmax(gain), gain.shape)
                if b >= len(cuts[j]):
                    continue  # a bin past the last cut: no split
                left = -lr * gl[j, b] / (hl[j, b] + lam)
                right = -lr * (gt[j, 0] - gl[j, b]) / (ht[j, 0] - hl[j, b] + lam)
                thr = float(cuts[j][b])
                f[:, k] += np.where(x[:, j] < thr, left, right)
                trees.append((k, int(j), thr, float(left), float(right)))

        def predict(xt: np.ndarray) -> np.ndarray:
            z = np.tile(prior, (len(xt), 1))
            for k, j, thr, left, right in trees:
                z[:, k] += np.where(xt[:, j] < thr, left, right)
            return _softmax(z)

        return predict

    return go


# --- cross-validation --------------------------------------------------------------------------


def folds(cases: np.ndarray, n: int = 5, seed: int = 0) -> np.ndarray:
    """Each row's fold: whole cases (both language versions of a claim) to one fold."""
    names = sorted(set(cases))
    order = np.random.default_rng(seed).permutation(len(names))
    fold_of = {names[i]: r % n for r, i in enumerate(order)}
    return np.array([fold_of[c] for c in cases])


def cv(model: Model, x: np.ndarray, y: np.ndarray, fold: np.ndarray) -> int:
    right = 0
    for f in np.unique(fold):
        tr, te = fold != f, fold == f
        predict = model(x[tr], y[tr])
        right += int((predict(x[te]).argmax(1) == y[te]).sum())
    return right


def grid(quick: bool) -> dict[str, tuple[bool, Model]]:
    """Name -> (set-level features?, model)."""
    out: dict[str, tuple[bool, Model]] = {}
    for l2 in (0.01, 0.03, 0.1, 0.3, 1.0):
        out[f"linear l2={l2}"] = (False, linear(l2))
    out["linear+set l2=0.3"] = (True, linear(0.3))
    out["linear+set l2=1.0"] = (True, linear(1.0))
    for with_set in (False, True):
        tag = "+set" if with_set else ""
        for hidden in (8, 16) if quick else (8, 16, 32):
            for l2 in (0.01, 0.03, 0.1):
                for steps in (300, 1000):
                    out[f"mlp{tag} h={hidden} l2={l2} steps={steps}"] = (
                        with_set,
                        mlp(hidden, l2, steps),
                    )
        for rounds in (25, 50, 100, 200, 400):
            out[f"stumps{tag} rounds={rounds}"] = (with_set, stumps(rounds))
        for rounds in (100, 200):
            out[f"stumps{tag} lam=20 rounds={rounds}"] = (with_set, stumps(rounds, lam=20.0))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("train", nargs="+", type=Path, help="claims_eval --json runs on training cases")
    ap.add_argument("--dev", type=Path, help="cases-dev run: the final check of --final models")
    ap.add_argument("--final", nargs="*", default=[], help="grid names to check on --dev")
    ap.add_argument("--only", default="", help="run only grid names containing this")
    ap.add_argument("--seed", type=int, default=0, help="the case-to-fold shuffle")
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    rows = load_rows(args.train)
    y = np.array([VERDICTS.index(r["gold"]) for r in rows])
    fold = folds(np.array([r["case"] for r in rows]), seed=args.seed)
    xs = {s: design(rows, s) for s in (False, True)}
    print(f"rows {len(rows)}, features {xs[False].shape[1]} (+set {xs[True].shape[1]})")
    models = grid(args.quick)
    if not args.final:
        for name, (with_set, model) in models.items():
            if args.only not in name:
                continue
            t = time.time()
            right = cv(model, xs[with_set], y, fold)
            print(f"cv {name}: {right}/{len(y)} = {right / len(y):.1%} ({time.time() - t:.0f}s)")
            sys.stdout.flush()
    if args.dev and args.final:
        dev = json.loads(args.dev.read_text())
        if "cases-dev" not in str(dev.get("root", "")):
            raise SystemExit("--dev must be a run on benchmarks/cases-dev")
        drows = dev["rows"]
        yd = np.array([VERDICTS.index(r["gold"]) for r in drows])
        xd = {s: design(drows, s) for s in (False, True)}
        for name in args.final:
            with_set, model = models[name]
            predict = model(xs[with_set], y)
            right = int((predict(xd[with_set]).argmax(1) == yd).sum())
            train_right = int((predict(xs[with_set]).argmax(1) == y).sum())
            print(f"dev {name}: {right}/{len(yd)} (train {train_right}/{len(y)})")


if __name__ == "__main__":
    main()
