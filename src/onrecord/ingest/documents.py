"""Documents that are not emails: PDF, HTML, Markdown and plain text.

``read`` yields one :class:`RawItem` (kind DOCUMENT) with the file's bytes; ``meta`` holds
``content_type`` and, for Markdown/text, the YAML front matter fields ``author``, ``date``,
``title`` and ``lang`` as strings. ``parse_document`` turns such an item into a
:class:`ParsedDocument`. Metadata precedence: the file's own (front matter, HTML ``<meta>``, PDF
info) wins over ``defaults`` (the CLI's ``--author``/``--date``), which win over a byline or
dateline in the first lines (:mod:`onrecord.ingest.byline`).

Markdown/text: the returned text is the file's text after the front matter block, unchanged
(no stripping), so an offset in it plus the front matter's length is an offset in the file.
Front matter with more than :data:`MAX_YAML_ALIASES` aliases is refused (an alias bomb, ten
levels of ten references, never finished): the document is read without it, with a defect.
"""

from __future__ import annotations

import html as html_lib
import io
import logging
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml
from dateutil import parser as date_parser

from onrecord.ingest.byline import find_byline
from onrecord.ingest.eml import read_bounded
from onrecord.record.limits import DEFAULT_LIMITS, Limits
from onrecord.record.model import ItemKind, ParsedDocument, RawItem
from onrecord.text.markdown import emphasised_paragraphs

__all__ = [
    "NAME",
    "content_type_of",
    "detect",
    "parse_date",
    "parse_document",
    "read",
    "read_front_matter",
    "split_front_matter",
]

NAME = "document"

