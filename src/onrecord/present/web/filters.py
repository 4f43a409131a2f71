"""Jinja2 filters. Each returns escaped text; only markup the filter makes itself is safe."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from onrecord.index.fulltext import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN


def highlight(snippet: str) -> Markup:
    """An FTS snippet with its match markers as <mark>, everything else escaped."""
    text = str(escape(snippet or ""))
    return Markup(text.replace(HIGHLIGHT_OPEN, "<mark>").replace(HIGHLIGHT_CLOSE, "</mark>"))


def day(value: str | None) -> str:
    return (value or "")[:10] or "undated"


def when(value: str | None) -> str:
    """2016-01-13T19:02:00Z → 2016-01-13 19:02 UTC."""
    if not value:
        return "date unknown"
    return value[:16].replace("T", " ") + (" UTC" if value.endswith("Z") else "")


def percent(value: Any) -> str:
    try:
        return f"{float(value) * 100:.0f}%"
    except (TypeError, ValueError):
        return "?"


def kind_label(kind: str | None) -> str:
    return {None: "unattributed"}.get(kind, kind or "unattributed")


def basename(path: str | None) -> str:
    """The file name of a source ("…/archive.mbox#offset:0" → "archive.mbox#offset:0")."""
    return (path or "").rstrip("/").rsplit("/", 1)[-1]


FILTERS = {
    "basename": basename,
    "highlight": highlight,
    "day": day,
    "when": when,
    "percent": percent,
    "kind_label": kind_label,
}
