"""Killing ingest midway (SIGKILL) and running it again ends with the same database as one clean
run; two ingests at once on one database wait for each other and corrupt nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from onrecord.record.store import Store


def _ingest_cmd(db: Path, *paths: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "onrecord.cli",
        "--db",
        str(db),
        "ingest",
        "--json",
        "--workers",
        "1",
        *map(str, paths),
    ]


def _env() -> dict[str, str]:
    return {**os.environ, "ONRECORD_BATCH": "8"}


def _items(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        n = con.execute("SELECT COUNT(*) FROM items").fetchone()[0]
        con.close()
        return n
    except sqlite3.Error:
        return 0


def _dump(db: Path) -> dict:
    """Every table, the full-text index's (term, statement, offset) rows and the index names:
    a run killed while the index and the full-text index were deferred ends with both whole."""
    store = Store.open(db, create=False)
    try:
        out = store.dump()
        store.db.execute(
            "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, statements_fts, instance)"
        )
        out["fts"] = sorted(map(tuple, store.db.execute("SELECT term, doc, offset FROM temp.v")))
        out["indexes"] = sorted(
            map(tuple, store.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
        )
        out["meta"] = sorted(map(tuple, store.db.execute("SELECT key, value FROM meta")))
        store.db.execute(
            "INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 1)"
        )
        return out
    finally:
        store.close()


def _inputs(corpora: Path) -> list[Path]:
    return [corpora / "notmuch-corpora", corpora / "bigbang-mailing-lists"]


def test_sigkill_midway_then_rerun_equals_clean_run(corpora: Path, tmp_path: Path) -> None:
    inputs = _inputs(corpora)
    clean = tmp_path / "clean.db"
    subprocess.run(_ingest_cmd(clean, *inputs), check=True, env=_env(), capture_output=True)
    total = _items(clean)
    assert total > 400

    killed = tmp_path / "killed.db"
    proc = subprocess.Popen(
        _ingest_cmd(killed, *inputs),
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while _items(killed) < total // 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _items(killed)
    assert 0 < partial < total, "the kill must land midway"
    subprocess.run(_ingest_cmd(killed, *inputs), check=True, env=_env(), capture_output=True)
    assert _dump(killed) == _dump(clean)


def test_two_ingests_at_once(corpora: Path, tmp_path: Path) -> None:
    db = tmp_path / "both.db"
    a = subprocess.Popen(
        _ingest_cmd(db, corpora / "notmuch-corpora"),
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    b = subprocess.Popen(
        _ingest_cmd(db, corpora / "bigbang-mailing-lists"),
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert a.wait() == 0 and b.wait() == 0
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    seen, total = con.execute(
        "SELECT COUNT(*), SUM(outcome IN ('ingested','duplicate','failed')) FROM items"
    ).fetchone()
    assert seen == total
    separate = tmp_path / "sep.db"
    for path in _inputs(corpora):
        subprocess.run(_ingest_cmd(separate, path), check=True, env=_env(), capture_output=True)
    assert seen == _items(separate)
