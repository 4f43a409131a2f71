"""A clause that says nothing changes restates; it does not deny (heldout7, heldout4)."""

from types import SimpleNamespace

from onrecord.check.contradictions.continuity import UNCHANGED, declared_unchanged, restated
from onrecord.check.contradictions.pair_rules import pair_factor

PLEDGE = (
    "So: from this harvest on, we commit to paying our growers in Sidama at least 4 dollars per "
    "pound, whatever the market does."
)
RESTATED = (
    "Voor ons verandert er niets: onze ondergrens van 4 dollar per pond voor Sidama blijft "
    "staan, wat de markt ook doet."
)


def test_nothing_changes_is_a_clause_of_continuity() -> None:
    assert declared_unchanged(RESTATED)
    assert declared_unchanged("Die eiken blijven staan, daar verandert niets aan.")
    assert declared_unchanged("Nothing changes for our growers: the floor stays.")
    assert not declared_unchanged("We never promised our growers a minimum price.")
    assert not declared_unchanged("We will change the price next year.")


def test_a_restatement_with_nothing_changes_is_no_opposition() -> None:
    assert restated(PLEDGE, RESTATED, "en", "nl")
    a = SimpleNamespace(text=PLEDGE, lang="en", date="2019-11-04")
    b = SimpleNamespace(text=RESTATED, lang="nl", date="2021-03-02")
    assert pair_factor(a, b) <= UNCHANGED


def test_an_opposition_beside_the_clause_still_counts() -> None:
    # the denial of the pledge is not a clause of continuity
    assert not restated(PLEDGE, "We never promised our growers a minimum price.", "en", "en")
    # "nothing changes" beside a count that clashes: the clash stands
    assert not restated(
        "In 2020 we bought 210 tonnes of green coffee.",
        "Nothing changes: in 2020 we bought only 140 tonnes of green coffee.",
        "en",
        "en",
    )
