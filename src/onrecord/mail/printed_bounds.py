"""Where a mail printed in a page ends: at the page's own structure.

:func:`onrecord.mail.exhibits.split_printed_mail` reads text only, so a printed mail's body runs
to the next header block or a sign-off. A blog post or article sets the mails it prints apart
from its prose (a ``<blockquote>``, a ``<pre>``, an ``<hr>``), and the paragraphs after that
element are the page author's again ("He then proposed merging the lab into his company
instead."). :func:`end_at_structure` cuts each printed mail at the end of the element that holds
its body (or else its header), or at a rule (``<hr>``) inside that element; where no element
holds it, at the first element or rule that starts inside its body. A page with no such
elements is left as the text rules cut it.
"""

from __future__ import annotations

from collections.abc import Sequence

from onrecord.mail.exhibits import PrintedMail

__all__ = ["end_at_structure"]


def holder(blocks: Sequence[tuple[int, int]], pos: int, lo: int = 0) -> tuple[int, int] | None:
    """The innermost non-empty block that holds ``pos`` and starts at or after ``lo``."""
    best = None
    for s, e in blocks:
        if lo <= s <= pos < e and (best is None or s >= best[0]):
            best = (s, e)
    return best


def _first_nonspace(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _limit(text: str, pm: PrintedMail, blocks: Sequence[tuple[int, int]]) -> int | None:
    first = _first_nonspace(text, pm.body_start, pm.body_end)
    if first >= pm.body_end:
        return None
    # the body set apart in an element of its own (the header above it, or in it too)
    held = holder(blocks, first, lo=pm.start) or holder(blocks, pm.start)
    end = held[1] if held is not None else len(text)
    lo = held[0] if held is not None else -1
    # a rule (<hr>) inside the element, or where nothing holds the mail, an element that starts
    # inside its body
    cuts = [s for s, e in blocks if first < s < end and (s == e or held is None) and s > lo]
    limit = min([end, *cuts])
    return limit if limit < pm.body_end else None


def end_at_structure(
    text: str, mails: list[PrintedMail], blocks: Sequence[tuple[int, int]]
) -> list[PrintedMail]:
    """``mails`` (in place) with each body cut where the page's element holding it ends."""
    if not blocks:
        return mails
    for pm in mails:
        limit = _limit(text, pm, blocks)
        if limit is None or limit >= pm.body_end:
            continue
        cut_body(text, pm, max(limit, pm.body_start))
    return mails


def cut_body(text: str, pm: PrintedMail, end: int) -> None:
    """``pm``'s body (in place) ending at ``end``, trailing space and what lay beyond dropped."""
    while end > pm.body_start and text[end - 1].isspace():
        end -= 1
    pm.body_end = end
    pm.end = max(end, pm.header_end, pm.start)
    pm.noise = [(a, b) for a, b in pm.noise if a < end]
    pm.redactions = [(a, b) for a, b in pm.redactions if a < end]
