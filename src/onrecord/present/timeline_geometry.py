"""The report's time axes: the timeline of the people involved (a row of dots per person,
messages that fall on the same few pixels sharing one) and each claim's stance strip on the
same axis."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from onrecord.text.dates import parse_iso

#: Dots per timeline row; beyond it, messages that fall on the same few pixels share one dot.
MAX_DOTS = 300


def timeline(activities: list[dict[str, Any]], embedded: set[int]) -> dict[str, Any]:
    """Geometry of the timeline chart: one row per person, one dot per message (bigger for more
    statements), diamonds where the person endorsed something, rings and colours where a message
    is quoted as evidence. All numbers; the template draws them."""
    width, left, right, row_h, top = 960, 170, 20, 34, 30
    dated = [(parse_iso(m["date"]), m) for a in activities for m in a["messages"]]
    times = [d for d, _ in dated if d]
    rows_out = []
    if not times:
        return {"width": width, "height": top + 20, "rows": [], "ticks": [], "empty": True}
    lo, hi = min(times), max(times)
    span = max((hi - lo).total_seconds(), 86400.0)
    lo_pad = lo.timestamp() - span * 0.03
    hi_pad = hi.timestamp() + span * 0.03

    def x(d: datetime) -> float:
        return round(
            left + (d.timestamp() - lo_pad) / (hi_pad - lo_pad) * (width - left - right), 1
        )

    for i, a in enumerate(activities):
        y = top + i * row_h + row_h / 2
        dots = []
        undated = 0
        for m in a["messages"]:
            d = parse_iso(m["date"])
            if d is None:
                undated += 1
                continue
            stance = m.get("evidence")
            n = len(m["statements"])
            dots.append(
                {
                    "x": x(d),
                    "y": y,
                    "r": round(3 + min(n, 8) * 0.5, 1),
                    "message": m["id"],
                    "date": m["date"],
                    "subject": m["subject"],
                    "statements": n,
                    "endorses": len(m["endorses"]),
                    "shape": "diamond" if m["endorses"] else "dot",
                    "evidence": stance,
                    "link": m["id"] in embedded,
                }
            )
        if len(dots) > MAX_DOTS:
            dots = _bin(dots, (width - left - right) / MAX_DOTS)
        rows_out.append(
            {"person": a["person"], "y": y, "dots": dots, "undated": undated, "label_y": y + 4}
        )
    height = top + len(activities) * row_h + 30
    return {
        "width": width,
        "height": height,
        "left": left,
        "right": width - right,
        "axis_y": top + len(activities) * row_h + 4,
        "rows": rows_out,
        "ticks": _ticks(lo_pad, hi_pad, x) or [{"x": x(lo), "label": lo.strftime("%Y-%m-%d")}],
        "empty": False,
        "t0": lo_pad,
        "t1": hi_pad,
        "first": lo.strftime("%Y-%m-%d"),
        "last": hi.strftime("%Y-%m-%d"),
    }


def _bin(dots: list[dict[str, Any]], px: float) -> list[dict[str, Any]]:
    """Merge dots less than ``px`` apart into one (its size grows with the statements merged;
    an evidence mark and a link survive the merge)."""
    merged: list[dict[str, Any]] = []
    for d in dots:  # in date order, so x ascends
        last = merged[-1] if merged else None
        if last and d["x"] - last["x0"] < px:
            last["messages"] += 1
            last["statements"] += d["statements"]
            last["endorses"] += d["endorses"]
            last["evidence"] = last["evidence"] or d["evidence"]
            if d["evidence"] or not last["link"]:
                last["message"], last["link"] = d["message"], d["link"]
            last["r"] = round(
                min(3 + min(last["statements"], 8) * 0.5 + last["messages"] ** 0.5, 12), 1
            )
            last["subject"] = f"{last['messages']} messages from {last['date'][:10]}"
        else:
            merged.append({**d, "x0": d["x"], "messages": 1})
    return merged


def _ticks(lo: float, hi: float, x: Callable[[datetime], float]) -> list[dict[str, Any]]:
    """Axis ticks on years, or on months (days for spans under two months)."""
    a, b = datetime.fromtimestamp(lo, UTC), datetime.fromtimestamp(hi, UTC)
    days = (b - a).days
    ticks = []
    if days > 3 * 365:
        step = max(1, (b.year - a.year) // 10 + 1)
        for year in range(a.year + 1, b.year + 1, step):
            ticks.append(datetime(year, 1, 1, tzinfo=UTC))
        fmt = "%Y"
    elif days > 60:
        months = (b.year - a.year) * 12 + b.month - a.month
        step = max(1, months // 10 + 1)
        y, m = a.year, a.month
        for i in range(months + 1):
            if i % step == 0:
                t = datetime(y, m, 1, tzinfo=UTC)
                if a < t <= b:
                    ticks.append(t)
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        fmt = "%Y-%m"
    else:
        step = max(1, days // 8 + 1)
        t = datetime(a.year, a.month, a.day, tzinfo=UTC)
        while t <= b:
            if t > a:
                ticks.append(t)
            t = datetime.fromtimestamp(t.timestamp() + 86400 * step, UTC)
        fmt = "%Y-%m-%d"
    return [{"x": x(t), "label": t.strftime(fmt)} for t in ticks]


# ---------------------------------------------------------------------------- contradictions
def strip(stances: dict[str, Any], timeline: dict[str, Any], embedded: set[int]) -> dict:
    """Geometry of a claim's stance strip, on the time axis of the report's timeline."""
    width, left, right, h = 960, 170, 20, 78
    dated = [(parse_iso(e.get("date")), e) for e in stances.get("statements", [])]
    times = [d for d, _ in dated if d]
    if not times:
        return {"empty": True}
    t0, t1 = timeline.get("t0"), timeline.get("t1")
    ticks = timeline.get("ticks", [])
    if t0 is None or not all(t0 <= d.timestamp() <= t1 for d in times):
        lo, hi = min(times).timestamp(), max(times).timestamp()
        span = max(hi - lo, 86400.0)
        t0, t1 = lo - span * 0.03, hi + span * 0.03
        ticks = None

    def x(d: datetime) -> float:
        return round(left + (d.timestamp() - t0) / (t1 - t0) * (width - left - right), 1)

    if ticks is None:
        ticks = _ticks(t0, t1, x)
    y = {"supports": 12, "neutral": 30, "contradicts": 48}
    dots = [
        {
            "x": x(d),
            "y": y.get(e.get("stance"), 20),
            "stance": e.get("stance", "neutral"),
            "date": e.get("date"),
            "text": e.get("text", ""),
            "turn": e.get("turn", False),
            "message": e.get("message_id"),
            "link": e.get("message_id") in embedded,
        }
        for d, e in dated
        if d
    ]
    return {
        "empty": False,
        "width": width,
        "height": h,
        "left": left,
        "right": width - right,
        "dots": dots,
        "lanes": y,
        "ticks": ticks,
        "axis_y": 60,
    }
