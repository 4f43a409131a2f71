"""MIME decoding: raw bytes of one message to a :class:`ParsedMail`.

The stdlib parser (``compat32`` policy, the fast path) splits headers and parts; everything
else is decoded here: transfer encodings (tolerating broken base64 padding), charsets (declared,
mis-declared, unknown or missing), RFC 2047/2231 words, addresses, dates and message ids.
Body selection follows the JMAP (RFC 8621 §4.1.4) algorithm: ``text/plain`` wins over its HTML
twin, HTML-only mail is converted to text, and every other leaf becomes an attachment.

``parse_mail`` never raises on malformed mail (problems go to ``defects``); it raises
:class:`NotAMessage` only for bytes that are clearly not an email.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_tz
from functools import lru_cache

from onrecord.mail.addresses import decode_raw_header, decode_words, parse_address_list, unfold
from onrecord.mail.mimetree import (
    MimeMessage,
    MimePart,
    decode_body,
    parse_content_type,
    parse_tree,
)
from onrecord.mail.names import with_x_names
from onrecord.record.limits import DEFAULT_LIMITS, Limits
from onrecord.record.model import Address, Attachment, ParsedMail
from onrecord.text.extract import decode_text, extract_text
from onrecord.text.html import html_to_text

__all__ = ["NotAMessage", "decode_header", "parse_date", "parse_ids", "parse_mail"]

_MAX_DEPTH = 4
_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:")
_LINE_WS = " \t\r\f\v"
_ID = re.compile(r"<([^<>]*)>")
_WS = re.compile(r"\s+")
_ADDRESS_HEADERS = ("from", "to", "cc")
_POSIX_TZ = re.compile(r"\b([A-Z]{3})[+-]?\d{1,2}(?:[A-Z]{3})?$")


class NotAMessage(ValueError):
    """The bytes are not an email at all (empty, binary, no header lines)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------------------- sanity check


def _check_message(raw: bytes) -> bool:
    """True when the bytes have header lines; False for a headerless text (a saved body)."""
    if not raw or not raw.strip():
        raise NotAMessage("empty input")
    head = raw[:4096].lstrip()
    end = head.find(b"\n\n")
    header_block = head if end < 0 else head[:end]
    # A few stray NUL bytes (a damaged disk, a careless export) are tolerated; mostly-binary
    # input is not mail.
    if _control_ratio(header_block) + header_block.count(b"\x00") / max(1, len(header_block)) > 0.1:
        raise NotAMessage("binary data")
    lines = head.splitlines()[:60]
    if lines and lines[0].startswith(b"From "):  # mbox separator
        lines = lines[1:]
    for line in lines:
        if not line.strip():
            break
        if _HEADER_LINE.match(line):
            return True
    text_lines = [ln for ln in lines if ln.strip()]
    if len(text_lines) >= 3 and len(raw) >= 80 and _control_ratio(head) < 0.01:
        return False
    raise NotAMessage("no header lines")


def _control_ratio(data: bytes) -> float:
    ctrl = sum(data.count(bytes([c])) for c in (*range(1, 9), 11, 14, 15, 16, 17, 18, 19, 20))
    return ctrl / max(1, len(data))


# ---------------------------------------------------------------------------- headers


def decode_header(raw_value: str, fallback: str | None = None) -> str:
    """Unfold, repair raw 8-bit bytes and decode RFC 2047 words of one header value."""
    value = unfold(raw_value)
    if "\x00" in value:  # stray NUL bytes: dropped, as in bodies
        value = value.replace("\x00", "")
    if not value.isascii():
        value = decode_raw_header(value, fallback)
    return decode_words(value) if "=?" in value else value


def parse_ids(value: str | None) -> list[str]:
    """Message ids of a Message-ID/In-Reply-To/References value, without angle brackets."""
    if not value:
        return []
    ids = [_WS.sub("", m) for m in _ID.findall(value)]
    ids = [i for i in ids if i]
    if not ids:  # no brackets: bare ids separated by whitespace or commas
        ids = [t.strip("<>") for t in re.split(r"[\s,]+", value) if "@" in t or len(t) > 8]
    seen: set[str] = set()
    return [i for i in ids if i and not (i in seen or seen.add(i))]


def _strip_comments(value: str) -> str:
    if "(" not in value:
        return value
    out: list[str] = []
    depth = 0
    for ch in value:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


