"""What the Lotus Notes forms (:mod:`onrecord.mail.notes`, :mod:`onrecord.mail.notes_columns`)
share: the date and time shapes, the writer of a header, and the To/cc/Subject run under a sender.

A Notes header names its writer as written (``Sara Shackleton/HOU/ECT@ECT``, ``Mark Taylor@ECT``,
``"Manuel, Erica" <Erica.Manuel@edelman.com>``), dates it with a numeric date and time, and lists
its recipients in To/cc/bcc fields that may wrap over many lines (a hundred recipients, one
announcement to a whole department), then a Subject that Notes wraps at 78 columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from onrecord.mail.quotes import EMAIL, address_of, date_of, field_of
from onrecord.record.model import Address

__all__ = [
    "DATE_LINE",
    "DAY",
    "MAX_FIELD",
    "MAX_LINE",
    "TIME",
    "TIME_LINE",
    "NotesHeader",
    "author_of",
    "dated",
    "field_run",
    "is_field",
    "next_nonblank",
    "plausible_name",
]

MAX_LINE = 300  # longer lines are never a sender line, a marker or a wrapped recipient line
MAX_FIELD = 8000  # a To/cc field on one line may list a hundred recipients
# the most lines a To/cc/Subject run may span: a distribution list of 150 names wraps over 80
_MAX_RUN = 200

DAY = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?"
DATE_LINE = re.compile(rf"^[ \t]*(?P<date>{DAY}(?:[ \t]+{TIME})?)[ \t]*$")
TIME_LINE = re.compile(rf"^[ \t]*(?P<time>{TIME})[ \t]*-*[ \t]*$")
_NOTES_NAME = re.compile(r"^[\w .,'()&-]{1,80}(?:[/\\][\w .&-]{1,40}){0,5}(?:@[\w .-]{1,60}){0,3}$")
# a character a charset mix-up left inside a name ("Rogelio L?pez"): read as a letter
_LOST_LETTER = re.compile(r"(?<=\w)\?(?=\w)")


@dataclass(slots=True)
class NotesHeader:
    """A recognised form: its last line (inclusive) and the writer and date it names."""

    end: int
    author: Address
    date: datetime | None
    offset: int | None
    forward: bool = False


def author_of(who: str) -> Address:
    """The writer of a header: display name and SMTP address where there is one, else the
    name as written (a Notes hierarchical name keeps its /OU/ORG@DOMAIN)."""
    who = who.strip().strip(",").strip()
    if "@" in who and EMAIL.search(who):
        found = address_of(who)
        if found.email:
            return found
    return Address(name=re.sub(r"\s+", " ", who.strip("\"' \t")), email="")


def dated(author: Address, end: int, when: str) -> NotesHeader:
    date, offset = date_of(when)
    return NotesHeader(end=end, author=author, date=date, offset=offset)


def next_nonblank(lines: list[str], j: int, limit: int) -> int:
    """The next non-blank line from ``j``, at most ``limit`` lines on (``len`` when none)."""
    stop = min(len(lines), j + limit + 1)
    while j < stop and not lines[j].strip():
        j += 1
    return j if j < stop else len(lines)


def plausible_name(who: str) -> bool:
    """A writer: an address, ``"Name" <addr>``, or a short name (Notes hierarchical allowed),
    not a sentence. A Notes domain (``@ ECT``) does not count as words of the name."""
    s = who.strip()
    if not s or len(s) > 160:
        return False
    if "@" in s and EMAIL.search(s):
        return True
    s = _LOST_LETTER.sub("x", s.strip("\"'"))
    words = s.split("@")[0].replace(" - ", " ").split()
    return 0 < len(words) <= 7 and _NOTES_NAME.match(s) is not None and not s[:1].isdigit()


def field_run(lines: list[str], k: int) -> int | None:
    """The last line of a To/cc/bcc/Subject run starting at ``lines[k]`` (To or cc first), or
    None. Blank lines between fields and wrapped recipient lists belong to the run."""
    if k >= len(lines) or len(lines[k]) > MAX_FIELD:
        return None
    found = field_of(lines[k])
    if found is None or found[0] != "to":
        return None
    return run_end(lines, k)


def run_end(lines: list[str], k: int) -> int:
    """The last line of the header run whose first line (a field or a sender line that carries
    the To field) is ``lines[k]``: more fields, wrapped recipients, a wrapped Subject."""
    end = k
    j = k + 1
    limit = min(len(lines), k + _MAX_RUN)
    while j < limit:
        line = lines[j]
        if not line.strip():
            nxt = next_nonblank(lines, j, 4)
            if nxt < len(lines) and len(lines[nxt]) < MAX_FIELD and is_field(lines[nxt]):
                j = nxt
                continue
            break
        found = field_of(line) if len(line) < MAX_FIELD else None
        if found is not None and found[0] in ("to", "subject", "other"):
            end = j
            if found[0] == "subject":
                end = _subject_wrap(lines, j)
                break
            j += 1
            continue
        if found is None and _continues(lines, j):
            end = j
            j += 1
            continue
        break
    return end


def _subject_wrap(lines: list[str], j: int) -> int:
    """The last line of a Subject that Notes wrapped: one short line under it and a blank line
    (or the end) after that, where the Subject line is long or the line under it is indented
    ("Subject:  JDS Uniphase Corporation Strongly Supports" over "      Retention of …"); or two
    lines under it, the first cut at 78 columns (its next word would not have fitted)."""
    if j + 1 >= len(lines) or len(lines[j + 1]) > MAX_LINE:
        return j
    under, width, size = lines[j + 1], len(lines[j].rstrip()), len(lines[j + 1].strip())
    if (
        ((width >= 60 and 0 < size < 60) or (under[:1] in " \t" and width >= 40 and 0 < size < 70))
        and (j + 2 >= len(lines) or not lines[j + 2].strip())
        and field_of(under) is None
        and not _sentence_end(under)  # the text's line
    ):
        return j + 1
    if j + 2 >= len(lines) or len(lines[j + 2]) > MAX_LINE or width < 60:
        return j
    last = lines[j + 2].strip()
    if (
        50 <= size <= 80
        and 0 < len(last) < 60
        and size + 1 + len(last.split()[0]) > 76  # why the line was cut
        and (j + 3 >= len(lines) or not lines[j + 3].strip())
        and field_of(under) is None
        and field_of(lines[j + 2]) is None
        and not _sentence_end(under)
        and not last.endswith((".", "?", "!", ":", ";"))  # a subject has no full stop
    ):
        return j + 2
    return j


def _sentence_end(line: str) -> bool:
    return line.rstrip().endswith(".") and len(line.split()) >= 4


def is_field(line: str) -> bool:
    found = field_of(line)
    return found is not None and found[0] in ("to", "subject", "other")


def _continues(lines: list[str], j: int) -> bool:
    """A wrapped To/cc line: recipient names ("Cooper/LON/ECT@ECT, Justin Boyd/LON/ECT@ECT"),
    the rest of a list the line above ends with a comma, or lines with a field right under them."""
    line = lines[j]
    if len(line) > MAX_LINE:
        return False
    if "@" in line or "/" in line.split(",")[0] or lines[j - 1].rstrip()[-1:] in ",;":
        return True  # recipients, or a list that the line above leaves open ("Everyone_in_X,")
    for k in range(j + 1, min(j + 4, len(lines))):  # the rest of the list, then cc or Subject
        nxt = lines[k]
        if not nxt.strip() or len(nxt) > MAX_LINE:
            return False
        if is_field(nxt):
            return True
        if nxt.rstrip()[-1:] in ".?!:":
            return False
    return False
