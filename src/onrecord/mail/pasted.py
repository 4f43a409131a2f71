"""A message's raw header pasted into a body: "Return-Path: … Received: … From: … Subject: …".

Forwarding by hand (copying a whole message, headers and all, into a new one) leaves the original
header lines in the body, before the original text::

    Return-Path: <FFisch@FDIC.gov>
    Received: from  rly-ye05.mx.aol.com (rly-ye05.mail.aol.com [172.18.151.202])
    by air-ye02.mx.aol.com (v75_b3.9) with ESMTP; Sun, 30 Jul 2000 10:18:44 -0400
    Message-ID: <252FD3036711D411A66F080009DC881030DA93@s01exc106.fdic.gov>
    From: "Fisch, Fredrick L." <FFisch@FDIC.gov>
    Subject: funny

The block is a paragraph (it runs to the first blank line; a transport field may open it right
under a line of text) that opens with a header field and names at least three fields, one of them
a transport field that no mail client prints above a quote (Received, Message-ID, MIME-Version,
Content-Type, X-Mailer …): a client's own
From/Sent/To/Subject block is :func:`onrecord.mail.quotes.match_header_block`'s. The text under it
is the From's. A header followed by a MIME boundary line is a whole raw message fed as text, not
a pasted header.
"""

from __future__ import annotations

import re

from onrecord.mail.notes import NotesHeader
from onrecord.mail.quotes import address_of, date_of
from onrecord.record.model import Address

__all__ = ["match_pasted_header", "starts_raw_header"]

# "Reply To:service@harryanddavid.com": a web shop's mailer may write a name with a space
_FIELD = re.compile(
    r"^(?P<name>[A-Za-z][A-Za-z-]{1,40}|Reply To)[ \t]*:[ \t]*(?P<value>.*)$", re.IGNORECASE
)
_TRANSPORT = frozenset(
    (
        "return-path", "received", "message-id", "mime-version", "content-type",
        "content-transfer-encoding", "x-mailer", "x-originating-ip", "return-receipt-to",
        "x-msmail-priority", "x-mimeole",
    )
)  # fmt: skip
_MAX_LINES = 60
_BOUNDARY = re.compile(r"^--[^\s]{6,200}$")


def starts_raw_header(line: str) -> bool:
    """Whether a line is a transport field that no text and no client's header block opens
    with ("Content-Transfer-Encoding: quoted-printable", "Return-Path: <…>", "X-Mozilla-Status:
    0001"): a pasted header may start there even right under a line of text (a signature that
    the paste left no blank line under)."""
    m = _FIELD.match(line) if len(line) < 1000 else None
    if m is None:
        return False
    name = m.group("name").lower()
    return name in _TRANSPORT or name.startswith("x-")


def match_pasted_header(lines: list[str], i: int) -> NotesHeader | None:
    """The pasted header block that starts at ``lines[i]``, or None."""
    if len(lines[i]) > 1000:
        return None
    first = _FIELD.match(lines[i])
    if first is None or (i > 0 and lines[i - 1].strip() and not starts_raw_header(lines[i])):
        return None
    names: set[str] = set()
    author = Address("", "")
    when = ""
    end = i
    for k in range(i, min(i + _MAX_LINES, len(lines))):
        line = lines[k]
        if not line.strip():
            break
        end = k
        m = _FIELD.match(line) if len(line) < 1000 else None
        if m is None:
            continue  # a wrapped value ("by air-ye02.mx.aol.com …")
        name = m.group("name").lower()
        names.add(name)
        if name == "from" and not author.email:
            author = address_of(m.group("value"))
        elif name == "date" and not when:
            when = m.group("value")
    if len(names) < 3 or not (names & _TRANSPORT) or "from" not in names:
        return None
    nxt = next((x for x in lines[end + 1 : end + 4] if x.strip()), "")
    if _BOUNDARY.match(nxt):
        return None  # a raw MIME message (its parts follow), not a header pasted above text
    date, offset = date_of(when) if when else (None, None)
    return NotesHeader(end=end, author=author, date=date, offset=offset)
