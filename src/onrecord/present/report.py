"""Reports: checked claims with their evidence, thread context, a timeline of the people
involved and their self-contradictions, as one self-contained HTML file or as Markdown.

`build_report` gathers everything into one JSON-ready dict (``onrecord report --json`` prints
it); `render_html` and `render_markdown` only lay that dict out, through the Jinja2 templates in
``present/templates/``. Text from mail is data, never markup: the HTML environment autoescapes
everything and no template marks anything ``safe``; the Markdown filters escape or fence it.
The HTML loads nothing (inline CSS and SVG, no scripts) and carries a strict Content Security
Policy, so it can be mailed to an editor and opened offline.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from onrecord.present import timeline_geometry as geometry
from onrecord.present.views import (
    SEGMENT_KINDS,
    body_parts,
    message_view,
    person_activity,
    thread_context,
)
from onrecord.record.store import Store

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
VERDICTS = ("supported", "contradicted", "mixed", "not_enough_info")
STANCES = ("supports", "contradicts")
#: Evidence shown in full per claim (the rest is listed briefly).
SHOWN_EVIDENCE = 5
CLOSEST_EVIDENCE = 3  # shown for a claim that no evidence decides
#: Rows of the timeline (people involved).
MAX_PEOPLE = 8
#: Messages embedded in full: every one a quote, context or pair refers to, then the timeline's
#: messages while there is room.
MAX_MESSAGES = 300
#: Characters of one message's text embedded (the rest is left to `onrecord show`).
MAX_BODY = 60_000
#: A person with more statements than this (assents included) is searched for
#: self-contradictions and stances only when asked for by name (``persons``): that search judges
#: thousands of pairs for a prolific writer, minutes on a laptop.
ANALYSE_MAX_STATEMENTS = 200
#: Up to this many statements a person's whole record is searched at once (cheaper than one
#: search per claim topic).
SMALL_RECORD = 60
#: Self-contradiction pairs per person.
CONTRADICTIONS_PER_PERSON = 5
#: Author colours (CSS classes a0…a7).
AUTHOR_COLOURS = 8

ContradictionsFn = Callable[[Store, dict[str, Any]], dict[str, Any]]


def _version() -> str:
    """The installed onrecord's version (read from its metadata, so that the report does not
    import the package root, which imports the CLI)."""
    try:
        return version("onrecord")
    except PackageNotFoundError:
        return "unknown"


# ---------------------------------------------------------------------------- gathering
def build_report(
    store: Store,
    verdicts: Sequence[dict[str, Any]],
    *,
    persons: Sequence[str] = (),
    title: str | None = None,
    judge: Any = None,
    embedder: Any = None,
    contradictions: bool = True,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    known_contradictions: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """Everything a report shows, from checked claims (``Verdict.as_dict`` dicts) and the
    people asked for by name (``persons``, queries for `Store.find_person`).

    ``judge`` and ``embedder`` are used for the self-contradictions of the people involved and
    for where each claim's subject stood on it over time (when ``onrecord.check.contradictions.find``
    is available and ``contradictions`` is true): over the whole record of the people asked for,
    on the claims' topics for the others. ``progress(done, total)`` follows the pairs judged;
    ``known_contradictions`` (``ContradictionReport.as_dict()`` over a person's whole record,
    found already) are used instead of searching again."""
    claims = [_claim(store, i, v) for i, v in enumerate(verdicts, 1)]
    people, asked = _people_involved(store, claims, persons)
    evidence_marks = _evidence_marks(claims)
    activities = [a for a in (person_activity(store, p) for p in people) if a]
    for a in activities:
        for m in a["messages"]:
            m["evidence"] = _stance_of(evidence_marks.get(m["id"], set()))
    sizes = {a["person"]["id"]: a["statements"] + a["endorsements"] for a in activities}
    too_big = {pid for pid, n in sizes.items() if n > ANALYSE_MAX_STATEMENTS and pid not in asked}
    contra = (
        _contradictions(
            store,
            people,
            judge,
            embedder,
            _topics_of(claims, people),
            asked | {pid for pid, n in sizes.items() if n <= SMALL_RECORD},
            progress,
            {pid: sizes[pid] for pid in too_big},
            known_contradictions,
        )
        if contradictions
        else {"available": False, "note": "not asked for", "people": []}
    )
    if contradictions:
        _stances(store, claims, judge, embedder, {pid: sizes[pid] for pid in too_big})

    wanted: list[int] = []
    for c in claims:
        for e in c["evidence"]:
            wanted.append(e["message"])
            if e.get("endorses"):
                wanted.append(e["endorses"]["message"])
            ctx = e.get("context") or {}
            wanted += [m["id"] for m in ctx.get("ancestors", [])]
            wanted += [m["id"] for m in ctx.get("replies", [])]
    for p in contra["people"]:
        for pair in p["pairs"]:
            for side in (pair["a"], pair["b"]):
                wanted.append(side.get("message_id"))
                if side.get("endorses"):
                    wanted.append(side["endorses"].get("message"))
    for c in claims:
        wanted += [e.get("message_id") for e in (c.get("stances") or {}).get("statements", [])]
    wanted += [m["id"] for a in activities for m in a["messages"]]
    highlights = _highlights(claims, contra)
    messages = _messages(store, wanted, highlights)
    embedded = {m["id"] for m in messages}
    authors = _author_colours(messages, activities)
    for m in messages:
        for part in m["parts"]:
            part["colour"] = authors.get(_key(part["author"]))

    timeline = geometry.timeline(activities, embedded)
    for c in claims:
        if c.get("stances"):
            c["stances"]["strip"] = geometry.strip(c["stances"], timeline, embedded)
    counts = {v: sum(1 for c in claims if c["verdict"] == v) for v in VERDICTS}
    judges = sorted({c["judge"] for c in claims})
    return {
        "title": title or _title(claims, activities),
        "generated": (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "onrecord": _version(),
        "db": str(store.path) if getattr(store, "path", None) else None,
        "judges": judges,
        "summary": {"claims": len(claims), **counts},
        "claims": claims,
        "by_claimant": by_claimant(claims),
        "people": [
            {
                **a,
                "colour": authors.get(_key(a["person"])),
                "embedded": sorted(m["id"] for m in a["messages"] if m["id"] in embedded),
            }
            for a in activities
        ],
        "timeline": timeline,
        "contradictions": contra,
        "messages": messages,
        "embedded": sorted(embedded),
        "segment_kinds": list(SEGMENT_KINDS),
        "csp": CSP,
    }


def _party_label(who: str) -> str:
    """ "OpenAI's claims" for a named party; a description in any language ("de aanklacht",
    "the complaint") reads "Claims attributed to de aanklacht" rather than a possessive."""
    if who[:1].isupper():
        return f"{who}' claims" if who.endswith("s") else f"{who}'s claims"
    return f"Claims attributed to {who}"


def by_claimant(claims: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claims grouped by who makes them, in order of first appearance: the document's own
    statements (``attributed`` false: one group per author, or none) apart from each named party's
    ("OpenAI's claims", "the complaint's claims"). Each group: ``claimant``, ``attributed``,
    ``label``, ``claims`` (the claim dicts) and ``summary`` (counts per verdict)."""
    groups: dict[tuple[bool, str], dict[str, Any]] = {}
    for c in claims:
        attributed = bool(c.get("attributed"))
        who = str(c.get("claimant") or "")
        key = (attributed, " ".join(who.casefold().split()))  # one group per document author
        if key not in groups:
            if attributed:
                label = _party_label(who)
            else:
                label = f"The document's own claims ({who})" if who else "The document's own claims"
            groups[key] = {
                "claimant": who or None,
                "attributed": attributed,
                "label": label,
                "claims": [],
            }
        groups[key]["claims"].append(c)
    out = list(groups.values())
    for g in out:
        g["summary"] = {v: sum(1 for c in g["claims"] if c["verdict"] == v) for v in VERDICTS}
    return out


