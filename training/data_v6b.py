"""The v6b repair mix: judge v6 read too much into statements on other matters.

v6 (``data_v6.py``) learned the hand-written pairs (hand6-dev 67.2 -> 76.1 %) but on the
development cases it found support in statements about something else ("SC Ravenwijk is and
will remain a members' club" for "De Graaf moved to another club's academy", 0.78): every
hand-written pair is about its own sentence, while the checker reads each claim against twenty
statements of the subject, most of them on other matters. v6b continues v6 on:

| source | what |
|---|---|
| ``cross-*`` | a hand-written claim against another hand-written line's sentence, the claim's writer put in as that sentence's writer: neutral. The other line is the one of ten drawn whose words overlap the claim most (a statement of the same person on a nearby matter) |
| replay | v6's mix (v5's replay, the hand-written pairs) |

    .venv/bin/python training/data_v6b.py        # prints the mix
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import stats
from data_v3 import _row
from data_v5 import HAND, date_prefix, hand_lines
from data_v6 import HAND6, build_v6
from onrecord.check.verdicts.first_person import align_first_person
from onrecord.check.verdicts.frames import strip_frame

REPLAY = 18_000
CROSS = 7_000
_WORD = re.compile(r"\w{4,}")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def cross_pairs(lines: list[dict], rng: random.Random, n: int) -> list[dict]:
    """Neutral pairs: a claim about writer A read against a sentence of another line, as A's."""
    claims = [(ln, h) for ln in lines for h in ln["hyps"] if h.get("text", "").strip()]
    out = []
    while len(out) < n:
        line, hyp = rng.choice(claims)
        writer = line["writer"].strip()
        if writer not in hyp["text"]:
            continue
        want = _words(hyp["text"]) - _words(writer)
        others = [o for o in rng.sample(lines, 10) if o is not line]
        other = max(others, key=lambda o: len(want & _words(o["text"])))
        sentence = align_first_person(other["text"].strip(), writer, other.get("lang"))
        date = date_prefix(rng) if rng.random() < 0.8 else ""
        framed = strip_frame(hyp["text"].strip())
        hypothesis = framed.content if framed.frame and rng.random() < 0.7 else hyp["text"]
        src = f"cross-{other.get('lang', 'en')}-{hyp.get('lang', 'en')}"
        out.append(_row(date + sentence, hypothesis, "neutral", src))
    return out


def build_v6b(seed: int = 0) -> tuple[list[dict], list[dict]]:
    train6, dev6 = build_v6(seed=seed)
    rng = random.Random(seed + 66)
    lines = hand_lines(HAND) + hand_lines(HAND6)
    dev_ids = {r["premise"] for r in dev6}
    train = rng.sample(train6, min(REPLAY, len(train6))) + cross_pairs(lines, rng, CROSS)
    train = [r for r in train if r["premise"] not in dev_ids]
    rng.shuffle(train)
    return train, dev6


if __name__ == "__main__":
    tr, dv = build_v6b()
    print("train\n" + stats(tr))
    for r in random.Random(2).sample([r for r in tr if r["source"].startswith("cross")], 8):
        print(r["label"][:4], "|", r["premise"][:90], "=>", r["hypothesis"])
