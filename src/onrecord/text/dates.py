"""The record's dates: ISO 8601 with a "Z" for UTC, as the store keeps them."""

from __future__ import annotations

from datetime import datetime


def parse_iso(date: str | None) -> datetime | None:
    """The stored date as a timezone-aware datetime, or None when missing or malformed."""
    if not date:
        return None
    try:
        return datetime.fromisoformat(date.replace("Z", "+00:00"))
    except ValueError:
        return None
