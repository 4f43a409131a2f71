"""The report rendered: HTML and Markdown from the report's data (Jinja templates in
``present/templates``), with the file paths cut to their names unless asked for in full."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from onrecord.present.views import display_name


def _date(value: str | None, full: bool = False) -> str:
    if not value:
        return "undated"
    return value.replace("T", " ").replace("Z", " UTC") if full else value[:10]


def _days(value: float | None) -> str:
    if value is None:
        return "?"
    if value >= 730:
        return f"{value:,.0f} days ({value / 365.25:.1f} years)"
    return f"{value:,.0f} day{'s' if round(value) != 1 else ''}"


def _pct(value: float | None) -> str:
    return "?" if value is None else f"{value:.0%}"


def _stance_class(stance: str | None) -> str:
    return re.sub(r"[^a-z_]", "", (stance or "neutral").lower()) or "neutral"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~])")


def md_inline(value: Any) -> str:
    """Mail text as one line of Markdown that renders as the same text: white space collapsed,
    every character with a Markdown or HTML meaning backslash-escaped (CommonMark)."""
    text = " ".join(str(value if value is not None else "").split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = re.sub(r"^([-+=#])", r"\\\1", text)
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", text)


def md_fence(value: Any, info: str = "text") -> str:
    """Text as a fenced code block whose fence no line of it can close."""
    text = str(value if value is not None else "")
    longest = max((len(r) for r in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}"


def _environment(markdown: bool) -> Environment:
    env = Environment(
        loader=PackageLoader("onrecord.present", "templates"),
        autoescape=not markdown,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        date=_date,
        pct=_pct,
        days=_days,
        stance=_stance_class,
        who=display_name,
        md=md_inline,
        fence=md_fence,
    )
    return env


def render_html(report: dict[str, Any]) -> str:
    return _environment(markdown=False).get_template("report.html.j2").render(r=report)


def render_markdown(report: dict[str, Any]) -> str:
    text = _environment(markdown=True).get_template("report.md.j2").render(r=report)
    return re.sub(r"\n{3,}", "\n\n", text)


PATH_KEYS = ("source", "path", "db")


def short_paths(obj: Any) -> Any:
    """A copy with every file path (``source``, ``path``, ``db``) cut to its file name (and
    locator): a report sent to an editor does not reveal the folders of the machine that
    ingested the archive."""
    if isinstance(obj, dict):
        return {
            k: _short(v) if k in PATH_KEYS and isinstance(v, str) else short_paths(v)
            for k, v in obj.items()
        }
    if isinstance(obj, list):
        return [short_paths(v) for v in obj]
    return obj


def _short(value: str) -> str:
    head, sep, tail = value.partition("#")
    return head.replace("\\", "/").rsplit("/", 1)[-1] + sep + tail


def write_report(
    report: dict[str, Any],
    html: Path | None = None,
    md: Path | None = None,
    *,
    full_paths: bool = False,
) -> dict[str, str]:
    """Write the HTML and/or Markdown files; returns the paths written. Source files are named
    without their folders unless ``full_paths``."""
    if not full_paths:
        report = short_paths(report)
    written = {}
    if html is not None:
        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(render_html(report), encoding="utf-8")
        written["html"] = str(html)
    if md is not None:
        md.parent.mkdir(parents=True, exist_ok=True)
        md.write_text(render_markdown(report), encoding="utf-8")
        written["md"] = str(md)
    return written
