"""The v10 mix: all of v5's, with v9's turned hand-written pairs mixed in.

v9 taught v5 to read a negated claim in a 40-minute continuation on mostly negated pairs and
lost general reading doing so (MNLI-mm 71.7 -> 69.9). v10 starts where v5 started
(``runs/v4/last.pt``) and trains on v5's whole mix plus every hand-written training pair with
its claim turned by rule (:mod:`data_v9.turned`), so the negated pairs are about a sixth of the
mix instead of about a third. Dev: v5's.

    .venv/bin/python training/data_v10.py              # prints the mix
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
from data_v9 import turned  # noqa: E402


def build_v10(seed: int = 0) -> tuple[list[dict], list[dict]]:
    train5, dev5 = build_v5(seed=seed)
    rng = random.Random(seed + 10)
    hand = {(r["premise"], r["hypothesis"]): r for r in train5 if r["source"].startswith("hand")}
    toggles = [t for r in hand.values() if (t := turned(r)) is not None]
    train = list(train5) + toggles
    rng.shuffle(train)
    return train, list(dev5)


if __name__ == "__main__":
    tr, dv = build_v10()
    print("train\n" + stats(tr))
