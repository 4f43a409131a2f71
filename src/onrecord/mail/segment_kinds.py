"""The kind of each line that is not someone's text: signatures, disclaimers and boilerplate in
the sender's own runs and inside each quoted or forwarded message (the quoted author's), for
:func:`onrecord.mail.segment.segment_body`; and ``Who``, the writer a line is attributed to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from onrecord.mail.forwards import is_forward_marker
from onrecord.mail.quotes import ORIGINAL_MESSAGE
from onrecord.mail.signature_blocks import signoffs_inside
from onrecord.mail.signatures import classify_run
from onrecord.record.model import Address, SegmentKind

__all__ = ["Who", "is_separator", "own_kinds", "quoted_kinds"]

_SEPARATOR_CHARS = frozenset("-_=*~ \t")


@dataclass(slots=True)
class Who:
    kind: SegmentKind
    author: Address | None
    date: datetime | None
    offset: int | None
    depth: int


def is_separator(line: str) -> bool:
    s = line.strip()
    return len(s) >= 3 and set(s) <= _SEPARATOR_CHARS


def quoted_kinds(raw: list[str], inner: list[str], labels: list[Who | None], me: Who,
                  kinds: dict[int, SegmentKind], footers: bool = True,
                  machinery: frozenset[int] = frozenset()) -> None:  # fmt: skip
    """Signatures, disclaimers and boilerplate inside each quoted or forwarded message: they are
    the quoted author's, not statements ("> Mvh\n> Peter" is Peter's sign-off)."""
    groups: dict[int, list[int]] = {}
    whos: dict[int, Who] = {}
    for k, who in enumerate(labels):
        if who is None or who is me:
            continue
        groups.setdefault(id(who), []).append(k)
        whos[id(who)] = who
    for key, idx in groups.items():
        who = whos[key]
        if len(idx) > 60:  # a sign-off above a long text pasted under it ("Sincerely,\nJulie
            # Morgan" over a press release): the lines above the last 60 are read for it alone
            lines, where = _quote_lines(inner, idx[:-60], machinery)
            early: dict[int, SegmentKind] = {}
            signoffs_inside(lines, [p for p, x in enumerate(lines) if x.strip()], who.author,
                            early)  # fmt: skip
            for pos, kind in early.items():
                kinds[where[pos]] = kind
        idx = idx[-60:]  # signatures sit at the end (above footers); bound the work
        lines, where = _quote_lines(inner, idx, machinery)
        # the lines that close it above the next message are not its text either ("-----Original Message-----"
        # under "> Mike", when the next header block is not recognised with it)
        while where and (where[-1] < 0 or not lines[-1].strip() or _is_marker_line(lines[-1])):
            lines.pop()
            where.pop()
        if not lines:
            continue
        found = classify_run(lines, who.author, footers=footers)
        for pos, kind in found.items():
            if where[pos] >= 0:
                kinds[where[pos]] = kind


def _quote_lines(inner: list[str], idx: list[int],
                 machinery: frozenset[int]) -> tuple[list[str], list[int]]:  # fmt: skip
    """The lines ``idx`` of a quoted message (a gap between them as a blank line, index -1),
    without the header lines that introduce it, and where each one is in ``inner``."""
    lines: list[str] = []
    where: list[int] = []
    prev = None
    for k in idx:
        if prev is not None and k != prev + 1:
            lines.append("")  # a gap (other lines between) reads as a paragraph break
            where.append(-1)
        lines.append(inner[k])
        where.append(k)
        prev = k
    # the header lines that introduce the quote are not its text
    while where and where[0] >= 0 and (where[0] in machinery or _is_header_line(inner[where[0]])):
        lines.pop(0)
        where.pop(0)
    return lines, where


def _is_marker_line(line: str) -> bool:
    """A line that only separates messages: a forward marker, "-----Original Message-----" (a
    rule line may close a notice of the message above it: it stays)."""
    s = line.strip()
    return bool(s) and (is_forward_marker(s) or ORIGINAL_MESSAGE.match(s) is not None)


def _is_header_line(line: str) -> bool:
    s = line.strip()
    return bool(s) and (
        s.endswith(":")
        or s.endswith(">")
        or _FIELDISH.match(s) is not None
        or is_separator(s)
        or is_forward_marker(s)
        or ORIGINAL_MESSAGE.match(s) is not None
    )


_FIELDISH = re.compile(r"^[*_]{0,2}[\w\u00c0-\u024f -]{1,20}[*_]{0,2}[ \t]?[:：]")


def own_kinds(raw: list[str], labels: list[Who | None], me: Who,
               known: Sequence[str], footers: bool = True) -> dict[int, SegmentKind]:  # fmt: skip
    """Signature / disclaimer / boilerplate lines inside each run of the sender's own lines."""
    out: dict[int, SegmentKind] = {}
    run: list[int] = []
    n = len(raw)
    k = 0
    while k <= n:
        own = k < n and (labels[k] is me or labels[k] is None)
        if own:
            run.append(k)
        elif run or k == n:
            while run and not raw[run[-1]].strip():
                run.pop()
            if run:
                sender = me.author
                found = classify_run([raw[x] for x in run], sender, known, footers=footers)
                for idx, kind in found.items():
                    out[run[idx]] = kind
            run = []
        k += 1
    # boilerplate lines at the very end, after the quote (list footers under a flat quote are
    # still the list's): a trailing run of the sender's is handled above; nothing more here
    return out
