"""Which gathered statement decides a claim: a learned ranking of the judged evidence.

A claim gathers about twenty statements. The judge reads each one, but its reading alone ranks
the deciding statement poorly: a related statement on the same matter often reads as more
contradicting than the one that decides (the checker reached the gold statement of 87 % of the
held-out claims, and showed it among the first three for 62 %). This model scores each piece by
what else the checker knows of it, next to the judge's reading: how similar it is to the claim,
whose words it is, whether it names the claim's people, numbers and years, whether it is in the
claim's language. A conditional logit over the pieces of one claim: the probability that a piece
is the deciding one.

The weights (``deciding.json`` next to this module, standardised inputs) are fitted by
``training/train_evidence_ranker.py`` on the gold evidence of the training cases (never on the
cases that are measured); without the file, :func:`scores` returns None and the evidence keeps
its rule order. ``ONRECORD_RANKER_MODEL`` names another model file (for experiments).
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from onrecord.check.quantities.numbers import digit_figures
from onrecord.check.statements.period import claim_period, mentions
from onrecord.check.verdicts.verdict_model import RELATIONS
from onrecord.index.fulltext import STOPWORDS

__all__ = ["FEATURE_NAMES", "features", "load", "scores"]

WEIGHTS = Path(__file__).with_name("deciding.json")

_WORD = re.compile(r"\w+", re.UNICODE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _stems(text: str) -> set[str]:
    """Content words, cut to five letters (so "invested" and "investment", "sluiten" and
    "sluiting" meet)."""
    return {
        w[:5]
        for w in (m.group().casefold() for m in _WORD.finditer(text))
        if len(w) > 2 and w not in STOPWORDS and not w.isdigit()
    }


def _names(text: str) -> set[str]:
    """Capitalised words past the first: the people, places and firms a sentence names."""
    toks = _WORD.findall(text)
    return {t.casefold() for t in toks[1:] if t[:1].isupper() and len(t) > 1}


class _Claim:
    """What the features need of the claim, computed once per claim."""

    __slots__ = ("lang", "names", "numbers", "period", "stems", "years")

    def __init__(self, text: str, lang: str | None) -> None:
        self.lang = lang
        self.stems = _stems(text)
        self.names = _names(text)
        self.numbers = digit_figures(text)
        self.years = set(_YEAR.findall(text))
        self.period = claim_period(text)


def _overlap(want: set[str], have: set[str]) -> float:
    return len(want & have) / len(want) if want else 0.0


def _row(p: Mapping[str, Any], c: _Claim) -> list[float]:
    e, n, x = float(p["entailment"]), float(p["neutral"]), float(p["contradiction"])
    w = float(p["weight"])
    sim = p.get("similarity")
    text = str(p.get("text") or "")
    said = str(p.get("statement") or "")
    words = f"{text} {said}" if said and said != text else text
    stems, names = _stems(words), _names(words)
    figures = digit_figures(words)
    date = str(p.get("date") or "")
    year = date[:4]
    note = str(p.get("note") or "")
    rel = p.get("relation")
    period = c.period
    month = f"{period.year}-{period.month:02d}" if period and period.month else ""
    other = 1.0 if (c.lang and p.get("lang") and p["lang"] != c.lang) else 0.0
    sim = 0.0 if sim is None else float(sim)
    return [
        e,
        n,
        x,
        w,
        e * w,
        x * w,
        max(e, x) * w,
        sim,
        1.0 if p.get("similarity") is None else 0.0,
        *(1.0 if rel == r else 0.0 for r in RELATIONS),
        1.0 if p.get("endorsement") else 0.0,
        other,
        sim * other,
        _overlap(c.stems, stems),
        _overlap(c.names, names),
        1.0 if c.numbers & figures else 0.0,
        1.0 if (c.numbers and figures and not c.numbers & figures) else 0.0,
        1.0 if (c.years and year in c.years) else 0.0,
        1.0 if (c.years and year and year not in c.years) else 0.0,
        1.0 if c.years & set(_YEAR.findall(words)) else 0.0,
        math.log1p(len(text.split())),
        1.0 if text.rstrip().endswith("?") else 0.0,
        1.0 if ("amounts differ" in note or "opposite ways" in note) else 0.0,
        1.0 if month and date.startswith(month) else 0.0,
        1.0 if month and year == month[:4] and not date.startswith(month) else 0.0,
        1.0 if period and mentions(words, period, date or None) else 0.0,
    ]


_PIECE_NAMES = [
    "entailment", "neutral", "contradiction", "weight", "e*w", "c*w", "strength",
    "similarity", "no_similarity", *(f"rel_{r}" for r in RELATIONS), "endorsement",
    "other_language", "similarity_across", "word_overlap", "name_overlap", "number_shared", "number_differs",
    "year_of_claim", "year_not_claim", "year_named", "log_words", "question", "amounts",
    "month_of_claim", "month_not_claim", "period_mentioned",
]  # fmt: skip
#: beside each piece's own numbers, how far it stands from the claim's best piece on the three
#: that rank it most directly (a listwise view in a pointwise model)
_RELATIVE = ("strength", "similarity", "word_overlap")
FEATURE_NAMES = [*_PIECE_NAMES, *(f"{k}_gap" for k in _RELATIVE)]


def features(
    pieces: Sequence[Mapping[str, Any]], claim: str, lang: str | None
) -> list[list[float]]:
    """One row of :data:`FEATURE_NAMES` per piece."""
    c = _Claim(claim, lang)
    rows = [_row(p, c) for p in pieces]
    idx = [_PIECE_NAMES.index(k) for k in _RELATIVE]
    tops = [max((r[i] for r in rows), default=0.0) for i in idx]
    return [[*r, *(r[i] - t for i, t in zip(idx, tops, strict=True))] for r in rows]


def load(path: Path | None = None) -> dict[str, Any] | None:
    """The stored model (``ONRECORD_RANKER_MODEL`` may name another file), or None."""
    return _load(path or Path(os.environ.get("ONRECORD_RANKER_MODEL") or WEIGHTS))


@lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    model = json.loads(path.read_text("utf-8"))
    if model.get("features") != FEATURE_NAMES:
        return None  # fitted on another feature set
    return model


def scores(
    pieces: Sequence[Mapping[str, Any]],
    claim: str,
    lang: str | None,
    model: Mapping[str, Any] | None = None,
) -> list[float] | None:
    """The probability that each piece is the one that decides the claim (summing to 1 over the
    pieces), or None without a model."""
    model = model if model is not None else load()
    if model is None:
        return None
    if not pieces:
        return []
    mean, scale, w = model["mean"], model["scale"], model["weights"]
    z = [
        sum(wi * (xi - mi) / si for wi, xi, mi, si in zip(w, row, mean, scale, strict=True))
        for row in features(pieces, claim, lang)
    ]
    top = max(z)
    ex = [math.exp(v - top) for v in z]
    total = sum(ex)
    return [v / total for v in ex]
