"""Bulk loading: the full-text index filled in one pass, indexes built at the end, checkpoints.

A large ingest writes statements without adding them to the full-text index batch by batch
(``defer_fulltext``) and without the indexes whose keys arrive in random order
(:data:`DEFERRABLE_INDEXES`); both are caught up once, and a run killed before that is caught up
by the next open or write, so the index never holds a statement twice or misses one.
"""

from __future__ import annotations

import fcntl
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from onrecord.record.connection import StoreBase
from onrecord.record.schema import schema_index_statements

#: Indexes on statements whose keys arrive in random order (author, date): kept up row by row
#: they cost a third of the writer's time on a large archive, built once at the end of a bulk
#: load (:meth:`BulkLoad.defer_indexes`) a few percent of it.
DEFERRABLE_INDEXES = ("statements_author", "statements_date", "statements_noemail")
#: The page cache (negative: KiB) while indexes are built, which is also what their sorts use.
SORT_CACHE_KIB = -4096
#: The meta key naming the first statement not yet in the full-text index (absent: all are).
FTS_PENDING = "fts_pending_from"
#: Statements added to the full-text index per transaction when catching up.
FTS_CHUNK = 250_000


class BulkLoad(StoreBase):
    """The part of :class:`onrecord.record.store.Store` that fills indexes in bulk."""

    def _pending_fulltext(self) -> int | None:
        """The first statement id not in the full-text index yet, or None (read once per
        transaction: only this connection writes while it holds the write lock)."""
        if self._fts_pending is False:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (FTS_PENDING,)).fetchone()
            self._fts_pending = int(row[0]) if row else None
        return self._fts_pending  # type: ignore[return-value]

    def index_fulltext(self, at_least: int = 0) -> int:
        """Add the statements written with ``defer_fulltext`` to the full-text index, in id
        order, a chunk per transaction (call it outside a transaction); with ``at_least``, only
        once that many are waiting. Returns how many it added."""
        done = 0
        while True:
            with self.transaction():
                first = self._pending_fulltext()
                if first is None:
                    return done
                if at_least:
                    top = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM statements").fetchone()
                    if top[0] - first + 1 < at_least:
                        return done
                    at_least = 0
                done += self._catch_up_fulltext(first, FTS_CHUNK)

    def _catch_up_fulltext(self, first: int, limit: int | None = None) -> int:
        """Index statements ``first``.. (at most ``limit`` ids of them) and move the mark on
        (or drop it once all are in), inside the caller's transaction."""
        top = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM statements").fetchone()[0]
        last = top if limit is None else min(top, first + limit - 1)
        cur = self.db.execute(
            "INSERT INTO statements_fts(rowid, text) SELECT id, text FROM statements "
            "WHERE id >= ? AND id <= ? ORDER BY id",
            (first, last),
        )
        if last >= top:
            self.db.execute("DELETE FROM meta WHERE key = ?", (FTS_PENDING,))
            self._fts_pending = None
        else:
            self.set_meta(FTS_PENDING, str(last + 1))
            self._fts_pending = last + 1
        return max(cur.rowcount, 0)

    def _fulltext_ready(self) -> None:
        """Before a write to the full-text index: statements still pending go in first."""
        first = self._pending_fulltext()
        if first is not None:
            self._catch_up_fulltext(first)

    def defer_indexes(self) -> bool:
        """On an empty database, drop the indexes that :data:`DEFERRABLE_INDEXES` names, so a
        bulk load does not keep them up row by row; :meth:`create_indexes` builds them again
        (so does the next open, should this run be killed first). Returns whether it did."""
        with self.transaction():
            if self.db.execute("SELECT 1 FROM statements LIMIT 1").fetchone():
                return False
            for name in DEFERRABLE_INDEXES:
                self.db.execute(f"DROP INDEX IF EXISTS {name}")
        return True

    def wal_autocheckpoint(self, pages: int) -> int:
        """Checkpoint the write-ahead log every ``pages`` pages (SQLite's default is 1,000);
        returns the setting before. Each checkpoint syncs the database file to disk, so a
        bulk load checkpoints less often (the log grows to that many pages meanwhile)."""
        old = int(self.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        self.db.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")
        return old

    @contextmanager
    def background_checkpoints(self, every: float = 0.25) -> Iterator[None]:
        """Meanwhile, a thread with a connection of its own copies the write-ahead log into
        the database (SQLite's passive checkpoint: it never blocks this connection's writes).
        For the single-threaded end of an ingest: the copying then runs on another core
        instead of in this thread's checkpoints or at close."""
        stop = threading.Event()

        def run() -> None:
            try:
                con = sqlite3.connect(self.path, timeout=1, isolation_level=None)
            except sqlite3.Error:
                return
            try:
                while not stop.wait(every):
                    try:
                        con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    except sqlite3.Error:
                        pass
            finally:
                con.close()

        thread = threading.Thread(target=run, name="onrecord-checkpoint", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()

    def create_indexes(self) -> None:
        """Create every index of the schema that is missing (one sorted pass each). The sorts
        take as much memory as the page cache may: it is made small meanwhile, so building
        indexes does not add to the peak memory of an ingest."""
        cache = int(self.db.execute("PRAGMA cache_size").fetchone()[0])
        self.db.execute(f"PRAGMA cache_size = {SORT_CACHE_KIB}")
        try:
            with self.transaction():
                for sql in schema_index_statements():
                    self.db.execute(sql)
        finally:
            self.db.execute(f"PRAGMA cache_size = {cache}")

    def _finish_killed_fulltext(self) -> None:
        """Statements left out of the full-text index by an ingest that was killed go in now,
        so search finds them before the next ingest. Only when no ingest holds the writer lock:
        a running one fills the index itself."""
        with open(str(self.path) + ".lock", "a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return
            try:
                self.index_fulltext()
            except sqlite3.OperationalError:  # read-only file or folder: search goes without
                pass
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)
