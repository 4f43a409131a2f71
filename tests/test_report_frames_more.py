"""Reporting frames with an adjunct or an audience the rules missed."""

from __future__ import annotations

from onrecord.check.claims.claimant import strip_framing
from onrecord.check.language.claim_names import NameContext

CTX = NameContext([])


def _frame(s: str, lang: str) -> tuple[str | None, str]:
    return strip_framing(s, lang, CTX, reported=True)


def test_told_us_and_this_programme() -> None:
    who, rest = _frame(
        "Morrow Mutual told us this week that it has no record of that letter.", "en"
    )
    assert who == "Morrow Mutual" and rest == "It has no record of that letter."
    who, _ = _frame("Stonecrop told this programme that it flagged the backlog in March.", "en")
    assert who == "Stonecrop"
    who, _ = _frame("Rudge told the Courier that he had sent the mail.", "en")
    assert who == "Rudge"


def test_dutch_frames_with_an_adjunct() -> None:
    who, rest = _frame(
        "Noordstroom laat in een reactie weten dat het energiebedrijf andere keuzes maakt.", "nl"
    )
    assert who == "Noordstroom" and "andere keuzes" in rest
    who, rest = _frame("Zorgkring zegt in een reactie dat de zorg gegarandeerd blijft.", "nl")
    assert who == "Zorgkring" and rest.startswith("De zorg")
    who, _ = _frame("Anke Terlouw wijst erop dat het theater geen verlies leed.", "nl")
    assert who == "Anke Terlouw"


def test_volgens_keeps_its_source_when_the_order_defeats_the_rules() -> None:
    s = "Volgens Halbesma hebben negen van die elf medewerkers inmiddels ander werk."
    who, rest = _frame(s, "nl")
    assert who == "Halbesma" and rest == s


def test_a_question_before_the_speaker() -> None:
    s = (
        "Asked about the emails, the council's chief executive, Morwenna Scallon, said the "
        "June list was a working draft."
    )
    who, rest = _frame(s, "en")
    assert who == "Morwenna Scallon" and rest == "The June list was a working draft."


def test_volgens_with_a_description_in_apposition() -> None:
    s = (
        "Volgens de klokkenluider, een oud-medewerker van de afdeling onderhoud, besloot de "
        "directie in 2023 om de renovatie uit te stellen."
    )
    who, rest = _frame(s, "nl")
    assert who == "de klokkenluider" and rest.startswith("De directie besloot in 2023")


def test_demonstrative_dat_is_no_fronted_that() -> None:
    s = "Dat rapport is nooit met de huurders gedeeld, zegt voorzitter Kemal Durmaz."
    who, rest = _frame(s, "nl")
    assert who == "Kemal Durmaz" and rest == "Dat rapport is nooit met de huurders gedeeld."
