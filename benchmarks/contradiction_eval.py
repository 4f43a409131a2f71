"""Quality of `onrecord contradictions` on a labelled fictional case.

The case (``benchmarks/data/contradictions/case/``): a company mailbox of four people (English
and Dutch mail, replies with quotations, a "Yup" and a "Fine by me" endorsement) and five
public statements of theirs as Markdown documents (English and Dutch). ``gold.json`` names ten
self-contradictions (English-English, Dutch-Dutch, Dutch-English both ways, one through an
endorsement); every other pair is a non-contradiction, many of them on the same topic
(restatements, other years, other aspects, other people's words quoted in a person's mail).

``--data benchmarks/data/contradictions-heldout`` runs the held-out case (three people of a
city and its hospital, 17 messages, three public statements, 9 gold pairs), written after every
threshold was fixed on the first one; since branch contra6 it is a development case too.

``--data benchmarks/data/contradictions-dev2`` runs the second development case (an energy
cooperative, 27 messages 2017-2023, four public statements, 9 gold pairs; with chit-chat, a
"Yup", quotations, restatements, other years and other aspects of one topic), written before
anything was run on it to check that rules fixed on the first case hold on another.

``--data benchmarks/data/contradictions-dev3`` runs the third development case (Kaapveer, a
ferry company, 30 messages 2018-2023, three statements, 6 gold pairs; plans and their execution,
a hedge then a decision, an estimate and its outcome, reported opinions, forwards, chit-chat).

``--data benchmarks/data/contradictions-dev4`` runs the fourth development case (Vlietland
Zuivel, a dairy cooperative, 30 messages 2017-2023, three statements, 6 gold pairs written
before any run; counts across languages, an origin, a loan against reserves, an endorsed
closure, a milk price up then down; plans, estimates, other years, third parties' acts).

``--data benchmarks/data/contradictions-heldout4`` runs the fourth held-out case (Hoogeveld, a
regional airport, 36 messages 2018-2024, an interview, an op-ed and a statement to a council
committee, 8 gold pairs: a denied pledge, a cost two ways, an endorsed proposal denied, "never"
then done), written by a writer who read no detection code and no other case's gold except dev5
as a format example, before anything was run on it. First run (session 13, judge v11, numbers
only): precision@10 0.30, recall 0.375 (3 of 8 gold pairs, all in the top 10), 0 misattributed.
Its top three were read: two false positives were changes the writer announced as such ("is
postponed: ... we now aim for 2023", "4 euros ..., down from 6"), a class then handled on the
development cases (:mod:`onrecord.check.contradictions.acknowledged`, no development case changed); after it
0.40 (no longer a clean number); heldout3 unchanged at 0.50, recall 0.57. Then a plan and its
execution, a proposal against "not decided yet" and a restatement of staying the same were
fixed on heldout2 (development: 0.30 -> 0.50, no other development case moved): heldout3 0.56
(5 of 9 reported right), recall 0.57; heldout4 0.40, recall 0.375.

``--data benchmarks/data/contradictions-heldout5`` runs the fifth held-out case (Vezelwerk, a
textile recycler, 36 messages 2018-2024 among five people, an interview, an op-ed and a council
statement, 9 gold pairs: a denied pledge, amounts two ways, "never" then done, a reversed stance,
an endorsed proposal denied), written by a writer who read no detection code and no other case's
gold except dev5 as a format example, before anything was run on it.

``--data benchmarks/data/contradictions-heldout6`` runs the sixth held-out case (Kempenvet, a
chain of veterinary clinics, 36 messages 2018-2024, an interview, an op-ed and a statement to a
council committee, 9 gold pairs: a denied pledge, amounts two ways, two endorsed proposals denied,
"never" then done, a reversed position in Dutch), written by a writer who read no detection code
and no other case's gold except dev5 as a format example, before anything was run on it.

``--data benchmarks/data/contradictions-heldout7`` runs the seventh held-out case (Brandpunt, a
coffee roaster, 36 messages 2018-2024 among five people, an interview, an op-ed and a statement
to a council committee, 8 gold pairs: a denied pledge, amounts two ways, an endorsed proposal
denied, "never" then done, reversed positions across languages), written by a writer who read
no detection code and no other case's gold except dev5 as a format example, before anything was
run on it.
First run 0.30, recall 0.50; since session 15 (branch s15-contra2) a development case: the
classes its misses and false pairs shared with heldout5/6 were fixed (states begun later,
units and names across languages, stance words, "never" then done, restatements): 0.50, recall
0.625; heldout6 0.70 -> 0.90, every other case unchanged.

Session 14: heldout3, heldout5 and heldout6 were each measured clean first and then read, one after
the other, as development cases (the rules of each round were made on them); heldout7 is the one
never read. Clean first runs: heldout5 0.50 (recall 0.33), heldout6 0.30 with the session-start
code and 0.40 with the rules made on heldout3 and heldout5, heldout7 0.30 (recall 0.625) with the
session-start code and 0.30 (recall 0.50) at the end of the session.

``--data benchmarks/data/contradictions-heldout8`` runs the eighth held-out case (Wolkenveld, a
literary publisher, 36 messages 2018-2024 in English and Dutch, an interview in Q/A form, an op-ed
and a statement to a council committee, 9 gold pairs: a denied pledge, an advance two ways, two
endorsed proposals denied, "never" then done, a reversed view, sales and a discovery told two
ways), written by a writer who read no detection code and no other case's gold except dev5 as a
format example, before anything was run on it.

``--data benchmarks/data/contradictions-heldout9`` runs the ninth held-out case (Kampenaar, a
shipyard in Kampen, 36 messages 2018-2024 among four people, a Dutch interview, an English op-ed
and a statement to a council committee, 8 gold pairs: a denied promise, a cost two ways, "never"
then done, an endorsed proposal denied, a past handover and accident record two ways, a stance
reversed), written by a writer who read no detection code and no other case's gold except dev5
as a format example, before anything was run on it.

``--data benchmarks/data/contradictions-heldout10`` runs the tenth held-out case (De Kruin, an
indoor ski slope, 36 messages 2018-2024, an interview, an op-ed, a council statement, 9 gold
pairs), written by a writer who read no detection code and no other case's gold except dev5 as a
format example, before anything was run on it.

Session 16: heldout9 was read first (clean 0.40, recall 0.50; then 1.00, recall 0.875), heldout10
measured clean (0.33, recall 0.33 with the session-start code; 0.43 after the rules made on
heldout9) and then read (0.89, recall 0.89); heldout11 is the one never read: 0.70, recall 0.75
at its first run (after the heldout9 round) and at the end of the session.

Printed per variant: pairs judged, pairs reported, precision of the top 10 (all persons'
pairs ranked together), recall of the gold pairs among all pairs reported and among the top 10,
and pairs that wrongly contain quoted text (must be 0). Variants:

- ``onrecord``: the default (topic neighbours, both directions, ranking);
- ``one-way``: the same candidates, a pair counts when contradiction is the judge's top label
  earlier -> later (the naive rule), ranked by that probability;
- ``both-ways``: the same candidates, contradiction must be the top label both ways (mean);
- ``no-cross``: without the other-language neighbour lists;
- ``all-pairs``: every pair of a person's statements (quadratic), the default rule.

    .venv/bin/python benchmarks/contradiction_eval.py [--judge builtin] [--json]

``--data benchmarks/data/contradictions-heldout11`` runs the eleventh held-out case (Velders, a coffee
roaster, 36 messages 2018-2024, an interview, an op-ed, a council statement, 8 gold pairs: a denied
promise, a reversed position, an endorsed closure denied, "never" then done, amounts two ways), written
by a writer who read no detection code and no other case's gold except dev5, before anything was run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from onrecord.check.contradictions.find import ContradictionPair, both_ways, find_contradictions
from onrecord.engines.local import ingest
from onrecord.models.embedders import get_embedder
from onrecord.models.judges import get_judge
from onrecord.record.store import Store

DATA = Path(__file__).resolve().parent / "data" / "contradictions"


def one_way(ab: dict[str, float], ba: dict[str, float]) -> float | None:
    return (
        ab["contradiction"] if ab["contradiction"] > max(ab["entailment"], ab["neutral"]) else None
    )


def matches(pair: ContradictionPair, gold: dict) -> bool:
    """The pair is this gold (or acceptable) pair: its texts hold the two substrings."""
    if pair.person["name"] != gold["person"]:
        return False
    a, b = pair.a.text, pair.b.text
    return (gold["a"] in a and gold["b"] in b) or (gold["a"] in b and gold["b"] in a)


def evaluate(store: Store, gold: dict, judge, embedder, **kw) -> dict:
    t = time.perf_counter()
    reports = [  # person by person, so that persons without a pair count in the totals too
        r
        for p in store.persons()
        if not p["is_role"]
        for r in find_contradictions(
            store, str(p["id"]), judge=judge, embedder=embedder, limit=1000, **kw
        )
    ]
    seconds = time.perf_counter() - t
    pairs = sorted((p for r in reports for p in r.pairs), key=lambda p: -p.rank)
    top = pairs[:10]
    gold_pairs = gold["pairs"]

    def found(ps: list[ContradictionPair]) -> list[str]:
        return [g["id"] for g in gold_pairs if any(matches(p, g) for p in ps)]

    correct_top = [p for p in top if any(matches(p, g) for g in gold_pairs + gold["acceptable"])]
    misattributed = [
        p
        for p in pairs
        for q in gold["quoted"]
        if p.person["name"] == q["person"] and (q["text"] in p.a.text or q["text"] in p.b.text)
    ]
    return {
        "pairs_judged": sum(r.stats["pairs_judged"] for r in reports),
        "pairs_possible": sum(r.stats["pairs_possible"] for r in reports),
        "pairs_reported": len(pairs),
        "precision_at_10": len(correct_top) / max(len(top), 1),
        "recall": len(found(pairs)) / len(gold_pairs),
        "recall_at_10": len(found(top)) / len(gold_pairs),
        "found": found(pairs),
        "missed": [g["id"] for g in gold_pairs if g["id"] not in found(pairs)],
        "misattributed": len(misattributed),
        "seconds": round(seconds, 1),
        "top10": [
            {
                "person": p.person["name"],
                "rank": round(p.rank, 3),
                "a": p.a.text,
                "b": p.b.text,
                "gold": next(
                    (g["id"] for g in gold_pairs + gold["acceptable"] if matches(p, g)), None
                ),
            }
            for p in top
        ],
    }


def forward_only(probs: dict[str, float]) -> str:
    """The naive stance: the judge's top label from statement to claim."""
    label = max(probs, key=lambda k: probs[k])
    names = {"entailment": "supports", "contradiction": "contradicts"}
    return names.get(label, "neutral") if probs[label] >= 0.5 else "neutral"


