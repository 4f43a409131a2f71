"""Checks shared by the report tests: parse the HTML (or Markdown rendered as HTML), assert it
runs nothing (no script, no event handler, no external load) and that its in-file links
resolve."""

from __future__ import annotations

import lxml.html
from markdown_it import MarkdownIt


def _doc(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def _markdown_as_html(md: str) -> lxml.html.HtmlElement:
    """The Markdown as a CommonMark viewer shows it (raw HTML passed through, as GitHub and
    most viewers do before sanitizing)."""
    return _doc(MarkdownIt("commonmark").render(md))


def _assert_inert(doc: lxml.html.HtmlElement) -> None:
    """No element that runs or loads anything, no event handler, no network reference."""
    for tag in (
        "script",
        "img",
        "iframe",
        "object",
        "embed",
        "link",
        "base",
        "form",
        "video",
        "audio",
        "source",
        "frame",
        "meta[@http-equiv='refresh']",
    ):
        assert not doc.xpath(f"//{tag}"), f"<{tag}> in the output"
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), f"{name}= on <{el.tag}>"
            if name.lower() in (
                "href",
                "src",
                "xlink:href",
                "action",
                "srcset",
                "data",
                "poster",
                "formaction",
            ):
                v = value.strip().lower()
                assert v.startswith("#"), f"{name}={value!r} on <{el.tag}> is not an in-file link"
    for style in doc.xpath("//style"):
        assert "url(" not in style.text_content() and "@import" not in style.text_content()


def _assert_links_resolve(doc: lxml.html.HtmlElement) -> set[str]:
    ids = {el.get("id") for el in doc.iter() if isinstance(el.tag, str) and el.get("id")}
    targets = {a.get("href")[1:] for a in doc.xpath("//a[@href]")}
    assert targets, "no in-file links"
    missing = targets - ids
    assert not missing, f"links without a target: {sorted(missing)[:5]}"
    return targets
