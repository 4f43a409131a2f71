"""A refusal of an ending keeps the thing: no contradiction with a firm yes that ends nothing
(check/verdicts/refusal_scope.py, used by check/verdicts/contradiction_reason.py). Sentences from the training
cases, English and Dutch."""

from __future__ import annotations

from onrecord.check.verdicts.contradiction_reason import REFUSAL, reason
from onrecord.check.verdicts.refusal_scope import keeps


def test_a_refused_weakening_or_ending_keeps_the_thing() -> None:
    assert keeps(
        "in 2019 om de conclusie van zijn rapport af te zwakken.",
        "De conclusie is duidelijk: het onderzoek bevestigt de claim van de erven Rosenthal.",
    )
    assert keeps(
        "in October 2018 to help choose which players would be let go.",
        "Drop the touring if you must, but keep the players.",
    )


def test_a_refused_request_for_an_ending_is_about_the_request() -> None:
    assert not keeps(
        "in september 2019 om Brennan te vragen de vertrouwelijkheidsclausule te schrappen.",
        "As is standard for us, data from Brennan-funded studies would remain confidential.",
    )


def test_a_yes_that_ends_the_thing_still_opposes_the_refusal() -> None:
    assert not keeps(
        "Nordlys's plan to close the Haskerdam plant.",
        "It recommends closing the Haskerdam plant by 31 March 2022 and moving its production "
        "to Veendam and Esbjerg.",
    )
    # a refusal of something that is no ending: any firm yes opposes it
    assert not keeps("NordLift's request for night slots.", "We accept NordLift's proposal.")


def test_the_reason_for_a_contradiction_follows() -> None:
    claim = "Mertens weigerde in 2019 om de conclusie van zijn rapport af te zwakken."
    said = "De conclusie is duidelijk: het onderzoek bevestigt de claim van de erven Rosenthal."
    assert reason(said, claim, "nl", "nl") != REFUSAL
    assert (
        reason(
            "Ik stel voor om De Klimop per 1 augustus 2022 te sluiten.",
            "Hans Oosterhout rejected Vermeulen's proposal to close De Klimop.",
            "nl",
            "en",
        )
        == REFUSAL
    )


def test_blocks_as_a_noun_is_no_refusal() -> None:
    claim = "In 2017 Brouwer ruled out knocking down the Rozemarijn blocks."
    said = "Dit jaar trekken we 2 miljoen euro uit om de renovatie voor te bereiden."
    assert reason(said, claim, "nl", "en") is None
    assert reason("We will go ahead with the sale.", "The council blocked the sale.") == REFUSAL
