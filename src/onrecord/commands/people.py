"""Persons: `people` lists them, `person merge` and `person split` correct the clustering."""

from __future__ import annotations

import click
from rich.table import Table

from onrecord.commands.common import EXIT_NOT_FOUND, Ctx, Fail, command, emit, out


@command()
@click.option("--all", "show_all", is_flag=True, help="Include role and list addresses.")
@click.option("--limit", type=int, default=50)
def people(ctx: Ctx, show_all: bool, limit: int) -> None:
    """Persons with their addresses and message counts."""
    persons = [p for p in ctx.store().persons() if show_all or not p["is_role"]]

    def render() -> None:
        t = Table("id", "name", "messages", "addresses", "role")
        for p in persons[:limit]:
            t.add_row(
                str(p["id"]),
                p["name"],
                str(p["messages"]),
                ", ".join(p["emails"]),
                "role" if p["is_role"] else "",
            )
        out.print(t)
        if len(persons) > limit:
            out.print(f"… {len(persons) - limit} more (--limit N or --json)")

    emit(ctx, persons, render)


@click.group()
def person() -> None:
    """Correct identities: merge two addresses into one person, or split one out."""


@command("merge")
@click.argument("a")
@click.argument("b")
def person_merge(ctx: Ctx, a: str, b: str) -> None:
    """Say that addresses A and B belong to the same person (persists across re-ingest)."""
    _correct(ctx, "merge", a.lower(), b.lower())


@command("split")
@click.argument("email")
def person_split(ctx: Ctx, email: str) -> None:
    """Say that EMAIL is a person of its own (persists across re-ingest)."""
    _correct(ctx, "split", email.lower(), "")


person.add_command(person_merge)
person.add_command(person_split)


def _correct(ctx: Ctx, op: str, a: str, b: str) -> None:
    from onrecord.engines.local import update_persons

    store = ctx.store()
    for e in (a, b):
        if e and not store.has_address(e):
            raise Fail(
                f"no address {e} in the record", "see `onrecord people --all`", EXIT_NOT_FOUND
            )
    with store.transaction():
        store.add_correction(op, a, b)
        update_persons(store)
    found = store.find_person(a)
    emit(
        ctx,
        {"op": op, "a": a, "b": b, "person": found[0] if found else None},
        lambda: out.print(
            f"{op}: {a} {b}".strip()
            + (
                f" → person {found[0]['id']} {found[0]['name']} ({', '.join(found[0]['emails'])})"
                if found
                else ""
            )
        ),
    )
