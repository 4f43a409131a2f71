"""Lotus Notes and GroupWise reply and forward forms: the lines above a quoted or forwarded message
in mail from the Notes era, which has no ``>`` quoting and no "On … wrote:".

Notes writes the original message below a reply or a forward as plain text, introduced by a
header block, and a forward adds a marker line above it::

    ---------------------- Forwarded by Sara Shackleton/HOU/ECT on 01/31/2000
    08:53 AM ---------------------------

    Richard B Sanders                      "Seabron Adamson" <s@x.com> on 06/05/2001
    01/31/2000 04:59 AM                    08:29:53 AM
    To: Sara Shackleton/HOU/ECT@ECT        Please respond to <s@x.com>
    cc:                                    To: <Richard.Shapiro@enron.com>
    Subject: Re: Admissability of tapes    cc:
                                           Subject: White paper/RTOs

- :func:`match_notes_forward`: the marker, in English, Dutch ("Doorgestuurd door … op …"),
  German ("Weitergeleitet von … am …"), French, Spanish, Italian and the Scandinavian forms,
  wrapped over up to three lines (Notes wraps it at 78 columns).
- :func:`match_notes_header`: the sender part (a name line and a date line, or one
  "NAME on DATE" line, also "From: NAME on DATE"; NAME is a plain name, ``"Name" <addr>``, an
  address or a hierarchical name ``First Last/OU/ORG@ORG``), optional "Please respond to" and
  "Sent by:" lines, then To/cc/bcc/Subject fields (the words of
  :func:`onrecord.mail.quotes.field_of`, so every language the Outlook blocks know), with wrapped
  recipient lists and the blank lines Notes puts between fields.
- Notes R5's "----- Message from NAME on DATE -----" over To/cc/Subject (a quote), and a
  letterhead line ("Enron Capital & Trade Resources Corp.") over a "From: NAME" sender line.
- :func:`match_notes_columns`: the same header printed in two columns (sender and date on
  the left, To/cc/Subject on the right), wrapped by a gateway.
- :func:`match_groupwise_header`: ``>>> "Taylor, Michael E" <M@x.com> 09/26/01 10:27AM >>>``
  (Novell GroupWise), whose arrows are not ``>`` quoting.

The writer is the name as written (``Sara Shackleton/HOU/ECT@ECT``, ``Mark Taylor@ECT``) or,
where the line carries an SMTP address, that address and its display name. Every function looks
at a bounded number of lines of bounded length, with regexes free of nested repetition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from onrecord.mail.quotes import EMAIL, address_of, date_of, field_of, match_header_block
from onrecord.record.model import Address

__all__ = [
    "NotesHeader",
    "is_groupwise_line",
    "match_groupwise_header",
    "match_notes_columns",
    "match_notes_forward",
    "match_notes_header",
    "match_notes_intro",
]

_MAX = 300  # longer lines are never a sender line, a marker or a wrapped recipient line
_MAX_FIELD = 8000  # a To/cc field on one line may list a hundred recipients
_DIGIT = re.compile(r"\d")

_DAY = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?"
_DATE_LINE = re.compile(rf"^[ \t]*(?P<date>{_DAY}(?:[ \t]+{_TIME})?)[ \t]*$")
_TIME_LINE = re.compile(rf"^[ \t]*(?P<time>{_TIME})[ \t]*-*[ \t]*$")
# "on" in the languages of the forward markers and of the header words
_ON = r"(?:on|op|am|le|el|il|em|den|på|dnia)"
_FORWARDED_BY = (
    r"forwarded by|doorgestuurd door|weitergeleitet von|transféré par|transfere par|"
    r"reenviado por|inoltrato da|encaminhado por|videresendt af|videresendt av|"
    r"vidarebefordrat av|przekazane przez"
)
_FORWARD = re.compile(
    rf"^[ \t]*-{{2,}}[ \t]*(?:{_FORWARDED_BY})[ \t]+(?P<who>[^\n]{{1,160}}?)[ \t]+{_ON}[ \t]+"
    rf"(?P<date>{_DAY}(?:[ \t]+{_TIME})?)[ \t]*-*[ \t]*$",
    re.IGNORECASE,
)
# what Notes wraps of a marker onto the next line: the time and/or the rest of the dashes
_MARKER_TAIL = re.compile(
    r"^[ \t]*(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*)?(?P<ampm>[AaPp]\.?[Mm]\.?)?"
    r"(?P<rest>[ \t]*-{2,})?[ \t]*$"
)
_FORWARD_OPEN = re.compile(rf"^[ \t]*-{{2,}}[ \t]*(?:{_FORWARDED_BY})\b", re.IGNORECASE)
_SENDER_ON = re.compile(
    rf"^[ \t]*(?:from[ \t]*:[ \t]*)?(?P<who>[^\n]{{1,200}}?)[ \t]+{_ON}[ \t]+"
    rf"(?P<date>{_DAY}(?:[ \t]+{_TIME})?)[ \t]*$",
    re.IGNORECASE,
)
# "From:  Robert Hemstock            04/26/2001 04:56 PM", "Dale Neuner   03/23/2000 08:31 AM"
_SENDER_SPACED = re.compile(
    rf"^[ \t]*(?:from[ \t]*:[ \t]*)?(?P<who>[^\t\n]{{1,120}}?)(?:[ \t]{{2,}}|\t)"
    rf"(?P<date>{_DAY}[ \t]+{_TIME})[ \t]*$",
    re.IGNORECASE,
)
# "Enron Energy Services  From:  Kathy Dodgen     07/10/2001 10:56 AM Phone No: 713 853-6077"
_FROM_AMID = re.compile(
    rf"^[ \t]*[^:\n]{{1,60}}?[ \t]{{2,}}from[ \t]*:[ \t]*(?P<who>[^\t\n]{{1,120}}?)[ \t]{{2,}}"
    rf"(?P<date>{_DAY}[ \t]+{_TIME})(?:[ \t]+[^\n]{{0,200}})?$",
    re.IGNORECASE,
)
# the whole header on one line: "Richard Shapiro@ENRON 07/06/2001 11:32 AM   To: … cc: … Subject: …"
_ONE_LINE = re.compile(
    rf"^[ \t]*(?:from[ \t]*:[ \t]*)?(?P<who>[^\t\n]{{1,120}}?)[ \t]+(?P<date>{_DAY}[ \t]+{_TIME})"
    r"[ \t]+To[ \t]*:[^\n]*$",
    re.IGNORECASE,
)
# "Enron Capital & Trade Resources Corp. - Europe": capitalised words, no sentence
_LETTERHEAD = re.compile(r"^[ \t]*[A-Z][\w.'-]*(?:[ \t]+(?:[A-Z][\w.'-]*|&|-)){1,8}[ \t]*$")
_FROM_NAME = re.compile(r"^[ \t]*from[ \t]*:[ \t]*", re.IGNORECASE)
_EXTRA = re.compile(r"^[ \t]*(?:please respond to|sent by[ \t]*:)", re.IGNORECASE)
_NAME_LINE = re.compile(r"^[ \t]*[\"'\w(<][^:;!?]{0,118}$")
_NOTES_NAME = re.compile(r"^[\w .,'()&-]{1,80}(?:[/\\][\w .&-]{1,40}){0,5}(?:@[\w .-]{1,60}){0,3}$")
_GROUPWISE = re.compile(
    rf"^[ \t]*>>>?[ \t]*(?P<who>[^\n]{{1,200}}?)[ \t]+(?P<date>{_DAY}[ \t]+{_TIME})[ \t]*"
    r"(?P<arrows>>>>)?[ \t]*$"
)


@dataclass(slots=True)
class NotesHeader:
    """A recognised form: its last line (inclusive) and the writer and date it names."""

    end: int
    author: Address
    date: datetime | None
    offset: int | None
    forward: bool = False


def _author(who: str) -> Address:
    """The writer of a header: display name and SMTP address where there is one, else the
    name as written (a Notes hierarchical name keeps its /OU/ORG@DOMAIN)."""
    who = who.strip().strip(",").strip()
    if "@" in who and EMAIL.search(who):
        found = address_of(who)
        if found.email:
            return found
    return Address(name=re.sub(r"\s+", " ", who.strip("\"' \t")), email="")


def _dated(author: Address, end: int, when: str) -> NotesHeader:
    date, offset = date_of(when)
    return NotesHeader(end=end, author=author, date=date, offset=offset)


def _next(lines: list[str], j: int, limit: int) -> int:
    """The next non-blank line from ``j``, at most ``limit`` lines on (``len`` when none)."""
    stop = min(len(lines), j + limit + 1)
    while j < stop and not lines[j].strip():
        j += 1
    return j if j < stop else len(lines)


def match_notes_forward(lines: list[str], i: int) -> NotesHeader | None:
    """A Notes forward marker at ``lines[i]`` ("----- Forwarded by NAME on DATE -----"), wrapped
    over up to three lines; ``author`` is the forwarder, ``end`` the marker's last line."""
    first = lines[i]
    if len(first) > _MAX or _FORWARD_OPEN.match(first) is None:
        return None
    chunk = first.strip()
    for k in range(i, min(i + 3, len(lines))):
        if k > i:
            part = lines[k].strip()
            if not part or len(part) > _MAX:
                return None
            chunk = f"{chunk} {part}"
        m = _FORWARD.match(chunk)
        if m is not None:
            date = m.group("date")
            if k + 1 < len(lines) and len(lines[k + 1]) < _MAX:
                tail = _MARKER_TAIL.match(lines[k + 1])  # "PM -----", "08:53 AM ----" wrapped
                if tail and (tail.group("time") or tail.group("ampm") or tail.group("rest")):
                    date = f"{date} {tail.group('time') or ''}{tail.group('ampm') or ''}"
                    return _dated(_author(m.group("who")), k + 1, date)
            return _dated(_author(m.group("who")), k, date)
    return None


