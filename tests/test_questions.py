"""questions.asked (rule 9c): a question is no evidence of a fact."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import FACT, Claim
from onrecord.check.verdicts.evidence import OWN, Evidence
from onrecord.check.verdicts.frames import strip_frame
from onrecord.check.verdicts.questions import QUESTION, asked, is_question, question_act
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment


def _judged(
    statement: str, lang: str, claim: str, lang_c: str, probs: dict[str, float]
) -> Evidence:
    hit = Hit(1, 1, None, "", statement, "Anna Peters", "anna@example.org", None, None,
              "body", lang, (0, len(statement)), 1.0)  # fmt: skip
    label = max(probs, key=lambda k: probs[k])
    e = Evidence(OWN, hit, [(statement, claim)], judgment=Judgment(label, probs, "t"))
    c = Claim(claim, claim, lang_c, None, None, None, None, FACT)
    asked(e, c, strip_frame(claim))
    return e


@pytest.mark.parametrize(
    "text",
    ["Woensdag om half één bij Café De Sleutel?", "Can I put that date in the transparency report?",
     'Zijn er al besluiten genomen over de papieren krant of over de redactie?"'],
)  # fmt: skip
def test_questions(text: str) -> None:
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    ["De raad vraagt er donderdag naar.", "Why we sold the plant: a letter to our members.",
     "I asked him whether the plant would stay open."],
)  # fmt: skip
def test_no_questions(text: str) -> None:
    assert not is_question(text)


def test_a_question_does_not_report_a_lunch() -> None:
    e = _judged(
        "Woensdag om half één bij Café De Sleutel?",
        "nl",
        "Sophie van der Linden and Femke de Graaf had lunch at Café De Sleutel in September 2018.",
        "en",
        {"entailment": 0.90, "neutral": 0.03, "contradiction": 0.07},
    )
    assert e.stance == "neutral"
    assert QUESTION in e.note


def test_a_question_does_not_deny_a_decision() -> None:
    e = _judged(
        "Zijn er al besluiten genomen over de papieren krant of over de redactie?",
        "nl",
        "Brouwer is nooit akkoord gegaan met het schrappen van de doordeweekse papieren krant.",
        "nl",
        {"entailment": 0.02, "neutral": 0.02, "contradiction": 0.96},
    )
    # "akkoord": a question may be the agreement the claim reports, so it stays
    assert e.stance == "contradicts"
    e = _judged(
        "Kun je hem voor 1 februari 2021 live hebben?",
        "nl",
        "Murmel's automated filter Zeef went live on 1 January 2021.",
        "en",
        {"entailment": 0.06, "neutral": 0.01, "contradiction": 0.93},
    )
    assert e.stance == "neutral"


def test_a_question_is_the_act_of_a_claim_about_asking() -> None:
    assert question_act("In October 2019 Dijkhuis requested that the sponsor give up its right.")
    assert question_act("Kuipers never raised any objection to Brennan's confidentiality clause.")
    assert question_act("Jolanda Smits vroeg in 2017 om een onafhankelijk onderzoek.")
    e = _judged(
        "One request: could Brennan drop the confidentiality clause for negative results?",
        "en",
        "In October 2019 Dijkhuis requested that the sponsor give up its right to keep "
        "unfavourable outcomes secret.",
        "en",
        {"entailment": 0.89, "neutral": 0.07, "contradiction": 0.04},
    )
    assert e.stance == "supports"
