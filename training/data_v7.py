"""The v7 mix: v5's mix replayed, plus what the checker actually reads on training cases.

Judges v6 and v6b learned hand-written pairs about one sentence each and got worse on whole
cases, where each claim is read against twenty statements of its subject, most of them about
other matters. v7 continues v5 (``runs/v5/last.pt``) on the readings of the training cases in
``training/cases/`` (``readings.py``: fictional archives written for training, never measured
on): every (premise, hypothesis) pair the checker gives the judge, labelled from the case's gold
evidence (with its stance), the rest neutral, and the readings the judge v5 got wrong reviewed
by hand (``labels.jsonl``).

| source | what |
|---|---|
| ``read-<pair>`` | a reading labelled entailment or contradiction (``READ_DECIDED`` copies), or a neutral reading the judge v5 read as entailment or contradiction at 0.5 or more (``READ_HARD`` copies), or another neutral reading (``EASY`` of them, drawn); ``<pair>`` is the statement's and the claim's language |
| replay | v5's mix (its replay of v4, the hand-written pairs, the negation distractors) |

Dev: v5's dev split, and every reading of the held-out cases (``DEV_CASES``), written by
``--write-dev`` to ``eval/readings_dev.jsonl`` (``judge_eval.py`` set ``readings-dev``).

    .venv/bin/python training/data_v7.py              # prints the mix
    .venv/bin/python training/data_v7.py --write-dev
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import stats
from data_v3 import _row
from data_v5 import build_v5, write_held_out

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
REPLAY = 20_000
READ_DECIDED = 4
READ_HARD = 3
#: neutral readings the judge already reads as neutral: a sample of this many
EASY = 8_000
#: training cases held out to measure the readings (never trained on)
DEV_CASES = ("kunsthal",)
LABELS = ("entailment", "neutral", "contradiction")


def case_rows(name: str) -> list[dict]:
    path = CASES / name / "readings.jsonl"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["label"] not in LABELS:
            continue  # "skip": a reviewer could not tell
        src = f"read-{r.get('statement_lang') or 'en'}-{r.get('lang') or 'en'}"
        row = _row(r["premise"], r["hypothesis"], r["label"], src)
        judge = r.get("judge") or {}
        # a neutral the judge v5 misread, confirmed by a reviewer (unreviewed ones, of the
        # claims read in their other language, count as ordinary neutrals)
        misread = max(judge.get("entailment", 0), judge.get("contradiction", 0)) >= 0.5
        row["hard"] = misread and bool(r.get("reviewed", True))
        rows.append(row)
    return rows


def reading_cases() -> list[str]:
    return sorted(p.parent.name for p in CASES.glob("*/readings.jsonl"))


def build_readings_mix(
    seed: int, rng_offset: int, copies: dict[str, int], easy: int = EASY
) -> tuple[list[dict], list[dict]]:
    """v5's mix replayed (``REPLAY`` pairs) plus the readings of every training case but the
    held-out ones: a reading labelled entailment or contradiction, or a reviewed neutral the
    judge v5 misread, ``copies[label]`` times; ``easy`` other neutral readings drawn."""
    train5, dev5 = build_v5(seed=seed)
    rng = random.Random(seed + rng_offset)
    train = rng.sample(train5, min(REPLAY, len(train5)))
    dev = list(dev5)
    plain: list[dict] = []
    for name in reading_cases():
        rows = case_rows(name)
        if name in DEV_CASES:
            dev += [{k: v for k, v in r.items() if k != "hard"} for r in rows]
            continue
        for r in rows:
            hard = r.pop("hard")
            if r["label"] == "neutral" and not hard:
                plain.append(r)
                continue
            train += [dict(r) for _ in range(copies[r["label"]])]
    train += rng.sample(plain, min(easy, len(plain)))
    # a premise of a held-out reading is never trained on
    held = {r["premise"] for r in dev if r["source"].startswith("read-")}
    train = [r for r in train if r["premise"] not in held]
    rng.shuffle(train)
    return train, dev


def build_v7(seed: int = 0) -> tuple[list[dict], list[dict]]:
    copies = {"entailment": READ_DECIDED, "contradiction": READ_DECIDED, "neutral": READ_HARD}
    return build_readings_mix(seed, 7, copies)


DEV_OUT = HERE / "eval" / "readings_dev.jsonl"


if __name__ == "__main__":
    tr, dv = build_v7()
    if "--write-dev" in sys.argv:
        n = write_held_out(dv, "read-", DEV_OUT)
        print(f"{n} held-out readings -> {DEV_OUT}")
    print("train\n" + stats(tr))
    print("dev\n" + stats([r for r in dv if r["source"].startswith("read-")]))
