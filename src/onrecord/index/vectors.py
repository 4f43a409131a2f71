"""Statement embeddings: the resumable batch job, on-demand embedding, and dense search.

An offline CPU embedder makes some tens of statements a second, so a large archive takes hours
to embed in full. Nothing waits for that: retrieval embeds just the statements it needs (its
candidates) and caches their vectors, and :func:`embed_pending` embeds the rest as a background
batch job that commits every batch, so it can be stopped and resumed at will.

The job is three steps so that an engine could spread it over workers or a GPU machine:
:func:`plan_tasks` reads pages of pending statements (reusing vectors of identical texts already
stored, which quoted mail repeats a lot), :func:`embed_task` is pure (task in, rows out) and
:meth:`VectorTable.put` writes one task's rows in one transaction.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial

import numpy as np

from onrecord.models.base import Embedder
from onrecord.record.store import Store
from onrecord.record.vectors import StatementFilter, VectorTable, text_hash, to_blob

#: Statements per embedding call and per write transaction.
BATCH = 128

#: Statements of fewer words get a zero vector instead of an embedding: greetings, sign-offs and
#: bare assents ("Marcus,", "Yup", "Agreed.") say nothing on their own (an assent is found
#: through what it endorses), and such short texts sit close to every query in e5's space.
MIN_WORDS = 3
_WORD = re.compile(r"\w+")

#: Callback for progress: (statements done, statements to do).
ProgressFn = Callable[[int, int], None]

#: A ``map``: builtin map in process; an engine may pass a pool's ``imap`` (order kept).
Mapper = Callable[
    [Callable[["EmbedTask"], "EmbedResult"], Iterable["EmbedTask"]], Iterable["EmbedResult"]
]


@dataclass(slots=True)
class EmbedTask:
    ids: list[int]
    texts: list[str]
    hashes: list[int]
    reused: list[tuple[int, int, bytes]] = field(default_factory=list)  # already had a vector


@dataclass(slots=True)
class EmbedResult:
    rows: list[tuple[int, int, bytes]]  # (statement, text hash, vector blob)
    embedded: int  # texts the model embedded
    reused: int  # statements whose vector was copied from an identical text


@dataclass(slots=True)
class EmbedReport:
    model: str
    pending: int = 0  # statements without a current vector when the run began
    embedded: int = 0  # texts the model embedded
    reused: int = 0  # statements given the vector of an identical text
    stored: int = 0  # vectors written
    seconds: float = 0.0
    embed_seconds: float = 0.0  # time inside the model

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "model": self.model,
            "pending": self.pending,
            "embedded": self.embedded,
            "reused": self.reused,
            "stored": self.stored,
            "remaining": max(self.pending - self.stored, 0),
            "seconds": round(self.seconds, 3),
            "statements_per_second": round(self.rate, 1),
        }


def _task(table: VectorTable, page: list[tuple[int, str]]) -> EmbedTask:
    """Statements to embed; those whose text already has a vector reuse it."""
    hashes = [text_hash(t) for _, t in page]
    known = table.by_hash(hashes)
    task = EmbedTask([], [], [])
    for (sid, text), h in zip(page, hashes, strict=True):
        if h in known:
            task.reused.append((sid, h, known[h]))
        else:
            task.ids.append(sid)
            task.texts.append(text)
            task.hashes.append(h)
    return task


def table_for(store: Store, embedder: Embedder) -> VectorTable:
    return VectorTable(store, embedder.name, embedder.dim)


def plan_tasks(
    table: VectorTable, batch: int = BATCH, limit: int | None = None
) -> Iterator[EmbedTask]:
    """Pages of pending statements as tasks; texts already embedded elsewhere are reused, and a
    text that occurs twice in a page is embedded once."""
    left = limit if limit is not None else -1
    for page in table.iter_pending(batch):
        if left == 0:
            return
        if left > 0:
            page = page[:left]
            left -= len(page)
        yield _task(table, page)


def embed_task(embedder: Embedder, task: EmbedTask) -> EmbedResult:
    """Embed one task's texts (each distinct text once; too short ones get a zero vector, see
    ``MIN_WORDS``). Pure: reads and writes no database."""
    first: dict[int, int] = {}
    texts: list[str] = []
    blob_of: dict[int, bytes] = {}
    zero = to_blob(np.zeros(embedder.dim, np.float32))
    for h, t in zip(task.hashes, task.texts):
        if h in first or h in blob_of:
            continue
        if len(_WORD.findall(t)) < MIN_WORDS:
            blob_of[h] = zero
        else:
            first[h] = len(texts)
            texts.append(t)
    if texts:
        for h, v in zip(first, embedder.embed_passages(texts)):
            blob_of[h] = to_blob(v)
    rows = list(task.reused)
    rows += [(sid, h, blob_of[h]) for sid, h in zip(task.ids, task.hashes)]
    return EmbedResult(rows, len(texts), len(task.reused) + len(task.ids) - len(texts))


def embed_pending(
    store: Store,
    embedder: Embedder,
    progress: ProgressFn | None = None,
    *,
    batch: int = BATCH,
    limit: int | None = None,
    mapper: Mapper | None = None,
) -> EmbedReport:
    """Embed every statement that has no current vector for this embedder, ``batch`` at a time,
    committing each batch (so a killed run resumes where it stopped, and a second run embeds
    nothing). Statements of every kind are embedded, endorsed targets and quoted copies included.
    ``limit`` caps the statements done in this run; ``mapper`` replaces ``map`` (e.g. a process
    pool's ``imap``) to run :func:`embed_task` elsewhere."""
    start = time.perf_counter()
    table = table_for(store, embedder)
    table.prune()
    report = EmbedReport(embedder.name)
    report.pending = table.pending_count()
    total = report.pending if limit is None else min(report.pending, limit)
    if progress:
        progress(0, total)
    run = (
        partial(_timed_embed, embedder, report) if mapper is None else partial(embed_task, embedder)
    )
    results = (mapper or map)(run, plan_tasks(table, batch, limit))
    for res in results:
        report.stored += table.put(res.rows)
        report.embedded += res.embedded
        report.reused += res.reused
        if progress:
            progress(report.stored, total)
    report.seconds = time.perf_counter() - start
    return report


#: A record with at most this many statements left to embed is embedded whole before a check
#: (a few seconds on a laptop's CPU, once; a larger one is the ``embed`` job's, with a progress bar).
EMBED_WHOLE = 1000


def embed_small(store: Store, embedder: Embedder, at_most: int = EMBED_WHOLE) -> int:
    """Embed every statement still without a vector when there are at most ``at_most``; returns
    how many were stored (0 on a larger record, or one this connection may not write).

    On-demand embedding keeps the vectors it makes, and a claim finds a statement in another
    language only through its vector. Without this, what a check of a small record found depended
    on which checks ran before it: a Dutch claim whose English evidence shares no word with it
    found that evidence only once another claim had embedded it."""
    if store.db.in_transaction or store.db.execute("PRAGMA query_only").fetchone()[0]:
        return 0
    table = table_for(store, embedder)
    if not 0 < table.unstored() <= at_most:
        return 0
    try:
        return embed_pending(store, embedder).stored
    except sqlite3.OperationalError:  # locked by a writer: on-demand embedding still works
        return 0


def _timed_embed(embedder: Embedder, report: EmbedReport, task: EmbedTask) -> EmbedResult:
    t = time.perf_counter()
    res = embed_task(embedder, task)
    report.embed_seconds += time.perf_counter() - t
    return res


def vectors_for(
    store: Store,
    embedder: Embedder,
    ids: Sequence[int],
    *,
    cache: bool = True,
    table: VectorTable | None = None,
    batch: int = BATCH,
) -> tuple[np.ndarray, np.ndarray]:
    """(ids, vectors) of these statements: stored vectors where current, the rest embedded now
    and (with ``cache``) stored, so the next query finds them. Caching is best effort: a locked
    or read-only database, or an open transaction, just skips it."""
    table = table or table_for(store, embedder)
    ids = list(dict.fromkeys(int(i) for i in ids))
    have, missing = table.current(ids)
    if missing:
        task = _task(table, missing)
        rows = list(task.reused)
        for i in range(0, len(task.ids), batch):
            part = EmbedTask(
                task.ids[i : i + batch], task.texts[i : i + batch], task.hashes[i : i + batch]
            )
            rows += embed_task(embedder, part).rows
        if cache and not store.db.in_transaction:
            try:
                table.put(rows)
            except sqlite3.OperationalError:
                pass
        have.update({sid: blob for sid, _, blob in rows})
    order = [i for i in ids if i in have]
    out = np.frombuffer(b"".join(have[i] for i in order), dtype="<f2").reshape(
        len(order), table.dim
    )
    return np.asarray(order, dtype=np.int64), out.astype(np.float32)


def dense_search(
    table: VectorTable, query: np.ndarray, flt: StatementFilter, top: int, chunk: int = 16384
) -> list[tuple[int, float]]:
    """The ``top`` stored vectors of ``flt``'s pool nearest to ``query`` (cosine), best first,
    ties by statement id. Brute force over chunks streamed from the database, so memory stays
    at one chunk: fine up to a few hundred thousand statements per query."""
    best_ids = np.zeros(0, dtype=np.int64)
    best = np.zeros(0, dtype=np.float32)
    q = np.asarray(query, dtype=np.float32).reshape(-1)
    for ids, mat in table.stream(flt, chunk):
        scores = mat @ q
        best_ids = np.concatenate([best_ids, ids])
        best = np.concatenate([best, scores])
        if len(best) > top:
            keep = np.argpartition(-best, top - 1)[:top]
            best_ids, best = best_ids[keep], best[keep]
    return rank(best_ids, best)[:top]


def rank(ids: np.ndarray, scores: np.ndarray) -> list[tuple[int, float]]:
    """(id, score) best first; equal scores by id, so the order is deterministic."""
    order = np.lexsort((ids, -scores))
    return [(int(ids[i]), float(scores[i])) for i in order]
