"""The record store: the only module that speaks SQL.

One SQLite file holds raw bytes, messages, segments, statements (with an FTS5 index), threads and
persons. Writes happen in batches inside transactions, so a killed ingest leaves the database as it
was after the last committed batch, and re-running ingest resumes where it stopped.
"""

from __future__ import annotations

import fcntl
import os
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from onrecord.record.failures import STORE_ERRORS, printable, store_failure_reason
from onrecord.record.model import Analyzed, MessageRecord, Outcome, SegmentKind
from onrecord.record.snapshot import snapshot
from onrecord.text.subjects import normalize_subject

SCHEMA_VERSION = 1
APP_ID = "onrecord"

#: Indexes on statements whose keys arrive in random order (author, date): kept up row by row
#: they cost a third of the writer's time on a large archive, built once at the end of a bulk
#: load (:meth:`Store.defer_indexes`) a few percent of it.
DEFERRABLE_INDEXES = ("statements_author", "statements_date", "statements_noemail")
#: The page cache (negative: KiB) while indexes are built, which is also what their sorts use.
SORT_CACHE_KIB = -4096
#: The meta key naming the first statement not yet in the full-text index (absent: all are).
FTS_PENDING = "fts_pending_from"
#: Statements added to the full-text index per transaction when catching up.
FTS_CHUNK = 250_000
#: The meta key holding the newest message id the persons were last computed over.
PERSONS_THROUGH = "persons_through"


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


@dataclass(slots=True)
class SourceState:
    id: int
    complete: bool
    size: int


