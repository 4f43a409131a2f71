"""The long fuzz run (issue 12): thousands of hostile inputs per class, read, analyzed and
ingested, with what held and what did not.

    PYTHONPATH=src .venv/bin/python benchmarks/fuzz.py [--per-class N] [--classes a,b]
        [--item-seconds S] [--big] [--json] [--save-slowest DIR]

For each class of ``tests/_hostile_gen.py`` (and ``big``, with ``--big``: single messages of
1 to 200 MB, bodies, attachments and lines without a break), in a forked process of its own:

* every input is read with the format its name picks and each item analyzed in its fence
  (``analyze_fenced``, the item time budget ``--item-seconds``); an input *passes* when no
  exception escapes and every item ends analyzed or failed with a reason;
* the class's inputs are then ingested together into a fresh database, and the counts must add
  up (seen = ingested + duplicate + failed, in the report and in the database);
* it reports tried / passed / failed (with the first exceptions), items timed out, the peak RSS
  of the class's process, and the slowest input (its seconds and size; ``--save-slowest``
  writes it to a file to replay).

Exit status 1 when any input did not pass or any counts did not add up.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import queue as queue_mod
import resource
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from _hostile_gen import CLASSES, GOOD, Input, format_of
from onrecord.engines.fence import analyze_fenced
from onrecord.engines.local import ingest
from onrecord.ingest.registry import read_input
from onrecord.record.limits import Limits
from onrecord.record.store import Store

MB = 1 << 20


@st.composite
def _big(draw: st.DrawFn) -> Input:
    """One large message: a text body, a base64 attachment, or a line without a break."""
    size = draw(st.sampled_from([1, 10, 50, 100, 150, 200])) * MB
    shape = draw(st.sampled_from(["text", "base64", "nobreak", "html"]))
    if shape == "text":
        return "big.eml", GOOD + b"Words go on and on. " * (size // 20)
    if shape == "html":
        return "big.eml", GOOD.replace(b"text/plain", b"text/html") + b"<p>a</p>" * (size // 8)
    if shape == "nobreak":
        return "big.mbox", b"x" * size
    head = GOOD.split(b"\r\n\r\n")[0].replace(b"text/plain", b'multipart/mixed; boundary="q"')
    line = b"QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\r\n"
    body = b"--q\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--q\r\n"
    body += b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    return "big.eml", head + b"\r\n\r\n" + body + line * (size // len(line)) + b"--q--\r\n"


def _run_class(name: str, n: int, limits: Limits, save: str | None, out: Any) -> None:
    """In a child process: the class's N inputs, then one ingest of them; the result to out."""
    strategy = CLASSES[name] if name in CLASSES else _big()
    folder = Path(tempfile.mkdtemp(prefix=f"fuzz-{name}-"))
    keep = folder / "keep"
    keep.mkdir()
    stats: dict[str, Any] = {"class": name, "tried": 0, "passed": 0, "timed_out": 0}
    errors: list[str] = []
    slowest: tuple[float, int, bytes, str] = (0.0, 0, b"", "")
    warm = folder / "warm.eml"  # (the language model loads on first use: not an input's time)
    warm.write_bytes(GOOD)
    for item in read_input(warm, "eml", limits):
        analyze_fenced(item, {}, limits)

    @settings(
        max_examples=n,
        deadline=None,
        database=None,
        phases=[Phase.generate],  # no shrinking: every input counts once
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def one(inp: Input) -> None:
        nonlocal slowest
        file_name, data = inp
        stats["tried"] += 1
        path = folder / file_name
        path.write_bytes(data)
        start = time.perf_counter()
        try:
            for item in read_input(path, format_of(file_name), limits):
                res = analyze_fenced(item, {}, limits)
                if (res.record is None) != bool(res.error):
                    raise AssertionError(f"neither analyzed nor failed: {res.locator}")
                if (res.error or "").startswith("timed out"):
                    stats["timed_out"] += 1
        except Exception:
            if len(errors) < 5:
                errors.append(traceback.format_exc(limit=4))
        else:
            stats["passed"] += 1
        seconds = time.perf_counter() - start
        if seconds > slowest[0]:
            slowest = (seconds, len(data), data if len(data) < 10 * MB else b"", file_name)
        if stats["tried"] <= 300 and name != "big":  # a sample for the ingest
            (keep / f"{stats['tried']}-{file_name}").write_bytes(data)

    one()
    store = Store.open(folder / "t.db")
    try:
        report = ingest(store, [keep], workers=1, limits=limits)
        db = store.stats()
        stats["ingest"] = {
            "seen": report.seen,
            "ingested": report.ingested,
            "duplicate": report.duplicate,
            "failed": report.failed,
            "adds_up": report.seen == report.ingested + report.duplicate + report.failed
            and db["seen"] == db["ingested"] + db["duplicate"] + db["failed"],
        }
    except Exception:
        stats["ingest"] = {"adds_up": False, "error": traceback.format_exc(limit=4)}
    finally:
        store.close()
    stats["errors"] = errors
    stats["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    stats["slowest_s"] = round(slowest[0], 3)
    stats["slowest_bytes"] = slowest[1]
    if save and slowest[2]:
        target = Path(save) / f"slowest-{name}-{slowest[3]}"
        target.write_bytes(slowest[2])
        stats["slowest_file"] = str(target)
    out.put(stats)


def _result(proc: Any, queue: Any, limit: float) -> dict[str, Any] | None:
    """The class process's row; None when it died without one or ran past ``limit`` seconds
    (then it is ended): a class that crashes is reported at once, not after the limit."""
    deadline = time.monotonic() + limit
    row = None
    while row is None and time.monotonic() < deadline:
        try:
            row = queue.get(timeout=2.0)
        except queue_mod.Empty:
            if not proc.is_alive():
                try:
                    row = queue.get(timeout=2.0)  # (put just before it ended)
                except queue_mod.Empty:
                    break
    if proc.is_alive() and row is None:
        proc.kill()
    proc.join()
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-class", type=int, default=1400, help="inputs per class")
    ap.add_argument("--classes", default="", help="comma-separated classes (default: all)")
    ap.add_argument("--item-seconds", type=float, default=10.0, help="time budget per item")
    ap.add_argument("--big", action="store_true", help="add the class of 1-200 MB messages")
    ap.add_argument("--big-count", type=int, default=12, help="inputs of the big class")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--save-slowest", default=None, help="folder for each class's slowest input")
    args = ap.parse_args()
    if args.save_slowest:
        Path(args.save_slowest).mkdir(parents=True, exist_ok=True)
    names = [c for c in args.classes.split(",") if c] or sorted(CLASSES)
    if args.big:
        names.append("big")
    limits = Limits(item_seconds=args.item_seconds)
    ctx = mp.get_context("fork")
    rows = []
    started = time.perf_counter()
    for name in names:
        queue = ctx.Queue()
        n = args.big_count if name == "big" else args.per_class
        proc = ctx.Process(target=_run_class, args=(name, n, limits, args.save_slowest, queue))
        proc.start()
        row = _result(proc, queue, max(600.0, n * args.item_seconds))
        if row is None:
            row = {"class": name, "tried": n, "passed": 0, "aborted": f"exit {proc.exitcode}"}
        rows.append(row)
        if not args.json:
            ing = row.get("ingest", {})
            print(
                f"{name:15} tried {row['tried']:6} passed {row['passed']:6} "
                f"timed out {row.get('timed_out', 0):3} peak {row.get('peak_rss_mb', 0):7.1f} MB "
                f"slowest {row.get('slowest_s', 0):6.3f} s ({row.get('slowest_bytes', 0):,} B) "
                f"ingest {'adds up' if ing.get('adds_up') else 'DOES NOT ADD UP'}",
                flush=True,
            )
            for err in row.get("errors", [])[:2]:
                print("   " + err.replace("\n", "\n   "))
    total = {
        "classes": len(rows),
        "tried": sum(r["tried"] for r in rows),
        "passed": sum(r["passed"] for r in rows),
        "seconds": round(time.perf_counter() - started, 1),
    }
    ok = total["tried"] == total["passed"] and all(r.get("ingest", {}).get("adds_up") for r in rows)
    if args.json:
        print(json.dumps({"total": total, "classes": rows}, indent=2))
    else:
        slow = max(rows, key=lambda r: r.get("slowest_s", 0))
        peak = max(rows, key=lambda r: r.get("peak_rss_mb", 0))
        print(
            f"total: {total['tried']} tried, {total['passed']} passed in {total['classes']} "
            f"classes, {total['seconds']} s; slowest input {slow.get('slowest_s')} s "
            f"({slow['class']}); peak RSS {peak.get('peak_rss_mb')} MB ({peak['class']})"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