def match_notes_header(lines: list[str], i: int) -> NotesHeader | None:
    """A Notes header block starting at ``lines[i]``: its sender part, then To/cc/Subject.

    The sender part is a name line over a date line, or one "NAME on DATE" line (its time may
    wrap to the next line; "From: " may lead). Without a To or cc field within a few lines it
    is not a header (a name and a date at the end of a letter are a signature).
    """
    line = lines[i]
    if not line.strip() or len(line) > _MAX_FIELD or (len(line) > _MAX and "To" not in line):
        return None
    found = field_of(line)
    if found is not None and found[0] != "from":  # "From: NAME on DATE" is a sender line
        return None
    sender = _sender(lines, i)
    if sender is None:
        below = _next(lines, i + 1, 1)  # a letterhead line over the From line
        if (
            below >= len(lines)
            or len(line) > 60
            or not _LETTERHEAD.match(line)
            or not _FROM_NAME.match(lines[below])
        ):
            return None
        sender = _sender(lines, below)
        if sender is None:
            return None
    author, when, j = sender
    if j < 0:  # the sender and To on one line; cc and Subject may follow on lines of their own
        end = -j - 1
        k = _next(lines, end + 1, 2)
        if k < len(lines) and _is_field(lines[k]):
            end = _fields(lines, k) or k
        return _dated(author, end, when)
    k = _next(lines, j + 1, 5)
    extras = 0
    while k < len(lines) and extras < 3 and len(lines[k]) < _MAX and _EXTRA.match(lines[k]):
        extras += 1
        k = _next(lines, k + 1, 2)
    end = _fields(lines, k)
    if end is None:
        return None
    return _dated(author, end, when)


