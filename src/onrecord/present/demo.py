"""`onrecord demo`: the whole job on the bundled sample case (a fictional AI lab's mail)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from onrecord.engines.local import ingest
from onrecord.index.fulltext import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, search
from onrecord.record.store import Store


def sample_dir() -> Path:
    return Path(str(resources.files("onrecord").joinpath("samples/lumen")))


def _check(store: Store, sample: Path, say: Any) -> tuple[list[dict[str, Any]], Any, Any]:
    """Check the complaint's and the Dutch article's claims against the mail."""
    from onrecord.check.claims.extract import claims_from_file
    from onrecord.check.subjects.record_person import person_names
    from onrecord.check.verdicts.verify import check_claims
    from onrecord.models.embedders import get_embedder
    from onrecord.models.judges import get_judge

    names = person_names(store)
    claims = [
        c
        for doc in ("complaint.md", "nieuws.md")
        for c in claims_from_file(sample / doc, names=names)
        if c.subject
    ]
    judge, embedder = get_judge("builtin"), get_embedder(None)
    verdicts = check_claims(store, claims, judge=judge, embedder=embedder)
    say(f"\n[bold]6. Claims[/] from the complaint and the Dutch article, checked by {judge.name}:")
    colors = {"supported": "green", "contradicted": "red", "mixed": "yellow"}
    out = []
    for v in verdicts:
        data = v.as_dict(store)
        out.append(data)
        color = colors.get(v.verdict, "dim")
        say(f"   [{color}]{v.verdict:<15}[/] {v.confidence:.2f}  {v.claim.text}")
        if v.verdict == "not_enough_info":  # the statement most likely to decide it, to read
            shown = [(e, "closest") for e in data["evidence"][:1]]
        else:
            shown = [(e, e["stance"]) for e in data["evidence"] if e["stance"] != "neutral"][:1]
        for e, label in shown:
            text = e["statement"]
            if e["endorses"]:
                text = f"{text!r} → {e['endorses']['text']}"
            who = e["author"]["name"] or e["author"]["email"]
            say(f"   {'':<15}      {label}: {who}, {(e['date'] or '?')[:10]}: [italic]{text}[/]")
    return out, judge, embedder


def _published(store: Store, say: Any) -> dict[str, Any]:
    """The forward with an approving comment and the blog post printing a mail, resolved."""
    say("\n[bold]5. Published mail[/]: a forward's comment, and a mail printed in a blog post")
    out: dict[str, Any] = {"endorsements": [], "copies": []}
    fwd = store.message_row("fwd-daan-9@lumenlabs.example")
    rows = store.endorsements_of(fwd["id"]) if fwd else []
    if fwd and rows:
        comment = next(
            (r["text"] for r in store.statements_of(fwd["id"]) if r["id"] == rows[0]["statement"]),
            "",
        )
        whose = {r["author_name"] for r in rows if r["author_name"]}
        say(
            f"   {fwd['from_name']} forwarded {', '.join(sorted(whose))}'s mail with {comment!r}: "
            f"{rows[0]['stance']}s with {len(rows)} statement(s), dated {fwd['date'][:10]}"
        )
        out["endorsements"] = [dict(r) for r in rows]
    for row in store.printed_mails():
        if row["original"] is None:
            continue
        original = store.message_row(row["original"])
        if original is None:
            continue
        sources = [Path(s["path"]).name for s in store.sources_of(original["id"])]
        say(
            f"   {Path(row['path']).name} prints {original['from_name']}'s mail of "
            f"{original['date'][:10]}: one message (#{original['id']}), sources "
            f"{', '.join(dict.fromkeys(sources))}"
        )
        out["copies"].append({"copy": row["id"], "original": original["id"], "sources": sources})
    return out


def _report(
    store: Store,
    out_dir: Path,
    verdicts: list[dict[str, Any]],
    contradictions: list[dict[str, Any]],
    judge: Any,
    embedder: Any,
    say: Any,
) -> dict[str, str]:
    """The report of the case: one HTML file to send (and its Markdown twin)."""
    from onrecord.present.report import build_report
    from onrecord.present.report_render import write_report

    data = build_report(
        store,
        verdicts,
        persons=["Vale"],
        judge=judge,
        embedder=embedder,
        title="Lumen Labs: the complaint and the article, checked against the mail",
        known_contradictions=contradictions,
    )
    written = write_report(data, html=out_dir / "report.html", md=out_dir / "report.md")
    say(
        f"\n[bold]8. Report[/]: {len(data['claims'])} claims, {len(data['people'])} people, "
        f"{len(data['messages'])} messages embedded"
    )
    say(
        f"   open [cyan]{written['html']}[/] in a browser (one file, works offline); "
        f"Markdown: {written['md']}"
    )
    return written


def _contradictions(store: Store, say: Any) -> list[dict[str, Any]]:
    """Where Vale's complaint contradicts his own mail and endorsements."""
    from onrecord.check.contradictions.find import find_contradictions

    [report] = find_contradictions(store, "Marcus Vale", limit=3)
    say(
        f"\n[bold]7. Contradictions[/]: Vale against himself ({report.stats['pairs_judged']} of "
        f"{report.stats['pairs_possible']} pairs judged by {report.stats['judge']}):"
    )
    for p in report.pairs:
        for lead, side in ((f"{p.score:.2f}", p.a), ("", p.b)):
            text = escape(side.text)
            if side.endorses:
                text = f"{escape(side.endorses['assent'])!r} → {side.endorses['author']['name']}: {text}"
            say(f"   {lead:<4}  {(side.date or '?')[:10]} ({side.kind}) [italic]{text}[/]")
    return [report.as_dict()]


