"""Word lists written as running text: one place for the ``frozenset(text.split())`` idiom."""

from __future__ import annotations

__all__ = ["wordset"]


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (word lists in the source read as
    prose: ``wordset("a an the")``)."""
    return frozenset(text.split())
