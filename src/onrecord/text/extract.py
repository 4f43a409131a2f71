"""Text out of bytes: charset decoding with detection, and text extraction from attachments.

``decode_text`` is the one place that turns bytes of unknown or mis-declared charset into text;
the MIME decoder uses it for bodies and raw 8-bit headers, ``extract_text`` for attachments.
"""

from __future__ import annotations

import codecs
import io
import logging
import re

__all__ = ["decode_text", "extract_text", "normalize_charset"]

# charset labels seen in the wild that Python does not know, or knows by a narrower codec
_CHARSET_ALIASES = {
    "unicode-1-1-utf-7": "utf-7",
    "unicode-1-1-utf-8": "utf-8",
    "utf8": "utf-8",
    "iso-8859-8-i": "iso-8859-8",
    "iso-8859-8-e": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6",
    "iso-8859-6-e": "iso-8859-6",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "ks_c_5601-1989": "cp949",
    "euc-kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cn-gb": "gb18030",
    "big5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "windows-31j": "cp932",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "windows-874": "cp874",
    # WHATWG: latin-1 and ascii labels mean windows-1252 in practice
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "ansi_x3.4-1968": "cp1252",
    "iso-8859-9": "cp1254",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "x-mac-cyrillic": "mac_cyrillic",
    "iso-2022-jp-ms": "iso2022_jp_ext",
}
_UNKNOWN = {"x-unknown", "unknown", "unknown-8bit", "x-user-defined", "default", "none", "charset"}
# codecs that are not ASCII-compatible: bytes must be decoded with them even when pure ASCII
_STATEFUL_PREFIXES = ("utf-7", "utf_7", "utf-16", "utf_16", "utf-32", "utf_32", "iso2022", "hz")


def normalize_charset(name: str | None) -> str | None:
    """A Python codec name for a MIME charset label, or None when unknown/unusable."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    if "*" in label:  # RFC 2231 language suffix: utf-8*en
        label = label.split("*", 1)[0]
    if not label or label in _UNKNOWN:
        return None
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        pass
    for cand in (label.replace("_", "-"), label.replace("-", "_"), label.replace(" ", "-")):
        cand = _CHARSET_ALIASES.get(cand, cand)
        try:
            return codecs.lookup(cand).name
        except LookupError:
            continue
    return None


def _is_stateful(codec: str) -> bool:
    return codec.replace("-", "_").startswith(
        tuple(p.replace("-", "_") for p in _STATEFUL_PREFIXES)
    )


def _mostly_utf8(data: bytes, declared: bool = False) -> bool:
    """UTF-8 text with a few broken sequences (a truncated or mixed-up part).

    When UTF-8 is declared, a single valid multi-byte character outweighing the broken ones is
    enough; otherwise the text needs several and far more good than broken ones.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    if declared:
        return good >= 1 and good >= bad
    return good >= 4 and good >= 4 * bad


_CP1252_PUNCT = frozenset(
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u20ac\u2022\u00a0"
)


def _plausible_cp1252(data: bytes) -> str | None:
    """windows-1252 text whose non-ASCII characters are all Latin letters or common punctuation.

    Detection is unreliable on short Western text (a single "é" may come out as Arabic), while
    legacy Western mail is by far the most common non-UTF-8 case.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    for ch in {c for c in text if ord(c) > 0x7F}:
        if not (
            ("\u00c0" <= ch <= "\u00ff" and ch not in "\u00d7\u00f7")
            or ch in _CP1252_PUNCT
            or ch in "\u00a9\u00ae\u00b0\u00b4\u00ab\u00bb\u00bf\u00a1\u00a3\u00a7"
        ):
            return None
    return text


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
    except Exception:
        return None
    if best is None:
        return None
    return normalize_charset(best.encoding)


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Decode ``data`` to text; returns (text, defect or None).

    Order: the declared charset when it is a stateful/7-bit one (ISO-2022, UTF-7, UTF-16),
    pure ASCII, then UTF-8, then the declared charset, then detection, then windows-1252.
    """
    codec = normalize_charset(declared)
    defect = None
    if declared and codec is None and declared.strip().lower() not in _UNKNOWN:
        defect = f"unknown charset {declared!r}"
    if codec and _is_stateful(codec):
        try:
            return data.decode(codec), None
        except (UnicodeDecodeError, LookupError):
            defect = f"bytes not valid {declared}"
    if data.isascii():
        return data.decode("ascii"), defect
    try:
        return data.decode("utf-8"), defect
    except UnicodeDecodeError:
        pass
    if codec in (None, "utf-8") and _mostly_utf8(data, declared=codec == "utf-8"):
        return data.decode("utf-8", errors="replace"), "invalid utf-8 sequences replaced"
    if codec and codec != "utf-8":
        try:
            return data.decode(codec), defect
        except (UnicodeDecodeError, LookupError):
            if codec == "cp1252":  # a latin-1 label: every byte is valid latin-1
                return data.decode("latin-1"), defect
            defect = f"bytes not valid {declared}"
    elif codec == "utf-8":
        defect = "bytes not valid utf-8"
    western = _plausible_cp1252(data)
    if western is not None:
        return western, defect or "charset guessed as cp1252"
    detected = _detect(data)
    if detected and detected != "utf-8":
        try:
            text = data.decode(detected)
            return text, defect or f"charset detected as {detected}"
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace"), defect or "charset guessed as cp1252"


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.\-]+)""", re.I)
_TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown", "text/csv", "text/x-diff")
_TEXT_EXTS = (".txt", ".md", ".markdown", ".text", ".rst", ".csv", ".log", ".diff", ".patch")


def _kind(content_type: str, filename: str) -> str | None:
    ctype = (content_type or "").split(";", 1)[0].strip().lower()
    name = (filename or "").lower()
    if ctype == "application/pdf" or name.endswith(".pdf"):
        return "pdf"
    if ctype in ("text/html", "application/xhtml+xml") or name.endswith((".html", ".htm")):
        return "html"
    if ctype in _TEXT_TYPES or name.endswith(_TEXT_EXTS):
        return "text"
    if ctype.startswith("text/") and ctype not in ("text/calendar", "text/x-vcard", "text/vcard"):
        return "text"
    return None


def _charset_param(content_type: str) -> str | None:
    m = re.search(r"charset\s*=\s*\"?([^\";\s]+)", content_type or "", re.I)
    return m.group(1) if m else None


def _pdf_text(data: bytes) -> str | None:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(io.BytesIO(data), strict=False)
    pages = []
    for page in reader.pages:
        try:
            pages.append(page.extract_text() or "")
        except Exception:
            pages.append("")
    return "\n\n".join(p.strip() for p in pages).strip()


def html_bytes_to_text(data: bytes, declared: str | None = None) -> str:
    """Decode HTML bytes (declared charset, else the <meta> one, else detection) to text."""
    from onrecord.text.html import html_to_text

    if not declared:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii", "replace") if m else None
    html, _ = decode_text(data, declared)
    return html_to_text(html)[0]


def extract_text(data: bytes, content_type: str, filename: str = "") -> str | None:
    """Extracted text of a PDF, HTML or text/markdown file; None for other types or on failure."""
    try:
        kind = _kind(content_type, filename)
        if kind is None or not data:
            return None if kind is None else ""
        if kind == "pdf":
            return _pdf_text(data)
        if kind == "html":
            return html_bytes_to_text(data, _charset_param(content_type))
        text, _ = decode_text(data, _charset_param(content_type))
        return text.replace("\r\n", "\n").replace("\x00", "")
    except Exception:
        return None
