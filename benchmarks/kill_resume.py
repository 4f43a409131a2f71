"""Kill an ingest at random points, resume it, and compare with one uninterrupted run (issue 12).

    PYTHONPATH=src .venv/bin/python benchmarks/kill_resume.py [PATH ...] [--trials 10]
        [--kills 1] [--seed 12] [--workers 1]

PATHs default to a 4,000-message mbox that ``generate_archive.py`` makes from the real corpora
(seed 0: the same bytes each time; threads quoting writers known only from their quotes, whose
mail the linker rebuilds and who become persons) and the bundled sample case (mail, documents,
a printed copy). One clean run first; then each trial ingests
into a fresh database, is SIGKILLed (its process group: workers too) ``--kills`` times in a
row, each restart resuming the database the last one left, and a final run finishes it. The
result must equal the clean run in every table (``record/snapshot.py``: rows with their ids,
persons, person addresses and names, links, reconstructed mail, endorsements and the meta
marks included, the full-text index as (term, statement, offset) rows, the index
definitions), and the full-text index must pass SQLite's integrity check.

Kill points alternate between two draws: a time uniform over the clean run's wall time, and a
point in the last phases (persons, the linker, the indexes), which take a few percent of a run
and would otherwise rarely be hit: once every item is written, after a random delay within
those phases' measured length. Each kill reports where it landed, read from the database:
``messages`` (items n/N), ``persons`` (every item written, no persons yet), ``linker``
(persons written, the linker's work not all there: quotes linked n/N), ``index``, ``after`` (the run had ended
before the signal). Exit status 1 when any trial differs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from onrecord.present.demo import sample_dir
from onrecord.record.snapshot import differences, snapshot

BATCH = "8"  # small batches: more commit points for a kill to fall between


def _cmd(db: Path, paths: list[Path], workers: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "onrecord.cli",
        "--db",
        str(db),
        "ingest",
        "--json",
        "--workers",
        str(workers),
        *map(str, paths),
    ]


def _env() -> dict[str, str]:
    return {**os.environ, "ONRECORD_BATCH": BATCH}


def _count(db: Path, sql: str) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute(sql).fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _state(db: Path) -> dict[str, int]:
    return {
        "items": _count(db, "SELECT COUNT(*) FROM items"),
        "persons": _count(db, "SELECT COUNT(*) FROM persons"),
        "linked": _count(db, "SELECT COUNT(*) FROM segments WHERE linked = 1"),
        "endorsements": _count(db, "SELECT COUNT(*) FROM endorsements"),
        "copies": _count(db, "SELECT COUNT(*) FROM copies"),
        "pending": _count(db, "SELECT COUNT(*) FROM meta WHERE key = 'fts_pending_from'"),
        "indexes": _count(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"),
    }


def _where(state: dict[str, int], clean: dict[str, int], ended: bool) -> str:
    if ended:
        return "after"
    if state["items"] < clean["items"]:
        return f"messages {state['items']}/{clean['items']}"
    if state["persons"] == 0:
        return "persons"
    if any(state[k] < clean[k] for k in ("linked", "endorsements", "copies")):
        return f"linker (quotes {state['linked']}/{clean['linked']}, " + (
            f"endorsements {state['endorsements']}/{clean['endorsements']})"
        )
    return "index"


def _kill_once(
    db: Path,
    paths: list[Path],
    workers: int,
    rng: random.Random,
    late: bool,
    clean: dict[str, Any],
) -> str:
    proc = subprocess.Popen(
        _cmd(db, paths, workers),
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    if late:  # once every item is written: somewhere in persons, the linker or the indexes
        deadline = time.monotonic() + 10 * clean["wall"]
        while (
            _count(db, "SELECT COUNT(*) FROM items") < clean["state"]["items"]
            and proc.poll() is None
            and time.monotonic() < deadline
        ):
            time.sleep(0.002)
        time.sleep(rng.uniform(0, clean["late"]))
    else:
        time.sleep(rng.uniform(0.05, 1.0) * clean["wall"])
    ended = proc.poll() is not None
    if not ended:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return _where(_state(db), clean["state"], ended)


def _dump(db: Path) -> dict[str, Any]:
    con = sqlite3.connect(db)
    try:
        out = snapshot(con)
        con.execute(
            "INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 1)"
        )
        return out
    finally:
        con.close()


def _generated(out: Path, messages: int = 4000) -> Path:
    script = Path(__file__).with_name("generate_archive.py")
    args = ["--messages", str(messages), "--out", str(out), "--format", "mbox", "--seed", "0"]
    subprocess.run([sys.executable, str(script), *args], check=True, capture_output=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--trials", type=int, default=10)
    ap.add_argument("--kills", type=int, default=1, help="kills in a row per trial")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="kill-resume-") as tmp:
        paths = args.paths or [_generated(Path(tmp) / "archive"), sample_dir()]
        clean_db = Path(tmp) / "clean.db"
        start = time.monotonic()
        out = subprocess.run(
            _cmd(clean_db, paths, args.workers), env=_env(), check=True, capture_output=True
        )
        wall = time.monotonic() - start
        report = json.loads(out.stdout)
        phases = report["phase_seconds"]
        clean = {
            "wall": wall,
            "late": phases["persons"] + phases["links"] + phases["index"],
            "state": _state(clean_db),
        }
        want = _dump(clean_db)
        print(
            f"clean run: {wall:.1f} s, {report['seen']} items, {clean['state']['persons']} "
            f"persons, {report['linked']}; last phases {clean['late']:.2f} s"
        )
        equal = 0
        for trial in range(args.trials):
            db = Path(tmp) / f"trial{trial}.db"
            landed = [
                _kill_once(db, paths, args.workers, rng, (trial + k) % 2 == 1, clean)
                for k in range(args.kills)
            ]
            subprocess.run(
                _cmd(db, paths, args.workers), env=_env(), check=True, capture_output=True
            )
            diff = differences(want, _dump(db))
            equal += not diff
            print(
                f"trial {trial + 1}: killed in {', '.join(landed)} -> "
                f"{'equal' if not diff else 'DIFFERS ' + str(diff)}"
            )
        print(f"{equal}/{args.trials} equal to the uninterrupted run")
    return 0 if equal == args.trials else 1


if __name__ == "__main__":
    sys.exit(main())
