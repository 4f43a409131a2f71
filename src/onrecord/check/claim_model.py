"""A learned second opinion on the rules' choice of which sentences are claims (issue 13).

The rules of :mod:`onrecord.check.checkworthy` were written on the dev articles and stopped
generalising to new writers. This logistic regression over hashed words and word pairs of the
sentence, plus cues the rules already compute (their skip reason, an announcement, digits, a
quote), may overrule them where it is confident: a sentence the rules accept becomes a
``commentary`` skip when the probability of a claim is below ``veto``, and a ``commentary`` or
``meta`` skip becomes a claim when it is above ``accept``. The weights (``claim_model.json``
next to this module) are trained by ``benchmarks/train_claim_model.py`` on the gold of the
articles the project may learn from; pure Python at extraction time, no numpy.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from onrecord.check import checkworthy
from onrecord.check.checkworthy import is_announcement

__all__ = ["Model", "features", "load", "overrule", "probability", "skip_reason"]

WEIGHTS = Path(__file__).with_name("claim_model.json")
#: Skip reasons the model may overrule: the judgements of meaning, not of layout.
OVERRULABLE = ("commentary", "meta")
_WORD = re.compile(r"\w+")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_QUOTES = "\"“”‘’"


@dataclass(frozen=True, slots=True)
class Model:
    dim: int  # hashed buckets of words and word pairs; the cue features follow
    weights: dict[int, float]
    bias: float
    veto: float  # below: a rule-accepted sentence is not a claim
    accept: float  # above: a rule-skipped sentence (commentary, meta) is a claim


def _bucket(token: str, dim: int) -> int:
    return zlib.crc32(token.encode("utf-8")) % dim


def features(clean: str, reason: str | None, dim: int) -> list[int]:
    """Indices of the active (binary) features of a sentence whose rule skip reason is
    ``reason`` (None: the rules accept it so far)."""
    ws = [w.lower() for w in _WORD.findall(clean)]
    toks = {f"w:{w}" for w in ws} | {f"b:{a} {b}" for a, b in pairwise(ws)}
    if ws:
        toks.add(f"f:{ws[0]}")
    n = len(ws)
    cues = {
        f"reason:{reason or 'none'}",
        f"len:{min(n // 5, 8)}",
        f"ann:{is_announcement(clean)}",
        f"digit:{any(c.isdigit() for c in clean)}",
        f"year:{bool(_YEAR.search(clean))}",
        f"quote:{any(q in clean for q in _QUOTES)}",
    }
    return sorted({_bucket(t, dim) for t in toks} | {dim + _bucket(c, 1024) for c in cues})


def probability(model: Model, clean: str, reason: str | None) -> float:
    z = model.bias + sum(model.weights.get(i, 0.0) for i in features(clean, reason, model.dim))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=2)
def load(path: Path = WEIGHTS) -> Model | None:
    """The stored model, or None when there is none (the rules decide alone)."""
    if not path.exists():
        return None
    d = json.loads(path.read_text("utf-8"))
    weights = {int(k): float(v) for k, v in d["weights"].items()}
    return Model(d["dim"], weights, d["bias"], d["veto"], d["accept"])


def overrule(reason: str | None, clean: str, model: Model | None = None) -> str | None:
    """The skip reason after the model's second opinion on the rules' ``reason``."""
    model = model or load()
    if model is None or (reason is not None and reason not in OVERRULABLE):
        return reason
    p = probability(model, clean, reason)
    if reason is None:
        return "commentary" if p < model.veto else None
    return None if p > model.accept else reason


def skip_reason(
    original: str, clean: str, body: str, a: int, b: int, author: str | None = None
) -> str | None:
    """:func:`onrecord.check.checkworthy.skip_reason`, overruled where the model is confident."""
    return overrule(checkworthy.skip_reason(original, clean, body, a, b, author), clean)
