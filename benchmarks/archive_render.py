"""Rendering for ``generate_archive.py``: dates with UTC offsets, encoded headers and
addresses, wrapped and quoted text, transfer encodings, HTML bodies."""

from __future__ import annotations

import base64
import html
import quopri
import random
from datetime import datetime, timedelta

from archive_people import TZ_NAMES

# ------------------------------------------------------------------------------ rendering

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_date(utc: datetime, tz_min: int, rng: random.Random) -> str:
    local = utc + timedelta(minutes=tz_min)
    sign = "+" if tz_min >= 0 else "-"
    off = f"{sign}{abs(tz_min) // 60:02d}{abs(tz_min) % 60:02d}"
    r = rng.random()
    core = f"{local.day:02d} {MONTHS[local.month - 1]} {local.year} {local:%H:%M:%S}"
    if r < 0.04:
        return f"{core} {off}"  # no day of week
    if r < 0.07 and tz_min in TZ_NAMES:
        return f"{DAYS[local.weekday()]}, {core} {off} ({TZ_NAMES[tz_min]})"
    if r < 0.09 and tz_min == 0:
        return f"{DAYS[local.weekday()]}, {core} GMT"
    if r < 0.12:
        return f"{DAYS[local.weekday()]}, {local.day} {MONTHS[local.month - 1]} {local.year} {local:%H:%M:%S} {off}"
    return f"{DAYS[local.weekday()]}, {core} {off}"


def _encode_word(text: str, rng: random.Random) -> str:
    if text.isascii():
        return text
    if rng.random() < 0.5:
        return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="
    q = "".join(
        c
        if (c.isascii() and c.isalnum())
        else "_"
        if c == " "
        else "".join(f"={b:02X}" for b in c.encode())
        for c in text
    )
    return f"=?UTF-8?Q?{q}?="


def fmt_addr(name: str, addr: str, rng: random.Random) -> str:
    if not name:
        return addr if rng.random() < 0.7 else f"<{addr}>"
    if not name.isascii():
        return f"{_encode_word(name, rng)} <{addr}>"
    if any(c in name for c in ',.()"'):
        name = '"' + name.replace('"', "") + '"'
    return f"{name} <{addr}>"


def wrap(text: str, width: int = 72) -> str:
    out: list[str] = []
    line: list[str] = []
    n = 0
    for word in text.split():
        if n + len(word) + (1 if line else 0) > width and line:
            out.append(" ".join(line))
            line, n = [], 0
        line.append(word)
        n += len(word) + (1 if len(line) > 1 else 0)
    if line:
        out.append(" ".join(line))
    return "\n".join(out)


def quote(text: str) -> str:
    return "\n".join(
        ("> " + ln) if ln and not ln.startswith(">") else (">" + ln) for ln in text.split("\n")
    )


def _qp(data: bytes) -> bytes:
    return quopri.encodestring(data)


def encode_text(text: str, subtype: str, rng: random.Random) -> tuple[str, str, bytes]:
    """(Content-Type, Content-Transfer-Encoding, body bytes) for a text part."""
    if text.isascii():
        cs = "us-ascii" if rng.random() < 0.6 else "utf-8"
        if rng.random() < 0.1:
            return f"text/{subtype}; charset={cs}", "quoted-printable", _qp(text.encode())
        return f"text/{subtype}; charset={cs}", "7bit", text.encode()
    r = rng.random()
    if r < 0.05:
        try:
            data = text.encode("iso-8859-1")
            return f"text/{subtype}; charset=iso-8859-1", "quoted-printable", _qp(data)
        except UnicodeEncodeError:
            pass
    data = text.encode("utf-8", "replace")
    if r < 0.55:
        return f'text/{subtype}; charset="utf-8"', "8bit", data
    if r < 0.92:
        return f"text/{subtype}; charset=UTF-8", "quoted-printable", _qp(data)
    return f"text/{subtype}; charset=utf-8", "base64", base64.encodebytes(data)


def to_html(blocks: list[tuple[str, str]]) -> str:
    parts = [
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "</head><body>"
    ]
    for kind, text in blocks:
        if kind == "quote":
            inner = "\n".join(ln.lstrip("> ").rstrip() for ln in text.split("\n"))
            parts.append(
                '<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc '
                'solid;padding-left:1ex">'
                + html.escape(inner).replace("\n", "<br>\n")
                + "</blockquote>"
            )
        elif kind == "attrib":
            parts.append(f'<div class="gmail_attr">{html.escape(text)}<br></div>')
        elif kind == "sig":
            parts.append(
                '<div class="signature">-- <br>'
                + html.escape(text).replace("\n", "<br>")
                + "</div>"
            )
        else:
            parts.append("<p>" + html.escape(text).replace("\n", "<br>\n") + "</p>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
