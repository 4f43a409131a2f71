"""Single-message files: ``.eml`` and extension-less (or ``.txt``) files that sniff as RFC 822.

Sniffing looks at the header block at the top of the file: the first line must be a header
(``Name: value``) or an mbox ``From `` line, the block must be mostly header and continuation
lines, and it must hold at least one header that mail carries (From, Received, Message-ID...).
A leading ``From `` line is not part of the message; it goes to ``meta["unixfrom"]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from onrecord.ingest import mbox
from onrecord.record.limits import DEFAULT_LIMITS, Limits
from onrecord.record.model import ItemKind, RawItem

__all__ = ["NAME", "detect", "looks_like_mail", "read", "split_unixfrom"]

NAME = "eml"

_HEADER_RE = re.compile(rb"^[!-9;-~]{1,76}[ \t]*:")
_MAIL_HEADERS = frozenset(
    {
        b"from",
        b"to",
        b"cc",
        b"bcc",
        b"subject",
        b"date",
        b"message-id",
        b"received",
        b"return-path",
        b"delivered-to",
        b"mime-version",
        b"content-type",
        b"content-transfer-encoding",
        b"in-reply-to",
        b"references",
        b"reply-to",
        b"sender",
        b"x-mailer",
        b"user-agent",
        b"list-id",
        b"envelope-to",
        b"dkim-signature",
        b"arc-seal",
        b"authentication-results",
        b"thread-topic",
        b"x-original-to",
    }
)
_EML_SUFFIXES = (".eml", ".emlx", ".rfc822")
_SINGLE_CHECK_MAX = 1 << 20  # a From-line file up to this size is read whole to count separators


def split_unixfrom(data: bytes) -> tuple[str | None, bytes]:
    """Split a leading mbox ``From `` line off ``data`` (not ``From:``)."""
    if not data.startswith(b"From "):
        return None, data
    eol = data.find(b"\n")
    if eol < 0:
        return data[5:].rstrip(b"\r").decode("utf-8", "replace"), b""
    return data[5:eol].rstrip(b"\r").decode("utf-8", "replace"), data[eol + 1 :]


def looks_like_mail(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a file) starts with a mail header block.

    The first line must be a header; the leading block of header (and continuation) lines must
    hold a header that mail carries, and either end at a blank line (or the end of ``head``) or
    hold at least two such headers (a message whose body follows without a blank line).
    """
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    _, head = split_unixfrom(head)
    lines = head.split(b"\n", 100)
    if not _HEADER_RE.match(lines[0]):
        return False
    known = 0
    for raw in lines[:100]:
        line = raw.rstrip(b"\r")
        if not line:
            return known >= 1
        if line[:1] in (b" ", b"\t"):
            continue
        if not _HEADER_RE.match(line):
            return known >= 2
        if line.split(b":", 1)[0].strip().lower() in _MAIL_HEADERS:
            known += 1
    return known >= 1


def _single_message(path: Path) -> bool:
    """A small file that starts with a ``From `` line and holds no second separator."""
    try:
        if path.stat().st_size > _SINGLE_CHECK_MAX:
            return False
        with open(path, "rb") as fh:
            return sum(1 for _ in mbox.read_stream(fh, str(path))) <= 1
    except OSError:
        return False


def detect(path: Path, head: bytes) -> int:
    name = path.name.lower()
    if name.endswith(_EML_SUFFIXES):
        return 90
    if head.startswith(b"From ") and mbox.is_separator(head.split(b"\n", 1)[0].rstrip(b"\r")):
        # mbox claims these at 60: take them only when they hold a single message
        if looks_like_mail(head) and _single_message(path):
            return 75
        return 0
    if looks_like_mail(head):
        return 70
    return 0


def read(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawItem]:
    yield read_file(path, str(path), "", limits=limits)


def read_bounded(path: Path, limits: Limits) -> bytes | None:
    """The file's bytes, or None when it holds more than ``limits.max_message_bytes`` (never
    more than that plus one byte is read: a file can grow, or be a device behind a link)."""
    with open(path, "rb") as fh:
        data = fh.read(limits.max_message_bytes + 1)
    return None if len(data) > limits.max_message_bytes else data


def read_file(
    path: Path, source: str, locator: str, flags: str = "", limits: Limits = DEFAULT_LIMITS
) -> RawItem:
    """One file holding one message, as a RawItem (an error item when it cannot be read)."""
    try:
        data = read_bounded(path, limits)
        error = limits.too_big(path.stat().st_size) if data is None else None
    except OSError as exc:
        data, error = None, f"cannot read file: {exc.strerror or exc}"
    if data is None:
        return RawItem(
            source=source, locator=locator, kind=ItemKind.MAIL, data=b"", flags=flags, error=error
        )
    unixfrom, data = split_unixfrom(data)
    meta = {"unixfrom": unixfrom} if unixfrom is not None else {}
    return RawItem(
        source=source,
        locator=locator,
        kind=ItemKind.MAIL,
        data=data,
        flags=flags,
        meta=meta,
        error=None if data.strip() else "empty message",
    )
