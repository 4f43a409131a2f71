"""Embedding throughput: the raw model against ``embed_pending`` (the pipeline), in one run.

Run: ``.venv/bin/python benchmarks/embed_speed.py [--n 1024] [--batch 128] [--embedder SPEC]``

Texts: the first ``--n`` distinct CLIMATE-FEVER evidence sentences (see retrieval_recall.py).
*raw*: ``embedder.embed_passages`` over the same batches, nothing else. *pipeline*:
``embed_pending`` on a fresh onrecord database holding those sentences as statements (reading
pending pages, hashing, dedup lookups, float16 blobs, one commit per batch). Raw runs before and
after the pipeline and its mean is the reference, so a machine whose load drifts during the run
biases neither side. Target: pipeline/raw >= 0.9.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from onrecord.index.vectors import embed_pending
from onrecord.models.embedders import get_embedder
from onrecord.record.store import Store
from retrieval_recall import build_db, load


def raw_rate(embedder: object, texts: list[str], batch: int) -> float:
    t = time.perf_counter()
    for i in range(0, len(texts), batch):
        embedder.embed_passages(texts[i : i + batch])  # type: ignore[attr-defined]
    return len(texts) / (time.perf_counter() - t)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1024)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--embedder", default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    pool, _ = load()
    seen: set[str] = set()
    sub: dict[str, str] = {}
    for eid, text in pool.items():
        if text not in seen and len(sub) < args.n:
            seen.add(text)
            sub[eid] = text
    texts = list(sub.values())
    embedder = get_embedder(args.embedder)
    embedder.embed_passages(texts[:8])  # warm up
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "speed.db"
        to_eid = build_db(db, sub)
        order = [sub[to_eid[s]] for s in sorted(to_eid)]  # the order embed_pending reads them
        before = raw_rate(embedder, order, args.batch)
        store = Store.open(db)
        report = embed_pending(store, embedder, batch=args.batch)
        store.close()
        after = raw_rate(embedder, order, args.batch)
    raw = (before + after) / 2
    out = {
        "embedder": embedder.name,
        "statements": len(texts),
        "batch": args.batch,
        "raw_per_second": round(raw, 1),
        "raw_before_after": [round(before, 1), round(after, 1)],
        "pipeline_per_second": round(report.rate, 1),
        "ratio": round(report.rate / raw, 3),
        "pipeline_model_share": round(report.embed_seconds / report.seconds, 3),
    }
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        print(f"{out['embedder']}: {len(texts)} statements, batch {args.batch}")
        print(
            f"raw model   {out['raw_per_second']:>8.1f}/s  (before {before:.1f}, after {after:.1f})"
        )
        print(
            f"embed_pending {out['pipeline_per_second']:>6.1f}/s  ratio {out['ratio']:.3f}  "
            f"(time inside the model: {out['pipeline_model_share']:.1%})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
