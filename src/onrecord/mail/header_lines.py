"""Values inside the header blocks that mail clients print above a quoted or forwarded message:
the date of a Sent/Date field, the writer of an "on behalf of" From, a Subject wrapped at 78
columns, and the transport fields of a raw header pasted with them. Used by
:func:`onrecord.mail.quotes.match_header_block`.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime

__all__ = ["RAW_FIELD", "date_of", "principal", "subject_wrapped"]


def date_of(value: str) -> tuple[datetime | None, int | None]:
    from onrecord.mail.mime import parse_date

    value = re.sub(r"\s+(?:at|um|om|à|kl\.?)\s+", " ", value.replace("*", ""), flags=re.I).strip()
    if not value or len(value) > 120:
        return None, None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = parse_date(value)
    except (ValueError, OverflowError, TypeError):
        parsed = None
    if parsed is None:
        # "woensdag 9 september 2020 08:50", "Verzonden: 3 juni 2019 10:14": the month and
        # weekday words of the other languages, day first, as printed mail reads them
        from onrecord.mail.exhibits import parse_printed_date

        return parse_printed_date(value, dayfirst=True)
    return parsed[0], parsed[1]


# the transport fields of a raw header that a forward by hand pasted with the client's fields
# ("X-Mailer: Mozilla 4.61 [en]", "MIME-Version: 1.0"): lines of the block, naming nobody
RAW_FIELD = re.compile(
    r"^(?:X-[\w-]{1,40}|Message-ID|MIME-Version|Content-[\w-]{1,30}|Received|Return-Path|"
    r"In-Reply-To|References|Sender)[ \t]*:",
    re.IGNORECASE,
)


_ON_BEHALF = re.compile(r"^(?P<agent>.{1,120}?)[ \t]+on behalf of[ \t]+(?P<principal>\S.*)$", re.I)


def principal(value: str) -> str:
    """The writer of "From: Dernehl, Ginger on behalf of Shapiro, Richard": the person the mail
    was sent for (an assistant sends what her principal says), not the assistant."""
    if len(value) > 300 or "behalf" not in value.lower():
        return value
    m = _ON_BEHALF.match(value.strip())
    return m.group("principal") if m else value


def subject_wrapped(subject: str, line: str, nxt: str) -> bool:
    """Whether ``line`` is the rest of the long Subject line above it, cut at 78 columns: a
    short line, with a blank line (the end of the block) under it."""
    rest = line.strip()
    sentence = rest.endswith(".") and len(rest.split()) >= 4  # the text, under no blank line
    return len(subject.rstrip()) >= 60 and len(rest) < 60 and not nxt.strip() and not sentence
