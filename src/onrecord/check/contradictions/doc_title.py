"""A document's headline repeated as its first statement.

An HTML page prints its title again as its ``<h1>`` ("Inland yards must stop waiting for the
perfect fuel", title "Inland yards must stop waiting for the perfect fuel | Inland Shipping
Review"); without a Markdown "#" nothing marks that line as a heading, so it became a statement
of the author. A headline is the editor's summary, often pointed beyond what the piece says: it
is no statement to hold against the author's others. :func:`is_title` compares a statement with
the title and with each part of it between separators (" | ", " - ", " – ", " — ", ": ").
"""

from __future__ import annotations

import re

__all__ = ["is_title"]

_SEPARATOR = re.compile(r"\s+[|–—-]\s+|:\s+|\s+[·•]\s+")
_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def is_title(text: str, title: str | None) -> bool:
    """Whether ``text`` is the document's ``title`` or a part of it, word for word."""
    if not title or not text.strip():
        return False
    own = _norm(text)
    if not own:
        return False
    return own == _norm(title) or any(own == _norm(p) for p in _SEPARATOR.split(title))
