"""A statement that gives the claim's own figures: the judge's contradiction is relieved."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import Claim
from onrecord.check.verdicts.amount_evidence import amounts
from onrecord.check.verdicts.evidence import OWN, REPORTED, Evidence
from onrecord.check.verdicts.figure_agree import KEEP, agree, reread
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment

AGREE = [
    (
        "Enrolment there is 1,150 students, down from 1,420 in 2014.",
        "en",
        "Volgens Ashworth telde Lindewolde in november 2017 1.150 studenten, tegen 1.420 in 2014.",
        "nl",
    ),
    # "ruim een miljoen" holds 1.2 million
    (
        "The cut is 1.2 million euros a year from 2020.",
        "en",
        "Vanaf 2020 ging er ruim een miljoen euro per jaar af van het geld dat de provincie de "
        "omroep gaf.",
        "nl",
    ),
    (
        "Overhead for 2020 came to 24 percent of total spending, so only 76 percent went to "
        "projects.",
        "en",
        "According to Daniel Ashworth, Waterhulp's overhead rose to 24 percent in 2020.",
        "en",
    ),
]

NOT_AGREE = [
    # 118 is not 120: no rounding slack for agreement
    (
        "In totaal hebben 118 patiënten aan de studie meegedaan.",
        "nl",
        "Aan HELIOS-2 hebben uiteindelijk 120 patiënten meegedaan.",
        "nl",
    ),
    # the same amount, but one side negated
    (
        "We did not cut 1.2 million euros from the budget.",
        "en",
        "The board cut 1.2 million euros from the budget.",
        "en",
    ),
    # the same amount in other years
    (
        "In 2019 we had 61 pupils.",
        "en",
        "In 2021 De Klimop had 61 pupils.",
        "en",
    ),
    # the same share, changes each way
    (
        "De aanmeldingen liggen 6 procent hoger dan vorig jaar.",
        "nl",
        "De aanmeldingen daalden met 6 procent.",
        "nl",
    ),
    # no figure in the claim (a year alone says nothing)
    (
        "The museum opened in 2019.",
        "en",
        "The museum closed in 2019.",
        "en",
    ),
    # one of the claim's amounts missing
    (
        "De Klimop telt 61 leerlingen.",
        "nl",
        "De Klimop had 61 pupils in October 2020 and 55 in October 2021.",
        "en",
    ),
]


@pytest.mark.parametrize(("said", "lang", "claim", "claim_lang"), AGREE)
def test_same_figures_agree(said: str, lang: str, claim: str, claim_lang: str) -> None:
    assert agree(said, claim, lang, claim_lang)


@pytest.mark.parametrize(("said", "lang", "claim", "claim_lang"), NOT_AGREE)
def test_other_figures_or_other_clashes_do_not_agree(
    said: str, lang: str, claim: str, claim_lang: str
) -> None:
    assert not agree(said, claim, lang, claim_lang)


def _judged(statement: str, lang: str, relation: str = OWN) -> Evidence:
    hit = Hit(1, 1, None, "", statement, "Lucy Ashworth", "l.ashworth@hogeschool.example", None,
              None, "body", lang, (0, len(statement)), 1.0)  # fmt: skip
    probs = {"entailment": 0.26, "neutral": 0.02, "contradiction": 0.72}
    return Evidence(relation, hit, [], judgment=Judgment("contradiction", probs, "test"))


def test_a_contradiction_of_agreeing_figures_becomes_neutral() -> None:
    said, lang, claim, claim_lang = AGREE[0]
    e = _judged(said, lang)
    amounts(e, Claim(claim, claim, claim_lang, "Ashworth", None, None, None, "fact"))
    assert e.judgment is not None and e.judgment.label == "neutral"
    assert e.judgment.probs["contradiction"] == pytest.approx(0.72 * KEEP)
    assert "its amounts agree" in e.note


def test_only_a_subjects_own_statement_is_relieved() -> None:
    said, lang, claim, claim_lang = AGREE[0]
    e = _judged(said, lang, REPORTED)
    amounts(e, Claim(claim, claim, claim_lang, "Ashworth", None, None, None, "fact"))
    assert e.judgment is not None and e.judgment.label == "contradiction"


def test_no_relief_for_entailment() -> None:
    j = Judgment("entailment", {"entailment": 0.8, "neutral": 0.1, "contradiction": 0.1}, "t")
    said, lang, claim, claim_lang = AGREE[0]
    assert reread(j, said, claim, lang, claim_lang, True) is None


def test_a_part_bears_out_no_total() -> None:
    j = Judgment("entailment", {"entailment": 0.57, "neutral": 0.02, "contradiction": 0.41}, "t")
    said = (
        "Ten tweede gebruiken we een standaardleuning in plaats van de ontworpen bronzen leuning, "
        "wat 0,9 miljoen euro bespaart."
    )
    claim = "The cost-cutting plan Oosterhout endorsed in 2021 was meant to save 9.6 million euros."
    again = reread(j, said, claim, "nl", "en", False)
    assert again is not None and "a part of" in again[1]
    assert again[0].probs["entailment"] == pytest.approx(0.57 * KEEP)
    # a part read as contradiction is no contradiction either
    c = Judgment("contradiction", {"entailment": 0.47, "neutral": 0.02, "contradiction": 0.51}, "t")
    again = reread(c, said, claim, "nl", "en", False)
    assert again is not None and again[0].label == "neutral"
    # the whole plan's figure is no part: "In totaal" is left to the clash
    whole = "In totaal besparen we 6,9 miljoen euro."
    assert reread(j, whole, claim, "nl", "en", False) is None
    # a listed item of the same figure as the claim's is no other part
    same = "Ten eerste schrappen we de fietstunnel, wat 9,6 miljoen euro bespaart."
    assert reread(j, same, claim, "nl", "en", False) is None
