"""Lotus Notes' header block as some gateways print it: drawn as a text table, the sender and date
in one box, To/cc/Subject in another (or in a third column of the same box), every cell wrapped
at its own width and a line of the table sometimes wrapped again by the mail that carried it::

    |--------+----------------------->
    |        |          WMcgov1047@ao|
    |        |          l.com        |
    |        |          08/21/2000   |
    |--------+----------------------->
      >----------------------------------------------|
      |       To:     Mark.Taylor@enron.com,
    amh5h@virginia.edu                    |
      |       Subject:     Re: Welcome
    home!                                       |
      >----------------------------------------------|

The table runs from its first rule line over every line that opens or closes with a ``|`` (or is
a rule), across a blank line or two between boxes. It is a header only when its cells hold a To
field and a cc or Subject field (a table of figures or a boxed disclaimer holds none). The writer
is read from the cells before the first field, in reading order, without the date and time cells
(pieces of an address cut by the cell width are joined back); the date from the first date cell.
"""

from __future__ import annotations

import re

from onrecord.mail.notes_base import DATE_LINE, MAX_LINE, TIME_LINE, NotesHeader, author_of, dated
from onrecord.mail.notes_base import plausible_name as _plausible
from onrecord.mail.notes_columns import writer_of
from onrecord.mail.quotes import field_of

__all__ = ["match_notes_table", "starts_table"]

_MAX_ROWS = 120
# "|--------+----------->", "|------------------------|", ">-------------------|", "-|"
_RULE = re.compile(r"^[ \t]{0,8}(?:[|>]-{3,}[-+|>]*|-{1,3}\|)[ \t]*$")
_TOP = re.compile(r"^[ \t]{0,4}\|-{3,}[-+|>]*[ \t]*$")
_FIELD_CELL = re.compile(r"^(?:to|cc|bcc|subject)[ \t]*:", re.IGNORECASE)


def starts_table(line: str) -> bool:
    """Whether a line is the top rule of a text table ("|-----+-----")."""
    return len(line) < MAX_LINE and _TOP.match(line) is not None


def _in_table(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(line) < MAX_LINE and (s[0] == "|" or s[-1] == "|" or _RULE.match(line))


def match_notes_table(lines: list[str], i: int) -> NotesHeader | None:
    """The Notes header drawn as a table whose top rule is ``lines[i]`` (see the module)."""
    if i >= len(lines) or not starts_table(lines[i]):
        return None
    end = i
    k = i + 1
    stop = min(len(lines), i + _MAX_ROWS)
    while k < stop:
        if _in_table(lines[k]):
            end = k
            k += 1
            continue
        if lines[k].strip():
            break
        j = k
        while j < min(k + 3, stop) and not lines[j].strip():
            j += 1
        if j < stop and _in_table(lines[j]):
            k = j
            continue
        break
    cells = [
        cell.strip()
        for line in lines[i : end + 1]
        if not _RULE.match(line)
        for cell in line.split("|")
        if cell.strip()
    ]
    kinds = [_field(cell) for cell in cells]
    if "to" not in kinds or not ({"cc", "subject"} & set(kinds)):
        return None
    first = next(n for n, x in enumerate(kinds) if x)
    pieces: list[str] = []
    date = ""
    for cell in cells[:first]:
        if DATE_LINE.match(cell) or TIME_LINE.match(cell):
            date = f"{date} {cell}".strip()
        elif not date:
            pieces.append(cell)
    who = writer_of(pieces) if pieces else ""
    author = author_of(who) if who and _plausible(who) else author_of("")
    if date:
        return dated(author, end, date)
    return NotesHeader(end=end, author=author, date=None, offset=None)


def _field(cell: str) -> str:
    """The field a cell opens with ("to", "cc" or "subject"), else an empty string."""
    if _FIELD_CELL.match(cell) is None:
        return ""
    found = field_of(cell)
    if found is None:
        return ""
    word = cell.split(":", 1)[0].strip().lower()
    return "cc" if word in ("cc", "bcc") else found[0]
