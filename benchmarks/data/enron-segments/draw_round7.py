"""How the round-7 dev messages were drawn (n 541-); kept to reproduce the draw.

    PYTHONPATH=src .venv/bin/python benchmarks/data/enron-segments/draw_round7.py

Candidates: every distinct Message-ID of ``../shared/corpora/enron-mbox`` (first file in sorted
order) whose decoded body is not empty, is not one of the 541 earlier labels (n 0-540: dev, the
old held-out split and ``heldout2``) and is not the same body (whitespace aside) as one of them;
at most 250 body lines. Each is put in the classes below whose pattern its body matches: the
header shapes named for round 7 (from the old held-out split's failure counts; written from the
Notes and Outlook forms, not from those messages' text) and answers announced in capitals. Each
class is shuffled (``random.Random(1507)``) and messages are taken round-robin, rarest class
first, at most ``PER_CLASS`` from a class, skipping one already taken or with the body of one
already taken. Most classes hold no or very few messages outside the labelled ones: the draw
takes what there is.
"""

from __future__ import annotations

import json
import mailbox
import random
import re
from pathlib import Path

from onrecord.mail.analyze import reanalyze_mail

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[3] / "shared" / "corpora" / "enron-mbox"
FIRST_N = 541  # labels before round 7
PER_CLASS = 3
M = re.M | re.I
CLASSES = {
    # a "Sent by:" line with a blank line under it, then the To/cc/Subject fields
    "sent_by_blank": re.compile(
        r"^[ \t>]*Sent by[ \t]*:.*\n(?:[ \t>]*\n)+[ \t>]*(?:To|cc)[ \t]*:", M
    ),
    # a "From: NAME on DATE" (or name and date) line over a short "Label: value" line, then To
    "sender_detail": re.compile(
        r"^[ \t>]*From:[^\n]* on \d{1,2}/\d{1,2}/\d{2,4}[^\n]*\n[ \t>]*(?!To\b|cc\b|Sent by\b)"
        r"[A-Z][\w.]{0,15}[ \t]*:[^\n]{1,60}\n(?:[ \t>]*\n)*[ \t>]*To:",
        M,
    ),
    # an Outlook block whose From holds a Notes name and "on DATE"
    "from_on_block": re.compile(
        r"^From:[ \t]+[^\n]{1,200}? on \d{1,2}/\d{1,2}/\d{2,4}[^\n]*\n"
        r"(?:Sent|To|Date)[ \t]*:",
        M,
    ),
    # a two-column header whose first (name) line carries To
    "name_line_to": re.compile(r"^[ \t>]*\n[ \t>]{8,}\S[^\n:]{0,60}?[ \t]{2,}To:", M),
    # a Notes header under three or more quote marks
    "deep_quoted_header": re.compile(r"^>{3,}[^\n]*\b(?:To|cc|Subject|Sent by):", M),
    # the writer announces answers in capitals
    "caps_answers": re.compile(
        r"(?:respons|comment|answer|repl|note)[^.!?\n]{0,60}\bin\s+(?:all\s+)?(?:caps|capitals"
        r"|capital\s+letters|upper\s*case)\b|\bin\s+(?:all\s+)?(?:caps|capitals)\s+below",
        M,
    ),
}


def norm(text: str) -> str:
    return " ".join(text.split())


def candidates() -> tuple[dict[str, tuple[str, str]], list[str]]:
    """(Message-ID → (file, body), the eligible Message-IDs sorted)."""
    bodies: dict[str, tuple[str, str]] = {}
    for path in sorted(CORPUS.glob("enron.*")):
        for msg in mailbox.mbox(str(path), create=False):
            mid = (msg["Message-ID"] or "").strip()
            if mid not in bodies:
                bodies[mid] = (path.name, reanalyze_mail(msg.as_bytes(), []).body_text)
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text().splitlines() if x]
    done = {lab["message_id"] for lab in labels if lab["n"] < FIRST_N}
    done_bodies = {norm(bodies[m][1]) for m in done}
    elig = sorted(
        mid
        for mid, (_, body) in bodies.items()
        if mid not in done
        and body.strip()
        and norm(body) not in done_bodies
        and len(body.splitlines()) <= 250
    )
    return bodies, elig


def draw(bodies: dict[str, tuple[str, str]], elig: list[str]) -> list[tuple[str, str]]:
    """(Message-ID, classes) of the draw."""
    hits: dict[str, list[str]] = {}
    for mid in elig:
        found = [c for c, rx in CLASSES.items() if rx.search(bodies[mid][1])]
        if found:
            hits[mid] = found
    order = sorted(CLASSES, key=lambda c: sum(c in v for v in hits.values()))
    rng = random.Random(1507)
    pools = {c: sorted(m for m, v in hits.items() if c in v) for c in order}
    for c in order:
        rng.shuffle(pools[c])
    picked: list[tuple[str, str]] = []
    seen: set[str] = set()
    taken = dict.fromkeys(order, 0)
    for _ in range(PER_CLASS):
        for c in order:
            pool = pools[c]
            while pool and norm(bodies[pool[0]][1]) in seen:
                pool.pop(0)
            if pool and taken[c] < PER_CLASS:
                mid = pool.pop(0)
                picked.append((mid, ",".join(hits[mid])))
                seen.add(norm(bodies[mid][1]))
                taken[c] += 1
    return picked


def main() -> None:
    bodies, elig = candidates()
    for i, (mid, classes) in enumerate(draw(bodies, elig)):
        print(FIRST_N + i, mid, bodies[mid][0], classes)


if __name__ == "__main__":
    main()
