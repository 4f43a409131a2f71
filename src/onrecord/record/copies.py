"""One message, many copies: a mail printed in a page is the mail the archive already holds.

A blog post, article or court exhibit prints mails (:mod:`onrecord.mail.exhibits`); each becomes
a message of its own (reconstructed ``exhibit``). Where the archive also holds the original mail
- same sender (address, or display name where the print has none), same date, the same body up
to wrapping, quoting and redaction - :func:`link_copies` records the printed one as a copy of
it (table ``copies``): the page is then another source of the original, and the copy's
statements are counted once, as the original's (search and a person's statements skip them).

Dates: within 14 hours (a page prints the writer's local time, often without its offset, and
a print without one reads as UTC). Bodies: the words of the authored statements (two letters or
more, redaction marks dropped) must overlap by 80% of the shorter side and 50% of the longer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from onrecord.record.store import Store, iso

__all__ = ["link_copies", "same_body"]

WINDOW = timedelta(hours=14)
_WORD = re.compile(r"[^\W_]{2,}", re.UNICODE)
_MARKS = frozenset(("redacted", "withheld", "xxx", "xxxx", "xxxxx"))


def _words(texts: Sequence[str]) -> set[str]:
    return {w for t in texts for w in _WORD.findall(t.lower())} - _MARKS


def same_body(copy: Sequence[str], original: Sequence[str]) -> bool:
    """Whether two messages' statement texts are one body up to wrapping and redaction."""
    a, b = _words(copy), _words(original)
    if len(a) < 3 or len(b) < 3:
        return False
    shared = len(a & b)
    return shared >= 0.8 * min(len(a), len(b)) and shared >= 0.5 * max(len(a), len(b))


def link_copies(store: Store) -> int:
    """Link every printed mail not linked yet to its original; returns how many were linked."""
    linked = 0
    for row in store.printed_unlinked():
        when = datetime.fromisoformat(row["date"].replace("Z", "+00:00"))
        email, name = row["from_email"], row["from_name"]
        if not (email or name):
            continue
        found = store.copy_candidates(
            email, name, iso(when - WINDOW) or "", iso(when + WINDOW) or ""
        )
        if not found:
            continue
        texts = store.authored_texts(row["id"])
        for original in found:
            if same_body(texts, store.authored_texts(original)):
                store.link_copy(row["id"], original)
                linked += 1
                break
    return linked
