"""Views of the record for people to read: plain functions from the Store to dicts.

The report, the web app and ``onrecord show``/``thread`` share them, so a message, its thread and
a person's activity read the same everywhere. Everything returned is JSON-ready (str, int, float,
None, lists and dicts); text from mail is returned as it is, and escaping it is the renderer's job.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from onrecord.record.store import Store

#: The segment kinds, in the order a legend lists them.
SEGMENT_KINDS = ("authored", "quoted", "forwarded", "signature", "disclaimer", "boilerplate")


def who(name: str | None, email: str | None) -> dict[str, str]:
    return {"name": name or "", "email": email or ""}


def display_name(person: dict[str, Any] | None) -> str:
    """A person dict's (``{"name", "email"}``) readable name."""
    if not person:
        return "?"
    return person.get("name") or person.get("email") or "?"


def _row(store: Store, message: int | str | Any) -> Any:
    if isinstance(message, int):
        return store.message_row(str(message))
    if isinstance(message, str):
        return store.message_row(message)
    return message


def message_view(store: Store, message: int | str) -> dict[str, Any] | None:
    """One message: headers, sources, segments (with their text), statements with what each
    endorses, and ``parts``, the whole body cut at segment boundaries (see `body_parts`).
    This is what ``onrecord show --json`` prints (plus ``body`` and ``parts``)."""
    row = _row(store, message)
    if row is None:
        return None
    text = row["body_text"] or ""
    segs = []
    for s in store.segments_of(row["id"]):
        d = dict(s)
        d["text"] = text[d["start"] : d["end"]]
        d["span"] = [d.pop("start"), d.pop("end")]
        d["author"] = who(d.pop("author_name"), d.pop("author_email"))
        segs.append(d)
    endorses: dict[int, list[dict[str, Any]]] = {}
    for e in store.endorsements_of(row["id"]):
        endorses.setdefault(e["statement"], []).append(
            {
                "stance": e["stance"],
                "statement_id": e["target"],
                "text": e["text"],
                "author": who(e["author_name"], e["author_email"]),
                "date": e["target_date"],
                "message": e["target_message"],
                "kind": e["kind"],
            }
        )
    return {
        "id": row["id"],
        "message_id": row["message_id"],
        "kind": row["kind"],
        "subject": row["subject"],
        "from": who(row["from_name"], row["from_email"]),
        "date": row["date"],
        "date_offset_minutes": row["date_offset"],
        "thread_id": row["thread_id"],
        "parent_id": row["parent_id"],
        "lang": row["lang"],
        "reconstructed": row["reconstructed"],
        "contained_in": row["contained_in"],
        "blob_sha256": row["blob_hash"],
        "sources": store.sources_of(row["id"]),
        "attachments": [dict(a) for a in store.attachments_of(row["id"])],
        "segments": segs,
        "statements": [
            {
                "id": s["id"],
                "kind": s["kind"],
                "span": [s["start"], s["end"]],
                "lang": s["lang"],
                "author": who(s["author_name"], s["author_email"]),
                "date": s["date"],
                "date_offset_minutes": s["date_offset"],
                "text": s["text"],
                "endorses": endorses.get(s["id"], []),
            }
            for s in store.statements_of(row["id"])
        ],
        "defects": row["defects"],
        "body": text,
        "parts": body_parts(text, segs),
    }


def body_parts(
    text: str,
    segments: list[dict[str, Any]],
    highlights: Iterable[tuple[int, int]] = (),
) -> list[dict[str, Any]]:
    """The whole of ``text`` as consecutive parts, cut at segment boundaries and at the edges of
    ``highlights`` (character spans, e.g. evidence statements). Each part:
    ``{"text", "span", "kind", "author", "highlight"}``; text outside any segment has kind
    ``None``. Joining the parts' texts gives ``text`` back."""
    cuts = {0, len(text)}
    for s in segments:
        cuts.update(x for x in s["span"] if 0 <= x <= len(text))
    marks = [(max(0, a), min(len(text), b)) for a, b in highlights if a < b]
    for a, b in marks:
        cuts.update((a, b))
    points = sorted(cuts)
    ordered = sorted(segments, key=lambda s: (s["span"][0], -s["span"][1]))
    parts: list[dict[str, Any]] = []
    for a, b in pairwise(points):
        if a >= b:
            continue
        seg = next((s for s in ordered if s["span"][0] <= a and b <= s["span"][1]), None)
        part = {
            "text": text[a:b],
            "span": [a, b],
            "kind": seg["kind"] if seg else None,
            "author": seg["author"] if seg else None,
            "segment": seg["id"] if seg else None,
            "highlight": any(x <= a and b <= y for x, y in marks),
        }
        prev = parts[-1] if parts else None
        if prev and prev["segment"] == part["segment"] and prev["highlight"] == part["highlight"]:
            prev["text"] += part["text"]
            prev["span"][1] = b
        else:
            parts.append(part)
    return parts


