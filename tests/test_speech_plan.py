"""A plan to speak is not the speech (onrecord.check.verdicts.speech_plan) and what the evidence policy
makes of it."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import Claim
from onrecord.check.verdicts.evidence import OWN, Evidence, modality
from onrecord.check.verdicts.frames import strip_frame
from onrecord.check.verdicts.speech_plan import attitude_claim, plans_speech
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment


@pytest.mark.parametrize(
    ("said", "plan"),
    [
        ("Ik zal de raad voorstellen het bestemmingsplan niet aan te passen.", True),
        ("Thanks. I will tell the works council on Tuesday.", True),
        ("We gaan de bewoners volgende week informeren.", True),
        # the proposal itself, in the present
        ("I propose that we move bottling and the brewing of Hoeve Dubbel to Ghent in 2021.",
         False),
        ("Ik stel voor dat we de start van de renovatie uitstellen tot 2020.", False),
        # a plan of another act
        ("We will close the ward in Oudmeer on 1 July.", False),
    ],
)  # fmt: skip
def test_plans_speech(said: str, plan: bool) -> None:
    assert plans_speech(said) is plan


def _evidence(said: str) -> Evidence:
    hit = Hit(1, 1, None, "", said, "Bart Kamphuis", "bart@example.org", "2022-03-01T09:00:00Z",
              None, "body", "nl", (0, len(said)), 1.0)  # fmt: skip
    probs = {"entailment": 0.92, "neutral": 0.06, "contradiction": 0.02}
    return Evidence(OWN, hit, [], judgment=Judgment("entailment", probs, "test"))


def test_a_plan_to_propose_does_not_support_the_proposal() -> None:
    claim = "Kamphuis stelde de gemeenteraad in 2022 voor het bestemmingsplan niet aan te passen."
    c = Claim(claim, claim, "nl", "Kamphuis", None, None, None, "about_speech")
    e = _evidence("Ik zal de raad voorstellen het bestemmingsplan niet aan te passen.")
    modality(e, c, strip_frame(claim))
    assert e.stance == "neutral" and "plan" in e.note
    # the proposal itself supports it
    e = _evidence("Ik stel de raad voor het bestemmingsplan niet aan te passen.")
    modality(e, c, strip_frame(claim))
    assert e.stance == "supports"


def test_a_mail_that_says_it_bears_out_a_claim_that_it_was_said() -> None:
    claim = (
        "When his CTO objected to the US move in 2021, Hoekstra said he stood behind the decision "
        "and that most customers never read their data processing agreements anyway."
    )
    c = Claim(claim, claim, "en", "Hoekstra", None, None, None, "about_speech")
    said = "We passen de verwerkersovereenkomst per 1 januari aan; de meeste klanten lezen die toch niet."
    hit = Hit(1, 1, None, "", said, "Hoekstra", "h@example.org", "2021-09-15T09:00:00Z", None,
              "body", "nl", (0, len(said)), 1.0)  # fmt: skip
    probs = {"entailment": 0.94, "neutral": 0.03, "contradiction": 0.03}
    e = Evidence(OWN, hit, [], judgment=Judgment("entailment", probs, "test"))
    modality(e, c, strip_frame(claim))
    assert e.stance == "supports"
    # a speech act before an audience, planned by tense and date: not yet done
    claim = "Verbeek presented the plan to the board in June."
    c = Claim(claim, claim, "en", "Verbeek", None, None, None, "about_speech")
    said = "Ik presenteer het in juni aan de raad van bestuur."
    hit = Hit(1, 1, None, "", said, "Verbeek", "v@example.org", "2019-05-15T09:00:00Z", None,
              "body", "nl", (0, len(said)), 1.0)  # fmt: skip
    e = Evidence(OWN, hit, [], judgment=Judgment("entailment", probs, "test"))
    modality(e, c, strip_frame(claim))
    assert e.stance == "neutral"


@pytest.mark.parametrize(
    ("claim", "attitude"),
    [
        ("Verbeek presented the plan to the board in June.", False),
        ("Kamphuis stelde de gemeenteraad in 2022 voor het bestemmingsplan niet aan te passen.",
         False),
        ("In March 2019 Price told the fans the club would not be sold.", False),
        ("Dijkstra kondigde in februari 2018 aan dat de afdeling 's zomers dicht zou gaan.", False),
        ("Bosma vond het in 2021 aanvaardbaar dat de renovatie pas in 2024 klaar zou zijn.", True),
        ("Dijkstra wanted to keep the Oudmeer ward open.", True),
        ("Okafor was in 2020 tegen de commissarissenzetel voor Brouwer.", True),
        ("The board explained the rent rise to members on 27 April 2021.", False),
        ("De voorzitter ging in juni 2020 akkoord met een huurverhoging van 2,6 procent.", False),
    ],
)  # fmt: skip
def test_attitude_claim(claim: str, attitude: bool) -> None:
    assert attitude_claim(claim) is attitude


def test_what_a_mail_says_of_a_later_year_is_its_content_not_a_plan_of_an_attitude() -> None:
    # a claim of an attitude: the contract's date "in 2023", written in 2021, is what the
    # writer holds to, not a plan of the act the claim reports (there is none)
    claim = "Bosma vond het in 2021 aanvaardbaar dat de renovatie pas in 2024 klaar zou zijn."
    c = Claim(claim, claim, "nl", "Bosma", None, None, None, "about_speech")
    said = "The contract says the renovation ends in 2023, and I expect the builder to keep to it."
    hit = Hit(1, 1, None, "", said, "Bosma", "b@example.org", "2021-03-02T09:00:00Z", None,
              "body", "en", (0, len(said)), 1.0)  # fmt: skip
    probs = {"entailment": 0.06, "neutral": 0.02, "contradiction": 0.92}
    e = Evidence(OWN, hit, [], judgment=Judgment("contradiction", probs, "test"))
    modality(e, c, strip_frame(claim))
    assert e.stance == "contradicts" and "plan" not in e.note
