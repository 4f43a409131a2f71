"""Ingest benchmark: onrecord against notmuch on the same generated Maildir archive.

For each size, generates (or reuses, with ``--keep DIR``) a Maildir archive of N messages with
``generate_archive.py``, then runs ``onrecord --db X ingest ARCHIVE --json`` as a subprocess and
measures wall time, CPU time and peak memory: every 0.1 s the process tree is read from
``/proc`` (the process and all its descendants) and their RSS summed (peak of the sum: "tree
RSS"), and the largest RSS of any one process is taken from the kernel (``wait4`` rusage
``ru_maxrss``, the peak of the biggest single process in the tree: "max RSS"). Then runs the peer
to beat, ``notmuch new``, on the same archive with a throw-away config (``NOTMUCH_CONFIG``;
``database.mail_root`` = the archive, the notmuch database in a temp folder, no tags, no
flag synchronisation), measured the same way. Both rates are archive files per second.

    python benchmarks/ingest_bench.py --messages 10000
    python benchmarks/ingest_bench.py --sizes 10000,100000 --keep /tmp/bench-archives --json

The archive has just been written (or read) when the tools run, so both read it from the page
cache: the numbers are CPU and database cost, not disk speed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate_archive  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")
POLL = 0.1


@dataclass
class Run:
    tool: str
    messages: int
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    rate: float = 0.0
    max_rss_mb: float = 0.0  # the biggest single process (kernel ru_maxrss)
    tree_rss_mb: float = 0.0  # peak of the summed RSS of the whole process tree (sampled)
    tree_pss_mb: float = 0.0  # peak of the summed PSS of the tree (shared pages counted once)
    max_procs: int = 0
    db_mb: float = 0.0
    exit_code: int = 0
    output: dict[str, object] = field(default_factory=dict)
    note: str = ""


# ------------------------------------------------------------------------------ measuring


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # the command name may contain spaces and parentheses: fields start after the last ')'
        rest = stat[stat.rfind(b")") + 2 :].split()
        kids.setdefault(int(rest[1]), []).append(int(entry.name))
    return kids


def _task_children(pid: int) -> list[int] | None:
    """Children of ``pid`` from /proc/PID/task/*/children (cheap); None where unsupported."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    out: list[int] = []
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", "rb") as fh:
                out.extend(int(x) for x in fh.read().split())
        except FileNotFoundError:
            if not os.path.exists(f"/proc/{pid}/task/{tid}"):
                continue  # the thread just ended
            return None  # kernel without CONFIG_PROC_CHILDREN
        except OSError:
            continue
    return out


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        kids_of_p = _task_children(p)
        if kids_of_p is None:
            return _tree_by_scan(pid)
        out.append(p)
        stack.extend(kids_of_p)
    return out


def _tree_by_scan(pid: int) -> list[int]:
    kids = _children_map()
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        out.append(p)
        stack.extend(kids.get(p, ()))
    return out


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _pss(pid: int) -> int:
    """Proportional set size: shared pages (e.g. a model loaded before fork) counted once."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


PEAK_PSS: dict[str, int] = {"last": 0}  # peak tree PSS of the last measure() call


def measure(
    cmd: list[str], env: dict[str, str] | None = None, stdout_path: Path | None = None
) -> tuple[float, float, int, int, int, int]:
    """Run ``cmd``; (wall s, cpu s, peak tree RSS, max single RSS, max procs, exit code).
    The peak of the tree's summed PSS is left in ``PEAK_PSS["last"]``."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL  # noqa: SIM115
    err = tempfile.TemporaryFile()  # noqa: SIM115
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
    peak_tree = peak_single = max_procs = peak_pss = 0
    status = 0
    rusage = None
    while True:
        pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        pids = _tree(proc.pid)
        sizes = [_rss(p) for p in pids]
        peak_tree = max(peak_tree, sum(sizes))
        peak_pss = max(peak_pss, sum(_pss(p) for p in pids))
        peak_single = max(peak_single, max(sizes, default=0))
        max_procs = max(max_procs, len(pids))
        time.sleep(POLL)
    wall = time.perf_counter() - t0
    PEAK_PSS["last"] = peak_pss
    proc.returncode = os.waitstatus_to_exitcode(status)
    if stdout_path:
        out.close()  # type: ignore[union-attr]
    # ru_maxrss (KiB on Linux) is the peak of the child or of its largest waited-for descendant
    peak_single = max(peak_single, rusage.ru_maxrss * 1024)
    peak_tree = max(peak_tree, peak_single)
    cpu = rusage.ru_utime + rusage.ru_stime
    if proc.returncode:
        err.seek(0)
        tail = err.read()[-2000:].decode("utf-8", "replace")
        print(f"  {cmd[0]} exited {proc.returncode}:\n{tail}", file=sys.stderr)
    err.close()
    return wall, cpu, peak_tree, peak_single, max_procs, proc.returncode


def _size_of(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        if p.is_file():
            total += p.stat().st_size
        elif p.is_dir():
            total += sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
    return total


# ------------------------------------------------------------------------------ tools


def onrecord_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("onrecord")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("onrecord")
    return [found] if found else [sys.executable, "-m", "onrecord.cli"]


def run_onrecord(archive: Path, work: Path, count: int, workers: int | None) -> Run:
    db = work / "onrecord.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    cmd = [*onrecord_cmd(), "--db", str(db), "ingest", str(archive), "--json"]
    if workers:
        cmd += ["--workers", str(workers)]
    out_path = work / "onrecord.json"
    wall, cpu, tree, single, procs, code = measure(cmd, stdout_path=out_path)
    run = Run(
        "onrecord", count, wall, cpu, count / wall, single / 1e6, tree / 1e6, procs, exit_code=code
    )
    run.tree_pss_mb = PEAK_PSS["last"] / 1e6
    try:
        data = json.loads(out_path.read_text())
        run.output = {
            k: data.get(k)
            for k in ("seen", "ingested", "duplicate", "failed", "seconds", "messages_per_second")
            if k in data
        }
    except (OSError, ValueError):
        run.note = "no JSON output"
    run.db_mb = _size_of([Path(f"{db}{s}") for s in ("", "-wal", "-shm")]) / 1e6
    return run


NOTMUCH_CONFIG = """[database]
mail_root={root}
path={db}

[user]
name=Bench
primary_email=bench@example.org

[new]
tags=
ignore=

[search]
exclude_tags=

[maildir]
synchronize_flags=false
"""


def run_notmuch(archive: Path, work: Path, count: int) -> Run | None:
    exe = shutil.which("notmuch")
    if not exe:
        return None
    nm = work / "notmuch"
    shutil.rmtree(nm, ignore_errors=True)
    (nm / "db").mkdir(parents=True)
    config = nm / "config"
    config.write_text(NOTMUCH_CONFIG.format(root=archive, db=nm / "db"))
    env = dict(os.environ, NOTMUCH_CONFIG=str(config))
    env.pop("NOTMUCH_PROFILE", None)
    wall, cpu, tree, single, procs, code = measure([exe, "new", "--quiet"], env=env)
    run = Run(
        "notmuch", count, wall, cpu, count / wall, single / 1e6, tree / 1e6, procs, exit_code=code
    )

    def count(what: str) -> int:
        out = subprocess.run(
            [exe, "count", f"--output={what}", "*"],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        ).stdout.strip()
        return int(out or 0)

    try:
        run.output = {"messages": count("messages"), "files": count("files")}
    except (OSError, ValueError, subprocess.TimeoutExpired):
        pass
    run.db_mb = _size_of([nm / "db"]) / 1e6
    return run


# ------------------------------------------------------------------------------ archives


def archive_for(count: int, base: Path, seed: int) -> tuple[Path, float]:
    """The archive of ``count`` messages under ``base``, generated unless already there."""
    path = base / f"archive-{count}-seed{seed}"
    marker = base / f"archive-{count}-seed{seed}.json"
    if marker.exists() and path.is_dir():
        print(f"reusing {path}", file=sys.stderr)
        return path, 0.0
    shutil.rmtree(path, ignore_errors=True)
    print(f"generating {count:,} messages into {path} ...", file=sys.stderr)
    res = generate_archive.generate(count, path, "maildir", seed, quiet=True)
    marker.write_text(json.dumps(asdict_result(res), indent=2))
    print(
        f"  {res.messages:,} files, {res.bytes / 1e6:,.1f} MB in {res.seconds:.1f}s",
        file=sys.stderr,
    )
    return path, res.seconds


def asdict_result(res: generate_archive.Result) -> dict[str, object]:
    return dict(res.__dict__)


# ------------------------------------------------------------------------------ main


def bench_size(count: int, args: argparse.Namespace, work: Path) -> dict[str, object]:
    base = args.keep if args.keep else work / "archives"
    base.mkdir(parents=True, exist_ok=True)
    archive, gen_s = archive_for(count, base, args.seed)
    runw = work / f"run-{count}"
    runw.mkdir(parents=True, exist_ok=True)
    print(f"onrecord ingest ({count:,} messages) ...", file=sys.stderr)
    onr = run_onrecord(archive, runw, count, args.workers)
    nm: Run | None = None
    note = ""
    if args.no_notmuch:
        note = "notmuch comparison skipped (--no-notmuch)"
    elif not shutil.which("notmuch"):
        note = "notmuch is not installed: comparison skipped (apt-get install notmuch to compare)"
    else:
        print(f"notmuch new ({count:,} messages) ...", file=sys.stderr)
        nm = run_notmuch(archive, runw, count)
    if note:
        print(f"note: {note}", file=sys.stderr)
    result: dict[str, object] = {
        "messages": count,
        "archive": str(archive),
        "archive_mb": round(_size_of([archive]) / 1e6, 1),
        "generate_seconds": round(gen_s, 1),
        "onrecord": _rounded(asdict(onr)),
        "notmuch": _rounded(asdict(nm)) if nm else None,
        "ratio_throughput": round(onr.rate / nm.rate, 3) if nm and nm.rate else None,
        "note": note,
    }
    if not args.keep:
        shutil.rmtree(archive, ignore_errors=True)
    shutil.rmtree(runw, ignore_errors=True)
    return result


def _rounded(d: dict[str, object]) -> dict[str, object]:
    return {k: round(v, 2) if isinstance(v, float) else v for k, v in d.items()}


def print_report(results: list[dict[str, object]]) -> None:
    for r in results:
        o = r["onrecord"]
        assert isinstance(o, dict)
        print(f"\n== {r['messages']:,} messages ({r['archive_mb']} MB of Maildir)")
        print(
            f"onrecord: {o['seconds']:.1f}s, {o['rate']:,.0f} msg/s, CPU {o['cpu_seconds']:.1f}s, "
            f"peak RSS {o['max_rss_mb']:.0f} MB (biggest process), "
            f"{o['tree_rss_mb']:.0f} MB (tree, {o['max_procs']} procs), "
            f"{o['tree_pss_mb']:.0f} MB (tree PSS), DB {o['db_mb']:.1f} MB"
            + (f", exit {o['exit_code']}" if o["exit_code"] else "")
        )
        if o.get("output"):
            print(f"          {o['output']}")
        n = r["notmuch"]
        if isinstance(n, dict):
            print(
                f"notmuch:  {n['seconds']:.1f}s, {n['rate']:,.0f} msg/s, CPU {n['cpu_seconds']:.1f}s, "
                f"peak RSS {n['max_rss_mb']:.0f} MB, DB {n['db_mb']:.1f} MB  {n.get('output') or ''}"
            )
            print(f"ratio onrecord/notmuch throughput: {r['ratio_throughput']:.2f}")
        elif r["note"]:
            print(f"note: {r['note']}")
    if len(results) > 1:
        print(
            "\n| messages | onrecord s | onrecord msg/s | max RSS MB | tree RSS MB "
            "| tree PSS MB | DB MB | notmuch msg/s | notmuch RSS MB | ratio |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in results:
            o, n = r["onrecord"], r["notmuch"]
            assert isinstance(o, dict)
            nm_rate = f"{n['rate']:,.0f}" if isinstance(n, dict) else "-"
            nm_rss = f"{n['max_rss_mb']:.0f}" if isinstance(n, dict) else "-"
            ratio = f"{r['ratio_throughput']:.2f}" if r["ratio_throughput"] else "-"
            print(
                f"| {r['messages']:,} | {o['seconds']:.1f} | {o['rate']:,.0f} | "
                f"{o['max_rss_mb']:.0f} | {o['tree_rss_mb']:.0f} | {o['tree_pss_mb']:.0f} | "
                f"{o['db_mb']:.1f} | "
                f"{nm_rate} | {nm_rss} | {ratio} |"
            )
        print(memory_verdict(results))


def memory_verdict(results: list[dict[str, object]]) -> str:
    first, last = results[0], results[-1]
    o1, o2 = first["onrecord"], last["onrecord"]
    assert isinstance(o1, dict) and isinstance(o2, dict)
    growth = o2["tree_rss_mb"] / max(o1["tree_rss_mb"], 1e-9)
    single = o2["max_rss_mb"] / max(o1["max_rss_mb"], 1e-9)
    size = int(last["messages"]) / int(first["messages"])  # type: ignore[call-overload]
    flat = growth < 1.5 and single < 1.5
    return (
        f"memory: {size:.0f}x the messages -> tree RSS x{growth:.2f}, biggest process "
        f"x{single:.2f}: {'flat' if flat else 'GROWS with archive size'}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--messages", type=int, default=10_000)
    ap.add_argument("--sizes", default="", help="comma-separated sizes, e.g. 10000,100000")
    ap.add_argument(
        "--keep", type=Path, default=None, help="keep (and reuse) generated archives in this folder"
    )
    ap.add_argument("--workers", type=int, default=None, help="onrecord --workers")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--work-dir", type=Path, default=None, help="where temp files go")
    ap.add_argument("--no-notmuch", action="store_true", help="skip the notmuch comparison")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()] or [args.messages]
    if args.work_dir:
        args.work_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="onrecord-bench-", dir=args.work_dir))
    try:
        results = [bench_size(n, args, work) for n in sizes]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        out = {
            "results": results,
            "cpus": os.cpu_count(),
            "date": time.strftime("%Y-%m-%d"),
            "workers": args.workers,
        }
        if len(results) > 1:
            out["memory"] = memory_verdict(results)
        print(json.dumps(out, indent=2))
    else:
        print_report(results)
    return 0 if all(r["onrecord"]["exit_code"] == 0 for r in results) else 1  # type: ignore[index]


if __name__ == "__main__":
    sys.exit(main())
