"""The format registry: which reader handles which input, and walking input paths.

Each format module exposes ``NAME``, ``detect(path, head) -> int`` (0 = not mine, the highest
score wins, ties go to the earlier module in :data:`FORMATS`) and ``read(path, limits)``, a stream of
:class:`RawItem`. To add a format, write the module and list it in :data:`FORMATS`.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from onrecord.ingest import documents, eml, maildir, mbox, pst
from onrecord.record.limits import DEFAULT_LIMITS, Limits
from onrecord.record.model import ItemKind, RawItem

__all__ = [
    "FORMATS",
    "SKIPPED",
    "UNKNOWN",
    "InputError",
    "describe",
    "detect_format",
    "format_names",
    "iter_inputs",
    "read_input",
    "skipped_reason",
]

FORMATS: tuple[ModuleType, ...] = (pst, mbox, eml, documents, maildir)
UNKNOWN = "unknown"
#: What the walk found but cannot read: a symbolic link loop, an unreadable folder, a FIFO or
#: device. Each is one failed item with the reason (:func:`skipped_reason`); the walk goes on.
SKIPPED = "skipped"
HEAD_SIZE = 8192

_BY_NAME = {mod.NAME: mod for mod in FORMATS}


class InputError(Exception):
    """An input path that cannot be used at all (it does not exist, or is not readable)."""


def format_names() -> list[str]:
    return [mod.NAME for mod in FORMATS]


def _read_head(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(HEAD_SIZE)


def detect_format(path: Path, head: bytes | None = None) -> str:
    """The name of the format that claims ``path`` (a file or a Maildir folder), or "unknown"."""
    if path.is_dir():
        return maildir.NAME if maildir.is_maildir(path) else UNKNOWN
    if head is None:
        try:
            head = _read_head(path)
        except OSError:
            return UNKNOWN
    best, best_score = UNKNOWN, 0
    for mod in FORMATS:
        if mod is maildir:
            continue
        try:
            score = mod.detect(path, head)
        except Exception:  # a detector must never stop the walk
            score = 0
        if score > best_score:
            best, best_score = mod.NAME, score
    return best


def _skip(name: str) -> bool:
    return name.startswith(".") or name == "__MACOSX" or maildir.is_junk(name)


def iter_inputs(paths: list[Path]) -> Iterator[tuple[Path, str]]:
    """Walk files and folders (recursively) into ``(path, format name)`` pairs.

    A Maildir folder (one with ``cur/`` or ``new/``) is one input and is not walked further.
    Hidden files and folders and mail-index junk are skipped inside folders; a path given
    explicitly is always yielded. Raises :class:`InputError` for a path that does not exist.
    """
    for path in paths:
        if not path.exists():
            kind = "broken link" if path.is_symlink() else "no such file or folder"
            raise InputError(f"input not found: {path} ({kind})")
    seen: set[str] = set()
    for path in paths:
        if path.is_dir():
            yield from _walk_dir(path, seen)
        elif path.is_file():
            yield path, detect_format(path)
        else:  # a FIFO or device named on the command line would be read without end
            yield path, SKIPPED


def _walk_dir(path: Path, seen: set[str]) -> Iterator[tuple[Path, str]]:
    real = os.path.realpath(path)
    if real in seen:  # the same folder given twice
        return
    seen.add(real)
    try:
        if maildir.is_maildir(path):
            yield path, maildir.NAME
            return
        with os.scandir(path) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        yield path, SKIPPED
        return
    for entry in entries:
        if _skip(entry.name):
            continue
        child = Path(entry.path)
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError:  # a symbolic link loop, or a link that cannot be followed
            yield child, SKIPPED
            continue
        if is_dir and entry.is_symlink() and os.path.realpath(child) in seen:
            yield child, SKIPPED  # a link back to a folder already walked: a loop
        elif is_dir:
            yield from _walk_dir(child, seen)
        elif is_file:
            yield child, detect_format(child)
        elif not entry.is_symlink() or os.path.exists(child):
            yield child, SKIPPED  # a FIFO, socket or device


def skipped_reason(path: Path) -> str:
    """Why the walk could not read ``path`` (see :data:`SKIPPED`), in words."""
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "skipped: a symbolic link loop"
        return f"skipped: cannot be read ({exc.strerror or exc})"
    if stat.S_ISDIR(st.st_mode):
        if path.is_symlink():
            return f"skipped: a link to a folder already read ({os.path.realpath(path)})"
        try:
            with os.scandir(path):
                pass
        except OSError as exc:
            return f"skipped: unreadable folder ({exc.strerror or exc})"
        return "skipped: a folder that could not be read"
    if not stat.S_ISREG(st.st_mode):
        return "skipped: not a regular file (a FIFO, socket or device)"
    return "skipped: cannot be read"


def describe(head: bytes) -> str:
    """A short human description of what unrecognised bytes look like."""
    if not head:
        return "empty file"
    signatures = (
        (b"PK\x03\x04", "zip archive"),
        (b"\x1f\x8b", "gzip data (not an mbox)"),
        (b"\x89PNG", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"\xd0\xcf\x11\xe0", "OLE2 file (Outlook .msg or old Office document)"),
        (b"7z\xbc\xaf", "7-zip archive"),
        (b"SQLite format 3", "SQLite database"),
        (b"{\\rtf", "RTF document"),
    )
    for magic, what in signatures:
        if head.startswith(magic):
            return what
    sample = head[:4096]
    if b"\x00" in sample:
        return f"binary data (starts with {sample[:8].hex(' ')})"
    try:
        sample.decode("utf-8")
        enc = "UTF-8 text"
    except UnicodeDecodeError as exc:
        enc = "UTF-8 text" if exc.start > len(sample) - 4 else "8-bit text"
    first = sample.split(b"\n", 1)[0][:40].decode("utf-8", "replace").strip()
    return f"{enc}, no mail headers (first line: {first!r})"


def read_input(path: Path, fmt: str, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawItem]:
    """The items of one input. Never raises for bad content: failures become error items.
    ``limits`` bound what a reader holds of one item (see :mod:`onrecord.record.limits`)."""
    source = str(path)
    mod = _BY_NAME.get(fmt)
    if fmt == SKIPPED:
        yield RawItem(
            source=source, locator="", kind=ItemKind.MAIL, data=b"", error=skipped_reason(path)
        )
        return
    if mod is None:
        try:
            what = describe(b"" if path.is_dir() else _read_head(path))
        except OSError as exc:
            what = f"unreadable ({exc.strerror or exc})"
        if path.is_dir():
            what = "folder"
        if fmt != UNKNOWN:
            what = f"no reader named {fmt!r}; {what}"
        yield RawItem(
            source=source,
            locator="",
            kind=ItemKind.MAIL,
            data=b"",
            error=f"unknown format: {what}",
        )
        return
    count = 0
    try:
        for item in mod.read(path, limits):
            count += 1
            yield item
    except Exception as exc:  # a reader bug or I/O failure must not stop the whole ingest
        yield RawItem(
            source=source,
            locator=f"after:{count}",
            kind=ItemKind.DOCUMENT if mod is documents else ItemKind.MAIL,
            data=b"",
            error=f"{fmt} reader failed: {type(exc).__name__}: {exc}",
        )
