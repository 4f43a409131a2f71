"""An archive with hostile inputs mixed in ingests the rest exactly as without them (issue 12).

    PYTHONPATH=src .venv/bin/python benchmarks/hostile_mix.py ARCHIVE [--share 0.01]
        [--workers N] [--json]

ARCHIVE is a folder of mail (``generate_archive.py --messages 10000 --format mbox`` makes one).
Hostile inputs, one per hundred messages by default, are written to a folder beside it: the
reproducers of ``/work/shared/corpora/hostile-mail``, a 1 MB gzip'd mbox that inflates to
1 GiB, a 30 MB file without a line break, and the rest drawn from every class of
``tests/_hostile_gen.py``. Then two fresh databases: the archive alone, and the archive with
the hostile folder. Every item of the archive's inputs must end the same in both (outcome,
reason, and for a stored message its Message-ID, content hash, subject, body text, date,
sender, segments and statements), and the counts must add up in both. Prints the two reports'
counts, peak RSS and time; exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from _hostile_gen import CLASSES, Input
from onrecord.engines.local import ingest
from onrecord.record.store import Store

CORPORA = Path(os.environ.get("ONRECORD_CORPORA", "/work/shared/corpora"))


def _count_messages(archive: Path) -> int:
    n = 0
    for root, _, files in os.walk(archive):
        for name in files:
            with open(os.path.join(root, name), "rb") as fh:
                n += sum(1 for line in fh if line.startswith(b"From ")) or 1
    return n


def hostile_inputs(folder: Path, count: int) -> int:
    """Write ``count`` hostile files into ``folder``; returns how many were written."""
    folder.mkdir(parents=True)
    written = 0
    for path in sorted((CORPORA / "hostile-mail").glob("*")):
        if path.suffix in (".eml", ".md"):
            shutil.copy(path, folder / path.name)
            written += 1
    with gzip.open(folder / "bomb.mbox.gz", "wb", compresslevel=9) as gz:  # 1 GiB of zeros
        gz.write(b"From a@example.org Mon Feb  3 10:00:00 2020\nSubject: bomb\n\n")
        chunk = b"\0" * (16 << 20)
        for _ in range(64):
            gz.write(chunk)
    (folder / "noline.eml").write_bytes(b"From: a@example.org Subject: " + b"x" * (30 << 20))
    written += 2
    drawn: list[Input] = []

    @settings(
        max_examples=max(1, count - written),
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.one_of(*CLASSES.values()))
    def draw(inp: Input) -> None:
        drawn.append(inp)

    draw()
    for i, (name, data) in enumerate(drawn[: max(0, count - written)]):
        (folder / f"gen-{i:04d}-{name}").write_bytes(data)
        written += 1
    return written


def items_of(db: Path, prefix: str) -> dict[tuple[str, str], tuple]:
    """Every item of the sources under ``prefix``: (source, locator) -> what became of it."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT s.path, i.locator, i.outcome, i.reason, m.message_id, m.content_hash, "
            "m.subject, m.body_text, m.date, m.from_email, m.thread_id IS NOT NULL, "
            "(SELECT group_concat(g.kind || g.start || g.author_email) FROM segments g "
            " WHERE g.message = m.id), "
            "(SELECT COUNT(*) FROM statements t WHERE t.message = m.id) "
            "FROM items i JOIN sources s ON s.id = i.source_id "
            "LEFT JOIN messages m ON m.id = i.message WHERE s.path LIKE ? || '%'",
            (prefix,),
        ).fetchall()
    finally:
        conn.close()
    return {(r[0], r[1]): tuple(r[2:]) for r in rows}


def run(paths: list[Path], db: Path, workers: int | None) -> dict[str, Any]:
    store = Store.open(db)
    try:
        report = ingest(store, paths, workers=workers)
        stats = store.stats()
    finally:
        store.close()
    return {
        "seen": report.seen,
        "ingested": report.ingested,
        "duplicate": report.duplicate,
        "failed": report.failed,
        "seconds": round(report.seconds, 1),
        "adds_up": report.seen == report.ingested + report.duplicate + report.failed
        and stats["seen"] == stats["ingested"] + stats["duplicate"] + stats["failed"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("archive", type=Path)
    ap.add_argument("--share", type=float, default=0.01, help="hostile inputs per message")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    archive = args.archive.resolve()
    messages = _count_messages(archive)
    with tempfile.TemporaryDirectory(prefix="hostile-mix-") as tmp:
        work = Path(tmp)
        hostile = work / "hostile"
        n_hostile = hostile_inputs(hostile, max(1, round(messages * args.share)))
        started = time.perf_counter()
        clean = run([archive], work / "clean.db", args.workers)
        mixed = run([archive, hostile], work / "mixed.db", args.workers)
        a = items_of(work / "clean.db", str(archive))
        b = items_of(work / "mixed.db", str(archive))
        differ = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        result = {
            "archive_messages": messages,
            "hostile_inputs": n_hostile,
            "clean": clean,
            "mixed": mixed,
            "archive_items": len(a),
            "archive_items_differing": len(differ),
            "first_differences": [list(k) for k in differ[:5]],
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "peak_rss_workers_mb": round(
                resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1
            ),
            "seconds": round(time.perf_counter() - started, 1),
        }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:24} {value}")
    ok = not differ and clean["adds_up"] and mixed["adds_up"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
