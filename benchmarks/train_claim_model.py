"""Train and cross-validate the learned second opinion on check-worthiness (issue 13).

Data: every sentence of the articles the project may learn from (``articles/dev`` and
``articles/heldout`` except ``h9-*`` and ``h10-*``, the clean measurement, never opened here)
that a gold line names: a ``claim`` line makes it a claim, a ``skip`` line not one. Only the
sentences the model may overrule are learned from (the rules accept them, or skip them as
``commentary`` or ``meta``). Model: logistic regression over hashed words and word pairs plus the
rules' cues (skip reason, announcement, digits, year, quote), trained with numpy, L2. It may
veto a sentence the rules accept, or accept a ``commentary``/``meta`` skip, where confident.

Measured by cross-validation grouped by document: each fold's documents are extracted by
``extraction_eval.evaluate`` with a model trained on the other folds, whose thresholds were
chosen by an inner cross-validation on those other folds only. Printed: precision and recall of
the rules alone and with the model, per group (dev, held-out by our writer, held-out h7/h8 by
other writers). With ``--writers`` also: h7 and h8 each left out as a whole writer.

    PYTHONPATH=src .venv/bin/python benchmarks/train_claim_model.py [--folds 5] [--writers]

Result (session 13): no threshold chosen by the inner cross-validation gains, so the model is
not shipped; see ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from extraction_eval import ARTICLES, NAMES, Result, _norm, evaluate  # noqa: E402
from onrecord.check.claims import checkworthy  # noqa: E402
from onrecord.check.claims import extract as claims  # noqa: E402
from onrecord.check.claims.checkworthy import is_announcement  # noqa: E402

DIM = 4096
WIDTH = DIM + 1024
#: Skip reasons the model may overrule: the judgements of meaning, not of layout.
OVERRULABLE = ("commentary", "meta")
_WORD = re.compile(r"\w+")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_QUOTES = '"“”‘’'
VETO_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
ACCEPT_GRID = (0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.01)


@dataclass
class Row:
    doc: str
    clean: str
    reason: str | None  # the rules' skip reason
    made: bool  # the rules made a claim of it
    label: int  # 1: a gold claim


@dataclass(frozen=True, slots=True)
class Model:
    """Logistic regression over hashed words, word pairs and the rules' cues."""

    weights: dict[int, float]
    bias: float
    veto: float  # below: a rule-accepted sentence is not a claim
    accept: float  # above: a rule-skipped sentence (commentary, meta) is a claim


def _bucket(token: str, dim: int) -> int:
    return zlib.crc32(token.encode("utf-8")) % dim


def features(clean: str, reason: str | None) -> list[int]:
    """Indices of the active (binary) features of a sentence whose rule skip reason is
    ``reason`` (None: the rules accept it so far)."""
    ws = [w.lower() for w in _WORD.findall(clean)]
    toks = {f"w:{w}" for w in ws} | {f"b:{a} {b}" for a, b in pairwise(ws)}
    if ws:
        toks.add(f"f:{ws[0]}")
    cues = {
        f"reason:{reason or 'none'}",
        f"len:{min(len(ws) // 5, 8)}",
        f"ann:{is_announcement(clean)}",
        f"digit:{any(c.isdigit() for c in clean)}",
        f"year:{bool(_YEAR.search(clean))}",
        f"quote:{any(q in clean for q in _QUOTES)}",
    }
    return sorted({_bucket(t, DIM) for t in toks} | {DIM + _bucket(c, 1024) for c in cues})


def overrule(model: Model, reason: str | None, clean: str) -> str | None:
    """The skip reason after the model's second opinion on the rules' ``reason``."""
    if reason is not None and reason not in OVERRULABLE:
        return reason
    z = model.bias + sum(model.weights.get(i, 0.0) for i in features(clean, reason))
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    if reason is None:
        return "commentary" if p < model.veto else None
    return None if p > model.accept else reason


def allowed() -> list[Path]:
    """The articles the model may learn from; h9-/h10- are never opened."""
    out = []
    for split in ("dev", "heldout"):
        out += [
            p for p in sorted((ARTICLES / split).glob("*.md"))
            if not p.name.startswith(("h9-", "h10-"))
        ]  # fmt: skip
    return out


def group(md: Path) -> str:
    if md.parent.name == "dev":
        return "dev"
    return "heldout h7/h8" if md.name.startswith(("h7-", "h8-")) else "heldout"


def rows_of(md: Path) -> list[Row]:
    seen: list[tuple[str, str, str | None]] = []

    def record(original: str, clean: str, *args: object) -> str | None:
        reason = checkworthy.skip_reason(original, clean, *args)  # type: ignore[arg-type]
        seen.append((original, clean, reason))
        return reason

    claims.skip_reason = record  # type: ignore[assignment]
    try:
        got = claims.claims_from_file(md, names=NAMES)
    finally:
        claims.skip_reason = checkworthy.skip_reason
    made = {_norm(c.original) for c in got}
    gold = [json.loads(x) for x in md.with_suffix(".gold.jsonl").read_text("utf-8").splitlines()]
    out = []
    for original, clean, reason in seen:
        if reason is not None and reason not in OVERRULABLE:
            continue
        hits = [g for g in gold if g and _norm(g["sentence"]) in _norm(original)]
        if not hits:
            continue
        label = int(any("claim" in g for g in hits))
        out.append(Row(md.stem, clean, reason, _norm(original) in made, label))
    return out


