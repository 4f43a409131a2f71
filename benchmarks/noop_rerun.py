"""A re-run with nothing new leaves every table as it was (issue 12).

    PYTHONPATH=src .venv/bin/python benchmarks/noop_rerun.py [PATH ...] [--workers 1] [--json]
        [--src OLD_CHECKOUT/src]

Each PATH is ingested into a fresh database of its own with ``onrecord ingest`` (the command a
user runs), then ingested again. Before and after the second run every table is read whole
(``record/snapshot.py`` with ``exact``: rows, ids, implicit rowids, the full-text index's own
tables as stored, the index definitions), and per table its row count and a SHA-256 of its rows
are printed, before and after. Without PATHs: a 4,000-message mbox that ``generate_archive.py``
makes (seed 0; the input on which the hostile pass saw persons grow on a re-run), the notmuch
corpus (229 -> 230 persons there), one Enron mailbox (Mark Taylor's folders, an mbox per
folder) and the bundled sample case.

``--src`` ingests with another checkout's code (an older commit, to measure what it did); the
tables are read with this one's.

Exit status 1 when any table of any input changed, or the second run ingested anything.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from onrecord.present.demo import sample_dir
from onrecord.record.snapshot import Rows, differences, snapshot

CORPORA = Path(os.environ.get("ONRECORD_CORPORA", "/work/shared/corpora"))


def _ingest(db: Path, path: Path, workers: int, src: Path | None) -> tuple[dict[str, Any], float]:
    cmd = [sys.executable, "-m", "onrecord.cli", "--db", str(db), "ingest", "--json"]
    cmd += ["--workers", str(workers), str(path)]
    env = {**os.environ, **({"PYTHONPATH": str(src)} if src else {})}
    start = time.monotonic()
    out = subprocess.run(cmd, check=True, capture_output=True, env=env)
    return json.loads(out.stdout), time.monotonic() - start


def _snapshot(db: Path) -> dict[str, Rows]:
    con = sqlite3.connect(db)
    try:
        return snapshot(con, exact=True)
    finally:
        con.close()


def _digest(rows: Rows) -> str:
    return hashlib.sha256(repr(rows).encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _taylor(tmp: Path) -> Path:
    """Mark Taylor's Enron folders, linked into one folder (the corpus holds two mailboxes)."""
    out = tmp / "enron-taylor-m"
    out.mkdir()
    for path in sorted((CORPORA / "enron-mbox").glob("enron.taylor-m.*")):
        (out / path.name).symlink_to(path)
    return out


def _generated(out: Path, messages: int = 4000) -> Path:
    script = Path(__file__).with_name("generate_archive.py")
    args = ["--messages", str(messages), "--out", str(out), "--format", "mbox", "--seed", "0"]
    subprocess.run([sys.executable, str(script), *args], check=True, capture_output=True)
    return out


def rerun(path: Path, db: Path, workers: int, src: Path | None = None) -> dict[str, Any]:
    """Ingest ``path`` twice into ``db``: each table's rows and digest before and after."""
    first, first_s = _ingest(db, path, workers, src)
    before = _snapshot(db)
    again, again_s = _ingest(db, path, workers, src)
    after = _snapshot(db)
    return {
        "input": str(path),
        "first": {k: first[k] for k in ("seen", "ingested", "duplicate", "failed")},
        "again": {k: again[k] for k in ("seen", "ingested", "duplicate", "failed")},
        "seconds": [round(first_s, 1), round(again_s, 1)],
        "tables": {
            name: {
                "rows": [len(before.get(name, [])), len(after.get(name, []))],
                "sha256": [_digest(before.get(name, [])), _digest(after.get(name, []))],
            }
            for name in sorted(set(before) | set(after))
        },
        "changed": sorted(differences(before, after)),
    }


def _print(result: dict[str, Any]) -> None:
    print(f"\n{result['input']}")
    print(f"  first run {result['first']} in {result['seconds'][0]} s")
    print(f"  re-run    {result['again']} in {result['seconds'][1]} s")
    print(
        f"  {'table':<28} {'rows before':>11} {'rows after':>10}  {'sha256 before':<13} "
        f"{'sha256 after':<13} same"
    )
    for name, t in result["tables"].items():
        same = "yes" if name not in result["changed"] else "NO"
        print(
            f"  {name:<28} {t['rows'][0]:>11} {t['rows'][1]:>10}  {t['sha256'][0]:<13} "
            f"{t['sha256'][1]:<13} {same}"
        )
    print(f"  tables changed: {len(result['changed'])} {result['changed'] or ''}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--src", type=Path, default=None, help="the onrecord src folder to ingest with")
    args = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="noop-rerun-") as tmp_name:
        tmp = Path(tmp_name)
        paths = args.paths or [
            _generated(tmp / "generated-4000"),
            *(p for p in [CORPORA / "notmuch-corpora"] if p.exists()),
            *([_taylor(tmp)] if (CORPORA / "enron-mbox").exists() else []),
            sample_dir(),
        ]
        for i, path in enumerate(paths):
            result = rerun(path, tmp / f"db{i}.sqlite", args.workers, args.src)
            results.append(result)
            if not args.json:
                _print(result)
    bad = [
        r["input"] for r in results if r["changed"] or r["again"]["ingested"] or r["again"]["seen"]
    ]
    if args.json:
        print(json.dumps({"results": results, "inputs_changed": bad}, indent=1))
    else:
        print(f"\n{len(results) - len(bad)}/{len(results)} inputs: a re-run changed no table")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