# Zone abbreviations that mail clients print (seconds east of UTC).
_TZ_NAMES = {
    "UT": 0,
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 3600,
    "IST": 3600,
    "CET": 3600,
    "MET": 3600,
    "CEST": 7200,
    "MEST": 7200,
    "EET": 7200,
    "EEST": 10800,
    "MSK": 10800,
    "EST": -18000,
    "EDT": -14400,
    "CST": -21600,
    "CDT": -18000,
    "MST": -25200,
    "MDT": -21600,
    "PST": -28800,
    "PDT": -25200,
    "AKST": -32400,
    "AKDT": -28800,
    "HST": -36000,
    "JST": 32400,
    "KST": 32400,
    "AEST": 36000,
    "AEDT": 39600,
}
_AMPM = re.compile(r"\d\s*[AaPp]\.?[Mm]\.?(?:\s|$|,)")


def parse_date(value: str | None) -> tuple[datetime, int] | None:
    """(aware UTC datetime, original offset in minutes) of a Date-style value, or None."""
    if not value:
        return None
    value = _WS.sub(" ", _strip_comments(value)).strip()
    if ";" in value:  # a Received header: the date follows the last semicolon
        value = value.rsplit(";", 1)[1].strip()
    if not value:
        return None
    value = _POSIX_TZ.sub(r"\1", value)
    if _AMPM.search(value):  # "Wed, Jan 18, 2017 at 4:20 PM": RFC 5322 parsing drops the PM
        return _in_range(_parse_dateutil(value) or _parse_rfc5322(value))
    parsed = _parse_rfc5322(value)
    return _in_range(parsed if parsed is not None else _parse_dateutil(value))


#: Dates outside these years are kept as no date (a defect says why): a year like 9999 is a
#: client's placeholder, and date arithmetic near datetime's limits overflows.
MIN_YEAR, MAX_YEAR = 1900, 2200
_YEAR = re.compile(r"(?<![+\-\d])(\d{4,})(?!\d)")


def _in_range(parsed: tuple[datetime, int] | None) -> tuple[datetime, int] | None:
    if parsed is None or not MIN_YEAR <= parsed[0].year <= MAX_YEAR:
        return None
    return parsed


def _out_of_range(value: str) -> bool:
    """True when a Date value that did not parse names a year out of range."""
    return any(
        not MIN_YEAR <= int(y[:6]) <= MAX_YEAR for y in _YEAR.findall(value) if int(y[:6]) >= 1000
    )


def _parse_rfc5322(value: str) -> tuple[datetime, int] | None:
    try:
        t = parsedate_tz(value)
    except (ValueError, IndexError, TypeError):
        return None
    if t is None:
        return None
    offset = t[9] or 0
    if abs(offset) >= 24 * 3600:
        offset = 0
    try:
        local = datetime(*t[:6], tzinfo=timezone(timedelta(seconds=offset)))
        return local.astimezone(UTC), offset // 60
    except (ValueError, OverflowError):  # (past datetime's limits, in UTC)
        return None


