"""The v5 training mix: a replayed part of v4's mix, hand-written mail pairs, negation distractors.

v5 continues v4 (``runs/v4/last.pt``). Judge v4 read, on real checks, "Two women did not reach the
hospital and gave birth in the ambulance" as contradicting "Two women gave birth in an
ambulance" (a "not" anywhere had become a cue), missed paraphrases without shared words ("the
missing entries are my responsibility" / "took the blame for the gaps") and flipped its verdict
when the premise lost its date prefix. New sources:

| source | what |
|---|---|
| ``hand-*`` | ``pairs/hand/*.jsonl``: e-mail sentences written in the first person, each with 6-8 claims about its writer in English and Dutch (paraphrase, speech act, opposite, entailed negation, related neutral, overclaim, negation distractor), written one by one (not from templates); turned into exactly what the checker feeds the judge (below) |
| ``distract-*`` | a replayed pair whose premise gets a negated sentence of another pair appended: same label (a "not" elsewhere in the mail is no contradiction) |

A hand-written line becomes the pairs ``evidence.readings`` builds at check time: the sentence
with its first person turned into the writer's surname (``frames.align_first_person``) and, most
of the time, a date prefix ("On 3 Oct 2022, "); the claim without its speech frame
(``frames.strip_frame``; a negated frame flips the label) and, for a framed claim, the whole
claim against "<writer> wrote: <sentence>". Every line is used three times with independently drawn
variants (``HAND_COPIES``). Dev: v4's dev split plus every tenth hand-written line (all of its pairs).

    .venv/bin/python training/data_v5.py        # prints the mix
    .venv/bin/python training/data_v5.py --write-dev   # eval/hand_dev.jsonl (judge_eval hand-dev)
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from data import LABEL_ID, PAIRS, stats
from data_v3 import _row
from data_v4 import build_v4
from onrecord.check.verdicts.first_person import align_first_person
from onrecord.check.verdicts.frames import strip_frame

HERE = Path(__file__).resolve().parent
HAND = PAIRS / "hand"
REPLAY = 40_000
#: each hand-written line is used this many times, each time with freshly drawn variants
HAND_COPIES = 3
DISTRACT = 3_000
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_NEG = re.compile(r"\b(not|never|no longer|n't|niet|nooit|geen)\b", re.I)
_FLIP = {"entailment": "contradiction", "contradiction": "entailment", "neutral": "neutral"}


def date_prefix(rng: random.Random) -> str:
    return f"On {rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2001, 2025)}, "


def hand_lines(folder: Path = HAND) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            line = line.strip()
            if not line:
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError:
                continue
            if r.get("text") and r.get("writer") and r.get("hyps"):
                rows.append(r)
    return rows


def hand_pairs(line: dict, rng: random.Random) -> list[dict]:
    """The pairs the checker would build for one hand-written line and its claims."""
    writer = line["writer"].strip()
    aligned = align_first_person(line["text"].strip(), writer, line.get("lang"))
    out = []
    for h in line["hyps"]:
        label = h.get("label")
        if label not in LABEL_ID or not h.get("text", "").strip():
            continue
        src = f"hand-{line.get('lang', 'en')}-{h.get('lang', 'en')}"
        date = date_prefix(rng) if rng.random() < 0.8 else ""
        framed = strip_frame(h["text"].strip())
        if framed.frame:
            lab = _FLIP[label] if framed.negated else label
            out.append(_row(date + aligned, framed.content, lab, src))
            out.append(_row(f"{date}{writer} wrote: {aligned}", h["text"], label, src))
        else:
            out.append(_row(date + aligned, h["text"], label, src))
            if writer in h["text"] and rng.random() < 0.5:
                out.append(_row(f"{date}{writer} wrote: {aligned}", h["text"], label, src))
    return out


def distractors(rows: list[dict], rng: random.Random, n: int) -> list[dict]:
    """Replayed pairs with a negated sentence of another pair appended to the premise."""
    negs = [
        r["hypothesis"].strip()
        for r in rows
        if _NEG.search(r["hypothesis"]) and 4 <= len(r["hypothesis"].split()) <= 14
    ]
    base = [r for r in rows if len(r["premise"].split()) <= 40 and r["label"] in LABEL_ID]
    out = []
    for r in rng.sample(base, min(n, len(base))):
        neg = rng.choice(negs)
        if neg.lower() in r["premise"].lower() or neg == r["hypothesis"]:
            continue
        sep = "" if r["premise"].rstrip().endswith((".", "!", "?")) else "."
        premise = f"{r['premise'].rstrip()}{sep} {neg[:1].upper()}{neg[1:]}"
        out.append(_row(premise, r["hypothesis"], r["label"], "distract-" + r["source"][:12]))
    return out


def build_v5(seed: int = 0) -> tuple[list[dict], list[dict]]:
    train4, dev4 = build_v4(seed=seed)
    rng = random.Random(seed + 5)
    replay = rng.sample(train4, min(REPLAY, len(train4)))
    lines = hand_lines()
    train = list(replay) + distractors(train4, rng, DISTRACT)
    dev = list(dev4)
    for i, line in enumerate(lines):
        if i % 10 == 0:
            dev += hand_pairs(line, rng)
        else:
            train += [r for _ in range(HAND_COPIES) for r in hand_pairs(line, rng)]
    rng.shuffle(train)
    return train, dev


DEV_OUT = HERE / "eval" / "hand_dev.jsonl"


def write_dev(seed: int = 0) -> int:
    """Write the hand-written dev pairs (as built for training) to ``eval/hand_dev.jsonl``, the
    set ``benchmarks/judge_eval.py`` reports as ``hand-dev``."""
    _, dev = build_v5(seed=seed)
    return write_held_out(dev, "hand-", DEV_OUT)


def write_held_out(dev: list[dict], prefix: str, out: Path) -> int:
    """Write the dev pairs whose source starts with ``prefix`` (their language pair after it)."""
    rows = [r for r in dev if r["source"].startswith(prefix)]
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            lang = r["source"].removeprefix(prefix)
            fh.write(json.dumps({**r, "lang": lang}, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    if "--write-dev" in sys.argv:
        print(f"{write_dev()} pairs -> {DEV_OUT}")
        sys.exit(0)
    tr, dv = build_v5()
    print("train\n" + stats(tr))
    print("dev\n" + stats([r for r in dv if r["source"].startswith("hand")]))
    rng = random.Random(1)
    for r in rng.sample([r for r in tr if r["source"].startswith(("hand", "distract"))], 12):
        print(r["label"][:4], "|", r["premise"][:90], "=>", r["hypothesis"])
