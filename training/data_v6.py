"""The v6 training mix: v5's mix replayed, and the hand-written pairs of ``pairs/hand_v6/``.

v6 continues v5 (``runs/v5/last.pt``). On the development cases judge v5's largest error was a
contradicted claim read as supported: a negated sentence in the mail ("I never promised the
council the trip would go ahead") entailing the unnegated claim ("X promised the council ...").
It also still read sentences on the same topic as contradicting (13 % false contradictions on
neutral pairs), compared amounts by their words, and read tentative or conditional stances as
firm ones. New sources, written one by one in the same format as ``pairs/hand/``:

| file | what |
|---|---|
| ``hand_v6/h5_negation.jsonl`` | negated mail sentences against the unnegated claim, its paraphrase and negation distractors |
| ``hand_v6/h6_related.jsonl`` | at least four neutral claims per sentence that share its words but are neither implied nor excluded |
| ``hand_v6/h7_quantity.jsonl`` | amounts, dates, deadlines and comparatives that must be compared, not matched |
| ``hand_v6/h8_stance.jsonl`` | pledges, proposals, refusals, conditional and reluctant agreement, overclaimed stances |
| ``hand_v6/h9_negclaim.jsonl`` | affirmative mail sentences against negated or universal claims (mostly across languages) |
| ``hand_v6/e1_endorse.jsonl`` | a reply's assent or dissent, read as the checker reads it ("E agreed with S: ..."), against claims about the endorser |

Each line becomes the readings the checker builds (``data_v5.hand_pairs``), ``HAND6_COPIES``
times with fresh variants; v5's hand-written lines are replayed as part of v5's mix. Every tenth
new line is held out (``eval/hand6_dev.jsonl``, ``judge_eval.py`` set ``hand6-dev``); v5's
held-out lines (``eval/hand_dev.jsonl``) stay held out.

    .venv/bin/python training/data_v6.py             # prints the mix
    .venv/bin/python training/data_v6.py --write-dev # eval/hand6_dev.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data import LABEL_ID, PAIRS, stats
from data_v3 import _row
from data_v5 import (
    _FLIP,
    build_v5,
    date_prefix,
    distractors,
    hand_lines,
    hand_pairs,
    write_held_out,
)
from onrecord.check.verdicts.first_person import align_first_person
from onrecord.check.verdicts.frames import strip_frame

HERE = Path(__file__).resolve().parent
HAND6 = PAIRS / "hand_v6"
REPLAY = 36_000
HAND6_COPIES = 3
DISTRACT = 2_000
DEV_OUT = HERE / "eval" / "hand6_dev.jsonl"


def endorse_lines() -> list[dict]:
    rows = []
    for path in sorted(HAND6.glob("e*.jsonl")):
        for line in path.open(encoding="utf-8"):
            try:
                r = json.loads(line)
            except json.JSONDecodeError:
                continue
            if r.get("text") and r.get("endorser") and r.get("source") and r.get("hyps"):
                rows.append(r)
    return rows


def endorse_pairs(line: dict, rng: random.Random) -> list[dict]:
    """The pairs the checker builds for a reply's assent or dissent (``evidence.readings``):
    "<date><endorser> agreed with <source>: <the source's text in the third person>"."""
    source = line["source"].strip()
    verb = "agreed with" if line.get("stance", "agree") == "agree" else "disagreed with"
    text = align_first_person(line["text"].strip(), source, line.get("lang"))
    out = []
    for h in line["hyps"]:
        label = h.get("label")
        if label not in LABEL_ID or not h.get("text", "").strip():
            continue
        date = date_prefix(rng) if rng.random() < 0.8 else ""
        premise = f"{date}{line['endorser'].strip()} {verb} {source}: {text}"
        framed = strip_frame(h["text"].strip())
        src = f"endorse-{line.get('lang', 'en')}-{h.get('lang', 'en')}"
        if framed.frame:
            out.append(
                _row(premise, framed.content, _FLIP[label] if framed.negated else label, src)
            )
        out.append(_row(premise, h["text"].strip(), label, src))
    return out


def build_v6(seed: int = 0) -> tuple[list[dict], list[dict]]:
    train5, dev5 = build_v5(seed=seed)
    rng = random.Random(seed + 6)
    train = rng.sample(train5, min(REPLAY, len(train5)))
    train += distractors(train5, rng, DISTRACT)
    dev = list(dev5)
    lines = [(line, hand_pairs) for line in hand_lines(HAND6)]
    lines += [(line, endorse_pairs) for line in endorse_lines()]
    for i, (line, pairs) in enumerate(lines):
        if i % 10 == 0:
            dev += [
                {**r, "source": "hand6-" + r["source"].split("-", 1)[1]} for r in pairs(line, rng)
            ]
        else:
            train += [r for _ in range(HAND6_COPIES) for r in pairs(line, rng)]
    rng.shuffle(train)
    return train, dev


def write_dev(seed: int = 0) -> int:
    """Write the held-out v6 pairs to ``eval/hand6_dev.jsonl`` (``judge_eval.py`` set ``hand6-dev``)."""
    _, dev = build_v6(seed=seed)
    return write_held_out(dev, "hand6-", DEV_OUT)


if __name__ == "__main__":
    if "--write-dev" in sys.argv:
        print(f"{write_dev()} pairs -> {DEV_OUT}")
        sys.exit(0)
    tr, dv = build_v6()
    print("train\n" + stats(tr))
    print("dev (v6 hand)\n" + stats([r for r in dv if r["source"].startswith("hand6")]))
