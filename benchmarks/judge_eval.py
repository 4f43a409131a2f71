"""Evaluate a judge on NLI / fact-checking sets it was not trained on.

Sets (shared/corpora; none of them is in the builtin judge's training data):
  mnli-mm        MNLI dev mismatched, the 1,000-pair gold subset (raw text recovered from the
                 annotator-1 CSV where it matches, else detokenised)
  sick-nl-nl     SICK-NL test, Dutch premise and hypothesis
  sick-en-en     the same pairs in the original English
  sick-en-nl     English premise, Dutch hypothesis (cross-lingual)
  climate-fever  claim vs one evidence sentence; evidence label SUPPORTS → entailment,
                 REFUTES → contradiction, NOT_ENOUGH_INFO → neutral (3-way)
  fever-sym      Symmetric FEVER test (712), 2-way: SUPPORTS vs REFUTES, decided by
                 P(entailment) vs P(contradiction)
  mail-hand      50 hand-written mail-register pairs (EN, NL, mixed; training/eval/, never
                 trained on): assent, negation, modality, quantities, dates, hard neutrals
  hand-dev       the held-out tenth of the hand-written mail pairs (training/eval/hand_dev.jsonl,
                 written by ``training/data_v5.py --write-dev``; the other lines train judge v5),
                 as the checker reads them: first person as the writer, date prefix, frame off
  hand6-dev      the same for judge v6's hand-written pairs (training/eval/hand6_dev.jsonl,
                 ``training/data_v6.py --write-dev``: negation, related neutrals, quantities,
                 stances, endorsements)
  hand2-dev      the held-out tenth of the second hand-written set (training/eval/
                 hand2_dev.jsonl, ``training/data_v11.py --write-dev``: negative-polarity claims,
                 related undecided claims, "always"/"never", agreement with a party, amounts)
  hand3-dev      the held-out tenth of the third hand-written set (training/eval/
                 hand3_dev.jsonl, ``training/data_v12.py --write-dev``: speech acts named in
                 the claim, hedges against certainty, positions, declining, numbers in words)
  hand-dev-neg   hand-dev with each claim said the other way round by rule
                 (training/negation_rules.py) and relabelled (entailment <-> contradiction,
                 neutral stays): does the judge read a negated claim, or only the shared words?
  readings-dev   what the checker reads on the held-out training cases (training/eval/
                 readings_dev.jsonl, ``training/data_v7.py --write-dev``): claims against the
                 twenty statements retrieved for them, labelled from gold evidence and review
  anli           ANLI dev rounds 1-3, a seeded sample of 600 (adversarial; evaluation only)
  conj-dev       ConjNLI dev (623; conjunctions)
Also printed: how often SICK's en-en and en-nl pairs (the same pair, the hypothesis in English
or Dutch) get the same label, and the mean false-contradiction rate on neutral pairs.
Printed per set: accuracy, macro-F1, the confusion matrix (rows gold, columns predicted), and the
false-contradiction rate: the share of gold-neutral pairs called contradiction (for SICK also on
its low-relatedness neutral pairs, relatedness < 3, i.e. unrelated statements).

    .venv/bin/python benchmarks/judge_eval.py                      # builtin judge, default sizes
    .venv/bin/python benchmarks/judge_eval.py --limit 0 --json out.json   # full sets
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

from onrecord.check.verdicts.evalsets import _norm, detok  # one copy of the text clean-up

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
LABELS = ("entailment", "neutral", "contradiction")


def load_mnli_mm() -> list[tuple[str, str, str, dict]]:
    d = CORPORA / "nli-mnli-dev"
    raw = {}
    with open(d / "dev_matched_mismatched_label1.csv", encoding="utf-8") as fh:
        for i, r in enumerate(csv.DictReader(fh)):
            if i >= 9815:
                raw[_norm(r["premise"]) + "|" + _norm(r["hypothesis"])] = (
                    r["premise"],
                    r["hypothesis"],
                )
    out = []
    for line in (d / "dev_mismatched_gold_1000_tok.tsv").read_text(encoding="utf-8").splitlines():
        lb, p, h = line.split("\t")
        p, h = raw.get(_norm(p) + "|" + _norm(h), (detok(p), detok(h)))
        out.append((p.strip(), h.strip(), lb, {}))
    return out


def load_sick(limit: int, seed: int) -> dict[str, list]:
    rows = []
    with open(CORPORA / "nli-sick-nl" / "SICK_NL.txt", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            if r["SemEval_set"] == "TEST":
                rows.append(r)
    if limit:
        rows = random.Random(seed).sample(rows, min(limit, len(rows)))
    sets: dict[str, list] = {"sick-nl-nl": [], "sick-en-en": [], "sick-en-nl": []}
    for r in rows:
        lb = r["entailment_label"].lower()
        meta = {"relatedness": float(r["relatedness_score"])}
        sets["sick-nl-nl"].append((r["sentence_A"], r["sentence_B"], lb, meta))
        sets["sick-en-en"].append((r["sentence_A_original"], r["sentence_B_original"], lb, meta))
        sets["sick-en-nl"].append((r["sentence_A_original"], r["sentence_B"], lb, meta))
    return sets


def load_anli(limit: int, seed: int) -> list:
    """ANLI dev rounds 1-3 (evaluation only: CC BY-NC), a seeded sample."""
    rows = []
    for r in (1, 2, 3):
        path = CORPORA / "nli-anli-dev" / f"ANLI_analysis_r{r}_dev.csv"
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                lb = {"e": "entailment", "n": "neutral", "c": "contradiction"}.get(
                    row["gold_label"].strip()
                )
                if lb:
                    rows.append((row["context"].strip(), row["statement"].strip(), lb, {}))
    if limit:
        rows = random.Random(seed).sample(rows, min(limit, len(rows)))
    return rows


def load_conj_dev() -> list:
    """ConjNLI dev (623 pairs; its training split is in v3's mix, the dev split is not)."""
    path = CORPORA / "nli-conjnli" / "conj_dev.tsv"
    with open(path, encoding="utf-8-sig") as fh:
        return [
            (r["Premise"], r["Hypothesis"], r["Label"], {})
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def cross_lingual_agreement(results: dict, a: str, b: str) -> float | None:
    """The share of pairs whose label is the same when the hypothesis is in another language."""
    pa, pb = results.get(a, {}).get("pred"), results.get(b, {}).get("pred")
    if not pa or not pb or len(pa) != len(pb):
        return None
    return sum(x == y for x, y in zip(pa, pb)) / len(pa)


def load_climate(limit: int, seed: int) -> list:
    m = {"SUPPORTS": "entailment", "REFUTES": "contradiction", "NOT_ENOUGH_INFO": "neutral"}
    out = []
    for line in (CORPORA / "factcheck-climate-fever" / "climate-fever.jsonl").open(
        encoding="utf-8"
    ):
        c = json.loads(line)
        for ev in c["evidences"]:
            out.append((ev["evidence"], c["claim"], m[ev["evidence_label"]], {}))
    if limit:
        out = random.Random(seed).sample(out, min(limit, len(out)))
    return out


def load_fever_sym() -> list:
    out = []
    for line in (CORPORA / "factcheck-fever-symmetric" / "fever_symmetric_test.jsonl").open(
        encoding="utf-8"
    ):
        r = json.loads(line)
        lb = "entailment" if r["gold_label"] == "SUPPORTS" else "contradiction"
        out.append((detok(r["evidence"]), detok(r["claim"]), lb, {}))
    return out


def load_mail_hand(name: str = "mail_handwritten.jsonl") -> list:
    path = ROOT / "training" / "eval" / name
    rows = [json.loads(x) for x in path.open(encoding="utf-8")]
    return [(r["premise"], r["hypothesis"], r["label"], {"lang": r["lang"]}) for r in rows]


TURNED = {"entailment": "contradiction", "contradiction": "entailment", "neutral": "neutral"}


def load_hand_dev_negated() -> list:
    """hand-dev with each hypothesis turned by :func:`negation_rules.negate` and relabelled;
    pairs the rules cannot turn are left out."""
    sys.path.insert(0, str(ROOT / "training"))
    from negation_rules import negate

    out = []
    for p, h, g, meta in load_mail_hand("hand_dev.jsonl"):
        turned = negate(h, meta["lang"].split("-")[-1])
        if turned is not None:
            out.append((p, turned, TURNED[g], meta))
    return out


def scores(gold: list[str], pred: list[str], labels: tuple[str, ...]) -> dict:
    k = len(labels)
    cm = np.zeros((k, k), dtype=int)
    for g, p in zip(gold, pred):
        cm[labels.index(g), labels.index(p)] += 1
    f1s = []
    for i in range(k):
        tp, fp, fn = cm[i, i], cm[:, i].sum() - cm[i, i], cm[i, :].sum() - cm[i, i]
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return {
        "n": len(gold),
        "accuracy": float(np.trace(cm) / max(1, cm.sum())),
        "macro_f1": float(np.mean(f1s)),
        "confusion": cm.tolist(),
        "labels": list(labels),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description="judge evaluation")
    ap.add_argument("--judge", default="builtin")
    ap.add_argument("--weights", default=None, help="weights folder for the builtin judge")
    ap.add_argument("--limit", type=int, default=1000, help="SICK pairs sampled (0 = all 4,906)")
    ap.add_argument(
        "--climate-limit", type=int, default=1500, help="Climate-FEVER pairs (0 = all 7,675)"
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--sets",
        default="mnli-mm,sick-nl-nl,sick-en-en,sick-en-nl,climate-fever,fever-sym,mail-hand,"
        "hand-dev,hand-dev-neg,hand2-dev,hand3-dev,hand6-dev,readings-dev,anli,conj-dev",
    )
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from onrecord.models.judges import get_judge

    kw = {"weights_dir": args.weights} if args.weights else {}
    judge = get_judge(args.judge, **kw)
    wanted = args.sets.split(",")
    data: dict[str, list] = {}
    if "mnli-mm" in wanted:
        data["mnli-mm"] = load_mnli_mm()
    if any(s.startswith("sick") for s in wanted):
        data.update({k: v for k, v in load_sick(args.limit, args.seed).items() if k in wanted})
    if "climate-fever" in wanted:
        data["climate-fever"] = load_climate(args.climate_limit, args.seed)
    if "fever-sym" in wanted:
        data["fever-sym"] = load_fever_sym()
    if "mail-hand" in wanted:
        data["mail-hand"] = load_mail_hand()
    if "hand-dev" in wanted:
        data["hand-dev"] = load_mail_hand("hand_dev.jsonl")
    if "hand2-dev" in wanted:
        data["hand2-dev"] = load_mail_hand("hand2_dev.jsonl")
    if "hand3-dev" in wanted:
        data["hand3-dev"] = load_mail_hand("hand3_dev.jsonl")
    if "hand-dev-neg" in wanted:
        data["hand-dev-neg"] = load_hand_dev_negated()
    if "hand6-dev" in wanted:
        data["hand6-dev"] = load_mail_hand("hand6_dev.jsonl")
    if "readings-dev" in wanted and (ROOT / "training" / "eval" / "readings_dev.jsonl").is_file():
        data["readings-dev"] = load_mail_hand("readings_dev.jsonl")
    if "anli" in wanted:
        data["anli"] = load_anli(600, args.seed)
    if "conj-dev" in wanted:
        data["conj-dev"] = load_conj_dev()

    results = {"judge": judge.name}
    total_pairs, total_time = 0, 0.0
    for name, items in data.items():
        t0 = time.perf_counter()
        js = judge.judge([(p, h) for p, h, _, _ in items])
        dt = time.perf_counter() - t0
        total_pairs += len(items)
        total_time += dt
        gold = [g for _, _, g, _ in items]
        if name == "fever-sym":
            pred = [
                "entailment"
                if j.probs["entailment"] >= j.probs["contradiction"]
                else "contradiction"
                for j in js
            ]
            res = scores(gold, pred, ("entailment", "contradiction"))
            res["three_way_predictions"] = {lb: sum(j.label == lb for j in js) for lb in LABELS}
        else:
            pred = [j.label for j in js]
            res = scores(gold, pred, LABELS)
            neu = [i for i, g in enumerate(gold) if g == "neutral"]
            res["false_contradiction_rate"] = (
                (sum(pred[i] == "contradiction" for i in neu) / len(neu)) if neu else None
            )
            low = [i for i in neu if items[i][3].get("relatedness", 5) < 3]
            if low:
                res["false_contradiction_rate_unrelated"] = sum(
                    pred[i] == "contradiction" for i in low
                ) / len(low)
                res["n_unrelated_neutral"] = len(low)
        if name in (
            "mail-hand",
            "hand-dev",
            "hand-dev-neg",
            "hand2-dev",
            "hand3-dev",
            "hand6-dev",
            "readings-dev",
        ):
            by_lang: dict[str, list[bool]] = {}
            for (_, _, g, meta), pr in zip(items, pred):
                by_lang.setdefault(meta["lang"], []).append(g == pr)
            res["accuracy_by_lang"] = {k: float(np.mean(v)) for k, v in sorted(by_lang.items())}
            print(
                f"{name} accuracy by language pair:",
                {k: round(v, 3) for k, v in res["accuracy_by_lang"].items()},
            )
        res["pairs_per_s"] = len(items) / dt
        res["pred"] = pred
        results[name] = res
        print(
            f"\n== {name}  n={res['n']}  accuracy {res['accuracy']:.3f}  macro-F1 {res['macro_f1']:.3f}"
            f"  ({res['pairs_per_s']:.1f} pairs/s)"
        )
        labs = res["labels"]
        print("gold \\ pred   " + " ".join(f"{lb[:6]:>7s}" for lb in labs))
        for lb, row in zip(labs, res["confusion"]):
            print(f"{lb:13s} " + " ".join(f"{v:7d}" for v in row))
        if res.get("false_contradiction_rate") is not None:
            line = (
                f"false-contradiction rate on neutral pairs: {res['false_contradiction_rate']:.3f}"
            )
            if "false_contradiction_rate_unrelated" in res:
                line += (
                    f"; on unrelated neutral pairs (relatedness < 3, n={res['n_unrelated_neutral']}):"
                    f" {res['false_contradiction_rate_unrelated']:.3f}"
                )
            print(line)
        if "three_way_predictions" in res:
            print("3-way predictions:", res["three_way_predictions"])
    print(f"\n{'set':15s} {'n':>5s} {'acc':>6s} {'macroF1':>8s} {'falseC':>7s}")
    for name in data:
        r = results[name]
        fc = r.get("false_contradiction_rate")
        print(
            f"{name:15s} {r['n']:5d} {r['accuracy']:6.3f} {r['macro_f1']:8.3f} "
            f"{'' if fc is None else f'{fc:7.3f}'}"
        )
    print(
        f"judge {judge.name}: {total_pairs} pairs in {total_time:.1f}s = {total_pairs / total_time:.1f} pairs/s"
    )
    results["pairs_per_s"] = total_pairs / total_time
    agree = cross_lingual_agreement(results, "sick-en-en", "sick-en-nl")
    if agree is not None:
        results["agreement_sick_en_en_vs_en_nl"] = agree
        print(
            f"same label for the English and the Dutch hypothesis (SICK, en-en vs en-nl): {agree:.3f}"
        )
    neutral_fc = [
        results[n]["false_contradiction_rate"]
        for n in ("mnli-mm", "sick-nl-nl", "sick-en-en", "sick-en-nl")
        if results.get(n, {}).get("false_contradiction_rate") is not None
    ]
    if neutral_fc:
        results["false_contradiction_rate_mean"] = float(np.mean(neutral_fc))
        print(
            f"false contradiction on neutral pairs, mean of MNLI-mm and SICK: {np.mean(neutral_fc):.3f}"
        )
    for r in results.values():
        if isinstance(r, dict):
            r.pop("pred", None)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
