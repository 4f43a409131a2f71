"""Per-item limits on ingest: how big, how deep, how long one message may be.

A reporter handed a leak does not choose what is in it, so no single item may take the run's
memory or time. Each limit has a default that real mail stays far below and that a user can
change (``onrecord ingest --max-message-mb ...``). What a limit does when it is reached:

* an item larger than ``max_message_bytes`` is counted failed with the reason, and its bytes are
  never held whole: the readers read at most the limit plus one byte and skip the rest;
* a compressed input (a gzip'd mbox) stops at ``max_decompressed_bytes`` in all, or when it
  inflates more than ``max_ratio`` times its compressed size: what is left is one failed item;
* MIME nesting deeper than ``max_mime_depth`` (multiparts and message/rfc822 parts, counted
  together) is kept as an opaque attachment, with a defect;
* a header value longer than ``max_header_bytes`` is cut, and To/Cc past ``max_recipients``
  addresses keep the first ones, each with a defect (the parse work stays bounded);
* body text longer than ``max_text_chars`` is cut with a defect before segmentation, and an
  HTML body longer than ``max_html_chars`` before it is converted to text;
* one item's parse and analysis that runs past ``item_seconds`` is stopped and counted failed
  ("timed out after N s"), and the run goes on.

The defaults were chosen against the hostile-input pass of issue 12: 14,000 nested parts took
5 GB, a 200 MB text body did not finish in 400 s; ordinary archives (the test corpora) come
nowhere near any of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["DEFAULT_LIMITS", "MB", "OPTIONS", "LimitExceeded", "Limits", "from_options"]

MB = 1 << 20


class LimitExceeded(Exception):
    """An item went past one of its :class:`Limits`; ``str()`` is the reason for the user."""


@dataclass(frozen=True, slots=True)
class Limits:
    """The bounds one item must stay within (see the module docstring for what each does)."""

    max_message_bytes: int = 100 * MB
    max_decompressed_bytes: int = 20 * 1024 * MB
    max_ratio: int = 200
    max_mime_depth: int = 32
    max_header_bytes: int = 256 * 1024
    max_recipients: int = 1000
    max_text_chars: int = 5_000_000
    max_html_chars: int = 2_000_000
    item_seconds: float = 300.0

    def __post_init__(self) -> None:
        for name in self.__dataclass_fields__:
            if getattr(self, name) <= 0:
                raise ValueError(f"limit {name} must be positive")

    def too_big(self, size: int | None = None) -> str:
        """The reason for an item over :attr:`max_message_bytes` (``size`` when it is known:
        a reader that stopped at the limit does not know it)."""
        known = f"{_mb(size)} MB, " if size is not None else ""
        return f"too large: {known}over the limit of {_mb(self.max_message_bytes)} MB (--max-message-mb)"


def _mb(n: int) -> str:
    value = n / MB
    return f"{value:.0f}" if value >= 10 else f"{value:.2g}"


DEFAULT_LIMITS = Limits()

#: The limits as command-line options: (option, field, the option's unit in the field's, help).
OPTIONS: tuple[tuple[str, str, int, str], ...] = (
    ("--max-message-mb", "max_message_bytes", MB, "Largest message or document, in MB."),
    ("--max-mime-depth", "max_mime_depth", 1, "Deepest MIME nesting followed."),
    ("--max-decompressed-mb", "max_decompressed_bytes", MB, "Most a gzip'd input inflates to."),
    ("--max-ratio", "max_ratio", 1, "Most a gzip'd input inflates, times its size."),
    ("--max-header-kb", "max_header_bytes", 1024, "Longest header value kept, in KB."),
    ("--max-recipients", "max_recipients", 1, "To/Cc addresses kept per header."),
    ("--max-text-chars", "max_text_chars", 1, "Longest body text analyzed, in characters."),
    ("--max-html-chars", "max_html_chars", 1, "Longest HTML body converted, in characters."),
    ("--item-seconds", "item_seconds", 1, "Time one message may take to analyze."),
)


def from_options(values: Mapping[str, float]) -> Limits:
    """:class:`Limits` from option values keyed by field name, in the options' units (a missing
    one keeps its default); ValueError for one that is not positive."""
    fields = {}
    for _, name, unit, _ in OPTIONS:
        if values.get(name) is not None:
            value = values[name] * unit
            fields[name] = value if name == "item_seconds" else int(value)
    return Limits(**fields)
