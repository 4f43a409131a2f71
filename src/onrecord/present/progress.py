"""Progress bars for long work: shown on a terminal, silent in --json mode or when piped."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        messages = task.fields.get("messages", 0)
        rate = messages / elapsed if elapsed > 0 else 0.0
        return Text(f"{messages:,} msgs  {rate:,.0f} msg/s", style="cyan")


class BarProgress:
    """Implements ``engines.local.Progress`` with a rich bar: bytes done, messages, rate, ETA."""

    def __init__(self, label: str = "ingest") -> None:
        self.console = Console(stderr=True)
        self.bar = Progress(
            TextColumn(f"[bold]{label}"),
            BarColumn(),
            TaskProgressColumn(),
            _Rate(),
            DownloadColumn(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )
        self.task = None
        self.messages = 0

    def start(self, total_bytes: int) -> None:
        self.bar.start()
        self.task = self.bar.add_task("ingest", total=max(total_bytes, 1), messages=0)

    def advance(self, nbytes: int, messages: int) -> None:
        self.messages += messages
        if self.task is not None:
            self.bar.update(self.task, advance=nbytes, messages=self.messages)

    def finish(self) -> None:
        if self.task is not None:
            task = self.bar.tasks[0]
            self.bar.update(self.task, completed=task.total)
        self.bar.stop()


def wants_bar(json_mode: bool) -> bool:
    return not json_mode and sys.stderr.isatty()


class CountBar:
    """A bar for counted work (statements embedded, pairs judged): ``bar(done, total)``."""

    def __init__(self, label: str, unit: str) -> None:
        self.bar = Progress(
            TextColumn(f"[bold]{label}"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.completed:,.0f}/{task.total:,.0f} " + unit),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        self.task = None

    def __call__(self, done: int, total: int) -> None:
        if self.task is None:
            self.bar.start()
            self.task = self.bar.add_task("work", total=max(total, 1))
        self.bar.update(self.task, completed=done, total=max(total, 1))

    def close(self) -> None:
        if self.task is not None:
            self.bar.stop()
