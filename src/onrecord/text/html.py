"""HTML to readable text, with the character spans of quote containers.

A single iterative pass over an lxml tree (no recursion, so deeply nested broken HTML is fine):
block elements become line breaks, links become ``text (url)``, scripts/styles/head are dropped.
Quote containers (``div.gmail_quote``, ``blockquote type=cite`` or bare (not an indent), ``div#divRplyFwdMsg`` and what
follows it, ``div.moz-cite-prefix`` + blockquote, ``blockquote.gmail_quote``...) are reported as
``(start, end)`` spans in the produced text; nested and adjacent spans are merged.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

__all__ = ["html_to_text", "html_to_text_blocks"]

_SKIP = frozenset(
    {"script", "style", "head", "title", "noscript", "template", "svg", "object", "iframe",
     "meta", "link", "map", "button", "select", "audio", "video", "canvas"}
)  # fmt: skip
_PARA = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "pre", "blockquote",
     "figure", "hr", "address", "fieldset", "form"}
)  # fmt: skip
_LINE = frozenset(
    {"div", "section", "article", "header", "footer", "nav", "aside", "main", "li", "tr", "dt",
     "dd", "center", "figcaption", "caption", "tbody", "thead", "tfoot", "body", "html",
     "details", "summary", "o:p"}
)  # fmt: skip
_CELL = frozenset({"td", "th"})
_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u200b\u3000]+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_LINK_SCHEMES = ("http://", "https://", "ftp://", "mailto:")


class _Out:
    """Accumulates text, tracking position and trailing newlines."""

    __slots__ = ("nl", "parts", "pos", "space")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.nl = 2  # trailing newlines; start of text counts as a paragraph break
        self.space = True  # last emitted char is whitespace

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def text(self, s: str, pre: bool = False) -> None:
        if not s:
            return
        if pre:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
            self._emit(s)
            stripped = s.rstrip("\n")
            self.nl = len(s) - len(stripped) if stripped else self.nl + len(s)
            self.space = s[-1].isspace()
            return
        s = _WS.sub(" ", s)
        if self.space:
            s = s.lstrip(" ")
        if not s:
            return
        self._emit(s)
        self.nl = 0
        self.space = s.endswith(" ")

    def _trim_space(self) -> None:
        while self.parts and self.parts[-1].endswith(" ") and self.nl == 0:
            last = self.parts.pop()
            trimmed = last.rstrip(" ")
            self.pos -= len(last) - len(trimmed)
            if trimmed:
                self.parts.append(trimmed)
                break

    def newline(self, n: int = 1, force: bool = False) -> None:
        if not self.parts:
            return
        self._trim_space()
        add = 1 if force and self.nl < 2 else max(0, n - self.nl)
        if add:
            self._emit("\n" * add)
            self.nl += add
        self.space = True

    def result(self) -> str:
        return "".join(self.parts)


def _is_quote(el: etree._Element) -> bool:
    tag = el.tag
    if tag == "blockquote":
        return (el.get("type") or "").lower() == "cite" or "gmail_quote" in (el.get("class") or "")
    if tag == "div":
        cls = el.get("class") or ""
        return "gmail_quote" in cls or "moz-cite-prefix" in cls or "yahoo_quoted" in cls
    return False


def _is_bare_quote(el: etree._Element) -> bool:
    """A bare ``<blockquote>`` (AOL, Yahoo, webmail). Gmail's and Outlook's "indent" button
    writes one with no border, which is layout, not quoting."""
    if el.tag != "blockquote" or _is_quote(el):
        return False
    style = (el.get("style") or "").replace(" ", "").lower()
    return "border:none" not in style and "border:0" not in style


def _is_reply_header(el: etree._Element) -> bool:
    return el.tag == "div" and (el.get("id") or "") in ("divRplyFwdMsg", "x_divRplyFwdMsg")


def _link_suffix(el: etree._Element, link_text: str) -> str:
    href = (el.get("href") or "").strip()
    if not href.lower().startswith(_LINK_SCHEMES):
        return ""
    shown = href[7:] if href.lower().startswith("mailto:") else href
    text = link_text.strip()
    if not text or text in (shown, href) or text.rstrip("/") == shown.rstrip("/"):
        return "" if text else shown
    return f" ({shown})"


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    n = len(text)
    for start, end in sorted((min(s, n), min(e, n)) for s, e in spans):
        if end <= start:
            continue
        if out and (start <= out[-1][1] or not text[out[-1][1] : start].strip()):
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


def _parse(html: str) -> etree._Element | None:
    html = _XML_DECL.sub("", html.replace("\x00", ""), count=1)
    if not html.strip():
        return None
    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        try:
            return lxml_html.fragment_fromstring(html, create_parent="div")
        except (etree.ParserError, ValueError):
            return None


def _walk(root: etree._Element) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    out = _Out()
    spans: list[tuple[int, int]] = []
    blocks: list[tuple[int, int]] = []  # _BLOCK_TAGS elements, <hr> as an empty span
    bare: list[tuple[int, int]] = []
    # per open element: (quote start or None, reply-header start set by a child, link start)
    stack: list[list[int | None]] = []
    italic: list[tuple[int, int]] = []  # paragraphs set wholly in italics
    ital_start: int | None = None
    pre = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):  # comment or processing instruction: only its tail counts
            if event == "end" and el.tail:
                out.text(el.tail, pre > 0)
            continue
        tag = tag.lower()
        if event == "start":
            if tag in _SKIP:
                walker.skip_subtree()
                stack.append([None, None, None, None, None])
                continue
            _open(el, tag, out, stack, pre)
            if tag == "hr":
                blocks.append((out.pos, out.pos))
            if tag == "p" and _italic_only(el):
                ital_start = out.pos
            if tag == "pre":
                pre += 1
            if el.text:
                out.text(el.text, pre > 0)
            continue
        state = stack.pop()
        if tag not in _SKIP:
            if tag == "pre":
                pre -= 1
            _close(el, tag, out, state, spans, bare, stack)
            if state[4] is not None:
                blocks.append((state[4], out.pos))
            if tag == "p" and ital_start is not None:
                italic.append((ital_start, out.pos))
                ital_start = None
        if el.tail:
            out.text(el.tail, pre > 0)
    text = out.result()
    # a bare blockquote quotes only where the message has text of its own outside it; one that
    # holds the whole message is indentation
    for start, end in bare:
        if text[:start].strip() or text[end:].strip():
            spans.append((start, end))
    return text, _merge(spans, text), sorted(blocks + _runs(italic, text))


def _italic_only(el: etree._Element) -> bool:
    """A paragraph whose text is all in ``<em>``/``<i>`` (a change of typography that sets a
    printed mail apart from the prose around it)."""
    if (el.text or "").strip() or not len(el):
        return False
    kinds = set()
    for child in el:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag not in ("em", "i", "br") or (child.tail or "").strip():
            return False
        kinds.add(tag)
    return bool(kinds - {"br"})


def _runs(paras: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Consecutive italic paragraphs (nothing but white space between them) as one block."""
    out: list[tuple[int, int]] = []
    for s, e in paras:
        if out and not text[out[-1][1] : s].strip():
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# elements that can hold a printed mail apart from a page's prose
_BLOCK_TAGS = frozenset(("blockquote", "pre", "div", "section", "article", "aside", "figure"))


