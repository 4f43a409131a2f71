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
  in the decompressed stream. Inflating stops at ``Limits.max_decompressed_bytes``, or past
  ``Limits.max_ratio`` times the compressed bytes read (a 1 MB file inflating to 1 GiB took
  23 GB): the rest is one failed item.
* A message over ``Limits.max_message_bytes`` (or a file with no line break) is never held
  whole: its bytes are dropped as they are read, up to the next separator, and it is one failed
  item with the reason.
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

from onrecord.record.limits import DEFAULT_LIMITS, LimitExceeded, Limits
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
#: Decompressed bytes before the ratio of :class:`_Inflated` is looked at (a small file may
#: well inflate a lot: a few KB of headers).
RATIO_FLOOR = 1 << 20


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


def _too_big(source: str, offset: int, limits: Limits, size: int | None = None) -> RawItem:
    return RawItem(
        source=source,
        locator=f"offset:{offset}",
        kind=ItemKind.MAIL,
        data=b"",
        error=limits.too_big(size),
    )


def read_stream(
    stream: BinaryIO, source: str, limits: Limits = DEFAULT_LIMITS
) -> Iterator[RawItem]:
    """Split an mbox byte stream into messages; memory stays bounded by the largest message,
    and that by ``limits.max_message_bytes``."""
    limit = limits.max_message_bytes
    buf = bytearray()
    base = 0  # stream offset of buf[0]
    eof = False
    first_eol = -1
    while first_eol < 0 and not eof and len(buf) <= limit:  # the first line decides the start
        chunk = stream.read(_CHUNK)
        eof = not chunk
        buf += chunk
        first_eol = buf.find(b"\n")
    skipping = first_eol < 0 and len(buf) > limit  # over the limit: dropped up to a separator
    first = b"" if skipping else bytes(buf[: first_eol if first_eol >= 0 else len(buf)])
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
                if j < 0:
                    pos = max(start, len(buf) - 5)
                else:  # a "From " line not ended yet; too long to be a separator: go past it
                    pos = j if len(buf) - j <= _MAX_SEP_LINE else j + 1
                if start:  # drop what was already yielded, once per chunk
                    del buf[:start]
                    base += start
                    pos -= start
                    start = 0
                if len(buf) > limit:  # this message is too large: drop what was read of it
                    skipping = True
                    cut = max(0, pos - 2)  # (the separator check looks back two bytes)
                    del buf[:cut]
                    base += cut
                    pos -= cut
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
        if skipping or end - start > limit:
            yield _too_big(source, msg_offset, limits, None if skipping else end - start)
            skipping = False
        elif start < end or unixfrom is not None:
            yield _item(source, msg_offset, unixfrom, bytes(buf[start:end]))
        unixfrom = bytes(buf[j + 1 : eol])
        msg_offset = base + j + 1
        start = min(eol + 1, len(buf))
    if skipping or len(buf) - start > limit:
        yield _too_big(source, msg_offset, limits, None if skipping else len(buf) - start)
        return
    rest = bytes(buf[start:])
    if unixfrom is not None or rest.strip():
        yield _item(source, msg_offset, unixfrom, _strip_final_blank(rest))


class _Inflated:
    """A gzip stream that refuses to inflate past the limits (raises :class:`LimitExceeded`)."""

    def __init__(self, raw: BinaryIO, limits: Limits) -> None:
        self.raw = raw
        self.gz = gzip.GzipFile(fileobj=raw, mode="rb")
        self.limits = limits
        self.total = 0

    def read(self, size: int) -> bytes:
        chunk = self.gz.read(size)
        self.total += len(chunk)
        lim = self.limits
        if self.total > lim.max_decompressed_bytes:
            raise LimitExceeded(
                f"decompressed past the limit of {lim.max_decompressed_bytes:,} bytes; "
                "the rest of the file was not read"
            )
        packed = max(1, self.raw.tell())
        if self.total > RATIO_FLOOR and self.total > lim.max_ratio * packed:
            raise LimitExceeded(
                f"inflates more than {lim.max_ratio} times its compressed size "
                "(a compression bomb?); the rest of the file was not read"
            )
        return chunk


def read(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawItem]:
    source = str(path)
    count = 0
    try:
        with open(path, "rb") as raw:
            magic = raw.read(2)
            raw.seek(0)
            if magic == _GZIP_MAGIC:
                stream: BinaryIO = _Inflated(raw, limits)  # type: ignore[assignment]
            else:
                stream = raw
            for item in read_stream(stream, source, limits):
                count += 1
                yield item
    except LimitExceeded as exc:
        yield RawItem(
            source=source, locator=f"after:{count}", kind=ItemKind.MAIL, data=b"", error=str(exc)
        )
    except (OSError, EOFError, zlib.error) as exc:
        yield RawItem(
            source=source,
            locator="",
            kind=ItemKind.MAIL,
            data=b"",
            error=f"cannot read mbox: {exc}",
        )
