"""Per-line features of a message body, computed once before segmentation.

:func:`onrecord.mail.segment.segment_body` reads each line a bounded number of times; what it
needs to know of every line up front lives here: the line spans, the ``>`` depth and the text
inside the quote marks, and three cheap flags (blank, a colon where a header field would have
it, whether a reply header may start at the line) that let it skip the regexes for most lines;
and :func:`memo_head`, whether a From field heads a memo typed into the text.
"""

from __future__ import annotations

import re

from onrecord.mail.notes import is_groupwise_line
from onrecord.mail.quotes import field_of, may_open_header, quote_depth

__all__ = ["body_lines", "features", "may_be_marker", "memo_head", "to_fields", "unquoted"]


def body_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, the end excluding the line break (\\n, \\r\\n or \\r)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            end = n
            if pos < n:
                spans.append((pos, end - (1 if text.endswith("\r") else 0)))
            break
        end = nl - 1 if nl > pos and text[nl - 1] == "\r" else nl
        spans.append((pos, end))
        pos = nl + 1
    return spans


def unquoted(raw: list[str]) -> tuple[list[str], list[int]]:
    inner: list[str] = []
    depth: list[int] = []
    for line in raw:
        if ">" not in line[:40]:  # quote_depth's own first test, without the call
            depth.append(0)
            inner.append(line)
            continue
        d, plen = quote_depth(line)
        if d >= 2 and line.rstrip().endswith("<<") and line[plen:].strip(" <"):
            d = 0  # ">>> http://example.com <<<": arrows around a line, not quoting
        elif d in (2, 3) and (
            is_groupwise_line(line) or (line.strip() == ">>>" and depth and not depth[-1])
        ):
            d = 0  # GroupWise's ">>> Name <a@b> 09/26/01 10:27AM >>>" introduces a flat quote
        depth.append(d)
        inner.append(line[plen:] if d else line)
    return inner, depth


_COLONS = (":", "\uff1a")


def features(raw: list[str], inner: list[str]) -> tuple[list[bool], list[bool], list[bool]]:
    """Per line, computed once: (blank, colon, cand).

    ``colon``: the line (its unquoted text) has a colon among its first 27 characters, without
    which it cannot be a header field (:func:`match_header_block`: up to 8 spaces, 2 ``*``/``_``,
    a name of at most 13 letters, 2 ``*``/``_`` and a space before the colon). ``cand``: a reply header (:func:`match_reply_header`, on the
    lines or on their unquoted text) may start at the line. Such a header ends with a colon or
    carries an address on one of its (at most three) lines, or is Android's dashed header
    ("-- … wrote --"), Gmail's date with "GMT" without the address, or Polymail's ("On …" and a
    blank line); one wrapped over more lines has a first line that opens a header
    (:func:`may_open_header`). A line with none of these within reach cannot start one, so the
    regexes are skipped for it.
    """
    n = len(raw)
    blank = [False] * n
    colon = [False] * n
    hint = [False] * (n + 2)
    for k in range(n):
        line = raw[k]
        if not line or line.isspace():
            blank[k] = True
            continue
        if ":" in line or "\uff1a" in line:
            head = inner[k][:27]
            colon[k] = ":" in head or "\uff1a" in head
            hint[k] = "@" in line or line.rstrip().endswith(_COLONS)
        elif "@" in line:
            hint[k] = True
    cand = [False] * n
    for k in range(n):
        if hint[k]:
            cand[k] = True
            continue
        if blank[k]:
            continue
        s = inner[k].strip()
        if not s:
            continue
        cand[k] = (
            s.startswith("--")
            or (s[0].isdigit() and "GMT" in s)
            or ((hint[k + 1] or hint[k + 2] or s[:3] in _POLYMAIL_OPEN) and may_open_header(s))
        )
    return blank, colon, cand


_POLYMAIL_OPEN = frozenset(("on ", "On ", "oN ", "ON "))
_MARKER_DASH = frozenset("-=_*")
_MARKER_WORD = frozenset("bBaAdDiIcCfFwWmMvVpP")


def may_be_marker(line: str) -> bool:
    """Whether a non-blank line may be a forward marker or an "Original Message" line.

    Both start (after spaces) with a rule (``--``, ``==``, ``__``, ``**``) or are a phrase of a
    line under 120 characters starting with one of a few letters ("Begin forwarded message:",
    "Weitergeleitete Nachricht", "Original message processed by …"); a cheap test before the
    regexes.
    """
    c = line.lstrip()[0]
    if c == "." and line.lstrip()[1:2] in _MARKER_DASH:  # ".-----Original Message-----"
        return True
    return (
        c in _MARKER_DASH
        or c == "o"
        or c == "O"
        or (len(line) < 120 and (c in _MARKER_WORD or c >= "\x80"))
    )


def to_fields(raw: list[str], colon: list[bool]) -> list[int]:
    """Per line: the index of the next line after it that is a To/cc/bcc field in any language
    (a large number when none; only a line with an early colon can be one). A Notes header block
    has one within a few lines of its first line, so the Notes matchers are tried only there."""
    n = len(raw)
    out = [n + 100] * n
    following = n + 100
    for k in range(n - 1, -1, -1):
        out[k] = following
        if colon[k]:
            found = field_of(raw[k])
            if found is not None and found[0] == "to":
                following = k
    return out


_MEMO_TO = re.compile(r"^[ \t]*(?:memo(?:randum)?[ \t]+)?to[ \t]*:", re.IGNORECASE)
_MEMO_TITLE = re.compile(r"^[ \t]*(?:inter-?office[ \t]+)?memo(?:randum)?[ \t]*$", re.IGNORECASE)


def memo_head(raw: list[str], i: int) -> bool:
    """Whether the From field at ``raw[i]`` is the head of a memo typed into the text
    ("MEMORANDUM / TO: Regulatory Affairs Committee / FROM: Jim Steffes / DATE: … / RE: …",
    "MEMO TO: Latin American Committee / FROM: Pedro D. Martinez"): a To field above it, which no
    mail client prints above From, that opens "MEMO TO:", stands under a memo title, or stands
    at the top of the body under at most a title."""
    top = -1
    for k in range(i - 1, max(-1, i - 9), -1):
        line = raw[k]
        if line.strip() and len(line) < 300 and _MEMO_TO.match(line):
            top = k
            break
    if top < 0:
        return False
    if raw[top].lstrip()[:1] in "Mm":
        return True  # "MEMO TO:"
    near = [x for x in raw[max(0, top - 3) : top] if x.strip()]
    if near and _MEMO_TITLE.match(near[-1]):
        return True
    if top > 40:
        return False
    above = [x for x in raw[:top] if x.strip()]
    return len(above) <= 2 and all(len(x.strip()) < 40 and field_of(x) is None for x in above)
