"""The v3 training mix: v2's mix replayed in part, plus targeted reasoning sets and mail pairs.

v3 continues v2 (``onnx_to_ckpt.py`` recovers v2's weights from the shipped graph), so the v2
mix is replayed (a seeded sample, so the judge keeps what it learned) next to the new sources:

| source | what | licence |
|---|---|---|
| ``conjnli`` | ConjNLI adversarial training pairs (conjuncts added, dropped, swapped) | MIT |
| ``cad`` | counterfactually-revised SNLI (minimal edits that flip the label); caption-convention contradictions dropped as in v2 | Apache-2.0 / CC BY-SA 4.0 |
| ``help`` | HELP monotonicity pairs ("a few eggs and a little milk" → "a few eggs") | CC BY-SA 4.0 |
| ``taxinli`` | TaxiNLI pairs from MNLI's *training* split, matched genres only (its MNLI-dev rows are in v2 or in the mismatched evaluation set) | C-UDA 1.0 |
| ``xling-translation`` | an NTREX-128 news sentence and its translation, English↔Dutch → entailment | CC BY-SA 4.0 |
| ``xling-next`` | a sentence and the translation of the next sentence of the same article → neutral (same story, another proposition), both directions and within Dutch | CC BY-SA 4.0 |
| ``mail3-*`` | ``pairs/v3_mail.jsonl`` (``make_pairs_v3.py``): pledges, proposals, agreement, amounts, negation, hedges, paraphrase, same-topic neutrals, second person, speech frames; EN, NL, crossed | Apache-2.0 |

Never used for training: SICK / SICK-NL, Climate-FEVER, Symmetric FEVER, MNLI mismatched (TaxiNLI
rows of the mismatched genres are dropped), ANLI, FLORES-200 (kept for measuring cross-lingual
consistency), MED, AmbiEnt, ConjNLI dev, CAD dev/test, the benchmark cases.

    .venv/bin/python training/data_v3.py        # prints the mix
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import CORPORA, LABEL_ID, PAIRS, build_v2, caption_contradiction, detok, stats

#: v2 sources replayed whole (the MNLI genres are what the cross-lingual MNLI scores measure)
REPLAY_ALL = {"mnli", "mnli-hardneutral"}
MISMATCHED_GENRES = {"facetoface", "letters", "nineeleven", "oup", "verbatim"}


def _tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _row(p: str, h: str, label: str, source: str) -> dict:
    return dict(premise=p.strip(), hypothesis=h.strip(), label=label.strip(), source=source)


def conjnli(rng: random.Random, n: int) -> list[dict]:
    rows = [
        _row(r["Premise"], r["Hypothesis"], r["Label"], "conjnli")
        for r in _tsv(CORPORA / "nli-conjnli" / "adversarial_train_15k.tsv")
    ]
    rng.shuffle(rows)
    return rows[:n]


def cad() -> list[dict]:
    rows = [
        _row(r["sentence1"], r["sentence2"], r["gold_label"], "cad")
        for r in _tsv(CORPORA / "nli-cad" / "NLI" / "all_combined" / "train.tsv")
    ]
    return [r for r in rows if not caption_contradiction(dict(r, source="snli"))]


def help_pairs(rng: random.Random, n: int) -> list[dict]:
    rows = []
    for name in ("leskexppmb_and.tsv", "leskexppmb_or.tsv"):
        for r in _tsv(CORPORA / "nli-help-med" / "HELP" / name):
            if r.get("gold_label") in LABEL_ID:
                rows.append(
                    _row(
                        detok(r["ori_sentence"]), detok(r["new_sentence"]), r["gold_label"], "help"
                    )
                )
    rng.shuffle(rows)
    return rows[:n]


def taxinli(known: set[tuple[str, str]]) -> list[dict]:
    out = []
    for r in _tsv(CORPORA / "nli-taxinli" / "taxinli10k.tsv"):
        if r["genre"] in MISMATCHED_GENRES or r["label"] not in LABEL_ID:
            continue
        if (r["prem"].strip(), r["hyp"].strip()) in known:
            continue  # an MNLI-dev-matched pair: already in the mix
        out.append(_row(r["prem"], r["hyp"], r["label"], "taxinli"))
    return out


def xling(rng: random.Random, n_trans: int, n_next: int) -> list[dict]:
    d = CORPORA / "parallel-en-nl"
    en = (d / "ntrex128-newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    nl = (d / "ntrex128-newstest2019-ref.nld.txt").read_text(encoding="utf-8").splitlines()
    pairs = [(e.strip(), n.strip()) for e, n in zip(en, nl)]
    ok = [i for i, (e, n) in enumerate(pairs) if 4 <= len(e.split()) <= 40 and n]
    trans = []
    for i in ok:
        e, n = pairs[i]
        trans.append(_row(e, n, "entailment", "xling-translation"))
        trans.append(_row(n, e, "entailment", "xling-translation"))
    rng.shuffle(trans)
    nxt = []
    for i in ok:
        j = i + 1
        if j >= len(pairs) or j not in set(ok):
            continue
        (e1, n1), (e2, n2) = pairs[i], pairs[j]
        if e1.split()[:3] == e2.split()[:3]:
            continue
        p, h = rng.choice([(e1, n2), (n1, e2), (n1, n2), (e2, n1)])
        nxt.append(_row(p, h, "neutral", "xling-next"))
    rng.shuffle(nxt)
    return trans[:n_trans] + nxt[:n_next]


def mail3() -> list[dict]:
    path = PAIRS / "v3_mail.jsonl"
    if not path.is_file():
        return []
    rows = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        rows.append(_row(r["premise"], r["hypothesis"], r["label"], f"mail3-{r['lang']}"))
    return rows


def build_v3(
    seed: int = 0, dev_frac: float = 0.03, n_replay: int = 24000, mail_repeat: int = 2
) -> tuple[list[dict], list[dict]]:
    """Train: v2's MNLI pairs, a seeded sample of the rest of v2's train split + the new sources (mail pairs twice); dev:
    v2's dev split + 3 % of every new source (never trained on by v2 or v3)."""
    train2, dev2 = build_v2(seed=seed)
    rng = random.Random(seed + 3)
    known = {(r["premise"], r["hypothesis"]) for r in train2 + dev2}
    new = conjnli(rng, 5000) + cad() + help_pairs(rng, 3000) + taxinli(known)
    new += xling(rng, 1600, 1600) + mail3()
    new = [
        r
        for r in new
        if r["premise"] and r["hypothesis"] and r["label"] in LABEL_ID
        if (r["premise"], r["hypothesis"]) not in known
    ]
    by_src: dict[str, list[dict]] = {}
    seen: set[tuple[str, str]] = set()
    for r in new:
        key = (r["premise"], r["hypothesis"])
        if key not in seen:
            seen.add(key)
            by_src.setdefault(r["source"], []).append(r)
    keep = [r for r in train2 if r["source"] in REPLAY_ALL]
    rest = [r for r in train2 if r["source"] not in REPLAY_ALL]
    train = keep + rng.sample(rest, min(n_replay, len(rest)))
    dev = list(dev2)
    for src, items in sorted(by_src.items()):
        rng.shuffle(items)
        k = max(1, int(len(items) * dev_frac))
        dev += items[:k]
        train += items[k:] * (mail_repeat if src.startswith("mail3") else 1)
    rng.shuffle(train)
    return train, dev


if __name__ == "__main__":
    tr, dv = build_v3()
    print("train\n" + stats(tr))
    print("dev\n" + stats(dv))
