"""Two parties, a paid cost, a planned figure, an estimate and its outcome, a move away: on
sentences written for these tests (English and Dutch), none from a benchmark case."""

from onrecord.check.contradictions.departure import departs
from onrecord.check.contradictions.opposition import (
    AMOUNT,
    POLARITY,
    _firm_amounts,
    opposition,
    stance_factor,
)
from onrecord.check.contradictions.third_party import (
    fact_against_stance,
    other_party,
    others_position,
)
from onrecord.check.figures.amount_roles import estimate_then_outcome, planned, realised_cost
from onrecord.check.quantities import quantities


def test_others_position_names_a_third_party_stance() -> None:
    assert others_position("The works council is against the merger, as you know.")
    assert others_position("Several drivers want the night shift back.")
    assert others_position("Jeroen Mulder, onze penningmeester, had dat al eerder voorgesteld.")
    assert others_position("De ondernemingsraad is tegen de verhuizing.")
    assert not others_position("We are against the merger.")
    assert not others_position("Ik ben altijd tegen de verhuizing geweest.")
    assert not others_position("The new depot opened in March.")


def test_two_bodies_and_a_stance_against_a_fact() -> None:
    assert other_party(
        "The ministry has approved a grant of two million.",
        "Van de gemeente hebben we geen cent gekregen voor de nieuwe school.",
    )
    assert not other_party(
        "The municipality will pay for the new school.",
        "De gemeente betaalt niets voor de nieuwe school.",
    )
    assert fact_against_stance(
        "The brewery's money paid for the new stands.",
        "Ik ben altijd tegen geld van die brouwerij geweest.",
    )
    assert not fact_against_stance(
        "I suggest that we take the brewery's money for the stands.",
        "Ik ben altijd tegen geld van die brouwerij geweest.",
    )


def test_third_party_pairs_rank_low() -> None:
    own = stance_factor("We will never sell the land.", "Wij hebben de grond in 2021 verkocht.")
    others = stance_factor(
        "The province has promised us a loan for the harbour.",
        "De bank heeft ons geen lening gegeven voor de haven.",
    )
    assert others < own


def test_a_paid_cost_is_firm_and_a_planned_figure_is_not() -> None:
    text = "In the end the new roof cost 80,000 euros, more than the 60,000 we budgeted."
    amounts = {q.text: q for q in _firm_amounts(text, "en")}
    assert list(amounts) == ["80,000 euros"]
    q = amounts["80,000 euros"]
    assert realised_cost(text, q)
    assert not realised_cost("The new roof will cost 80,000 euros.", q)
    assert [q.text for q in _firm_amounts("The new roof will cost 80,000 euros.", "en")] == []
    spent = "We spent 9,000 euros, below the planned 12,000 euros."
    qs = {q.text: q for q in quantities(spent, "en")}
    assert planned(spent, qs["12,000 euros"]) and not planned(spent, qs["9,000 euros"])
    later = "Het nieuwe dak heeft uiteindelijk 120.000 euro gekost."
    assert opposition(text, later, "en", "nl", ordered=True) == AMOUNT


def test_an_estimate_then_its_outcome_is_no_opposition() -> None:
    a = "De nieuwe sporthal gaat ongeveer 2 miljoen euro kosten."
    b = "The sports hall ended up costing 2.6 million euros."
    assert estimate_then_outcome(a, b)
    assert stance_factor(a, b, "nl", "en") < 0.2
    assert not estimate_then_outcome("The sports hall cost 2 million euros.", b)


def test_a_move_away_opposes_a_denied_leaving() -> None:
    assert departs("In 2021 hebben we de paarden naar een boerderij in Drenthe gebracht.")
    assert departs("Last spring we moved the archive to Utrecht.")
    assert not departs("The horses are doing well on the farm.")
    a, b = (
        "Our horses will never leave this farm.",
        "Vorig jaar hebben we de paarden naar Drenthe gebracht.",
    )
    assert opposition(a, b, "en", "nl", ordered=True) == POLARITY
    assert opposition(a, "The horses are doing well.", "en", "en", ordered=True) is None
