"""The v12 mix: v11 continued on the third hand-written set, with a replay of v11's mix.

``pairs/hand3/`` (160 e-mail sentences, 1,312 claims, half of them cross-lingual) was written
for what the judge misread on the development cases: the speech act a sentence performs named
in the claim ("I want to thank the team" -> "X thanked the team"), a hedge against a claim of
certainty or a promise, positions ("not an option as far as I am concerned" -> "X was against
it"), declining and accepting, numbers in other words and languages, facts reported about
others. It is turned into the pairs the checker reads exactly as v11 turns ``pairs/hand2/``
(three variants per line, each training pair also turned by rule, every tenth line held out:
``eval/hand3_dev.jsonl``, the ``judge_eval.py`` set ``hand3-dev``).

v12 continues judge v11 (``runs/v11/last.pt``) for one pass over this set and a replay sample
of v11's whole mix (``REPLAY`` pairs, so that the new set is about a sixth of what it reads and
general reading is not traded away, the lesson of v9).

    .venv/bin/python training/data_v12.py               # prints the mix
    .venv/bin/python training/data_v12.py --write-dev   # eval/hand3_dev.jsonl
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from data import PAIRS, stats  # noqa: E402
from data_v5 import write_held_out  # noqa: E402
from data_v9 import turned  # noqa: E402
from data_v11 import build_v11, hand_set  # noqa: E402

HAND3 = PAIRS / "hand3"
DEV_OUT = HERE / "eval" / "hand3_dev.jsonl"
#: pairs of v11's mix replayed beside the new set
REPLAY = 24_000


def hand3(seed: int = 0) -> tuple[list[dict], list[dict]]:
    """(train, dev) pairs of ``pairs/hand3``; sources ``hand3-<lang>-<lang>``."""
    return hand_set(HAND3, "hand3", random.Random(seed + 12))


def build_v12(seed: int = 0) -> tuple[list[dict], list[dict]]:
    train11, dev11 = build_v11(seed=seed)
    train3, dev3 = hand3(seed)
    unique = {(r["premise"], r["hypothesis"]): r for r in train3}
    toggles = [t for r in unique.values() if (t := turned(r)) is not None]
    rng = random.Random(seed + 112)
    train = rng.sample(train11, min(REPLAY, len(train11))) + train3 + toggles
    rng.shuffle(train)
    return train, dev11 + dev3


if __name__ == "__main__":
    if "--write-dev" in sys.argv:
        _, dev = hand3()
        print(f"{write_held_out(dev, 'hand3-', DEV_OUT)} pairs -> {DEV_OUT}")
        sys.exit(0)
    tr, dv = build_v12()
    print("train\n" + stats(tr))
    print("dev\n" + stats(dv))
