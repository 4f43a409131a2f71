"""The lines of a sentence that are mail machinery or courtesy, not anybody's statement.

A sentence is cut from a segment by punctuation and blank lines, so a line that has neither can
end up glued to the first sentence of the text it introduces:

- Gmail's reply header with the quoted text right under it ("On Tue, 10 Sep 2019 at 14:02,
  Priya <p@x> wrote:\\nPriya,\\nWe move the launch ...");
- Outlook's separator line of underscores with its "Van: … Verzonden: … Aan: … Onderwerp:"
  block; "-----Original Message-----"; forward markers ("Begin doorgestuurd bericht:");
- a salutation line ("Marcus, Sam, Greta,") above the first sentence, a sign-off line
  ("Best, Ilse") under the last;
- attachment placeholders that Notes and Exchange leave in the text ("<<draft2.doc>>",
  " - Brief of Enron.pdf", "(See attached file: x.doc)").

:func:`trim` gives the part of a sentence that is left once those lines are taken off its start
and end (an empty span when nothing is left). Lines are read with the parsers the segmenter
uses (:mod:`onrecord.mail.quotes`, :mod:`onrecord.mail.forwards`), so what starts a quote there
is machinery here.
"""

from __future__ import annotations

from onrecord.mail.courtesy import is_courtesy
from onrecord.mail.forwards import is_forward_marker
from onrecord.mail.quotes import (
    ORIGINAL_MESSAGE,
    is_subject_line,
    match_header_block,
    match_named_header,
    match_reply_header,
)
from onrecord.mail.signatures import is_attachment_line

__all__ = ["lead", "trim"]

_SEPARATOR_CHARS = frozenset("-_=*~ \t")


def _is_separator(line: str) -> bool:
    s = line.strip()
    return len(s) >= 3 and set(s) <= _SEPARATOR_CHARS


def _opens(line: str) -> bool:
    """Whether a line starts a sentence (a capital, a digit or a quote first)."""
    s = line.lstrip(" \t>\"'“‘(*-")
    return bool(s) and (s[0].isupper() or s[0].isdigit())


def _machinery_lines(lines: list[str], i: int) -> int:
    """How many lines from ``lines[i]`` are machinery (0: none)."""
    line = lines[i]
    if not line.strip() or _is_separator(line):
        return 1
    if is_forward_marker(line) or ORIGINAL_MESSAGE.match(line) or is_attachment_line(line):
        return 1
    block = match_header_block(lines, i)
    if block is not None:
        return block.end - i + 1
    if is_subject_line(line) and i + 1 < len(lines):  # Thunderbird: Subject, Date, From, To
        block = match_header_block(lines, i + 1, need=1)
        if block is not None:
            return block.end - i + 1
    header = match_reply_header(lines, i) or match_named_header(line)
    if header is not None:
        return header.lines
    return 0


def trim(raw: str) -> tuple[int, int]:
    """``(start, end)`` of what is left of the sentence ``raw`` without its leading machinery
    and courtesy lines and its trailing sign-off lines; ``start == end`` when nothing is."""
    if "\n" not in raw and "\r" not in raw:
        whole = raw.strip()
        gone = (
            not whole
            or _is_separator(whole)
            or is_forward_marker(whole)
            or is_courtesy(whole)
            or is_attachment_line(whole)
        )
        return (0, 0) if gone else (0, len(raw))
    lines = raw.splitlines(keepends=True)
    bare = [ln.rstrip("\r\n") for ln in lines]
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln))
    i, n = 0, len(lines)
    while i < n:
        k = _machinery_lines(bare, i)
        if k == 0 and i < n - 1 and _opens(bare[i + 1]) and is_courtesy(bare[i]):
            k = 1  # a salutation line above the text (not "Greg Whalley,\ncurrently CEO …")
        if k == 0:
            break
        i += k
    j = n
    while j > i + 1 and (
        not bare[j - 1].strip() or is_courtesy(bare[j - 1]) or is_attachment_line(bare[j - 1])
    ):
        j -= 1  # a sign-off line or an attachment placeholder under the text
    if i >= n:
        return 0, 0
    if j == i + 1 and is_courtesy(bare[i]):
        return 0, 0
    start, end = starts[i], starts[j]
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def lead(text: str) -> int:
    """How many characters at the start of a segment's text are machinery lines: the header
    block, marker and separator lines that introduce a quoted or forwarded message.

    Taken off before the text is cut into sentences: a header block is not a sentence, and a
    sentence splitter cuts it at any period ("From: Theriot, Kim S." / "Sent: …"), leaving
    pieces that no longer look like a header to :func:`trim`.
    """
    lines = text.splitlines(keepends=True)
    bare = [ln.rstrip("\r\n") for ln in lines]
    i = 0
    while i < len(lines):
        k = _machinery_lines(bare, i)
        if k == 0:
            break
        i += k
    return sum(len(ln) for ln in lines[:i]) if i < len(lines) else len(text)
