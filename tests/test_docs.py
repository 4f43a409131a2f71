"""The README documents every command (tests keep the docs honest)."""

from __future__ import annotations

from pathlib import Path

import click

from onrecord.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def _commands(group: click.Group, prefix: str = "onrecord") -> list[str]:
    out = []
    for name, cmd in group.commands.items():
        full = f"{prefix} {name}"
        if isinstance(cmd, click.Group):
            out += _commands(cmd, full)
        else:
            out.append(full)
    return out


def test_every_command_is_in_the_readme() -> None:
    missing = [c for c in _commands(app) if c not in README]
    assert not missing, f"not documented in README.md: {missing}"


def test_every_command_takes_json() -> None:
    def walk(group: click.Group) -> list[click.Command]:
        cmds = []
        for cmd in group.commands.values():
            cmds += walk(cmd) if isinstance(cmd, click.Group) else [cmd]
        return cmds

    lacking = [c.name for c in walk(app) if "--json" not in {o for p in c.params for o in p.opts}]
    assert not lacking, f"commands without --json: {lacking}"