def _title(claims: list[dict[str, Any]], activities: list[dict[str, Any]]) -> str:
    if claims:
        return f"onrecord report: {len(claims)} claim{'s' if len(claims) != 1 else ''} checked"
    names = ", ".join(a["person"]["name"] for a in activities)
    return f"onrecord report: {names}" if names else "onrecord report"


def _claim(store: Store, n: int, v: dict[str, Any]) -> dict[str, Any]:
    """A verdict dict with an anchor, its evidence split into shown (with thread context) and
    the rest (listed briefly)."""
    v = {
        "original": None,
        "claimant": None,
        "attributed": False,
        "quote": None,
        "lang": "",
        "kind": None,
        "subject": None,
        **v,
    }
    evidence = [
        {"relation": "", "source": None, "span": None, "endorses": None, "score": 0.0, **e}
        for e in v.get("evidence", [])
    ]
    decisive = [e for e in evidence if e.get("decisive", e["stance"] in STANCES)]
    # not enough info: the closest statements, to read (the verdict says none decides)
    shown = decisive[:SHOWN_EVIDENCE] if decisive else evidence[:CLOSEST_EVIDENCE]
    seen: set[int] = set()
    for e in shown:  # a message's thread is shown once per claim
        e["context"] = thread_context(store, e["message"]) if e["message"] not in seen else None
        e["context_above"] = e["message"] in seen
        seen.add(e["message"])
    rest = [e for e in evidence if e not in shown]
    original = " ".join(str(v["original"] or "").split())
    return {
        **v,
        "anchor": f"claim-{n}",
        "n": n,
        "evidence": shown,
        "other_evidence": rest,
        "undecided": not decisive,
        "claim_sources": v.get("claim_sources", []),
        "stances": None,
        "as_written": original if original and original != " ".join(v["claim"].split()) else None,
    }


