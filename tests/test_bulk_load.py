"""Bulk loading: the full-text index filled after the messages, the statements' random-order
indexes built at the end on an empty database; the result equals writing row by row."""

from __future__ import annotations

from pathlib import Path

from onrecord.engines.local import ingest
from onrecord.mail.analyze import analyze
from onrecord.record.model import ItemKind, RawItem
from onrecord.record.store import DEFERRABLE_INDEXES, FTS_PENDING, Store


def _mail(i: int, body: str) -> RawItem:
    data = (
        f"From: Ann Lee <ann@example.org>\nTo: bob@example.org\nSubject: note {i}\n"
        f"Message-ID: <m{i}@example.org>\nDate: Tue, 1 Mar 2016 09:{i:02d}:00 +0000\n\n{body}\n"
    ).encode()
    return RawItem(source="t", locator=f"m{i}", kind=ItemKind.MAIL, data=data)


def _fts(store: Store) -> list[tuple]:
    store.db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, statements_fts, instance)"
    )
    return sorted(map(tuple, store.db.execute("SELECT term, doc, offset FROM temp.v")))


def _check(store: Store) -> None:
    store.db.execute(
        "INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 1)"
    )


def _add(store: Store, source: int, items: list[RawItem]) -> None:
    with store.transaction():
        for item in items:
            store.add(source, analyze(item))


def test_deferred_fulltext_equals_row_by_row(tmp_path: Path) -> None:
    items = [_mail(i, f"The plant in Rotterdam number {i} will close. We agree.") for i in range(6)]
    plain, bulk = Store.open(tmp_path / "a.db"), Store.open(tmp_path / "b.db")
    for store in (plain, bulk):
        with store.transaction():
            src = store.source("t", "maildir", 0).id
        store.defer_fulltext = store is bulk
        _add(store, src, items[:4])
    assert bulk.meta(FTS_PENDING) != "" and _fts(bulk) == []
    assert bulk.index_fulltext() == len(plain.db.execute("SELECT id FROM statements").fetchall())
    assert bulk.meta(FTS_PENDING) == ""
    assert _fts(bulk) == _fts(plain)
    # deferred again, then a write that is not: the pending statements go in first
    bulk.defer_fulltext = True
    _add(bulk, src, items[4:5])
    bulk.defer_fulltext = False
    _add(bulk, src, items[5:])
    _add(plain, src, items[4:])
    assert bulk.meta(FTS_PENDING) == ""
    assert _fts(bulk) == _fts(plain)
    _check(bulk)
    # a replaced analysis (the linker's signatures) also catches up before deleting
    bulk.defer_fulltext = True
    _add(bulk, src, [_mail(9, "Another statement about the plant.")])
    bulk.defer_fulltext = False
    mid = bulk.db.execute("SELECT MAX(id) FROM messages").fetchone()[0]
    rec = analyze(_mail(9, "Another statement about the plant.")).record
    with bulk.transaction():
        bulk.replace_analysis(mid, rec)
    _check(bulk)