def message_summary(store: Store, message: int | str | Any, chars: int = 200) -> dict[str, Any]:
    """A message in one line: headers and the start of what its sender wrote (authored
    segments; the whole body where it has none)."""
    row = _row(store, message)
    text = row["body_text"] or ""
    authored = [
        text[s["start"] : s["end"]] for s in store.segments_of(row["id"]) if s["kind"] == "authored"
    ]
    snippet = " ".join(" ".join(authored or [text]).split())
    if len(snippet) > chars:
        snippet = snippet[: chars - 1].rstrip() + "…"
    return {
        "id": row["id"],
        "message_id": row["message_id"],
        "subject": row["subject"],
        "from": who(row["from_name"], row["from_email"]),
        "date": row["date"],
        "reconstructed": row["reconstructed"],
        "snippet": snippet,
    }


def thread_tree(store: Store, message: int | str) -> dict[str, Any] | None:
    """The thread around a message as a tree (what ``onrecord thread --json`` prints)."""
    row = _row(store, message)
    if row is None:
        return None
    rows = [dict(r) for r in store.thread_rows(row["thread_id"])]
    ids = {r["id"] for r in rows}
    children: dict[int | None, list[dict]] = {}
    for r in rows:
        parent = r["parent_id"] if r["parent_id"] in ids else None
        children.setdefault(parent, []).append(r)

    def tree(parent: int | None, depth: int) -> list[dict]:
        return [
            {**r, "depth": depth, "replies": tree(r["id"], depth + 1)}
            for r in children.get(parent, [])
        ]

    return {"thread_id": row["thread_id"], "messages": len(rows), "tree": tree(None, 0)}


def thread_context(
    store: Store, message: int | str, ancestors: int = 2, replies: int = 4, chars: int = 160
) -> dict[str, Any] | None:
    """A short view of a message's place in its thread: up to ``ancestors`` messages it replies
    to (oldest first), the message itself, and up to ``replies`` direct replies, each as a
    `message_summary`. ``more`` counts the thread's other messages not shown."""
    row = _row(store, message)
    if row is None:
        return None
    rows = {r["id"]: r for r in store.thread_rows(row["thread_id"])} if row["thread_id"] else {}
    chain: list[int] = []
    parent = row["parent_id"]
    while parent in rows and parent not in chain and len(chain) < ancestors:
        chain.append(parent)
        parent = rows[parent]["parent_id"]
    kids = [r["id"] for r in rows.values() if r["parent_id"] == row["id"]]
    shown = 1 + len(chain) + min(len(kids), replies)
    return {
        "thread_id": row["thread_id"],
        "ancestors": [message_summary(store, i, chars) for i in reversed(chain)],
        "message": message_summary(store, row, chars),
        "replies": [message_summary(store, i, chars) for i in kids[:replies]],
        "more": max(0, max(len(rows), 1) - shown),
    }


def person_activity(store: Store, person: dict[str, Any] | str) -> dict[str, Any] | None:
    """What one person put on the record over time: per message, the statements they wrote
    there and the statements they endorsed there ("Yup"), oldest first.

    ``person`` is a person dict from `Store.persons`/`Store.find_person`, or a query for
    `Store.find_person` (the first match). Returns ``{"person", "first", "last", "statements",
    "endorsements", "messages": [{"id", "date", "subject", "statements": [ids], "endorses":
    [{"statement", "stance", "target", "text", "author", "date", "message"}]}]}``."""
    if isinstance(person, str):
        found = [p for p in store.find_person(person) if not p["is_role"]] or store.find_person(
            person
        )
        if not found:
            return None
        person = found[0]
    emails = list(person.get("emails") or [])
    names = list(person.get("names") or ([person["name"]] if person.get("name") else []))
    messages: dict[int, dict[str, Any]] = {}
    subjects: dict[int, str] = {}

    def entry(mid: int, date: str | None) -> dict[str, Any]:
        if mid not in messages:
            if mid not in subjects:
                row = store.message_row(str(mid))
                subjects[mid] = row["subject"] if row else ""
            messages[mid] = {
                "id": mid,
                "date": date,
                "subject": subjects[mid],
                "statements": [],
                "endorses": [],
            }
        return messages[mid]

    n_statements = 0
    for s in store.statements_by(emails, names):
        entry(s["message"], s["date"])["statements"].append(s["id"])
        n_statements += 1
    endorsements = store.endorsements_by(emails, names)
    for e in endorsements:
        entry(e["message"], e["date"])["endorses"].append(
            {
                "statement": e["statement"],
                "stance": e["stance"],
                "target": e["t_id"],
                "text": e["t_text"],
                "author": who(e["t_author_name"], e["t_author_email"]),
                "date": e["t_date"],
                "message": e["t_message"],
            }
        )
    ordered = sorted(messages.values(), key=lambda m: (m["date"] or "", m["id"]))
    dates = [m["date"] for m in ordered if m["date"]]
    return {
        "person": {"id": person.get("id"), "name": person.get("name"), "emails": emails},
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
        "statements": n_statements,
        "endorsements": len(endorsements),
        "messages": ordered,
    }
