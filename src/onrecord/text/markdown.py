"""What a Markdown document's author did not write: headings and emphasised paragraphs.

An interview, a column or a news article in Markdown carries the editor's words around the
author's: the headline (``# …``), an italic lede or caption (``*Elf jaar was X uitgever … Een
gesprek over …*``), an emphasised dateline (``*De Vaartbode, 2 juni 2022*``) opening the first
paragraph. Those are neither the author's statements nor the interviewee's: the spans found here
are left out of the document's statements, and a statement that only starts with an emphasised
dateline starts after it.
"""

from __future__ import annotations

import re

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S[^\n]*$", re.M)
# a whole paragraph in *…*, _…_, **…** or ***…*** (opened and closed by the same marker)
_EMPHASISED = re.compile(r"\A([*_]{1,3})(?![\s*_])[\s\S]*?(?<![\s*_])\1\Z")
# a short emphasised phrase opening a paragraph: a dateline or a byline ("*De Vaartbode, 2 juni
# 2022*", "*Door Noor Hendriks*"), not an emphasised word ("*Echt* niet.")
_LEAD = re.compile(
    r"\A([*_]{1,2})(?=[^*_\n]*[\d,]|(?:Door|By|Van onze|From)\b)(?![\s*_])[^*_\n]{1,80}?"
    r"(?<![\s*_])\1[ \t]*(?:[—–-][ \t]*)?"
)


def editorial_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` (a Markdown body) that are headings or wholly emphasised
    paragraphs, in order."""
    spans = [(m.start(), m.end()) for m in _HEADING.finditer(text)]
    for m in _PARAGRAPH.finditer(text):
        para = m.group(0).strip()
        if len(para) > 1 and _EMPHASISED.match(para):
            start = m.start() + m.group(0).index(para[0])
            spans.append((start, start + len(para)))
    return sorted(spans)


def lead_end(text: str) -> int:
    """Where the statement ``text`` really starts: after an emphasised dateline or byline that
    opens it ("*De Vaartbode, 2 juni 2022* De nieuwe brug …" -> at "De nieuwe"), else 0."""
    m = _LEAD.match(text)
    if not m or m.end() >= len(text) or not text[m.end() :].strip():
        return 0
    return m.end()


def emphasised_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the wholly emphasised paragraphs of ``text`` (a Markdown body), markers
    included: where an interview sets its questions (``**Waarom stopte u?**``)."""
    spans = []
    for m in _PARAGRAPH.finditer(text):
        para = m.group(0).strip()
        if len(para) > 1 and _EMPHASISED.match(para) and not _HEADING.match(para):
            start = m.start() + m.group(0).index(para[0])
            spans.append((start, start + len(para)))
    return spans
