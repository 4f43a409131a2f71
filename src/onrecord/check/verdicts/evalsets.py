"""Labelled (premise, hypothesis, label) sets for `onrecord eval`, known by name.

The public sets live in ``../shared/corpora`` (or ``$ONRECORD_CORPORA``); any JSONL file with
``premise``, ``hypothesis`` and ``label`` fields works too. These are evaluation sets: the builtin
judge is never trained on them (see training/README.md).
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

LABELS = ("entailment", "neutral", "contradiction")


@dataclass(frozen=True)
class Pair:
    premise: str
    hypothesis: str
    label: str


def corpora_dir() -> Path:
    env = os.environ.get("ONRECORD_CORPORA")
    if env:
        return Path(env)
    for base in (Path.cwd(), Path(__file__).resolve().parents[4]):
        candidate = base.parent / "shared" / "corpora"
        if candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared" / "corpora"


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def detok(s: str) -> str:
    """Undo PTB tokenization (MNLI's tokenized gold file, FEVER)."""
    s = s.replace("-LRB-", "(").replace("-RRB-", ")").replace("-LSB-", "[").replace("-RSB-", "]")
    s = s.replace("``", '"').replace("''", '"')
    s = re.sub(r" ([.,;:!?%)\]])", r"\1", s)
    s = re.sub(r"([(\[$]) ", r"\1", s)
    s = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", s)
    return s.replace("ca n't", "can't").replace("wo n't", "won't").strip()


def mnli_mismatched(root: Path) -> list[Pair]:
    """MNLI mismatched, the 1,000 gold pairs (raw text restored from the untokenized dev file)."""
    d = root / "nli-mnli-dev"
    raw = {}
    with open(d / "dev_matched_mismatched_label1.csv", encoding="utf-8") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            if i >= 9815:  # the mismatched half
                raw[_norm(r["premise"]) + "|" + _norm(r["hypothesis"])] = (
                    r["premise"],
                    r["hypothesis"],
                )
    out = []
    for line in (d / "dev_mismatched_gold_1000_tok.tsv").read_text(encoding="utf-8").splitlines():
        label, p, h = line.split("\t")
        p, h = raw.get(_norm(p) + "|" + _norm(h), (detok(p), detok(h)))
        out.append(Pair(p.strip(), h.strip(), label))
    return out


def _sick(root: Path, premise: str, hypothesis: str) -> list[Pair]:
    out = []
    with open(root / "nli-sick-nl" / "SICK_NL.txt", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            if r["SemEval_set"] == "TEST":
                out.append(Pair(r[premise], r[hypothesis], r["entailment_label"].lower()))
    return out


def climate_fever(root: Path) -> list[Pair]:
    m = {"SUPPORTS": "entailment", "REFUTES": "contradiction", "NOT_ENOUGH_INFO": "neutral"}
    out = []
    with (root / "factcheck-climate-fever" / "climate-fever.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            c = json.loads(line)
            for ev in c["evidences"]:
                out.append(Pair(ev["evidence"], c["claim"], m[ev["evidence_label"]]))
    return out


def fever_symmetric(root: Path) -> list[Pair]:
    out = []
    path = root / "factcheck-fever-symmetric" / "fever_symmetric_test.jsonl"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            label = "entailment" if r["gold_label"] == "SUPPORTS" else "contradiction"
            out.append(Pair(detok(r["evidence"]), detok(r["claim"]), label))
    return out


SETS: dict[str, Callable[[Path], list[Pair]]] = {
    "mnli-mismatched": mnli_mismatched,
    "sick-nl": lambda root: _sick(root, "sentence_A", "sentence_B"),
    "sick-en": lambda root: _sick(root, "sentence_A_original", "sentence_B_original"),
    "sick-en-nl": lambda root: _sick(root, "sentence_A_original", "sentence_B"),
    "climate-fever": climate_fever,
    "fever-symmetric": fever_symmetric,
}


def load(name: str, limit: int | None = None, seed: int = 0) -> list[Pair]:
    """A set by name, or a JSONL file of {premise, hypothesis, label}; ``limit`` samples."""
    path = Path(name)
    if name in SETS:
        root = corpora_dir()
        if not root.is_dir():
            raise FileNotFoundError(f"corpora not found at {root} (set ONRECORD_CORPORA)")
        pairs = SETS[name](root)
    elif path.is_file():
        pairs = []
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    r = json.loads(line)
                    pairs.append(Pair(r["premise"], r["hypothesis"], r["label"]))
    else:
        raise FileNotFoundError(f"unknown set {name!r}; known: {', '.join(SETS)} or a .jsonl")
    if limit and limit < len(pairs):
        pairs = random.Random(seed).sample(pairs, limit)
    return pairs


def score(gold: Sequence[str], pred: Sequence[str]) -> dict[str, object]:
    """Accuracy, macro-F1 over the labels present in gold, and the confusion matrix."""
    labels = [lb for lb in LABELS if lb in set(gold)] or list(LABELS)
    extra = [lb for lb in LABELS if lb in set(pred) and lb not in labels]
    cols = labels + extra
    cm = np.zeros((len(labels), len(cols)), dtype=int)
    for g, p in zip(gold, pred, strict=True):
        cm[labels.index(g), cols.index(p)] += 1
    f1s = []
    for i, lb in enumerate(labels):
        j = cols.index(lb)
        tp, fp, fn = cm[i, j], cm[:, j].sum() - cm[i, j], cm[i, :].sum() - cm[i, j]
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return {
        "n": len(gold),
        "accuracy": round(float(sum(g == p for g, p in zip(gold, pred)) / max(1, len(gold))), 4),
        "macro_f1": round(float(np.mean(f1s)), 4),
        "labels": labels,
        "predicted_labels": cols,
        "confusion": cm.tolist(),
    }
