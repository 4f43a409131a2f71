"""Claim-check latency on a large ingested archive, and judging throughput through the pipeline
against the raw judge in the same run.

    .venv/bin/python benchmarks/check_latency.py --db /tmp/w100.db [--claims 40] [--cold] [--json]

The database is an archive ingested with `onrecord ingest` (e.g. the 100k-message archive of
`generate_archive.py`). Claims are made from random authored statements of the archive (their
text, about their author), so each has evidence to find. Models are loaded and warmed up first:
the latency is of `check_claims` for one claim (retrieve with on-demand dense scoring, judge,
aggregate), excluding model load. ``--cold`` first deletes the vectors stored for the embedder
(those made on demand by earlier runs, or by ``onrecord embed``), so runs start alike. Prints
p50/p95/max seconds per claim, the CPU time per claim (all threads; less sensitive to other
processes on a shared machine than wall time), and where the time went (embedding, judging, the rest: SQL and
Python), then judging throughput: the judge's pairs/s inside the pipeline (timed around each
judge call, one call per claim) and on the same pairs in one raw call (run before and after
the pipeline, twice, averaged), and their ratio (target >= 0.9), also interleaved (each claim's
pairs replayed through the raw judge right after the claim, by wall clock and CPU time, so a
changing load cancels out); and the
same for all claims checked in one ``check_claims`` call (one judge call for all of them).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from collections.abc import Sequence

from onrecord.check.claims.extract import Claim
from onrecord.check.verdicts.verify import check_claims
from onrecord.models.base import Judgment
from onrecord.models.embedders import get_embedder
from onrecord.models.judges import get_judge
from onrecord.record.store import Store


class TimedJudge:
    """Wraps a judge and records the pairs it saw and the time spent inside it."""

    def __init__(self, judge: object) -> None:
        self.inner = judge
        self.name = judge.name  # type: ignore[attr-defined]
        self.seconds = 0.0
        self.cpu = 0.0
        self.pairs: list[tuple[str, str]] = []

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Judgment]:
        t, c = time.perf_counter(), time.process_time()
        out = self.inner.judge(pairs)  # type: ignore[attr-defined]
        self.seconds += time.perf_counter() - t
        self.cpu += time.process_time() - c
        self.pairs += list(pairs)
        return out


class TimedEmbedder:
    """Wraps an embedder and records the time spent inside it."""

    def __init__(self, embedder: object) -> None:
        self.inner = embedder
        self.name = embedder.name  # type: ignore[attr-defined]
        self.dim = embedder.dim  # type: ignore[attr-defined]
        self.seconds = 0.0
        self.texts = 0

    def _timed(self, fn: str, texts: Sequence[str]) -> object:
        t = time.perf_counter()
        out = getattr(self.inner, fn)(texts)
        self.seconds += time.perf_counter() - t
        self.texts += len(texts)
        return out

    def embed_queries(self, texts: Sequence[str]) -> object:
        return self._timed("embed_queries", texts)

    def embed_passages(self, texts: Sequence[str]) -> object:
        return self._timed("embed_passages", texts)


def raw_rate(judge: object, pairs: list[tuple[str, str]]) -> float:
    t = time.perf_counter()
    judge.judge(pairs)  # type: ignore[attr-defined]
    return len(pairs) / (time.perf_counter() - t)


def sample_claims(store: Store, n: int, seed: int) -> list[Claim]:
    rows = store.db.execute(
        "SELECT text, author_name FROM statements WHERE kind = 'authored' AND author_name != '' "
        "AND length(text) BETWEEN 40 AND 200 ORDER BY id"
    ).fetchall()
    picked = random.Random(seed).sample(rows, min(n, len(rows)))
    return [
        Claim(
            text=r["text"],
            original=r["text"],
            lang="en",
            subject=r["author_name"],
            claimant=None,
            source="benchmark",
            span=None,
            kind="fact",
        )
        for r in picked
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--claims", type=int, default=40)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--judge", default="builtin")
    ap.add_argument(
        "--cold",
        action="store_true",
        help="delete the embedder's stored vectors first (each run starts alike)",
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    store = Store.open(args.db, create=False)
    messages = store.db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
    claims = sample_claims(store, args.claims + 1, args.seed)
    embedder = TimedEmbedder(get_embedder(None))
    if args.cold:
        with store.transaction():
            store.db.execute(
                "DELETE FROM statement_vectors WHERE model = "
                "(SELECT id FROM vector_models WHERE name = ?)",
                (embedder.name,),
            )
    judge = TimedJudge(get_judge(args.judge))
    load_before = os.getloadavg()
    check_claims(store, claims[:1], judge=judge, embedder=embedder)  # warm-up: loads models
    judge.seconds, judge.pairs = 0.0, []
    embedder.seconds, embedder.texts = 0.0, 0
    latencies, cpu = [], []
    replay = {"seconds": 0.0, "cpu": 0.0}  # the raw judge on each claim's pairs, right after it
    for claim in claims[1:]:
        t, c = time.perf_counter(), time.process_time()
        seen = len(judge.pairs)
        check_claims(store, [claim], judge=judge, embedder=embedder)
        latencies.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        mine = judge.pairs[seen:]
        if mine:
            t, c = time.perf_counter(), time.process_time()
            judge.inner.judge(mine)  # type: ignore[attr-defined]
            replay["seconds"] += time.perf_counter() - t
            replay["cpu"] += time.process_time() - c
    interleaved = (judge.seconds / replay["seconds"]) if replay["seconds"] else None
    interleaved_cpu = (judge.cpu / replay["cpu"]) if replay["cpu"] else None
    total = sum(latencies)
    stages = {
        "embed_s": embedder.seconds,
        "judge_s": judge.seconds,
        "rest_s": total - embedder.seconds - judge.seconds,
    }
    embedded = embedder.texts
    pairs = judge.pairs
    pipeline_rate = len(pairs) / judge.seconds if judge.seconds else 0.0
    raw = (raw_rate(judge.inner, pairs) + raw_rate(judge.inner, pairs)) / 2
    # all claims in one check run: one judge call (vectors are cached by now; only judging counts)
    judge.seconds, judge.pairs = 0.0, []
    raw_before = raw_rate(judge.inner, pairs)
    check_claims(store, claims[1:], judge=judge, embedder=embedder)
    batched_rate = len(judge.pairs) / judge.seconds if judge.seconds else 0.0
    raw_batched = (raw_before + raw_rate(judge.inner, judge.pairs)) / 2
    raw_b32 = None
    if args.judge == "builtin":  # the raw judge at its fastest batching, for reference
        from onrecord.models.judges.builtin import BuiltinJudge

        raw_b32 = raw_rate(BuiltinJudge(batch_size=32), pairs)
    load_after = os.getloadavg()
    latencies.sort()
    n = len(latencies)
    result = {
        "messages": messages,
        "claims": n,
        "judge": judge.name,
        "embedder": embedder.name,
        "cold": args.cold,
        "p50_s": round(statistics.median(latencies), 3),
        "p95_s": round(latencies[max(0, int(0.95 * n) - 1)], 3),
        "max_s": round(latencies[-1], 3),
        "cpu_p50_s": round(statistics.median(cpu), 3),
        "cpu_mean_s": round(sum(cpu) / n, 3),
        "mean_per_claim_s": {k: round(v / n, 3) for k, v in stages.items()},
        "statements_embedded_per_claim": round(embedded / n, 1),
        "pairs_judged": len(pairs),
        "judge_pairs_per_s_pipeline": round(pipeline_rate, 1),
        "judge_pairs_per_s_raw": round(raw, 1),
        "judge_ratio": round(pipeline_rate / raw, 3) if raw else None,
        # pipeline vs raw on the same pairs, interleaved claim by claim (raw right after each
        # claim: load drift cancels), by wall clock and by CPU time
        "judge_ratio_interleaved": round(1 / interleaved, 3) if interleaved else None,
        "judge_ratio_interleaved_cpu": round(1 / interleaved_cpu, 3) if interleaved_cpu else None,
        "judge_pairs_per_s_one_run": round(batched_rate, 1),
        "judge_ratio_one_run": round(batched_rate / raw_batched, 3) if raw_batched else None,
        "judge_pairs_per_s_raw_batch32": round(raw_b32, 1) if raw_b32 else None,
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in load_after],
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"{messages:,} messages, {n} claims, judge {result['judge']}, "
        f"embedder {result['embedder']}{' (cold)' if args.cold else ''}"
    )
    print(
        f"latency per claim: p50 {result['p50_s']} s, p95 {result['p95_s']} s, "
        f"max {result['max_s']} s (target p50 <= 1.5 s)"
    )
    print(
        f"CPU time per claim (all threads; what an idle machine would need at most): "
        f"p50 {result['cpu_p50_s']} s, mean {result['cpu_mean_s']} s"
    )
    st = result["mean_per_claim_s"]
    print(
        f"mean per claim: embedding {st['embed_s']} s ({result['statements_embedded_per_claim']} "
        f"texts), judging {st['judge_s']} s, the rest {st['rest_s']} s"
    )
    print(
        f"judging, one call per claim: pipeline {result['judge_pairs_per_s_pipeline']} pairs/s, "
        f"raw {result['judge_pairs_per_s_raw']} pairs/s, ratio {result['judge_ratio']}"
    )
    print(
        f"judging, interleaved claim by claim (raw replay right after each claim): ratio "
        f"{result['judge_ratio_interleaved']} by wall clock, "
        f"{result['judge_ratio_interleaved_cpu']} by CPU time"
    )
    print(
        f"judging, all claims in one check run: pipeline {result['judge_pairs_per_s_one_run']} "
        f"pairs/s, ratio {result['judge_ratio_one_run']}"
    )
    if raw_b32:
        print(
            f"raw judge with batch_size 32 (batch-mates change each other's probabilities): "
            f"{result['judge_pairs_per_s_raw_batch32']} pairs/s"
        )
    print(f"load average before {result['loadavg_before']}, after {result['loadavg_after']}")


if __name__ == "__main__":
    main()