@lru_cache(maxsize=4096)
def _parse_dateutil(value: str) -> tuple[datetime, int] | None:
    """dateutil's parse, about 0.5 ms a call: cached, as the dates that need it recur (quote
    headers of a thread, one client's date style); the result is immutable."""
    from dateutil import parser as dparser

    try:
        dt = dparser.parse(value, tzinfos=_TZ_NAMES)
    except (ValueError, OverflowError, TypeError, dparser.ParserError):
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    try:
        off = dt.utcoffset()
        offset_min = int(off.total_seconds() // 60) if off is not None else 0
        return dt.astimezone(UTC), offset_min
    except (ValueError, OverflowError):
        return None


# ---------------------------------------------------------------------------- part bodies


def _charset(part: MimePart) -> str | None:
    cs = part.params.get("charset")
    return cs or None


def _part_text(part: MimePart, defects: list[str]) -> str:
    text, defect = decode_text(decode_body(part.body, part.encoding), _charset(part))
    if defect:
        defects.append(defect)
    return text


def _filename(part: MimePart, fallback: str | None) -> str:
    disp = parse_content_type(part.header("content-disposition"))
    name = disp[1].get("filename") if disp else None
    if not name:
        name = part.params.get("name")
    if not name:
        return ""
    return decode_header(name, fallback).strip().strip('"')


# ---------------------------------------------------------------------------- bodies


def _normalize(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    # (per line, not a regex: ``[ \t]+(?=\n)`` backtracks quadratically on a long run of blanks
    # with no line break after it, 60 KB of tabs took over 10 s)
    return "\n".join(line.rstrip(_LINE_WS) for line in text.split("\n")).rstrip()


def _html_text(html: str, limits: Limits, defects: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """:func:`html_to_text` of at most ``limits.max_html_chars`` of ``html`` (a defect says when
    it was cut): 50 MB of "<p>a</p>" took 2.5 GB and over a minute to convert."""
    if len(html) > limits.max_html_chars:
        html = html[: limits.max_html_chars]
        defects.append(f"HTML body longer than {limits.max_html_chars:,} characters, cut")
    return html_to_text(html)


def _body_text(
    tree: MimeMessage, defects: list[str], limits: Limits = DEFAULT_LIMITS
) -> tuple[str, str | None, list[tuple[int, int]]]:
    """(body_text, body_html, quote spans) from the JMAP text and HTML body lists."""
    parts = tree.parts
    html_parts = [_part_text(parts[i], defects) for i in tree.html_body if parts[i].kind == "html"]
    body_html = "\n".join(html_parts) if html_parts else None
    chunks: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for i in tree.text_body:
        part = parts[i]
        if part.kind == "html":
            chunk, part_spans = _html_text(_part_text(part, defects), limits, defects)
            chunk = _normalize(chunk)
            spans.extend((pos + s, pos + min(e, len(chunk))) for s, e in part_spans)
        elif part.kind == "text":
            chunk = _normalize(_part_text(part, defects))
        else:  # an inline image between text parts
            continue
        if not chunk:
            continue
        chunks.append(chunk)
        pos += len(chunk) + 1
    text = "\n".join(chunks)
    if not text.strip() and body_html:  # empty plain twin: fall back to the HTML
        chunk, spans = _html_text(body_html, limits, defects)
        text = _normalize(chunk)
        spans = [(s, min(e, len(text))) for s, e in spans if s < len(text)]
    return text, body_html, spans


_NO_TEXT_TYPES = ("text/calendar", "text/x-vcard", "text/vcard")


def _attachment(
    part: MimePart,
    depth: int,
    fallback: str | None,
    defects: list[str],
    limits: Limits = DEFAULT_LIMITS,
) -> Attachment:
    ctype = part.ctype or "text/plain"
    name = _filename(part, fallback)
    if part.kind == "message":
        data = part.body
        text = None
        if part.message is not None and part.message.parts and depth < _MAX_DEPTH:
            text = _inner_text(_build(part.message, depth + 1, None, limits))
        if text is None:
            text, _ = decode_text(data, None)
        return Attachment(filename=name, content_type=ctype, data=data, text=text)
    data = decode_body(part.body, part.encoding)
    text: str | None
    if ctype == "text/html" or part.kind == "html":
        text = extract_text(data, "text/html", name)
    elif ctype in _NO_TEXT_TYPES:
        text = None
    elif (ctype.startswith("text/") or part.kind == "text") and not name.endswith(".pdf"):
        text = _normalize(decode_text(data, _charset(part))[0]) if data else ""
    else:
        text = extract_text(data, ctype, name)
    return Attachment(filename=name, content_type=ctype, data=data, text=text)


def _inner_text(inner: ParsedMail) -> str:
    lines = [
        f"{label}: {value}"
        for label, value in (
            ("From", ", ".join(map(str, inner.from_))),
            ("To", ", ".join(map(str, inner.to))),
            ("Date", inner.date.isoformat() if inner.date else ""),
            ("Subject", inner.subject),
        )
        if value
    ]
    return "\n".join(lines) + "\n\n" + inner.body_text if lines else inner.body_text


# ---------------------------------------------------------------------------- message


def _date(headers: list[tuple[str, str]], defects: list[str]) -> tuple[datetime | None, int | None]:
    date_values = [v for k, v in headers if k.lower() == "date"]
    if date_values:
        parsed = parse_date(date_values[0])
        if parsed:
            return parsed
        out = _out_of_range(date_values[0])
        defects.append("Date header out of range" if out else "unparseable Date header")
    else:
        defects.append("missing Date header")
    for key, value in reversed(headers):
        if key.lower() == "received":
            parsed = parse_date(value)
            if parsed:
                defects.append("date taken from Received header")
                return parsed
    return None, None


def _tree_defects(tree: MimeMessage) -> list[str]:
    defects: list[str] = list(tree.defects)
    for part in tree.parts:
        if part.problem:
            defects.append("MIME part without its closing boundary")
        elif part.ctype.startswith("multipart/") and part.kind != "multipart":
            defects.append("multipart boundary not found")
    return defects


def _bounded_headers(
    raw_headers: list[tuple[str, str]], limits: Limits, defects: list[str]
) -> list[tuple[str, str]]:
    """Header values cut at ``limits.max_header_bytes``: the parse work after this (addresses,
    RFC 2047 words) stays bounded whatever a header holds."""
    cap = limits.max_header_bytes
    if all(len(v) <= cap for _, v in raw_headers):
        return raw_headers
    cut = [(k, v[:cap]) for k, v in raw_headers]
    names = sorted({k for k, v in raw_headers if len(v) > cap})
    defects.append(f"header {', '.join(names)} longer than {cap:,} bytes, cut")
    return cut


def _recipients(
    name: str, addrs: list[Address], limits: Limits, defects: list[str]
) -> list[Address]:
    """The first ``limits.max_recipients`` addresses of a To/Cc list (a defect says so)."""
    if len(addrs) <= limits.max_recipients:
        return addrs
    defects.append(
        f"{name.capitalize()} header lists {len(addrs):,} addresses; "
        f"the first {limits.max_recipients:,} kept"
    )
    return addrs[: limits.max_recipients]


def _build(
    tree: MimeMessage,
    depth: int,
    extra_defects: list[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ParsedMail:
    root = tree.parts[0]
    defects = _tree_defects(tree) + (extra_defects or [])
    fallback = _charset(root) if root.kind != "multipart" else None
    raw_headers = _bounded_headers(root.headers, limits, defects)
    headers = [(k, decode_header(v, fallback)) for k, v in raw_headers]
    first: dict[str, str] = {}
    raw_first: dict[str, str] = {}
    for (key, raw_value), (_, value) in zip(raw_headers, headers):
        low = key.lower()
        if low not in first:
            first[low] = value
            raw_first[low] = raw_value

    addrs: dict[str, list[Address]] = {}
    for name in _ADDRESS_HEADERS:
        raw_value = raw_first.get(name)
        value = decode_raw_header(unfold(raw_value), fallback) if raw_value else ""
        addrs[name] = parse_address_list(value)
        if f"x-{name}" in first:  # maildir exports (Enron): the names the client showed
            addrs[name] = with_x_names(addrs[name], first[f"x-{name}"])
        addrs[name] = _recipients(name, addrs[name], limits, defects)

    date, offset = _date(headers, defects)
    body_text, body_html, spans = _body_text(tree, defects, limits)
    if len(body_text) > limits.max_text_chars:  # segmenting it all would take without bound
        body_text = body_text[: limits.max_text_chars]
        spans = [(s, min(e, len(body_text))) for s, e in spans if s < len(body_text)]
        defects.append(f"body text longer than {limits.max_text_chars:,} characters, cut")
    attachments = [
        _attachment(tree.parts[i], depth, fallback, defects, limits) for i in tree.attachments
    ]
    ids = parse_ids(first.get("message-id"))
    list_ids = parse_ids(first.get("list-id"))
    list_id = list_ids[0] if list_ids else (first.get("list-id") or "").strip() or None
    return ParsedMail(
        message_id=ids[0] if ids else None,
        subject=first.get("subject", ""),
        from_=addrs["from"],
        to=addrs["to"],
        cc=addrs["cc"],
        date=date,
        date_offset_min=offset,
        in_reply_to=parse_ids(first.get("in-reply-to")),
        references=parse_ids(first.get("references")),
        body_text=body_text,
        body_html=body_html,
        attachments=attachments,
        list_id=list_id,
        headers=headers,
        defects=list(dict.fromkeys(defects)),
        html_quote_spans=spans,
    )


def _parse(raw: bytes, depth: int = 0, limits: Limits = DEFAULT_LIMITS) -> ParsedMail:
    has_headers = _check_message(raw)
    extra: list[str] = []
    if not has_headers:
        raw = b"\n" + raw  # an empty header block: all of it is body
        extra.append("no header lines")
    elif raw.startswith(b"From "):  # an mbox separator line
        nl = raw.find(b"\n")
        raw = raw[nl + 1 :] if nl >= 0 else b""
    tree = parse_tree(raw, max_depth=limits.max_mime_depth)
    if tree is None:
        raise NotAMessage("no header lines")
    return _build(tree, depth, extra, limits)


def parse_mail(raw: bytes, limits: Limits = DEFAULT_LIMITS) -> ParsedMail:
    """Decode one RFC 5322 message. Raises :class:`NotAMessage` only for non-email bytes.

    ``limits`` bounds the work on hostile input (nesting, header length, recipients, text):
    what is cut is named in ``defects``."""
    return _parse(raw, 0, limits)