def _sender(lines: list[str], i: int) -> tuple[Address, str, int] | None:
    """(writer, date text, last line) of the sender part at ``lines[i]``; the last line is
    ``-i - 1`` for a header that stands on one line with its fields."""
    line = lines[i]
    if not _DIGIT.search(line) and not any(_DIGIT.search(x, 0, 40) for x in lines[i + 1 : i + 3]):
        return None  # every sender part carries a date, on its line or just under it
    one = _ONE_LINE.match(line) if "to" in line.lower() else None
    if one is not None and _plausible_name(one.group("who")):
        return _author(one.group("who")), one.group("date"), -i - 1
    if len(line) > _MAX:
        return None
    spaced = _FROM_AMID.match(line) if "rom" in line else None
    spaced = spaced or _SENDER_SPACED.match(line)
    if spaced is not None and _plausible_name(spaced.group("who")):
        return _author(spaced.group("who")), spaced.group("date"), i
    m = _SENDER_ON.match(line)
    if m is not None and _plausible_name(m.group("who")):
        date = m.group("date")
        if not re.search(r"\d[:.]\d{2}", date) and i + 1 < len(lines):
            tm = _TIME_LINE.match(lines[i + 1])
            if tm:
                return _author(m.group("who")), f"{date} {tm.group('time')}", i + 1
        return _author(m.group("who")), date, i
    if i + 1 < len(lines) and len(lines[i + 1]) < _MAX:
        joined = f"{line.strip()} {lines[i + 1].strip()}"  # "NAME on" / "DATE TIME" wrapped
        m = _SENDER_ON.match(joined)
        if m is not None and _plausible_name(m.group("who")) and not _DATE_LINE.match(line):
            return _author(m.group("who")), m.group("date"), i + 1
    named = _FROM_NAME.sub("", line)  # "From:  "Dave Krunnfusz" <d@agency.com>" over its date
    if _NAME_LINE.match(named) is None or not _plausible_name(named):
        return None
    line = named
    j = _next(lines, i + 1, 1)
    if j < len(lines) and len(lines[j]) < _MAX and _EXTRA.match(lines[j]):
        j = _next(lines, j + 1, 1)  # "Jeff Dasovich / Sent by: Jeff Dasovich / 05/21/2001 …"
    if j >= len(lines):
        return None
    dm = _DATE_LINE.match(lines[j])
    if dm is None:
        return None
    return _author(line), dm.group("date"), j


