"""Mail printed inside documents: court exhibits, FOIA releases, blog posts, PDFs.

Printed mail is text: a block of header lines (``From:``, ``Sent:``/``Date:``, ``To:``, ``Cc:``,
``Subject:`` and their Dutch, German and French names) followed by a body. A printed thread holds
several such mails, newest first, each older one below an ``-----Original Message-----`` line or
simply below the next header block, interrupted by page headers/footers and Bates numbers, with
redaction marks in place of what was withheld.

:func:`split_printed_mail` finds every printed mail of a document and reports spans into the
document text (nothing is rewritten: redaction marks and page furniture stay where they are, and
are reported as spans so later stages can skip them). :func:`looks_like_exhibit` is the cheap
test to run on every document first.

Rules, in short:

* A header line is ``Name: value`` at the start of a line with a known header name (capitalized
  or upper case; ``**From:**`` as Markdown bold too). A header block is >= 3 header lines with
  distinct fields, one of them From, plus a date, To or Subject; header lines may be separated by
  up to two blank lines, and a value may wrap onto up to three continuation lines.
  A document is an exhibit when one block has From + Date + (Subject or To); only then are mails
  split out at all (a lone ``From: the editors`` never makes a mail).
* A body runs from the end of its header block to the next header block, or to a separator line
  (``-----Original Message-----``, ``---------- Forwarded message ---------``, their
  translations, ``Begin forwarded message:``; a long ``____`` rule right before a header block),
  which belongs to neither body. Leading and trailing blank lines and page furniture are trimmed.
* Embedded in prose (a blog post quoting a mail), the body ends after a sign-off
  (``Best,`` / ``Met vriendelijke groet,`` + a short name/signature block) when what follows after a
  blank line is a paragraph of prose rather than a quote header, quoted lines or a disclaimer.
* Page furniture inside a body is reported in ``noise``: exhibit stamps, Bates numbers
  (``OH-000123``), ECF captions (``Case 4:24-cv-04722 Document 32-1 Filed ... Page 3 of 7``),
  ``Page 3 of 7``, confidentiality stamps, lines repeated through the document with an increasing
  counter, and - where pages are separated by form feeds - bare page numbers and running
  headers/footers at page edges.
* Redaction marks (``[REDACTED]``, ``█████``, ``XXXXX``, ``(b)(6)``, ``(b)(7)(C)``) are reported in
  ``redactions`` (body) and ``header_redactions`` (header values). A From line that is nothing but a
  redaction gives ``sender=None`` and ``sender_redacted=True``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from onrecord.mail.addresses import parse_address_list
from onrecord.mail.header_lines import parse_printed_date
from onrecord.record.model import Address

__all__ = ["PrintedMail", "is_page_furniture", "looks_like_exhibit", "split_printed_mail"]


@dataclass(slots=True)
class PrintedMail:
    """One mail printed in a document; all offsets index into the document text."""

    start: int  # first character of the header block
    end: int  # end of the body (end of the header block when the body is empty)
    body_start: int
    body_end: int
    sender: Address | None
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    date: datetime | None = None  # aware, UTC
    date_offset_min: int | None = None  # the printed UTC offset; None when none was printed
    subject: str = ""
    redactions: list[tuple[int, int]] = field(default_factory=list)  # marks inside the body
    noise: list[tuple[int, int]] = field(default_factory=list)  # page furniture inside the body
    bcc: list[Address] = field(default_factory=list)
    header_end: int = 0  # end of the last header line (or its continuation)
    headers: list[tuple[str, str]] = field(default_factory=list)  # (printed name, unfolded value)
    header_redactions: list[tuple[int, int]] = field(default_factory=list)
    sender_redacted: bool = False  # the From value was (only) a redaction mark
    forwarded: bool = False  # the block sat below a "Forwarded message" separator
    lang: str = "en"  # language of the header names: en, nl, de, fr


# ---------------------------------------------------------------------------- header names

_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "from": ("From", "Van", "Von", "De", "Expéditeur", "Absender", "Afzender"),
    "date": ("Sent", "Date", "Verzonden", "Datum", "Gesendet", "Envoyé", "Verstuurd"),
    "to": ("To", "Aan", "An", "À", "A", "Pour"),
    "cc": ("Cc", "CC", "cc", "Kopie", "Copie", "Copie à"),
    "bcc": ("Bcc", "BCC", "bcc", "Blindkopie", "Bcc", "Cci", "CCI"),
    "subject": ("Subject", "Onderwerp", "Betreff", "Objet", "Sujet"),
    "attachments": (
        "Attachments",
        "Attachment",
        "Bijlagen",
        "Bijlage",
        "Anlagen",
        "Anhang",
        "Pièces jointes",
    ),
    "importance": ("Importance", "Priority", "Urgentie", "Prioriteit", "Wichtigkeit", "Priorität"),
}
_NAME_FIELD: dict[str, str] = {}
for _field, _names in _FIELD_NAMES.items():
    for _n in _names:
        _NAME_FIELD[_n] = _field
        _NAME_FIELD[_n.upper()] = _field
_FROM_LANG = {
    "from": "en",
    "van": "nl",
    "afzender": "nl",
    "von": "de",
    "absender": "de",
    "de": "fr",
    "expéditeur": "fr",
}
_DATE_LANG = {"sent": "en", "verzonden": "nl", "verstuurd": "nl", "gesendet": "de", "envoyé": "fr"}

_NAME_ALT = "|".join(re.escape(n) for n in sorted(_NAME_FIELD, key=len, reverse=True))
_HEADER = re.compile(
    rf"[ \t]*(?:\*\*|__)?(?P<name>{_NAME_ALT})(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(?P<value>.*)"
)
_FROM_QUICK = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?:From|FROM|Van|VAN|Von|VON|De|DE|Expéditeur|Absender|Afzender)"
    r"(?:\*\*|__)?[ \t]*:",
    re.MULTILINE,
)
_SEPARATOR = re.compile(
    r"[ \t>]*(?:[-=_*]{2,}[ \t]*)?(?:Original Message|Oorspronkelijk bericht|Origineel bericht|"
    r"Ursprüngliche Nachricht|Originalnachricht|Message d'origine|Message d’origine|"
    r"Forwarded message|Doorgestuurd bericht|Weitergeleitete Nachricht|Message transféré|"
    r"Begin forwarded message:|Begin doorgestuurd bericht:|Anfang der weitergeleiteten Nachricht:|"
    r"Début du message réexpédié :?)(?:[ \t]*[-=_*]{2,})?[ \t]*",
    re.IGNORECASE,
)
_FORWARD_WORDS = re.compile(r"forward|doorgestuurd|weitergeleitet|transféré|réexpédié", re.I)
_RULE = re.compile(r"[ \t]*(?:_{8,}|-{8,}|={8,})[ \t]*")
_BREAK = re.compile(r"\f|\r?\n")
_YAML_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*$", re.M | re.S)

# ---------------------------------------------------------------------------- redactions

_REDACTION = re.compile(
    r"\[[^\]\n]{0,40}?\b(?:REDACTED|Redacted|redacted|WITHHELD|Withheld)\b[^\]\n]{0,40}\]"
    r"|<<?\s*(?:REDACTED|Redacted)\s*>?>"
    r"|\((?:REDACTED|Redacted|redacted)\)"
    r"|\bREDACTED\b"
    r"|[█▓▒■▮▇][█▓▒■▮▇ \t]*[█▓▒■▮▇]|[█▓▒■▮▇]"
    r"|(?<![A-Za-z0-9])(?:[Xx]{3,}(?:[-. /][Xx]{2,})+|[Xx]{4,}|X{3,}(?=@))(?![A-Za-z0-9])"
    r"|\(b\)\s?\(\d\)(?:\s?\([A-Fa-f]\))?"
)

# ---------------------------------------------------------------------------- page furniture

_NOISE = re.compile(
    r"[ \t]*(?:"
    # exhibit stamps
    r"(?:(?:PLAINTIFF|DEFENDANT|GOVERNMENT|JOINT|TRIAL)[S’']*\s+)?(?:EXHIBIT|Exhibit)\s+(?:No\.?\s*)?"
    r"(?:[A-Z]{0,3}[-\s]?\d+[A-Z]?(?:[-.]\d+)?|[A-Z]{1,2})"
    r"|(?:PX|DX|JX|GX)[-\s]?\d+"
    # ECF captions
    r"|Case\s+\d+:\d{2}-[A-Za-z]{2,4}-\d{2,6}\S*.{0,40}?\bDocument\s+\S+.{0,80}?\bPage\s*\d+"
    r"(?:\s+of\s+\d+)?.{0,40}"
    # page markers
    r"|(?:Page|PAGE|Pagina|Seite|Page)\s+\d+\s+(?:of|OF|van|von|de|/)\s+\d+"
    # confidentiality stamps (optionally with a Bates number)
    r"|(?:HIGHLY\s+)?CONFIDENTIAL(?:\s+(?:TREATMENT\s+REQUESTED|INFORMATION))?"
    r"(?:\s*[-–—:]\s*(?:SUBJECT\s+TO\s+(?:A\s+)?PROTECTIVE\s+ORDER|ATTORNEYS[’']?\s+EYES\s+ONLY))?"
    r"(?:\s+[A-Z][A-Z0-9]{1,15}(?:[-_ ][A-Z0-9]{1,15}){0,3}[-_ ]?\d{5,10})?"
    r"|Confidential\s*[-–—]\s*Subject to (?:a )?Protective Order"
    r"|PRIVILEGED\s+(?:&|AND)\s+CONFIDENTIAL|ATTORNEYS[’']?\s+EYES\s+ONLY|FOR OFFICIAL USE ONLY"
    r"|Document ID:\s*[\d.]+"
    # Bates numbers
    r"|[A-Z][A-Z&]{1,15}(?:[-_ ][A-Z0-9]{1,15}){0,3}[-_ ]?\d{5,10}"
    r")[ \t]*"
)
# only at page edges (pages separated by form feeds)
_WEAK_NOISE = re.compile(
    r"[ \t]*(?:\d{1,4}|[-–]\s*\d{1,4}\s*[-–]|(?:Page|Pagina|Seite)\s+\d{1,4}|\d{1,4}\s*/\s*\d{1,4})"
    r"[ \t]*"
)
# a sentence is not furniture, whatever else the line holds
_SENTENCE = re.compile(r"[a-z]{2,}[.!?]\s+[A-Z]|[a-z]{2,}[.!?]$")
_DIGITS = re.compile(r"\d+")

# ---------------------------------------------------------------------------- sign-offs

_CLOSING = re.compile(
    r"[ \t]*(?:(?:best|kind|warm|warmest|many)(?:\s+(?:regards|wishes|thanks))?|regards|"
    r"thanks(?:\s+again)?|thank\s+you|cheers|sincerely(?:\s+yours)?|yours(?:\s+(?:truly|sincerely))?|"
    r"all\s+the\s+best|respectfully|best\s+wishes|"
    r"(?:met\s+)?(?:vriendelijke|hartelijke)\s+groet(?:en)?|groet(?:en|jes)?|mvg|"
    r"mit\s+freundlichen\s+grüßen|mfg|(?:viele|beste|liebe)\s+grüße|gruß|grüße|"
    r"cordialement|bien\s+(?:à\s+vous|cordialement)|amicalement|salutations)"
    r"[ \t]*[,.!]?(?P<name>[ \t]+[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3})?[ \t]*"
    r"|[ \t]*(?:--|[-–—~])[ \t]*(?P<dash>[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,2})[ \t]*",
    re.IGNORECASE,
)
_QUOTE_INTRO = re.compile(r"\b(?:wrote|schreef|schrieb|a\s+écrit)\b|^[ \t]*>", re.I | re.M)
# after a sign-off: "Andrej wrote:" introduces a quote; "heads later wrote to the board" is prose
_QUOTE_LEAD = re.compile(r"\b(?:wrote|schreef|schrieb|a\s+écrit)\s*:|^[ \t]*>", re.I | re.M)
_DISCLAIMER = re.compile(
    r"confidential|intended (?:solely )?(?:for the )?(?:recipient|addressee)|privileged|"
    r"disclaimer|vertrouwelijk|geadresseerde|vertraulich|empfänger|destinataire",
    re.I,
)

# a short line after a sign-off that is still the mail's ("Sent from my iPhone.", "P.S. ...",
# a contact block's "Harbor Logistics Ltd.")
_NOT_SHORT_PROSE = re.compile(
    r"^(?:sent from|verzonden (?:vanaf|met)|verstuurd (?:vanaf|met)|get outlook|p\.?\s?s\b|n\.?b\b)"
    r"|\b(?:Ltd|Inc|Co|Corp|LLC|LLP|B\.V|N\.V|GmbH|Jr|Sr)\.$",
    re.I,
)
_MAILTO = re.compile(r"[\[<(]\s*mailto:\s*([^\]>)\s]+)\s*[\]>)]", re.I)
_EMPTY_BRACKETS = re.compile(r"<\s*>|\[\s*\]|\(\s*\)|\"\s*\"")
_ON_BEHALF = re.compile(r"\s+(?:on behalf of|namens|im Auftrag von|de la part de)\s+.*$", re.I)
_WS = re.compile(r"\s+")


# ---------------------------------------------------------------------------- lines


class _Lines:
    """Line table of a text: lines break at newlines and form feeds."""

    __slots__ = ("ends", "ff", "n", "starts", "text")

    def __init__(self, text: str) -> None:
        starts: list[int] = []
        ends: list[int] = []
        ff: list[bool] = []  # the line is followed by a form feed (a page break)
        pos = 0
        for m in _BREAK.finditer(text):
            starts.append(pos)
            ends.append(m.start())
            ff.append(m.group() == "\f")
            pos = m.end()
        starts.append(pos)
        ends.append(len(text))
        ff.append(False)
        self.text, self.starts, self.ends, self.ff, self.n = text, starts, ends, ff, len(starts)

    def line(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def blank(self, i: int) -> bool:
        s, e = self.starts[i], self.ends[i]
        return s == e or self.text[s:e].isspace()

    def content(self, i: int) -> tuple[int, int]:
        """Span of the line without leading/trailing whitespace."""
        s, e = self.starts[i], self.ends[i]
        line = self.text[s:e]
        return s + len(line) - len(line.lstrip()), s + len(line.rstrip())


@dataclass(slots=True)
class _Header:
    line: int
    name: str
    field: str
    value_start: int
    value_end: int
    extra: list[int]  # continuation line indexes


@dataclass(slots=True)
class _Block:
    first: int  # line index of the first header line
    last: int  # line index of the last line (header or its continuation)
    headers: dict[str, _Header]


def _match_header(lines: _Lines, i: int) -> _Header | None:
    s, e = lines.starts[i], lines.ends[i]
    if s == e:
        return None
    m = _HEADER.match(lines.text, s, e)
    if m is None:
        return None
    name = m.group("name")
    return _Header(i, name, _NAME_FIELD[name], m.start("value"), e, [])


class _Scanner:
    def __init__(self, text: str) -> None:
        self.lines = _Lines(text)
        self._hdr: dict[int, _Header | None] = {}
        skip = _YAML_FRONT.match(text)
        self.skip_until = skip.end() if skip else 0

    def header(self, i: int) -> _Header | None:
        if i not in self._hdr:
            h = None
            if self.lines.starts[i] >= self.skip_until:
                h = _match_header(self.lines, i)
            self._hdr[i] = h
        h = self._hdr[i]
        return (
            None if h is None else _Header(h.line, h.name, h.field, h.value_start, h.value_end, [])
        )

    def block_at(self, i: int) -> _Block | None:
        """The header block that starts at line ``i`` (a header line), if it is one."""
        lines = self.lines
        first = self.header(i)
        if first is None:
            return None
        headers = {first.field: first}
        last = first
        while True:
            k = last.line + 1
            cont: list[int] = []
            while (
                k < lines.n
                and len(cont) < 3
                and not lines.blank(k)
                and self.header(k) is None
                and not _SEPARATOR.fullmatch(lines.text, lines.starts[k], lines.ends[k])
            ):
                cont.append(k)
                k += 1
            blanks = 0
            while k < lines.n and blanks < 3 and lines.blank(k):
                k += 1
                blanks += 1
            nxt = self.header(k) if k < lines.n and blanks <= 2 else None
            if nxt is not None and nxt.field not in headers and (not cont or blanks <= 1):
                last.extra = cont
                headers[nxt.field] = nxt
                last = nxt
                continue
            # after the last header line: a value wraps only when it is empty or ends in , or ;
            wrap: list[int] = []
            for c in cont:
                prev = (
                    lines.text[last.value_start : last.value_end].rstrip()
                    if not wrap
                    else (lines.line(wrap[-1]).rstrip())
                )
                if prev and not prev.endswith((",", ";")):
                    break
                wrap.append(c)
            last.extra = wrap
            break
        if len(headers) < 3 or "from" not in headers:
            return None
        if not ({"date", "to", "subject"} & headers.keys()):
            return None
        end_line = last.extra[-1] if last.extra else last.line
        return _Block(first.line, end_line, headers)

    def blocks(self, stop_at_first_strict: bool = False) -> list[_Block]:
        out: list[_Block] = []
        lines = self.lines
        i = 0
        while i < lines.n:
            if self.header(i) is None:
                i += 1
                continue
            b = self.block_at(i)
            if b is None:
                i += 1
                continue
            out.append(b)
            if stop_at_first_strict and _strict(b):
                return out
            i = b.last + 1
        return out


def _strict(b: _Block) -> bool:
    h = b.headers
    return "from" in h and "date" in h and ("subject" in h or "to" in h)


# ---------------------------------------------------------------------------- public API


def looks_like_exhibit(text: str) -> bool:
    """True when ``text`` prints at least one mail: a From + Date + (Subject or To) block."""
    if not text:
        return False
    m = _FROM_QUICK.search(text)
    if m is None:
        return False
    # scan only from the first From line on (a block may start a line or two above it)
    cut = max(0, text.rfind("\n", 0, max(0, m.start() - 1)))
    cut = max(0, text.rfind("\n", 0, max(0, cut - 1)))
    front = _YAML_FRONT.match(text)
    scanner = _Scanner(text[cut:] if cut > (front.end() if front else 0) else text)
    return any(_strict(b) for b in scanner.blocks(stop_at_first_strict=True))


def split_printed_mail(text: str) -> list[PrintedMail]:
    """Every mail printed in ``text``, in document order (empty unless it looks like an exhibit)."""
    if not text or _FROM_QUICK.search(text) is None:
        return []
    scanner = _Scanner(text)
    blocks = scanner.blocks()
    if not any(_strict(b) for b in blocks):
        return []
    lines = scanner.lines
    noise_lines = _noise_lines(scanner, blocks)
    mails: list[PrintedMail] = []
    for idx, block in enumerate(blocks):
        limit = blocks[idx + 1].first if idx + 1 < len(blocks) else lines.n
        forwarded = _separator_above(scanner, block, blocks[idx - 1].last if idx else -1)
        mails.append(_mail(scanner, block, limit, noise_lines, forwarded))
    return mails


# ---------------------------------------------------------------------------- building a mail


def _separator_above(scanner: _Scanner, block: _Block, floor: int) -> bool:
    """Whether a "forwarded" separator line sits right above the block."""
    lines = scanner.lines
    k = block.first - 1
    while k > floor and lines.blank(k):
        k -= 1
    if k <= floor:
        return False
    s, e = lines.starts[k], lines.ends[k]
    return bool(_SEPARATOR.fullmatch(lines.text, s, e) and _FORWARD_WORDS.search(lines.text, s, e))


def _body_lines(scanner: _Scanner, block: _Block, limit: int, noise: set[int]) -> tuple[int, int]:
    """[first, last] line indexes of the body (last < first when it is empty)."""
    lines = scanner.lines
    text = lines.text
    stop = limit
    for k in range(block.last + 1, limit):
        s, e = lines.starts[k], lines.ends[k]
        if s == e:
            continue
        if _SEPARATOR.fullmatch(text, s, e):
            stop = k
            break
        if _RULE.fullmatch(text, s, e):
            j = k + 1
            while j < limit and (lines.blank(j) or j in noise):
                j += 1
            if j == limit and limit < lines.n:  # a rule right above the next header block
                stop = k
                break
    first = block.last + 1
    while first < stop and (lines.blank(first) or first in noise):
        first += 1
    last = stop - 1
    while last >= first and (lines.blank(last) or last in noise):
        last -= 1
    if last >= first:
        last = _signoff_cut(lines, first, last, noise)
    return first, last


def _signoff_cut(lines: _Lines, first: int, last: int, noise: set[int]) -> int:
    """End the body after a sign-off + signature when prose (not part of the mail) follows."""
    text = lines.text
    for k in range(first, last):
        s, e = lines.starts[k], lines.ends[k]
        if e - s > 60 or s == e:
            continue
        m = _CLOSING.fullmatch(text, s, e)
        if m is None:
            continue
        j = k + 1
        sig = 0
        while j <= last and not lines.blank(j) and j not in noise and sig < 6:
            line = lines.line(j).strip()
            if len(line) > 60 or (
                line.endswith((".", "?", "!", ":")) and not line.endswith(".com")
            ):
                break
            sig += 1
            j += 1
        if sig == 0 and not (m.group("name") or m.group("dash")):
            continue
        if j > last or not lines.blank(j):
            continue
        end_sig = j - 1
        while j <= last and (lines.blank(j) or j in noise):
            j += 1
        if j > last:
            continue
        para_start = lines.starts[j]
        p = j
        while p <= last and not lines.blank(p):
            p += 1
        para = text[para_start : lines.ends[p - 1]]
        if _QUOTE_LEAD.search(para) or _DISCLAIMER.search(para):
            continue
        words, para = para.split(), para.strip()
        # a one-line sentence after a sign-off with the name: "Nobody replied for a week."
        short = len(words) >= 3 and "\n" not in para and para[0].isupper()
        if (len(para) >= 60 and len(words) >= 8) or (
            (len(words) >= 6 or (short and not _NOT_SHORT_PROSE.search(para)))
            and para[-1] in '.!?"”'
        ):
            return end_sig
    return last


def _mail(
    scanner: _Scanner, block: _Block, limit: int, noise: set[int], forwarded: bool
) -> PrintedMail:
    lines = scanner.lines
    text = lines.text
    h = block.headers
    start = lines.content(block.first)[0]
    header_end = lines.content(block.last)[1]
    first, last = _body_lines(scanner, block, limit, noise)
    if last >= first:
        body_start = lines.content(first)[0]
        body_end = lines.content(last)[1]
        noise_spans = [lines.content(k) for k in range(first, last + 1) if k in noise]
        redactions = [m.span() for m in _REDACTION.finditer(text, body_start, body_end)]
        end = body_end
    else:
        body_start = body_end = end = header_end
        noise_spans, redactions = [], []

    values: dict[str, str] = {}
    header_redactions: list[tuple[int, int]] = []
    printed: list[tuple[str, str]] = []
    for hd in sorted(h.values(), key=lambda x: x.line):
        parts = [text[hd.value_start : hd.value_end]]
        header_redactions += [
            m.span() for m in _REDACTION.finditer(text, hd.value_start, hd.value_end)
        ]
        for c in hd.extra:
            parts.append(lines.line(c))
            header_redactions += [
                m.span() for m in _REDACTION.finditer(text, lines.starts[c], lines.ends[c])
            ]
        value = _WS.sub(" ", " ".join(parts)).strip().strip("*_").strip()
        values[hd.field] = value
        printed.append((hd.name, value))

    lang = "en"
    if "from" in h:
        lang = _FROM_LANG.get(h["from"].name.lower(), "en")
    if lang == "en" and "date" in h:
        lang = _DATE_LANG.get(h["date"].name.lower(), lang)

    from_value = values.get("from", "")
    senders = _addresses(from_value, single=True)
    sender = senders[0] if senders else None
    sender_redacted = sender is None and bool(_REDACTION.search(from_value))
    sent = _REDACTION.sub(" ", values.get("date", ""))
    date, offset = parse_printed_date(sent, dayfirst=lang != "en")
    return PrintedMail(
        start=start,
        end=end,
        body_start=body_start,
        body_end=body_end,
        sender=sender,
        to=_addresses(values.get("to", "")),
        cc=_addresses(values.get("cc", "")),
        date=date,
        date_offset_min=offset,
        subject=values.get("subject", ""),
        redactions=redactions,
        noise=noise_spans,
        bcc=_addresses(values.get("bcc", "")),
        header_end=header_end,
        headers=printed,
        header_redactions=sorted(header_redactions),
        sender_redacted=sender_redacted,
        forwarded=forwarded,
        lang=lang,
    )


# ---------------------------------------------------------------------------- noise


def _noise_lines(scanner: _Scanner, blocks: list[_Block]) -> set[int]:
    """Indexes of lines that are page furniture (never header lines)."""
    lines = scanner.lines
    text = lines.text
    in_block: set[int] = set()
    for b in blocks:
        in_block.update(range(b.first, b.last + 1))
    noise: set[int] = set()
    counters: dict[str, list[int]] = {}
    for i in range(lines.n):
        s, e = lines.starts[i], lines.ends[i]
        if s == e or e - s > 160 or i in in_block:
            continue
        if _NOISE.fullmatch(text, s, e):
            line = text[s:e]
            if not _SENTENCE.search(line.strip()):
                noise.add(i)
                continue
        if e - s <= 100 and _DIGITS.search(text, s, e):
            key = _DIGITS.sub("#", text[s:e].strip())
            if len(key) > 3:
                counters.setdefault(key, []).append(i)
    for idxs in counters.values():
        if len(idxs) >= 3 and _increasing_counter(lines, idxs):
            noise.update(idxs)
    if any(lines.ff):
        noise |= _page_edge_noise(lines, in_block)
    return noise


def _increasing_counter(lines: _Lines, idxs: list[int]) -> bool:
    seqs = [[int(d) for d in _DIGITS.findall(lines.line(i))] for i in idxs]
    if len({len(s) for s in seqs}) != 1:
        return False
    if any(_QUOTE_INTRO.search(lines.line(i)) for i in idxs):
        return False
    return any(
        all(seqs[k][pos] < seqs[k + 1][pos] for k in range(len(seqs) - 1))
        for pos in range(len(seqs[0]))
    )


def _page_edge_noise(lines: _Lines, in_block: set[int]) -> set[int]:
    """Bare page numbers and running headers/footers in the first/last lines of pages."""
    pages: list[tuple[int, int]] = []
    first = 0
    for i in range(lines.n):
        if lines.ff[i] or i == lines.n - 1:
            pages.append((first, i))
            first = i + 1
    edges: list[list[int]] = []
    for a, b in pages:
        nonblank = [i for i in range(a, b + 1) if not lines.blank(i)]
        edge = sorted(set(nonblank[:2] + nonblank[-2:]))
        edges.append([i for i in edge if i not in in_block])
    noise: set[int] = set()
    seen: dict[str, set[int]] = {}
    for p, edge in enumerate(edges):
        for i in edge:
            line = lines.line(i)
            if _WEAK_NOISE.fullmatch(line):
                noise.add(i)
                continue
            key = _DIGITS.sub("#", _WS.sub(" ", line.strip()))
            if len(key) <= 100 and not _SEPARATOR.fullmatch(line):
                seen.setdefault(key, set()).add(p)
    need = max(2, (len(pages) + 1) // 2)
    repeated = {k for k, ps in seen.items() if len(ps) >= need}
    if repeated:
        for edge in edges:
            for i in edge:
                if _DIGITS.sub("#", _WS.sub(" ", lines.line(i).strip())) in repeated:
                    noise.add(i)
    return noise


# ---------------------------------------------------------------------------- fields


def _addresses(value: str, single: bool = False) -> list[Address]:
    """Addresses of a printed From/To/Cc value: ``Vale, Marcus; Doe, Jane``, ``[mailto:]``..."""
    if not value:
        return []
    v = _MAILTO.sub(r"<\1>", value.replace("**", " "))
    v = _REDACTION.sub(" ", v)
    v = _EMPTY_BRACKETS.sub(" ", v)
    if single:
        v = _ON_BEHALF.sub("", v)
    v = _WS.sub(" ", v).strip(" ;,")
    if not v:
        return []
    entries = [e.strip(" ,") for e in v.split(";")] if ";" in v else [v]
    out: list[Address] = []
    for entry in entries:
        if not entry:
            continue
        if "@" not in entry and "<" not in entry and " at " not in entry:
            parts = [p.strip() for p in entry.split(",") if p.strip()]
            if single or (
                len(parts) == 2
                and (";" in v or len(parts[0].split()) == 1 or len(parts[1].split()) == 1)
            ):
                parts = [", ".join(parts)]
            out += [Address(name=p.strip("\"' "), email="") for p in parts if p.strip("\"' ")]
            continue
        for a in parse_address_list(entry):
            name = a.name
            if name.lower() == a.email or name.lower() == f"'{a.email}'":
                name = ""
            out.append(Address(name=name, email=a.email) if name != a.name else a)
    if single:
        return out[:1]
    return out


def is_page_furniture(text: str) -> bool:
    """Whether every non-blank line of ``text`` is page furniture (exhibit stamps, Bates
    numbers, filing captions, page numbers): not anybody's statement."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return bool(lines) and all(_NOISE.fullmatch(ln) and not _SENTENCE.search(ln) for ln in lines)
