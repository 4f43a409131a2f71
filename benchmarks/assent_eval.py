"""Assent in plain words: precision and recall on labelled short replies (English and Dutch).

Usage: PYTHONPATH=src .venv/bin/python benchmarks/assent_eval.py [--split dev|heldout|all] [--errors]

Each reply in ``benchmarks/data/assent/replies.tsv`` (see its README) is read the way ingest
reads a reply's own text: split into statements, then :func:`onrecord.mail.assent.find_assents`.
A reply is predicted ``agree``, ``disagree`` or ``none`` (no assent found). **Precision**: of the
replies given a stance, how many have that stance in the labels; **recall**: of the replies
labelled agree or disagree, how many got their stance. Printed per split (``dev`` was used
while writing the rules, ``heldout`` was not) and per language.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from onrecord.mail.analyze import statements_of
from onrecord.mail.assent import find_assents
from onrecord.record.model import Segment, SegmentKind

DATA = Path(__file__).resolve().parent / "data" / "assent" / "replies.tsv"


@dataclass(frozen=True)
class Reply:
    id: str
    split: str
    lang: str
    label: str  # agree | disagree | none
    source: str
    text: str


def read_replies(path: Path = DATA) -> list[Reply]:
    with path.open(newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [
        Reply(
            r["id"],
            r["split"],
            r["lang"],
            r["label"],
            r["source"],
            r["text"].replace("\\n", "\n").replace("\\\\", "\\"),
        )
        for r in rows
    ]


def predict(text: str) -> str:
    """The stance ingest gives a reply whose own text is ``text`` (``none`` when no assent)."""
    segments = [Segment(kind=SegmentKind.AUTHORED, start=0, end=len(text))]
    statements, _ = statements_of(text, segments)
    found = find_assents(segments, statements, text)
    return found[0].stance if found else "none"


def scores(pairs: Iterable[tuple[str, str]]) -> tuple[float, float, int, int]:
    """(precision, recall, predicted stances, labelled stances) over (label, prediction)."""
    pairs = list(pairs)
    predicted = [(g, p) for g, p in pairs if p != "none"]
    labelled = [(g, p) for g, p in pairs if g != "none"]
    right = sum(1 for g, p in predicted if g == p)
    precision = right / len(predicted) if predicted else 1.0
    recall = sum(1 for g, p in labelled if g == p) / len(labelled) if labelled else 1.0
    return precision, recall, len(predicted), len(labelled)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    ap.add_argument("--errors", action="store_true", help="list the replies read wrong")
    args = ap.parse_args()
    replies = read_replies()
    predictions = {r.id: predict(r.text) for r in replies}
    splits = ["dev", "heldout"] if args.split == "all" else [args.split]
    for split in [*splits, "all"] if args.split == "all" else splits:
        chosen = [r for r in replies if split == "all" or r.split == split]
        for lang in ("all", "en", "nl"):
            part = [r for r in chosen if lang == "all" or r.lang == lang]
            p, rec, n_pred, n_lab = scores((r.label, predictions[r.id]) for r in part)
            print(
                f"{split:8} {lang:3} replies {len(part):3}  precision {p:6.1%} ({n_pred:3} "
                f"stances)  recall {rec:6.1%} ({n_lab:3} labelled)"
            )
    if args.errors:
        for r in replies:
            if args.split != "all" and r.split != args.split:
                continue
            if predictions[r.id] != r.label:
                text = " / ".join(r.text.split("\n"))[:110]
                print(f"{r.id} {r.split:7} {r.label:8} -> {predictions[r.id]:8} {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
