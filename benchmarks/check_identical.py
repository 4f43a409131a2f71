"""Pin the database that ingest produces: dump it, or check it against an earlier dump.

    .venv/bin/python benchmarks/check_identical.py --dump /tmp/before.pickle   # old code
    .venv/bin/python benchmarks/check_identical.py --check /tmp/before.pickle  # new code

Ingests each real mail corpus under ``/work/shared/corpora`` (``ONRECORD_CORPORA`` overrides
it), the bundled sample ``lumen`` and any ``--extra PATH`` into a fresh database each, and dumps
every table (all rows, ordered), the full-text index as (term, statement, offset) rows read
through ``fts5vocab``, and the ingest report's counts. Run the old code with
``PYTHONPATH=OLD_CHECKOUT/src`` to make the reference dump. ``--workers`` is passed to ingest
(default 1; the output must not depend on it).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

import onrecord
from onrecord.engines.local import ingest
from onrecord.record.store import Store

CORPORA = Path(os.environ.get("ONRECORD_CORPORA", "/work/shared/corpora"))
MAIL = [
    "cpython-email-data",
    "notmuch-corpora",
    "perceval-mbox",
    "bigbang-mailing-lists",
    "stalwart-mail-parser",
]


def _inputs(extra: list[str]) -> list[tuple[str, Path]]:
    out = [(name, CORPORA / name) for name in MAIL if (CORPORA / name).exists()]
    # this checkout's sample, whichever code runs: the source paths are stored
    out.append(("lumen", Path(__file__).resolve().parents[1] / "src/onrecord/samples/lumen"))
    out += [(Path(p).name, Path(p)) for p in extra]
    return out


def dump_db(path: Path) -> dict[str, list[tuple]]:
    store = Store.open(path, create=False)
    db = store.db
    out: dict[str, list[tuple]] = {}
    tables = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'statements_fts%'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    for table in tables:
        out[table] = [tuple(r) for r in db.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]
    db.execute(
        "CREATE VIRTUAL TABLE temp.fts_vocab USING fts5vocab(main, statements_fts, instance)"
    )
    out["fts:instance"] = sorted(
        tuple(r) for r in db.execute("SELECT term, doc, col, offset FROM temp.fts_vocab")
    )
    db.execute("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
    store.close()
    return out


def run(extra: list[str], workers: int) -> tuple[dict, float]:
    result: dict[str, object] = {}
    cpu = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in _inputs(extra):
            db = Path(tmp) / f"{name}.db"
            store = Store.open(db)
            t0 = time.process_time()
            report = ingest(store, [path], workers=workers)
            cpu += time.process_time() - t0
            store.close()
            counts = report.as_dict()
            for key in ("seconds", "messages_per_second", "phase_seconds", "peak_rss_mb"):
                counts.pop(key, None)
            tables = dump_db(db)
            result[name] = {"report": counts, "tables": tables}
            rows = sum(len(v) for v in tables.values())
            digest = hashlib.sha256(pickle.dumps(tables)).hexdigest()[:16]
            print(f"{name}: {report.seen} seen, {rows} rows, {digest}", flush=True)
    return result, cpu


def compare(old: dict, new: dict) -> list[str]:
    problems = []
    for name in sorted(set(old) | set(new)):
        if name not in old or name not in new:
            problems.append(f"{name}: only in {'new' if name in new else 'old'}")
            continue
        if old[name]["report"] != new[name]["report"]:
            problems.append(f"{name}: report {old[name]['report']} != {new[name]['report']}")
        ot, nt = old[name]["tables"], new[name]["tables"]
        for table in sorted(set(ot) | set(nt)):
            a, b = ot.get(table), nt.get(table)
            if a == b:
                continue
            if a is None or b is None:
                problems.append(f"{name}.{table}: table only in one")
                continue
            diff = [(x, y) for x, y in zip(a, b) if x != y][:3]
            problems.append(
                f"{name}.{table}: {len(a)} vs {len(b)} rows; first diffs {diff!r}"[:2000]
            )
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--dump", metavar="FILE")
    group.add_argument("--check", metavar="FILE")
    ap.add_argument("--extra", action="append", default=[], help="another input to ingest")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    print(f"code: {Path(onrecord.__file__).parent}")
    result, cpu = run(args.extra, args.workers)
    print(f"ingest CPU {cpu:.2f} s")
    if args.dump:
        with open(args.dump, "wb") as fh:
            pickle.dump(result, fh)
        print(f"dumped to {args.dump}")
        return 0
    with open(args.check, "rb") as fh:
        old = pickle.load(fh)
    problems = compare(old, result)
    for p in problems:
        print("DIFF", p)
    print("IDENTICAL" if not problems else f"{len(problems)} differences")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
