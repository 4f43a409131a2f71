"""Split a message body into segments: who wrote which span.

One pass over the lines with a small state (the current *context*: authored by the sender, or a
flat quote / forward that runs to the end, each with its author and date), then a pass over each
run of the sender's own lines to take out signatures, disclaimers and boilerplate.

- ``>`` lines are quoted at their depth (plus the depth of the context); the author of depth *d*
  comes from the reply header ("On …, Name <email> wrote:") that introduced it.
- A reply header (:mod:`onrecord.mail.quotes`) counts only where it is followed by ``>`` lines or
  an HTML quote container, or stands at the start of a paragraph and is followed by text: then
  the rest of the message is the quoted message (Outlook/Apple style "flat" quoting).
- "-----Original Message-----" and From/Sent/To/Subject blocks start a flat quote authored by the
  block's From, dated by its Sent/Date; forward markers (:mod:`onrecord.mail.forwards`) and
  Outlook blocks with a ``FW:`` subject start a forwarded part. The header lines belong to the
  quoted or forwarded segment. A From field under a To field is a typed memo's head ("MEMO
  TO: … / FROM: …"), no quote.
- Lotus Notes and GroupWise forms (:mod:`onrecord.mail.notes`: "----- Forwarded by NAME on
  DATE -----", the name/date/To/cc/Subject block, ">>> Name DATE >>>") start a forwarded or
  quoted part authored by the writer the header names; their lines are boilerplate of that
  part (never statements), also inside a ``>`` quote, where the lines under the header at its
  depth are its writer's. ``>`` lines right under any header block are that block's writer's.
- Spans from ``html_quote_spans`` are quoted; their author is read from a header line inside
  the container or just above it.
- A reply header that carries an address starts a flat quote wherever it stands (no blank line
  needed above it); one that shares a line with the reply ("reply On …, a@b wrote:" before
  ``>`` lines) is split at the header. ``>>> text <<<`` arrows are not quoting, and a line that is
  only a link, or the tail of a wrapped link, between ``>`` lines stays in the quote.
- Signatures, disclaimers and boilerplate inside a quoted or forwarded message ("> Mvh\n> Peter")
  are that author's: kind signature/disclaimer/boilerplate at the quote's depth and author.

Every line is looked at a bounded number of times and every regex is applied to a bounded
string, so the cost is linear in the size of the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from onrecord.mail.bodylines import (
    body_lines,
    features,
    may_be_marker,
    memo_head,
    to_fields,
    unquoted,
)
from onrecord.mail.forwards import is_forward_marker, is_forward_subject
from onrecord.mail.inline_answers import answers_in_capitals
from onrecord.mail.notes import NotesHeader, match_notes_intro
from onrecord.mail.notes_table import starts_table
from onrecord.mail.pasted import match_pasted_header, starts_raw_header
from onrecord.mail.quotes import (
    ORIGINAL_MESSAGE,
    HeaderBlock,
    QuoteHeader,
    is_second_person,
    is_subject_line,
    match_header_block,
    match_named_header,
    match_reply_header,
    starts_like_header,
)
from onrecord.mail.segment_html import html_block, html_lines
from onrecord.mail.segment_kinds import Who as _Who
from onrecord.mail.segment_kinds import is_separator, own_kinds, quoted_kinds
from onrecord.mail.signatures import learn_signatures, may_have_footer_lines
from onrecord.record.model import Address, Segment, SegmentKind

__all__ = ["learn_signatures", "segment_body"]

AUTHORED, QUOTED, FORWARDED = SegmentKind.AUTHORED, SegmentKind.QUOTED, SegmentKind.FORWARDED
_MAX_LINE = 2000  # longer lines are never headers; they are checked for nothing but quoting


def segment_body(
    text: str,
    sender: Address | None,
    date: datetime | None,
    html_quote_spans: list[tuple[int, int]] | None = None,
    *,
    known_signatures: Sequence[str] = (),
    date_offset_min: int | None = None,
    addressees: Sequence[Address] = (),
) -> list[Segment]:
    """Segments covering every non-blank part of ``text``, in order, with exact spans.

    ``sender``/``date`` attribute the authored parts; ``html_quote_spans`` are character spans of
    HTML quote containers (from :func:`onrecord.text.html.html_to_text`); ``known_signatures``
    are blocks from :func:`learn_signatures` for this sender. A quote whose header says "you
    wrote:" is the addressee's where ``addressees`` holds exactly one, else its author is unknown.
    """
    spans = body_lines(text)
    raw = [_lost_spaces(text[s:e]) for s, e in spans]
    n = len(raw)
    me = _Who(AUTHORED, sender, date, date_offset_min, 0)
    labels: list[_Who | None] = [None] * n
    html_line = html_lines(spans, html_quote_spans or [])
    inner, qdepth = unquoted(raw)
    blank, colon, cand = features(raw, inner)
    to_near = to_fields(raw, colon)
    to_in: list[int] | None = None  # the same for the text inside quote marks, when needed

    ctx = me
    machinery: list[int] = []  # Notes header lines: the quoted writer's, never statements
    qauth: dict[int, _Who] = {}  # absolute depth → who wrote the > lines at that depth
    splits: dict[int, int] = {}  # line → column where a header starts on a line of the reply
    i = 0
    while i < n:
        if blank[i]:
            i += 1
            continue
        line = raw[i]
        if html_line[i] is not None:
            i = html_block(raw, inner, labels, html_line, i, ctx)
            continue
        d = qdepth[i]
        if d:
            absd = ctx.depth + d
            header = _header_at(inner, qdepth, i, d) if cand[i] else None
            if header is not None:
                count, who, deeper = header
                who.depth = absd + 1 if deeper else absd
                qauth[who.depth] = who
                for k in range(i, i + count):
                    labels[k] = who
                i += count
                continue
            block = match_header_block(inner, i) if colon[i] and len(line) < _MAX_LINE else None
            if block is not None and _block_ok(inner, i, block):
                who = _Who(QUOTED, block.author, block.date, block.offset, absd)
                qauth[absd] = who
                for k in range(i, block.end + 1):
                    labels[k] = who
                i = block.end + 1
                continue
            if to_in is None:
                to_in = to_fields(inner, colon)
            text = inner[i]
            notes = (
                _quoted_notes(inner, qdepth, i, d)
                if to_in[i] - i <= 8
                or text.lstrip()[:2] == "--"
                or text.find("To:", 0, 400) >= 0
                or (text[:8].isspace() and any("To:" in x for x in inner[i + 1 : i + 8]))
                else None
            )
            if notes is not None:  # a Notes header quoted with ">" marks: its writer's lines
                kind = FORWARDED if notes.forward else QUOTED
                who = _Who(kind, notes.author, notes.date, notes.offset, absd)
                qauth[absd] = who
                for k in range(i, notes.end + 1):
                    labels[k] = who
                    machinery.append(k)
                i = notes.end + 1
                continue
            who = qauth.get(absd)
            if who is None or who.depth != absd:
                who = _Who(QUOTED, None, None, None, absd)
                qauth[absd] = who
            labels[i] = who
            i += 1
            continue
        if len(line) >= _MAX_LINE:
            labels[i] = ctx
            i += 1
            continue

        marker = may_be_marker(line)

        # Lotus Notes / GroupWise: a forward marker and its header, or a header block alone
        notes = (
            match_notes_intro(raw, i)
            if to_near[i] - i <= 8  # a Notes header has its To/cc within a few lines
            or (  # or a few lines and many blank ones further
                to_near[i] - i <= 20 and sum(not blank[k] for k in range(i + 1, to_near[i])) <= 2
            )
            or line.find("To:", 0, 400) >= 0
            or (marker and line.lstrip()[:2] == "--")  # "----- Forwarded by …"
            or line.find(">>", 0, 12) >= 0
            or starts_table(line)
            or (
                line[:1] in " \t"
                and line[:8].isspace()
                and any("To:" in x for x in raw[i + 1 : i + 8])
            )
            else None
        )
        if notes is None and colon[i] and (i == 0 or blank[i - 1] or starts_raw_header(line)):
            notes = match_pasted_header(raw, i)
        if notes is not None:
            kind = FORWARDED if notes.forward else QUOTED
            who = _Who(kind, notes.author, notes.date, notes.offset, ctx.depth + 1)
            for k in range(i, notes.end + 1):
                labels[k] = who
                machinery.append(k)
            ctx, qauth, i = who, _body_quotes(raw, qdepth, notes.end, who), notes.end + 1
            continue

        # a forward marker: the forwarded message runs to the end
        if marker and is_forward_marker(line):
            j = _next_nonblank(raw, i + 1)
            block = match_header_block(raw, j, need=1) if j < n else None
            if block is None and j + 1 < n and is_subject_line(raw[j]):
                block = match_header_block(raw, j + 1, need=1)  # Thunderbird: Subject first
            if block is not None:
                who = _Who(FORWARDED, block.author, block.date, block.offset, ctx.depth + 1)
                end = block.end
            else:
                who = _Who(FORWARDED, None, None, None, ctx.depth + 1)
                end = i
            for k in range(i, end + 1):
                labels[k] = who
            ctx = who
            qauth = {}
            i = end + 1
            continue

        # "-----Original Message-----", optionally followed by a From block
        if marker and ORIGINAL_MESSAGE.match(line):
            j = _next_nonblank(raw, i + 1)
            block = match_header_block(raw, j, need=1) if j < n else None
            who = _block_who(block, ctx)
            if block is None:
                who.author = _colonless_from(raw, j)
            end = block.end if block is not None else i
            for k in range(i, end + 1):
                labels[k] = who
            ctx, qauth, i = who, _body_quotes(raw, qdepth, end, who), end + 1
            continue

        # an Outlook / Apple header block: From + Sent/Date + To/Subject
        block = match_header_block(raw, i) if colon[i] else None
        if block is not None and _block_ok(raw, i, block) and not memo_head(raw, i):
            who = _block_who(block, ctx)
            start = _separator_above(raw, labels, i)
            for k in range(start, block.end + 1):
                labels[k] = who
            ctx, qauth, i = who, _body_quotes(raw, qdepth, block.end, who), block.end + 1
            continue

        # "reply On …, a@b wrote:" — the reply and the header share a line (talon)
        if line.endswith(":") and len(line) < 400 and not starts_like_header(line):
            cut = _shared_line_header(raw, qdepth, i)
            if cut is not None:
                col, found = cut
                who = _Who(QUOTED, found.author, found.date, found.offset, ctx.depth + 1)
                qauth[ctx.depth + 1] = who
                labels[i] = who
                splits[i] = col
                i += 1
                continue

        # "On …, Name <email> wrote:"
        found = match_reply_header(raw, i) if cand[i] else None
        if found is None and line.endswith("wrote:"):  # '"Name" wrote:' only before > lines
            found = match_named_header(line)
            after = _next_nonblank(raw, i + 1)
            found = found if found and after < n and qdepth[after] else None
        if found is not None:
            after = _next_nonblank(raw, i + found.lines)
            who = _Who(QUOTED, found.author, found.date, found.offset, ctx.depth + 1)
            if after < n and (qdepth[after] or html_line[after] is not None):
                qauth[ctx.depth + 1] = who
                for k in range(i, i + found.lines):
                    labels[k] = who
                i += found.lines
                continue
            # a header that carries an address is a header wherever it stands (talon: "Lorem\n
            # Den …, Name (a@b) skrev:"); one without needs a paragraph of its own
            if (after < n or found.author.email) and (
                found.author.email or _paragraph_start(raw, labels, i)
            ):
                for k in range(i, i + found.lines):
                    labels[k] = who
                ctx = who
                qauth = {}
                i += found.lines
                continue
        labels[i] = ctx
        i += 1

    answers_in_capitals(raw, labels, machinery)
    _link_continuations(raw, qdepth, labels, me)
    footers = may_have_footer_lines(text)
    kinds = own_kinds(raw, labels, me, known_signatures, footers)
    quoted_kinds(raw, inner, labels, me, kinds, footers, frozenset(machinery))
    kinds.update(dict.fromkeys(machinery, SegmentKind.BOILERPLATE))
    segments = _merge(text, spans, raw, labels, kinds, me, splits, blank)
    for seg in segments:
        if seg.author_name and not seg.author_email and is_second_person(seg.author_name):
            you = addressees[0] if len(addressees) == 1 else Address("", "")
            seg.author_name, seg.author_email = you.name, you.email
    return segments


def _next_nonblank(raw: list[str], j: int) -> int:
    while j < len(raw) and not raw[j].strip():
        j += 1
    return j


def _paragraph_start(raw: list[str], labels: list[_Who | None], i: int) -> bool:
    """A flat (unmarked) quote header stands after a blank line or a separator, or first."""
    if i == 0:
        return True
    prev = raw[i - 1]
    return (
        not prev.strip()
        or is_separator(prev)
        or (
            labels[i - 1] is not None
            and (
                labels[i - 1].kind is not AUTHORED  # type: ignore[union-attr]
            )
        )
    )


def _header_at(
    inner: list[str], qdepth: list[int], i: int, d: int
) -> tuple[int, _Who, bool] | None:
    """A reply header inside a quote ("> On … wrote:") followed by deeper quoted lines."""
    line = inner[i]
    if not line.strip() or len(line) > 400:
        return None
    window = []
    for k in range(i, min(i + 3, len(inner))):
        if qdepth[k] != d:
            break
        window.append(inner[k])
    found = match_reply_header(window, 0) if window else None
    if found is None:
        return None
    j = i + found.lines
    while j < len(inner) and qdepth[j] == d and not inner[j].strip():
        j += 1
    if j < len(inner) and qdepth[j] >= d:
        # deeper lines follow: the header introduces them; same-depth lines: Apple Mail quoted
        # the header together with the text it introduces
        who = _Who(QUOTED, found.author, found.date, found.offset, 0)
        return found.lines, who, qdepth[j] > d
    return None


def _quoted_notes(inner: list[str], qdepth: list[int], i: int, d: int) -> NotesHeader | None:
    """A Lotus Notes header (or forward) inside a ``>`` quote at depth ``d``: all its lines at
    that depth, but for a few that the quoting client wrapped with fewer marks: up to three, or
    up to half of the header's lines where each is a short tail (a two-column header re-wrapped
    under ``>>>>`` leaves the end of each right-column line on a line of its own)."""
    found = match_notes_intro(inner, i)
    if found is None:
        return None
    lost = 0
    short = True
    for k in range(i, found.end + 1):
        if qdepth[k] != d and inner[k].strip():
            lost += 1
            short = short and len(inner[k].strip()) <= 40
            if qdepth[k] > d:
                return None
    if lost > 3 and (not short or 2 * lost > found.end - i + 1):
        return None
    return found


def _body_quotes(raw: list[str], qdepth: list[int], end: int, who: _Who) -> dict[int, _Who]:
    """Outlook Express writes the original under its header block with ``>`` marks: ``>``
    lines right under a header block are that block's writer's (the qauth entry for them)."""
    j = _next_nonblank(raw, end + 1)
    if j < len(raw) and qdepth[j] == 1 and who.author is not None:
        d = who.depth + 1
        return {d: _Who(who.kind, who.author, who.date, who.offset, d)}
    return {}


def _block_ok(raw: list[str], i: int, block: HeaderBlock) -> bool:
    """A header block needs content after it, and its From must look like an address or name."""
    if block.fields < 2:
        return False
    return not (block.fields == 2 and not (block.author.email or block.date))


def _block_who(block: HeaderBlock | None, ctx: _Who) -> _Who:
    if block is None:
        return _Who(QUOTED, None, None, None, ctx.depth + 1)
    kind = FORWARDED if is_forward_subject(block.subject) else QUOTED
    return _Who(kind, block.author, block.date, block.offset, ctx.depth + 1)


_LOST_SPACE = re.compile(r"(?<!\S)\?(?!\S)")


def _lost_spaces(line: str) -> str:
    """The line with the non-breaking spaces that an archive turned into "?" read as spaces
    again ("\t\t? ? ? ? To: ? ? ? ?david.matthews@…", "cc: ?"): a "?" standing alone between
    spaces, one for one, so that columns keep their places."""
    return _LOST_SPACE.sub(" ", line) if "?" in line else line


def _separator_above(raw: list[str], labels: list[_Who | None], i: int) -> int:
    """Include a separator line (``____``, ``-----``) just above a header block."""
    j = i - 1
    while j >= 0 and not raw[j].strip():
        j -= 1
    if (
        j >= 0
        and i - j <= 3
        and is_separator(raw[j])
        and (
            labels[j] is None or labels[j].kind is AUTHORED  # type: ignore[union-attr]
        )
    ):
        return j
    return i


_SHARED_START = re.compile(r"(?:-{2,}[ \t]*|(?<=\s))(?=(?:On|Am|Le|Op|El|Em|Den|Dnia|W dniu)\s)")
_LINK_ONLY = re.compile(r"^[ \t]*[(<]?(?:https?://|www\.)\S{1,2000}[ \t]*>?[ \t]*$")
_OPEN_LINK = re.compile(r"[(<](?:https?://|www\.)[^)>\s]*$")
_COLONLESS_FROM = re.compile(r"^[ \t]*(?:Von|From|Van|De)[ \t]+(?P<name>[^:@<>\d]{2,80})$")


def _shared_line_header(
    raw: list[str], qdepth: list[int], i: int
) -> tuple[int, QuoteHeader] | None:
    """A reply header that starts after the reply's text on the same line, before ``>`` lines."""
    line = raw[i]
    j = _next_nonblank(raw, i + 1)
    if j >= len(raw) or not qdepth[j]:
        return None
    for m in _SHARED_START.finditer(line, 1):
        if not line[: m.start()].strip():
            continue
        found = match_reply_header([line[m.end() :]], 0)
        if found is not None and (found.author.email or found.date):
            return m.start(), found
    return None


