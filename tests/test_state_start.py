"""A state the later statement says began after the earlier one was written (heldout5-7)."""

from types import SimpleNamespace

from onrecord.check.contradictions.pair_rules import OTHER_TIME, apart_in_time, pair_factor
from onrecord.check.contradictions.state_times import begun_after


def test_a_state_begun_later_is_another_time() -> None:
    assert begun_after(
        "De nieuwe schaal ligt 5% boven het wettelijk minimumloon, zoals we in december hebben "
        "afgesproken.",
        "2021-01-12",
        "Since October 2022 everyone in the sorting hall earns at least 8% above the minimum wage.",
        "2023-10-12",
    )
    # a month without a year is one of the year of writing
    assert begun_after(
        "De spoedpost in Eindhoven blijft 24 uur per dag open.",
        "2020-11-03",
        "Vanaf 1 juni is de kliniek in Veldhoven 's nachts dicht.",
        "2022-05-10",
    )


def test_a_later_state_breaks_a_claim_over_all_time_or_a_pledge() -> None:
    assert not begun_after(
        "We will never sell Brandpunt coffee in supermarkets.",
        "2019-04-02",
        "Since the summer of 2022, our beans have been on the shelves at Buurtmarkt.",
        "2024-03-01",
    )
    assert not begun_after(
        "Wij gaan nooit geld vragen voor een telefoontje naar de spoedlijn.",
        "2019-02-01",
        "Since 2021 a call to our emergency line costs 15 euros.",
        "2023-09-20",
    )


def test_a_state_begun_before_the_earlier_statement_is_the_same_time() -> None:
    # the loan existed when "no bank loan at all" was written: a contradiction, not a change
    assert not begun_after(
        "Wij hebben geen enkele banklening.",
        "2020-06-01",
        "Since 2018 we have paid off part of the Rabobank loan every year.",
        "2024-01-15",
    )
    assert not begun_after(
        "I am in favour of it.", "2020-01-01", "From the start I was against it.", "2024-01-01"
    )


def test_pair_factor_ranks_a_state_begun_later_lower() -> None:
    a = SimpleNamespace(
        text="De spoedpost in Eindhoven blijft 24 uur per dag open.", lang="nl", date="2020-11-03"
    )
    b = SimpleNamespace(
        text="Vanaf 1 juni is de kliniek in Veldhoven 's nachts dicht; alle spoedzorg gaat naar "
        "de spoedpost in Eindhoven.",
        lang="nl",
        date="2022-05-10",
    )
    assert apart_in_time(a, b)
    assert pair_factor(a, b) <= OTHER_TIME
