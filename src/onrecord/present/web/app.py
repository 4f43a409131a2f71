"""The web app: Starlette, server-rendered Jinja2 pages (autoescaped), over one database.

Security, all in :class:`Guard`, for every request:

- a strict Content-Security-Policy (scripts and styles only from the app's own files, no inline
  code), ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer``, no framing;
- with a token: the token must come with the request, as ``?token=`` once (answered with a
  cookie and a redirect to the same URL without it), the cookie, or an ``Authorization:
  Bearer`` / ``X-Onrecord-Token`` header;
- with ``allowed_hosts`` (the CLI sets them when it binds to the loopback without a token): the
  ``Host`` header must name this machine, which stops DNS-rebinding pages from reading the app;
- requests that a browser marks as another site's fetch or embed (``Sec-Fetch-Site:
  cross-site`` other than a link followed) are refused, so no other page can make the app work;
- a URL longer than :data:`MAX_URL` is 414, a request body longer than :data:`MAX_BODY` 413
  (every page is a GET: none reads a body), answered before the app sees them (longer request
  heads are answered 414/431 by :mod:`.protocol`).

Mail text is only ever rendered through autoescaped templates, never marked safe.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
from collections.abc import Callable, Iterable
from http.cookies import SimpleCookie
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from onrecord.models.base import Judge
from onrecord.present.web.analyst import Analyst
from onrecord.present.web.context import Web

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
log = logging.getLogger("onrecord.web")

SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
COOKIE = "onrecord_token"
#: The longest URL (path and query) served, and the largest request body accepted (bytes).
MAX_URL = 8192
MAX_BODY = 1 << 20
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def same_origin(target: str) -> bool:
    """True for a path on this site: one "/" then not another "/" or "\\" (browsers read
    "//host/..." and "/\\host/..." as another site), and no control characters (which
    browsers drop)."""
    return (
        target.startswith("/")
        and target[1:2] not in ("/", "\\")
        and not any(c < " " or c == "\x7f" for c in target)
    )


def _too_large(scope: Scope, headers: dict[str, str]) -> tuple[int, str] | None:
    """(status, text) for a URL or body past the limits, else None. A chunked body has no
    length to look at: no route reads a body, so it is never read whole either."""
    url = len(scope.get("raw_path") or scope["path"]) + len(scope.get("query_string", b""))
    if url > MAX_URL:
        return 414, f"URL too long (over {MAX_URL:,} bytes)"
    length = headers.get("content-length", "")
    if length and (not length.isdigit() or len(length) > 18 or int(length) > MAX_BODY):
        return 413, f"request body too large (over {MAX_BODY:,} bytes)"
    return None


def _package_dir(name: str) -> Path:
    return Path(str(resources.files("onrecord.present.web").joinpath(name)))


class Guard:
    """ASGI middleware: security headers on every response, token and Host checks."""

    def __init__(
        self, app: ASGIApp, token: str | None, allowed_hosts: Iterable[str] | None
    ) -> None:
        self.app = app
        self.token = token or None
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secure(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in {h for h, _ in SECURITY_HEADERS}
                ]
                message["headers"] = headers + SECURITY_HEADERS
            await send(message)

        headers = {
            k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])
        }
        refused = _too_large(scope, headers)
        if refused is not None:
            status, text = refused
            await PlainTextResponse(text, status, headers={"connection": "close"})(
                scope, receive, send_secure
            )
            return
        if self.allowed_hosts is not None:
            host = headers.get("host", "")
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name.lower() not in self.allowed_hosts:
                await PlainTextResponse("unknown Host header", 400)(scope, receive, send_secure)
                return
        if (
            headers.get("sec-fetch-site") == "cross-site"
            and headers.get("sec-fetch-mode") != "navigate"
        ):
            # another site's page fetching from, or embedding, this app: refused
            await PlainTextResponse("cross-site request refused", 403)(scope, receive, send_secure)
            return
        if self.token:
            query = parse_qsl(
                scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True
            )
            given = dict(query).get("token")
            if given is not None and self._ok(given):
                rest = urlencode([(k, v) for k, v in query if k != "token"])
                target = scope.get("root_path", "") + scope["path"] + (f"?{rest}" if rest else "")
                if not same_origin(target):  # "//evil.example/..." would leave this site
                    await PlainTextResponse("refused: not a path on this site", 400)(
                        scope, receive, send_secure
                    )
                    return
                resp = RedirectResponse(target, 303)
                resp.set_cookie(COOKIE, self.token, httponly=True, samesite="strict", path="/")
                await resp(scope, receive, send_secure)
                return
            if not self._authorized(headers):
                await PlainTextResponse(
                    "token required: open the URL that `onrecord serve` printed "
                    "(it ends in ?token=…)",
                    401,
                )(scope, receive, send_secure)
                return
        started = False

        async def send_tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send_secure(message)

        try:
            await self.app(scope, receive, send_tracked)
        except Exception:  # a bug: answer 500 with the same security headers, and log it
            log.exception("error serving %s", scope.get("path"))
            if not started:
                await PlainTextResponse("Internal error: see the server's log.", 500)(
                    scope, receive, send_secure
                )

    def _ok(self, given: str) -> bool:
        return self.token is not None and hmac.compare_digest(given.encode(), self.token.encode())

    def _authorized(self, headers: dict[str, str]) -> bool:
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and self._ok(auth[7:].strip()):
            return True
        if self._ok(headers.get("x-onrecord-token", "")):
            return True
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:
            return False
        morsel = cookie.get(COOKIE)
        return morsel is not None and self._ok(morsel.value)


def templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(_package_dir("templates"))),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    from onrecord.present.web import filters

    env.filters.update(filters.FILTERS)
    return env


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    allowed_hosts: Iterable[str] | None = None,
    judge_factory: Callable[[], Judge] | None = None,
    embedder: str | None = None,
    dense: bool = True,
) -> Starlette:
    """The app over database ``db`` (opened read-only per request; it must exist)."""
    from onrecord.present.web import routes

    if judge_factory is None:

        def judge_factory() -> Judge:
            from onrecord.models.judges import get_judge

            return get_judge("builtin")

    web = Web(Path(db), templates(), Analyst(Path(db), judge_factory, embedder, dense))

    async def not_found(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        detail = getattr(exc, "detail", "") or "Not found."
        return web.render(request, "error.html", status=status, status_code=status, detail=detail)

    app = Starlette(
        routes=[
            *routes.routes(web),
            Mount("/static", StaticFiles(directory=str(_package_dir("static"))), name="static"),
        ],
        middleware=[Middleware(Guard, token=token, allowed_hosts=allowed_hosts)],
        exception_handlers={HTTPException: not_found},
    )
    app.state.web = web
    return app


__all__ = [
    "CSP",
    "LOOPBACK_NAMES",
    "MAX_BODY",
    "MAX_URL",
    "Guard",
    "create_app",
    "is_loopback",
]
