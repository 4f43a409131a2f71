"""What every command shares: the context (database, --json), JSON or rich output, and clear
errors with their exit codes.

Exit codes: 0 success, 1 an error with a one-line message and a hint, 2 a usage error,
3 ingest finished but some messages failed and ``--strict`` was given, 4 nothing found
(search or person lookups with no match), 130 interrupted.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from onrecord.record.store import Store, StoreError

EXIT_ERROR, EXIT_USAGE, EXIT_FAILED_ITEMS, EXIT_NOT_FOUND = 1, 2, 3, 4


out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class Fail(Exception):
    """A clear error for the user: a message, a hint, an exit code."""

    def __init__(self, message: str, hint: str = "", code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.hint = hint
        self.code = code


class Ctx:
    def __init__(self, db: Path, json_mode: bool) -> None:
        self.db_path = db
        self.json = json_mode
        self._store: Store | None = None

    def store(self, create: bool = False) -> Store:
        if self._store is None:
            try:
                self._store = Store.open(self.db_path, create=create)
            except StoreError as exc:
                raise Fail(str(exc)) from exc
        return self._store


def emit(ctx: Ctx, data: Any, render: Callable[[], None]) -> None:
    if ctx.json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        render()


def command(name: str | None = None, **kw: Any) -> Callable:
    """A subcommand with --json, clean errors and a Ctx argument."""

    def deco(fn: Callable) -> Callable:
        @click.option("--json", "json_flag", is_flag=True, help="Print JSON on stdout.")
        @click.pass_context
        @functools.wraps(fn)
        def wrapper(cctx: click.Context, json_flag: bool, **kwargs: Any) -> Any:
            ctx: Ctx = cctx.obj
            ctx.json = ctx.json or json_flag
            try:
                return fn(ctx, **kwargs)
            except Fail as exc:
                _fail(ctx, str(exc), exc.hint, exc.code)
            except StoreError as exc:
                _fail(ctx, str(exc), "", EXIT_ERROR)
            except KeyboardInterrupt:
                _fail(ctx, "interrupted", "re-run the same command to resume", 130)
            except Exception as exc:
                if os.environ.get("ONRECORD_DEBUG"):
                    raise
                if getattr(exc, "hint", None) is not None:  # a backend's own clear error
                    _fail(ctx, str(exc), str(exc.hint), EXIT_ERROR)  # type: ignore[attr-defined]
                _fail(
                    ctx,
                    f"unexpected {type(exc).__name__}: {exc}",
                    "this is a bug; ONRECORD_DEBUG=1 shows the traceback, please report it",
                    EXIT_ERROR,
                )

        return click.command(name, **kw)(wrapper)

    return deco


def _fail(ctx: Ctx, message: str, hint: str, code: int) -> None:
    if ctx.json:
        click.echo(json.dumps({"error": message, "hint": hint, "exit_code": code}))
    err.print(f"[bold red]error:[/] {message}", markup=True)
    if hint:
        err.print(f"[dim]hint:[/] {hint}", markup=True)
    sys.exit(code)
