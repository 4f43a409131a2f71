"""From judgments over the top evidence to one verdict with a calibrated confidence.

Each piece of evidence has the judge's probabilities (entailment, neutral, contradiction) and a
weight: the subject's own words and endorsements count fully, what others reported about them
counts less. The verdict:

- ``supported``: strong entailment, no strong contradiction;
- ``contradicted``: strong contradiction, no strong entailment;
- ``mixed``: strong evidence both ways;
- ``not_enough_info``: nothing relevant is strong enough.

The confidence is the calibrated probability that the verdict is right, from a logistic map of
the deciding score fitted on a held-out dev split (:func:`fit_calibration`); its expected
calibration error is reported by :func:`expected_calibration_error`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

SUPPORTED, CONTRADICTED, MIXED, NEI = "supported", "contradicted", "mixed", "not_enough_info"
VERDICTS = (SUPPORTED, CONTRADICTED, MIXED, NEI)


@dataclass(slots=True)
class Scored:
    """One piece of evidence as the aggregator sees it."""

    entailment: float
    neutral: float
    contradiction: float
    weight: float = 1.0  # 1.0 own words / endorsements, lower for reported evidence

    @property
    def stance(self) -> str:
        best = max(
            ("supports", self.entailment),
            ("neutral", self.neutral),
            ("contradicts", self.contradiction),
            key=lambda kv: kv[1],
        )
        return best[0]


@dataclass
class Calibration:
    """Thresholds and the logistic map from deciding score to confidence."""

    threshold: float = 0.5  # an entailment probability (times weight) at least this is "strong"
    contra_threshold: float | None = None  # the same for contradiction (None: ``threshold``)
    slope: float = 6.0
    intercept: float = -3.0
    nei_slope: float = 6.0
    nei_intercept: float = 0.0
    fitted_on: str = "default (not fitted)"
    #: the most a verdict's confidence may be: how often that verdict was right on a
    #: development case (Laplace-smoothed), so a verdict is never surer than its record
    verdict_caps: dict[str, float] = field(default_factory=dict)
    caps_fitted_on: str = ""
    ece: float | None = None
    extra: dict[str, float] = field(default_factory=dict)
    #: the fitted verdict model's weights (``verdict_model.VerdictModel``); None: the
    #: thresholds decide
    verdict_model: dict | None = None

    @property
    def support_threshold(self) -> float:
        return self.threshold

    @property
    def against_threshold(self) -> float:
        return self.threshold if self.contra_threshold is None else self.contra_threshold

    def confidence(self, score: float, verdict: str) -> float:
        if verdict == NEI:  # confident there is nothing when even the best evidence is weak
            z = self.nei_slope * (self.threshold - score) + self.nei_intercept
        else:
            z = self.slope * score + self.intercept
        return 1.0 / (1.0 + math.exp(-z))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=2) + "\n")

    @classmethod
    def load(cls, path: Path) -> Calibration:
        return cls(**json.loads(path.read_text()))


def decide(
    evidence: Sequence[Scored], cal: Calibration | None = None, *, universal: bool = False
) -> tuple[str, float, float]:
    """(verdict, confidence, deciding score) for a claim's evidence. A ``universal`` claim
    ("always", "never", "altijd") is contradicted by strong evidence against it however much
    agrees: one contrary statement falsifies it."""
    cal = cal or Calibration()
    support = max((e.entailment * e.weight for e in evidence), default=0.0)
    against = max((e.contradiction * e.weight for e in evidence), default=0.0)
    strong_for = support >= cal.support_threshold
    strong_against = against >= cal.against_threshold
    if strong_for and strong_against and universal:
        verdict, score = CONTRADICTED, against
    elif strong_for and strong_against:
        verdict, score = MIXED, min(support, against)
    elif strong_for:
        verdict, score = SUPPORTED, support - 0.5 * against
    elif strong_against:
        verdict, score = CONTRADICTED, against - 0.5 * support
    else:
        verdict, score = NEI, max(support, against)
    conf = cal.confidence(score, verdict)
    conf = min(conf, cal.verdict_caps.get(verdict, 1.0))
    return verdict, round(conf, 4), score


def fit_calibration(
    scores: Sequence[float], verdicts: Sequence[str], correct: Sequence[bool], name: str
) -> Calibration:
    """Fit the logistic maps (one for decided verdicts, one for not_enough_info) by plain
    gradient descent on log loss: no dependency, deterministic."""
    cal = Calibration(fitted_on=name)
    decided = [(s, c) for s, v, c in zip(scores, verdicts, correct) if v != NEI]
    undecided = [(cal.threshold - s, c) for s, v, c in zip(scores, verdicts, correct) if v == NEI]
    cal.slope, cal.intercept = _logistic(decided, cal.slope, cal.intercept)
    cal.nei_slope, cal.nei_intercept = _logistic(undecided, cal.nei_slope, cal.nei_intercept)
    confs = [cal.confidence(s, v) for s, v in zip(scores, verdicts)]
    cal.ece = expected_calibration_error(confs, correct)
    return cal


def _logistic(data: Sequence[tuple[float, bool]], a: float, b: float) -> tuple[float, float]:
    if len(data) < 10:
        return a, b
    lr = 0.5
    for _ in range(3000):
        ga = gb = 0.0
        for x, y in data:
            p = 1.0 / (1.0 + math.exp(-(a * x + b)))
            ga += (p - y) * x
            gb += p - y
        a -= lr * ga / len(data)
        b -= lr * gb / len(data)
    return round(a, 4), round(b, 4)


def expected_calibration_error(
    confidences: Sequence[float], correct: Sequence[bool], bins: int = 10
) -> float:
    """Mean |accuracy - confidence| over equal-width confidence bins, weighted by bin size."""
    if not confidences:
        return 0.0
    total, err = len(confidences), 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(confidences) if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if not idx:
            continue
        acc = sum(bool(correct[i]) for i in idx) / len(idx)
        conf = sum(confidences[i] for i in idx) / len(idx)
        err += len(idx) / total * abs(acc - conf)
    return round(err, 4)
