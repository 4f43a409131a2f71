"""Maildir reader: Maildir, Maildir++ (``.Folder.Sub`` sub-folders) and nested Maildir trees.

A Maildir is a folder with ``cur/`` or ``new/``. Every file under a ``cur/`` or ``new/`` folder
anywhere in the tree is one message (``tmp/`` is skipped: deliveries in progress). Loose files
elsewhere in the tree (some tools, and the notmuch test corpora, keep messages next to
``cur/``) are messages when they sniff as mail; other loose files give an error item so they are
counted, except known index junk (``dovecot*``, ``maildirfolder``, ``.uidvalidity``...).

``flags`` are the standard flag letters from the info suffix (``:2,FRS``; also ``!2,`` and
``;2,`` used where ``:`` is not allowed in file names), sorted; lower-case Dovecot keyword letters
are dropped. ``locator`` is the file's path relative to the Maildir root, with ``/``.
``meta["folder"]`` names the sub-folder (``Work/Projects`` for ``.Work.Projects``), when not the
root.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from onrecord.ingest.eml import looks_like_mail, read_file
from onrecord.record.limits import DEFAULT_LIMITS, Limits
from onrecord.record.model import ItemKind, RawItem

__all__ = ["NAME", "detect", "is_junk", "is_maildir", "parse_flags", "read"]

NAME = "maildir"

_INFO_RE = re.compile(r"[:!;]2,([^:!;/]*)$")
_MAIL_DIRS = ("cur", "new")
_JUNK_PREFIXES = ("dovecot", "courierimap", "._")
_JUNK_NAMES = frozenset(
    {
        "maildirfolder",
        "subscriptions",
        ".uidvalidity",
        ".ds_store",
        "thumbs.db",
        "desktop.ini",
        ".mbsyncstate",
        ".isyncuidmap.db",
        ".notmuch",
        ".git",
        ".svn",
        "xapian",
    }
)


def is_junk(name: str) -> bool:
    """Index, lock and OS files found in mail folders, never messages."""
    low = name.lower()
    return low in _JUNK_NAMES or low.startswith(_JUNK_PREFIXES) or low.endswith(".lock")


def is_maildir(path: Path) -> bool:
    return any((path / sub).is_dir() for sub in _MAIL_DIRS)


def parse_flags(name: str) -> str:
    """``"123.host:2,SRF"`` -> ``"FRS"``: the upper-case flag letters, sorted."""
    match = _INFO_RE.search(name)
    if not match:
        return ""
    return "".join(sorted({c for c in match.group(1) if "A" <= c <= "Z"}))


def detect(path: Path, head: bytes) -> int:
    return 100 if path.is_dir() and is_maildir(path) else 0


def _folder_name(rel_dir: str) -> str:
    """Relative folder path (without cur/new) to a display name."""
    parts = [p for p in rel_dir.split("/") if p and p not in _MAIL_DIRS]
    names: list[str] = []
    for part in parts:
        if part.startswith(".") and len(part) > 1:
            names.extend(x for x in part[1:].split(".") if x)  # Maildir++
        else:
            names.append(part)
    return "/".join(names)


def _walk(root: Path) -> Iterator[tuple[str, str, bool]]:
    """(relative dir, file name, in cur/new) for every candidate file, sorted, depth first."""
    stack = [("", False)]
    while stack:
        rel, in_mail_dir = stack.pop()
        try:
            with os.scandir(root / rel if rel else root) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for entry in entries:
            name = entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir:
                if name == "tmp" or is_junk(name):
                    continue
                sub_rel = f"{rel}/{name}" if rel else name
                subdirs.append((sub_rel, name in _MAIL_DIRS))
            elif not (is_junk(name) or (name.startswith(".") and not in_mail_dir)):
                yield rel, name, in_mail_dir
        stack.extend(reversed(subdirs))


def read(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawItem]:
    root = path
    source = str(path)
    for rel, name, in_mail_dir in _walk(root):
        locator = f"{rel}/{name}" if rel else name
        file_path = root / locator
        flags = parse_flags(name)
        if not in_mail_dir:
            try:
                with open(file_path, "rb") as fh:
                    head = fh.read(4096)
            except OSError as exc:
                head = b""
                yield _error(source, locator, f"cannot read file: {exc.strerror or exc}")
                continue
            if not looks_like_mail(head):
                yield _error(source, locator, "not a mail file (in a Maildir folder)")
                continue
        item = read_file(file_path, source, locator, flags, limits)
        folder = _folder_name(rel)
        if folder:
            item.meta["folder"] = folder
        yield item


def _error(source: str, locator: str, reason: str) -> RawItem:
    return RawItem(source=source, locator=locator, kind=ItemKind.MAIL, data=b"", error=reason)
