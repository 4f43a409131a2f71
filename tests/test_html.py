from __future__ import annotations

from onrecord.text.html import html_to_text


def test_script_style_dropped_links_kept() -> None:
    html = (
        "<html><head><style>p{color:red}</style><script>alert('x')</script></head>"
        '<body><p>Read <a href="https://example.org/r">the report</a>.</p></body></html>'
    )
    text, spans = html_to_text(html)
    assert text == "Read the report (https://example.org/r)."
    assert spans == []


def _quoted(html: str) -> list[str]:
    text, spans = html_to_text(html)
    return [text[s:e] for s, e in spans]


def test_gmail_quote_span() -> None:
    html = (
        "<div>Sounds good.</div><div class=gmail_quote><div>On Mon, Bob wrote:</div>"
        "<blockquote class=gmail_quote>old text</blockquote></div>"
    )
    assert _quoted(html) == ["On Mon, Bob wrote:\n\nold text"]


def test_outlook_reply_header_and_rest() -> None:
    html = (
        "<body><div>Reply</div><hr><div id=divRplyFwdMsg><b>From:</b> X</div>"
        "<div>original</div><p>more</p></body>"
    )
    assert _quoted(html) == ["From: X\noriginal\n\nmore"]


def test_moz_cite_prefix_merged_with_blockquote() -> None:
    html = (
        "<p>top</p><div class=moz-cite-prefix>On 1/1 X wrote:</div>"
        "<blockquote type=cite>quoted</blockquote><p>after</p>"
    )
    text, spans = html_to_text(html)
    assert [text[s:e] for s, e in spans] == ["On 1/1 X wrote:\n\nquoted"]
    assert text.endswith("after")


def test_broken_and_empty_html() -> None:
    assert html_to_text("") == ("", [])
    assert html_to_text("<p>unclosed <b>bold <i>x")[0] == "unclosed bold x"
    deep = "<div>" * 5000 + "deep" + "</div>" * 10
    assert "deep" in html_to_text(deep)[0]
    assert html_to_text('<?xml version="1.0" encoding="utf-8"?><p>x</p>')[0] == "x"


def test_bare_blockquote_is_a_quote_unless_it_holds_everything() -> None:
    html = "<div>message</div><blockquote>Quote</blockquote><div>disclaimer</div>"
    assert _quoted(html) == ["Quote"]
    assert _quoted("<blockquote>Reply<div>Test</div></blockquote>") == []
    indent = '<div>a</div><blockquote style="margin:0 0 0 40px;border:none">b</blockquote>'
    assert _quoted(indent) == []
