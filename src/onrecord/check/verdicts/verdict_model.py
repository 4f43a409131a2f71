"""The verdict model: a claim's judged evidence as a handful of numbers, and a fitted
multinomial logistic regression from them to the four verdicts.

The threshold rule of ``aggregate.decide`` looks at two numbers (the strongest weighted
entailment and contradiction). The model also sees what the checker knows around them: how
similar the deciding statement is to the claim, whose words it is (own, endorsed, reported, a
later account), whether it is in the claim's language, whether amounts were compared, the
runner-up scores and how many statements lean each way. It is fitted on the *training* cases
(``training/fit_verdicts.py``), never on the cases that are measured, and its weights ship in
``calibration.json`` (``verdict_model``); without them the threshold rule decides.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from onrecord.check.statements.modality import universal

VERDICTS = ("supported", "contradicted", "mixed", "not_enough_info")
RELATIONS = ("own", "endorsed", "account", "reported", "source")

#: One judged piece of evidence: ``entailment``, ``neutral``, ``contradiction`` (the judge's
#: probabilities, after the amount comparison), ``weight``, ``relation``, ``similarity`` (the
#: dense score, or None), ``lang`` (the statement's), ``note``, ``endorsement`` (read through a
#: "Yup"), ``text`` (what it says: the endorsed text of a "Yup").
Piece = Mapping[str, Any]


_NEG = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot|niet|nooit|geen|"
    r"niemand|niets|noch|zonder|geenszins)\b|n't\b",
    re.IGNORECASE,
)


def negated(text: str) -> bool:
    """An odd number of negations (English and Dutch): the sentence's polarity."""
    return len(_NEG.findall(text[:2000])) % 2 == 1


def _top(values: list[float], n: int) -> list[float]:
    out = sorted(values, reverse=True)[:n]
    return out + [0.0] * (n - len(out))


def _side(pieces: Sequence[Piece], key: str, lang: str | None, polarity: bool) -> list[float]:
    """What the checker knows of the strongest piece on one side (``entailment`` or
    ``contradiction``, or ``similarity``): its weighted score, unweighted score, similarity,
    language match, endorsement, amount comparison, whether its polarity differs from the
    claim's, and its relation."""
    if not pieces:
        return [0.0] * (7 + len(RELATIONS))
    if key == "similarity":
        best = max(pieces, key=lambda p: (p["weight"] > 0, p.get("similarity") or 0.0))
    else:
        best = max(pieces, key=lambda p: p[key] * p["weight"])
    score = best["contradiction"] if key == "similarity" else best[key]
    sim = best.get("similarity")
    note = best.get("note") or ""
    return [
        score * best["weight"],
        score,
        0.0 if sim is None else float(sim),
        1.0 if negated(best.get("text") or "") != polarity else 0.0,
        1.0 if (lang and best.get("lang") and best["lang"] != lang) else 0.0,
        1.0 if best.get("endorsement") else 0.0,
        1.0 if ("amounts differ" in note or "opposite ways" in note) else 0.0,
        *(1.0 if best.get("relation") == r else 0.0 for r in RELATIONS),
    ]


def _by_relation(pieces: Sequence[Piece]) -> list[float]:
    """The strongest entailment and contradiction among each relation's pieces (unweighted:
    the model learns how much each relation counts)."""
    out = []
    for r in RELATIONS:
        mine = [p for p in pieces if p.get("relation") == r]
        out.append(max((p["entailment"] for p in mine), default=0.0))
        out.append(max((p["contradiction"] for p in mine), default=0.0))
    return out


def features(
    pieces: Sequence[Piece], claim: str, lang: str | None, person: bool = True
) -> list[float]:
    """The numbers the model reads for one claim (``person``: its subject is a person of the
    record, not an organisation or nobody)."""
    ent = [p["entailment"] * p["weight"] for p in pieces]
    con = [p["contradiction"] * p["weight"] for p in pieces]
    sims = [float(p["similarity"]) for p in pieces if p.get("similarity") is not None]
    counted = [p for p in pieces if p["weight"] > 0]
    neutral_top = sorted(counted, key=lambda p: -(p.get("similarity") or 0.0))[:3]
    polarity = negated(claim)
    e1, e2 = _top(ent, 2)
    c1, c2 = _top(con, 2)
    return [
        1.0,  # bias
        e1,
        e2,
        c1,
        c2,
        e1 * c1,
        math.log1p(sum(x >= 0.5 for x in ent)),
        math.log1p(sum(x >= 0.5 for x in con)),
        max(sims, default=0.0),
        sum(p["neutral"] for p in neutral_top) / max(1, len(neutral_top)),
        1.0 if universal(claim) else 0.0,
        1.0 if lang == "nl" else 0.0,
        1.0 if person else 0.0,
        *_by_relation(pieces),
        *_side(pieces, "entailment", lang, polarity),
        *_side(pieces, "contradiction", lang, polarity),
        *_side(pieces, "similarity", lang, polarity),
    ]


_SIDE = [
    "weighted",
    "score",
    "similarity",
    "polarity_differs",
    "other_language",
    "endorsement",
    "amounts",
]
FEATURE_NAMES = [
    "bias", "e1", "e2", "c1", "c2", "e1*c1", "n_entail", "n_contra", "max_similarity",
    "neutral_top3", "universal", "dutch", "person",
    *(f"{r}_{x}" for r in RELATIONS for x in ("e", "c")),
    *(f"{side}_{x}" for side in ("top_e", "top_c", "top_sim") for x in [*_SIDE, *RELATIONS]),
]  # fmt: skip
N_FEATURES = len(features([], "", None))
assert len(FEATURE_NAMES) == N_FEATURES


@dataclass
class VerdictModel:
    """Weights of a multinomial logistic regression: one row of ``N_FEATURES`` per verdict."""

    weights: list[list[float]]
    fitted_on: str = ""
    judge: str = ""  # the judge whose readings it was fitted on: another judge's are not read

    def probabilities(self, x: Sequence[float]) -> dict[str, float]:
        z = [sum(w * v for w, v in zip(row, x, strict=True)) for row in self.weights]
        top = max(z)
        ex = [math.exp(v - top) for v in z]
        total = sum(ex)
        return {v: e / total for v, e in zip(VERDICTS, ex, strict=True)}

    def decide(
        self, pieces: Sequence[Piece], claim: str, lang: str | None, person: bool = True
    ) -> tuple[str, float]:
        probs = self.probabilities(features(pieces, claim, lang, person))
        verdict = max(probs, key=probs.__getitem__)
        return verdict, probs[verdict]

    def as_dict(self) -> dict[str, Any]:
        return {"weights": self.weights, "fitted_on": self.fitted_on, "judge": self.judge}

    @classmethod
    def from_dict(
        cls, d: Mapping[str, Any] | None, judge: str | None = None
    ) -> VerdictModel | None:
        """The model in ``d``, or None when there is none, it has another shape, or it was
        fitted on another judge than ``judge``."""
        if not d or len(d.get("weights") or []) != len(VERDICTS):
            return None
        if judge is not None and d.get("judge") and d["judge"] != judge:
            return None
        if any(len(row) != N_FEATURES for row in d["weights"]):
            return None  # fitted on another feature set: the threshold rule decides
        return cls(
            weights=[list(map(float, row)) for row in d["weights"]],
            fitted_on=d.get("fitted_on", ""),
        )