def _key(person: dict[str, Any] | None) -> str:
    if not person:
        return ""
    emails = person.get("emails")
    if emails:
        return str(emails[0]).lower()
    return str(person.get("email") or person.get("name") or "").lower()


def _people_involved(
    store: Store, claims: list[dict[str, Any]], asked: Sequence[str]
) -> tuple[list[dict[str, Any]], set[int]]:
    """The people asked for, then the claims' subjects, then the authors of decisive evidence
    (and of what they endorsed), most cited first; role addresses never; at most MAX_PEOPLE.
    Returns them and the ids of those asked for."""
    persons: list[dict[str, Any]] = []
    seen: set[int] = set()

    def add(p: dict[str, Any] | None) -> None:
        if p and not p.get("is_role") and p["id"] not in seen and len(persons) < MAX_PEOPLE:
            seen.add(p["id"])
            persons.append(p)

    for q in asked:
        found = [p for p in store.find_person(q) if not p["is_role"]]
        if not found:
            raise LookupError(f"no person matches {q!r}")
        add(found[0])
    named = {p["id"] for p in persons}
    everyone = store.persons()
    by_id = {p["id"]: p for p in everyone}
    by_email = {e.lower(): p for p in everyone for e in p["emails"]}
    by_name: dict[str, dict[str, Any]] = {}
    for p in everyone:
        for n in [p["name"], *p["names"]]:
            by_name.setdefault(f"name:{n.lower()}", p)
    for c in claims:
        subject = (c.get("subject") or {}).get("person")
        if subject:
            add(by_id.get(subject["id"]))
    cited: dict[str, int] = {}
    for c in claims:
        for e in c["evidence"]:
            for a in (e["author"], (e.get("endorses") or {}).get("author")):
                key = ((a or {}).get("email") or "").lower() or (
                    f"name:{a['name'].lower()}" if a and a.get("name") else ""
                )
                if key:
                    cited[key] = cited.get(key, 0) + 1
    for key, _ in sorted(cited.items(), key=lambda kv: (-kv[1], kv[0])):
        add(by_email.get(key) or by_name.get(key))
    return persons, named


def _evidence_marks(claims: list[dict[str, Any]]) -> dict[int, set[str]]:
    """Message row → the stances of the evidence quoted from it."""
    marks: dict[int, set[str]] = {}
    for c in claims:
        for e in c["evidence"]:
            marks.setdefault(e["message"], set()).add(e["stance"])
    return marks


def _stance_of(stances: set[str]) -> str | None:
    """One word for the stances of the evidence quoted from one message."""
    if {"supports", "contradicts"} <= stances:
        return "both"
    for s in ("supports", "contradicts", "neutral"):
        if s in stances:
            return s
    return None


def _highlights(claims: list[dict[str, Any]], contra: dict[str, Any]) -> dict[int, list]:
    """Message row → character spans to mark in its embedded text."""
    out: dict[int, list[tuple[int, int]]] = {}
    for c in claims:
        for e in c["evidence"]:
            if e.get("span"):
                out.setdefault(e["message"], []).append(tuple(e["span"]))
    for p in contra["people"]:
        for pair in p["pairs"]:
            for side in (pair["a"], pair["b"]):
                if side.get("span") and side.get("message_id") is not None:
                    out.setdefault(side["message_id"], []).append(tuple(side["span"]))
    return out


