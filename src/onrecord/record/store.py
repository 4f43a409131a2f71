"""The record store: one SQLite file, and the class every layer above reads and writes it through.

One SQLite file holds raw bytes, messages, segments, statements (with an FTS5 index), threads and
persons. Writes happen in batches inside transactions, so a killed ingest leaves the database as it
was after the last committed batch, and re-running ingest resumes where it stopped.

:class:`Store` opens, checks and creates the database; its queries live by concern in the modules
it is made of, all in this package (the only one besides ``index/`` that speaks SQL):

- :mod:`.connection`: the connection, transactions, the writer lock, meta, fresh ids;
- :mod:`.bulk`: the full-text index and indexes filled in bulk, checkpoints;
- :mod:`.writes` and :mod:`.threads`: the write path of ingest, and threading;
- :mod:`.messages`, :mod:`.counts`, :mod:`.copy_rows`: reading messages, counts, printed copies;
- :mod:`.persons` and :mod:`.statements`: persons, and statements by author (search included).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from onrecord.record.bulk import DEFERRABLE_INDEXES, FTS_CHUNK, FTS_PENDING, SORT_CACHE_KIB
from onrecord.record.connection import StoreError, default_db_path, iso, like_escape, row_id
from onrecord.record.copy_rows import CopyRows
from onrecord.record.counts import Counts
from onrecord.record.messages import MessageReads
from onrecord.record.persons import PERSONS_THROUGH, Persons
from onrecord.record.schema import (
    APP_ID,
    SCHEMA_VERSION,
    schema_indexes,
    schema_sql,
    schema_tables,
)
from onrecord.record.snapshot import snapshot
from onrecord.record.statements import Statements
from onrecord.record.writes import SourceState, Writes

__all__ = [
    "APP_ID",
    "DEFERRABLE_INDEXES",
    "FTS_CHUNK",
    "FTS_PENDING",
    "PERSONS_THROUGH",
    "SCHEMA_VERSION",
    "SORT_CACHE_KIB",
    "SourceState",
    "Store",
    "StoreError",
    "default_db_path",
    "iso",
    "like_escape",
    "row_id",
]


class Store(Writes, MessageReads, CopyRows, Persons, Statements, Counts):
    """One onrecord database: opened (or created) with :meth:`open`, closed with :meth:`close`."""

    @classmethod
    def open(cls, path: str | Path, create: bool = True, readonly: bool = False) -> Store:
        """Open (or create) a database. ``readonly`` opens an existing one that this connection
        can never write to (SQLite's ``mode=ro`` plus ``query_only``): for page views."""
        path = Path(path)
        if readonly:
            return cls._open_readonly(path)
        exists = path.exists() and path.stat().st_size > 0
        if exists:
            with open(path, "rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    raise StoreError(
                        f"{path} is not an onrecord database (not SQLite); "
                        "choose another --db or remove the file"
                    )
        elif not create:
            raise StoreError(f"no database at {path}; run `onrecord ingest PATH` first")
        if not path.parent.exists():
            raise StoreError(f"folder {path.parent} does not exist")
        conn = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 60000")
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path} is not a usable SQLite database: {exc}") from exc
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA cache_size = -32768")
        # Sorts and temp tables spill to disk: a GROUP BY over millions of address rows must not
        # hold them all in memory (peak memory stays flat as the archive grows).
        conn.execute("PRAGMA temp_store = FILE")
        store = cls(path, conn)
        store._check_or_create(exists)
        return store

    @classmethod
    def _open_readonly(cls, path: Path) -> Store:
        if not (path.is_file() and path.stat().st_size > 0):
            raise StoreError(f"no database at {path}; run `onrecord ingest PATH` first")
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(
            uri, uri=True, timeout=60, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        try:
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA busy_timeout = 60000")
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            meta = (
                dict(conn.execute("SELECT key, value FROM meta").fetchall())
                if "meta" in tables
                else {}
            )
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{path} is not a usable SQLite database: {exc}") from exc
        if meta.get("app") != APP_ID:
            conn.close()
            raise StoreError(f"{path} is not an onrecord database; choose another --db")
        if int(meta.get("schema_version", "0")) > SCHEMA_VERSION:
            conn.close()
            raise StoreError(f"{path} has a newer schema than this onrecord; upgrade onrecord")
        return cls(path, conn)

    def _check_or_create(self, exists: bool) -> None:
        objects = self.db.execute("SELECT type, name FROM sqlite_master").fetchall()
        tables = {name for kind, name in objects if kind == "table"}
        if exists and tables and "meta" not in tables:
            raise StoreError(
                f"{self.path} is a SQLite database but not an onrecord one; choose another --db"
            )
        if "meta" in tables:
            meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("app") != APP_ID:
                raise StoreError(f"{self.path} is not an onrecord database; choose another --db")
            version = int(meta.get("schema_version", "0"))
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has schema v{version}, newer than this onrecord "
                    f"(v{SCHEMA_VERSION}); upgrade onrecord (pip install -U onrecord)"
                )
            if not schema_tables() <= tables:  # tables added since: schema.sql only adds
                self.db.executescript(schema_sql())
            elif not schema_indexes() <= {name for kind, name in objects if kind == "index"}:
                try:  # an index added since (built once); a read-only database goes without
                    self.db.executescript(schema_sql())
                except sqlite3.OperationalError:
                    pass
            if FTS_PENDING in meta:
                self._finish_killed_fulltext()
            return
        with self.writer_lock():  # two processes creating one database at once
            tables = {
                r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "meta" not in tables:
                self._create()

    def _create(self) -> None:
        sql = schema_sql()
        meta = (
            f"INSERT OR IGNORE INTO meta(key, value) VALUES ('app', '{APP_ID}'), "
            f"('schema_version', '{SCHEMA_VERSION}');"
        )
        self.db.executescript("BEGIN IMMEDIATE;" + sql + meta + "COMMIT;")

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every table's rows with their ids, the full-text index as its (term, statement,
        offset) rows, and the indexes: for comparing two databases (:mod:`.snapshot`)."""
        return snapshot(self.db)
