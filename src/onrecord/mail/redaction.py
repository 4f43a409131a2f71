"""Redacted addresses: a redaction mark is nobody's address.

Published mail hides addresses: ``Andrej Novak <[REDACTED]>``, ``<redacted>``, ``███████``,
``redacted@redacted.com``, ``xxxxx@xxxxx.xxx``, ``(b)(6)``. Taken as an address, one such mark
would merge everybody whose address was withheld into one person. :func:`scrub` drops a redacted
address (identity then falls back to the display name) and a redacted name ("[REDACTED]"), so a
sender with neither is unknown rather than a person called "redacted".
"""

from __future__ import annotations

import re

__all__ = ["may_be_redacted", "scrub"]

_BARE = r"(?:redacted|geanonimiseerd|weggelakt|zwartgelakt|geschwärzt)"  # a mark on its own
_WORD = r"(?:redacted|withheld|removed|geanonimiseerd|weggelakt|zwartgelakt|geschwärzt)"
_MARK = re.compile(
    rf"\[[^\]\n]{{0,40}}?\b{_WORD}\b[^\]\n]{{0,40}}\]|\(\s*{_WORD}\s*\)|<\s*{_WORD}\s*>|\b{_BARE}\b"
    r"|[█■▇▆]+|\(b\)\s*\(\d\)(?:\s*\([A-Z]\))?|\[mailto:\s*\]|\(\s*b\s+\d\s*\)",
    re.IGNORECASE,
)
# an address whose every part is a mark or filler: redacted@redacted.com, xxxxx@xxxxx.xxx
_FILLER = re.compile(rf"^(?:{_WORD}|x{{3,}}|\*+|_{{2,}}|-{{2,}}|#+|[█■▇▆]+)$", re.IGNORECASE)
_QUICK = re.compile(r"redact|withheld|removed|geanonim|gelakt|geschw|xxx|\*\*\*|[█■▇▆]|\(b\)", re.I)


def may_be_redacted(text: str) -> bool:
    """A cheap test: only where this holds can :func:`scrub` change anything."""
    return _QUICK.search(text) is not None


def _redacted_email(email: str) -> bool:
    if "@" not in email:  # "[redacted]", "███", "redacted": a mark where the address was
        return bool(_MARK.search(email) or _FILLER.match(email))
    return any(_FILLER.match(p) for p in re.split(r"[@.]", email) if p)


def scrub(name: str, email: str) -> tuple[str, str]:
    """``(name, email)`` with redaction marks taken out: a redacted address becomes "", a name
    that was only a mark becomes "". Callers test :func:`may_be_redacted` on the raw value."""
    if email and _redacted_email(email):
        email = ""
    name = " ".join(_MARK.sub(" ", name).split()).strip(" \t\"'<>[](),;:")
    if _FILLER.match(name.replace(" ", "")):
        name = ""
    return name, email
