"""Killing ingest midway (SIGKILL) and running it again ends with the same database as one clean
run; running it again with nothing new changes no table, not a row nor an id; two ingests at once
on one database wait for each other and corrupt nothing. (``benchmarks/kill_resume.py`` kills at
random points, persons and linker phases included.)"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from onrecord.engines.local import ingest
from onrecord.record.linker import Linker
from onrecord.record.snapshot import differences, snapshot
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


def _linked(db: Path) -> int:
    with closing(sqlite3.connect(db)) as con:
        return con.execute("SELECT COUNT(*) FROM segments WHERE linked = 1").fetchone()[0]


def _dump(db: Path) -> dict:
    """Every table with its row ids, the full-text index's (term, statement, offset) rows and
    the index definitions: a run killed while the index and the full-text index were deferred
    ends with both whole."""
    store = Store.open(db, create=False)
    try:
        out = store.dump()
        store.db.execute(
            "INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 1)"
        )
        return out
    finally:
        store.close()


def _inputs(corpora: Path) -> list[Path]:
    return [corpora / "notmuch-corpora", corpora / "bigbang-mailing-lists"]


def _rerun_changes(db: Path, inputs: list[Path]) -> dict[str, tuple[int, int]]:
    """The tables (their rows, ids, rowids and the full-text index's own tables) that a second
    ingest of the same inputs changed."""
    store = Store.open(db)
    try:
        first = ingest(store, inputs, workers=1)
        assert first.ingested > 0 and first.links.reconstructed > 0
        before = snapshot(store.db, exact=True)
        again = ingest(store, inputs, workers=1)
        assert (again.seen, again.ingested) == (0, 0)
        return differences(before, snapshot(store.db, exact=True))
    finally:
        store.close()


def test_a_rerun_with_nothing_new_changes_no_table(sample: Path, tmp_path: Path) -> None:
    # (it moved the linker's signature mark past the mail the linker itself had rebuilt)
    assert _rerun_changes(tmp_path / "s.db", [sample]) == {}


def test_a_rerun_of_real_lists_changes_no_table(corpora: Path, tmp_path: Path) -> None:
    # (persons once changed: 229 -> 230 on notmuch, the senders of mail the linker rebuilt)
    assert _rerun_changes(tmp_path / "c.db", _inputs(corpora)) == {}


def test_a_rerun_of_an_enron_mbox_keeps_every_table_and_the_persons(
    corpora: Path, tmp_path: Path
) -> None:
    """One real mbox (Mark Taylor's inbox, 373 messages) ingested twice: every table keeps its
    row count and its rows, persons with their addresses and names included. (Before persons
    were computed again after the linker, this re-run grew persons 1,001 -> 1,017: the writers
    of mail the linker had rebuilt from quotes became persons only on the second run.)"""
    inbox = corpora / "enron-mbox" / "enron.taylor-m.inbox"
    store = Store.open(tmp_path / "t.db")
    try:
        first = ingest(store, [inbox], workers=1)
        assert first.ingested == 373 and first.links.reconstructed > 0
        before = snapshot(store.db, exact=True)
        assert len(before["persons"]) > 900
        again = ingest(store, [inbox], workers=1)
        assert (again.seen, again.ingested) == (0, 0)
        after = snapshot(store.db, exact=True)
    finally:
        store.close()
    assert {t: len(rows) for t, rows in after.items()} == {
        t: len(rows) for t, rows in before.items()
    }
    for table in ("persons", "person_emails", "person_names"):
        assert after[table] == before[table], table
    assert differences(before, after) == {}


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


class _Killed(BaseException):
    """A kill as the database sees it: the open transaction is rolled back, nothing else runs."""


def _ingest_killed_in_linker(db: Path, inputs: list[Path], after: int | None) -> None:
    """Ingest into ``db``, killed as the linker starts its chunk ``after + 1`` (None: never)."""
    store = Store.open(db)
    left = after

    def chunk(self: Linker) -> bool:
        nonlocal left
        if left is not None:
            if left == 0:
                raise _Killed
            left -= 1
        return real(self, 50)  # small chunks: many points to be killed at

    real = Linker._link_chunk
    Linker._link_chunk = chunk  # type: ignore[method-assign]
    try:
        ingest(store, inputs, workers=1)
    except _Killed:
        pass
    finally:
        Linker._link_chunk = real  # type: ignore[method-assign]
        store.close()


@pytest.mark.parametrize("after", [1, 3])
def test_killed_in_the_linker_then_rerun_equals_clean_run(
    corpora: Path, tmp_path: Path, after: int
) -> None:
    """Killed between two of the linker's chunks, the re-run links with the persons the killed
    run started with and ends with the same persons, ids included, as one clean run. (It once
    did not: the re-run counted the writers of the mail rebuilt before the kill first and
    numbered them apart from the rest: Mark Taylor's inbox, 1,017 persons, ids shuffled.)"""
    inbox = [corpora / "enron-mbox" / "enron.taylor-m.inbox"]
    _ingest_killed_in_linker(tmp_path / "clean.db", inbox, None)
    killed = tmp_path / "killed.db"
    _ingest_killed_in_linker(killed, inbox, after)
    assert _items(killed) == _items(tmp_path / "clean.db")  # the kill was in the linker ...
    assert 0 < _linked(killed) < _linked(tmp_path / "clean.db")  # ... midway
    _ingest_killed_in_linker(killed, inbox, None)
    assert differences(_dump(tmp_path / "clean.db"), _dump(killed)) == {}


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
