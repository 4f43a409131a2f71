"""CPU time per message of each ingest stage, measured in one process (load-independent).

    .venv/bin/python benchmarks/ingest_cpu.py ARCHIVE [--messages N] [--repeat R] [--profile STAGE]

Runs the stages of ``onrecord ingest`` one after the other in this process, on the first N
messages of ARCHIVE, and prints ``time.process_time()`` per message for each: read (the format
readers), analyze (``mail/analyze.py``, what the workers do), transfer (pickling a batch to a
worker and its results back, both ways, as the pool does), write (the main process's SQLite
writes, ``Store.add`` per batch), index (the full-text index and the indexes deferred to the
end of the messages), persons and linker. CPU time does not count the waits of a
loaded machine, so old and new code can be compared on a shared one: run the old code with
``PYTHONPATH=OLD/src``. ``--repeat`` runs everything R times and keeps each stage's minimum.
``--profile STAGE`` prints a cProfile of that stage (analyze, write, linker) of the last round.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import pickle
import pstats
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from onrecord.engines import local
from onrecord.ingest.registry import iter_inputs, read_input
from onrecord.mail import linking
from onrecord.record.linker import Linker
from onrecord.record.store import Store
from onrecord.text import lang

STAGES = ("read", "analyze", "transfer", "write", "index", "persons", "linker")


def _items(path: Path, n: int) -> list:
    def all_items():
        for p, fmt in iter_inputs([path]):
            for item in read_input(p, fmt):
                yield p, fmt, item

    return list(islice(all_items(), n))


def one_round(path: Path, n: int, profile: str | None) -> tuple[dict[str, float], int]:
    cpu: dict[str, float] = {}
    if hasattr(local, "GC_THRESHOLD"):  # the engine's collector settings
        gc.set_threshold(*local.GC_THRESHOLD)
    if hasattr(lang, "_cache_obj"):  # each round starts cold, as one ingest does
        lang._cache_obj = None
    prof = cProfile.Profile(time.process_time) if profile else None

    def timed(stage, fn, *args):
        if prof and stage == profile:
            prof.enable()
        t0 = time.process_time()
        out = fn(*args)
        cpu[stage] = cpu.get(stage, 0.0) + time.process_time() - t0
        if prof and stage == profile:
            prof.disable()
        return out

    triples = timed("read", _items, path, n)
    batches = [
        [t[2] for t in triples[i : i + local.BATCH]] for i in range(0, len(triples), local.BATCH)
    ]
    pack = getattr(local, "_pack", None)
    unpack = getattr(local, "_unpack", None)

    def analyze_all():
        out = []
        for batch in batches:
            res = local._analyze_batch(batch, {}, strip=True)
            out.append(pack(res) if pack else res)
        return out

    analyzed = timed("analyze", analyze_all)

    def transfer():
        out = []
        for batch, res in zip(batches, analyzed, strict=True):
            pickle.loads(pickle.dumps((batch,), pickle.HIGHEST_PROTOCOL))
            out.append(pickle.loads(pickle.dumps(res, pickle.HIGHEST_PROTOCOL)))
        return out

    received = timed("transfer", transfer)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "cpu.db")
        report = local.IngestReport()
        with store.transaction():
            state = store.source(str(path), "maildir", 0)
        # as the engine does (older code without these just writes row by row)
        deferred = store.defer_indexes() if hasattr(store, "defer_indexes") else False
        store.defer_fulltext = True
        if hasattr(store, "wal_autocheckpoint"):
            store.wal_autocheckpoint(local.CHECKPOINT_PAGES)

        def write_all():
            for batch, res in zip(batches, received, strict=True):
                res = unpack(res) if unpack else res
                local._write(
                    store, state.id, local._restore(batch, res), local.NoProgress(), report
                )

        timed("write", write_all)

        def index():
            store.defer_fulltext = False
            if hasattr(store, "index_fulltext"):
                store.index_fulltext()
            if deferred:
                store.create_indexes()

        timed("index", index)

        def persons():
            with store.transaction():
                local.update_persons(store)

        timed("persons", persons)
        timed("linker", lambda: Linker(store, linking).run())
        store.close()
    if prof:
        s = io.StringIO()
        pstats.Stats(prof, stream=s).sort_stats("tottime").print_stats(45)
        print(s.getvalue())
        s = io.StringIO()
        pstats.Stats(prof, stream=s).sort_stats("cumulative").print_stats(45)
        print(s.getvalue())
    return cpu, len(triples)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("archive", type=Path)
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--profile", choices=["analyze", "write", "index", "linker", "transfer"])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    lang.load()
    best: dict[str, float] = {}
    n = 0
    for r in range(args.repeat):
        cpu, n = one_round(
            args.archive, args.messages, args.profile if r == args.repeat - 1 else None
        )
        for k, v in cpu.items():
            best[k] = min(best.get(k, v), v)
    per = {k: 1000 * best[k] / n for k in STAGES}
    total = sum(per.values())
    if args.json:
        print(json.dumps({"messages": n, "ms_per_message": per, "total": total}))
        return 0
    print(f"{n} messages, CPU ms per message (min of {args.repeat}):")
    for k in STAGES:
        print(f"  {k:9s} {per[k]:7.3f}")
    print(f"  {'total':9s} {total:7.3f}")
    # Two cores: the workers' part (analyze + their half of the transfer) runs beside the main
    # process's (read, transfer, write); index, persons and linker run alone after the messages.
    par = per["read"] + per["analyze"] + per["transfer"] + per["write"]
    tail = per["index"] + per["persons"] + per["linker"]
    print(f"  projected on 2 idle cores: {1000 / (par / 2 + tail):.0f} msg/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