PDF, HTML, MARKDOWN, TEXT = "application/pdf", "text/html", "text/markdown", "text/plain"
_EXTS = {
    ".pdf": PDF,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".txt": TEXT,
    ".text": TEXT,
}
_META_KEYS = ("author", "date", "title", "lang")
_FRONT_RE = re.compile(
    r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_HTML_SNIFF = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def content_type_of(path: Path, head: bytes) -> str | None:
    if head.startswith(b"%PDF"):
        return PDF
    ctype = _EXTS.get(path.suffix.lower())
    if ctype:
        return ctype
    if _HTML_SNIFF.match(head[:2048]):
        return HTML
    return None


def detect(path: Path, head: bytes) -> int:
    if head.startswith(b"%PDF"):
        return 95
    ctype = _EXTS.get(path.suffix.lower())
    if ctype == TEXT:
        return 30  # a .txt that sniffs as mail goes to eml (70)
    if ctype:
        return 80
    if _HTML_SNIFF.match(head[:2048]):
        return 40
    return 0


def _decode(data: bytes, declared: str | None = None) -> str:
    try:
        from onrecord.text.extract import decode_text
    except ImportError:
        decode_text = None
    if decode_text is not None:
        return decode_text(data, declared)[0]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


#: Aliases (``*name``) allowed in front matter: the fields read here never need many, and each
#: one may multiply what a value expands to.
MAX_YAML_ALIASES = 10
#: A front matter value longer than this is cut (a title, an author: never this long).
MAX_META_CHARS = 1000


class FrontMatterRefused(yaml.YAMLError):
    """Front matter with too many aliases; ``str()`` is the defect."""


class _BoundedLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` counting aliases as it composes, refusing past the limit."""

    aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_YAML_ALIASES:
                raise FrontMatterRefused(
                    f"front matter ignored: more than {MAX_YAML_ALIASES} YAML aliases"
                )
        return super().compose_node(parent, index)


def _meta_str(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)[:MAX_META_CHARS]
    return "" if value is None else str(value).strip()[:MAX_META_CHARS]


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(front matter fields, text after it). Text without a valid YAML mapping block is returned
    whole with no fields."""
    fields, body, _ = read_front_matter(text)
    return fields, body


def read_front_matter(text: str) -> tuple[dict[str, str], str, str | None]:
    """(front matter fields, text after it, a defect or None): as :func:`split_front_matter`,
    but front matter that is refused (:class:`FrontMatterRefused`) is left out of the text and
    named in the defect."""
    match = _FRONT_RE.match(text)
    if not match:
        return {}, text, None
    try:
        data = yaml.load(match.group(1) or "", Loader=_BoundedLoader)  # (a SafeLoader)
    except FrontMatterRefused as exc:
        return {}, text[match.end() :], str(exc)
    except yaml.YAMLError:
        return {}, text, None
    if not isinstance(data, dict):
        return {}, text, None
    fields: dict[str, str] = {}
    lowered = {str(k).strip().lower(): v for k, v in data.items()}
    aliases = {"author": ("author", "authors", "by"), "lang": ("lang", "language")}
    for key in _META_KEYS:
        for name in aliases.get(key, (key,)):
            if name in lowered and _meta_str(lowered[name]):
                fields[key] = _meta_str(lowered[name])
                break
    return fields, text[match.end() :], None


def read(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawItem]:
    source = str(path)
    try:
        data = read_bounded(path, limits)
        if data is None:
            error = limits.too_big(path.stat().st_size)
            yield RawItem(source=source, locator="", kind=ItemKind.DOCUMENT, data=b"", error=error)
            return
    except OSError as exc:
        yield RawItem(
            source=source,
            locator="",
            kind=ItemKind.DOCUMENT,
            data=b"",
            error=f"cannot read file: {exc.strerror or exc}",
        )
        return
    ctype = content_type_of(path, data[:2048]) or TEXT
    meta = {"content_type": ctype}
    if ctype in (MARKDOWN, TEXT):
        fields, _ = split_front_matter(
            _decode(data[:65536]) if len(data) > 65536 else _decode(data)
        )
        meta.update(fields)
    yield RawItem(
        source=source,
        locator="",
        kind=ItemKind.DOCUMENT,
        data=data,
        meta=meta,
        error=None if data.strip() else "empty document",
    )


def parse_date(value: str) -> tuple[datetime | None, int | None]:
    """A date string to (aware UTC datetime, original UTC offset in minutes).

    A date without a zone is taken as UTC with an unknown (None) offset. PDF dates
    (``D:20200102030405+01'00'``) are understood.
    """
    value = (value or "").strip()
    if not value:
        return None, None
    pdf = re.match(r"D:(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?(Z|[+-]\d\d'?\d\d'?)?", value)
    if pdf:
        parts = [int(p) if p else d for p, d in zip(pdf.groups()[:6], (0, 1, 1, 0, 0, 0))]
        zone = (pdf.group(7) or "").replace("'", "")
        value = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}{}".format(*parts, zone)
    try:
        parsed = date_parser.parse(value)
    except (ValueError, OverflowError, TypeError):
        return None, None
    offset = parsed.utcoffset()
    if offset is None:
        return parsed.replace(tzinfo=UTC), None
    try:
        return parsed.astimezone(UTC), int(offset.total_seconds() // 60)
    except (OverflowError, ValueError):
        return None, None


class _HtmlMeta(HTMLParser):
    """Collects <title>, <meta name=... content=...> and <html lang>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.meta: dict[str, str] = {}
        self.lang = ""
        self._in_title = False
        self.text: list[str] = []
        self._skip = 0
        # paragraphs set wholly in <strong>/<b>: (text, still all bold) while one is open
        self.bold: list[str] = []
        self._para: list[Any] | None = None
        self._strong = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            name = (a.get("name") or a.get("property") or a.get("itemprop") or "").lower()
            if name and a.get("content") and name not in self.meta:
                self.meta[name] = a["content"].strip()
        elif tag == "html" and a.get("lang"):
            self.lang = a["lang"].strip()
        elif tag in ("script", "style"):
            self._skip += 1
        elif tag in ("p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"):
            self.text.append("\n")
        if tag == "p":
            self._para = ["", True]
        elif tag in ("strong", "b"):
            self._strong += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in ("strong", "b") and self._strong:
            self._strong -= 1
        elif tag == "p" and self._para is not None:
            if self._para[1] and self._para[0].strip():
                self.bold.append(" ".join(self._para[0].split()))
            self._para = None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.text.append(data)
            if self._para is not None:
                self._para[0] += data
                self._para[1] = self._para[1] and (self._strong > 0 or not data.strip())


_AUTHOR_META = ("author", "dc.creator", "article:author", "citation_author", "twitter:creator")
_DATE_META = (
    "date",
    "dc.date",
    "dcterms.created",
    "article:published_time",
    "citation_date",
    "citation_publication_date",
    "pubdate",
)
#: Bold paragraphs looked up in a page's text at most (an interview has dozens).
MAX_EMPHASISED = 500
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.\-]+)""", re.I)


def _html(
    data: bytes,
) -> tuple[str, dict[str, str], list[tuple[int, int]], list[tuple[int, int]]]:
    m = _CHARSET_RE.search(data[:4096])
    markup = _decode(data, m.group(1).decode("ascii", "replace") if m else None)
    meta_parser = _HtmlMeta()
    try:
        meta_parser.feed(markup)
        meta_parser.close()
    except Exception:
        pass
    fields = {"title": " ".join(meta_parser.title.split()), "lang": meta_parser.lang}
    for key, names in (("author", _AUTHOR_META), ("date", _DATE_META)):
        for name in names:
            if meta_parser.meta.get(name):
                fields[key] = meta_parser.meta[name]
                break
    blocks: list[tuple[int, int]] = []
    try:
        from onrecord.text.html import html_to_text_blocks

        text, _, blocks = html_to_text_blocks(markup)
    except ImportError:
        text = re.sub(r"\n{3,}", "\n\n", html_lib.unescape("".join(meta_parser.text))).strip()
    bold = _find_in(text, meta_parser.bold)
    return text, {k: v for k, v in fields.items() if v}, blocks, bold


def _find_in(text: str, paragraphs: list[str]) -> list[tuple[int, int]]:
    """Where each of ``paragraphs`` (white space normalised) stands in ``text``, in order."""
    spans, pos = [], 0
    for para in paragraphs[:MAX_EMPHASISED]:
        if len(para) > MAX_META_CHARS:  # a question is never this long
            continue
        pattern = r"\s+".join(re.escape(w) for w in para.split())
        m = re.compile(pattern).search(text, pos) if pattern else None
        if m:
            spans.append((m.start(), m.end()))
            pos = m.end()
    return spans


def _pdf(data: bytes, filename: str) -> tuple[str, dict[str, str]]:
    text: str | None = None
    try:
        from onrecord.text.extract import extract_text

        text = extract_text(data, PDF, filename)
    except ImportError:
        pass
    fields: dict[str, str] = {}
    try:
        from pypdf import PdfReader

        logging.getLogger("pypdf").setLevel(logging.ERROR)
        reader = PdfReader(io.BytesIO(data), strict=False)
        info = reader.metadata or {}
        for key, pdf_key in (("title", "/Title"), ("author", "/Author")):
            if info.get(pdf_key):
                fields[key] = str(info[pdf_key]).strip()
        raw_date = info.get("/CreationDate") or info.get("/ModDate")
        if raw_date:
            fields["date"] = str(raw_date)
        if text is None:
            text = "\n\n".join((p.extract_text() or "").strip() for p in reader.pages).strip()
    except Exception:
        pass
    return text or "", {k: v for k, v in fields.items() if v}


def parse_document(item: RawItem, defaults: dict[str, str]) -> ParsedDocument:
    """Text and metadata of a document item. Pure: reads only ``item`` and ``defaults``."""
    filename = item.source
    ctype = item.meta.get("content_type") or content_type_of(Path(filename), item.data[:2048])
    ctype = ctype or TEXT
    blocks: list[tuple[int, int]] = []
    emphasised: list[tuple[int, int]] = []
    defects: list[str] = []
    if ctype == PDF:
        text, fields = _pdf(item.data, filename)
    elif ctype == HTML:
        text, fields, blocks, emphasised = _html(item.data)
    else:
        fields, text, defect = read_front_matter(_decode(item.data).removeprefix("\ufeff"))
        defects = [defect] if defect else []
        emphasised = emphasised_paragraphs(text) if ctype == MARKDOWN else []
    merged = {k: v for k, v in defaults.items() if k in _META_KEYS and v}
    merged.update(fields)
    # the byline only where neither the file's metadata nor the command line says
    found = find_byline(text, merged.get("title", ""))
    for key, value in (("author", found.author), ("date", found.date)):
        if value and not merged.get(key):
            merged[key] = value
    when, offset = parse_date(merged.get("date", ""))
    return ParsedDocument(
        text=text,
        title=merged.get("title", "") or Path(filename).stem,
        author=merged.get("author", ""),
        date=when,
        date_offset_min=offset,
        lang=merged.get("lang", ""),
        content_type=ctype,
        blocks=blocks,
        defects=defects,
        byline_spans=found.spans,
        interview=found.interview,
        interviewer=found.interviewer,
        emphasised=emphasised,
    )
