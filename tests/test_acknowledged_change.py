"""An announced change is the record changing, not a self-contradiction: the later statement
says the earlier plan, date or amount changed ("postponed", "down from 6", "verlaagd van 6 naar
4 euro"). Such pairs rank lower; a pair that also shows always/never, an own account of the past
or a denied act keeps its rank, and a pledge broken with a change is no announced change."""

from __future__ import annotations

from _contradiction_cases import ref
from onrecord.check.contradictions.acknowledged import (
    ACKNOWLEDGED,
    acknowledged_change,
    change_marker,
)
from onrecord.check.contradictions.find import rate_pair
from onrecord.check.contradictions.pair_rules import pair_factor, shared_words

CONTRA = {"entailment": 0.02, "neutral": 0.03, "contradiction": 0.95}


def _ack(earlier: str, later: str, lang_e: str = "en", lang_l: str = "en") -> bool:
    a, b = ref(earlier, "2019-03-01T09:00:00Z", lang_e), ref(later, "2020-06-01T09:00:00Z", lang_l)
    return acknowledged_change(earlier, later, lang_e, lang_l, shared_words(a, b))


def test_a_postponed_date_is_announced() -> None:
    opens = "The extension opens in 2021."
    later = "The terminal extension is postponed: it will not open in 2021, we now aim for 2023."
    assert change_marker(later) == "plan"
    assert _ack(opens, later)
    # the marker must be in the later statement: the other way round nothing is announced
    assert not _ack(later, opens)
    nl = "De opening van de nieuwe steiger is uitgesteld tot september."
    assert _ack("De nieuwe steiger gaat in mei open.", nl, "nl", "nl")
    # across languages a date on both sides ties the change to the earlier statement
    assert _ack(
        "The new pier opens in May 2021.",
        "De steiger gaat pas in 2022 open, een jaar later dan gepland.",
        "en",
        "nl",
    )


def test_a_changed_amount_starts_from_the_earlier_figure() -> None:
    assert _ack("We pay 6 euros a month.", "We lower the contribution to 4 euros, down from 6.")
    assert _ack(
        "De bijdrage is 6 euro per maand.", "De bijdrage is verlaagd van 6 naar 4 euro.", "nl", "nl"
    )
    paint = "It will let us paint 400 frames a day instead of 250."
    assert change_marker(paint) == "amount"
    assert (
        change_marker("We sold 4,000 tonnes of cheese in 2017, up from 3,600 tonnes in 2016.")
        == "amount"
    )


def test_a_pledge_broken_with_a_change_is_no_announced_change() -> None:
    # dev3 K1: the earlier side states no fare the change starts from
    pledge = "We will not raise the fares while I am director."
    raised = "We hebben de prijs van een kaartje verhoogd van vier naar vijf euro."
    assert change_marker(raised) == "amount"
    assert not _ack(pledge, raised, "en", "nl")
    # in one language shared words ("raise", "fares") do not make it one either
    assert not _ack("We will not raise the fares.", "We raised the fares from 4 to 5 euros.")
    assert not _ack(
        "Onze prijzen gaan dit jaar niet omhoog.",
        "We hebben onze prijzen alsnog verhoogd.",
        "nl",
        "nl",
    )


def test_a_contradiction_besides_the_change_keeps_its_rank() -> None:
    # "never" against the record
    assert not _ack(
        "We will never build on farmland.",
        "The solar park will be built on the farmland after all.",
    )
    # an account of one's own past (the first case, G7)
    assert not _ack(
        "I decided we should delay the audit until March.",
        "I was not involved in the decision to delay the audit, which is now postponed to May.",
    )
    # a denial of an earlier act
    assert not _ack(
        "We signed the contract with the grid operator in March.",
        "We did not sign the contract with the grid operator; the signing is postponed to May.",
    )
    # "no longer" is the marker's own negation, no denial
    assert _ack(
        "We paid 6 euros per member in 2019.", "We no longer pay 6 euros per member, but 4 euros."
    )


def test_another_matter_is_not_acknowledged() -> None:
    # a postponed meeting says nothing of the fares
    assert not _ack("The fares stay at four euros.", "The board meeting is postponed to Thursday.")
    assert change_marker("The bridge over the Maas opened exactly on schedule.") is None
    assert change_marker("Het is niet meer dan een voorstel.") is None


def test_an_announced_change_leaves_the_top_of_the_ranking() -> None:
    a = ref("The extension of the terminal opens in 2021.", "2019-03-01T09:00:00Z")
    b = ref(
        "The terminal extension is postponed: it will not open in 2021, we now aim for 2023.",
        "2020-06-01T09:00:00Z",
    )
    assert pair_factor(a, b) == ACKNOWLEDGED
    # the same denial without the announcement ranks at the top; with it, far lower (still
    # reported: the list shows it, below the contradictions)
    plain = ref("The terminal extension will not open in 2021.", "2020-06-01T09:00:00Z")
    top = rate_pair(a, plain, CONTRA, CONTRA, 0.93)
    low = rate_pair(a, b, CONTRA, CONTRA, 0.93)
    assert top is not None and top[1] > 0.6
    assert low is not None and low[1] < 0.3 * top[1]
