"""extraction_eval.py --second: a second annotator's file scored against the gold of a real
dev article, with sentences matched by overlap."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import extraction_eval as ev

ARTICLE = ev.ARTICLES / "dev" / "brightwater-leak.md"


def gold_rows() -> list[dict]:
    lines = ARTICLE.with_suffix(".gold.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in lines if x.strip()]


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def test_the_gold_itself_agrees_fully(tmp_path: Path) -> None:
    n = ev.evaluate(ARTICLE, write(tmp_path / "a.jsonl", gold_rows())).numbers()
    claims = sum("skip" not in r for r in gold_rows())
    assert n["gold"] == n["extracted"] == n["matched"] == claims > 5
    assert n["claimant_accuracy"] == n["subject_accuracy"] == 1.0
    assert n["skipped"] == n["gold_skips"] and n["skip_reason_agreement"] == 1.0


def test_a_shorter_cut_of_the_same_sentence_still_matches(tmp_path: Path) -> None:
    rows = gold_rows()
    first = next(r for r in rows if "skip" not in r and len(r["sentence"].split()) > 6)
    cut = dict(first, sentence=" ".join(first["sentence"].split()[2:5]))
    others = [r for r in rows if r is not first]
    n = ev.evaluate(ARTICLE, write(tmp_path / "b.jsonl", [cut, *others])).numbers()
    assert n["matched"] == n["gold"]


def test_disagreements_are_counted(tmp_path: Path) -> None:
    rows = gold_rows()
    claims = [r for r in rows if "skip" not in r]
    dropped, renamed = claims[0], claims[1]
    changed = [
        dict(r, subject="Somebody Else Entirely") if r is renamed else r
        for r in rows
        if r is not dropped
    ]
    n = ev.evaluate(ARTICLE, write(tmp_path / "c.jsonl", changed)).numbers()
    assert n["matched"] == n["extracted"] == len(claims) - 1
    assert n["recall"] < 1.0 and n["precision"] == 1.0
    assert n["subject_accuracy"] == round((len(claims) - 2) / (len(claims) - 1), 3)
