"""The v8 mix: v7's recipe on eighteen training cases, contradictions weighted up.

Judge v7 read the held-out case's contradicting readings as contradiction only 16 times in 58
(v5: 11; 15 and 26 of them as entailment): a statement that shares the claim's words and says
the opposite ("the budget was halved" / "the budget stayed untouched", across languages) is
read as agreeing. v8 continues v5 (``runs/v5/last.pt``) on the readings of the six cases
written since (``busdienst``, ``pensioen``, ``zuivel``, ``brouwerij``, ``orkest``,
``softwarebv``) and the twelve before, with a contradicting reading given ``READ_CONTRA``
copies (v7: 4) and an entailing one ``READ_DECIDED``. Dev as v7 (``kunsthal`` held out).

    .venv/bin/python training/data_v8.py              # prints the mix
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import stats
from data_v5 import build_v5
from data_v7 import DEV_CASES, case_rows, reading_cases

REPLAY = 20_000
READ_DECIDED = 4
READ_CONTRA = 7
READ_HARD = 3
EASY = 8_000


def build_v8(seed: int = 0) -> tuple[list[dict], list[dict]]:
    train5, dev5 = build_v5(seed=seed)
    rng = random.Random(seed + 8)
    train = rng.sample(train5, min(REPLAY, len(train5)))
    dev = list(dev5)
    easy: list[dict] = []
    for name in reading_cases():
        rows = case_rows(name)
        if name in DEV_CASES:
            dev += [{k: v for k, v in r.items() if k != "hard"} for r in rows]
            continue
        for r in rows:
            hard = r.pop("hard")
            if r["label"] == "neutral" and not hard:
                easy.append(r)
                continue
            copies = {"entailment": READ_DECIDED, "contradiction": READ_CONTRA}.get(
                r["label"], READ_HARD
            )
            train += [dict(r) for _ in range(copies)]
    train += rng.sample(easy, min(EASY, len(easy)))
    held = {r["premise"] for r in dev if r["source"].startswith("read-")}
    train = [r for r in train if r["premise"] not in held]
    rng.shuffle(train)
    return train, dev


if __name__ == "__main__":
    tr, dv = build_v8()
    print("train\n" + stats(tr))
