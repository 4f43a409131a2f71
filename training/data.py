"""Build the builtin judge's training mix from the licence-clear sets in shared/corpora.

Training sets (each folder's SOURCE.md gives format and licence):
  - MNLI dev matched, gold labels (9,815)                       CC BY(-SA) 3.0 / OANC
  - FEVER dev NLI: SUPPORTS → entailment, REFUTES → contradiction; claims that also occur in
    Symmetric FEVER (an evaluation set) are dropped                 CC BY-SA 3.0
  - FEVER "same subject, other fact" neutrals: a claim paired with the evidence of another claim
    about the same subject (different evidence), a hard neutral in the register of retrieval
  - SNLI dev (raw) + test (e-SNLI, detokenised), subsampled: captions teach "different scene =
    contradiction", which is wrong for onrecord, so SNLI is kept a minority  CC BY-SA 4.0
  - Breaking NLI, label-rebalanced (all entailment/neutral, contradiction capped)  CC BY-SA 4.0
  - SciTail test: entailment / not_entailment → neutral        Apache-2.0
  - unrelated pairs (premise and hypothesis from different items) → neutral
  - training/pairs/*.jsonl: hand-written mail-register pairs, EN / NL / mixed (make_pairs.py)

Never used for training: SICK / SICK-NL, Climate-FEVER, Symmetric FEVER, MNLI mismatched.

A stratified dev split (by source) is held out for calibration and early checks.
"""

from __future__ import annotations

import csv
import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
PAIRS = Path(__file__).resolve().parent / "pairs"
LABEL_ID = {"entailment": 0, "neutral": 1, "contradiction": 2}


def detok(s: str) -> str:
    """Undo PTB/FEVER tokenisation well enough for a subword model."""
    s = s.replace("-LRB-", "(").replace("-RRB-", ")").replace("-LSB-", "[").replace("-RSB-", "]")
    s = s.replace("-LCB-", "{").replace("-RCB-", "}").replace("``", '"').replace("''", '"')
    s = re.sub(r" ([.,;:!?%)\]}])", r"\1", s)
    s = re.sub(r"([(\[{$]) ", r"\1", s)
    s = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", s)
    s = s.replace("ca n't", "can't").replace("wo n't", "won't")
    s = re.sub(r'" (.*?) "', r'"\1"', s)
    return s.strip()


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def mnli() -> list[dict]:
    out = []
    with open(CORPORA / "nli-mnli-dev" / "dev_matched.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            out.append(
                dict(
                    premise=row["premise"].strip(),
                    hypothesis=row["hypothesis"].strip(),
                    label=row["gold_label"],
                    source="mnli",
                )
            )
    return out


def fever_symmetric_claims() -> set[str]:
    claims = set()
    for split in ("dev", "test"):
        path = CORPORA / "factcheck-fever-symmetric" / f"fever_symmetric_{split}.jsonl"
        for line in path.open(encoding="utf-8"):
            claims.add(_norm(json.loads(line)["claim"]))
    return claims


def fever(rng: random.Random, n_neutral: int) -> tuple[list[dict], list[dict]]:
    d = CORPORA / "factcheck-fever-dev-nli"
    prem = (d / "dev.raw.input0").read_text(encoding="utf-8").splitlines()
    hyp = (d / "dev.raw.input1").read_text(encoding="utf-8").splitlines()
    lab = (d / "dev.label").read_text(encoding="utf-8").splitlines()
    banned = fever_symmetric_claims()
    out = []
    for p, h, lb in zip(prem, hyp, lab):
        if _norm(h) in banned or not p.strip():
            continue
        out.append(
            dict(
                premise=detok(p),
                hypothesis=h.strip(),
                label="entailment" if lb == "entailment" else "contradiction",
                source="fever",
            )
        )
    # same-subject neutrals: the subject = the claim's leading capitalised words
    by_subj: dict[str, list[int]] = {}
    for i, r in enumerate(out):
        m = re.match(r"((?:[A-Z][\w'.-]*\s?)+)", r["hypothesis"])
        if m and len(m.group(1).strip()) > 3:
            by_subj.setdefault(m.group(1).strip(), []).append(i)
    cands = []
    for idx in by_subj.values():
        for i in idx:
            for j in idx:
                if (
                    i != j
                    and out[i]["premise"] != out[j]["premise"]
                    and out[i]["premise"] not in out[j]["premise"]
                    and out[j]["premise"] not in out[i]["premise"]
                ):
                    cands.append((i, j))
    rng.shuffle(cands)
    neutral, used = [], set()
    for i, j in cands:
        if len(neutral) >= n_neutral:
            break
        if i in used:
            continue
        used.add(i)
        neutral.append(
            dict(
                premise=out[j]["premise"],
                hypothesis=out[i]["hypothesis"],
                label="neutral",
                source="fever-samesubject",
            )
        )
    return out, neutral


