"""mbox reader (mboxo, mboxrd, pipermail archives, gzip-compressed), streaming in chunks.

Rules, chosen to be robust on real archives rather than to trust any one writer:

* A line starts a new message only when it looks like a separator (``From <sender> <date>``,
  where the date has a recognisable shape: ``Mon Jan  1 10:00:00 2001``, ``1 Jan 2001 10:00``
  or ``2001-01-01 10:00``) **and** it is the first line of the file or follows a blank line.
  Body lines such as ``From time to time`` or ``From here on...`` therefore never split a message.
* The ``From `` line is not part of the message bytes; it goes to ``meta["unixfrom"]``.
  The blank line that mbox writers put before the next separator is dropped too.
* ``>From `` unescaping follows mboxrd for every file: a line matching ``>+From `` loses one
  ``>``. For mboxo files this is exact for escaped ``From `` lines and only differs for body lines
  that were literally ``>From `` (they lose their ``>``), which is the usual reading.
* ``Content-Length`` headers are ignored.
* A file whose first line is a header rather than a separator yields that first message too.
* gzip files (magic ``1f 8b``) are decompressed on the fly; offsets in locators are then offsets
  in the decompressed stream.
* LF and CRLF line endings are both handled; message bytes are returned unchanged.

``locator`` is ``offset:N``, the byte offset of the separator line (or of the message start when
it has no separator).
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from onrecord.record.model import ItemKind, RawItem

__all__ = ["NAME", "detect", "is_separator", "read", "read_stream"]

NAME = "mbox"

_CHUNK = 1 << 20
_MAX_SEP_LINE = 1000
_MONTH = rb"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_SEP_RE = re.compile(
    rb"From \S.*?(?:"
    + _MONTH
    + rb"\s+\d{1,2}\s+\d{1,2}:\d\d"  # asctime: Jan  1 10:00:00 2001
    + rb"|\d{1,2}\s+"
    + _MONTH
    + rb"\s+\d{2,4}\s+\d{1,2}:\d\d"  # RFC 2822-ish: 1 Jan 2001 10:00
    + rb"|\d{4}-\d\d-\d\d[ T]\d{1,2}:\d\d"  # ISO
    + rb")"
)
_UNESCAPE_RE = re.compile(rb"^>(>*From )", re.MULTILINE)
_MBOX_SUFFIXES = (".mbox", ".mbx", ".mbox.gz", ".mbx.gz", ".mbox.gzip")
_GZIP_MAGIC = b"\x1f\x8b"


def is_separator(line: bytes) -> bool:
    """True when ``line`` (without its line ending) looks like an mbox ``From `` separator."""
    return (
        line.startswith(b"From ")
        and len(line) <= _MAX_SEP_LINE
        and _SEP_RE.match(line.rstrip(b"\r")) is not None
    )


def _first_line(data: bytes) -> bytes:
    end = data.find(b"\n")
    return (data if end < 0 else data[:end]).rstrip(b"\r")


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def detect(path: Path, head: bytes) -> int:
    name = path.name.lower()
    if head.startswith(_GZIP_MAGIC):
        inner = _gunzip_head(head)
        if is_separator(_first_line(inner)):
            return 85
        return 80 if name.endswith(_MBOX_SUFFIXES) else 0
    if name.endswith(_MBOX_SUFFIXES):
        return 90
    if is_separator(_first_line(head)):
        return 60
    return 0


def _unescape(data: bytes) -> bytes:
    if b">From " in data:
        return _UNESCAPE_RE.sub(rb"\1", data)
    return data


def _strip_final_blank(data: bytes) -> bytes:
    """Drop the one blank line a writer appends after the last message."""
    if data.endswith(b"\r\n\r\n"):
        return data[:-2]
    if data.endswith(b"\n\n"):
        return data[:-1]
    return data


def _item(source: str, offset: int, unixfrom: bytes | None, data: bytes) -> RawItem:
    meta = {}
    if unixfrom is not None:
        meta["unixfrom"] = unixfrom[5:].rstrip(b"\r").decode("utf-8", "replace")
    error = None if data.strip() else "empty message"
    return RawItem(
        source=source,
        locator=f"offset:{offset}",
        kind=ItemKind.MAIL,
        data=_unescape(data),
        meta=meta,
        error=error,
    )


def read_stream(stream: BinaryIO, source: str) -> Iterator[RawItem]:
    """Split an mbox byte stream into messages; memory stays bounded by the largest message."""
    buf = bytearray()
    base = 0  # stream offset of buf[0]
    eof = False
    first_eol = -1
    while first_eol < 0 and not eof:  # the first line decides how the file starts
        chunk = stream.read(_CHUNK)
        eof = not chunk
        buf += chunk
        first_eol = buf.find(b"\n")
    first = bytes(buf[: first_eol if first_eol >= 0 else len(buf)])
    unixfrom: bytes | None = None
    start = 0  # where the current message's bytes begin in buf
    if first.startswith(b"From "):
        unixfrom = first
        start = first_eol + 1 if first_eol >= 0 else len(buf)
    msg_offset = 0
    pos = start  # where the next search for "\nFrom " begins
    while True:
        j = buf.find(b"\nFrom ", pos)
        eol = buf.find(b"\n", j + 1) if j >= 0 else -1
        if j < 0 or eol < 0:
            if eof:
                if j < 0:
                    break
                eol = len(buf)
            else:
                pos = j if j >= 0 else max(start, len(buf) - 5)
                if start:  # drop what was already yielded, once per chunk
                    del buf[:start]
                    base += start
                    pos -= start
                    start = 0
                chunk = stream.read(_CHUNK)
                eof = not chunk
                buf += chunk
                continue
        pos = eol
        if j < start or not is_separator(bytes(buf[j + 1 : eol])):
            continue
        # the line that ends at j must be blank
        if j == start or buf[j - 1] == 0x0A:
            end = j
        elif buf[j - 1] == 0x0D and (j - 1 == start or buf[j - 2] == 0x0A):
            end = j - 1
        else:
            continue
        if start < end or unixfrom is not None:
            yield _item(source, msg_offset, unixfrom, bytes(buf[start:end]))
        unixfrom = bytes(buf[j + 1 : eol])
        msg_offset = base + j + 1
        start = min(eol + 1, len(buf))
    rest = bytes(buf[start:])
    if unixfrom is not None or rest.strip():
        yield _item(source, msg_offset, unixfrom, _strip_final_blank(rest))


def read(path: Path) -> Iterator[RawItem]:
    source = str(path)
    try:
        with open(path, "rb") as raw:
            magic = raw.read(2)
            raw.seek(0)
            if magic == _GZIP_MAGIC:
                stream: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[assignment]
            else:
                stream = raw
            yield from read_stream(stream, source)
    except (OSError, EOFError, zlib.error) as exc:
        yield RawItem(
            source=source,
            locator="",
            kind=ItemKind.MAIL,
            data=b"",
            error=f"cannot read mbox: {exc}",
        )
