"""What each page shows, as plain data from the store (the templates only lay it out).

Text from mail is returned as it is; the templates escape it (Jinja2 autoescape).
"""

from __future__ import annotations

import zlib
from calendar import month_abbr
from dataclasses import dataclass
from typing import Any

from onrecord.index.fulltext import search
from onrecord.present import views
from onrecord.record.store import Store

KINDS = ("authored", "quoted", "forwarded", "signature", "disclaimer", "boilerplate")
SEARCH_KINDS = ("authored", "quoted", "forwarded")
#: Authors get one of this many colours (CSS classes ``a0`` … ``a7``): by person id, so the
#: first persons of an archive all differ, else by address.
AUTHOR_COLOURS = 8


def author_class(name: str | None, email: str | None) -> str:
    key = (email or name or "?").lower().encode()
    return f"a{zlib.crc32(key) % AUTHOR_COLOURS}"


class People:
    """Who is who, for links: an address (or the name of a person known by name only) → the
    person, looked up as needed and remembered for the page."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.known: dict[str, Any] = {}

    def of(self, name: str | None, email: str | None) -> dict[str, Any]:
        """``{"name", "email", "person", "cls"}`` for an author."""
        key = (email or "").lower() or (name or "").lower()
        if key and key not in self.known:
            found = self.store.persons_of([key] if email else [], [] if email else [key])
            self.known[key] = found.get(key)
        p = self.known.get(key) if key else None
        return {
            "name": (p[1] if p else "") or name or email or "?",
            "email": " · ".join(x for x in (name, email) if x),
            "person": p[0] if p else None,
            "cls": f"a{(p[0] - 1) % AUTHOR_COLOURS}" if p else author_class(name, email),
        }


# ---------------------------------------------------------------------------- home
def home(store: Store) -> dict[str, Any]:
    stats = store.stats()
    persons = store.top_persons(21)
    people = People(store)
    latest = [
        {**dict(r), "who": people.of(r["from_name"], r["from_email"])}
        for r in store.latest_messages(12)
    ]
    return {
        "stats": stats,
        "persons": persons[:20],
        "more_persons": len(persons) > 20,
        "latest": latest,
    }


# ---------------------------------------------------------------------------- search
@dataclass
class SearchForm:
    q: str = ""
    person: str = ""
    since: str = ""
    until: str = ""
    kinds: tuple[str, ...] = ("authored",)
    limit: int = 50


def run_search(store: Store, form: SearchForm) -> dict[str, Any]:
    """Hits for a search form, or an ``error`` for the form to show."""
    out: dict[str, Any] = {"hits": [], "error": None, "matched": None}
    if not form.q.strip():
        return out
    emails = names = None
    if form.person.strip():
        found = store.find_person(form.person)
        if not found:
            out["error"] = f"No person matches {form.person!r}."
            return out
        out["matched"] = found
        emails = [e for p in found for e in p["emails"]]
        names = [n for p in found for n in p["names"]]
    dates = {}
    for key in ("since", "until"):
        value = getattr(form, key).strip()
        if value:
            iso = _iso_date(value)
            if iso is None:
                out["error"] = f"{key.capitalize()} {value!r} is not a date (YYYY-MM-DD)."
                return out
            dates[key] = iso
    people = People(store)
    hits = search(
        store,
        form.q,
        emails=emails,
        names=names,
        since=dates.get("since"),
        until=dates.get("until"),
        kinds=form.kinds or ("authored",),
        limit=form.limit,
    )
    out["hits"] = [
        {**h.as_dict(), "raw_snippet": h.snippet, "who": people.of(h.author_name, h.author_email)}
        for h in hits
    ]
    return out


def _iso_date(value: str) -> str | None:
    from datetime import UTC, datetime

    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------------- message
def message(
    store: Store, ref: str, highlight: int | None = None, span: tuple[int, int] | None = None
) -> dict[str, Any] | None:
    """A message (:func:`onrecord.present.views.message_view`, what ``onrecord show`` prints)
    laid out for the page: its body cut into segments (kind, author) and, inside them,
    statements; what its statements endorse, who endorsed them elsewhere, its thread."""
    view = views.message_view(store, ref)
    if view is None:
        return None
    people = People(store)
    text = view["body"]
    statements = [{**s, "start": s["span"][0], "end": s["span"][1]} for s in view["statements"]]
    if span is not None:
        highlight = next((s["id"] for s in statements if (s["start"], s["end"]) == span), highlight)
    endorses = {
        s["id"]: [
            {
                "stance": e["stance"],
                "text": e["text"],
                "message": e["message"],
                "date": e["date"],
                "who": people.of(e["author"]["name"], e["author"]["email"]),
            }
            for e in s["endorses"]
        ]
        for s in statements
        if s["endorses"]
    }
    endorsed_by: dict[int, list[dict[str, Any]]] = {}
    for e in store.endorsers_of(view["id"]):
        endorsed_by.setdefault(e["target"], []).append(
            {
                "stance": e["stance"],
                "message": e["message"],
                "date": e["date"],
                "who": people.of(e["endorser_name"], e["endorser_email"]),
            }
        )
    segments = []
    covered = 0
    for seg in view["segments"]:
        s = {
            **seg,
            "start": seg["span"][0],
            "end": seg["span"][1],
            "author_name": seg["author"]["name"],
            "author_email": seg["author"]["email"],
        }
        if s["start"] > covered:
            segments.append(
                _segment(
                    text, covered, s["start"], None, [], people, endorses, endorsed_by, highlight
                )
            )
        inside = [st for st in statements if s["start"] <= st["start"] and st["end"] <= s["end"]]
        segments.append(
            _segment(
                text, s["start"], s["end"], s, inside, people, endorses, endorsed_by, highlight
            )
        )
        covered = max(covered, s["end"])
    if covered < len(text):
        segments.append(
            _segment(text, covered, len(text), None, [], people, endorses, endorsed_by, highlight)
        )
    row = {
        "id": view["id"],
        "subject": view["subject"],
        "from_email": view["from"]["email"],
        "date": view["date"],
        "date_offset": view["date_offset_minutes"],
        "message_id": view["message_id"],
        "kind": view["kind"],
        "reconstructed": view["reconstructed"],
        "contained_in": view["contained_in"],
        "blob_hash": view["blob_sha256"],
    }
    addresses = store.addresses_of(view["id"])
    return {
        "row": row,
        "from": people.of(view["from"]["name"], view["from"]["email"]),
        "segments": segments,
        "kinds": sorted({s["kind"] for s in segments if s["kind"]}, key=_kind_order),
        "endorsed": [p for s in segments for p in s["pieces"] if p.get("endorsed")],
        "endorsements": [
            {"statement": st, "endorses": endorses[st["id"]]}
            for st in statements
            if st["id"] in endorses
        ],
        "thread": thread(store, view["id"]),
        "to": [people.of(a["name"], a["email"]) for a in addresses if a["role"] == "to"],
        "cc": [people.of(a["name"], a["email"]) for a in addresses if a["role"] == "cc"],
        "sources": view["sources"],
        "attachments": view["attachments"],
    }


def _kind_order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def _segment(
    text: str,
    start: int,
    end: int,
    seg: dict[str, Any] | None,
    statements: list[dict[str, Any]],
    people: People,
    endorses: dict[int, list[dict[str, Any]]],
    endorsed_by: dict[int, list[dict[str, Any]]],
    highlight: int | None,
) -> dict[str, Any]:
    """One segment: its pieces of text, each plain or a statement (with an anchor)."""
    pieces: list[dict[str, Any]] = []
    pos = start
    for st in sorted(statements, key=lambda s: s["start"]):
        if st["start"] < pos:
            continue
        if st["start"] > pos:
            pieces.append({"text": text[pos : st["start"]]})
        pieces.append(
            {
                "text": text[st["start"] : st["end"]],
                "statement": st["id"],
                "endorses": bool(endorses.get(st["id"])),
                "endorsed": bool(endorsed_by.get(st["id"])),
                "endorsed_by": endorsed_by.get(st["id"], []),
                "highlight": st["id"] == highlight,
            }
        )
        pos = st["end"]
    if pos < end:
        pieces.append({"text": text[pos:end]})
    kind = seg["kind"] if seg else None
    return {
        "kind": kind,
        "who": people.of(seg["author_name"], seg["author_email"]) if seg else None,
        "date": seg["date"] if seg else None,
        "original": seg["original"] if seg else None,
        "depth": seg["depth"] if seg else 0,
        "pieces": pieces,
        "blank": not text[start:end].strip(),
    }


def thread(store: Store, message: int) -> list[dict[str, Any]]:
    """The message's thread (:func:`onrecord.present.views.thread_tree`) as a flat list in tree
    order, each with its depth (capped for indentation)."""
    tree = views.thread_tree(store, message)
    out: list[dict[str, Any]] = []

    def walk(nodes: list[dict[str, Any]]) -> None:
        for n in nodes:
            out.append(
                {
                    **{k: v for k, v in n.items() if k != "replies"},
                    "depth": min(n["depth"], 12),
                    "current": n["id"] == message,
                }
            )
            walk(n["replies"])

    walk(tree["tree"] if tree else [])
    return out


# ---------------------------------------------------------------------------- people
def people_list(store: Store, show_all: bool = False, limit: int = 500) -> list[dict[str, Any]]:
    """The persons who wrote most, most first (role addresses too with ``show_all``)."""
    return store.top_persons(limit, roles=show_all)


def person(store: Store, pid: int) -> dict[str, Any] | None:
    p = store.person_by_id(pid)
    if p is None:
        return None
    names = p["names"] or [p["name"]]
    activity = monthly(views.person_activity(store, p))
    people = People(store)
    return {
        "person": p,
        "chart": bar_chart(activity),
        "first": activity[0]["month"] if activity else None,
        "last": activity[-1]["month"] if activity else None,
        "statements": [dict(r) for r in store.statements_of_person(p["emails"], names, 60)],
        "endorsements": [
            {**dict(r), "who": people.of(r["author_name"], r["author_email"])}
            for r in store.endorsements_made(p["emails"], 60)
        ],
    }


def monthly(activity: dict[str, Any] | None) -> list[dict[str, Any]]:
    """A person's activity (:func:`onrecord.present.views.person_activity`) per month: the
    messages they wrote or endorsed in, and the statements they wrote or endorsed there."""
    months: dict[str, dict[str, Any]] = {}
    for m in (activity or {}).get("messages", []):
        if not m["date"]:
            continue
        key = m["date"][:7]
        row = months.setdefault(key, {"month": key, "messages": 0, "statements": 0})
        row["messages"] += 1
        row["statements"] += len(m["statements"]) + len(m["endorses"])
    return [months[k] for k in sorted(months)]


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def bar_chart(
    activity: list[dict[str, Any]], width: int = 720, height: int = 140
) -> dict[str, Any]:
    """An SVG bar chart of statements per month (per year when the span passes 4 years):
    bars with coordinates, labels and the axis maximum, for the template to draw."""
    good = [a for a in activity if a["month"] and len(a["month"]) == 7]
    if not good:
        return {"bars": [], "width": width, "height": height}
    counts = {a["month"]: a for a in good}
    months = _months(good[0]["month"], good[-1]["month"])
    if len(months) > 48:
        years: dict[str, dict[str, int]] = {}
        for a in good:
            y = years.setdefault(a["month"][:4], {"messages": 0, "statements": 0})
            y["messages"] += a["messages"]
            y["statements"] += a["statements"]
        keys = [str(y) for y in range(int(months[0][:4]), int(months[-1][:4]) + 1)]
        series = [(k, years.get(k, {"messages": 0, "statements": 0}), k) for k in keys]
    else:
        series = [
            (
                k,
                counts.get(k, {"messages": 0, "statements": 0}),
                f"{month_abbr[int(k[5:])]} {k[:4]}",
            )
            for k in months
        ]
    top = max(v["statements"] for _, v, _ in series) or 1
    pad_left, pad_bottom, pad_top = 32, 22, 8
    inner_w, inner_h = width - pad_left - 4, height - pad_bottom - pad_top
    step = inner_w / len(series)
    bar_w = max(1.0, step * 0.8)
    bars = []
    for i, (key, v, label) in enumerate(series):
        h = inner_h * v["statements"] / top
        bars.append(
            {
                "key": key,
                "label": label,
                "messages": v["messages"],
                "statements": v["statements"],
                "x": round(pad_left + i * step + (step - bar_w) / 2, 1),
                "y": round(pad_top + inner_h - h, 1),
                "w": round(bar_w, 1),
                "h": round(h, 1),
            }
        )
    every = max(1, len(series) // 8)
    ticks = [
        {"x": round(b["x"] + b["w"] / 2, 1), "label": b["key"]}
        for i, b in enumerate(bars)
        if i % every == 0
    ]
    return {
        "bars": bars,
        "ticks": ticks,
        "top": top,
        "width": width,
        "height": height,
        "base": pad_top + inner_h,
        "left": pad_left,
        "top_y": pad_top,
    }
