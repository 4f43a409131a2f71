"""Judges, by name: ``get_judge("builtin" | "nli" | "llm")``. One module per backend; each
is imported only when asked for, so the optional ones cost nothing when unused."""

from __future__ import annotations

from typing import Any

from ..base import Judge

KNOWN = ("builtin", "nli", "llm")


def get_judge(name: str = "builtin", **kwargs: Any) -> Judge:
    """The judge called ``name``; ``nli/<model>`` and ``llm/<model>`` name the model too."""
    kind, _, model = name.partition("/")
    if kind == "builtin":
        from .builtin import BuiltinJudge

        return BuiltinJudge(**kwargs)
    if kind == "nli":
        from .nli import RECOMMENDED_MODEL, NLIJudge

        kwargs.setdefault("model", model or RECOMMENDED_MODEL)
        return NLIJudge(**kwargs)
    if kind == "llm":
        from .llm import LLMJudge

        if model:
            kwargs.setdefault("model", model)
        return LLMJudge(**kwargs)
    raise KeyError(f"unknown judge: {name!r} (known: {', '.join(KNOWN)})")


__all__ = ["KNOWN", "get_judge"]
