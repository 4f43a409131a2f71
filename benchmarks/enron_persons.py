"""Persons on the two Enron mailboxes against hand labels: merge precision and recall.

Usage: PYTHONPATH=src .venv/bin/python benchmarks/enron_persons.py [--db PATH] [--errors]

Without ``--db`` the mailboxes (``../shared/corpora/enron-mbox``) are ingested into a temporary
database first (about 25 s on one core). The labels (``benchmarks/data/enron-persons/
labels.tsv``, see its README) are (name, address) records as the archive shows them, each with
the person a reader judged it to be. A record with an address belongs to the person holding
that address; a record known by name only (a quoted or forwarded writer) to the one person
going by that name, else to nobody (a person of its own).

Scored over pairs of records on different addresses (two records of one address are one person
by construction): **precision** = pairs put in one person that are one person / pairs put in
one person; **recall** = pairs that are one person and were put in one / pairs that are one
person. Precision matters most: two people in one is the error a reader cannot see.
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import sys
import tempfile
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "benchmarks" / "data" / "enron-persons" / "labels.tsv"
CORPUS = ROOT.parent / "shared" / "corpora" / "enron-mbox"
sys.path.insert(0, str(ROOT / "src"))

from onrecord.mail.names import normalize_name  # noqa: E402


def read_labels(path: Path = LABELS) -> list[tuple[str, str, str]]:
    """``[(gold person, email, name)]``."""
    with path.open(newline="") as f:
        return [(r["person"], r["email"], r["name"]) for r in csv.DictReader(f, delimiter="\t")]


def predicted(db: sqlite3.Connection, records: list[tuple[str, str, str]]) -> list[str]:
    """The person id each record lands in (``solo:...`` where it lands in none)."""
    by_email = dict(db.execute("SELECT email, person FROM person_emails"))
    by_name: dict[str, set[int]] = {}
    for name, person in db.execute("SELECT name, person FROM person_names"):
        by_name.setdefault(normalize_name(name), set()).add(person)
    out = []
    for _, email, name in records:
        if email:
            pid = by_email.get(email)
            out.append(f"p{pid}" if pid is not None else f"solo:{email}")
        else:  # the name as identity compares names ("Mark Taylor@ECT on 08/22/2000" too)
            found = by_name.get(normalize_name(name), set())
            out.append(f"p{next(iter(found))}" if len(found) == 1 else f"solo:{name}")
    return out


def score(
    records: list[tuple[str, str, str]], pred: list[str]
) -> tuple[float, float, list[tuple[int, int]], list[tuple[int, int]]]:
    """(precision, recall, false merges, missed links) over record pairs, as the docstring."""
    tp = fp = fn = 0
    false_merges, missed = [], []
    for i, j in combinations(range(len(records)), 2):
        if records[i][1] and records[i][1] == records[j][1]:
            continue
        same_gold = records[i][0] == records[j][0]
        same_pred = pred[i] == pred[j]
        if same_gold and same_pred:
            tp += 1
        elif same_pred:
            fp += 1
            false_merges.append((i, j))
        elif same_gold:
            fn += 1
            missed.append((i, j))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, false_merges, missed


def ingest_corpus(db_path: Path) -> None:
    from onrecord.engines.local import ingest
    from onrecord.record.store import Store

    store = Store.open(db_path)
    ingest(store, [CORPUS], workers=1)
    store.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, help="an onrecord database holding the mailboxes")
    ap.add_argument("--errors", action="store_true", help="list the wrong pairs")
    args = ap.parse_args()
    records = read_labels()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db
        if db_path is None:
            if not CORPUS.is_dir():
                print(f"corpus not found: {CORPUS}", file=sys.stderr)
                return 2
            db_path = Path(tmp) / "enron.db"
            ingest_corpus(db_path)
        db = sqlite3.connect(db_path)
        pred = predicted(db, records)
        persons = db.execute(
            "SELECT COUNT(*), SUM(key LIKE 'name:%') FROM persons WHERE is_role = 0"
        ).fetchone()
        db.close()
    precision, recall, false_merges, missed = score(records, pred)
    print(
        f"records {len(records)}  gold persons {len({r[0] for r in records})}  "
        f"predicted persons {len(set(pred))}"
    )
    print(f"merge precision {precision:.1%}  ({len(false_merges)} false pairs)")
    print(f"recall          {recall:.1%}  ({len(missed)} missed pairs)")
    print(f"persons in the database: {persons[0]} (of which known by name only: {persons[1]})")
    if args.errors:
        for title, pairs in (("false merges", false_merges), ("missed", missed)):
            print(f"-- {title}")
            for i, j in pairs:
                print(f"  {records[i]}  ~  {records[j]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
