"""The v11 mix (prepared, not yet trained): v10's, plus the second hand-written set.

``pairs/hand2/`` (160 e-mail sentences, 1,230 claims, written for the judge's measured
weaknesses: negative-polarity claims against positive statements, related but undecided
claims, "always"/"never" claims, agreement with a named party, quantities) is turned into the
pairs the checker reads exactly as v5 turns ``pairs/hand/`` (:func:`data_v5.hand_pairs`), three
times with fresh variants, and each of its training pairs is also turned by rule
(:func:`data_v9.turned`). Every tenth hand2 line is held out: ``eval/hand2_dev.jsonl``, the
``judge_eval.py`` set ``hand2-dev``. v11 starts from v4 as v5 and v10 did.

    .venv/bin/python training/data_v11.py               # prints the mix
    .venv/bin/python training/data_v11.py --write-dev   # eval/hand2_dev.jsonl
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from data import PAIRS, stats  # noqa: E402
from data_v5 import HAND_COPIES, hand_lines, hand_pairs, write_held_out  # noqa: E402
from data_v9 import turned  # noqa: E402
from data_v10 import build_v10  # noqa: E402

HAND2 = PAIRS / "hand2"
DEV_OUT = HERE / "eval" / "hand2_dev.jsonl"


def hand_set(folder: Path, tag: str, rng: random.Random) -> tuple[list[dict], list[dict]]:
    """(train, dev) pairs of a hand-written set: every tenth line held out, the others in
    ``HAND_COPIES`` variants; sources ``<tag>-<lang>-<lang>``."""
    train, dev = [], []
    for i, line in enumerate(hand_lines(folder)):
        if i % 10 == 0:
            dev += hand_pairs(line, rng)
        else:
            train += [r for _ in range(HAND_COPIES) for r in hand_pairs(line, rng)]
    rename = lambda r: {**r, "source": r["source"].replace("hand-", f"{tag}-", 1)}  # noqa: E731
    return [rename(r) for r in train], [rename(r) for r in dev]


def hand2(seed: int = 0) -> tuple[list[dict], list[dict]]:
    """(train, dev) pairs of ``pairs/hand2``; sources ``hand2-<lang>-<lang>``."""
    return hand_set(HAND2, "hand2", random.Random(seed + 11))


def build_v11(seed: int = 0) -> tuple[list[dict], list[dict]]:
    train10, dev10 = build_v10(seed=seed)
    train2, dev2 = hand2(seed)
    unique = {(r["premise"], r["hypothesis"]): r for r in train2}
    toggles = [t for r in unique.values() if (t := turned(r)) is not None]
    train = train10 + train2 + toggles
    random.Random(seed + 111).shuffle(train)
    return train, dev10 + dev2


if __name__ == "__main__":
    if "--write-dev" in sys.argv:
        _, dev = hand2()
        print(f"{write_held_out(dev, 'hand2-', DEV_OUT)} pairs -> {DEV_OUT}")
        sys.exit(0)
    tr, dv = build_v11()
    print("train\n" + stats(tr))