def _messages(
    store: Store, wanted: Iterable[Any], highlights: dict[int, list]
) -> list[dict[str, Any]]:
    """The messages embedded in the report, in date order, at most MAX_MESSAGES (the first
    wanted first)."""
    views: dict[int, dict[str, Any]] = {}
    for ref in wanted:
        if ref is None or len(views) >= MAX_MESSAGES:
            continue
        try:
            key = int(ref)
        except (TypeError, ValueError):
            row = store.message_row(str(ref))
            key = row["id"] if row else -1
        if key in views or key < 0:
            continue
        view = message_view(store, key)
        if view is None:
            continue
        parts = body_parts(view["body"], view["segments"], highlights.get(key, ()))
        view["truncated"] = max(0, len(view["body"]) - MAX_BODY)
        if view["truncated"]:
            parts = [p for p in parts if p["span"][0] < MAX_BODY]
            last = parts[-1]
            last["text"] = last["text"][: MAX_BODY - last["span"][0]]
            last["span"] = [last["span"][0], MAX_BODY]
        del view["body"]  # the parts hold it
        for seg in view["segments"]:
            seg.pop("text", None)
        view["parts"] = parts
        view["blocks"] = _blocks(parts)
        views[key] = view
    return sorted(views.values(), key=lambda m: (m["date"] or "", m["id"]))


