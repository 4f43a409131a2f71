"""The verdict model: its features, its guard against another judge's weights, and the
shipped model (when there is one) on plain evidence."""

from __future__ import annotations

import json

import pytest

from onrecord.check.verdicts.verdict_model import (
    FEATURE_NAMES,
    N_FEATURES,
    VERDICTS,
    VerdictModel,
    features,
    negated,
)
from onrecord.models.judges.builtin import WEIGHTS_DIR


def piece(e: float, c: float, *, text: str, relation: str = "own", lang: str = "en") -> dict:
    return {
        "entailment": e,
        "neutral": max(0.0, 1.0 - e - c),
        "contradiction": c,
        "weight": 1.0,
        "relation": relation,
        "similarity": 0.88,
        "lang": lang,
        "note": "",
        "endorsement": False,
        "text": text,
    }


def test_polarity_counts_negations_in_both_languages() -> None:
    assert negated("Geen enkele veiligheidstest mislukte in 2018.")
    assert negated("The plant will not close.")
    assert negated("We don't sell data.")
    assert not negated("Two of the safety tests failed.")
    assert not negated("It is not true that we did not pay.")  # two negations


def test_features_name_every_number_and_see_a_polarity_clash() -> None:
    claim = "None of the safety tests failed in 2018."
    ps = [piece(0.9, 0.05, text="Two of the safety tests on the new turbine failed.")]
    x = features(ps, claim, "en")
    assert len(x) == N_FEATURES == len(FEATURE_NAMES)
    named = dict(zip(FEATURE_NAMES, x, strict=True))
    assert named["e1"] == pytest.approx(0.9)
    assert named["top_e_polarity_differs"] == 1.0
    assert named["top_e_own"] == 1.0
    same = features([piece(0.9, 0.05, text="None of the tests failed.")], claim, "en")
    assert dict(zip(FEATURE_NAMES, same, strict=True))["top_e_polarity_differs"] == 0.0


def test_a_model_of_another_shape_or_judge_is_not_used() -> None:
    rows = [[0.0] * N_FEATURES for _ in VERDICTS]
    assert VerdictModel.from_dict({"weights": rows, "judge": "builtin/a"}, "builtin/a")
    assert VerdictModel.from_dict({"weights": rows, "judge": "builtin/a"}, "builtin/b") is None
    assert VerdictModel.from_dict({"weights": [r[:-1] for r in rows]}) is None
    assert VerdictModel.from_dict(None) is None


def _shipped() -> VerdictModel | None:
    cal = json.loads((WEIGHTS_DIR / "calibration.json").read_text())
    return VerdictModel.from_dict(cal.get("verdict_model"))


@pytest.mark.skipif(_shipped() is None, reason="no verdict model shipped")
def test_the_shipped_model_reads_plain_evidence() -> None:
    model = _shipped()
    assert model is not None
    claim = "Brandt promised that the Rotterdam plant would stay open until 2025."
    said = "The Rotterdam plant stays open until at least 2025."
    assert model.decide([piece(0.96, 0.02, text=said)], claim, "en")[0] == "supported"
    closing = "We are closing the Rotterdam plant at the end of this year."
    assert model.decide([piece(0.03, 0.95, text=closing)], claim, "en")[0] == "contradicted"
    unrelated = piece(0.02, 0.03, text="Lunch is at noon on Friday.")
    assert model.decide([unrelated], claim, "en")[0] == "not_enough_info"
    assert model.decide([], claim, "en")[0] == "not_enough_info"


def test_not_enough_info_lists_the_closest_evidence_first() -> None:
    from onrecord.check.claims.extract import claims_from_args
    from onrecord.check.verdicts.evidence import Evidence
    from onrecord.check.verdicts.verify import _verdict
    from onrecord.index.hybrid import Hit
    from onrecord.models.base import Judgment

    def ev(n: int, text: str, e: float, c: float, sim: float) -> Evidence:
        hit = Hit(n, n, None, "", text, "Vale", "vale@x.example", None, None, "authored", "en",
                  (0, len(text)), 1.0 / (n + 1), dense_score=sim)  # fmt: skip
        probs = {"entailment": e, "neutral": 1.0 - e - c, "contradiction": c}
        return Evidence("own", hit, [(text, "claim")], judgment=Judgment("neutral", probs, "t"))

    evidence = [
        ev(0, "Lunch on Friday works for me.", 0.02, 0.03, 0.80),
        ev(1, "We might merge with Vale Motors next year.", 0.35, 0.05, 0.86),
        ev(2, "The board meets in May.", 0.05, 0.10, 0.78),
    ]
    [claim] = claims_from_args(["Vale proposed a merger with Vale Motors."], names=["Marcus Vale"])
    v = _verdict(claim, None, evidence, "test/judge", None)
    assert v.verdict == "not_enough_info"
    assert v.evidence[0].hit.text.startswith("We might merge")