def test_failed_message_in_safe_batch_keeps_the_mark(tmp_path: Path) -> None:
    """A message rolled back to its savepoint must not take the pending mark with it."""
    store = Store.open(tmp_path / "c.db")
    with store.transaction():
        src = store.source("t", "maildir", 0).id
    store.defer_fulltext = True
    first, second = analyze(_mail(1, "First words here.")), analyze(_mail(2, "Second words."))
    store.db.execute(
        "CREATE TEMP TRIGGER boom BEFORE INSERT ON items WHEN NEW.locator = 'm1' AND NEW.outcome = 'ingested' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    with store.transaction():
        assert store.add(src, first, safe=True).value == "failed"
        store.add(src, second, safe=True)
    store.index_fulltext()
    assert {t for t, _, _ in _fts(store)} >= {"second", "words"}
    _check(store)


def test_ingest_builds_deferred_indexes(tmp_path: Path, sample: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    report = ingest(store, [sample], workers=1)
    assert "index" in report.phases
    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert set(DEFERRABLE_INDEXES) <= names
    assert store.meta(FTS_PENDING) == ""
    _check(store)
    # a second ingest into a database that has statements keeps its indexes as they are
    assert store.defer_indexes() is False
    store.close()


def test_killed_bulk_load_is_repaired_on_open(tmp_path: Path) -> None:
    """Indexes dropped by a run killed before the end come back on the next open."""
    db = tmp_path / "k.db"
    store = Store.open(db)
    assert store.defer_indexes() is True
    store.close()
    store = Store.open(db)
    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert set(DEFERRABLE_INDEXES) <= names
    store.close()


def test_killed_fulltext_is_finished_on_open_unless_an_ingest_runs(tmp_path: Path) -> None:
    """Statements a killed ingest left out of the full-text index are searchable after the next
    open; while another ingest holds the writer lock, the open leaves them to it."""
    import fcntl

    db = tmp_path / "f.db"
    store = Store.open(db)
    with store.transaction():
        src = store.source("t", "maildir", 0).id
    store.defer_fulltext = True
    _add(store, src, [_mail(i, f"The plant in Rotterdam number {i} will close.") for i in range(3)])
    store.close()  # as if killed: the mark stays
    with open(str(db) + ".lock", "a+") as fh:  # an ingest is running
        fcntl.flock(fh, fcntl.LOCK_EX)
        busy = Store.open(db)
        assert busy.meta(FTS_PENDING) != "" and _fts(busy) == []
        busy.close()
        fcntl.flock(fh, fcntl.LOCK_UN)
    again = Store.open(db)
    assert again.meta(FTS_PENDING) == ""
    hits = again.db.execute(
        "SELECT COUNT(*) FROM statements_fts WHERE statements_fts MATCH 'rotterdam'"
    ).fetchone()[0]
    assert hits == 3
    _check(again)
    again.close()


def test_replace_analysis_while_deferred(tmp_path: Path) -> None:
    """The linker re-segments messages while the full-text index is still deferred: indexed
    statements leave the index, pending ones are never looked for there."""
    plain, bulk = Store.open(tmp_path / "p.db"), Store.open(tmp_path / "q.db")
    items = [_mail(i, f"Statement {i} about the plant. We agree.") for i in range(3)]
    for store in (plain, bulk):
        with store.transaction():
            src = store.source("t", "maildir", 0).id
        _add(store, src, items[:2])  # indexed
        store.defer_fulltext = store is bulk
        _add(store, src, items[2:])  # pending in bulk
        for mid, item in ((1, items[0]), (3, items[2])):
            with store.transaction():
                store.replace_analysis(mid, analyze(item).record)
    bulk.defer_fulltext = False
    bulk.index_fulltext()
    assert _fts(bulk) == _fts(plain)
    _check(bulk)


def test_fulltext_chunks_while_writing(tmp_path: Path, sample: Path, monkeypatch) -> None:
    """The full-text index caught up every few batches ends as one caught up at the end."""
    from onrecord.engines import local

    ends = Store.open(tmp_path / "end.db")
    ingest(ends, [sample], workers=1)
    monkeypatch.setattr(local, "BATCH", 2)
    monkeypatch.setattr(local, "FULLTEXT_CHUNK", 5)
    chunks = Store.open(tmp_path / "chunks.db")
    ingest(chunks, [sample], workers=1)
    assert _fts(chunks) == _fts(ends) and _fts(ends)
    assert chunks.dump() == ends.dump()
    _check(chunks)


def test_linker_text_work_in_the_pool(tmp_path: Path, corpora: Path, monkeypatch) -> None:
    """With worker processes, the linker's text work (signatures, reconstructed quotes) runs in
    them: the database is the same as with none."""
    from onrecord.engines import local

    inputs = [corpora / "bigbang-mailing-lists", corpora / "stalwart-mail-parser"]
    alone = Store.open(tmp_path / "alone.db")
    one = ingest(alone, inputs, workers=1)
    monkeypatch.setattr(local, "POOL_MIN_BYTES", 0)
    pooled = Store.open(tmp_path / "pooled.db")
    two = ingest(pooled, inputs, workers=2)
    assert one.links.signatures > 0 and one.links.reconstructed > 0
    assert one.links == two.links
    assert pooled.dump() == alone.dump() and _fts(pooled) == _fts(alone)


def test_background_checkpoints_copy_the_log(tmp_path: Path) -> None:
    """The checkpoint thread copies what was committed into the database file meanwhile (this
    connection never checkpoints here, so the file grows only through the thread)."""
    import os
    import time

    db = tmp_path / "w.db"
    store = Store.open(db)
    store.wal_autocheckpoint(0)
    with store.transaction():
        src = store.source("t", "maildir", 0).id
    before = os.path.getsize(db)
    with store.background_checkpoints(every=0.01):
        _add(store, src, [_mail(i, f"Words number {i} here. " * 200) for i in range(20)])
        deadline = time.monotonic() + 10
        while os.path.getsize(db) <= before and time.monotonic() < deadline:
            time.sleep(0.01)
    assert os.path.getsize(db) > before
    assert store.db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 20