def _open(el: etree._Element, tag: str, out: _Out, stack: list, pre: int) -> None:
    if tag in _PARA:
        out.newline(2)
    elif tag in _LINE:
        out.newline(1)
    elif tag == "br":
        out.newline(1, force=True)
    elif tag in _CELL and not out.space:
        out.text(" \t ")
    if tag == "li":
        out.text("- ")
    quote_start = out.pos if _is_quote(el) else None
    if _is_reply_header(el) and stack and stack[-1][1] is None:
        stack[-1][1] = out.pos
    link_start = len(out.parts) if tag == "a" else None
    bare_start = out.pos if tag == "blockquote" and _is_bare_quote(el) else None
    block_start = out.pos if tag in _BLOCK_TAGS else None
    stack.append([quote_start, None, link_start, bare_start, block_start])


def _close(el: etree._Element, tag: str, out: _Out, state: list, spans: list, bare: list,
           stack: list) -> None:  # fmt: skip
    quote_start, reply_start, link_start, bare_start, _ = state
    if link_start is not None:
        suffix = _link_suffix(el, "".join(out.parts[link_start:]))
        if suffix:
            out.text(suffix if out.parts[link_start:] else suffix.strip())
    if tag in _PARA:
        out.newline(2)
    elif tag in _LINE:
        out.newline(1)
    if reply_start is not None:
        spans.append((reply_start, out.pos))
    if quote_start is not None:
        spans.append((quote_start, out.pos))
    if bare_start is not None:
        bare.append((bare_start, out.pos))


