"""The v13 mix: v11 continued on the readings of half the training cases.

Judges v7 and v8 were trained on the readings of every training case (``readings.py``: what
the checker actually gives the judge, labelled from the gold evidence and the review) and did
not gain on the development cases. Their verdict models were fitted on the same cases' readings,
where the judge had learned the answers (v8's training fit 73 % against v5's 62 %), so the
verdict model learned to trust the judge more than it deserves on an unseen case. v13 splits the
training cases in two: the judge learns the readings of ``JUDGE_CASES`` only, and the verdict
model is fitted on the other cases (``VERDICT_CASES``), which neither has seen, so that both
the judge and its verdict model can be compared with v11's on equal terms.

| source | what |
|---|---|
| ``read-<pair>`` | a reading of a ``JUDGE_CASES`` case labelled entailment (``COPIES`` times) or contradiction, a reviewed neutral the judge v11 read as entailment or contradiction at 0.5 or more, or another neutral reading (``EASY`` of them, drawn) |
| replay | ``REPLAY`` pairs of v11's mix (v10's, the hand-written sets and their rule-turned copies) |

    .venv/bin/python training/data_v13.py              # prints the mix
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import stats
from data_v7 import case_rows
from data_v11 import build_v11

#: the judge learns these cases' readings (the most reviewed ones first: eight cases with every
#: misread reading reviewed, and four of the earlier ones)
JUDGE_CASES = (
    "brouwerij", "busdienst", "omroep", "onderzoekslab", "pensioen", "stadion",
    "wooncoop", "zuivel", "orkest", "dagblad", "helixa", "partij",
)  # fmt: skip
#: the verdict model is fitted on these (never in the judge's data)
VERDICT_CASES = (
    "brugdam", "datalek", "hogeschool", "kunsthal", "luchtpoort", "platform",
    "rederij", "scholengroep", "softwarebv", "waterhulp", "woonstede",
)  # fmt: skip
REPLAY = 24_000
COPIES = {"entailment": 3, "contradiction": 4, "neutral": 3}
EASY = 8_000


def build_v13(seed: int = 0) -> tuple[list[dict], list[dict]]:
    train11, dev11 = build_v11(seed=seed)
    rng = random.Random(seed + 13)
    train = rng.sample(train11, min(REPLAY, len(train11)))
    plain: list[dict] = []
    for name in JUDGE_CASES:
        for r in case_rows(name):
            hard = r.pop("hard")
            if r["label"] == "neutral" and not hard:
                plain.append(r)
            else:
                train += [dict(r) for _ in range(COPIES[r["label"]])]
    train += rng.sample(plain, min(EASY, len(plain)))
    rng.shuffle(train)
    return train, dev11


if __name__ == "__main__":
    tr, dv = build_v13()
    print("train\n" + stats(tr))
