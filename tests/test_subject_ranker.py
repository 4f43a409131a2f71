"""The learned subject choice (round eight): candidates and features per claim
(:mod:`onrecord.check.subjects.subject_features`) and the ranker (:mod:`onrecord.check.subjects.subject_ranker`),
on sentences of the dev article ``auralis-profile``."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from _articles import by_text, doc
from onrecord.check.claims.extract import claims_from_text
from onrecord.check.subjects.subject_features import Site
from onrecord.check.subjects.subject_ranker import WEIGHTS, choose, load, probabilities, ranker_on

AURALIS = doc(
    "Hannah Kerr",
    "en",
    "Clara Voss does not like to talk about money. The founder of Auralis, a Berlin maker of "
    "hearing aids, grew up in a small town near Leipzig, the daughter of two teachers.\n\n"
    "She studied physics in Dresden and worked for six years at Siemens. In 2018 she left to "
    "start Auralis with Felix Brandauer, a former classmate.\n\n"
    "Brandauer ran the engineering team. He designed the company's first device, a hearing aid "
    "the size of a coffee bean, in 2019.\n\n"
    "Then the trouble began. In March 2023 Brandauer told the board that the batteries of the "
    "second device overheated. Voss, according to two board members, asked him to keep the "
    "tests out of the investor report.\n",
)
NAMES = ["Clara Voss", "Felix Brandauer"]


def _sites(text: str = AURALIS) -> tuple[list, list[Site]]:
    sites: list[Site] = []
    claims = claims_from_text(text, names=NAMES, sites=sites, rank_subjects=False)
    return claims, sites


def _site_of(part: str) -> tuple[str | None, Site]:
    claims, sites = _sites()
    claim = by_text(claims, part)
    return claim.subject, sites[claims.index(claim)]


def _feats(site: Site, name: str) -> dict[str, float]:
    hits = [f for c, f in zip(site.candidates, site.features) if name in c]
    assert hits, (name, site.candidates)
    return hits[0]


def test_one_site_per_claim_and_the_rules_choice_marked_once() -> None:
    claims, sites = _sites()
    assert claims and len(sites) == len(claims)
    for claim, site in zip(claims, sites):
        assert site.rules == claim.subject
        marked = [c for c, f in zip(site.candidates, site.features) if f.get("rules")]
        assert marked == ([claim.subject] if claim.subject else [])


def test_candidates_come_from_the_sentence_the_sentences_before_and_the_author() -> None:
    _, site = _site_of("designed the company's first device")
    assert _feats(site, "Brandauer")["back_1"] == 1.0  # "Brandauer ran the engineering team."
    assert any("Voss" in c for c in site.candidates)  # named three sentences before
    assert _feats(site, "Hannah Kerr")["author"] == 1.0


def test_names_of_one_party_are_one_candidate() -> None:
    _, site = _site_of("asked him to keep the tests")
    voss = [c for c in site.candidates if "Voss" in c]
    assert len(voss) == 1  # "Voss" and "Clara Voss"
    feats = _feats(site, "Voss")
    assert feats["in_clause"] == 1.0 and feats["first_in_clause"] == 1.0
    assert feats["record_person"] == 1.0 and feats["kind_person"] == 1.0


def test_a_pronoun_subject_gives_gender_agreement() -> None:
    """A first name of known gender agrees or clashes with "she"/"he"; a name whose gender
    nothing tells is unknown (Clara is on no list)."""
    subject, site = _site_of("studied physics in Dresden")
    assert subject and "Voss" in subject
    assert _feats(site, "Hannah Kerr").get("gender_match") == 1.0
    assert _feats(site, "Voss").get("gender_unknown") == 1.0
    _, site = _site_of("designed the company's first device")
    assert _feats(site, "Hannah Kerr").get("gender_clash") == 1.0


def test_places_and_organisations_are_no_pronoun_targets() -> None:
    _, site = _site_of("studied physics in Dresden")
    dresden = _feats(site, "Dresden")
    assert dresden.get("in_clause") == 1.0 and dresden.get("in_pp") == 1.0  # "in Dresden"
    assert dresden.get("after_verb") == 1.0
    assert "gender_match" not in dresden


def test_position_features_of_the_subject_and_the_one_before() -> None:
    subject, site = _site_of("asked him to keep the tests")
    assert subject == "Voss"
    voss = _feats(site, "Voss")
    assert voss.get("before_verb") == 1.0 and not voss.get("after_verb")
    brandauer = _feats(site, "Brandauer")  # the subject of the sentence before
    assert brandauer.get("back_1") == 1.0 and brandauer.get("last_person") == 1.0
    assert "in_clause" not in brandauer


def test_choose_keeps_the_rules_unless_the_margin_is_met() -> None:
    site = Site("Clara Voss", ["Clara Voss", "Felix Brandauer"], [{"rules": 1.0}, {"x": 1.0}])
    assert choose(site, {"weights": {"x": 5.0}, "margin": 0.5}) == "Felix Brandauer"
    assert choose(site, {"weights": {"x": 0.5}, "margin": 0.5}) == "Clara Voss"
    assert choose(site, {"weights": {"rules": 1.0}, "margin": 0.0}) == "Clara Voss"
    probs = probabilities(site, {"x": math.log(3)})
    assert probs == pytest.approx([0.25, 0.75])


def test_the_stored_model_is_small_and_trusts_the_rules() -> None:
    model = load(WEIGHTS)
    assert 0.0 <= model["margin"] < 1.0
    assert model["weights"]["rules"] > 0
    assert len(json.dumps(model)) < 10_000


def test_off_by_default_and_on_it_changes_subjects_only(monkeypatch) -> None:
    monkeypatch.delenv("ONRECORD_SUBJECT_RANKER", raising=False)
    assert not ranker_on()
    monkeypatch.setenv("ONRECORD_SUBJECT_RANKER", "1")
    assert ranker_on() and not ranker_on(False)
    rules = claims_from_text(AURALIS, names=NAMES, rank_subjects=False)
    ranked = claims_from_text(AURALIS, names=NAMES)
    assert [c.text for c in rules] == [c.text for c in ranked]
    _, sites = _sites()
    for claim, site in zip(ranked, sites):
        assert claim.subject == site.rules or claim.subject in site.candidates


def test_on_dev_the_ranker_is_no_worse_than_the_rules() -> None:
    """Over the dev articles (the model's training data) the ranked subjects agree with the gold
    at least as often as the rules' do."""
    import sys

    bench = Path(__file__).resolve().parents[1] / "benchmarks"
    sys.path.insert(0, str(bench))
    try:
        import extraction_eval as ev
        from train_subject_ranker import examples
    finally:
        sys.path.remove(str(bench))
    rules = ranked = 0
    model = load(WEIGHTS)
    for md in sorted((ev.ARTICLES / "dev").glob("*.md"))[:20]:
        for site, gold in examples(md):
            rules += ev.same_name(gold, site.rules)
            ranked += ev.same_name(gold, choose(site, model))
    assert rules > 100 and ranked >= rules
