"""Checking claims against the record: `check`, and the checking that `report` shares."""

from __future__ import annotations

from typing import Any

import click

from onrecord.commands.common import EXIT_NOT_FOUND, EXIT_USAGE, Ctx, Fail, command, emit, out
from onrecord.commands.options import (
    ClaimOpts,
    claim_options,
    claims_to_check,
    load_embedder,
)


def run_check(
    ctx: Ctx,
    claims: tuple[str, ...],
    opts: ClaimOpts,
    required: bool = True,
    skipped: list[Any] | None = None,
) -> tuple[list[dict[str, Any]], Any, Any]:
    """Check the claims given as arguments and in --file: (verdict dicts, judge, embedder).
    The sentences of --file that are not claims are appended to ``skipped``."""
    from onrecord.check.verdicts.verify import check_claims

    if required and not claims and opts.file_ is None:
        raise Fail("no claims given", "pass claims as arguments or --file DOC", EXIT_USAGE)
    todo = claims_to_check(ctx, claims, opts.file_, skipped)
    if required and not todo:
        raise Fail("no check-worthy claims found", "pass claims as arguments", EXIT_NOT_FOUND)
    judge = opts.judge.load()
    emb = load_embedder(opts.embedder, opts.no_dense)
    store = ctx.store()
    verdicts = check_claims(store, todo, judge=judge, embedder=emb, k=opts.k) if todo else []
    data = [v.as_dict(store) for v in verdicts]
    return data, judge, emb


@command()
@click.argument("claims", nargs=-1)
@claim_options
@click.option(
    "--all",
    "show_all",
    is_flag=True,
    help="Also list the sentences of --file that are not claims, with the reason.",
)
def check(ctx: Ctx, claims: tuple[str, ...], opts: ClaimOpts, show_all: bool) -> None:
    """Check claims against the record: supported, contradicted, mixed or not_enough_info.
    From --file, each check-worthy sentence is a claim, with who claims it (the document or a
    party it quotes) and whom it is about; with --all the other sentences are listed with the
    reason they are not claims (and --json prints {"claims": [...], "skipped": [...]})."""
    skipped: list[Any] = []
    data, _, _ = run_check(ctx, claims, opts, skipped=skipped)
    skipped_rows = [
        {"sentence": " ".join(s.original.split()), "reason": s.reason, "by": s.by, "span": s.span}
        for s in skipped
    ]

    def render() -> None:
        colors = {
            "supported": "green",
            "contradicted": "red",
            "mixed": "yellow",
            "not_enough_info": "dim",
        }
        for v in data:
            c = colors.get(v["verdict"], "white")
            subject = (v["subject"] or {}).get("person") or {}
            out.print(
                f"\n[bold]{v['claim']}[/]"
                + (f"  [dim](about {subject.get('name')})[/]" if subject else "")
                + (f"  [dim](claimed by {v['claimant']})[/]" if v.get("attributed") else "")
            )
            out.print(
                f"  [{c}]{v['verdict']}[/] confidence {v['confidence']:.2f}  "
                f"[dim]judge {v['judge']}[/]"
            )
            if v["verdict"] == "not_enough_info":
                # nothing decided: the statements most likely to decide it, to read
                shown = v["evidence"][:3]
                if shown:
                    out.print("  [dim]closest, to read:[/]")
            else:
                shown = [e for e in v["evidence"] if e["stance"] != "neutral"][:3]
            for e in shown:
                who = e["author"]["name"] or e["author"]["email"]
                text = e["statement"]
                if e["endorses"]:
                    en = e["endorses"]
                    text = (
                        f"{text!r} → {en['author']['name'] or en['author']['email']}: {en['text']}"
                    )
                out.print(
                    f"    {e['stance']} ({e['relation']}, {e['score']:.2f}) "
                    f"{(e['date'] or '?')[:10]} {who}: {text}  #{e['message']}",
                    markup=False,
                )

        if show_all and skipped_rows:
            out.print("\n[bold]Not claims[/]")
            for row in skipped_rows:
                by = " (model)" if row["by"] == "model" else ""
                out.print(
                    f"  {row['reason']}{by}: {row['sentence']}", markup=False, highlight=False
                )

    emit(ctx, {"claims": data, "skipped": skipped_rows} if show_all else data, render)
