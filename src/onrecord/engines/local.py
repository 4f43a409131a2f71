"""The in-process engine: run ingest over inputs with a pool of worker processes.

Workers parse and analyze (CPU-bound, pure); the main process writes to SQLite in order, one
transaction per batch. Batches are bounded, so memory stays flat whatever the archive's size, and
the order of writes is the order of the inputs, so an interrupted run resumed later ends in the
same database as one clean run.
"""

from __future__ import annotations

import gc
import os
import resource
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from functools import partial
from itertools import chain, islice
from operator import attrgetter
from pathlib import Path
from typing import Protocol

from onrecord.engines.fence import Fence, Workers
from onrecord.ingest.registry import iter_inputs, read_input
from onrecord.mail import linking
from onrecord.mail.identity import Observed, resolve_identities
from onrecord.record.failures import STORE_ERRORS
from onrecord.record.limits import DEFAULT_LIMITS, Limits
from onrecord.record.linker import Linker, LinkReport
from onrecord.record.model import (
    Address,
    Analyzed,
    Assent,
    MessageRecord,
    Outcome,
    RawItem,
    Segment,
    Statement,
    StoredAttachment,
)
from onrecord.record.store import Store
from onrecord.text import lang

#: Messages per worker task and per write transaction (ONRECORD_BATCH overrides it).
BATCH = int(os.environ.get("ONRECORD_BATCH", "256"))
#: Batches handed to the workers ahead of the writer: enough to keep them busy while the writer
#: commits, checkpoints or fills the full-text index (IN_FLIGHT + 1 raw batches held here).
IN_FLIGHT = int(os.environ.get("ONRECORD_IN_FLIGHT", "8"))
#: The cyclic garbage collector's thresholds while ingesting (Python's: 700, 10, 10). Nearly
#: everything ingest makes is freed by reference counting; collecting young objects every 700
#: allocations walked the batches in flight again and again.
GC_THRESHOLD = (50_000, 20, 20)
#: Inputs smaller than this are ingested without worker processes (starting them costs more).
POOL_MIN_BYTES = 4_000_000
#: Statements added to the full-text index at a time while the messages are written (about
#: 7,000 messages' worth): one pass per chunk costs a third of keeping it up batch by batch, and
#: done beside the workers, not after them, it leaves less for the end of the run.
FULLTEXT_CHUNK = 100_000
#: Write-ahead log pages between checkpoints while ingesting (200 MB of log on disk meanwhile;
#: SQLite's default is 1,000): each checkpoint waits for the disk (fdatasync), and a page written
#: again before the next one is copied once. Writing 40k messages: 12.5 s instead of 15.5 s
#: (CPU 12.0 s instead of 13.0 s).
CHECKPOINT_PAGES = 50_000


class Progress(Protocol):
    def start(self, total_bytes: int) -> None: ...
    def advance(self, nbytes: int, messages: int) -> None: ...
    def finish(self) -> None: ...


class NoProgress:
    def start(self, total_bytes: int) -> None:
        pass

    def advance(self, nbytes: int, messages: int) -> None:
        pass

    def finish(self) -> None:
        pass


@dataclass
class IngestReport:
    inputs: int = 0
    seen: int = 0
    ingested: int = 0
    duplicate: int = 0
    failed: int = 0
    skipped_complete: int = 0
    already_ingested: int = 0
    seconds: float = 0.0
    failures: list[dict[str, str]] = field(default_factory=list)
    links: LinkReport = field(default_factory=LinkReport)
    phases: dict[str, float] = field(default_factory=dict)
    peak_rss: dict[str, float] = field(default_factory=dict)  # this process, MB, after each phase

    @property
    def rate(self) -> float:
        return self.seen / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "inputs": self.inputs,
            "seen": self.seen,
            "ingested": self.ingested,
            "duplicate": self.duplicate,
            "failed": self.failed,
            "already_in_database": self.already_ingested,
            "inputs_already_complete": self.skipped_complete,
            "seconds": round(self.seconds, 3),
            "messages_per_second": round(self.rate, 1),
            "linked": {
                "learned_signatures": self.links.signatures,
                "quotes_and_forwards": self.links.linked,
                "reconstructed": self.links.reconstructed,
                "endorsements": self.links.endorsements,
                "contained_messages": self.links.contained,
                "copies_linked": self.links.copies,
            },
            "phase_seconds": {k: round(v, 3) for k, v in self.phases.items()},
            "peak_rss_mb": {k: round(v, 1) for k, v in self.peak_rss.items()},
            "failures": self.failures[:50],
        }


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.stat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return total


