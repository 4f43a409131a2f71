"""Plans carried out, proposals against an undecided matter, and restatements of staying as one
is: pairs on one matter that show no opposition (heldout2's classes of false positives)."""

from __future__ import annotations

import pytest

from onrecord.check.contradictions.opposition import (
    NO_OPPOSITION,
    PLAN_DONE,
    POLARITY,
    amount_clash,
    carried_out,
    opposition,
    stance_factor,
    undecided,
)
from onrecord.check.figures.direction import denied, direction, opposed

RAISED = (
    "De fustprijs is per 1 januari met zes procent omhoog gegaan, en voor zover ik weet is geen "
    "enkel café daarom weggegaan."
)


def test_negation_in_another_clause_denies_no_change() -> None:
    assert direction(RAISED) == 1
    assert denied(RAISED) is None
    # a negation in the clause of the change still denies it
    assert direction("Onze prijzen gaan dit jaar niet omhoog, en dat blijft zo.") is None
    assert denied("Onze prijzen gaan dit jaar niet omhoog, en dat blijft zo.") == 1


def test_plan_and_its_execution() -> None:
    plan = "I propose that we raise the keg price by six percent from 1 January."
    assert not opposed(plan, RAISED, "en", "nl")
    assert carried_out(plan, RAISED)
    assert stance_factor(plan, RAISED, "en", "nl") == pytest.approx(NO_OPPOSITION * PLAN_DONE)
    # an estimate and its outcome: amounts differ, the plan was still carried out
    assert carried_out(
        "We will raise the fares by ten percent.", "We raised the fares by eight percent."
    )
    # the opposite change is no execution
    assert not carried_out(
        "We will raise the fares by ten percent.", "We lowered the fares by ten percent."
    )
    assert stance_factor(
        "We will raise the fares by ten percent.",
        "We lowered the fares by ten percent.",
        "en",
        "en",
    ) == pytest.approx(1.0)


def test_undecided_is_no_opposite_of_a_proposal() -> None:
    proposal = "The council has proposed a ban on beer bikes in the centre."
    waits = "De gemeenteraad heeft nog niet over het verbod op bierfietsen beslist."
    assert undecided(proposal, waits) and undecided(waits, proposal)
    assert opposition(proposal, waits, "en", "nl", ordered=True) is None
    assert opposition(waits, proposal, "nl", "en", ordered=True) is None
    # without "yet" a denial of the proposal opposes it
    assert (
        opposition(proposal, "The council has not proposed any ban on beer bikes.", "en", "en")
        == POLARITY
    )


def test_staying_restated_in_other_words() -> None:
    never = "Klaproos gaat nooit in blik, wij zijn een flessenbrouwerij."
    stay = "We will stay a bottle brewery, whatever the supermarkets want."
    assert opposition(never, stay, "nl", "en", ordered=True) is None
    assert opposition("We will never close the plant.", "The plant will stay open.") is None


@pytest.mark.parametrize(
    ("denial", "kept"),
    [
        ("The taproom is not open.", "The taproom stays open."),
        ("Het proeflokaal is niet open.", "The taproom stays open."),
        ("We will not stay in Zwolle.", "We remain in Zwolle."),
        ("We will not keep the shop.", "We remain in the shop."),
    ],
)
def test_denied_staying_still_opposes(denial: str, kept: str) -> None:
    assert opposition(denial, kept) == POLARITY


@pytest.mark.parametrize(
    ("change", "total"),
    [
        (
            "Vorig jaar kwamen er 35 cafés bij die ons bier tappen.",
            "For your talk in Leeds: in 2021 we brewed 5,400 hectolitres, and our beer is now on "
            "tap in about 120 cafés.",
        ),
        (
            "Helaas moeten we zes mensen van het proeflokaal laten gaan.",
            "Klaproos now employs eighteen people.",
        ),
    ],
)
def test_a_count_that_came_in_or_left_is_no_total(change: str, total: str) -> None:
    assert amount_clash(change, total, "nl", "en") is None
    # two counts of one role still clash
    assert amount_clash("We laid off 40 people.", "We laid off 25 people.", "en", "en") == "count"
