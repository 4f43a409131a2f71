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

The ``big`` class is not drawn at random: it goes through every size (1, 10, 50, 150 and 200 MB,
and either side of ``--max-message-mb``: the largest message that is analyzed and the smallest
that is refused) with every shape (a text body, an HTML body, a base64 attachment, a line with
no break), ``--big-count`` inputs in all (28: each pair once). Each is written to a file in
chunks and checked in a process of its own, so its peak RSS is that input's alone (reading,
parsing, analysis), and listed with its seconds, its CPU seconds (on a shared machine the wall
clock, which the item's time budget counts, is the longer) and outcome; they are not ingested together.

Exit status 1 when any input did not pass or any counts did not add up.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import queue as queue_mod
import resource
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import HealthCheck, Phase, given, settings

from _hostile_gen import CLASSES, GOOD, Input, format_of
from onrecord.engines.fence import analyze_fenced
from onrecord.engines.local import ingest
from onrecord.ingest.registry import read_input
from onrecord.record.limits import Limits
from onrecord.record.store import Store

MB = 1 << 20


BIG_SHAPES = ("text", "html", "nobreak", "base64")


def _big_sizes(limits: Limits) -> list[int]:
    """Sizes in MB: small to 200, and either side of the message limit (the largest input that
    is analyzed, the smallest that is refused)."""
    at = limits.max_message_bytes // MB
    return sorted({1, 10, 50, at - 1, at, 150, 200} - {0})


def _big_inputs(n: int, limits: Limits) -> list[tuple[int, str]]:
    """``n`` (MB, shape) pairs: every size with every shape, in turn, before any repeats."""
    pairs = [(mb, shape) for mb in _big_sizes(limits) for shape in BIG_SHAPES]
    return [pairs[i % len(pairs)] for i in range(n)]


def _write_big(path: Path, mb: int, shape: str) -> str:
    """One large message written in chunks (no process holds it whole): a text body, an HTML
    body, a base64 attachment, or a line without a break. Returns its file name's format."""
    size, chunk = mb * MB, 4 * MB
    if shape == "nobreak":
        head, unit = b"", b"x"
    elif shape == "base64":
        head = GOOD.split(b"\r\n\r\n")[0].replace(b"text/plain", b'multipart/mixed; boundary="q"')
        head += b"\r\n\r\n--q\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--q\r\n"
        head += (
            b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        )
        unit = b"QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\r\n"
    elif shape == "html":
        head, unit = GOOD.replace(b"text/plain", b"text/html"), b"<p>a</p>"
    else:
        head, unit = GOOD, b"Words go on and on. "
    block = unit * (chunk // len(unit))
    with path.open("wb") as fh:
        fh.write(head)
        left = size - len(head)
        while left > 0:
            fh.write(block[: min(left, len(block))])
            left -= len(block)
        if shape == "base64":
            fh.write(b"--q--\r\n")
    return "big.mbox" if shape == "nobreak" else "big.eml"


def _check(path: Path, file_name: str, limits: Limits) -> tuple[bool, int, str, str]:
    """Read ``path`` and analyze each item in its fence: (passed, items timed out, the first
    item's outcome, the error when it did not pass)."""
    timed_out, outcome = 0, ""
    try:
        for item in read_input(path, format_of(file_name), limits):
            res = analyze_fenced(item, {}, limits)
            if (res.record is None) != bool(res.error):
                raise AssertionError(f"neither analyzed nor failed: {res.locator}")
            if (res.error or "").startswith("timed out"):
                timed_out += 1
            outcome = outcome or res.error or "analyzed"
    except Exception:
        return False, timed_out, outcome, traceback.format_exc(limit=4)
    return True, timed_out, outcome, ""


def _check_alone(path: Path, file_name: str, limits: Limits, out: Any) -> None:
    """In a child process of its own, so that its peak RSS is this input's."""
    start, cpu = time.perf_counter(), time.process_time()
    passed, timed_out, outcome, error = _check(path, file_name, limits)
    peak = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    seconds = (time.perf_counter() - start, time.process_time() - cpu)
    out.put((passed, timed_out, outcome, error, seconds, peak))


def _warm(folder: Path, limits: Limits) -> None:
    """The language model loads on first use: not an input's time (nor, forked, its memory)."""
    warm = folder / "warm.eml"
    warm.write_bytes(GOOD)
    for item in read_input(warm, "eml", limits):
        analyze_fenced(item, {}, limits)


def _run_big(n: int, limits: Limits, out: Any) -> None:
    """The big class: each (size, shape) written to a file and checked in a process of its own."""
    folder = Path(tempfile.mkdtemp(prefix="fuzz-big-"))
    _warm(folder, limits)
    stats: dict[str, Any] = {"class": "big", "tried": 0, "passed": 0, "timed_out": 0}
    errors: list[str] = []
    inputs = []
    ctx = mp.get_context("fork")
    for mb, shape in _big_inputs(n, limits):
        path = folder / f"{shape}-{mb}"
        file_name = _write_big(path, mb, shape)
        queue = ctx.Queue()
        proc = ctx.Process(target=_check_alone, args=(path, file_name, limits, queue))
        proc.start()
        got = _result(proc, queue, max(600.0, 4 * limits.item_seconds))
        path.unlink()
        stats["tried"] += 1
        if got is None:
            errors.append(f"{shape} {mb} MB: its process ended without a result ({proc.exitcode})")
            inputs.append({"mb": mb, "shape": shape, "outcome": "aborted"})
            continue
        passed, timed_out, outcome, error, (seconds, cpu), peak = got
        stats["passed"] += passed
        stats["timed_out"] += timed_out
        if error and len(errors) < 5:
            errors.append(error)
        inputs.append(
            {
                "mb": mb,
                "shape": shape,
                "seconds": round(seconds, 2),
                "cpu_s": round(cpu, 2),
                "peak_rss_mb": peak,
                "outcome": outcome[:80],
            }
        )
    timed = [i for i in inputs if "seconds" in i]
    slowest = max(timed, key=lambda i: i["seconds"], default={"seconds": 0.0, "mb": 0})
    stats["errors"] = errors
    stats["inputs"] = inputs
    stats["peak_rss_mb"] = max((i["peak_rss_mb"] for i in timed), default=0.0)
    stats["slowest_s"] = slowest["seconds"]
    stats["slowest_bytes"] = slowest["mb"] * MB
    stats["ingest"] = {"adds_up": True, "note": "not ingested: each input is checked alone"}
    shutil.rmtree(folder, ignore_errors=True)
    out.put(stats)


def _run_class(name: str, n: int, limits: Limits, save: str | None, out: Any) -> None:
    """In a child process: the class's N inputs, then one ingest of them; the result to out."""
    if name not in CLASSES:
        _run_big(n, limits, out)
        return
    strategy = CLASSES[name]
    folder = Path(tempfile.mkdtemp(prefix=f"fuzz-{name}-"))
    keep = folder / "keep"
    keep.mkdir()
    stats: dict[str, Any] = {"class": name, "tried": 0, "passed": 0, "timed_out": 0}
    errors: list[str] = []
    slowest: tuple[float, int, bytes, str] = (0.0, 0, b"", "")
    _warm(folder, limits)

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
        passed, timed_out, _, error = _check(path, file_name, limits)
        stats["passed"] += passed
        stats["timed_out"] += timed_out
        if error and len(errors) < 5:
            errors.append(error)
        seconds = time.perf_counter() - start
        if seconds > slowest[0]:
            slowest = (seconds, len(data), data if len(data) < 10 * MB else b"", file_name)
        if stats["tried"] <= 300:  # a sample for the ingest
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
    shutil.rmtree(folder, ignore_errors=True)
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
    ap.add_argument(
        "--big-count", type=int, default=28, help="inputs of the big class (28: every size x shape)"
    )
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
            for inp in row.get("inputs", []):
                print(
                    f"   {inp['shape']:8} {inp['mb']:4} MB  {inp.get('seconds', 0):6.2f} s "
                    f"(CPU {inp.get('cpu_s', 0):5.2f} s)  "
                    f"peak {inp.get('peak_rss_mb', 0):7.1f} MB  {inp['outcome']}",
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