def _analyze_batch(
    items: list[RawItem],
    defaults: dict[str, str],
    strip: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> list[Analyzed]:
    """Analyze a batch, each item in its fence (its time budget, see :mod:`.fence`). In a worker
    (``strip``), each item also runs under the hard CPU limit, and the raw bytes are not sent
    back: the main process still holds them and puts them back with :func:`_restore`."""
    with Fence(limits, hard=strip) as fence:
        results = [fence.analyze(item, defaults) for item in items]
    if strip:
        for res in results:
            res.data = b""
            if res.record is not None:
                res.record.data = b""
    return results


def _analyze_packed(
    items: list[RawItem], defaults: dict[str, str], limits: Limits = DEFAULT_LIMITS
) -> list[tuple]:
    """What a worker runs: the batch analyzed and packed into plain tuples (:func:`_pack`)."""
    return _pack(_analyze_batch(items, defaults, strip=True, limits=limits))


# Results travel from the workers as plain tuples: pickling the slotted dataclasses (one
# Python-level __setstate__ per object on load, a list of values built per object on dump) cost
# about twice the CPU on both sides. Field order comes from the dataclasses themselves, so a
# field added to one travels without a change here; nested dataclasses are handled below.
# (Enum members such as SegmentKind are pickled once per batch: pickle memoizes them.)
def _getter(cls: type) -> attrgetter:
    return attrgetter(*(f.name for f in fields(cls)))


_ANALYZED, _RECORD, _SEGMENT, _STATEMENT, _ASSENT, _ATTACHMENT = map(
    _getter, (Analyzed, MessageRecord, Segment, Statement, Assent, StoredAttachment)
)
_RECORD_FIELDS = [f.name for f in fields(MessageRecord)]
_AT = {
    name: _RECORD_FIELDS.index(name)
    for name in (
        "sender",
        "to",
        "cc",
        "segments",
        "statements",
        "attachments",
        "assents",
        "printed",
    )
}
_ANALYZED_RECORD = [f.name for f in fields(Analyzed)].index("record")
_ATTACHMENT_DOC = [f.name for f in fields(StoredAttachment)].index("document")


def _pack(results: list[Analyzed]) -> list[tuple]:
    out = []
    for res in results:
        values = list(_ANALYZED(res))
        values[_ANALYZED_RECORD] = _pack_record(res.record)
        out.append(tuple(values))
    return out


def _unpack(packed: list[tuple]) -> list[Analyzed]:
    out = []
    for values in packed:
        res = Analyzed(*values)
        res.record = _unpack_record(values[_ANALYZED_RECORD])
        out.append(res)
    return out


def _pack_record(rec: MessageRecord | None) -> tuple | None:
    if rec is None:
        return None
    v = list(_RECORD(rec))
    at = _AT
    v[at["sender"]] = None if rec.sender is None else (rec.sender.name, rec.sender.email)
    v[at["to"]] = [(a.name, a.email) for a in rec.to]
    v[at["cc"]] = [(a.name, a.email) for a in rec.cc]
    v[at["segments"]] = list(map(_SEGMENT, rec.segments))
    v[at["statements"]] = list(map(_STATEMENT, rec.statements))
    atts = []
    for att in rec.attachments:
        t = list(_ATTACHMENT(att))
        t[_ATTACHMENT_DOC] = _pack_record(att.document)
        atts.append(tuple(t))
    v[at["attachments"]] = atts
    v[at["assents"]] = list(map(_ASSENT, rec.assents))
    v[at["printed"]] = [_pack_record(p) for p in rec.printed]
    return tuple(v)


def _unpack_record(packed: tuple | None) -> MessageRecord | None:
    if packed is None:
        return None
    rec = MessageRecord(*packed)
    rec.sender = None if rec.sender is None else Address(*rec.sender)
    rec.to = [Address(*a) for a in rec.to]
    rec.cc = [Address(*a) for a in rec.cc]
    rec.segments = [Segment(*t) for t in rec.segments]
    rec.statements = [Statement(*t) for t in rec.statements]
    atts = []
    for t in rec.attachments:
        att = StoredAttachment(*t)
        att.document = _unpack_record(t[_ATTACHMENT_DOC])
        atts.append(att)
    rec.attachments = atts
    rec.assents = [Assent(*t) for t in rec.assents]
    rec.printed = [_unpack_record(p) for p in rec.printed]  # type: ignore[misc]
    return rec


def _restore(batch: list[RawItem], results: list[Analyzed]) -> list[Analyzed]:
    for item, res in zip(batch, results, strict=True):
        res.data = item.data
        if res.record is not None:
            res.record.data = item.data
    return results


def _batches(items: Iterator[RawItem], size: int) -> Iterator[list[RawItem]]:
    while batch := list(islice(items, size)):
        yield batch


def ingest(
    store: Store,
    paths: list[Path],
    defaults: dict[str, str] | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    limits: Limits | None = None,
) -> IngestReport:
    """Ingest every input under ``paths``; raises ``InputError`` for a path that does not exist.
    ``limits`` bound each item (size, depth, time...; see :mod:`onrecord.record.limits`)."""
    defaults = defaults or {}
    limits = limits or DEFAULT_LIMITS
    progress = progress or NoProgress()
    report = IngestReport()
    started = time.perf_counter()
    inputs = [(p, fmt, _size(p)) for p, fmt in iter_inputs(paths)]
    report.inputs = len(inputs)
    total = sum(size for _, _, size in inputs)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    pool = None
    collector = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)  # (the workers inherit it)
    if workers > 1 and total > POOL_MIN_BYTES:
        lang.load()  # the workers share the model's pages instead of loading a copy each
        gc.freeze()  # ... and the collector, never looking at them, leaves them shared
        work = partial(_analyze_packed, defaults=defaults, limits=limits)
        pool = Workers(workers, work, _unpack, limits)
    # A bulk load: the full-text index is filled in one pass at the end (after the linker, which
    # adds statements and re-segments messages too), and on an empty database the statements'
    # random-order indexes are built then as well (see Store).
    deferred = store.defer_indexes()
    store.defer_fulltext = True
    checkpoint = store.wal_autocheckpoint(CHECKPOINT_PAGES)
    try:
        progress.start(total)
        for path, fmt, size in inputs:
            with store.transaction():
                state = store.source(str(path), fmt, size)
            if state.complete:
                report.skipped_complete += 1
                progress.advance(size, 0)
                continue
            _ingest_source(store, path, fmt, state.id, defaults, pool, progress, report, limits)
            with store.transaction():
                store.mark_complete(state.id)
        report.phases["messages"] = time.perf_counter() - started
        report.peak_rss["messages"] = _peak_rss_mb()
        with store.background_checkpoints():  # (on the core the workers leave idle)
            _finish(store, pool, deferred, report, limits)
            pool = None
    finally:
        gc.set_threshold(*collector)
        gc.unfreeze()
        store.defer_fulltext = False
        store.wal_autocheckpoint(checkpoint)
        if pool is not None:
            pool.close()
        progress.finish()
    report.seconds = time.perf_counter() - started
    return report


