"""`demo`: the whole job on the bundled sample case."""

from __future__ import annotations

import json
from pathlib import Path

import click

from onrecord.commands.common import Ctx, command, out


@command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("onrecord-demo"),
    show_default=True,
    help="Where the demo writes.",
)
def demo(ctx: Ctx, out_dir: Path) -> None:
    """Run the whole job on the bundled sample case."""
    from onrecord.present.demo import run_demo

    data = run_demo(out_dir, json_mode=ctx.json, console=out)
    if ctx.json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
