"""Reading the record: `stats`, `show`, `thread` and `search`."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Any

import click
from rich.table import Table

from onrecord.commands.common import EXIT_NOT_FOUND, EXIT_USAGE, Ctx, Fail, command, emit, out


@command()
def stats(ctx: Ctx) -> None:
    """What the database holds, and what became of every input message."""
    data = ctx.store().stats()

    def render() -> None:
        t = Table(title=f"onrecord: {ctx.db_path}", show_header=False)
        for key in (
            "sources",
            "seen",
            "ingested",
            "duplicate",
            "failed",
            "messages",
            "reconstructed_messages",
            "endorsements",
            "contained_messages",
            "copies_linked",
            "attachment_documents",
            "threads",
            "statements",
            "authored_statements",
            "persons",
            "role_addresses",
        ):
            t.add_row(key.replace("_", " "), f"{data[key]:,}")
        out.print(t)
        for r in data["failure_reasons"]:
            out.print(f"  [red]{r['count']:,}[/] failed: {r['reason']}")

    emit(ctx, data, render)


def _message(ctx: Ctx, ref: str) -> Any:
    row = ctx.store().message_row(ref)
    if row is None:
        raise Fail(
            f"no message {ref}",
            "use a row id or a Message-ID from `onrecord search`",
            EXIT_NOT_FOUND,
        )
    return row


@command()
@click.argument("message")
@click.option("--raw", is_flag=True, help="Print the original bytes.")
def show(ctx: Ctx, message: str, raw: bool) -> None:
    """One message: headers, segments with kind and author, statements, sources."""
    store = ctx.store()
    row = _message(ctx, message)
    if raw:
        data = store.blob(row["blob_hash"]) or b""
        sys.stdout.buffer.write(data)
        return
    from onrecord.present.views import message_view

    data = message_view(store, row["id"])
    segs = data["segments"]
    del data["body"], data["parts"]

    def render() -> None:
        out.print(f"[bold]{row['subject']}[/]  [dim]#{row['id']} <{row['message_id']}>[/]")
        out.print(f"from {row['from_name']} <{row['from_email']}>  {row['date']}")
        colors = {
            "authored": "white",
            "quoted": "cyan",
            "forwarded": "magenta",
            "signature": "dim",
            "disclaimer": "dim",
            "boilerplate": "dim",
        }
        for s in segs:
            who = s["author"]["name"] or s["author"]["email"] or "?"
            out.print(f"[{colors.get(s['kind'], 'white')}]── {s['kind']} · {who}[/]")
            out.print(s["text"], style=colors.get(s["kind"], "white"), markup=False)
        for st in data["statements"]:
            for e in st["endorses"]:
                who = e["author"]["name"] or e["author"]["email"]
                out.print(
                    f"[bold green]{st['text']!r} {e['stance']}s[/] {who}: {e['text']}", markup=True
                )
        for src in data["sources"]:
            out.print(f"[dim]source: {src['path']} {src['locator']} ({src['outcome']})[/]")

    emit(ctx, data, render)


@command()
@click.argument("message")
def thread(ctx: Ctx, message: str) -> None:
    """The thread around MESSAGE as a tree."""
    store = ctx.store()
    row = _message(ctx, message)
    from onrecord.present.views import thread_tree

    data = thread_tree(store, row["id"])
    roots = data["tree"]

    def render() -> None:
        def walk(nodes: list[dict]) -> None:
            for n in nodes:
                mark = "[bold]→[/] " if n["id"] == row["id"] else ""
                out.print(
                    "  " * n["depth"] + f"{mark}#{n['id']} {n['date'] or '?'} "
                    f"{n['from_name'] or n['from_email']}: {n['subject']}"
                )
                walk(n["replies"])

        walk(roots)

    emit(ctx, data, render)


def _parse_date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError as exc:
        raise Fail(f"--{name} {value!r} is not a date", "use YYYY-MM-DD", EXIT_USAGE) from exc
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@command()
@click.argument("query", nargs=-1, required=True)
@click.option("--by", "by", default=None, help="Only statements by this person (name or email).")
@click.option("--since", default=None, help="From this date (YYYY-MM-DD).")
@click.option("--until", default=None, help="Before this date (YYYY-MM-DD).")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    default=("authored",),
    show_default=True,
    type=click.Choice(["authored", "quoted", "forwarded"]),
    help="Segment kinds to search (repeat for several).",
)
@click.option("--limit", type=int, default=20)
@click.option(
    "--hybrid",
    is_flag=True,
    help="BM25 + multilingual embeddings (finds other languages and paraphrases).",
)
def search(
    ctx: Ctx,
    query: tuple[str, ...],
    by: str | None,
    since: str | None,
    until: str | None,
    kinds: tuple[str, ...],
    limit: int,
    hybrid: bool,
) -> None:
    """BM25 search over what people wrote (authored text only by default)."""
    from onrecord.index.fulltext import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN
    from onrecord.index.fulltext import search as run

    store = ctx.store()
    emails = names = None
    if by:
        found = store.find_person(by)
        if not found:
            raise Fail(f"no person matches {by!r}", "see `onrecord people`", EXIT_NOT_FOUND)
        emails = [e for p in found for e in p["emails"]]
        names = [n for p in found for n in p["names"]]
    if hybrid:
        from onrecord.index.hybrid import retrieve
        from onrecord.models.embedders import get_embedder

        found_hits = retrieve(
            store,
            " ".join(query),
            embedder=get_embedder(None),
            emails=emails,
            names=names,
            since=_parse_date(since, "since"),
            until=_parse_date(until, "until"),
            kinds=kinds,
            k=limit,
        )
        data = [h.as_dict() for h in found_hits]
        emit(
            ctx,
            data,
            lambda: [
                out.print(
                    f"[dim]#{h.message} {h.date or '?'}[/] [bold]"
                    f"{h.author_name or h.author_email}[/]  {h.text}"
                )
                for h in found_hits
            ],
        )
        if not found_hits:
            sys.exit(EXIT_NOT_FOUND)
        return
    hits = run(
        store,
        " ".join(query),
        emails=emails,
        names=names,
        since=_parse_date(since, "since"),
        until=_parse_date(until, "until"),
        kinds=kinds,
        limit=limit,
    )

    def render() -> None:
        if not hits:
            out.print("no matches")
        for h in hits:
            snippet = (
                h.snippet.replace("[", r"\[")
                .replace(HIGHLIGHT_OPEN, "[bold yellow]")
                .replace(HIGHLIGHT_CLOSE, "[/]")
            )
            out.print(
                f"[dim]#{h.message} {h.date or '?'}[/] [bold]{h.author_name or h.author_email}"
                f"[/] [dim]{h.subject}[/]"
            )
            out.print(f"  {snippet}")

    emit(ctx, [h.as_dict() for h in hits], render)
    if not hits:
        sys.exit(EXIT_NOT_FOUND)
