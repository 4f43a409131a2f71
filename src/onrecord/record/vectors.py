"""Statement vectors and the candidate queries of hybrid retrieval: the SQL of the vector index.

Vectors live in ``statement_vectors``, one row per (embedding model, statement), as float16
bytes (half the size of float32; cosine scores differ by <1e-3). Each row carries a 64-bit hash of
the text it was made from: a statement whose text changed (a re-analysed message may reuse ids)
reads as stale and is embedded again. Models are rows of ``vector_models``, so vectors of two
embedders never mix. Both tables are created on first use, so databases made before they existed
gain them without a migration.

Retrieval filters (person, date, segment kind) are one :class:`StatementFilter`; the *pool* of a
filter is the statements it matches plus the statements endorsed by a statement it matches, so that
"Yup" can be found through what it agreed to.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from onrecord.record.store import Store

HASH_FN = "onrecord_text_hash"
VEC_DTYPE = np.dtype("<f2")


def text_hash(text: str) -> int:
    """A signed 64-bit hash of a statement's text (what SQLite stores as INTEGER)."""
    return int.from_bytes(
        hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
        "little",
        signed=True,
    )


def to_blob(vec: np.ndarray) -> bytes:
    return np.asarray(vec, dtype=VEC_DTYPE).tobytes()


def from_blobs(blobs: Sequence[bytes], dim: int) -> np.ndarray:
    """(n, dim) float32 from stored blobs."""
    if not blobs:
        return np.zeros((0, dim), dtype=np.float32)
    return (
        np.frombuffer(b"".join(blobs), dtype=VEC_DTYPE).reshape(len(blobs), dim).astype(np.float32)
    )