class Store:
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

    # ---------------------------------------------------------------- opening
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
            if not _schema_tables() <= tables:  # tables added since: schema.sql only adds
                self.db.executescript(_schema_sql())
            elif not _schema_indexes() <= {name for kind, name in objects if kind == "index"}:
                try:  # an index added since (built once); a read-only database goes without
                    self.db.executescript(_schema_sql())
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
        sql = _schema_sql()
        meta = (
            f"INSERT OR IGNORE INTO meta(key, value) VALUES ('app', '{APP_ID}'), "
            f"('schema_version', '{SCHEMA_VERSION}');"
        )
        self.db.executescript("BEGIN IMMEDIATE;" + sql + meta + "COMMIT;")

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

    # ---------------------------------------------------------------- bulk loading
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
                for sql in _schema_index_statements():
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

    # ---------------------------------------------------------------- sources and items
    def source(self, path: str, fmt: str, size: int) -> SourceState:
        row = self.db.execute(
            "SELECT id, complete, size FROM sources WHERE path = ?", (path,)
        ).fetchone()
        if row:
            if row["size"] != size:
                self.db.execute(
                    "UPDATE sources SET size = ?, complete = 0 WHERE id = ?", (size, row["id"])
                )
                return SourceState(row["id"], False, size)
            return SourceState(row["id"], bool(row["complete"]), size)
        cur = self.db.execute(
            "INSERT INTO sources(path, format, size) VALUES (?, ?, ?)", (path, fmt, size)
        )
        return SourceState(int(cur.lastrowid or 0), False, size)

    def mark_complete(self, source_id: int) -> None:
        self.db.execute("UPDATE sources SET complete = 1 WHERE id = ?", (source_id,))

    def item_count(self, source_id: int) -> int:
        return int(
            self.db.execute(
                "SELECT COUNT(*) FROM items WHERE source_id = ?", (source_id,)
            ).fetchone()[0]
        )

    def has_item(self, source_id: int, locator: str) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM items WHERE source_id = ? AND locator = ?", (source_id, locator)
            ).fetchone()
            is not None
        )

    def add_failed(self, source_id: int, locator: str, reason: str, data: bytes = b"") -> None:
        blob = self.put_blob(data) if data else None
        self.db.execute(
            "INSERT OR IGNORE INTO items(source_id, locator, outcome, blob_hash, reason) "
            "VALUES (?, ?, 'failed', ?, ?)",
            (source_id, locator, blob, printable(reason[:500])),
        )

    def put_blob(self, data: bytes, digest: str | None = None) -> str:
        import hashlib

        digest = digest or hashlib.sha256(data).hexdigest()
        self.db.execute(
            "INSERT OR IGNORE INTO blobs(hash, size, data) VALUES (?, ?, ?)",
            (digest, len(data), data),
        )
        return digest

    # ---------------------------------------------------------------- messages
    def add(self, source_id: int, item: Analyzed, safe: bool = True) -> Outcome:
        """Store one analyzed item; returns whether it was new, a duplicate or failed.

        With ``safe``, a database error on one message rolls back just that message, which is
        then counted as failed with the reason: one bad message never aborts a run. Without it
        (the fast path for whole batches) the error propagates and the caller retries safely."""
        if not safe:
            return self._add(source_id, item)
        self.db.execute("SAVEPOINT item")
        saved, pending = dict(self._id_cache), self._fts_pending
        try:
            outcome = self._add(source_id, item)
        except STORE_ERRORS as exc:
            self.db.execute("ROLLBACK TO item")
            self.db.execute("RELEASE item")
            self._id_cache, self._fts_pending = saved, pending
            item.error = store_failure_reason(exc)
            item.record = None
            self.add_failed(source_id, item.locator, item.error, item.data)
            return Outcome.FAILED
        self.db.execute("RELEASE item")
        return outcome

    def _add(self, source_id: int, item: Analyzed) -> Outcome:
        if item.record is None:
            self.add_failed(source_id, item.locator, item.error or "unreadable", item.data)
            return Outcome.FAILED
        rec = item.record
        self.put_blob(rec.data, rec.blob_hash)
        existing = self._find_duplicate(rec)
        if existing is not None:
            self.db.execute(
                "INSERT OR IGNORE INTO items(source_id, locator, outcome, message, blob_hash, flags) "
                "VALUES (?, ?, 'duplicate', ?, ?, ?)",
                (source_id, item.locator, existing, rec.blob_hash, item.flags),
            )
            return Outcome.DUPLICATE
        mid = self._insert_message(rec)
        for printed in rec.printed:
            if self._find_duplicate(printed) is None:
                pid = self.insert_reconstructed(printed, "exhibit", None, threaded=True)
                self.db.execute("UPDATE messages SET document_id = ? WHERE id = ?", (mid, pid))
        self.db.execute(
            "INSERT OR IGNORE INTO items(source_id, locator, outcome, message, blob_hash, flags) "
            "VALUES (?, ?, 'ingested', ?, ?, ?)",
            (source_id, item.locator, mid, rec.blob_hash, item.flags),
        )
        return Outcome.INGESTED

    def _find_duplicate(self, rec: MessageRecord) -> int | None:
        row = self.db.execute(
            "SELECT id FROM messages WHERE content_hash = ?", (rec.content_hash,)
        ).fetchone()
        if row:
            return int(row[0])
        if not rec.message_id:
            return None
        # Same Message-ID: the same message unless the two disagree on who sent it and when
        # (then the id is a collision and the content hash decides).
        sender = rec.sender.email if rec.sender else ""
        for row in self.db.execute(
            "SELECT id, from_email, date, subject_norm FROM messages "
            "WHERE message_id = ? AND container_id IS NULL",
            (rec.message_id,),
        ):
            same_sender = not sender or not row["from_email"] or row["from_email"] == sender
            same_date = not rec.date or not row["date"] or _close_dates(iso(rec.date), row["date"])
            same_subject = normalize_subject(rec.subject)[0] == row["subject_norm"]
            if same_sender and same_date and same_subject:
                return int(row["id"])
        return None

    def insert_reconstructed(
        self, rec: MessageRecord, how: str, thread_id: int | None, threaded: bool = False
    ) -> int:
        """A message that survives only as a quotation, forward or printed exhibit. Printed
        mails are threaded like real mail (``threaded``); quotes join the quoting thread."""
        mid = self._insert_message(rec, thread=threaded)
        self.db.execute("UPDATE messages SET reconstructed = ? WHERE id = ?", (how, mid))
        if not threaded:
            self.db.execute(
                "UPDATE messages SET thread_id = ? WHERE id = ?",
                (thread_id if thread_id is not None else mid, mid),
            )
        return mid

    def _insert_message(
        self, rec: MessageRecord, container: int | None = None, thread: bool = True
    ) -> int:
        subject_norm, is_reply = normalize_subject(rec.subject)
        parent_ref = (
            rec.in_reply_to[-1]
            if rec.in_reply_to
            else (rec.references[-1] if rec.references else None)
        )
        sender = rec.sender
        cur = self.db.execute(
            "INSERT INTO messages(kind, blob_hash, message_id, content_hash, subject, subject_norm, "
            "from_name, from_email, date, date_offset, list_id, parent_ref, refs, container_id, "
            "lang, body_text, body_html, defects) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                rec.kind,
                rec.blob_hash,
                rec.message_id,
                rec.content_hash,
                rec.subject,
                subject_norm,
                sender.name if sender else "",
                sender.email if sender else "",
                iso(rec.date),
                rec.date_offset_min,
                rec.list_id,
                parent_ref,
                " ".join(rec.references),
                container,
                rec.lang,
                rec.body_text,
                rec.body_html,
                "; ".join(rec.defects),
            ),
        )
        mid = int(cur.lastrowid or 0)
        if container is None and thread:
            self._thread(mid, rec, parent_ref, subject_norm, is_reply)
        addresses = []
        if sender:
            addresses.append((mid, "from", sender.name, sender.email))
        addresses += [(mid, "to", a.name, a.email) for a in rec.to]
        addresses += [(mid, "cc", a.name, a.email) for a in rec.cc]
        if addresses:
            self.db.executemany(
                "INSERT INTO addresses(message, role, name, email) VALUES (?,?,?,?)", addresses
            )
        self._insert_segments(mid, rec)
        for att in rec.attachments:
            self.put_blob(att.data, att.blob_hash)
            doc_id = None
            if att.document is not None:
                doc_id = self._insert_message(att.document, container=mid)
            self.db.execute(
                "INSERT INTO attachments(message, filename, content_type, blob_hash, document) "
                "VALUES (?,?,?,?,?)",
                (mid, att.filename, att.content_type, att.blob_hash, doc_id),
            )
        return mid

    def _next_ids(self, table: str, n: int) -> int:
        """The first of ``n`` fresh row ids of ``table`` (one writer at a time holds the lock)."""
        first = self._id_cache.get(table)
        if first is None:
            first = self.db.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0]
        self._id_cache[table] = first + n
        return int(first)

    def replace_analysis(self, mid: int, rec: MessageRecord) -> None:
        """Replace a message's segments, statements and endorsements with a new analysis."""
        if self.defer_fulltext:  # statements not in the full-text index yet have nothing there
            pending = self._pending_fulltext()
        else:
            self._fulltext_ready()
            pending = None
        for sid, text in self.db.execute(
            "SELECT id, text FROM statements WHERE message = ?", (mid,)
        ).fetchall():
            if pending is not None and sid >= pending:
                continue
            self.db.execute(
                "INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', ?, ?)",
                (sid, text),
            )
        self.db.execute("DELETE FROM endorsements WHERE message = ?", (mid,))
        self.db.execute("DELETE FROM statements WHERE message = ?", (mid,))
        self.db.execute("DELETE FROM segments WHERE message = ?", (mid,))
        self._insert_segments(mid, rec)

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

    def _insert_segments(self, mid: int, rec: MessageRecord) -> None:
        if not self.defer_fulltext and rec.statements:
            self._fulltext_ready()  # before this message's statements exist
        seg0 = self._next_ids("segments", len(rec.segments))
        # Per segment, what its statements repeat: author, date and offset (computed once).
        authored = [
            (seg.author_name, seg.author_email, iso(seg.date), _offset(seg, rec))
            for seg in rec.segments
        ]
        self.db.executemany(
            'INSERT INTO segments(id, message, kind, start, "end", author_name, author_email, date, '
            "date_offset, original_message_id, depth, linked) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    seg0 + k,
                    mid,
                    str(seg.kind),
                    seg.start,
                    seg.end,
                    *authored[k],
                    seg.original_message_id,
                    seg.depth,
                    0 if seg.kind in (SegmentKind.QUOTED, SegmentKind.FORWARDED) else 1,
                )
                for k, seg in enumerate(rec.segments)
            ],
        )
        st0 = self._next_ids("statements", len(rec.statements))
        st_ids = [st0 + k for k in range(len(rec.statements))]
        rows = [
            (st0 + k, mid, seg0 + st.segment, str(st.kind), st.start, st.end, st.text, st.lang)
            + authored[st.segment]
            for k, st in enumerate(rec.statements)
        ]
        self.db.executemany(
            'INSERT INTO statements(id, message, segment, kind, start, "end", text, lang, '
            "author_name, author_email, date, date_offset) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        if rows:
            if self.defer_fulltext:
                if self._pending_fulltext() is None:
                    self.set_meta(FTS_PENDING, str(st0))
                    self._fts_pending = st0
            else:
                self.db.executemany(
                    "INSERT INTO statements_fts(rowid, text) VALUES (?, ?)",
                    [(r[0], r[6]) for r in rows],
                )
        sender = rec.sender
        for assent in rec.assents:
            rows = [(st_ids[t], st_ids[t]) for t in assent.targets] or [(None, None)]
            self.db.executemany(
                "INSERT INTO endorsements(statement, message, stance, target, quoted, "
                "endorser_name, endorser_email, date, date_offset) VALUES (?,?,?,?,?,?,?,?,?)",
                [
                    (
                        st_ids[assent.statement],
                        mid,
                        assent.stance,
                        target,
                        quoted,
                        sender.name if sender else "",
                        sender.email if sender else "",
                        iso(rec.date),
                        rec.date_offset_min,
                    )
                    for target, quoted in rows
                ],
            )

    # ---------------------------------------------------------------- threading
    def _thread(
        self,
        mid: int,
        rec: MessageRecord,
        parent_ref: str | None,
        subject_norm: str,
        is_reply: bool,
    ) -> None:
        """JWZ-style threading, incremental: every Message-ID a message carries or mentions maps
        to a thread (union-find in SQL), the parent is the nearest ancestor present in the
        archive, and children that arrived first are re-parented when their parent arrives."""
        ids = [i for i in [*rec.references, *rec.in_reply_to, rec.message_id] if i]
        thread_id: int | None = None
        if ids:
            marks = ",".join("?" * len(ids))
            found = {
                r[0]
                for r in self.db.execute(
                    f"SELECT DISTINCT thread_id FROM thread_ids WHERE msgid IN ({marks})", ids
                )
            }
            if found:
                thread_id = min(found)
                others = sorted(found - {thread_id})
                if others:
                    omarks = ",".join("?" * len(others))
                    self.db.execute(
                        f"UPDATE thread_ids SET thread_id = ? WHERE thread_id IN ({omarks})",
                        [thread_id, *others],
                    )
                    self.db.execute(
                        f"UPDATE messages SET thread_id = ? WHERE thread_id IN ({omarks})",
                        [thread_id, *others],
                    )
        parent_id = None
        ancestors = [*rec.references, *rec.in_reply_to]
        for ref in reversed(ancestors):
            if ref == rec.message_id:
                continue
            row = self.db.execute(
                "SELECT id FROM messages WHERE message_id = ? AND container_id IS NULL AND id != ? "
                "ORDER BY id LIMIT 1",
                (ref, mid),
            ).fetchone()
            if row:
                parent_id = int(row[0])
                break
        if thread_id is None and not ancestors and is_reply and subject_norm:
            # No headers to go by: a "Re:" joins the latest earlier message with the same subject
            # among the same people, within 60 days.
            thread_id, parent_id = self._subject_fallback(mid, rec, subject_norm)
        if thread_id is None:
            thread_id = mid
        if ids:
            self.db.executemany(
                "INSERT OR REPLACE INTO thread_ids(msgid, thread_id) VALUES (?, ?)",
                [(i, thread_id) for i in dict.fromkeys(ids)],
            )
        self.db.execute(
            "UPDATE messages SET thread_id = ?, parent_id = ? WHERE id = ?",
            (thread_id, parent_id, mid),
        )
        if rec.message_id:
            self.db.execute(
                "UPDATE messages SET parent_id = ? WHERE parent_ref = ? AND id != ? "
                "AND container_id IS NULL",
                (mid, rec.message_id, mid),
            )

    def _subject_fallback(
        self, mid: int, rec: MessageRecord, subject_norm: str
    ) -> tuple[int | None, int | None]:
        people = {a.email for a in [rec.sender, *rec.to, *rec.cc] if a and a.email}
        date = iso(rec.date)
        for row in self.db.execute(
            "SELECT id, thread_id, date FROM messages WHERE subject_norm = ? AND id != ? "
            "AND container_id IS NULL ORDER BY date DESC LIMIT 50",
            (subject_norm, mid),
        ):
            if (
                date
                and row["date"]
                and (row["date"] > date or not _within_days(row["date"], date, 60))
            ):
                continue
            others = {
                r[0]
                for r in self.db.execute(
                    "SELECT email FROM addresses WHERE message = ?", (row["id"],)
                )
            }
            if people & others:
                return int(row["thread_id"] or row["id"]), int(row["id"])
        return None, None

    # ---------------------------------------------------------------- reading
    def stats(self) -> dict[str, Any]:
        q = self.db.execute
        outcomes = dict(q("SELECT outcome, COUNT(*) FROM items GROUP BY outcome").fetchall())
        reasons = [
            {"reason": r[0], "count": r[1]}
            for r in q(
                "SELECT reason, COUNT(*) c FROM items WHERE outcome='failed' GROUP BY reason "
                "ORDER BY c DESC LIMIT 20"
            )
        ]
        sources = [
            dict(r)
            for r in q(
                "SELECT s.path, s.format, s.complete, "
                "SUM(i.outcome='ingested') ingested, SUM(i.outcome='duplicate') duplicate, "
                "SUM(i.outcome='failed') failed, COUNT(i.id) seen "
                "FROM sources s LEFT JOIN items i ON i.source_id = s.id GROUP BY s.id ORDER BY s.path"
            )
        ]
        for s in sources:
            for k in ("ingested", "duplicate", "failed"):
                s[k] = s[k] or 0
            s["complete"] = bool(s["complete"])
        seen = sum(outcomes.values())
        return {
            "sources": len(sources),
            "seen": seen,
            "ingested": outcomes.get("ingested", 0),
            "duplicate": outcomes.get("duplicate", 0),
            "failed": outcomes.get("failed", 0),
            "failure_reasons": reasons,
            "messages": q(
                "SELECT COUNT(*) FROM messages WHERE container_id IS NULL AND reconstructed IS NULL"
            ).fetchone()[0],
            "reconstructed_messages": q(
                "SELECT COUNT(*) FROM messages WHERE reconstructed IS NOT NULL"
            ).fetchone()[0],
            "endorsements": q("SELECT COUNT(DISTINCT statement) FROM endorsements").fetchone()[0],
            "contained_messages": q(
                "SELECT COUNT(*) FROM messages WHERE contained_in IS NOT NULL"
            ).fetchone()[0],
            "copies_linked": q("SELECT COUNT(*) FROM copies").fetchone()[0],
            "attachment_documents": q(
                "SELECT COUNT(*) FROM messages WHERE container_id IS NOT NULL"
            ).fetchone()[0],
            "threads": q(
                "SELECT COUNT(DISTINCT thread_id) FROM messages WHERE container_id IS NULL"
            ).fetchone()[0],
            "statements": q("SELECT COUNT(*) FROM statements").fetchone()[0],
            "authored_statements": q(
                "SELECT COUNT(*) FROM statements WHERE kind = 'authored'"
            ).fetchone()[0],
            "persons": q("SELECT COUNT(*) FROM persons WHERE is_role = 0").fetchone()[0],
            "role_addresses": q("SELECT COUNT(*) FROM persons WHERE is_role = 1").fetchone()[0],
            "per_source": sources,
        }

    def message_row(self, ref: str) -> sqlite3.Row | None:
        """A message by row id, by Message-ID (with or without <>), or by unique id prefix."""
        ref = ref.strip()
        mid = row_id(ref)
        if mid is not None:
            row = self.db.execute("SELECT * FROM messages WHERE id = ?", (mid,)).fetchone()
            if row:
                return row
        return self.db.execute(
            "SELECT * FROM messages WHERE message_id = ? ORDER BY id LIMIT 1", (ref.strip("<>"),)
        ).fetchone()

    def thread_rows(self, thread_id: int) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT id, message_id, parent_id, subject, from_name, from_email, date "
            "FROM messages WHERE thread_id = ? AND container_id IS NULL ORDER BY date, id",
            (thread_id,),
        ).fetchall()

    def segments_of(self, message: int) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT * FROM segments WHERE message = ? ORDER BY start", (message,)
        ).fetchall()

    def statements_of(self, message: int) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT * FROM statements WHERE message = ? ORDER BY start", (message,)
        ).fetchall()

    def endorsements_of(self, message: int) -> list[sqlite3.Row]:
        """The endorsements made in a message, with the statements they endorse."""
        return self.db.execute(
            "SELECT e.statement, e.stance, e.date, t.id AS target, t.text, t.author_name, "
            "t.author_email, t.date AS target_date, t.message AS target_message, t.kind "
            "FROM endorsements e LEFT JOIN statements t ON t.id = e.target "
            "WHERE e.message = ? ORDER BY e.id",
            (message,),
        ).fetchall()

    def sources_of(self, message: int) -> list[dict[str, Any]]:
        """The input items of a message, then those of the pages that print a copy of it
        (outcome ``copy``)."""
        own = [
            dict(r)
            for r in self.db.execute(
                "SELECT s.path, i.locator, i.outcome, i.flags, i.blob_hash FROM items i "
                "JOIN sources s ON s.id = i.source_id WHERE i.message = ? ORDER BY i.id",
                (message,),
            )
        ]
        return own + [
            dict(r)
            for r in self.db.execute(
                "SELECT s.path, i.locator, 'copy' AS outcome, i.flags, i.blob_hash FROM copies c "
                "JOIN messages m ON m.id = c.copy JOIN items i ON i.message = m.document_id "
                "JOIN sources s ON s.id = i.source_id WHERE c.original = ? ORDER BY c.copy, i.id",
                (message,),
            )
        ]

    # ---------------------------------------------------------------- copies
    def printed_unlinked(self) -> list[sqlite3.Row]:
        """Printed mails (reconstructed 'exhibit') not yet known as a copy of an original."""
        return self.db.execute(
            "SELECT id, from_name, from_email, date, date_offset FROM messages m "
            "WHERE reconstructed = 'exhibit' AND date IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM copies c WHERE c.copy = m.id) ORDER BY id"
        ).fetchall()

    def copy_candidates(self, email: str, name: str, lo: str, hi: str) -> list[int]:
        """Original mails by ``email`` (or, without one, by ``name``) dated in [lo, hi]."""
        who, arg = ("from_email = ?", email) if email else ("lower(from_name) = lower(?)", name)
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM messages WHERE kind = 'mail' AND reconstructed IS NULL "
                f"AND container_id IS NULL AND date BETWEEN ? AND ? AND {who} ORDER BY date",
                (lo, hi, arg),
            )
        ]

    def authored_texts(self, message: int) -> list[str]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT text FROM statements WHERE message = ? AND kind = 'authored' ORDER BY id",
                (message,),
            )
        ]

    def printed_mails(self) -> list[sqlite3.Row]:
        """Every printed mail, in order: its id, the page's source path and locator, and the
        Message-ID of the original it is a copy of (NULL when none)."""
        return self.db.execute(
            "SELECT m.id, s.path, i.locator, o.message_id AS original FROM messages m "
            "JOIN items i ON i.message = m.document_id AND i.outcome = 'ingested' "
            "JOIN sources s ON s.id = i.source_id LEFT JOIN copies c ON c.copy = m.id "
            "LEFT JOIN messages o ON o.id = c.original WHERE m.reconstructed = 'exhibit' "
            "ORDER BY m.id"
        ).fetchall()

    def link_copy(self, copy: int, original: int, how: str = "printed") -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO copies(copy, original, how) VALUES (?, ?, ?)",
            (copy, original, how),
        )

    def message_kinds(self, ids: Iterable[int]) -> dict[int, str]:
        """``{message id: kind}`` (mail | document | attachment) for the given messages."""
        ids = sorted(set(ids))
        out: dict[int, str] = {}
        for at in range(0, len(ids), 500):
            chunk = ids[at : at + 500]
            marks = ",".join("?" * len(chunk))
            out.update(
                self.db.execute(f"SELECT id, kind FROM messages WHERE id IN ({marks})", chunk)
            )
        return out

    def preceding_statements(self, ids: Iterable[int]) -> dict[int, tuple[str, bool]]:
        """``{statement id: (text of the statement right before it in its message, same
        author)}`` (quoted text included: the line a reply answers), where there is one."""
        out: dict[int, tuple[str, bool]] = {}
        for sid in sorted(set(ids)):
            row = self.db.execute(
                "SELECT p.text, p.author_email = s.author_email AND p.author_name = s.author_name "
                "FROM statements s JOIN statements p ON p.message = s.message "
                "AND p.start < s.start WHERE s.id = ? ORDER BY p.start DESC LIMIT 1",
                (sid,),
            ).fetchone()
            if row:
                out[sid] = (row[0], bool(row[1]))
        return out

    def statement_ids_from_source(self, path: str) -> list[int]:
        """Statements of the messages an input file (by its resolved path) yielded."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT st.id FROM statements st JOIN items i ON i.message = st.message "
                "JOIN sources s ON s.id = i.source_id WHERE s.path = ?",
                (path,),
            )
        ]

    def attachments_of(self, message: int) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT id, filename, content_type, blob_hash, document FROM attachments "
            "WHERE message = ? ORDER BY id",
            (message,),
        ).fetchall()

    def blob(self, digest: str) -> bytes | None:
        row = self.db.execute("SELECT data FROM blobs WHERE hash = ?", (digest,)).fetchone()
        return bytes(row[0]) if row else None

    # ---------------------------------------------------------------- persons
    def observed_addresses(self) -> Iterator[tuple[str, str, int, bool, int]]:
        """Every distinct (email, name) seen, with how often it sent mail, whether it is a
        list's own address, and in how many From/To/Cc entries it appeared at all (which name an
        address mostly goes by: in corporate mail most names are seen on recipients). Streams in
        email order (the index does the grouping), so memory holds one address's names at a
        time however large the archive."""
        rows = self.db.execute(
            "SELECT a.email, a.name, a.role, m.list_id FROM addresses a "
            "JOIN messages m ON m.id = a.message ORDER BY a.email"
        )
        current: str | None = None
        names: dict[str, list[int]] = {}
        for email, name, role, list_id in rows:
            if email != current:
                for nm, (sent, listed, seen) in names.items():
                    yield current or "", nm, sent, bool(listed), seen
                current, names = email, {}
            acc = names.get(name or "")
            if acc is None:
                acc = names[name or ""] = [0, 0, 0]
            acc[2] += 1
            if role == "from":
                acc[0] += 1
            elif role == "to" and list_id and email.replace("@", ".") in list_id:
                acc[1] = 1
        for nm, (sent, listed, seen) in names.items():
            yield current or "", nm, sent, bool(listed), seen

    def quoted_writers(self) -> Iterator[tuple[str, int]]:
        """Names of the writers of quoted and forwarded text known by name only ("Richard B
        Sanders", "Sara Shackleton/HOU/ECT@ECT"), with in how many segments: identity links
        them to the person with an address where the name is unambiguous."""
        yield from self.db.execute(
            "SELECT author_name, COUNT(*) FROM segments WHERE author_email = '' "
            "AND author_name != '' AND kind IN ('quoted', 'forwarded') GROUP BY author_name"
        )

    def corrections(self) -> list[tuple[str, str, str]]:
        return [tuple(r) for r in self.db.execute("SELECT op, a, b FROM corrections ORDER BY id")]

    def add_correction(self, op: str, a: str, b: str = "") -> None:
        self.db.execute("INSERT INTO corrections(op, a, b) VALUES (?, ?, ?)", (op, a, b))

    def persons_behind(self) -> bool:
        """Whether messages came in after the persons were last computed, other than the quotes
        and forwards the linker rebuilt (what the linker adds is for the persons after it)."""
        mark = int(self.meta(PERSONS_THROUGH, "0"))
        return bool(
            self.db.execute(
                "SELECT EXISTS (SELECT 1 FROM messages WHERE id > ? "
                "AND (reconstructed IS NULL OR reconstructed NOT IN ('quote', 'forward')))",
                (mark,),
            ).fetchone()[0]
        )

    def replace_persons(self, identities: Iterable[Any]) -> None:
        """Replace the person tables with a new clustering, keeping person ids stable: an
        identity keeps the id of the old person its key or most of its addresses belonged to.
        Marks the newest message it covered (:meth:`persons_behind`)."""
        top = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM messages").fetchone()[0]
        self.set_meta(PERSONS_THROUGH, str(top))
        old_keys = dict(self.db.execute("SELECT key, id FROM persons").fetchall())
        old_email = dict(self.db.execute("SELECT email, person FROM person_emails").fetchall())
        next_id = max(old_keys.values(), default=0) + 1
        self.db.execute("DELETE FROM person_emails")
        self.db.execute("DELETE FROM person_names")
        self.db.execute("DELETE FROM persons")
        rows, emails, names, taken = [], [], [], set()
        for ident in identities:
            pid = old_keys.get(ident.key)
            if pid is None or pid in taken:
                votes = Counter(old_email[e] for e in ident.emails if e in old_email)
                pid = next((p for p, _ in votes.most_common() if p not in taken), None)
            if pid is None:
                pid, next_id = next_id, next_id + 1
            taken.add(pid)
            rows.append((pid, ident.key, ident.display_name, int(ident.is_role)))
            emails += [(e, pid) for e in ident.emails if e]
            names += [(n, pid) for n in ident.names if n]
        self.db.executemany("INSERT INTO persons(id, key, name, is_role) VALUES (?,?,?,?)", rows)
        self.db.executemany(
            "INSERT OR IGNORE INTO person_emails(email, person) VALUES (?,?)", emails
        )
        self.db.executemany("INSERT OR IGNORE INTO person_names(name, person) VALUES (?,?)", names)

    def persons(self, ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
        """Persons (all, or those with these ids) with their addresses, names and message
        counts, most active first."""
        if ids is not None and not ids:
            return []
        only, args = "", []
        if ids is not None:
            only, args = f" WHERE {{col}} IN ({','.join('?' * len(ids))})", [int(i) for i in ids]
        counts = dict(
            self.db.execute(
                "SELECT pe.person, COUNT(DISTINCT m.id) FROM person_emails pe "
                "JOIN messages m ON m.from_email = pe.email AND m.container_id IS NULL "
                "AND NOT EXISTS (SELECT 1 FROM copies c WHERE c.copy = m.id)"
                + only.format(col="pe.person")
                + " GROUP BY pe.person",
                args,
            ).fetchall()
        )
        out = []
        for r in self.db.execute(
            "SELECT id, key, name, is_role FROM persons" + only.format(col="id") + " ORDER BY id",
            args,
        ):
            emails = [
                e[0]
                for e in self.db.execute(
                    "SELECT email FROM person_emails WHERE person = ? ORDER BY email", (r["id"],)
                )
            ]
            names = [
                n[0]
                for n in self.db.execute(
                    "SELECT name FROM person_names WHERE person = ? ORDER BY name", (r["id"],)
                )
            ]
            out.append(
                {
                    "id": r["id"],
                    "name": r["name"],
                    "emails": emails,
                    "names": names,
                    "is_role": bool(r["is_role"]),
                    "messages": counts.get(r["id"], 0),
                }
            )
        out.sort(key=lambda p: (-p["messages"], p["id"]))
        return out

    def find_person(self, query: str) -> list[dict[str, Any]]:
        """Persons matching an email, an id, or a name (substring, case-insensitive)."""
        q = query.strip().lower()
        if q.isdigit():
            pid = row_id(q)
            ids = [pid] if pid is not None else []
        else:
            like = f"%{like_escape(q)}%"  # "%" and "_" typed are themselves, not wildcards
            ids = [
                r[0]
                for r in self.db.execute(
                    "SELECT DISTINCT person FROM person_emails WHERE email = ? "
                    "UNION SELECT id FROM persons WHERE lower(name) LIKE ? ESCAPE '\\' "
                    "UNION SELECT DISTINCT person FROM person_names "
                    "WHERE lower(name) LIKE ? ESCAPE '\\'",
                    (q, like, like),
                )
            ]
        if len(ids) > 5000:  # a very broad match: one pass over all persons is cheaper
            wanted = set(ids)
            return [p for p in self.persons() if p["id"] in wanted]
        return self.persons(ids)

    def has_address(self, email: str) -> bool:
        """Whether ``email`` is an address of a person of the record."""
        row = self.db.execute("SELECT 1 FROM person_emails WHERE email = ? LIMIT 1", (email,))
        return row.fetchone() is not None

    def emails_of(self, person_id: int) -> list[str]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT email FROM person_emails WHERE person = ?", (person_id,)
            )
        ]

    def names_of(self, person_id: int) -> list[str]:
        return [
            r[0]
            for r in self.db.execute("SELECT name FROM person_names WHERE person = ?", (person_id,))
        ]

    # ---------------------------------------------------------------- search
    def search(
        self,
        match: str,
        emails: list[str] | None = None,
        names: list[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        kinds: tuple[str, ...] = ("authored",),
        limit: int = 20,
    ) -> list[sqlite3.Row]:
        # a printed copy of a message the record holds counts once: as the original
        where = [
            "statements_fts MATCH ?",
            "NOT EXISTS (SELECT 1 FROM copies c WHERE c.copy = s.message)",
        ]
        args: list[Any] = [match]
        if kinds:
            where.append(f"s.kind IN ({','.join('?' * len(kinds))})")
            args += list(kinds)
        if emails is not None or names is not None:
            ors = []
            if emails:
                ors.append(f"s.author_email IN ({','.join('?' * len(emails))})")
                args += emails
            if names:
                ors.append(
                    f"(s.author_email = '' AND s.author_name IN ({','.join('?' * len(names))}))"
                )
                args += names
            where.append("(" + (" OR ".join(ors) or "0") + ")")
        if since:
            where.append("s.date >= ?")
            args.append(since)
        if until:
            where.append("s.date < ?")
            args.append(until)
        sql = (
            'SELECT s.id, s.message, s.kind, s.start, s."end", s.text, s.lang, s.author_name, '
            "s.author_email, s.date, s.date_offset, m.message_id, m.subject, "
            "snippet(statements_fts, 0, '\x02', '\x03', '…', 24) AS snippet, "
            "bm25(statements_fts) AS score "
            "FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid "
            "JOIN messages m ON m.id = s.message "
            f"WHERE {' AND '.join(where)} ORDER BY score LIMIT ?"
        )
        args.append(limit)
        return self.db.execute(sql, args).fetchall()

    # ---------------------------------------------------------------- views (web app)
    def endorsers_of(self, message: int) -> list[sqlite3.Row]:
        """Endorsements made elsewhere of this message's statements ("Yup" replies to it)."""
        return self.db.execute(
            "SELECT e.statement, e.message, e.stance, e.endorser_name, e.endorser_email, e.date, "
            "e.target, t.text FROM endorsements e JOIN statements t ON t.id = e.target "
            "WHERE t.message = ? ORDER BY e.date, e.id",
            (message,),
        ).fetchall()

    def person_by_id(self, pid: int) -> dict[str, Any] | None:
        """One person (as in `persons`), by id."""
        found = self.persons([pid])
        return found[0] if found else None

    def top_persons(self, limit: int, roles: bool = False) -> list[dict[str, Any]]:
        """The persons who sent the most messages (as in `persons`), reading only those."""
        rows = self.db.execute(
            "SELECT p.id, COUNT(DISTINCT m.id) AS n FROM persons p "
            "LEFT JOIN person_emails pe ON pe.person = p.id "
            "LEFT JOIN messages m ON m.from_email = pe.email AND m.container_id IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM copies c WHERE c.copy = m.id) "
            f"WHERE {'1' if roles else 'p.is_role = 0'} GROUP BY p.id ORDER BY n DESC, p.id "
            "LIMIT ?",
            (limit,),
        ).fetchall()
        return self.persons([r["id"] for r in rows])

    def persons_of(self, emails: Iterable[str], names: Iterable[str] = ()) -> dict[str, Any]:
        """``{email or lower-cased name: (person id, person name)}`` for the given addresses, and
        for names: a name any one person goes by (a quoted writer's "Sara Shackleton/HOU/ECT@ECT"
        is a name of the person with her address); a name two persons share links to neither."""
        out: dict[str, Any] = {}
        emails, names = sorted(set(emails)), sorted({n.lower() for n in names})
        for i in range(0, len(emails), 500):
            part = emails[i : i + 500]
            for r in self.db.execute(
                "SELECT pe.email, p.id, p.name FROM person_emails pe JOIN persons p "
                f"ON p.id = pe.person WHERE pe.email IN ({','.join('?' * len(part))})",
                part,
            ):
                out[r[0]] = (r[1], r[2])
        for i in range(0, len(names), 500):
            part = names[i : i + 500]
            for r in self.db.execute(
                "SELECT lower(pn.name), MIN(p.id), MIN(p.name) FROM person_names pn "
                "JOIN persons p ON p.id = pn.person "
                f"WHERE lower(pn.name) IN ({','.join('?' * len(part))}) "
                "GROUP BY lower(pn.name) HAVING COUNT(DISTINCT p.id) = 1",
                part,
            ):
                out[r[0]] = (r[1], r[2])
        return out

    def addresses_of(self, message: int) -> list[sqlite3.Row]:
        """A message's addresses (role from, to or cc), in header order."""
        return self.db.execute(
            "SELECT role, name, email FROM addresses WHERE message = ? ORDER BY rowid", (message,)
        ).fetchall()

    def latest_messages(self, limit: int = 20) -> list[sqlite3.Row]:
        """The newest messages (not attachments), newest first."""
        return self.db.execute(
            "SELECT id, subject, from_name, from_email, date, thread_id, reconstructed "
            "FROM messages WHERE container_id IS NULL ORDER BY date DESC, id DESC LIMIT ?",
            (limit,),
        ).fetchall()

    def statements_of_person(
        self, emails: list[str], names: list[str], limit: int = 100
    ) -> list[sqlite3.Row]:
        """A person's authored statements, newest first, with their message's subject."""
        where, args = self._by("s", emails, names)
        return self.db.execute(
            'SELECT s.id, s.message, s.text, s.lang, s.date, s.start, s."end", m.subject '
            "FROM statements s JOIN messages m ON m.id = s.message "
            f"WHERE s.kind = 'authored' AND {where} ORDER BY s.date DESC, s.id LIMIT ?",
            [*args, limit],
        ).fetchall()

    def endorsements_made(self, emails: list[str], limit: int = 100) -> list[sqlite3.Row]:
        """Endorsements a person made, newest first, with the text they stand behind."""
        if not emails:
            return []
        return self.db.execute(
            "SELECT e.statement, e.message, e.stance, e.date, t.id AS target, t.text, "
            "t.author_name, t.author_email, t.message AS target_message FROM endorsements e "
            "LEFT JOIN statements t ON t.id = e.target "
            f"WHERE e.endorser_email IN ({','.join('?' * len(emails))}) "
            "ORDER BY e.date DESC, e.id LIMIT ?",
            [*emails, limit],
        ).fetchall()

    # ---------------------------------------------------------------- a person's record
    @staticmethod
    def _by(alias: str, emails: list[str], names: list[str]) -> tuple[str, list[Any]]:
        """WHERE on authorship: these addresses, or these names where no address is known
        (documents, printed mail)."""
        ors, args = [], []
        if emails:
            ors.append(f"{alias}.author_email IN ({','.join('?' * len(emails))})")
            args += list(emails)
        if names:
            ors.append(
                f"({alias}.author_email = '' AND {alias}.author_name IN "
                f"({','.join('?' * len(names))}))"
            )
            args += list(names)
        return "(" + (" OR ".join(ors) or "0") + ")", args

    def statements_by(self, emails: list[str], names: list[str]) -> list[sqlite3.Row]:
        """What a person wrote: their authored statements in mail (reconstructed and printed
        mail included) and in documents, oldest first. Assents ("Yup") are left out: they stand
        for what they endorse (:meth:`endorsements_by`). Quoted and forwarded copies are never
        included, whoever wrote them."""
        who, args = self._by("s", emails, names)
        return self.db.execute(
            'SELECT s.id, s.message, s.start, s."end", s.text, s.lang, s.author_name, '
            "s.author_email, s.date, m.kind AS message_kind, m.message_id, m.reconstructed "
            "FROM statements s JOIN messages m ON m.id = s.message "
            f"WHERE s.kind = 'authored' AND {who} "
            "AND NOT EXISTS (SELECT 1 FROM endorsements e WHERE e.statement = s.id) "
            "AND NOT EXISTS (SELECT 1 FROM copies c WHERE c.copy = s.message) "
            "ORDER BY s.date, s.id",
            args,
        ).fetchall()

    def endorsements_by(self, emails: list[str], names: list[str]) -> list[sqlite3.Row]:
        """A person's assents with what they endorse: one row per endorsed statement, dated at
        the reply (``date``), the endorsed text and its author (``t_*``), oldest first."""
        who, args = self._by("y", emails, names)
        return self.db.execute(
            "SELECT e.statement, e.message, e.stance, e.date, y.text AS assent, y.start, "
            'y."end", y.author_name, y.author_email, m.message_id, '
            "t.id AS t_id, t.text AS t_text, t.lang AS t_lang, t.author_name AS t_author_name, "
            "t.author_email AS t_author_email, t.date AS t_date, t.message AS t_message "
            "FROM endorsements e JOIN statements y ON y.id = e.statement "
            "JOIN statements t ON t.id = e.target JOIN messages m ON m.id = e.message "
            f"WHERE {who} ORDER BY e.date, e.id",
            args,
        ).fetchall()

    # ---------------------------------------------------------------- comparison
    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every table's rows with their ids, the full-text index as its (term, statement,
        offset) rows, and the indexes: for comparing two databases (:mod:`.snapshot`)."""
        return snapshot(self.db)


def _schema_sql() -> str:
    return resources.files("onrecord.record").joinpath("schema.sql").read_text()


def _schema_tables() -> set[str]:
    return set(re.findall(r"CREATE (?:VIRTUAL )?TABLE IF NOT EXISTS (\w+)", _schema_sql()))


def _schema_indexes() -> set[str]:
    return set(re.findall(r"CREATE INDEX IF NOT EXISTS (\w+)", _schema_sql()))


def _schema_index_statements() -> list[str]:
    """Each ``CREATE [UNIQUE] INDEX`` statement of the schema, as written there."""
    sql = re.sub(r"--[^\n]*", "", _schema_sql())
    return [
        stmt.strip() for stmt in sql.split(";") if re.match(r"\s*CREATE (?:UNIQUE )?INDEX", stmt)
    ]


def _offset(seg: Any, rec: MessageRecord) -> int | None:
    """The author's UTC offset: the segment's own, else the message's for its sender's text."""
    if seg.date_offset_min is not None:
        return int(seg.date_offset_min)
    return rec.date_offset_min if seg.date is not None and seg.date == rec.date else None


def _close_dates(a: str | None, b: str | None, hours: int = 48) -> bool:
    if not a or not b:
        return True
    da = datetime.fromisoformat(a.replace("Z", "+00:00"))
    db = datetime.fromisoformat(b.replace("Z", "+00:00"))
    return abs((da - db).total_seconds()) <= hours * 3600


def _within_days(a: str, b: str, days: int) -> bool:
    return _close_dates(a, b, hours=days * 24)


def default_db_path() -> Path:
    return Path(os.environ.get("ONRECORD_DB", "onrecord.db"))