def matrix(rows: Sequence[Row]) -> np.ndarray:
    x = np.zeros((len(rows), WIDTH), dtype=np.float32)
    for i, r in enumerate(rows):
        x[i, features(r.clean, r.reason)] = 1.0
    return x


def fit(
    x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 200
) -> tuple[np.ndarray, float]:
    """Logistic regression by Adam on the mean log-loss plus ``l2``·|w|²."""
    w = np.zeros(x.shape[1])
    b = 0.0
    m, v = np.zeros(x.shape[1] + 1), np.zeros(x.shape[1] + 1)
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = np.concatenate([x.T @ (p - y) / len(y) + 2 * l2 * w, [np.mean(p - y)]])
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        step = 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        w -= step[:-1]
        b -= step[-1]
    return w, float(b)


def folds(docs: Sequence[str], k: int, seed: int = 13) -> list[list[str]]:
    order = sorted(set(docs))
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def thresholds(rows: Sequence[Row], k: int = 4) -> tuple[float, float]:
    """Veto and accept thresholds that maximise (errors fixed - errors made) on out-of-fold
    probabilities of ``rows`` (its documents grouped); ties go to the more cautious one."""
    probs = np.zeros(len(rows))
    for test in folds([r.doc for r in rows], k):
        tr = [i for i, r in enumerate(rows) if r.doc not in test]
        te = [i for i, r in enumerate(rows) if r.doc in test]
        w, b = fit(matrix([rows[i] for i in tr]), np.array([rows[i].label for i in tr]))
        probs[te] = 1.0 / (1.0 + np.exp(-(matrix([rows[i] for i in te]) @ w + b)))

    def gain(flip: Callable[[Row, float], bool]) -> int:
        return sum(
            (1 if (r.made != bool(r.label)) else -1) for r, p in zip(rows, probs) if flip(r, p)
        )

    veto = max(VETO_GRID, key=lambda t: (gain(lambda r, p: r.made and p < t), -t))
    accept = max(ACCEPT_GRID, key=lambda t: (gain(lambda r, p: r.reason is not None and p > t), t))
    return veto, accept


def train(rows: Sequence[Row]) -> Model:
    w, b = fit(matrix(rows), np.array([r.label for r in rows]))
    veto, accept = thresholds(rows)
    weights = {i: round(float(x), 3) for i, x in enumerate(w) if abs(x) >= 5e-3}
    return Model(weights, round(b, 3), veto, accept)


def measure(files: Sequence[Path], model: Model | None) -> dict[str, Result]:
    """``extraction_eval`` of ``files``, the rules' skip reasons overruled by ``model``."""

    def second_opinion(original: str, clean: str, *args: object) -> str | None:
        reason = checkworthy.skip_reason(original, clean, *args)  # type: ignore[arg-type]
        return overrule(model, reason, clean) if model else reason

    claims.skip_reason = second_opinion  # type: ignore[assignment]
    out: dict[str, Result] = {}
    try:
        for md in files:
            out.setdefault(group(md), Result()).add(evaluate(md))
    finally:
        claims.skip_reason = checkworthy.skip_reason
    return out


def show(title: str, res: dict[str, Result]) -> None:
    for g in sorted(res):
        n = res[g].numbers()
        print(
            f"  {title:8} {g:14} gold {n['gold']:4} extracted {n['extracted']:4} matched "
            f"{n['matched']:4} | precision {n['precision']:.3f} recall {n['recall']:.3f}"
        )


def cross_validate(
    files: Sequence[Path], data: dict[str, list[Row]], splits: list[list[str]]
) -> None:
    before: dict[str, Result] = {}
    after: dict[str, Result] = {}
    for test in splits:
        rows = [r for s, rs in data.items() if s not in test for r in rs]
        model = train(rows)
        print(f"  fold of {len(test)} docs: veto {model.veto} accept {model.accept}")
        part = [f for f in files if f.stem in test]
        for res, m in ((before, None), (after, model)):
            for g, r in measure(part, m).items():
                res.setdefault(g, Result()).add(r)
    show("rules", before)
    show("+model", after)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--writers", action="store_true", help="Also leave h7 and h8 out whole.")
    args = ap.parse_args(argv)
    files = allowed()
    data = {md.stem: rows_of(md) for md in files}
    n = sum(len(v) for v in data.values())
    pos = sum(r.label for v in data.values() for r in v)
    print(f"{len(files)} documents, {n} sentences ({pos} claims)")
    print(f"cross-validation, {args.folds} folds grouped by document:")
    cross_validate(files, data, folds(list(data), args.folds))
    if args.writers:
        for prefix in ("h7-", "h8-"):
            print(f"{prefix} left out whole (a writer the model never saw):")
            cross_validate(files, data, [[s for s in data if s.startswith(prefix)]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
