"""Split a message body into segments: who wrote which span.

This first version recognizes the obvious: ``>`` quoting at any depth, "On … wrote:" style quote
headers (English, Dutch, German, French), Outlook's "-----Original Message-----" blocks, HTML quote
containers, and the ``-- `` signature separator. Everything else is authored by the sender.
"""

from __future__ import annotations

import re
from datetime import datetime

from onrecord.record.model import Address, Segment, SegmentKind

_QUOTE_LINE = re.compile(r"^[ \t]*>")
_QUOTE_HEADER = re.compile(
    r"^\s*(?:"
    r"On\b.{0,200}?\bwrote\s*:"
    r"|Op\b.{0,200}?\b(?:schreef|geschreven)\b.{0,80}?:"
    r"|Am\b.{0,200}?\bschrieb\b.{0,80}?:"
    r"|Le\b.{0,200}?\ba\s+écrit\s*:"
    r"|.{1,120}\bwrote\s*:"
    r")\s*$",
    re.IGNORECASE | re.DOTALL,
)
_ORIGINAL = re.compile(
    r"^\s*-{3,}\s*(?:Original Message|Oorspronkelijk bericht|Ursprüngliche Nachricht|"
    r"Message d'origine|Forwarded message|Doorgestuurd bericht)\s*-{3,}\s*$",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HEADER_NAME = re.compile(
    r"(?:On|Op|Am|Le)\b.*?,\s*(?:\d{1,2}:\d{2}(?:\s*[AP]M)?\s*,?\s*)?(?P<name>[^,<>]*?)\s*"
    r"(?:<[^>]*>|\([^)]*\)|\[[^\]]*\])?\s*(?:wrote|schreef|heeft|schrieb|a écrit)",
    re.IGNORECASE | re.DOTALL,
)


def _quote_author(header: str) -> Address:
    email = _EMAIL.search(header)
    m = _HEADER_NAME.search(header)
    name = m.group("name").strip(" \"'") if m else ""
    if name and _EMAIL.fullmatch(name):
        name = ""
    return Address(name=name, email=email.group(0).lower() if email else "")


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return spans


def segment_body(
    text: str,
    sender: Address | None,
    date: datetime | None,
    html_quote_spans: list[tuple[int, int]] | None = None,
) -> list[Segment]:
    """Segments covering every non-blank part of ``text``, in order."""
    lines = _line_spans(text)
    kinds: list[tuple[SegmentKind, int, Address | None]] = []
    in_original = False
    in_signature = False
    quoted_author: Address | None = None
    html_spans = html_quote_spans or []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e]
        kind = SegmentKind.AUTHORED
        depth = 0
        author: Address | None = None
        if in_original or any(a <= s < b for a, b in html_spans):
            kind, depth, author = SegmentKind.QUOTED, 1, quoted_author
        elif _QUOTE_LINE.match(line):
            stripped = line.lstrip()
            depth = len(stripped) - len(stripped.lstrip("> "))
            depth = stripped[:depth].count(">")
            kind, author = SegmentKind.QUOTED, quoted_author if depth == 1 else None
        elif _ORIGINAL.match(line):
            in_original = True
            quoted_author = _outlook_author(text, lines, i)
            kind, depth, author = SegmentKind.QUOTED, 1, quoted_author
        else:
            header = _match_header(text, lines, i)
            if header:
                end_line, quoted_author = header
                for _ in range(i, end_line + 1):
                    kinds.append((SegmentKind.QUOTED, 1, quoted_author))
                i = end_line + 1
                continue
            if line.rstrip() in ("--", "-- ", "__"):
                in_signature = True
            if in_signature:
                kind = SegmentKind.SIGNATURE
        kinds.append((kind, depth, author))
        i += 1
    return _merge(text, lines, kinds, sender, date)


def _match_header(text: str, lines: list[tuple[int, int]], i: int) -> tuple[int, Address] | None:
    """A quote header may wrap over up to three lines; it must be followed by quoted text."""
    for n in range(3):
        if i + n >= len(lines):
            return None
        if not text[lines[i + n][0] : lines[i + n][1]].strip():
            return None
        chunk = text[lines[i][0] : lines[i + n][1]]
        if len(chunk) > 300:
            return None
        if _QUOTE_HEADER.match(chunk):
            rest = [text[s:e] for s, e in lines[i + n + 1 : i + n + 4] if text[s:e].strip()]
            if rest and _QUOTE_LINE.match(rest[0]):
                return i + n, _quote_author(chunk)
            return None
    return None


def _outlook_author(text: str, lines: list[tuple[int, int]], i: int) -> Address | None:
    for s, e in lines[i + 1 : i + 8]:
        m = re.match(r"^\s*(?:From|Van|Von|De)\s*:\s*(.+)$", text[s:e], re.IGNORECASE)
        if m:
            value = m.group(1)
            email = _EMAIL.search(value)
            name = re.sub(r"<[^>]*>|\[mailto:[^\]]*\]", "", value).strip(" \"'")
            if email and name == email.group(0):
                name = ""
            return Address(name=name, email=email.group(0).lower() if email else "")
    return None


def _merge(
    text: str,
    lines: list[tuple[int, int]],
    kinds: list[tuple[SegmentKind, int, Address | None]],
    sender: Address | None,
    date: datetime | None,
) -> list[Segment]:
    segments: list[Segment] = []
    for (s, e), (kind, depth, author) in zip(lines, kinds, strict=True):
        if not text[s:e].strip():
            continue
        who = sender if kind in (SegmentKind.AUTHORED, SegmentKind.SIGNATURE) else author
        last = segments[-1] if segments else None
        if (
            last
            and last.kind == kind
            and last.depth == depth
            and last.author_email == (who.email if who else "")
        ):
            last.end = e
            continue
        segments.append(
            Segment(
                kind=kind,
                start=s,
                end=e,
                author_name=who.name if who else "",
                author_email=who.email if who else "",
                date=date if kind in (SegmentKind.AUTHORED, SegmentKind.SIGNATURE) else None,
                depth=depth,
            )
        )
    return segments
