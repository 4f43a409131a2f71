"""HTML quote containers (gmail_quote, ``blockquote type=cite``) in a message body: which lines
they hold and who wrote them, for :func:`onrecord.mail.segment.segment_body`."""

from __future__ import annotations

from onrecord.mail.forwards import is_forward_subject
from onrecord.mail.quotes import match_header_block, match_reply_header, quote_depth
from onrecord.mail.segment_kinds import Who
from onrecord.record.model import SegmentKind

__all__ = ["html_block", "html_lines"]

AUTHORED, QUOTED, FORWARDED = SegmentKind.AUTHORED, SegmentKind.QUOTED, SegmentKind.FORWARDED


def html_lines(
    spans: list[tuple[int, int]], quote_spans: list[tuple[int, int]]
) -> list[int | None]:
    """For each line, the index of the HTML quote span that contains its start, or None."""
    out: list[int | None] = [None] * len(spans)
    if not quote_spans:
        return out
    qs = sorted(quote_spans)
    q = 0
    for k, (s, e) in enumerate(spans):
        while q < len(qs) and qs[q][1] <= s:
            q += 1
        if (q < len(qs) and qs[q][0] <= s < qs[q][1]) or (q < len(qs) and s < qs[q][0] < e):
            out[k] = q
    return out


def html_block(raw: list[str], inner: list[str], labels: list[Who | None],
                html_line: list[int | None], i: int, ctx: Who) -> int:  # fmt: skip
    """Label the lines of one HTML quote container; the author from a header in or above it."""
    q = html_line[i]
    j = i
    while j < len(raw) and (html_line[j] == q or not raw[j].strip()):
        j += 1
    while j > i and not raw[j - 1].strip():
        j -= 1
    who = Who(QUOTED, None, None, None, ctx.depth + 1)
    # a header line just above the container ("On … wrote:" outside the gmail_quote div)
    above = i - 1
    while above >= 0 and not raw[above].strip():
        above -= 1
    start = i
    for k in range(max(0, above - 2), above + 1):
        if labels[k] is not None and labels[k].kind is not AUTHORED:  # type: ignore[union-attr]
            continue
        found = match_reply_header(raw, k)
        if found is not None and k + found.lines - 1 == above:
            who.author = found.author
            start = k
            break
    else:
        for k in range(i, min(j, i + 12)):
            if not raw[k].strip():
                continue
            found = match_reply_header(inner, k)
            if found is not None:
                who.author = found.author
                break
            block = match_header_block(inner, k, need=1)
            if block is not None:
                who.author, who.date, who.offset = block.author, block.date, block.offset
                if is_forward_subject(block.subject):
                    who.kind = FORWARDED
                break
    for k in range(start, j):
        if start < i and k < i:
            labels[k] = who
        elif raw[k].strip():
            d = _quote_depth_of(raw[k])
            labels[k] = who if d == 0 else Who(QUOTED, None, None, None, who.depth + d)
    return j


def _quote_depth_of(line: str) -> int:
    return quote_depth(line)[0]