def _colonless_from(raw: list[str], j: int) -> Address | None:
    """The author of a header whose fields have no colons (Tobit David: "Von Name")."""
    for k in range(j, min(j + 5, len(raw))):
        m = _COLONLESS_FROM.match(raw[k])
        if m:
            return Address(name=m.group("name").strip(), email="")
    return None


def _link_continuations(raw: list[str], qdepth: list[int], labels: list[_Who | None],
                        me: _Who) -> None:  # fmt: skip
    """An unquoted line inside a quote that is only a link or the tail of a wrapped link (the
    client re-wrapped a long URL and lost the ``>``) belongs to the quote around it."""
    n = len(raw)
    for k in range(1, n - 1):
        if qdepth[k] or not qdepth[k - 1] or not qdepth[k + 1] or not raw[k].strip():
            continue
        if labels[k] is not me and labels[k] is not None:
            continue
        above = labels[k - 1]
        if above is None or above is me:
            continue
        line = raw[k]
        if _LINK_ONLY.match(line) or (
            " " not in line.strip() and _OPEN_LINK.search(raw[k - 1]) is not None
        ):
            labels[k] = above


def _merge(text: str, spans: list[tuple[int, int]], raw: list[str], labels: list[_Who | None],
           kinds: dict[int, SegmentKind], me: _Who,
           splits: dict[int, int], blank: list[bool]) -> list[Segment]:  # fmt: skip
    """Consecutive lines with the same kind and author make one segment, trimmed to its
    non-blank text."""
    segments: list[Segment] = []
    last_who: _Who | None = None
    last_kind: SegmentKind | None = None
    seg: Segment | None = None
    for k, (s, _e) in enumerate(spans):
        if blank[k]:
            continue
        line = raw[k]
        who = labels[k] or me
        if splits and k in splits:  # the reply's part of a shared line, then the header
            col = splits[k]
            parts: tuple[tuple[SegmentKind, _Who, int, str], ...] = (
                (kinds.get(k, me.kind), me, s, line[:col]),
                (who.kind, who, s + col, line[col:]),
            )
        else:
            parts = ((kinds.get(k, who.kind) if kinds else who.kind, who, s, line),)
        for kind, w, ps, piece in parts:
            if seg is not None and w is last_who and kind is last_kind:
                seg.end = ps + len(piece.rstrip())
                continue
            last_who, last_kind = w, kind
            author = w.author
            seg = Segment(
                kind=kind,
                start=ps + (len(piece) - len(piece.lstrip())),
                end=ps + len(piece.rstrip()),
                author_name=author.name if author else "",
                author_email=author.email if author else "",
                date=w.date,
                depth=w.depth,
                date_offset_min=w.offset,
            )
            segments.append(seg)
    del text
    return segments
