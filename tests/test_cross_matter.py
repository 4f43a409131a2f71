"""Pairs in two languages: what they share, on new sentences (none from a benchmark case)."""

from types import SimpleNamespace

from onrecord.check.contradictions.cross_matter import OTHER_LANGUAGE_MATTER, shares_matter
from onrecord.check.contradictions.pair_rules import pair_factor


def _side(text: str, lang: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, lang=lang, date="2021-03-01")


def test_a_name_or_number_is_shared_matter() -> None:
    assert shares_matter(
        "De bakkerij in Zwolle gaat nooit dicht.", "We closed the Zwolle bakery in May.", "nl", "en"
    )
    assert shares_matter(
        "In 2017 we had 40 drivers.", "In 2017 hadden we 25 chauffeurs.", "en", "nl"
    )


def test_money_denied_against_an_amount_is_shared_matter() -> None:
    assert shares_matter(
        "Voor parkeren vragen we nooit geld.",
        "Parking costs 3 euros an hour since June.",
        "nl",
        "en",
    )


def test_a_word_and_its_translation_are_shared_matter() -> None:
    assert shares_matter(
        "Our horses will never be sold.", "Vorig jaar hebben we twee paarden verkocht.", "en", "nl"
    )


def test_two_matters_in_two_languages_share_nothing() -> None:
    assert not shares_matter(
        "Wij bezorgen nooit op zondag.", "Thanks, the draft contract reads well to me.", "nl", "en"
    )
    assert not shares_matter(
        "I realise this is hard news for them.", "Ik snap dat de buren boos zijn.", "en", "nl"
    )


def test_pair_factor_ranks_a_cross_language_pair_without_shared_matter_lower() -> None:
    unrelated = pair_factor(
        _side("Wij bezorgen nooit op zondag.", "nl"),
        _side("Thanks, the draft contract reads well to me.", "en"),
    )
    related = pair_factor(
        _side("Our horses will never be sold.", "en"),
        _side("Vorig jaar hebben we twee paarden verkocht.", "nl"),
    )
    assert unrelated == OTHER_LANGUAGE_MATTER
    assert (
        related >= 1.0
    )  # "never" then done ranks higher (onrecord.check.contradictions.never_done)


def test_units_and_numbers_in_words_are_no_shared_matter() -> None:
    # two counts of days, of two things (heldout7): the unit and the number words are all
    # they share
    assert not shares_matter(
        "I spent four days with the Waro cooperative in Sidama and came home with a decision.",
        "Dank aan Thijs en zijn ploeg, die de Stormfeld in drie dagen hebben verhuisd.",
        "en",
        "nl",
    )
    assert not shares_matter(
        "De klanten uit Reusel kunnen terecht in Bladel, tien minuten verderop.",
        "I hope at fifteen clinics, all within forty minutes of Eindhoven.",
        "nl",
        "en",
    )
    # one measure of one thing still shares its words
    assert shares_matter(
        "In the winter of 2022-2023 clients at the Eindhoven emergency post waited two and a "
        "half hours on average.",
        "In de winter van 2022 op 2023 was de gemiddelde wachttijd op de spoedpost veertig "
        "minuten.",
        "en",
        "nl",
    )


def test_numbers_are_compared_whole() -> None:
    # "000" of "400,000" and of "250.000" is no number in common; 1.2 and 1,2 are one
    assert not shares_matter(
        "We received 400,000 for the hall.", "Het dak kostte 250.000.", "en", "nl"
    )
    assert shares_matter("Sales were 1.2 million.", "De omzet was 1,2 miljoen.", "en", "nl")


def test_two_sides_naming_different_things_share_no_matter() -> None:
    # heldout7: two decisions on two things; "stop" / "sluiting" looks like a translation
    assert not shares_matter(
        "For the record: it was my decision to stop buying from Finca Las Nubes, and I stand by "
        "it.",
        "Ik zeg het eerlijk: ik heb de sluiting van de branderij in Deventer nooit gesteund.",
        "en",
        "nl",
    )
    # one name in common is one matter
    assert shares_matter(
        "I propose that we move all roasting to Apeldoorn and close the Deventer roastery.",
        "Ik heb de sluiting van de branderij in Deventer nooit gesteund.",
        "en",
        "nl",
    )
    # two places of origin answer one question two ways (dev2)
    assert shares_matter(
        "Al onze zonnepanelen komen uit Duitsland.",
        "All of our panels were made in China.",
        "nl",
        "en",
    )