def snli(rng: random.Random, n: int) -> list[dict]:
    rows = []
    with open(CORPORA / "nli-snli" / "dev.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rows.append(
                dict(
                    premise=r["premise"],
                    hypothesis=r["hypothesis"],
                    label=r["label"],
                    source="snli",
                )
            )
    d = CORPORA / "nli-snli" / "esnli"
    for p, h, lb in zip(
        (d / "s1.test").read_text().splitlines(),
        (d / "s2.test").read_text().splitlines(),
        (d / "labels.test").read_text().splitlines(),
    ):
        rows.append(dict(premise=detok(p), hypothesis=detok(h), label=lb.strip(), source="snli"))
    rows = [r for r in rows if r["label"] in LABEL_ID]
    rng.shuffle(rows)
    # fewer contradictions than the others: SNLI's "another scene" contradictions mislead
    quota = {"entailment": n * 0.38, "neutral": n * 0.38, "contradiction": n * 0.24}
    out, c = [], Counter()
    for r in rows:
        if c[r["label"]] < quota[r["label"]]:
            c[r["label"]] += 1
            out.append(r)
    return out


def breaking(rng: random.Random, n_contra: int) -> list[dict]:
    rows = [json.loads(x) for x in (CORPORA / "nli-breaking-nli" / "dataset.jsonl").open()]
    rng.shuffle(rows)
    out, nc = [], 0
    for r in rows:
        lb = r["gold_label"]
        if lb == "contradiction":
            if nc >= n_contra:
                continue
            nc += 1
        out.append(
            dict(premise=r["sentence1"], hypothesis=r["sentence2"], label=lb, source="breaking")
        )
    return out


def scitail() -> list[dict]:
    out = []
    with open(CORPORA / "nli-scitail" / "test.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.append(
                dict(
                    premise=re.sub(r"\s+", " ", r["premise"]).strip(),
                    hypothesis=r["hypothesis"].strip(),
                    label="entailment" if r["label"] == "entailment" else "neutral",
                    source="scitail",
                )
            )
    return out


def unrelated(rng: random.Random, pool: list[dict], n: int) -> list[dict]:
    out = []
    for _ in range(n):
        a, b = rng.sample(pool, 2)
        out.append(
            dict(
                premise=a["premise"],
                hypothesis=b["hypothesis"],
                label="neutral",
                source="unrelated",
            )
        )
    return out


def mail_pairs(rng: random.Random, n: int) -> list[dict]:
    rows = []
    for path in sorted(PAIRS.glob("mail_*.jsonl")) + sorted(PAIRS.glob("handwritten.jsonl")):
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            rows.append(
                dict(
                    premise=r["premise"],
                    hypothesis=r["hypothesis"],
                    label=r["label"],
                    source="hand" if path.stem == "handwritten" else "mail",
                )
            )
    hand = [r for r in rows if r["source"] == "hand"]
    mail = [r for r in rows if r["source"] == "mail"]
    rng.shuffle(mail)
    return hand * 3 + mail[:n]  # hand-written pairs are few and exact: weight them up