@dataclass(frozen=True, slots=True)
class StatementFilter:
    """Which statements a search may return: by author (emails, or names for statements with no
    address), date range ``[since, until)`` and segment kind. ``None`` means no restriction."""

    emails: tuple[str, ...] | None = None
    names: tuple[str, ...] | None = None
    since: str | None = None
    until: str | None = None
    kinds: tuple[str, ...] | None = ("authored",)

    @classmethod
    def of(
        cls,
        emails: Iterable[str] | None = None,
        names: Iterable[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        kinds: Iterable[str] | None = ("authored",),
    ) -> StatementFilter:
        return cls(
            tuple(emails) if emails is not None else None,
            tuple(names) if names is not None else None,
            since,
            until,
            tuple(kinds) if kinds else None,
        )

    @property
    def by_person(self) -> bool:
        return self.emails is not None or self.names is not None

    def sql(self, a: str) -> tuple[str, list[Any]]:
        """A WHERE clause on the statements alias ``a``, with its arguments."""
        where: list[str] = []
        args: list[Any] = []
        if self.kinds:
            where.append(f"{a}.kind IN ({','.join('?' * len(self.kinds))})")
            args += self.kinds
        if self.by_person:
            ors = []
            if self.emails:
                ors.append(f"{a}.author_email IN ({','.join('?' * len(self.emails))})")
                args += self.emails
            if self.names:
                ors.append(
                    f"({a}.author_email = '' AND {a}.author_name IN "
                    f"({','.join('?' * len(self.names))}))"
                )
                args += self.names
            where.append("(" + (" OR ".join(ors) or "0") + ")")
        if self.since:
            where.append(f"{a}.date >= ?")
            args.append(self.since)
        if self.until:
            where.append(f"{a}.date < ?")
            args.append(self.until)
        # a printed copy of a message the record holds counts once: as the original
        where.append(_not_a_copy(a))
        return " AND ".join(where), args

    def pool_sql(self, a: str) -> tuple[str, list[Any]]:
        """Statements the filter matches, or that a statement it matches endorses."""
        own, args = self.sql(a)
        endorser, eargs = self.sql("y")
        if own == _not_a_copy(a):
            return own, args
        return (
            f"(({own}) OR EXISTS (SELECT 1 FROM endorsements e JOIN statements y "
            f"ON y.id = e.statement WHERE e.target = {a}.id AND {endorser}))",
            args + eargs,
        )


def _not_a_copy(a: str) -> str:
    return f"NOT EXISTS (SELECT 1 FROM copies c WHERE c.copy = {a}.message)"


class VectorTable:
    """The stored vectors of one embedding model."""

    def __init__(self, store: Store, model: str, dim: int) -> None:
        self.store = store
        self.db: sqlite3.Connection = store.db
        self.name = model
        self.dim = dim
        self.db.create_function(HASH_FN, 1, _sql_hash, deterministic=True)
        row = self.db.execute(
            "SELECT id, dim FROM vector_models WHERE name = ?", (model,)
        ).fetchone()
        if row is None:
            try:
                self.db.execute(
                    "INSERT OR IGNORE INTO vector_models(name, dim) VALUES (?, ?)", (model, dim)
                )
            except sqlite3.OperationalError:  # a read-only database: no vectors, none cached
                self.model_id = -1
                return
            row = self.db.execute(
                "SELECT id, dim FROM vector_models WHERE name = ?", (model,)
            ).fetchone()
        if int(row["dim"]) != dim:
            raise ValueError(
                f"vectors named {model!r} in {store.path} have {row['dim']} dimensions, "
                f"this embedder makes {dim}"
            )
        self.model_id = int(row["id"])

    # ------------------------------------------------------------ writing
    def put(self, rows: Iterable[tuple[int, int, bytes]]) -> int:
        """Store (statement, text hash, vector blob) rows in one transaction; returns the count."""
        rows = list(rows)
        if not rows:
            return 0
        with self.store.transaction():
            self.db.executemany(
                "INSERT OR REPLACE INTO statement_vectors(model, statement, hash, vec) "
                "VALUES (?, ?, ?, ?)",
                [(self.model_id, sid, h, vec) for sid, h, vec in rows],
            )
        return len(rows)

    def prune(self) -> int:
        """Drop the vectors of statements that no longer exist; returns how many."""
        with self.store.transaction():
            cur = self.db.execute(
                "DELETE FROM statement_vectors WHERE model = ? AND statement NOT IN "
                "(SELECT id FROM statements)",
                (self.model_id,),
            )
        return cur.rowcount

    # ------------------------------------------------------------ reading
    def counts(self) -> dict[str, int]:
        q = self.db.execute
        total = q("SELECT COUNT(*) FROM statements").fetchone()[0]
        return {
            "statements": total,
            "embedded": total - self.pending_count(),
            "stored": q(
                "SELECT COUNT(*) FROM statement_vectors WHERE model = ?", (self.model_id,)
            ).fetchone()[0],
        }

    def unstored(self) -> int:
        """Statements with no vector of this model at all (stale vectors aside): two counts,
        cheap on any size of record, unlike :meth:`pending_count`, which hashes every text."""
        q = self.db.execute
        total = q("SELECT COUNT(*) FROM statements").fetchone()[0]
        stored = q(
            "SELECT COUNT(*) FROM statement_vectors WHERE model = ?", (self.model_id,)
        ).fetchone()[0]
        return max(0, int(total) - int(stored))

    def pending_count(self) -> int:
        return int(
            self.db.execute(
                "SELECT COUNT(*) FROM statements s LEFT JOIN statement_vectors v "
                "ON v.model = ? AND v.statement = s.id "
                f"WHERE v.statement IS NULL OR v.hash != {HASH_FN}(s.text)",
                (self.model_id,),
            ).fetchone()[0]
        )

    def iter_pending(self, batch: int) -> Iterator[list[tuple[int, str]]]:
        """(statement, text) pages of statements with no current vector, in id order. Each page
        is read when the previous one has been handled, so a caller that stores each page before
        asking for the next never sees it again."""
        after = 0
        while True:
            rows = self.db.execute(
                "SELECT s.id, s.text FROM statements s LEFT JOIN statement_vectors v "
                "ON v.model = ? AND v.statement = s.id "
                f"WHERE s.id > ? AND (v.statement IS NULL OR v.hash != {HASH_FN}(s.text)) "
                "ORDER BY s.id LIMIT ?",
                (self.model_id, after, batch),
            ).fetchall()
            if not rows:
                return
            yield [(int(r[0]), r[1]) for r in rows]
            after = int(rows[-1][0])

    def by_hash(self, hashes: Iterable[int]) -> dict[int, bytes]:
        """Stored vectors of texts already embedded (under any statement), by text hash."""
        out: dict[int, bytes] = {}
        hs = list(dict.fromkeys(hashes))
        for i in range(0, len(hs), 500):
            part = hs[i : i + 500]
            for h, vec in self.db.execute(
                "SELECT hash, vec FROM statement_vectors WHERE model = ? AND hash IN "
                f"({','.join('?' * len(part))})",
                [self.model_id, *part],
            ):
                out[int(h)] = bytes(vec)
        return out

    def current(self, ids: Sequence[int]) -> tuple[dict[int, bytes], list[tuple[int, str]]]:
        """For these statements: the vectors stored and current, and (id, text) of the rest."""
        have: dict[int, bytes] = {}
        missing: list[tuple[int, str]] = []
        for i in range(0, len(ids), 500):
            part = list(ids[i : i + 500])
            for sid, text, h, vec in self.db.execute(
                "SELECT s.id, s.text, v.hash, v.vec FROM statements s LEFT JOIN statement_vectors v "
                "ON v.model = ? AND v.statement = s.id "
                f"WHERE s.id IN ({','.join('?' * len(part))})",
                [self.model_id, *part],
            ):
                if vec is not None and h == text_hash(text):
                    have[int(sid)] = bytes(vec)
                else:
                    missing.append((int(sid), text))
        return have, missing

    def stream(
        self, flt: StatementFilter, chunk: int = 16384
    ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(ids, (n, dim) float32 vectors) chunks of every stored vector in ``flt``'s pool, in id
        order. Memory stays at one chunk whatever the archive's size."""
        where, args = flt.pool_sql("s")
        after = 0
        while True:
            rows = self.db.execute(
                "SELECT v.statement, v.vec FROM statement_vectors v "
                "JOIN statements s ON s.id = v.statement "
                f"WHERE v.model = ? AND v.statement > ? AND {where} "
                "ORDER BY v.statement LIMIT ?",
                [self.model_id, after, *args, chunk],
            ).fetchall()
            if not rows:
                return
            ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            yield ids, from_blobs([r[1] for r in rows], self.dim)
            after = int(ids[-1])


class Candidates:
    """The read queries of hybrid retrieval."""

    def __init__(self, store: Store) -> None:
        self.db = store.db

    def bm25(self, match: str, flt: StatementFilter, limit: int) -> list[tuple[int, float]]:
        """(statement, bm25) of the best FTS5 matches in the filter's pool; lower bm25 is better."""
        where, args = flt.pool_sql("s")
        return [
            (int(r[0]), float(r[1]))
            for r in self.db.execute(
                "SELECT s.id, bm25(statements_fts) AS score FROM statements_fts "
                "JOIN statements s ON s.id = statements_fts.rowid "
                f"WHERE statements_fts MATCH ? AND {where} ORDER BY score, s.id LIMIT ?",
                [match, *args, limit],
            )
        ]

    def doc_freqs(self, terms: Sequence[str]) -> dict[str, int]:
        """How many statements hold each (folded, unquoted) term, from FTS5's vocabulary
        (an index lookup per term; the vocabulary table lives in the connection's temp schema,
        so a read-only database works too: a read-only Store's ``query_only``, which refuses the
        temp schema as well, is lifted for that one statement; ``mode=ro`` still guards the file)."""
        query_only = self.db.execute("PRAGMA query_only").fetchone()[0]
        if query_only:
            self.db.execute("PRAGMA query_only = OFF")
        try:
            self.db.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.statements_fts_vocab "
                "USING fts5vocab(main, statements_fts, row)"
            )
        finally:
            if query_only:
                self.db.execute("PRAGMA query_only = ON")
        out: dict[str, int] = {}
        for t in dict.fromkeys(terms):
            row = self.db.execute(
                "SELECT doc FROM temp.statements_fts_vocab WHERE term = ?", (t,)
            ).fetchone()
            out[t] = int(row[0]) if row else 0
        return out

    def _has_index(self, name: str) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
            ).fetchone()
            is not None
        )

    def recent_unembedded(self, flt: StatementFilter, model: int, limit: int) -> list[int]:
        """The ``limit`` most recent statements of the filter's pool that have no vector of this
        model yet (for on-demand embedding in person-scoped search), newest first. Each address
        is read newest first along the ``(author_email, date)`` index and stops at ``limit``, so
        the cost does not grow with how much a person wrote."""
        if limit <= 0:
            return []
        no_vec = "NOT EXISTS (SELECT 1 FROM statement_vectors v WHERE v.model = ? AND v.statement = s.id)"
        rest = StatementFilter(None, None, flt.since, flt.until, flt.kinds)
        where, wargs = rest.sql("s")
        parts: list[str] = []
        args: list[Any] = []
        newest = "ORDER BY s.date DESC, s.id DESC LIMIT ?"
        for email in flt.emails or ():
            parts.append(
                f"SELECT * FROM (SELECT s.id, s.date FROM statements s WHERE "
                f"s.author_email = ? AND {where} AND {no_vec} {newest})"
            )
            args += [email, *wargs, model, limit]
        # names count for statements with no address: one walk per name along the partial
        # index (left to itself, the planner walked the whole (author_email='', date) range)
        hint = "INDEXED BY statements_noemail" if self._has_index("statements_noemail") else ""
        for name in dict.fromkeys(flt.names or ()):
            parts.append(
                f"SELECT * FROM (SELECT s.id, s.date FROM statements s {hint} WHERE "
                f"s.author_email = '' AND s.author_name = ? AND {where} "
                f"AND {no_vec} {newest})"
            )
            args += [name, *wargs, model, limit]
        if not flt.by_person:  # no person: the whole pool, newest first
            pool, pargs = flt.pool_sql("s")
            parts.append(
                f"SELECT * FROM (SELECT s.id, s.date FROM statements s WHERE {pool} "
                f"AND {no_vec} {newest})"
            )
            args += [*pargs, model, limit]
        else:  # what the person endorsed (any kind, any author); endorsements are few, so
            # they drive the join (CROSS JOIN keeps that order), not the person's statements
            endorser, eargs = flt.sql("y")
            parts.append(
                "SELECT s.id, s.date FROM endorsements e CROSS JOIN statements y "
                f"ON y.id = e.statement JOIN statements s ON s.id = e.target "
                f"WHERE {endorser} AND {no_vec}"
            )
            args += [*eargs, model]
        if not parts:
            return []
        rows = self.db.execute(
            f"SELECT DISTINCT id, date FROM ({' UNION ALL '.join(parts)}) "
            "ORDER BY date DESC, id DESC LIMIT ?",
            [*args, limit],
        ).fetchall()
        return [int(r[0]) for r in rows]

    def rows(self, ids: Sequence[int], flt: StatementFilter) -> dict[int, sqlite3.Row]:
        """Statements with their message's Message-ID and subject, and ``in_filter``."""
        where, args = flt.sql("s")
        out: dict[int, sqlite3.Row] = {}
        for i in range(0, len(ids), 500):
            part = list(ids[i : i + 500])
            for r in self.db.execute(
                'SELECT s.id, s.message, s.kind, s.start, s."end", s.text, s.lang, '
                "s.author_name, s.author_email, s.date, s.date_offset, m.message_id, m.subject, "
                f"({where}) AS in_filter FROM statements s JOIN messages m ON m.id = s.message "
                f"WHERE s.id IN ({','.join('?' * len(part))})",
                [*args, *part],
            ):
                out[int(r["id"])] = r
        return out

    def person_names(self, emails: Sequence[str]) -> list[str]:
        """Every name of the persons these addresses belong to."""
        if not emails:
            return []
        marks = ",".join("?" * len(emails))
        return [
            r[0]
            for r in self.db.execute(
                "SELECT name FROM person_names WHERE person IN "
                f"(SELECT person FROM person_emails WHERE email IN ({marks})) "
                "UNION SELECT name FROM persons WHERE id IN "
                f"(SELECT person FROM person_emails WHERE email IN ({marks}))",
                [*emails, *emails],
            )
        ]

    def langs(self, ids: Sequence[int]) -> dict[int, str]:
        """The language of each of these statements."""
        out: dict[int, str] = {}
        for i in range(0, len(ids), 500):
            part = list(ids[i : i + 500])
            marks = ",".join("?" * len(part))
            for sid, lang in self.db.execute(
                f"SELECT id, lang FROM statements WHERE id IN ({marks})", part
            ):
                out[int(sid)] = lang
        return out

    def links(self, ids: Sequence[int]) -> list[sqlite3.Row]:
        """Endorsements touching these statements, as endorser or as target: rows of
        (statement, target, stance), oldest first."""
        out: list[sqlite3.Row] = []
        for i in range(0, len(ids), 400):
            part = list(ids[i : i + 400])
            marks = ",".join("?" * len(part))
            out += self.db.execute(
                "SELECT e.statement, e.target, e.stance FROM endorsements e "
                f"WHERE e.target IS NOT NULL AND (e.statement IN ({marks}) OR e.target IN ({marks})) "
                "ORDER BY e.date, e.id",
                [*part, *part],
            ).fetchall()
        return list({(r[0], r[1]): r for r in out}.values())


def _sql_hash(text: str | None) -> int | None:
    return None if text is None else text_hash(text)