def _plausible_name(who: str) -> bool:
    """A writer: an address, ``"Name" <addr>``, or a short name (Notes hierarchical allowed),
    not a sentence."""
    s = who.strip()
    if not s or len(s) > 160:
        return False
    if "@" in s and EMAIL.search(s):
        return True
    s = s.strip("\"'")
    return len(s.split()) <= 6 and _NOTES_NAME.match(s) is not None and not s[:1].isdigit()


def _fields(lines: list[str], k: int) -> int | None:
    """The last line of a To/cc/bcc/Subject run starting at ``lines[k]`` (To or cc first), or
    None. Blank lines between fields and wrapped recipient lists belong to the run."""
    if k >= len(lines) or len(lines[k]) > _MAX_FIELD:
        return None
    found = field_of(lines[k])
    if found is None or found[0] != "to":
        return None
    end = k
    j = k + 1
    limit = min(len(lines), k + 40)
    while j < limit:
        line = lines[j]
        if not line.strip():
            nxt = _next(lines, j, 2)
            if nxt < len(lines) and len(lines[nxt]) < _MAX_FIELD and _is_field(lines[nxt]):
                j = nxt
                continue
            break
        found = field_of(line) if len(line) < _MAX_FIELD else None
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
    """The last line of a Subject that Notes wrapped at 78 columns: a long Subject line, one short
    line under it and a blank line after that."""
    if (
        len(lines[j].rstrip()) >= 60
        and j + 2 < len(lines)
        and 0 < len(lines[j + 1].strip()) < 60
        and not lines[j + 2].strip()
        and field_of(lines[j + 1]) is None
    ):
        return j + 1
    return j


def _is_field(line: str) -> bool:
    found = field_of(line)
    return found is not None and found[0] in ("to", "subject", "other")


def _continues(lines: list[str], j: int) -> bool:
    """A wrapped To/cc line: recipient names ("Cooper/LON/ECT@ECT, Justin Boyd/LON/ECT@ECT")
    or a line with a field right under it."""
    line = lines[j]
    if len(line) > _MAX:
        return False
    if "@" in line or "/" in line.split(",")[0]:
        return True
    return j + 1 < len(lines) and _is_field(lines[j + 1])


def is_groupwise_line(line: str) -> bool:
    """Whether a line is GroupWise's ``>>> Name DATE TIME >>>`` (closing arrows optional: they
    may wrap to a line of their own), which reads like ``>`` quoting but introduces a quote."""
    if len(line) > _MAX or ">>" not in line[:12]:
        return False
    m = _GROUPWISE.match(line)
    return m is not None and _plausible_name(m.group("who"))


def match_groupwise_header(lines: list[str], i: int) -> NotesHeader | None:
    """GroupWise's ``>>> Name <addr> MM/DD/YY HH:MMAM >>>`` (the closing arrows may wrap to
    the next line): the message below it is that writer's."""
    line = lines[i]
    if len(line) > _MAX or ">>" not in line[:12]:
        return None
    m = _GROUPWISE.match(line)
    if m is None or not _plausible_name(m.group("who")):
        return None
    end = i
    if m.group("arrows") is None:
        if i + 1 < len(lines) and lines[i + 1].strip() == ">>>":
            end = i + 1
        else:
            return None
    return _dated(_author(m.group("who")), end, m.group("date"))


def match_notes_intro(lines: list[str], i: int) -> NotesHeader | None:
    """What introduces a quoted or forwarded message at ``lines[i]``: a Notes forward (one or
    more markers, as a forward of a forward writes them, and the header block under them) or a
    Notes / GroupWise header block alone. ``end`` is the last line of the introduction; the
    author is the original writer from the header block (unknown when a marker has none).
    Everything from ``i`` to ``end`` is mail machinery, not anybody's statement.
    """
    fwd = match_notes_forward(lines, i)
    if fwd is None and lines[i].lstrip()[:2] == "--":
        return _message_from(lines, i)
    if fwd is None:
        return (
            match_notes_header(lines, i)
            or match_groupwise_header(lines, i)
            or _fields_alone(lines, i)
            or match_notes_columns(lines, i)
        )
    end = fwd.end
    for _ in range(8):
        j = _next(lines, end + 1, 4)
        if j >= len(lines):
            break
        again = match_notes_forward(lines, j)
        if again is not None:
            end = again.end
            continue
        header = (
            match_notes_header(lines, j)
            or _outlook_block(lines, j)
            or match_notes_columns(lines, j)
        )
        if header is not None:
            header.forward = True
            return header
        break
    return NotesHeader(end=end, author=Address("", ""), date=None, offset=None, forward=True)


