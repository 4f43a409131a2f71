"""Values inside the header blocks that mail clients print above a quoted or forwarded message:
the date of a Sent/Date field, the writer of an "on behalf of" From, a Subject wrapped at 78
columns, and the transport fields of a raw header pasted with them. Used by
:func:`onrecord.mail.quotes.match_header_block` and, for the dates of mails printed in pages and
exhibits (:func:`parse_printed_date`: month and weekday words in Dutch, German and French, a
printed "(UTC+01:00)"), by :mod:`onrecord.mail.exhibits`.
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime, timedelta, timezone

from onrecord.mail.mime import parse_date

__all__ = ["RAW_FIELD", "date_of", "parse_printed_date", "principal", "subject_wrapped"]


def date_of(value: str) -> tuple[datetime | None, int | None]:
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


# ---------------------------------------------------------------------------- dates

_RFC_DATE = re.compile(
    r"(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*(?:[+-]\d{4}|UT|UTC|GMT|[ECMP][SD]T|Z)?(?:\s*\(.*\))?\s*$"
)
_MONTHS = {
    "januari": "January",
    "februari": "February",
    "maart": "March",
    "mrt": "Mar",
    "mei": "May",
    "juni": "June",
    "juli": "July",
    "augustus": "August",
    "oktober": "October",
    "okt": "Oct",
    "januar": "January",
    "jänner": "January",
    "februar": "February",
    "märz": "March",
    "mär": "Mar",
    "mai": "May",
    "dezember": "December",
    "dez": "Dec",
    "janvier": "January",
    "janv": "Jan",
    "février": "February",
    "févr": "Feb",
    "fév": "Feb",
    "mars": "March",
    "avril": "April",
    "avr": "Apr",
    "juin": "June",
    "juillet": "July",
    "juil": "Jul",
    "août": "August",
    "septembre": "September",
    "octobre": "October",
    "novembre": "November",
    "décembre": "December",
    "déc": "Dec",
}
_WEEKDAYS = (
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
)
_DATE_WORDS = re.compile(
    rf"\b(?:{'|'.join(sorted(_MONTHS, key=len, reverse=True))})\b\.?|\b(?:{_WEEKDAYS})\b\.?,?"
    r"|^\s*(?:ma|di|wo|do|vr|za|zo|mo|mi|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim)\.?,?\s+(?=\d)"
    r"|\b(?:at|om|um|à|le|uhr)\b|(?<=\d)er\b",
    re.IGNORECASE,
)
_UTC_PAREN = re.compile(r"\(?\b(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\)?[^()]*$")
_TZINFOS = {
    "UTC": 0,
    "GMT": 0,
    "UT": 0,
    "Z": 0,
    "EST": -5 * 3600,
    "EDT": -4 * 3600,
    "CST": -6 * 3600,
    "CDT": -5 * 3600,
    "MST": -7 * 3600,
    "MDT": -6 * 3600,
    "PST": -8 * 3600,
    "PDT": -7 * 3600,
    "CET": 3600,
    "CEST": 7200,
    "MEZ": 3600,
    "MESZ": 7200,
    "BST": 3600,
    "WET": 0,
    "WEST": 3600,
}

_YEARISH = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b")
_WS = re.compile(r"\s+")


def parse_printed_date(value: str, dayfirst: bool) -> tuple[datetime | None, int | None]:
    """A printed Date/Sent value: RFC 5322 via ``parse_date``, anything else via dateutil.

    A date printed without a zone is taken as UTC and its offset reported as None.
    """
    v = _WS.sub(" ", value).strip()
    if not v or not any(c.isdigit() for c in v):
        return None, None
    if _RFC_DATE.match(v):
        parsed = parse_date(v)
        if parsed is not None and 1970 <= parsed[0].year <= 2100:
            return parsed
    offset: int | None = None
    m = _UTC_PAREN.search(v)
    if m and (m.group(0).startswith("(") or m.start() > 0):
        offset = (int(m.group(2)) * 60 + int(m.group(3) or 0)) * (-1 if m.group(1) == "-" else 1)
        v = v[: m.start()].strip()
    v = _DATE_WORDS.sub(_date_word, v)
    v = _WS.sub(" ", v).strip(" ,")
    dt = _dateutil(v, dayfirst)
    if dt is None:
        return None, None
    if dt.tzinfo is None:
        if offset is None:
            return dt.replace(tzinfo=UTC), None
        dt = dt.replace(tzinfo=timezone(timedelta(minutes=offset)))
    try:
        off = dt.utcoffset()
        offset = int(off.total_seconds() // 60) if off is not None else None
        return dt.astimezone(UTC), offset
    except (ValueError, OverflowError):
        return None, None


def _date_word(m: re.Match[str]) -> str:
    word = m.group(0).strip().rstrip(".,").lower()
    month = _MONTHS.get(word)
    return f" {month} " if month else " "


def _dateutil(value: str, dayfirst: bool) -> datetime | None:
    from dateutil import parser as dparser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for fuzzy in (False, True):
            if fuzzy and not _YEARISH.search(value):
                break
            try:
                dt = dparser.parse(value, dayfirst=dayfirst, fuzzy=fuzzy, tzinfos=_TZINFOS)
            except (ValueError, OverflowError, TypeError, dparser.ParserError):
                continue
            if 1970 <= dt.year <= 2100:
                return dt
    return None