def evaluate_timelines(store: Store, gold: dict, judge, embedder) -> dict:
    """Stance accuracy on the labelled statements (a statement the topic filter left out
    counts as neutral) and whether the gold flip is a turning point; the naive forward-only
    stance beside it."""
    from onrecord.check.contradictions.timeline import timeline, turning_points

    right = naive_right = total = flips = naive_flips = 0
    rows = []
    for t in gold["timelines"]:
        data = timeline(store, t["person"], t["topic"], judge=judge, embedder=embedder)
        entries = data["statements"]
        naive = [forward_only(e["probs"]["statement->claim"]) for e in entries]
        for key, want in t["stances"].items():
            at = next((k for k, e in enumerate(entries) if key in e["text"]), None)
            got = entries[at]["stance"] if at is not None else "neutral"
            got_naive = naive[at] if at is not None else "neutral"
            total += 1
            right += got == want
            naive_right += got_naive == want
            rows.append(
                {
                    "timeline": t["id"],
                    "statement": key,
                    "gold": want,
                    "stance": got,
                    "forward_only": got_naive,
                }
            )
        flip_at = next((k for k, e in enumerate(entries) if t["flip"] in e["text"]), None)
        flips += flip_at is not None and flip_at in data["turning_points"]
        naive_flips += flip_at is not None and flip_at in turning_points(naive)
    n = len(gold["timelines"])
    return {
        "labelled": total,
        "stance_accuracy": right / total,
        "stance_accuracy_forward_only": naive_right / total,
        "flips_found": f"{flips}/{n}",
        "flips_found_forward_only": f"{naive_flips}/{n}",
        "rows": rows,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--judge", default="builtin")
    ap.add_argument(
        "--data",
        type=Path,
        default=DATA,
        help="A case folder: case/ and gold.json (default: the Nordwind case; "
        "benchmarks/data/contradictions-heldout is the held-out one).",
    )
    ap.add_argument("--variants", default="onrecord,one-way,both-ways,no-cross,all-pairs")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="Print the top 10 of each variant.")
    ap.add_argument("--no-timelines", action="store_true", help="Skip the timeline stances.")
    args = ap.parse_args()
    gold = json.loads((args.data / "gold.json").read_text())
    judge = get_judge(args.judge)
    embedder = get_embedder(None)
    variants = {
        "onrecord": {},
        "one-way": {"scorer": one_way},
        "both-ways": {"scorer": both_ways},
        "no-cross": {"cross_neighbours": 0},
        "all-pairs": {"neighbours": 10_000, "threshold": -1.0, "cross_neighbours": 0},
    }
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "eval.db")
        ingest(store, [args.data / "case"], workers=1)
        for name in args.variants.split(","):
            results[name] = evaluate(store, gold, judge, embedder, **variants[name])
        timelines = None if args.no_timelines else evaluate_timelines(store, gold, judge, embedder)
    out = {
        "case": str(args.data),
        "judge": judge.name,
        "embedder": embedder.name,
        "gold_pairs": len(gold["pairs"]),
        "variants": results,
        "timelines": timelines,
    }
    if args.json:
        json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return
    print(
        f"{args.data.name}: judge {judge.name}, embedder {embedder.name}, "
        f"{len(gold['pairs'])} gold pairs"
    )
    print(
        f"{'variant':<10} {'judged':>7} {'of':>6} {'reported':>8} {'P@10':>6} {'R@10':>6} "
        f"{'recall':>6} {'quoted':>6} {'s':>6}"
    )
    for name, r in results.items():
        print(
            f"{name:<10} {r['pairs_judged']:>7} {r['pairs_possible']:>6} {r['pairs_reported']:>8} "
            f"{r['precision_at_10']:>6.2f} {r['recall_at_10']:>6.2f} {r['recall']:>6.2f} "
            f"{r['misattributed']:>6} {r['seconds']:>6.1f}"
        )
        print(f"{'':<10} missed: {', '.join(r['missed']) or '-'}")
        if args.show:
            for t in r["top10"]:
                print(
                    f"    {t['rank']:.3f} {t['gold'] or '--':<4} {t['person']}: {t['a'][:60]} || "
                    f"{t['b'][:60]}"
                )
    if timelines:
        _print_timelines(timelines, args.show)


def _print_timelines(t: dict, show: bool) -> None:
    print(
        f"timelines: stance accuracy {t['stance_accuracy']:.2f} on {t['labelled']} labelled "
        f"statements (forward only {t['stance_accuracy_forward_only']:.2f}); flips found "
        f"{t['flips_found']} (forward only {t['flips_found_forward_only']})"
    )
    if show:
        for r in t["rows"]:
            mark = "ok" if r["stance"] == r["gold"] else "xx"
            print(
                f"    {mark} {r['timeline']} gold {r['gold']:<11} got {r['stance']:<11} "
                f"(fwd {r['forward_only']:<11}) {r['statement']}"
            )


if __name__ == "__main__":
    main()
