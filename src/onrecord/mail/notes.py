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
  address or a hierarchical name ``First Last/OU/ORG@ORG``), optional "Please respond to",
  "Sent by:" and sender-detail lines ("Extn:  36452", "Location: EB 3817"), blank lines
  between them, then To/cc/bcc/Subject fields (the words of
  :func:`onrecord.mail.quotes.field_of`, so every language the Outlook blocks know), with wrapped
  recipient lists (a distribution list may wrap over a hundred lines; a one-line header's list
  wraps under it) and the blank lines Notes puts between fields.
- Under a forward marker, a header whose sender part has no form of its own (a table a gateway
  flattened, "NAME Sent by: OTHER DATE", a sender line lost): a few short lines, then the
  To/cc/Subject run; and a "Sent by: NAME" line over fields whose sender lines are lost.
- Notes R5's "----- Message from NAME on DATE -----" over To/cc/Subject (a quote), and a
  letterhead line ("Enron Capital & Trade Resources Corp.") over a "From: NAME" sender line.
- :func:`onrecord.mail.notes_columns.match_notes_columns`: the same header printed in two
  columns (sender and date on the left, To/cc/Subject on the right), wrapped by a gateway.
- :func:`match_groupwise_header`: ``>>> "Taylor, Michael E" <M@x.com> 09/26/01 10:27AM >>>``
  (Novell GroupWise; the year may be left out), whose arrows are not ``>`` quoting.

The writer is the name as written (``Sara Shackleton/HOU/ECT@ECT``, ``Mark Taylor@ECT``) or,
where the line carries an SMTP address, that address and its display name. Every function looks
at a bounded number of lines of bounded length, with regexes free of nested repetition.
"""

from __future__ import annotations

import re

from onrecord.mail.notes_base import (
    DATE_LINE,
    DAY,
    MAX_FIELD,
    MAX_LINE,
    TIME,
    TIME_LINE,
    NotesHeader,
    author_of,
    dated,
    field_run,
    is_field,
    next_nonblank,
    plausible_name,
    run_end,
)
from onrecord.mail.notes_columns import match_notes_columns
from onrecord.mail.notes_table import match_notes_table
from onrecord.mail.quotes import field_of, match_header_block
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

_DIGIT = re.compile(r"\d")
# "on" in the languages of the forward markers and of the header words
_ON = r"(?:on|op|am|le|el|il|em|den|på|dnia)"
_FORWARDED_BY = (
    r"forwarded by|doorgestuurd door|weitergeleitet von|transféré par|transfere par|"
    r"reenviado por|inoltrato da|encaminhado por|videresendt af|videresendt av|"
    r"vidarebefordrat av|przekazane przez"
)
_FORWARD = re.compile(
    rf"^[ \t]*-{{2,}}[ \t]*(?:{_FORWARDED_BY})[ \t]+(?P<who>[^\n]{{1,160}}?)[ \t]+{_ON}[ \t]+"
    rf"(?P<date>{DAY}(?:[ \t]+{TIME})?)[ \t]*-*[ \t]*$",
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
    rf"(?P<date>{DAY}(?:[ \t]+{TIME})?)[ \t]*$",
    re.IGNORECASE,
)
# "From:  Robert Hemstock            04/26/2001 04:56 PM", "Dale Neuner   03/23/2000 08:31 AM"
_SENDER_SPACED = re.compile(
    rf"^[ \t]*(?:from[ \t]*:[ \t]*)?(?P<who>[^\t\n]{{1,120}}?)(?:[ \t]{{2,}}|\t)"
    rf"(?P<date>{DAY}[ \t]+{TIME})[ \t]*$",
    re.IGNORECASE,
)
# "Enron Energy Services  From:  Kathy Dodgen     07/10/2001 10:56 AM Phone No: 713 853-6077"
_FROM_AMID = re.compile(
    rf"^[ \t]*[^:\n]{{1,60}}?[ \t]{{2,}}from[ \t]*:[ \t]*(?P<who>[^\t\n]{{1,120}}?)[ \t]{{2,}}"
    rf"(?P<date>{DAY}[ \t]+{TIME})(?:[ \t]+[^\n]{{0,200}})?$",
    re.IGNORECASE,
)
# the whole header on one line: "Richard Shapiro@ENRON 07/06/2001 11:32 AM   To: … cc: … Subject: …"
_ONE_LINE = re.compile(
    rf"^[ \t]*(?:from[ \t]*:[ \t]*)?(?P<who>[^\t\n]{{1,120}}?)[ \t]+(?P<date>{DAY}[ \t]+{TIME})"
    r"[ \t]+To[ \t]*:[^\n]*$",
    re.IGNORECASE,
)
# "Enron Capital & Trade Resources Corp. - Europe": capitalised words, no sentence
_LETTERHEAD = re.compile(r"^[ \t]*[A-Z][\w.'-]*(?:[ \t]+(?:[A-Z][\w.'-]*|&|-)){1,8}[ \t]*$")
_FROM_NAME = re.compile(r"^[ \t]*from[ \t]*:[ \t]*", re.IGNORECASE)
_EXTRA = re.compile(r"^[ \t]*(?:please respond to|sent by[ \t]*:)", re.IGNORECASE)
# a line of the sender's details that a Notes memo form prints between the sender part and To
# ("Extn:  36452", "Phone: 713-853-7658", "Location: EB 3817"): a short label and a short value
_DETAIL = re.compile(
    r"^[ \t]*[A-Z][\w.'/-]{0,15}(?:[ \t][\w.'/-]{1,15}){0,2}[ \t]*:[ \t]*\S[^\n:]{0,60}$"
)
_NAME_LINE = re.compile(r"^[ \t]*[\"'\w(<][^:;!?]{0,118}$")
_SUBJECT_IN = re.compile(r"\bSubject[ \t]*:", re.IGNORECASE)
# GroupWise may leave the year out: ">>> <Mark.Taylor@enron.com> 07/11 9:35 PM >>>"
_GROUPWISE = re.compile(
    rf"^[ \t]*>>>?[ \t]*(?P<who>[^\n]{{1,200}}?)[ \t]+(?P<date>(?:{DAY}|\d{{1,2}}/\d{{1,2}})"
    rf"[ \t]+{TIME})[ \t]*"
    r"(?P<arrows>>>>)?[ \t]*$"
)


def match_notes_forward(lines: list[str], i: int) -> NotesHeader | None:
    """A Notes forward marker at ``lines[i]`` ("----- Forwarded by NAME on DATE -----"), wrapped
    over up to three lines; ``author`` is the forwarder, ``end`` the marker's last line."""
    first = lines[i]
    if len(first) > MAX_LINE or _FORWARD_OPEN.match(first) is None:
        return None
    chunk = first.strip()
    for k in range(i, min(i + 3, len(lines))):
        if k > i:
            part = lines[k].strip()
            if not part or len(part) > MAX_LINE:
                return None
            chunk = f"{chunk} {part}"
        m = _FORWARD.match(chunk)
        if m is not None:
            date = m.group("date")
            if k + 1 < len(lines) and len(lines[k + 1]) < MAX_LINE:
                tail = _MARKER_TAIL.match(lines[k + 1])  # "PM -----", "08:53 AM ----" wrapped
                if tail and (tail.group("time") or tail.group("ampm") or tail.group("rest")):
                    date = f"{date} {tail.group('time') or ''}{tail.group('ampm') or ''}"
                    return dated(author_of(m.group("who")), k + 1, date)
            return dated(author_of(m.group("who")), k, date)
    return None


