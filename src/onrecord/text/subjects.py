"""Subjects compared across a thread: reply and forward prefixes and list tags stripped."""

from __future__ import annotations

import re

_REPLY_PREFIX = re.compile(
    r"^\s*((re|fw|fwd|aw|wg|antw|sv|vs|tr|rif|r|enc|doorst|vl)\s*(\[\d+\])?\s*:\s*|\[[^\]]{1,40}\]\s*)+",
    re.IGNORECASE,
)


def normalize_subject(subject: str) -> tuple[str, bool]:
    """Strip reply/forward prefixes and list tags; say whether there were any."""
    stripped = _REPLY_PREFIX.sub("", subject or "")
    norm = " ".join(stripped.lower().split())
    return norm, norm != " ".join((subject or "").lower().split())
