"""The web app's HTTP connections: too long a request is answered, not reset (issue 12).

uvicorn's h11 protocol answers a request line or header block past h11's buffer limit with a 400
and closes the socket at once; the client, still sending its 10 MB URL, then gets a connection
reset instead of the answer (the kernel resets a socket closed with unread data). Here:

* a request head past the limit is answered **414** (the request line never ended) or **431**
  (headers too large), not 400;
* every close is a *lingering* close, as web servers do it: stop writing (a half-close, so the
  client sees the whole answer and the end of it), read and drop what the client still sends, up
  to :data:`LINGER_BYTES` or :data:`LINGER_SECONDS`, then close. A 413 for a body the app did not
  read (:class:`onrecord.present.web.app.Guard`) reaches the client the same way.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["LINGER_BYTES", "LINGER_SECONDS", "BoundedH11Protocol"]

#: How much a closing connection reads and drops, and for how long, before it closes anyway.
LINGER_BYTES = 256 << 20
LINGER_SECONDS = 5.0


class _Lingering:
    """A transport whose ``close()`` lingers (see the module); everything else passes through."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self.lingering = False
        self._drained = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)

    def is_closing(self) -> bool:
        return self.lingering or self._transport.is_closing()

    def close(self) -> None:
        if self.lingering or self._transport.is_closing():
            return
        self.lingering = True
        try:
            self._transport.resume_reading()  # (flow control may have paused it)
            if self._transport.can_write_eof():
                self._transport.write_eof()
        except (OSError, RuntimeError):
            self._transport.close()
            return
        self._loop.call_later(LINGER_SECONDS, self._transport.close)

    def drop(self, nbytes: int) -> None:
        """Bytes that came while lingering: dropped, and past the bound the socket closes."""
        self._drained += nbytes
        if self._drained > LINGER_BYTES:
            self._transport.close()

    def close_now(self) -> None:
        self._transport.close()


class BoundedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with 414/431 for a request head too long and lingering closes."""

    transport: Any

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(_Lingering(transport, self.loop))  # type: ignore[arg-type]

    def data_received(self, data: bytes) -> None:
        if self.transport.lingering:
            self.transport.drop(len(data))
            return
        super().data_received(data)

    def eof_received(self) -> None:
        if self.transport.lingering:  # the client has read the answer and stopped sending
            self.transport.close_now()

    def send_400_response(self, msg: str) -> None:
        pending, _ = self.conn.trailing_data
        if len(pending) <= self.conn._max_incomplete_event_size:
            super().send_400_response(msg)
            return
        # past h11's buffer: the request line never ended (414), or the headers did not (431)
        status, reason, text = (
            (414, b"URI Too Long", b"request line too long")
            if b"\n" not in pending
            else (431, b"Request Header Fields Too Large", b"request headers too large")
        )
        self.transport.write(
            b"HTTP/1.1 %d %s\r\ncontent-type: text/plain; charset=utf-8\r\n"
            b"x-content-type-options: nosniff\r\nconnection: close\r\ncontent-length: %d\r\n\r\n%s"
            % (status, reason, len(text), text)
        )
        self.transport.close()
