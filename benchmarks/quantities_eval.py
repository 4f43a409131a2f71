"""Precision of ``onrecord.check.quantities.compare`` on real labelled pairs.

For every pair where ``compare`` answers, count its relation against the gold label:

- FEVER dev (claim vs gold evidence; entailment = SUPPORTS, not_entailment = REFUTES):
  a ``conflict`` is right when the claim is refuted;
- ANLI dev r1-r3, MultiNLI dev matched, Breaking NLI (cardinals, ordinals): a ``conflict`` is right
  when gold is contradiction (neutral counts as wrong: the numbers did not decide it);
- FLORES-200 and NTREX-128 English-Dutch translations (both directions): any ``conflict`` is wrong,
  a translation states the same quantities.

``consistent`` is reported as how often gold is entailment (it only says the numbers agree, not
that the claim holds). Run: ``.venv/bin/python benchmarks/quantities_eval.py [--show N]``.

``--judge builtin`` also has the judge read every pair ``compare`` calls a conflict (statement
first, as the claim checker does) and prints, per kind of the conflicting amount, how many the
judge reads as entailment >= 0.5 and how often gold is contradiction among those: whether a
conflict should override the judge's entailment (``check/verdicts/verify.py::_amounts``).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from onrecord.check.quantities import QuantityCheck, compare

CORPORA = Path("/work/shared/corpora")


def fever() -> Iterator[tuple[str, str, str, str | None, str | None]]:
    d = CORPORA / "factcheck-fever-dev-nli"
    prem = (d / "dev.raw.input0").read_text().splitlines()
    hyp = (d / "dev.raw.input1").read_text().splitlines()
    lab = (d / "dev.label").read_text().splitlines()
    for p, h, y in zip(prem, hyp, lab):
        p = p.replace("-LRB-", "(").replace("-RRB-", ")").replace(" ,", ",").replace(" .", ".")
        yield p, h, ("c" if y == "not_entailment" else "e"), "en", "en"


def anli() -> Iterator[tuple[str, str, str, str | None, str | None]]:
    csv.field_size_limit(10**7)
    for r in (1, 2, 3):
        with open(CORPORA / "nli-anli-dev" / f"ANLI_analysis_r{r}_dev.csv", newline="") as f:
            for row in csv.DictReader(f):
                yield row["context"], row["statement"], row["gold_label"], "en", "en"


def mnli() -> Iterator[tuple[str, str, str, str | None, str | None]]:
    with open(CORPORA / "nli-mnli-dev" / "dev_matched.tsv", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield row["premise"], row["hypothesis"], row["gold_label"][:1], "en", "en"


def breaking() -> Iterator[tuple[str, str, str, str | None, str | None]]:
    with open(CORPORA / "nli-breaking-nli" / "dataset.jsonl") as f:
        for line in f:
            r = json.loads(line)
            if r["category"] in ("cardinals", "ordinals"):
                yield r["sentence1"], r["sentence2"], r["gold_label"][:1], "en", "en"


def parallel() -> Iterator[tuple[str, str, str, str | None, str | None]]:
    d = CORPORA / "parallel-en-nl"
    for en_name, nl_name in (
        ("flores200-devtest.eng_Latn", "flores200-devtest.nld_Latn"),
        ("ntrex128-newstest2019-src.eng.txt", "ntrex128-newstest2019-ref.nld.txt"),
    ):
        en = (d / en_name).read_text().splitlines()
        nl = (d / nl_name).read_text().splitlines()
        for a, b in zip(en, nl):
            yield a, b, "e", "en", "nl"
            yield b, a, "e", "nl", "en"


SETS = {
    "fever": fever,
    "anli": anli,
    "mnli": mnli,
    "breaking-nli": breaking,
    "parallel-en-nl": parallel,
}


def judged_conflicts(name: str, conflicts: list[tuple[str, str, str, QuantityCheck]]) -> None:
    """Per kind: conflicts the judge reads as entailment >= 0.5, and how many are contradictions."""
    from onrecord.models.judges import get_judge

    judge = get_judge(name)
    probs = [j.probs for j in judge.judge([(p, h) for p, h, _, _ in conflicts])]
    by_kind: Counter[tuple[str, bool, bool]] = Counter()
    for (_, _, gold, qc), pr in zip(conflicts, probs, strict=True):
        by_kind[(qc.hypothesis_q.kind, pr.get("entailment", 0.0) >= 0.5, gold == "c")] += 1
    for kind in sorted({k for k, _, _ in by_kind}):
        ent = by_kind[(kind, True, True)] + by_kind[(kind, True, False)]
        rest = by_kind[(kind, False, True)] + by_kind[(kind, False, False)]
        prec = f"{by_kind[(kind, True, True)] / ent:.3f}" if ent else "n/a"
        rprec = f"{by_kind[(kind, False, True)] / rest:.3f}" if rest else "n/a"
        print(
            f"    {kind}: judge entailment >= 0.5 on {ent} (gold contradiction {prec}); "
            f"below on {rest} (gold contradiction {rprec})"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, help="print N wrong conflicts per set")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--judge", default=None, help="judge the conflicts too (e.g. builtin)")
    args = ap.parse_args()
    if not CORPORA.is_dir():
        print("no corpora at", CORPORA, file=sys.stderr)
        return 1
    for name in args.sets.split(","):
        counts: Counter[tuple[str, str]] = Counter()
        wrong: list[str] = []
        conflicts: list[tuple[str, str, str, QuantityCheck]] = []
        n = 0
        t0 = time.perf_counter()
        for p, h, gold, lp, lh in SETS[name]():
            n += 1
            r = compare(p, h, lp, lh)
            if r is None:
                continue
            counts[(r.relation, gold)] += 1
            if r.relation == "conflict":
                conflicts.append((p, h, gold, r))
            if r.relation == "conflict" and gold != "c" and len(wrong) < args.show:
                wrong.append(f"  P: {p[:300]}\n  H: {h}\n  -> {r.why}")
        dt = time.perf_counter() - t0
        conf = sum(v for (rel, _), v in counts.items() if rel == "conflict")
        conf_ok = counts[("conflict", "c")]
        cons = sum(v for (rel, _), v in counts.items() if rel == "consistent")
        cons_e = counts[("consistent", "e")]
        over = sum(v for (rel, _), v in counts.items() if rel == "overlap")
        prec = f"{conf_ok / conf:.3f}" if conf else "n/a"
        cprec = f"{cons_e / cons:.3f}" if cons else "n/a"
        print(
            f"{name}: {n} pairs, {1e3 * dt / max(n, 1):.2f} ms/pair; conflict {conf} "
            f"(precision {prec}), consistent {cons} (gold entailment {cprec}), overlap {over}"
        )
        for w in wrong:
            print(w)
        if args.judge and conflicts:
            judged_conflicts(args.judge, conflicts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
