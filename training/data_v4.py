"""The v4 training mix: v3's mix, negation-toggled pairs, and the v4 mail pairs.

v4 continues v3 (``runs/v3/last.pt``). New sources:

| source | what |
|---|---|
| ``negtoggle-c`` | an entailed English hypothesis of v3's train split (MNLI, SNLI, FEVER, TaxiNLI, CAD) with its main clause negated or un-negated ("is" -> "is not", "did not" -> "did"): contradiction |
| ``negtoggle-n`` | a neutral hypothesis toggled the same way: still neutral (so that "not" alone is no cue) |
| ``mail4-*`` | ``pairs/v4_mail.jsonl`` (``make_pairs_v4.py``): v3's frames redrawn, roles reversed, "the only" vs "one of several", more paraphrases; EN, NL, crossed |

Toggling is applied only to short single-clause hypotheses: no quantifier, conjunction, relative
or conditional clause, comma or second negation, where negating the first auxiliary flips the
proposition. Dev: v3's dev split plus 3 % of each new source.

    .venv/bin/python training/data_v4.py        # prints the mix
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import LABEL_ID, PAIRS, stats
from data_v3 import _row, build_v3

TOGGLE_SOURCES = {"mnli", "snli", "fever", "taxinli", "cad", "fever-samesubject"}
NEUTRAL_TOGGLE_SOURCES = {"mnli", "snli", "taxinli", "cad"}
_AUX = re.compile(
    r"\b(is|are|was|were|can|could|will|would|should|must|may|might|does|do|did|has|have|had)"
    r"( not\b|n't\b)?",
    re.I,
)
_BLOCK = re.compile(
    r"\b(some|many|few|most|all|every|each|several|both|any|no|none|nobody|nothing|never|neither"
    r"|nor|only|and|or|but|that|which|who|whom|whose|because|if|when|while|although|unless"
    r"|until|than|not)\b|n't|,|;|:|\?",
    re.I,
)
_PARTICIPLE = re.compile(r"^(been|\w+ed|\w+en|\w+wn|made|done|gone|had|got|said|told|sent|"
                         r"paid|built|left|lost|won|met|kept|sold|bought|brought|thought|taught|"
                         r"found|held|read|run|set|put|cut|let)$", re.I)  # fmt: skip


def toggle(h: str) -> str | None:
    """``h`` with its main clause negated (or its one negation removed), or None when the
    sentence is not simple enough for that to flip what it says."""
    words = h.split()
    if not 3 <= len(words) <= 16:
        return None
    m = _AUX.search(h)
    if m is None or m.start() == 0:
        return None
    neg = m.group(2)
    rest = h[m.end() :]
    if neg:  # "did not go" -> "did go" reads oddly for do/does/did: drop the auxiliary
        if _BLOCK.search(h[: m.start()] + rest):
            return None
        aux = m.group(1).lower()
        nxt = rest.split()
        if aux in ("do", "does", "did"):
            if not nxt:
                return None
            verb = nxt[0]
            if aux != "do":
                return None  # "did not go" -> "went" needs a lexicon
            return h[: m.start()] + verb + rest[len(rest) - len(rest.lstrip()) + len(verb) :]
        return h[: m.start()] + m.group(1) + rest
    if _BLOCK.search(h):
        return None
    aux = m.group(1).lower()
    nxt = rest.split()
    if not nxt:
        return None
    if aux in ("has", "have", "had") and not _PARTICIPLE.match(nxt[0].strip(".")):
        return None
    if aux in ("do", "does", "did"):
        return None  # emphatic "did go" is rare; "did" as a main verb is common
    return h[: m.end()] + " not" + rest


def toggled(rows: list[dict], rng: random.Random, n_c: int, n_n: int) -> list[dict]:
    cs, ns = [], []
    for r in rows:
        if r["source"] not in TOGGLE_SOURCES or r["label"] not in ("entailment", "neutral"):
            continue
        t = toggle(r["hypothesis"])
        if t is None or t == r["hypothesis"]:
            continue
        if r["label"] == "entailment":
            cs.append(_row(r["premise"], t, "contradiction", "negtoggle-c"))
        elif r["source"] in NEUTRAL_TOGGLE_SOURCES:  # FEVER's "not enough info" is noisier
            ns.append(_row(r["premise"], t, "neutral", "negtoggle-n"))
    rng.shuffle(cs)
    rng.shuffle(ns)
    return cs[:n_c] + ns[:n_n]


def mail4() -> list[dict]:
    path = PAIRS / "v4_mail.jsonl"
    rows = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        rows.append(_row(r["premise"], r["hypothesis"], r["label"], f"mail4-{r['lang']}"))
    return rows


def build_v4(seed: int = 0, dev_frac: float = 0.03) -> tuple[list[dict], list[dict]]:
    train3, dev3 = build_v3(seed=seed)
    rng = random.Random(seed + 4)
    known = {(r["premise"], r["hypothesis"]) for r in train3 + dev3}
    dev_premises = {r["premise"] for r in dev3}
    new_train = toggled(train3, rng, 4500, 2000)
    new_dev = toggled(dev3, rng, 80, 40)
    train = list(train3)
    dev = list(dev3) + new_dev
    train += [r for r in new_train if r["premise"] not in dev_premises]
    mail = [r for r in mail4() if (r["premise"], r["hypothesis"]) not in known]
    mail = [r for r in mail if r["label"] in LABEL_ID]
    rng.shuffle(mail)
    k = max(1, int(len(mail) * dev_frac))
    dev += mail[:k]
    train += mail[k:] * 2
    rng.shuffle(train)
    return train, dev


if __name__ == "__main__":
    tr, dv = build_v4()
    print("train\n" + stats(tr))
    print("dev\n" + stats(dv))
    rng = random.Random(1)
    for r in rng.sample([r for r in tr if r["source"].startswith("negtoggle")], 12):
        print(r["label"][:4], "|", r["premise"][:80], "=>", r["hypothesis"])