def _finish(
    store: Store,
    pool: Workers | None,
    deferred: bool,
    report: IngestReport,
    limits: Limits = DEFAULT_LIMITS,
) -> None:
    """After the messages: persons, the linker, persons again, then the indexes left for the
    end. The linker compares authors, so persons come first, computed over the messages read
    (only when some came in since the last time); it then rebuilds mail from quotes, whose
    writers are people too, and names the writers of quotes it links: persons again, always.
    So a run with nothing new changes no person, and one killed in the linker and resumed
    links with the persons it started with and ends with the same persons, ids included, as
    one run (a first pass over the rebuilt mail would number its writers apart)."""
    mark = time.perf_counter()
    with store.transaction():
        if store.persons_behind():
            update_persons(store)
    report.phases["persons"] = time.perf_counter() - mark
    report.peak_rss["persons"] = _peak_rss_mb()
    mark = time.perf_counter()
    # (the linker needs none of the deferred indexes; the workers do its text work)
    report.links = Linker(store, linking, pool.pool if pool is not None else None, limits).run()
    with store.transaction():
        update_persons(store)
    report.phases["links"] = time.perf_counter() - mark
    report.peak_rss["links"] = _peak_rss_mb()
    if pool is not None:  # the workers' memory is not needed for what follows
        pool.close()
    mark = time.perf_counter()
    store.defer_fulltext = False
    store.index_fulltext()
    if deferred:
        store.create_indexes()
    report.phases["index"] = time.perf_counter() - mark
    report.peak_rss["index"] = _peak_rss_mb()