def match_notes_header(lines: list[str], i: int) -> NotesHeader | None:
    """A Notes header block starting at ``lines[i]``: its sender part, then To/cc/Subject.

    The sender part is a name line over a date line, or one "NAME on DATE" line (its time may
    wrap to the next line; "From: " may lead). Without a To or cc field within a few lines it
    is not a header (a name and a date at the end of a letter are a signature).
    """
    line = lines[i]
    if not line.strip() or len(line) > MAX_FIELD or (len(line) > MAX_LINE and "To" not in line):
        return None
    found = field_of(line)
    if found is not None and found[0] != "from":  # "From: NAME on DATE" is a sender line
        return None
    sender = _sender(lines, i)
    if sender is None:
        below = next_nonblank(lines, i + 1, 1)  # a letterhead line over the From line
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
    if j < 0:  # the sender and To on one line; cc and Subject may follow on lines of their own,
        end = -j - 1  # and the recipients may wrap onto the lines under it
        if _SUBJECT_IN.search(lines[end]) is None:
            end = run_end(lines, end)
        return dated(author, end, when)
    k = next_nonblank(lines, j + 1, 16)  # a gateway may leave a dozen blank lines here
    extras = 0
    while k < len(lines) and extras < 3 and len(lines[k]) < MAX_LINE and _extra(lines[k]):
        extras += 1
        k = next_nonblank(lines, k + 1, 2)
    end = field_run(lines, k)
    if end is None:
        return None
    return dated(author, end, when)


def _extra(line: str) -> bool:
    """A line between a Notes sender part and its To field: "Sent by:", "Please respond to",
    or a detail of the sender ("Extn: 36452"), but no header field of its own."""
    if _EXTRA.match(line):
        return True
    if _DETAIL.match(line) is None:
        return False
    found = field_of(line)
    return found is None or found[0] not in ("to", "subject", "from")


