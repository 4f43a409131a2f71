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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import stats
from data_v7 import READ_DECIDED, READ_HARD, build_readings_mix

READ_CONTRA = 7


def build_v8(seed: int = 0) -> tuple[list[dict], list[dict]]:
    copies = {"entailment": READ_DECIDED, "contradiction": READ_CONTRA, "neutral": READ_HARD}
    return build_readings_mix(seed, 8, copies)


if __name__ == "__main__":
    tr, dv = build_v8()
    print("train\n" + stats(tr))
