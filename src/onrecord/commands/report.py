"""`report`: checked claims, people's timelines and self-contradictions, as HTML or Markdown."""

from __future__ import annotations

from pathlib import Path

import click

from onrecord.commands.check import run_check
from onrecord.commands.common import EXIT_NOT_FOUND, EXIT_USAGE, Ctx, Fail, command, emit, out
from onrecord.commands.options import ClaimOpts, claim_options


@command()
@click.argument("claims", nargs=-1)
@claim_options
@click.option(
    "--person",
    "persons",
    multiple=True,
    help="Also show this person's timeline and self-contradictions (repeatable).",
)
@click.option(
    "--html",
    "html",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write a self-contained HTML report here.",
)
@click.option(
    "--md",
    "md",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the Markdown report here.",
)
@click.option("--title", default=None, help="The report's title.")
@click.option(
    "--no-contradictions",
    is_flag=True,
    help="Skip self-contradictions and stances over time (faster).",
)
@click.option(
    "--full-paths",
    is_flag=True,
    help="Show source files with their folders (default: file names only).",
)
def report(
    ctx: Ctx,
    claims: tuple[str, ...],
    opts: ClaimOpts,
    persons: tuple[str, ...],
    html: Path | None,
    md: Path | None,
    title: str | None,
    no_contradictions: bool,
    full_paths: bool,
) -> None:
    """A report to send: checked claims with verdicts and evidence, thread context, a timeline
    of the people involved and their self-contradictions, with every message quoted embedded
    (one HTML file that loads nothing; or Markdown)."""
    from onrecord.present.progress import CountBar, wants_bar
    from onrecord.present.report import build_report
    from onrecord.present.report_render import write_report

    if html is None and md is None and not ctx.json:
        raise Fail("no output given", "pass --html FILE and/or --md FILE (or --json)", EXIT_USAGE)
    if not claims and opts.file_ is None and not persons:
        raise Fail("nothing to report on", "pass claims, --file DOC or --person NAME", EXIT_USAGE)
    store = ctx.store()
    for name in persons:
        if not [p for p in store.find_person(name) if not p["is_role"]]:
            raise Fail(f"no person matches {name!r}", "see `onrecord people`", EXIT_NOT_FOUND)
    data, judge, emb = run_check(ctx, claims, opts, required=not persons)
    bar = CountBar("self-contradictions", "pairs judged") if wants_bar(ctx.json) else None
    try:
        built = build_report(
            store,
            data,
            persons=persons,
            title=title,
            judge=judge,
            embedder=emb,
            contradictions=not no_contradictions,
            progress=bar,
        )
    finally:
        if bar:
            bar.close()
    written = write_report(built, html=html, md=md, full_paths=full_paths)

    def render() -> None:
        s = built["summary"]
        out.print(
            f"{s['claims']} claim(s): {s['supported']} supported, {s['contradicted']} "
            f"contradicted, {s['mixed']} mixed, {s['not_enough_info']} not enough info; "
            f"{len(built['people'])} people, {len(built['messages'])} messages embedded"
        )
        for kind, path in written.items():
            out.print(f"{kind}: {path}", markup=False)

    emit(ctx, {**written, "report": built}, render)
