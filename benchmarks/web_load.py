"""The web app under load: many clients at once, hostile probes mixed in, no 5xx, no reset.

    PYTHONPATH=src .venv/bin/python benchmarks/web_load.py [--db PATH] [--clients 20]
        [--seconds 30] [--seed 12] [--json]

Without ``--db`` the bundled sample case and the notmuch and bigbang corpora (where present in
``/work/shared/corpora``) are ingested into a temporary database. The app runs as ``onrecord
serve --port 0`` (the real server: uvicorn with onrecord's bounded protocol) in its own
process; each client is a thread with one keep-alive connection, sending requests back to back
for ``--seconds``, drawn from a mix: the home page, people, search (words from the record's
statements, a person filter with LIKE's ``%`` and ``_``), message pages (with ``hl``) and raw
bytes, person pages, and hostile probes that must be answered 4xx: ids of 5,000 digits and past
64 bits, a non-numeric ``hl``, a 10 KB URL (414), a 2 MB body (413), an unknown page (404).

An error is a 5xx, a status other than the one a request must get, or a connection that fails
(reset, timeout). Reports requests, errors, requests per second, latency percentiles per kind
of request, and the server's peak RSS. Exit status 1 on any error. The numbers are of the
machine it runs on: a shared one gives lower throughput, never errors.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from statistics import quantiles
from typing import Any

CORPORA = Path(os.environ.get("ONRECORD_CORPORA", "/work/shared/corpora"))


@dataclass(frozen=True)
class Request:
    kind: str
    method: str
    path: str
    want: int  # the status it must get
    body: bytes = b""


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    sent: int = 0
    statuses: dict[int, int] = field(default_factory=dict)


def build_db(folder: Path) -> Path:
    from onrecord.engines.local import ingest
    from onrecord.present.demo import sample_dir
    from onrecord.record.store import Store

    paths = [sample_dir()]
    paths += [
        p for p in (CORPORA / "notmuch-corpora", CORPORA / "bigbang-mailing-lists") if p.is_dir()
    ]
    db = folder / "load.db"
    store = Store.open(db)
    ingest(store, paths, workers=1)
    store.close()
    return db


def request_mix(db: Path, rng: random.Random) -> list[Request]:
    """The requests the clients draw from, with the status each must get."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    messages = [r[0] for r in con.execute("SELECT id FROM messages WHERE container_id IS NULL")]
    hl = dict(con.execute("SELECT message, MIN(id) FROM statements GROUP BY message"))
    persons = [r[0] for r in con.execute("SELECT id FROM persons")]
    words = [
        w
        for (text,) in con.execute("SELECT text FROM statements ORDER BY random() LIMIT 400")
        for w in text.split()
        if w.isalpha() and len(w) > 4
    ]
    con.close()
    mix = [Request("home", "GET", "/", 200), Request("people", "GET", "/people", 200)]
    mix += [Request("people", "GET", "/people?all=1", 200)]
    mix += [Request("search", "GET", f"/search?q={w}", 200) for w in rng.sample(words, 40)]
    mix += [Request("search", "GET", "/search?q=the&person=%25_%25", 200)]
    for mid in rng.sample(messages, min(60, len(messages))):
        mix.append(Request("message", "GET", f"/message/{mid}", 200))
        if mid in hl:
            mix.append(Request("message", "GET", f"/message/{mid}?hl={hl[mid]}", 200))
    mix += [Request("raw", "GET", f"/message/{m}/raw", 200) for m in rng.sample(messages, 20)]
    mix += [Request("person", "GET", f"/person/{p}", 200) for p in rng.sample(persons, 30)]
    nines = "9" * 5000
    mix += 3 * [  # about one request in ten
        Request("probe", "GET", f"/message/{nines}", 404),
        Request("probe", "GET", f"/message/{messages[0]}?hl={nines}", 400),
        Request("probe", "GET", f"/message/{messages[0]}?hl=x", 400),
        Request("probe", "GET", "/message/99999999999999999999999/raw", 404),
        Request("probe", "GET", "/person/99999999999999999999999", 404),
        Request("probe", "GET", "/no/such/page", 404),
        Request("probe", "GET", "/search?q=" + "a" * 10_000, 414),
        Request("probe", "POST", "/search", 413, body=b"x" * (2 << 20)),
    ]
    return mix


