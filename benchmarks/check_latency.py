"""Claim-check latency on a large ingested archive, and judging throughput through the pipeline
against the raw judge in the same run.

    .venv/bin/python benchmarks/check_latency.py --db /tmp/w100.db [--claims 40] [--json]

The database is an archive ingested with `onrecord ingest` (e.g. the 100k-message archive of
`generate_archive.py`). Claims are made from random authored statements of the archive (their
text, about their author), so each has evidence to find. Models are loaded and warmed up first:
the latency is of `check_claims` for one claim (retrieve with on-demand dense scoring, judge,
aggregate), excluding model load. Prints p50/p95/max seconds per claim, then the judge's pairs/s
inside the pipeline (timed around each judge call) and on the same pairs in one raw batch, and
their ratio (target >= 0.9).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Sequence

from onrecord.check.claims import Claim
from onrecord.check.verify import check_claims
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
        self.pairs: list[tuple[str, str]] = []

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Judgment]:
        t = time.perf_counter()
        out = self.inner.judge(pairs)  # type: ignore[attr-defined]
        self.seconds += time.perf_counter() - t
        self.pairs += list(pairs)
        return out


def sample_claims(store: Store, n: int, seed: int) -> list[Claim]:
    rows = store.db.execute(
        "SELECT text, author_name FROM statements WHERE kind = 'authored' AND author_name != '' "
        "AND length(text) BETWEEN 40 AND 200 ORDER BY id"
    ).fetchall()
    picked = random.Random(seed).sample(rows, min(n, len(rows)))
    return [
        Claim(text=r["text"], original=r["text"], lang="en", subject=r["author_name"],
              claimant=None, source="benchmark", span=None, kind="fact")
        for r in picked
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--claims", type=int, default=40)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--judge", default="builtin")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    store = Store.open(args.db, create=False)
    messages = store.db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
    claims = sample_claims(store, args.claims + 1, args.seed)
    embedder = get_embedder(None)
    judge = TimedJudge(get_judge(args.judge))
    check_claims(store, claims[:1], judge=judge, embedder=embedder)  # warm-up: loads models
    judge.seconds, judge.pairs = 0.0, []
    latencies = []
    for claim in claims[1:]:
        t = time.perf_counter()
        check_claims(store, [claim], judge=judge, embedder=embedder)
        latencies.append(time.perf_counter() - t)
    pipeline_rate = len(judge.pairs) / judge.seconds if judge.seconds else 0.0
    t = time.perf_counter()
    judge.inner.judge(judge.pairs)  # type: ignore[attr-defined]
    raw_rate = len(judge.pairs) / (time.perf_counter() - t)
    latencies.sort()
    result = {
        "messages": messages,
        "claims": len(latencies),
        "judge": judge.name,
        "embedder": embedder.name,
        "p50_s": round(statistics.median(latencies), 3),
        "p95_s": round(latencies[max(0, int(0.95 * len(latencies)) - 1)], 3),
        "max_s": round(latencies[-1], 3),
        "pairs_judged": len(judge.pairs),
        "judge_pairs_per_s_pipeline": round(pipeline_rate, 1),
        "judge_pairs_per_s_raw": round(raw_rate, 1),
        "judge_ratio": round(pipeline_rate / raw_rate, 3) if raw_rate else None,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{messages:,} messages, {result['claims']} claims, judge {result['judge']}, "
          f"embedder {result['embedder']}")
    print(f"latency per claim: p50 {result['p50_s']} s, p95 {result['p95_s']} s, "
          f"max {result['max_s']} s (target p50 <= 1.5 s)")
    print(f"judging: pipeline {result['judge_pairs_per_s_pipeline']} pairs/s, raw "
          f"{result['judge_pairs_per_s_raw']} pairs/s, ratio {result['judge_ratio']}")


if __name__ == "__main__":
    main()
