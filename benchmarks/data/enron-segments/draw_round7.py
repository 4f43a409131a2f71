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

import random
import re

from draw_common import Bodies, candidates, round_robin

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


def draw(bodies: Bodies, elig: list[str]) -> list[tuple[str, str]]:
    """(Message-ID, classes) of the draw."""
    return round_robin(bodies, elig, CLASSES, random.Random(1507), PER_CLASS)[0]


def main() -> None:
    bodies, elig = candidates(FIRST_N, max_lines=250)
    for i, (mid, classes) in enumerate(draw(bodies, elig)):
        print(FIRST_N + i, mid, bodies[mid][0], classes)


if __name__ == "__main__":
    main()