def build(
    seed: int = 0,
    dev_frac: float = 0.03,
    n_snli: int = 7000,
    n_breaking_c: int = 1800,
    n_fever_neutral: int = 2000,
    n_unrelated: int = 1500,
    n_mail: int = 7000,
) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    m = mnli()
    f, fn = fever(rng, n_fever_neutral)
    s = snli(rng, n_snli)
    b = breaking(rng, n_breaking_c)
    sc = scitail()
    u = unrelated(rng, m + f + s, n_unrelated)
    mp = mail_pairs(rng, n_mail)
    rows = m + f + fn + s + b + sc + u + mp
    rows = [r for r in rows if r["label"] in LABEL_ID and r["premise"] and r["hypothesis"]]
    rng.shuffle(rows)
    by_src: dict[str, list[dict]] = {}
    for r in rows:
        by_src.setdefault(r["source"], []).append(r)
    train, dev = [], []
    for src, items in sorted(by_src.items()):
        k = 0 if src == "hand" else max(1, int(len(items) * dev_frac))
        dev += items[:k]
        train += items[k:]
    rng.shuffle(train)
    return train, dev


# ---------------------------------------------------------------------------------------------
# v2: hard neutrals (same content words / subject, another proposition) and cross-lingual pairs,
# added to v1's mix. v1's dev split stays held out (it is part of v2's dev split), so a
# fine-tune from v1 is selected on pairs neither model trained on.

STOP = set(
    """the a an and or but of to in on at for with by from as is are was were be been being it its
    this that these those there here he she they we you i his her their our your my me him them us
    not no do does did have has had will would can could should may might must shall than then so
    very just also about into over after before out up down some any all one two three who what
    which when where why how more most other such only own same too s t don isn aren wasn weren
    man woman men women people person group""".split()  # noqa: SIM905
)
NEG = re.compile(r"\b(no|not|nobody|none|nothing|never|n't|cannot|neither|nor)\b", re.I)