_RAW_OPEN = re.compile(r"<(script|style|head)\b", re.I)
_TAG = re.compile(r"<[^>]*>")
_RAW_CLOSE = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "head")}


def _strip_tags(html: str) -> str:
    """Text without tags, and without script, style and head elements, in linear time on any
    input (regexes searching from every ``<`` to the end were quadratic on 30k unclosed
    ``<script>`` tags or ``<!--`` without ``>``). A ``<`` with no ``>`` after it is text."""
    out: list[str] = []
    closes: dict[str, tuple[int, int]] = {}  # per element: (searched from, the close found)
    pos = 0
    for m in _RAW_OPEN.finditer(html):
        if m.start() < pos:  # inside an element already removed
            continue
        end = _close_after(html, m.group(1).lower(), m.end(), closes)
        if end >= 0:
            out += (html[pos : m.start()], " ")
            pos = end
    out.append(html[pos:])
    html = "".join(out)
    last = html.rfind(">") + 1  # before it, every "<" has a ">" to stop at
    return _WS.sub(" ", _TAG.sub(" ", html[:last]) + html[last:]).strip()


def _close_after(html: str, name: str, start: int, closes: dict[str, tuple[int, int]]) -> int:
    """The end of the first ``</name>`` at or after ``start``, or -1. Searches are remembered
    (the positions only grow), so each part of the text is searched once per element name."""
    known = closes.get(name)
    if known is not None and known[0] <= start and (known[1] < 0 or known[1] >= start):
        return known[1] if known[1] < 0 else _match_end(html, name, known[1])
    m = _RAW_CLOSE[name].search(html, start)
    found = m.start() if m else -1
    closes[name] = (start, found)
    return m.end() if m else -1


def _match_end(html: str, name: str, at: int) -> int:
    m = _RAW_CLOSE[name].match(html, at)
    return m.end() if m else -1


def html_to_text(html: str) -> tuple[str, list[tuple[int, int]]]:
    """Readable text of an HTML document or fragment, and the spans of its quote containers."""
    text, spans, _ = html_to_text_blocks(html)
    return text, spans


def html_to_text_blocks(
    html: str,
) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """:func:`html_to_text`, and the spans of the page's block elements that hold a printed
    text apart from the prose around it: every ``<blockquote>``, ``<pre>``, ``<div>``,
    ``<section>``, ``<article>``, ``<aside>`` and ``<figure>``, each run of paragraphs set wholly
    in italics (``<p><em>``), and each ``<hr>`` as an empty span where it stands."""
    try:
        root = _parse(html)
        if root is None:
            return "", [], []
        text, spans, blocks = _walk(root)
    except Exception:  # lxml can fail on pathological input; fall back to tag stripping
        return _strip_tags(html), [], []
    if not text.strip() and len(html) > 2000:  # libxml2 gave up (e.g. nesting too deep)
        return _strip_tags(html), [], []
    stripped = text.rstrip()
    lead = len(text) - len(text.lstrip())
    if lead:
        spans = [(max(0, s - lead), max(0, e - lead)) for s, e in spans]
        blocks = [(max(0, s - lead), max(0, e - lead)) for s, e in blocks]
        stripped = stripped[lead:]
    n = len(stripped)
    spans = [_trim(stripped, s, min(e, n)) for s, e in spans if s < n]
    return stripped, spans, [_trim(stripped, s, min(e, n)) for s, e in blocks if s <= n]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end
