"""The v9 mix: v5's, and its hand-written mail pairs said the other way round.

Judge v5 barely reads a negation in the claim: of 162 held-out hand-written pairs it reads as
entailment, it also reads 118 (73 %) as entailment with the claim negated ("Kuipers stelt als
voorwaarde dat ..." and "Kuipers stelt niet als voorwaarde dat ..." both entailed). v9 continues
v5 (``runs/v5/last.pt``) on ``REPLAY`` pairs of v5's mix and, for every hand-written training
pair, its claim turned by rule (:mod:`negation_rules`, English and Dutch): an entailed claim
turned is a contradiction, a contradicted one turned is entailed, a neutral one stays neutral.
No reading of a training case is in it, so the verdict model can still be fitted on the cases
(v8's lesson). Dev: v5's.

    .venv/bin/python training/data_v9.py              # prints the mix
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from data import stats  # noqa: E402
from data_v5 import build_v5  # noqa: E402
from negation_rules import negate  # noqa: E402

REPLAY = 30_000
TURNED = {"entailment": "contradiction", "contradiction": "entailment", "neutral": "neutral"}


def turned(row: dict) -> dict | None:
    """The pair with its claim said the other way round, relabelled; None where the rules
    cannot turn it."""
    lang = "nl" if row["source"].endswith("-nl") else "en"
    claim = negate(row["hypothesis"], lang)
    if claim is None:
        return None
    return {
        "premise": row["premise"],
        "hypothesis": claim,
        "label": TURNED[row["label"]],
        "source": "negated-" + row["source"],
    }


def build_v9(seed: int = 0) -> tuple[list[dict], list[dict]]:
    train5, dev5 = build_v5(seed=seed)
    rng = random.Random(seed + 9)
    hand = {(r["premise"], r["hypothesis"]): r for r in train5 if r["source"].startswith("hand")}
    toggles = [t for r in hand.values() if (t := turned(r)) is not None]
    train = rng.sample(train5, min(REPLAY, len(train5))) + toggles
    rng.shuffle(train)
    return train, list(dev5)


if __name__ == "__main__":
    tr, dv = build_v9()
    print("train\n" + stats(tr))