def _sender(lines: list[str], i: int) -> tuple[Address, str, int] | None:
    """(writer, date text, last line) of the sender part at ``lines[i]``; the last line is
    ``-i - 1`` for a header that stands on one line with its fields."""
    line = lines[i]
    if not _DIGIT.search(line) and not any(_DIGIT.search(x, 0, 40) for x in lines[i + 1 : i + 5]):
        return None  # every sender part carries a date, on its line or a few lines under it
    one = _ONE_LINE.match(line) if "to" in line.lower() else None
    if one is not None and plausible_name(one.group("who")):
        return author_of(one.group("who")), one.group("date"), -i - 1
    if len(line) > MAX_LINE:
        return None
    spaced = _FROM_AMID.match(line) if "rom" in line else None
    spaced = spaced or _SENDER_SPACED.match(line)
    if spaced is not None and plausible_name(spaced.group("who")):
        return author_of(spaced.group("who")), spaced.group("date"), i
    m = _SENDER_ON.match(line)
    if m is not None and plausible_name(m.group("who")):
        date = m.group("date")
        if not re.search(r"\d[:.]\d{2}", date) and i + 1 < len(lines):
            tm = TIME_LINE.match(lines[i + 1])
            if tm:
                return author_of(m.group("who")), f"{date} {tm.group('time')}", i + 1
        return author_of(m.group("who")), date, i
    if i + 1 < len(lines) and len(lines[i + 1]) < MAX_LINE:
        joined = f"{line.strip()} {lines[i + 1].strip()}"  # "NAME on" / "DATE TIME" wrapped
        m = _SENDER_ON.match(joined)
        if m is not None and plausible_name(m.group("who")) and not DATE_LINE.match(line):
            return author_of(m.group("who")), m.group("date"), i + 1
    named = _FROM_NAME.sub("", line)  # "From:  "Dave Krunnfusz" <d@agency.com>" over its date
    if _NAME_LINE.match(named) is None or not plausible_name(named):
        return None
    line = named
    j = next_nonblank(lines, i + 1, 1)
    if j < len(lines) and len(lines[j]) < MAX_LINE and _EXTRA.match(lines[j]):
        # "Jeff Dasovich / Sent by: Jeff Dasovich / 05/21/2001 …", a blank line or two between
        j = next_nonblank(lines, j + 1, 2)
    if j >= len(lines):
        return None
    dm = DATE_LINE.match(lines[j])
    if dm is None:
        return None
    return author_of(line), dm.group("date"), j


def is_groupwise_line(line: str) -> bool:
    """Whether a line is GroupWise's ``>>> Name DATE TIME >>>`` (closing arrows optional: they
    may wrap to a line of their own), which reads like ``>`` quoting but introduces a quote."""
    if len(line) > MAX_LINE or ">>" not in line[:12]:
        return False
    m = _GROUPWISE.match(line)
    return m is not None and plausible_name(m.group("who"))


