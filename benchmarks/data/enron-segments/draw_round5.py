"""How the round-5 messages were drawn (dev n = 448-, and the new held-out split after them);
kept to reproduce the draw.

    PYTHONPATH=src .venv/bin/python benchmarks/data/enron-segments/draw_round5.py [--split dev]
    PYTHONPATH=src .venv/bin/python benchmarks/data/enron-segments/draw_round5.py --split heldout2

Candidates: every distinct Message-ID of ``../shared/corpora/enron-mbox`` (first file in sorted
order) whose decoded body is not empty, is not one of the 448 earlier labels (n 0-447, dev and
the old held-out) and is not the same body (whitespace aside) as one of them.

``dev``: the candidates of at most 250 body lines are put in each class below whose pattern their
body matches: the header shapes that the old held-out split's failures showed and the dev split
lacked (named from those failures, not written from their text). Each class is shuffled
(``random.Random(1505)``) and messages are taken round-robin, rarest class first, at most
``PER_CLASS`` from a class, skipping one already taken or with the body of one already taken;
then ``RANDOM_DEV`` messages at random (same generator) from the candidates of at most 150 lines.

``heldout2``: ``HELDOUT`` messages drawn with ``random.Random(1506).sample`` from the sorted
candidates of at most 150 body lines that the dev draw did not take (nor their bodies). They
were labelled from their decoded bodies before the segmenter was run on them.
"""

from __future__ import annotations

import argparse
import random
import re

from draw_common import Bodies, candidates, norm, round_robin

FIRST_N = 448  # labels before round 5
PER_CLASS = 5
RANDOM_DEV = 8
HELDOUT = 60
M = re.M | re.I
CLASSES = {
    # a Notes header with a "Sent by:" line (the list server or assistant that sent it)
    "sent_by": re.compile(r"^[ \t]*Sent by[ \t]*:", M),
    # "From: NAME on DATE" with another line (Sent by, an extension, a wrapped time) before To
    "from_on_then_line": re.compile(
        r"^[ \t]*From:[^\n]* on \d{1,2}/\d{1,2}/\d{2,4}.*\n[^\n]*\S.*\n(?:[ \t]*\n)*[ \t]*To:", M
    ),
    # a Notes header drawn as a text table ("|-----+-----", cells closed by "|")
    "table": re.compile(r"^\|[-+]{10,}|^[ \t]*\S[^\n]*\|[ \t]*$\n^\|", M),
    # a two-column Notes header whose To/cc sits alone at the end of a line, its recipients
    # wrapped in a narrow column under it
    "narrow_column": re.compile(
        r"^[ \t]*\S[^\n:]{0,60}?[ \t]{2,}(?:\?[ \t]*)*To:[ \t]*$|^[ \t]{20,}(?:\?[ \t]*)*cc:[ \t]*$",
        re.M,
    ),
    # a Notes header inside ">" quoting (recipients with a Notes hierarchy)
    "quoted_notes": re.compile(r"^>[> \t]*.*(?:To|cc):.*/[A-Z]{2,}/|^>[> \t]*.*Sent by:", re.M),
    # an Outlook From that holds a Notes name and Exchange's [mailto:IMCEANOTES-…]
    "imceanotes": re.compile(r"^[ \t]*From:[^\n]*\[mailto:IMCEANOTES", M),
}


def draw_dev(bodies: Bodies, elig: list[str]) -> list[tuple[str, str]]:
    """(Message-ID, classes) of the dev draw."""
    rng = random.Random(1505)
    picked, seen = round_robin(bodies, elig, CLASSES, rng, PER_CLASS, max_lines=250)
    short = [m for m in elig if len(bodies[m][1].splitlines()) <= 150]
    extra = 0
    for mid in rng.sample(short, len(short)):
        if extra == RANDOM_DEV:
            break
        if norm(bodies[mid][1]) in seen:
            continue
        picked.append((mid, "random"))
        seen.add(norm(bodies[mid][1]))
        extra += 1
    return picked


def draw_heldout(bodies: Bodies, elig: list[str], dev: list[tuple[str, str]]) -> list[str]:
    dev_bodies = {norm(bodies[m][1]) for m, _ in dev}
    short = [
        m
        for m in elig
        if len(bodies[m][1].splitlines()) <= 150 and norm(bodies[m][1]) not in dev_bodies
    ]
    picked: list[str] = []
    seen: set[str] = set()
    for mid in random.Random(1506).sample(short, len(short)):
        if len(picked) == HELDOUT:
            break
        if norm(bodies[mid][1]) not in seen:
            picked.append(mid)
            seen.add(norm(bodies[mid][1]))
    return picked


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("dev", "heldout2"), default="dev")
    args = ap.parse_args()
    bodies, elig = candidates(FIRST_N)
    dev = draw_dev(bodies, elig)
    if args.split == "dev":
        for i, (mid, classes) in enumerate(dev):
            print(FIRST_N + i, mid, bodies[mid][0], classes)
        return
    start = FIRST_N + len(dev)
    for i, mid in enumerate(draw_heldout(bodies, elig, dev)):
        print(start + i, mid, bodies[mid][0])


if __name__ == "__main__":
    main()