def _blocks(parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Consecutive parts of one segment grouped into a block (a box in the HTML); text outside
    any segment that is only white space is dropped."""
    blocks: list[dict[str, Any]] = []
    for part in parts:
        if part["kind"] is None and not part["text"].strip():
            continue
        last = blocks[-1] if blocks else None
        if last and last["segment"] == part["segment"] and part["segment"] is not None:
            last["parts"].append(part)
        else:
            blocks.append(
                {
                    "segment": part["segment"],
                    "kind": part["kind"] or "other",
                    "author": part["author"],
                    "parts": [part],
                }
            )
    for b in blocks:  # trim the block's outer blank lines, keep the inner text as it is
        b["parts"][0]["text"] = b["parts"][0]["text"].lstrip("\n")
        b["parts"][-1]["text"] = b["parts"][-1]["text"].rstrip()
    return blocks


def _author_colours(
    messages: list[dict[str, Any]], activities: list[dict[str, Any]]
) -> dict[str, str]:
    colours: dict[str, str] = {}

    def add(key: str) -> None:
        if key and key not in colours:
            colours[key] = f"a{len(colours) % AUTHOR_COLOURS}"

    for a in activities:
        add(_key(a["person"]))
        for email in a["person"]["emails"][1:]:  # one person, one colour
            colours.setdefault(email.lower(), colours[_key(a["person"])])
    for m in messages:
        for part in m["parts"]:
            add(_key(part["author"]))
    return colours


# ---------------------------------------------------------------------------- timeline
def _topics_of(claims: list[dict[str, Any]], people: list[dict[str, Any]]) -> dict[int, list]:
    """Person id → the claims they are the subject of, or quoted on as decisive evidence."""
    keys: dict[int, set[str]] = {}
    for p in people:
        keys[p["id"]] = {e.lower() for e in p["emails"]} | {
            f"name:{n.lower()}" for n in [p["name"], *p.get("names", [])] if n
        }
    out: dict[int, list[str]] = {p["id"]: [] for p in people}
    for c in claims:
        subject = ((c.get("subject") or {}).get("person") or {}).get("id")
        cited = set()
        for e in c["evidence"]:
            for a in (e["author"], (e.get("endorses") or {}).get("author")):
                if a:
                    cited.add(
                        (a.get("email") or "").lower() or f"name:{(a.get('name') or '').lower()}"
                    )
        for pid, k in keys.items():
            if (pid == subject or k & cited) and c["claim"] not in out[pid]:
                out[pid].append(c["claim"])
    return out


def _contradictions(
    store: Store,
    people: list[dict[str, Any]],
    judge: Any,
    embedder: Any,
    topics: dict[int, list[str]] | None = None,
    everything: set[int] = frozenset(),  # type: ignore[assignment]
    progress: Callable[[int, int], None] | None = None,
    skip: dict[int, int] | None = None,
    known: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """Each person's self-contradictions: over their whole record for the people asked for by
    name (``everything``), else on the topics of the claims they are involved in (``topics``:
    fewer pairs to judge). Best first, at most CONTRADICTIONS_PER_PERSON pairs each. People in
    ``skip`` (id → statements) are listed as not searched; ``known`` reports (whole-record
    searches done already, as dicts) are reused."""
    try:
        from onrecord.check.contradictions.find import find_contradictions
    except ImportError:
        return {
            "available": False,
            "note": "this version of onrecord cannot look for self-contradictions yet",
            "people": [],
        }
    topics = topics or {}
    out = []
    for p in people:
        person = {"id": p["id"], "name": p["name"], "emails": p["emails"]}
        if p["id"] in (skip or {}):
            out.append(
                {
                    "person": person,
                    "pairs": [],
                    "stats": {"statements": skip[p["id"]]},
                    "skipped": _skip_note(p, skip[p["id"]]),
                }
            )
            continue
        searches: list[str | None] = (
            [None] if p["id"] in everything or not topics.get(p["id"]) else topics[p["id"]]
        )
        pairs: dict[tuple, dict[str, Any]] = {}
        stats: dict[str, Any] = {}
        done = [
            d
            for d in known
            if (d.get("person") or {}).get("id") == p["id"]
            and not (d.get("stats") or {}).get("topic")
        ]
        try:
            for topic in searches:
                found = (
                    done
                    if topic is None and done
                    else [
                        r.as_dict()
                        for r in find_contradictions(
                            store,
                            person=str(p["id"]),
                            topic=topic,
                            judge=judge,
                            embedder=embedder,
                            limit=CONTRADICTIONS_PER_PERSON,
                            progress=progress,
                        )
                    ]
                )
                for d in found:
                    d = copy.deepcopy(d)
                    person = d.get("person") or person
                    if not stats or topic is None:
                        stats = dict(d.get("stats") or {})
                    for pair in d.get("pairs", []):
                        key = tuple(
                            sorted(
                                (
                                    pair["a"].get("statement_id") or 0,
                                    pair["b"].get("statement_id") or 0,
                                )
                            )
                        )
                        pairs.setdefault(key, pair)
        except Exception as exc:  # one person's failure leaves the rest of the report intact
            out.append(
                {
                    "person": person,
                    "pairs": [],
                    "stats": {},
                    "error": f"{type(exc).__name__}: {exc}",
                }
            )
            continue
        ranked = sorted(pairs.values(), key=lambda x: -(x.get("rank") or x.get("score") or 0))
        for pair in ranked:
            for side in (pair.get("a") or {}, pair.get("b") or {}):
                en = side.get("endorses")
                if en is not None and "message" not in en:  # the endorsed message's row
                    en["message"] = en.get("message_id")
        stats["searched"] = "everything" if searches == [None] else "claims"
        stats["topics"] = [] if searches == [None] else searches
        out.append({"person": person, "pairs": ranked[:CONTRADICTIONS_PER_PERSON], "stats": stats})
    return {"available": True, "note": "", "people": out}


# ---------------------------------------------------------------------------- stances
def _skip_note(person: dict[str, Any], statements: int) -> str:
    return (
        f"{statements:,} statements are too many for a report's default; "
        f"name them with --person {person['name']!r}, or run "
        f"onrecord contradictions --person {person['name']!r}"
    )


def _stances(
    store: Store,
    claims: list[dict[str, Any]],
    judge: Any,
    embedder: Any,
    skip: dict[int, int] | None = None,
) -> None:
    """For each claim about a person of the record: where that person stood on it over time
    (`onrecord.check.contradictions.timeline` with the claim as topic), as ``claim["stances"]``; for people
    in ``skip`` (id → statements), a note instead."""
    try:
        from onrecord.check.contradictions.timeline import timeline, turning_points
    except ImportError:
        return
    for c in claims:
        person = ((c.get("subject") or {}).get("person") or {}).get("id")
        if person is None:
            continue
        if person in (skip or {}):
            p = c["subject"]["person"]
            c["stances"] = {
                "skipped": _skip_note(p, skip[person]),
                "statements": [],
                "turning_points": [],
                "person": p,
            }
            continue
        try:
            t = timeline(store, str(person), c["claim"], judge=judge, embedder=embedder)
        except Exception as exc:  # the verdict stands without it
            c["stances"] = {
                "error": f"{type(exc).__name__}: {exc}",
                "statements": [],
                "turning_points": [],
                "person": c["subject"]["person"],
            }
            continue
        # the claim is not its own stance: leave out the statements that are its very words
        itself = {_words(c["claim"]), _words(c.get("original") or "")}
        t["statements"] = [e for e in t["statements"] if _words(e.get("text", "")) not in itself]
        stances = [e.get("stance", "neutral") for e in t["statements"]]
        t["turning_points"] = turning_points(stances)
        t["stats"] = {
            **t.get("stats", {}),
            "statements": len(stances),
            "supports": stances.count("supports"),
            "contradicts": stances.count("contradicts"),
            "neutral": stances.count("neutral"),
        }
        turns = set(t["turning_points"])
        for i, e in enumerate(t["statements"]):
            e["turn"] = i in turns
            en = e.get("endorses")
            if en is not None and "message" not in en:
                en["message"] = en.get("message_id")
        c["stances"] = t


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
