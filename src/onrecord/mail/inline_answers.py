"""Answers typed in capitals into the message a reply quotes: "Jim, I have added responses below
in ALL CAPS." over a Notes header and the quoted questions, each followed by its answer::

    Jim, I have added responses below in ALL CAPS.
    …header of Jim's mail…
    1. Do we have an understanding of the big issues for public power?
                    THEY ARE SAYING THEY CANNOT ENTER INTO A FOR-PROFIT
    ARRANGEMENT.  I WILL DISCUSS THIS FURTHER WITH THEM THIS WEEK.

Notes and Outlook quote without marks, so nothing but the announced capitals sets the answers
apart: where a writer's own lines announce answers in capitals, the lines in capitals of the
message quoted right under them (up to the next header) are that writer's. Answers that an
announcement puts in a colour or in bold cannot be told apart in plain text and stay quoted; so
do answers typed between ``>`` lines without one: those lines carry no marks, and the
segmenter gives them to the replier already.
"""

from __future__ import annotations

import re

from onrecord.mail.quotes import ORIGINAL_MESSAGE, field_of
from onrecord.mail.segment_kinds import Who

__all__ = ["answers_in_capitals"]

# "responses below in ALL CAPS", "my comments in CAPS below", "answers in capitals", "in upper
# case", "in hoofdletters" (Dutch), "in Großbuchstaben" (German): the capitals and, in the same
# sentence, what they hold (answers, comments, "mine") or where (below, inline)
_CAPITALS = re.compile(
    r"\bin\s+(?:all\s+)?(?:caps|capitals|capital\s+letters|upper\s*case|hoofdletters|"
    r"gro(?:ß|ss)buchstaben|majuscules)\b",
    re.IGNORECASE,
)
_WHAT = re.compile(
    r"\b(?:respons|comment|answer|repl|remark|thought|input|note|mine|insert|added|below|"
    r"inline|in-line|interspers|embedded|antwoord|opmerking|hieronder|antwort|kommentar|"
    r"unten|réponse|commentaire|ci-dessous)",
    re.IGNORECASE,
)
_MAX_ANNOUNCE_LINES = 40  # the announcement stands in a short note above the quote
_MAX_QUOTE_LINES = 2000


def _announces(text: str) -> bool:
    """Whether a writer's note announces answers in capitals (one sentence says both)."""
    for m in _CAPITALS.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("?", 0, m.start()),
                    text.rfind("!", 0, m.start())) + 1  # fmt: skip
        stops = [x for x in (text.find(c, m.end()) for c in ".?!") if x >= 0]
        if _WHAT.search(text, start, min(stops, default=len(text))):
            return True
    return False


def _letters(line: str) -> int:
    return sum(c.isalpha() for c in line)


def _in_capitals(line: str) -> bool:
    """A line of an answer in capitals: at least two letters, nine in ten of them capitals."""
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(c.isupper() for c in letters)
    return upper * 10 >= len(letters) * 9


def answers_in_capitals(raw: list[str], labels: list[Who | None], machinery: list[int]) -> None:
    """Give the capitals lines of a quoted message to the writer whose lines above it announce
    answers in capitals (``labels`` is changed in place; ``machinery`` are header lines)."""
    n = len(raw)
    skip = set(machinery)
    k = 0
    while k < n:
        who = labels[k]
        if who is None or not raw[k].strip() or k in skip:
            k += 1
            continue
        start = k  # a run of one writer's own lines, blank lines inside it
        while k < n and (labels[k] is who or not raw[k].strip()) and k not in skip:
            k += 1
        own = [raw[j] for j in range(start, min(k, start + _MAX_ANNOUNCE_LINES))]
        if not _announces(" ".join(x.strip() for x in own)):
            continue
        j = k
        while j < n and (j in skip or not raw[j].strip()):  # the header of the quoted message
            j += 1
        quoted = labels[j] if j < n else None
        if quoted is None or quoted is who or quoted.depth <= who.depth:
            continue
        if field_of(raw[j]) is not None or ORIGINAL_MESSAGE.match(raw[j]):
            while j < n and raw[j].strip():  # an Outlook block, labelled as the quote's
                j += 1
        elif j == k:
            continue  # no header (">" lines): the capitals announced are not in a quote
        stop = min(n, j + _MAX_QUOTE_LINES)
        while j < stop and j not in skip and (labels[j] is quoted or not raw[j].strip()):
            line = raw[j]
            if line.strip() and (
                (_in_capitals(line) and field_of(line) is None)
                or (labels[j - 1] is who and not _letters(line))  # "." wrapped under an answer
            ):
                labels[j] = who
            j += 1
        k = j
