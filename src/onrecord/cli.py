"""The onrecord command line: each command is a thin call into the layers below.

This module is the root group with its global options, and the one place where every command
is registered; the commands live by group in :mod:`onrecord.commands`:

- :mod:`~onrecord.commands.ingest`: ``ingest``, ``embed``;
- :mod:`~onrecord.commands.browse`: ``stats``, ``show``, ``thread``, ``search``;
- :mod:`~onrecord.commands.people`: ``people``, ``person merge``, ``person split``;
- :mod:`~onrecord.commands.check` and :mod:`~onrecord.commands.report`: ``check``, ``report``;
- :mod:`~onrecord.commands.contradictions`: ``contradictions``, ``timeline``;
- :mod:`~onrecord.commands.models`: ``eval``, ``models pull``;
- :mod:`~onrecord.commands.web` and :mod:`~onrecord.commands.demo`: ``serve``, ``demo``.

Exit codes: 0 success, 1 an error with a one-line message and a hint, 2 a usage error,
3 ingest finished but some messages failed and ``--strict`` was given, 4 nothing found
(search or person lookups with no match), 130 interrupted.
"""

from __future__ import annotations

from pathlib import Path

import click

from onrecord import __version__
from onrecord.commands import (
    browse,
    check,
    contradictions,
    demo,
    ingest,
    models,
    people,
    report,
    web,
)
from onrecord.commands.common import (
    EXIT_ERROR,
    EXIT_FAILED_ITEMS,
    EXIT_NOT_FOUND,
    EXIT_USAGE,
    Ctx,
    Fail,
    command,
    emit,
    err,
    out,
)
from onrecord.record.store import default_db_path

__all__ = [
    "COMMANDS",
    "EXIT_ERROR",
    "EXIT_FAILED_ITEMS",
    "EXIT_NOT_FOUND",
    "EXIT_USAGE",
    "Ctx",
    "Fail",
    "app",
    "command",
    "emit",
    "err",
    "main",
    "out",
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Database file (default ./onrecord.db or $ONRECORD_DB).",
)
@click.option("--json", "json_mode", is_flag=True, help="Print JSON on stdout (every command).")
@click.version_option(__version__, prog_name="onrecord")
@click.pass_context
def app(cctx: click.Context, db: Path | None, json_mode: bool) -> None:
    """onrecord: who said what, when, in reply to what, and does the record back a claim."""
    cctx.obj = Ctx(db or default_db_path(), json_mode)


#: Every command and group of commands, in the order of the pipeline.
COMMANDS: tuple[click.Command, ...] = (
    ingest.ingest,
    browse.stats,
    people.people,
    people.person,
    browse.show,
    browse.thread,
    browse.search,
    check.check,
    report.report,
    contradictions.contradictions,
    contradictions.timeline,
    models.eval_,
    ingest.embed,
    models.models,
    web.serve,
    demo.demo,
)
for _cmd in COMMANDS:
    app.add_command(_cmd)
del _cmd


def main() -> None:
    app(prog_name="onrecord")


if __name__ == "__main__":
    main()