def match_groupwise_header(lines: list[str], i: int) -> NotesHeader | None:
    """GroupWise's ``>>> Name <addr> MM/DD/YY HH:MMAM >>>`` (the closing arrows may wrap to
    the next line): the message below it is that writer's."""
    line = lines[i]
    if len(line) > MAX_LINE or ">>" not in line[:12]:
        return None
    m = _GROUPWISE.match(line)
    if m is None or not plausible_name(m.group("who")):
        return None
    end = i
    if m.group("arrows") is None:
        if i + 1 < len(lines) and lines[i + 1].strip() == ">>>":
            end = i + 1
        else:
            return None
    return dated(author_of(m.group("who")), end, m.group("date"))


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
            match_notes_table(lines, i)
            or match_notes_header(lines, i)
            or match_groupwise_header(lines, i)
            or _fields_alone(lines, i)
            or match_notes_columns(lines, i)
        )
    end = fwd.end
    for _ in range(8):
        j = next_nonblank(lines, end + 1, 4)
        if j >= len(lines):
            break
        again = match_notes_forward(lines, j)
        if again is not None:
            end = again.end
            continue
        header = (
            match_notes_table(lines, j)
            or match_notes_header(lines, j)
            or _outlook_block(lines, j)
            or match_notes_columns(lines, j)
            or _loose_header(lines, j)
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


_SENT_BY_LEAD = re.compile(
    r"^[ \t]*sent by[ \t]*:[ \t]*(?P<who>\S[^\n]{0,100}?)[ \t]*$", re.IGNORECASE
)


def _fields_alone(lines: list[str], i: int) -> NotesHeader | None:
    """A Notes header whose sender lines are lost (the archive kept "To: … cc: … Subject: …",
    maybe under a "Sent by: NAME" line, whose NAME is then the writer): a paragraph that opens
    with To and holds a Subject introduces a message by an unknown writer. Not at the top of a
    body: a memo typed into a mail opens with To and Subject too."""
    if i == 0 or lines[i - 1].strip() or not any(x.strip() for x in lines[max(0, i - 40) : i]):
        return None
    author, k = Address("", ""), i
    lead = _SENT_BY_LEAD.match(lines[i]) if len(lines[i]) < MAX_LINE else None
    if lead is not None:
        k = next_nonblank(lines, i + 1, 2)  # the fields may stand a blank line or two under it
        if plausible_name(lead.group("who")):
            author = author_of(lead.group("who"))
    end = field_run(lines, k)
    if end is None or end == k:
        return None
    if not any(x.lstrip()[:8].lower() == "subject:" for x in lines[k : end + 1]):
        return None
    return NotesHeader(end=end, author=author, date=None, offset=None)


_MESSAGE_FROM = re.compile(
    rf"^[ \t]*-{{2,}}[ \t]*(?:message from|bericht van|nachricht von|message de)[ \t]+"
    rf"(?P<who>[^\n]{{1,160}}?)[ \t]+{_ON}[ \t]+(?P<date>[^\n]{{6,60}}?)[ \t]*-{{2,}}[ \t]*$",
    re.IGNORECASE,
)


def _message_from(lines: list[str], i: int) -> NotesHeader | None:
    """Notes R5's quote header "----- Message from NAME on DATE -----" and the To/cc/Subject
    fields under it."""
    if len(lines[i]) > MAX_LINE:
        return None
    m = _MESSAGE_FROM.match(lines[i])
    end = i
    if m is None and i + 1 < len(lines) and len(lines[i + 1]) < MAX_LINE:  # wrapped at 78 columns
        m = _MESSAGE_FROM.match(f"{lines[i].rstrip()} {lines[i + 1].strip()}")
        end = i + 1
    if m is None:
        return None
    k = next_nonblank(lines, end + 1, 2)
    if k < len(lines) and is_field(lines[k]):
        end = field_run(lines, k) or k
    return dated(author_of(m.group("who")), end, m.group("date"))


_DATE_IN = re.compile(rf"{DAY}(?:[ \t]+{TIME})?")
_TO_IN = re.compile(r"(?:^|[ \t])To[ \t]*:", re.IGNORECASE)
_SENT_BY_IN = re.compile(r"[ \t]*(?:sent by[ \t]*:|please respond to\b).*$", re.IGNORECASE)


def _loose_header(lines: list[str], j: int) -> NotesHeader | None:
    """A header under a Notes forward marker whose sender part has no form of its own (a table
    that a gateway flattened, "EBS Office of the Chairman Sent by: EBS Announcements 07/12/01
    11:10 AM", a sender line lost): a few short lines, then a To/cc/Subject run. The marker
    makes it certain that a header follows; the writer is the first line's name, where it
    reads as one."""
    k = j
    sender: list[str] = []
    while k < min(j + 14, len(lines)) and len(sender) < 8:
        line = lines[k]
        if len(line) > MAX_FIELD:
            return None
        if _TO_IN.search(line, 0, 200) is not None and (
            field_of(line) is not None or len(line) < MAX_LINE
        ):
            break
        if line.strip():
            words = len(line.split())
            if len(line) > 120 or (line.rstrip()[-1:] in ".?!" and words > 6) or words > 14:
                return None  # a sentence ("Enron Capital & Trade Resources Corp." is none)
            sender.append(line.strip())
        k += 1
    else:
        return None
    if k >= len(lines):
        return None
    end = run_end(lines, k)
    if end == k and not re.search(r"\b(?:cc|Subject)[ \t]*:", lines[k], re.IGNORECASE):
        return None  # one To line alone is no header
    author, when = Address("", ""), ""
    pieces = [*sender, lines[k][: _TO_IN.search(lines[k]).start()]]  # type: ignore[union-attr]
    named = [p for p in pieces if _FROM_NAME.match(p)]  # "From: NAME" under a letterhead
    for piece in [_FROM_NAME.sub("", p) for p in named] + pieces:
        found = _DATE_IN.search(piece)
        when = when or (found.group(0) if found else "")
        name = _SENT_BY_IN.sub("", _DATE_IN.sub(" ", piece)).strip()
        if not author.name and not author.email and name and plausible_name(name):
            author = author_of(name)
    header = dated(author, end, when) if when else NotesHeader(end, author, None, None)
    return header