def client(
    host: str,
    port: int,
    mix: list[Request],
    until: float,
    seed: int,
    tally: Tally,
    lock: threading.Lock,
) -> None:
    rng = random.Random(seed)
    conn: http.client.HTTPConnection | None = None
    while time.monotonic() < until:
        req = rng.choice(mix)
        with lock:
            tally.sent += 1
        start = time.perf_counter()
        try:
            if conn is None:
                conn = http.client.HTTPConnection(host, port, timeout=60)
            conn.request(req.method, req.path, body=req.body or None)
            resp = conn.getresponse()
            resp.read()
            status = resp.status
            if resp.will_close:
                conn.close()
                conn = None
        except (OSError, http.client.HTTPException) as exc:
            if conn is not None:
                conn.close()
            conn = None
            with lock:
                tally.errors.append(f"{req.kind} {req.path[:60]}: {type(exc).__name__}: {exc}")
            continue
        took = time.perf_counter() - start
        with lock:
            tally.statuses[status] = tally.statuses.get(status, 0) + 1
            tally.latencies.setdefault(req.kind, []).append(took)
            if status != req.want:
                tally.errors.append(f"{req.kind} {req.path[:60]}: {status}, not {req.want}")
    if conn is not None:
        conn.close()


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _ms(values: list[float]) -> dict[str, float]:
    qs = quantiles(values, n=100, method="inclusive") if len(values) > 1 else values * 99
    return {
        "n": len(values),
        "p50_ms": round(qs[49] * 1000, 1),
        "p95_ms": round(qs[94] * 1000, 1),
        "max_ms": round(max(values) * 1000, 1),
    }


def run(db: Path, clients: int, seconds: float, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    mix = request_mix(db, rng)
    server = subprocess.Popen(
        [sys.executable, "-m", "onrecord.cli", "--db", str(db), "serve", "--port", "0", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        url = json.loads(server.stdout.readline())["url"]  # type: ignore[union-attr]
        host, port = url.split("//")[1].split("/")[0].rsplit(":", 1)
        deadline = time.monotonic() + 30
        while True:  # until it answers
            try:
                probe = http.client.HTTPConnection(host, int(port), timeout=5)
                probe.request("GET", "/")
                probe.getresponse().read()
                probe.close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        tally, lock = Tally(), threading.Lock()
        until = time.monotonic() + seconds
        started = time.perf_counter()
        threads = [
            threading.Thread(
                target=client, args=(host, int(port), mix, until, seed + i, tally, lock)
            )
            for i in range(clients)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        server_rss = _rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(10)
    done = sum(tally.statuses.values())
    every = [x for v in tally.latencies.values() for x in v]
    return {
        "clients": clients,
        "seconds": round(wall, 1),
        "requests": tally.sent,
        "errors": len(tally.errors),
        "error_samples": tally.errors[:10],
        "requests_per_second": round(done / wall, 1),
        "statuses": dict(sorted(tally.statuses.items())),
        "latency": {"all": _ms(every), **{k: _ms(v) for k, v in sorted(tally.latencies.items())}},
        "server_peak_rss_mb": round(server_rss, 1),
        "client_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="web-load-") as tmp:
        db = args.db or build_db(Path(tmp))
        result = run(db, args.clients, args.seconds, args.seed)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(
            f"{result['clients']} clients, {result['seconds']} s: {result['requests']} requests, "
            f"{result['errors']} errors, {result['requests_per_second']} req/s; "
            f"statuses {result['statuses']}; server peak RSS {result['server_peak_rss_mb']} MB"
        )
        for kind, lat in result["latency"].items():
            print(
                f"  {kind:8} n={lat['n']:6}  p50 {lat['p50_ms']:7.1f} ms  p95 "
                f"{lat['p95_ms']:7.1f} ms  max {lat['max_ms']:7.1f} ms"
            )
        for line in result["error_samples"]:
            print("  error:", line)
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