def run_demo(out_dir: Path, json_mode: bool, console: Console) -> dict[str, Any]:
    out_dir.mkdir(parents=True, exist_ok=True)
    db = out_dir / "onrecord.db"
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    sample = sample_dir()
    store = Store.open(db)
    say = (lambda *a, **k: None) if json_mode else console.print
    say(f"[bold]onrecord demo[/]: the Lumen Labs sample case ({sample})\n")

    report = ingest(store, [sample / "archive.mbox", sample / "maildir"], workers=1)
    docs = ingest(store, [sample / "complaint.md", sample / "nieuws.md"], workers=1)
    printed = ingest(store, [sample / "published"], workers=1)
    seen, ingested = report.seen + docs.seen + printed.seen, report.ingested + docs.ingested
    say(
        f"[bold]1. Ingest[/]: {seen} inputs → {ingested + printed.ingested} "
        f"ingested, {report.duplicate} duplicate, {report.failed} failed"
    )
    for f in report.failures:
        say(f"   [red]failed[/] {Path(f['source']).name} {f['locator']}: {f['reason']}")

    persons = [p for p in store.persons() if not p["is_role"]]
    say("\n[bold]2. People[/] (one person, many addresses):")
    for p in persons:
        say(f"   {p['name']:<16} {p['messages']} messages  {', '.join(p['emails'])}")

    query, by = "share science", "Vale"
    vale = store.find_person(by)
    emails = [e for p in vale for e in p["emails"]]
    names = [n for p in vale for n in p["names"]]
    hits = search(store, query, emails=emails, names=names)
    say(f"\n[bold]3. Search[/] {query!r} in what {by} himself wrote:")
    for h in hits:
        snippet = h.snippet.replace(HIGHLIGHT_OPEN, "[bold yellow]").replace(HIGHLIGHT_CLOSE, "[/]")
        say(f"   #{h.message} {h.date[:10] if h.date else '?'} {h.author_name}: {snippet}")
    quoted = search(store, query, kinds=("quoted",))
    say(f"   (and {len(quoted)} quoted passage(s) that others wrote, not counted as his words)")

    yup = store.message_row("yup-3@valemotors.example")
    say("\n[bold]4. Thread[/] of the 'Yup' reply:")
    thread = store.thread_rows(yup["thread_id"]) if yup else []
    depth: dict[int, int] = {}
    for r in thread:
        d = depth.get(r["parent_id"], -1) + 1 if r["parent_id"] else 0
        depth[r["id"]] = d
        mark = "→ " if yup and r["id"] == yup["id"] else ""
        say(f"   {'  ' * d}{mark}#{r['id']} {r['date'][:10]} {r['from_name']}: {r['subject']}")
    published = _published(store, say)
    judge = embedder = None
    try:
        verdicts, judge, embedder = _check(store, sample, say)
        contradictions = _contradictions(store, say)
    except (OSError, RuntimeError, ImportError) as exc:  # e.g. no judge weights installed
        say(f"\n[bold]6. Claims[/]: skipped, no judge available ({exc})")
        verdicts, contradictions = [], []
    written = _report(store, out_dir, verdicts, contradictions, judge, embedder, say)
    stats = store.stats()
    say(f"\nDatabase: {db}  ({stats['statements']} statements, {stats['threads']} threads)")
    say("Try: [cyan]onrecord --db " + str(db) + " search 'wetenschap'[/]")
    store.close()
    return {
        "db": str(db),
        "ingest": {
            "mail": report.as_dict(),
            "documents": docs.as_dict(),
            "published": printed.as_dict(),
        },
        "persons": persons,
        "search": {"query": query, "by": by, "hits": [h.as_dict() for h in hits]},
        "thread": [dict(r) for r in thread],
        "published": published,
        "verdicts": verdicts,
        "contradictions": contradictions,
        "report": written,
        "stats": stats,
    }
