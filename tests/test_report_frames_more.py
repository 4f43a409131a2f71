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


def test_a_connective_or_a_document_between_verb_and_that() -> None:
    """A connective or a document between the verb and "dat": "X zegt daarnaast dat S", "X
    stelt in de dagvaarding dat S" still frame S as X's."""
    who, rest = _frame("Het waterschap zegt bovendien dat de dijk pas in 2027 klaar is.", "nl")
    assert who == "het waterschap" and rest.startswith("De dijk")
    who, rest = _frame("Brouwer stelt in het verweerschrift dat de huur nooit is verhoogd.", "nl")
    assert who == "Brouwer" and rest.startswith("De huur")
    who, _ = _frame("The union says in its report that 40 drivers quit.", "en")
    assert who == "The union" or who == "the union"


def test_present_claims_without_that_after_an_apposition() -> None:
    """A present claim without "that": "X, a retired engineer, claims S" is X's claim S, X by
    name."""
    who, rest = _frame(
        "Their chairman, retired teacher Oliver Marsh, claims the club never paid the fee.", "en"
    )
    assert who == "Oliver Marsh" and rest == "The club never paid the fee."
    who, rest = _frame("Nadia Perrin insists the pump was switched off.", "en")
    assert who == "Nadia Perrin" and rest == "The pump was switched off."
    # past speech of a claim given on its own stays a claim about the speech
    assert strip_framing("Nadia Perrin said the pump was off.", "en", CTX)[0] is None


def test_a_noun_source_that_looks_like_a_verb() -> None:
    """A noun after its article ("..., bevestigt de keten.") and "zijn" as the verb after a
    source ("Volgens de bond zijn er ...")."""
    who, rest = _frame("Het filiaal sloot in maart, bevestigt de keten.", "nl")
    assert who == "de keten" and rest == "Het filiaal sloot in maart."
    who, _ = _frame("Volgens de bond zijn er inmiddels 41 woningen met schimmel.", "nl")
    assert who == "de bond"


def test_an_organisation_that_says_zij_means_itself() -> None:
    """An organisation's "zij": "Woonstichting Eemhof zegt dat zij ..." is about the
    organisation, not the woman named before."""
    from onrecord.check.claims.extract import claims_from_text

    text = (
        "Directeur Petra Hulst leidt Woonstichting Eemhof sinds 2019. Woonstichting Eemhof zegt "
        "dat zij sinds 2023 ruim 2 miljoen euro aan isolatie heeft uitgegeven."
    )
    last = claims_from_text(text, worthiness=False)[-1]
    assert last.claimant == "Woonstichting Eemhof"
    assert last.subject == "Woonstichting Eemhof"