def _outlook_block(lines: list[str], j: int) -> NotesHeader | None:
    """A From/Sent/To/Subject block right under a Notes forward marker."""
    block = match_header_block(lines, j)
    if block is None:
        return None
    return NotesHeader(end=block.end, author=block.author, date=block.date, offset=block.offset)


def _fields_alone(lines: list[str], i: int) -> NotesHeader | None:
    """A Notes header whose sender lines are lost (the archive kept "To: … cc: … Subject: …"):
    a paragraph that opens with To and ends with Subject introduces a message by an unknown
    writer. Not at the top of a body: a memo typed into a mail opens with To and Subject too."""
    if i == 0 or lines[i - 1].strip() or not any(x.strip() for x in lines[max(0, i - 40) : i]):
        return None
    end = _fields(lines, i)
    if end is None or end == i:
        return None
    found = field_of(lines[end])
    if found is None or found[0] != "subject":
        return None
    return NotesHeader(end=end, author=Address("", ""), date=None, offset=None)


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


_COLUMN_TO = re.compile(r"^(?P<left>[ \t]*\S[^\n]{0,60}?)?[ \t]{2,}To:[ \t]")
_COLUMN_SUBJECT = re.compile(r"[ \t]{2,}Subject:[ \t]")


def match_notes_columns(lines: list[str], i: int) -> NotesHeader | None:
    """Notes' two-column header, as printed by some gateways::

                            "Love, Anne"
                            <ALove@talisman-e        To:     "'Carol St Clair'"
        <Carol.St.Clair@enron.com>
                            nergy.com>               cc:     …
                            06/29/2000 11:46         Subject:     revised Enron
        Online
                            AM

    The writer is read from the left column (its pieces up to the date, joined), the header
    runs to the first blank line after Subject.
    """
    first = lines[i]
    indent = len(first) - len(first.lstrip())
    if indent < 8 or len(first) > _MAX or "To:" in first:
        return None
    col = -1
    for k in range(i + 1, min(i + 4, len(lines))):
        m = _COLUMN_TO.match(lines[k]) if len(lines[k]) < _MAX else None
        if m is not None:
            col = m.end() - len("To: ")
            break
    if col < indent + 10:
        return None
    pieces: list[str] = []
    date = ""
    end = None
    for k in range(i, min(i + 40, len(lines))):
        line = lines[k]
        if end is not None and not line.strip():
            break
        if len(line) - len(line.lstrip()) == indent:  # a left-column piece (others: wrapping)
            piece = line[:col].strip()
            if _DATE_LINE.match(piece) or (date and piece):
                date = f"{date} {piece}".strip()
            elif piece and not date:
                pieces.append(piece)
        if _COLUMN_SUBJECT.search(line) or end is not None:
            end = k
    if end is None or not pieces:
        return None
    who = _join_column(pieces)
    if not _plausible_name(who):
        return None
    return _dated(_author(who), end, date)


_MESSAGE_FROM = re.compile(
    rf"^[ \t]*-{{2,}}[ \t]*(?:message from|bericht van|nachricht von|message de)[ \t]+"
    rf"(?P<who>[^\n]{{1,160}}?)[ \t]+{_ON}[ \t]+(?P<date>[^\n]{{6,60}}?)[ \t]*-{{2,}}[ \t]*$",
    re.IGNORECASE,
)


def _message_from(lines: list[str], i: int) -> NotesHeader | None:
    """Notes R5's quote header "----- Message from NAME on DATE -----" and the To/cc/Subject
    fields under it."""
    if len(lines[i]) > _MAX:
        return None
    m = _MESSAGE_FROM.match(lines[i])
    end = i
    if m is None and i + 1 < len(lines) and len(lines[i + 1]) < _MAX:  # wrapped at 78 columns
        m = _MESSAGE_FROM.match(f"{lines[i].rstrip()} {lines[i + 1].strip()}")
        end = i + 1
    if m is None:
        return None
    k = _next(lines, end + 1, 2)
    if k < len(lines) and _is_field(lines[k]):
        end = _fields(lines, k) or k
    return _dated(_author(m.group("who")), end, m.group("date"))
