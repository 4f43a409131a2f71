"""The store's connection: transactions, the writer lock, the meta table and fresh row ids.

:class:`StoreBase` holds the one SQLite connection that every part of the store
(:class:`onrecord.record.store.Store`) works through. The helpers below are the small vocabulary
those parts share: ids as users type them, LIKE patterns, ISO dates, where the database lives.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any


class StoreError(Exception):
    """A database problem the user can fix; the message says how."""


def row_id(text: str) -> int | None:
    """``text`` as a row id, or None: ASCII digits only, and few enough for SQLite's 64-bit
    integers (a 5,000-digit number is not an id, and int() refuses it)."""
    if text.isascii() and text.isdigit() and len(text) <= 18:
        return int(text)
    return None


def like_escape(text: str) -> str:
    """``text`` for a LIKE pattern with ``ESCAPE '\\'``: its % and _ match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def iso(dt: datetime | None) -> str | None:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ") if dt else None


def default_db_path() -> Path:
    return Path(os.environ.get("ONRECORD_DB", "onrecord.db"))


class StoreBase:
    """The connection and what every part of the store needs of it."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.db = conn
        self._id_cache: dict[str, int] = {}
        #: While set, new statements are not added to the full-text index one batch at a time:
        #: the first one's id is written to meta (FTS_PENDING) in the same transaction, and
        #: :meth:`index_fulltext` adds them all in one pass. Any other write to the index
        #: catches up first, so the index never holds a statement twice or misses one.
        self.defer_fulltext = False
        self._fts_pending: int | bool | None = False  # False: not read in this transaction

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        self._id_cache.clear()
        self._fts_pending = False
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            self._id_cache.clear()
            self._fts_pending = False
            raise
        self.db.execute("COMMIT")

    @contextmanager
    def writer_lock(self, on_wait: Any = None) -> Iterator[None]:
        """Serialize ingests on one database: a second one waits for the first."""
        lock_path = str(self.path) + ".lock"
        with open(lock_path, "a+") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_wait:
                    on_wait()
                fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        """Set in place: the same value again writes nothing (REPLACE would re-insert the row)."""
        self.db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
            "SET value = excluded.value WHERE value != excluded.value",
            (key, value),
        )

    def _next_ids(self, table: str, n: int) -> int:
        """The first of ``n`` fresh row ids of ``table`` (one writer at a time holds the lock)."""
        first = self._id_cache.get(table)
        if first is None:
            first = self.db.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0]
        self._id_cache[table] = first + n
        return int(first)