def _ingest_source(
    store: Store,
    path: Path,
    fmt: str,
    source_id: int,
    defaults: dict[str, str],
    pool: Workers | None,
    progress: Progress,
    report: IngestReport,
    limits: Limits = DEFAULT_LIMITS,
) -> None:
    known = store.item_count(source_id) > 0  # a fresh source needs no per-item lookups

    def fresh() -> Iterator[RawItem]:
        for item in read_input(path, fmt, limits):
            if known and store.has_item(source_id, item.locator):
                report.already_ingested += 1
                progress.advance(len(item.data), 0)
                continue
            yield item

    if pool is None:
        for batch in _batches(fresh(), BATCH):
            results = _analyze_batch(batch, defaults, limits=limits)
            _write(store, source_id, results, progress, report)
        return
    pending: deque = deque()
    for batch in _batches(fresh(), BATCH):
        pending.append((batch, pool.submit(batch)))
        if len(pending) > IN_FLIGHT:
            done, handle = pending.popleft()
            _write(store, source_id, _restore(done, pool.result(done, handle)), progress, report)
    while pending:
        done, handle = pending.popleft()
        _write(store, source_id, _restore(done, pool.result(done, handle)), progress, report)


def _write(
    store: Store, source_id: int, results: list[Analyzed], progress: Progress, report: IngestReport
) -> None:
    """One transaction per batch. The fast path stores the batch without per-message
    savepoints; if the database refuses one message (or its content cannot be stored, such as
    raw 8-bit bytes in a header), the batch is redone message by message, so that message
    alone is counted as failed with the reason."""
    try:
        with store.transaction():
            outcomes = [store.add(source_id, res, safe=False) for res in results]
    except STORE_ERRORS:  # (the fast path's transaction is rolled back)
        with store.transaction():
            outcomes = [store.add(source_id, res, safe=True) for res in results]
    for res, outcome in zip(results, outcomes, strict=True):
        report.seen += 1
        if outcome is Outcome.INGESTED:
            report.ingested += 1
        elif outcome is Outcome.DUPLICATE:
            report.duplicate += 1
        else:
            report.failed += 1
            if len(report.failures) < 1000:
                report.failures.append(
                    {"source": res.source, "locator": res.locator, "reason": res.error or ""}
                )
    progress.advance(sum(len(r.data) or _record_size(r) for r in results), len(results))
    if store.defer_fulltext:  # the full-text index follows in large chunks
        store.index_fulltext(at_least=FULLTEXT_CHUNK)


def _record_size(res: Analyzed) -> int:
    return len(res.record.data) if res.record else 0


def update_persons(store: Store) -> None:
    """Recompute persons from every address seen, applying the user's corrections."""
    observed = (  # streamed: never all addresses in memory at once
        Observed(email or "", name or "", int(count or 0), bool(is_list), seen=int(seen))
        for email, name, count, is_list, seen in store.observed_addresses()
    )
    quoted = (  # writers of quoted and forwarded text known by name only
        Observed(email="", name=name, count=int(count), quoted=True)
        for name, count in store.quoted_writers()
    )
    merges, splits = [], []
    for op, a, b in store.corrections():
        if op == "merge":
            merges.append((a, b))
        else:
            splits.append(a)
    store.replace_persons(resolve_identities(chain(observed, quoted), merges=merges, splits=splits))
