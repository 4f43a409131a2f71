"""Lotus Notes' two-column header, as some gateways print it: the sender, "Sent by:" and the date
down the left column, To/cc/Subject down the right one, both wrapped::

                        "Love, Anne"
                        <ALove@talisman-e        To:     "'Carol St Clair'"
    <Carol.St.Clair@enron.com>
                        nergy.com>               cc:     …
                        06/29/2000 11:46         Subject:     revised Enron
    Online
                        AM

                        Molly Sample
                        Sent by:             To:     Mark.Taylor@Enron.com
                        Autumn               cc:     Dana
    Gibbs/Houston/Eott@Eott, Charles Uus/Houston/Eott@Eott
                        Cartier              Subject:     Enron Online


                        07/17/00
                        01:32 PM

A short writer puts To on the name line ("Anne Whitfield     To:     Mark Taylor/HOU/ECT@ECT"),
and a field that a gateway shifted left of the To column ends the left column's piece there.

The writer is read from the left column (its pieces up to "Sent by:" or the date, joined; a
title in brackets, "Mark Taylor (Vice President and General Counsel) @ENRON", dropped); the header
runs to the first blank line after Subject, or on to the date lines that the left column still
holds below it.
"""

from __future__ import annotations

import re

from onrecord.mail.notes_base import (
    DATE_LINE,
    MAX_LINE,
    TIME_LINE,
    NotesHeader,
    author_of,
    dated,
    plausible_name,
)

__all__ = ["match_notes_columns", "writer_of"]

_COLUMN_TO = re.compile(r"^(?P<left>[ \t]*\S[^\n]{0,60}?)?[ \t]{2,}To:(?:[ \t]|$)")
_COLUMN_SUBJECT = re.compile(r"[ \t]{2,}Subject:(?:[ \t]|$)")
_SENT_BY = re.compile(r"^sent by\b", re.IGNORECASE)
_FIELD_IN = re.compile(r"[ \t]{2,}(?:To|cc|bcc|Subject):(?:[ \t]|$)", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()]{0,80}\)")


def _join_column(pieces: list[str]) -> str:
    """The writer from the pieces of a wrapped left column: an address cut anywhere is joined
    back ("<ALove@talisman-e" + "nergy.com>", "Charles.Yeung" + "@enron.com")."""
    out = ""
    for piece in pieces:
        last = out.rsplit(" ", 1)[-1]
        glued = piece.startswith("@") or (
            ("@" in last or last.startswith("<")) and not last.endswith(">") and " " not in piece
        )
        out = f"{out}{piece}" if glued or not out else f"{out} {piece}"
    return out


def writer_of(pieces: list[str]) -> str:
    """The writer's part of the left column: up to "Sent by:", without a bracketed title."""
    for at, piece in enumerate(pieces):
        if _SENT_BY.match(piece):
            pieces = pieces[:at]
            break
    who = _join_column(pieces)
    if "(" in who:
        who = " ".join(_BRACKETED.sub(" ", who).split()).replace(" @", "@")
    return who


def match_notes_columns(lines: list[str], i: int) -> NotesHeader | None:
    """The two-column header whose first left-column line is ``lines[i]`` (see the module)."""
    first = lines[i]
    indent = len(first) - len(first.lstrip())
    if indent < 8 or len(first) > MAX_LINE:
        return None
    col = -1
    for k in range(i, min(i + 8, len(lines))):  # a long writer pushes To down the column; a
        m = _COLUMN_TO.match(lines[k]) if len(lines[k]) < MAX_LINE else None  # short one has
        if m is not None:  # it on its own line
            col = lines[k].index("To:", m.end() - 4)
            break
    if col < indent + 10 or (
        col > 0 and _COLUMN_TO.match(first) and not plausible_name(_left(first, col))
    ):
        return None
    pieces: list[str] = []
    date = ""
    end = None
    k = i
    stop = min(i + 200, len(lines))  # a cc list of a hundred addresses wraps over 60 lines
    while k < stop:
        line = lines[k]
        if end is not None and not line.strip():
            k = _date_below(lines, k, indent, col)
            if k < 0:
                break
            line = lines[k]
        if abs(len(line) - len(line.lstrip()) - indent) <= 1:  # a left-column piece (a gateway
            # may shift a wrapped piece by one column; other lines are wrapped right-column text)
            piece = _left(line, col)
            if DATE_LINE.match(piece) or (date and piece):
                date = f"{date} {piece}".strip()
            elif piece and not date:
                pieces.append(piece)
        if _COLUMN_SUBJECT.search(line) or end is not None:
            end = k
        k += 1
    if end is None or not pieces:
        return None
    who = writer_of(pieces)
    if not plausible_name(who):
        return None
    return dated(author_of(who), end, date)


def _left(line: str, col: int) -> str:
    """The left-column piece of a header line: up to the To column, or up to a field that a
    gateway shifted left of it ("09/18/2000 02:41 PM       cc: Ben Ortiz/HOU/ECT@ECT")."""
    piece = line[:col]
    m = _FIELD_IN.search(piece)
    return (piece[: m.start()] if m else piece).strip()


def _date_below(lines: list[str], k: int, indent: int, col: int) -> int:
    """The next line after the blank ``lines[k]`` when it is a date or time piece of the left
    column (the column ran longer than the right one, maybe over a few blank lines), else -1."""
    j = k
    while j < min(k + 5, len(lines)) and not lines[j].strip():
        j += 1
    if j >= len(lines) or j - k > 4:
        return -1
    line = lines[j]
    piece = line.strip()
    if abs(len(line) - len(line.lstrip()) - indent) > 1 or len(line) > col + 4:
        return -1
    return j if DATE_LINE.match(piece) or TIME_LINE.match(piece) else -1
