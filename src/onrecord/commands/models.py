"""Judges and models: `eval` (a judge on a labelled pair set) and `models pull`."""

from __future__ import annotations

import click
from rich.table import Table

from onrecord.commands.common import EXIT_USAGE, Ctx, Fail, command, emit, out
from onrecord.commands.options import JudgeSpec, judge_options


@command("eval")
@click.argument("dataset")
@judge_options
@click.option("--limit", type=int, default=None, help="Sample this many pairs (seeded).")
def eval_(
    ctx: Ctx,
    dataset: str,
    judge: JudgeSpec,
    limit: int | None,
) -> None:
    """Accuracy, macro-F1 and confusion matrix of a judge on a labelled pair set
    (mnli-mismatched, sick-nl, sick-en, sick-en-nl, climate-fever, fever-symmetric, or a
    .jsonl of {premise, hypothesis, label})."""
    from onrecord.check.verdicts.evalsets import load, score
    from onrecord.present.progress import CountBar, wants_bar

    try:
        pairs = load(dataset, limit)
    except (FileNotFoundError, KeyError, ValueError) as exc:
        raise Fail(str(exc), "see `onrecord eval --help`", EXIT_USAGE) from exc
    judged_by = judge.load()
    bar = CountBar("judge", "pairs") if wants_bar(ctx.json) else None
    preds: list[str] = []
    try:
        for i in range(0, len(pairs), 64):
            chunk = pairs[i : i + 64]
            preds += [j.label for j in judged_by.judge([(p.premise, p.hypothesis) for p in chunk])]
            if bar:
                bar(len(preds), len(pairs))
    finally:
        if bar:
            bar.close()
    result = {"dataset": dataset, "judge": judged_by.name, **score([p.label for p in pairs], preds)}

    def render() -> None:
        out.print(f"[bold]{dataset}[/] · judge {judged_by.name} · n={result['n']}")
        out.print(f"accuracy {result['accuracy']:.1%}   macro-F1 {result['macro_f1']:.3f}")
        t = Table("gold \\ predicted", *result["predicted_labels"])
        for lb, row in zip(result["labels"], result["confusion"], strict=True):
            t.add_row(lb, *map(str, row))
        out.print(t)

    emit(ctx, result, render)


@click.group()
def models() -> None:
    """Models: fetch a Hugging Face judge where the hub is reachable."""


@command("pull")
@click.argument("model_id", default="MoritzLaurer/mDeBERTa-v3-base-xnli-multilingual-nli-2mil7")
def models_pull(ctx: Ctx, model_id: str) -> None:
    """Download an NLI model into the Hugging Face cache (for --judge nli)."""
    from onrecord.models.judges.nli import NLIError, pull_model

    try:
        path = pull_model(model_id)
    except NLIError as exc:
        raise Fail(str(exc), exc.hint) from exc
    emit(ctx, {"model": model_id, "path": str(path)}, lambda: out.print(f"{model_id} → {path}"))


models.add_command(models_pull)
