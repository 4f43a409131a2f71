"""A learned choice of a claim's subject among candidates (:mod:`onrecord.check.subjects.subject_features`).

A conditional-logit ranker: each candidate scores ``w · features``; the probabilities are the
softmax over one claim's candidates. The weights (``subject_ranker.json`` next to this module)
were trained on the dev gold of ``benchmarks/articles`` only, by
``benchmarks/train_subject_ranker.py``, which also chose the regularisation and the margin by
leave-one-document-out on dev.

The rules' subject is replaced only when the model's best candidate is more probable than the
rules' by at least the stored margin. The ranker is off by default: it changes nothing on the
held-out documents by another writer, the ones it was meant for (``benchmarks/articles/README.md``,
round eight). Turn it on with the
environment variable ``ONRECORD_SUBJECT_RANKER=1`` or ``claims_from_text(..., rank_subjects=True)``.
"""

from __future__ import annotations

import json
import math
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from onrecord.check.subjects.subject_features import Site

__all__ = ["choose", "load", "probabilities", "ranker_on"]

WEIGHTS = Path(__file__).with_name("subject_ranker.json")


def ranker_on(flag: bool | None = None) -> bool:
    """The learned choice is used: ``flag`` when given, else the environment's
    ``ONRECORD_SUBJECT_RANKER``."""
    if flag is not None:
        return flag
    return os.environ.get("ONRECORD_SUBJECT_RANKER", "").strip().lower() in ("1", "true", "yes")


@lru_cache(maxsize=4)
def load(path: Path | None = None) -> dict[str, Any]:
    """The stored model: ``weights`` (feature -> weight) and ``margin``; another model file may
    be named by ``ONRECORD_SUBJECT_RANKER_MODEL`` (for experiments)."""
    path = path or Path(os.environ.get("ONRECORD_SUBJECT_RANKER_MODEL") or WEIGHTS)
    return json.loads(path.read_text("utf-8"))


def probabilities(site: Site, weights: dict[str, float]) -> list[float]:
    """Softmax over the site's candidates of ``w · features``."""
    scores = [sum(weights.get(k, 0.0) * v for k, v in f.items()) for f in site.features]
    if not scores:
        return []
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def choose(site: Site, model: dict[str, Any] | None = None) -> str | None:
    """The subject: the model's best candidate when it beats the rules' by the margin, else the
    rules' subject."""
    model = model or load()
    probs = probabilities(site, model["weights"])
    if not probs:
        return site.rules
    best = max(range(len(probs)), key=probs.__getitem__)
    rules_p = next((p for p, f in zip(probs, site.features) if f.get("rules")), 0.0)
    if site.features[best].get("rules") or probs[best] - rules_p < model.get("margin", 0.0):
        return site.rules
    return site.candidates[best]
