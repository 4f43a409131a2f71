"""The learned ranking of a claim's evidence: its features, its guard against another feature
set, and the shipped model on a claim whose deciding statement the judge reads as neutral."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.check.verdicts.deciding import FEATURE_NAMES, features, load, scores


def piece(
    text: str,
    e: float = 0.05,
    c: float = 0.05,
    *,
    sim: float | None = 0.85,
    date: str = "2017-03-06",
    lang: str = "en",
    relation: str = "own",
    weight: float = 1.0,
) -> dict:
    return {
        "entailment": e,
        "neutral": 1.0 - e - c,
        "contradiction": c,
        "weight": weight,
        "relation": relation,
        "similarity": sim,
        "lang": lang,
        "date": date,
        "note": "",
        "endorsement": False,
        "text": text,
        "statement": text,
    }


CLAIM = "In March 2017 Jansma estimated that 8 million euros had to be invested in the brewhouse."


def row(text: str, **kw: object) -> dict[str, float]:
    [values] = features([piece(text, **kw)], CLAIM, "en")  # type: ignore[arg-type]
    return dict(zip(FEATURE_NAMES, values, strict=True))


def test_features_see_the_claims_numbers_period_and_words() -> None:
    same = row("We must invest 8 million euros in the brewhouse, Jansma wrote.")
    assert same["number_shared"] == 1.0 and same["number_differs"] == 0.0
    assert same["year_of_claim"] == 1.0 and same["month_of_claim"] == 1.0
    assert same["word_overlap"] > 0.5 and same["name_overlap"] > 0.0
    other = row("I estimate 4.5 million over three years.", date="2019-11-02")
    assert other["number_shared"] == 0.0 and other["number_differs"] == 1.0
    assert other["year_of_claim"] == 0.0 and other["year_not_claim"] == 1.0
    # a statement written later that names the claim's time is about then
    later = row("Back in March 2017 I put the brewhouse at 8 million.", date="2021-01-05")
    assert later["period_mentioned"] == 1.0 and later["year_of_claim"] == 0.0
    dutch = row("Ik schat dat we 8 miljoen euro moeten investeren.", lang="nl")
    assert dutch["other_language"] == 1.0
    assert dutch["similarity_across"] == pytest.approx(0.85)


def test_the_gaps_are_measured_from_the_claims_best_piece() -> None:
    rows = features(
        [piece("The brewhouse needs 8 million euros.", sim=0.9), piece("Lunch at noon.", sim=0.7)],
        CLAIM,
        "en",
    )
    gap = FEATURE_NAMES.index("similarity_gap")
    assert rows[0][gap] == 0.0
    assert rows[1][gap] == pytest.approx(-0.2)


def test_no_model_or_a_model_of_other_features_gives_no_scores(tmp_path: Path) -> None:
    assert load(tmp_path / "none.json") is None
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"features": ["a"], "mean": [0], "scale": [1], "weights": [1]}))
    assert load(other) is None


def test_scores_are_a_distribution_over_the_pieces() -> None:
    n = len(FEATURE_NAMES)
    model = {"features": FEATURE_NAMES, "mean": [0.0] * n, "scale": [1.0] * n}
    model["weights"] = [1.0 if f == "similarity" else 0.0 for f in FEATURE_NAMES]
    got = scores([piece("a", sim=0.9), piece("b", sim=0.5)], CLAIM, "en", model)
    assert got is not None and sum(got) == pytest.approx(1.0)
    assert got[0] > got[1]
    assert scores([], CLAIM, "en", model) == []


@pytest.mark.skipif(load() is None, reason="no ranker shipped")
def test_the_shipped_ranker_puts_the_deciding_statement_before_a_louder_neighbour() -> None:
    # the judge reads the deciding estimate (other amount, same month) as neutral, and a later
    # statement on another matter of the brewery as contradicting: the rule order showed the
    # latter first
    deciding_one = piece(
        "Ik schat dat we binnen drie jaar 4,5 miljoen euro in het brouwhuis moeten investeren.",
        e=0.1,
        c=0.3,
        sim=0.86,
        lang="nl",
    )
    louder = piece(
        "The new bottling line will be ready in spring.", c=0.7, sim=0.84, date="2019-05-02"
    )
    got = scores([louder, deciding_one], CLAIM, "en")
    assert got is not None
    assert got[1] > got[0]


@pytest.mark.skipif(load() is None, reason="no ranker shipped")
def test_a_verdict_lists_its_evidence_in_the_rankings_order(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from onrecord.check.claims.extract import claims_from_args
    from onrecord.check.verdicts.evidence import Evidence
    from onrecord.check.verdicts.verify import _verdict
    from onrecord.index.hybrid import Hit
    from onrecord.models.base import Judgment

    def ev(n: int, text: str, c: float, sim: float, date: str, lang: str) -> Evidence:
        hit = Hit(n, n, None, "", text, "Pieter Jansma", "pj@x.example", date, None,
                  "authored", lang, (0, len(text)), 1.0 / (n + 1), dense_score=sim)  # fmt: skip
        probs = {"entailment": 0.05, "neutral": 0.95 - c, "contradiction": c}
        return Evidence("own", hit, [(text, "claim")], judgment=Judgment("neutral", probs, "t"))

    def order() -> list[str]:
        evidence = [
            ev(0, "The new bottling line will be ready in spring.", 0.45, 0.84, "2019-05-02", "en"),
            ev(
                1,
                "Ik schat dat we binnen drie jaar 4,5 miljoen euro in het brouwhuis moeten "
                "investeren.",
                0.3,
                0.86,
                "2017-03-06",
                "nl",
            ),
        ]
        [claim] = claims_from_args([CLAIM], names=["Pieter Jansma"])
        v = _verdict(claim, None, evidence, "test/judge", None)
        assert v.verdict == "not_enough_info"
        return [e.hit.text[:10] for e in v.evidence]

    assert order() == ["Ik schat d", "The new bo"]
    # without the model, the rule order: the judge's strongest reading by similarity first
    monkeypatch.setenv("ONRECORD_RANKER_MODEL", str(tmp_path / "none.json"))
    assert order() == ["The new bo", "Ik schat d"]