def content(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", s.lower()) if len(w) > 2 and w not in STOP}


def hard_neutrals(
    rng: random.Random, rows: list[dict], n: int, source: str, min_shared: int = 2
) -> list[dict]:
    """A premise paired with a hypothesis written for ANOTHER premise that shares at least two
    ``min_shared`` content words with it → neutral (same topic, another proposition). Rules that
    skip a pair (it might be entailed, contradicted or a paraphrase: SNLI has several captions
    of one photo): the two premises overlap (Jaccard of content words ≥ 0.3), or half or more
    of the hypothesis' content words occur in the premise."""
    prem_of: dict[str, set[str]] = {}
    hyps: list[tuple[str, str, set[str]]] = []  # (hypothesis, its premise, content words)
    for r in rows:
        prem_of.setdefault(r["premise"], content(r["premise"]))
        hyps.append((r["hypothesis"], r["premise"], content(r["hypothesis"])))
    df: Counter = Counter(w for _, _, cw in hyps for w in cw)
    index: dict[str, list[int]] = {}
    for k, (_, _, cw) in enumerate(hyps):
        for w in cw:
            if df[w] <= 300:  # frequent words say little about the topic
                index.setdefault(w, []).append(k)
    premises = sorted(prem_of)
    rng.shuffle(premises)
    out = []
    for p in premises:
        if len(out) >= n:
            break
        pw = prem_of[p]
        cnt: Counter = Counter(k for w in pw for k in index.get(w, ()))
        cands = [k for k, c in cnt.items() if c >= min_shared and hyps[k][1] != p]
        rng.shuffle(cands)
        for k in cands:
            h, hp, hw = hyps[k]
            qw = prem_of[hp]
            if len(pw & qw) / max(1, len(pw | qw)) >= 0.3 or len(hw & pw) >= 0.5 * len(hw):
                continue
            out.append(dict(premise=p, hypothesis=h, label="neutral", source=source))
            break
    return out


def snli_all() -> list[dict]:
    rows = []
    with open(CORPORA / "nli-snli" / "dev.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rows.append(dict(premise=r["premise"], hypothesis=r["hypothesis"], label=r["label"]))
    d = CORPORA / "nli-snli" / "esnli"
    for p, h, lb in zip(
        (d / "s1.test").read_text().splitlines(),
        (d / "s2.test").read_text().splitlines(),
        (d / "labels.test").read_text().splitlines(),
    ):
        rows.append(dict(premise=detok(p), hypothesis=detok(h), label=lb.strip()))
    return [r for r in rows if r["label"] in LABEL_ID]


def caption_contradiction(r: dict) -> bool:
    """An SNLI contradiction by the caption convention (another scene): no negation and less
    than half of the hypothesis' content words in the premise."""
    if r["source"] != "snli" or r["label"] != "contradiction" or NEG.search(r["hypothesis"]):
        return False
    hw = content(r["hypothesis"])
    return len(hw & content(r["premise"])) < 0.5 * max(1, len(hw))


def v2_extra(rng: random.Random) -> list[dict]:
    m = mnli()
    sn = snli_all()
    extra = hard_neutrals(rng, m, 3000, "mnli-hardneutral")
    extra += hard_neutrals(rng, sn, 2000, "snli-hardneutral", min_shared=1)
    # SNLI captions of different scenes (no shared content word) → neutral
    k = 0
    while k < 1000:
        a, b = rng.sample(sn, 2)
        if not content(a["premise"]) & content(b["hypothesis"]):
            extra.append(
                dict(
                    premise=a["premise"],
                    hypothesis=b["hypothesis"],
                    label="neutral",
                    source="snli-unrelated",
                )
            )
            k += 1
    # FEVER: more "same subject, other fact" neutrals than v1 (new pairs only)
    _, fn = fever(random.Random(1), 1800)
    for r in fn:  # rule: no word of the claim beyond its subject occurs in the evidence
        subj = re.match(r"((?:[A-Z][\w'.-]*\s?)+)", r["hypothesis"])
        rest = content(r["hypothesis"][subj.end() if subj else 0 :])
        if not rest & content(r["premise"]):
            extra.append(dict(r, source="fever-samesubject2"))
    for name, src, n in (("v2_endorse", "mail-endorse", 6000), ("v2_cross", "mail-cross", 3000)):
        rows = [json.loads(x) for x in (PAIRS / f"{name}.jsonl").open(encoding="utf-8")]
        rng.shuffle(rows)
        extra += [
            dict(premise=r["premise"], hypothesis=r["hypothesis"], label=r["label"], source=src)
            for r in rows[:n]
        ]
    return extra


def build_v2(seed: int = 0, dev_frac: float = 0.03) -> tuple[list[dict], list[dict]]:
    """v1's train split without SNLI caption contradictions, plus v2_extra; dev = v1's dev split
    + 3 % of every new source."""
    train1, dev1 = build(seed=seed)
    held = {(r["premise"], r["hypothesis"]) for r in dev1}
    train = [r for r in train1 if not caption_contradiction(r)]
    rng = random.Random(seed + 2)
    extra = [
        r
        for r in v2_extra(rng)
        if r["premise"] and r["hypothesis"] and (r["premise"], r["hypothesis"]) not in held
    ]
    seen = {(r["premise"], r["hypothesis"]) for r in train1}
    extra = [r for r in extra if (r["premise"], r["hypothesis"]) not in seen]
    by_src: dict[str, list[dict]] = {}
    for r in extra:
        by_src.setdefault(r["source"], []).append(r)
    dev = list(dev1)
    for _src, items in sorted(by_src.items()):
        k = max(1, int(len(items) * dev_frac))
        dev += items[:k]
        train += items[k:]
    rng.shuffle(train)
    return train, dev


def stats(rows: list[dict]) -> str:
    c = Counter((r["source"], r["label"]) for r in rows)
    srcs = sorted({s for s, _ in c})
    lines = [f"{'source':20s} {'E':>6s} {'N':>6s} {'C':>6s}"]
    for s in srcs:
        lines.append(
            f"{s:20s} {c[s, 'entailment']:6d} {c[s, 'neutral']:6d} {c[s, 'contradiction']:6d}"
        )
    tot = Counter(r["label"] for r in rows)
    lines.append(
        f"{'total ' + str(len(rows)):20s} {tot['entailment']:6d} {tot['neutral']:6d} {tot['contradiction']:6d}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    tr, dv = build_v2() if "--v2" in sys.argv else build()
    print("train\n" + stats(tr))
    print("dev\n" + stats(dv))
