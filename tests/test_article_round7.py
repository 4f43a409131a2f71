"""Rules of the seventh round (branch ``articles7``): general mechanisms for the classes left
open on dev (a second predicate after "and", a group of an organisation's people, an audience
that is no party, the source of the sentence before, a court named by its place), each tested
on sentences of dev documents (Brackenfield, Marlow, Castlegate, Fenwick, Weidegoud,
IJsselmonde, and the three written for this round: Merrow, Tolhuis, Fernhill)."""

from __future__ import annotations

from _articles import by_text, doc
from onrecord.check.claims.extract import claims_from_text
from onrecord.check.subjects.groups import group_noun, groups_in

BRACKENFIELD = doc(
    "Brackenfield Foods",
    "en",
    "CARLISLE, 20 August 2025 - Brackenfield Foods today welcomes the conclusion of the Food "
    "Standards Agency's inspection of its Penrith bakery.\n\n"
    "The inspection was carried out in July by two officers of the agency. They found no trace "
    "of salmonella in any of the 60 samples taken.\n\n"
    "## About Brackenfield Foods\n\n"
    "Brackenfield Foods is a family-owned bakery group founded in 1962. It supplies bread to "
    "1,400 shops in the north of England and employs 820 people.",
)


def test_a_second_predicate_after_and_known_by_its_form() -> None:
    claims = claims_from_text(BRACKENFIELD, names=["Moira Gallacher"])
    employs = by_text(claims, "employs 820 people")
    assert "supplies" not in employs.text
    assert employs.subject == "Brackenfield Foods"
    assert "employs" not in by_text(claims, "supplies bread").text
    marlow = doc(
        "Marlow Freight", "en", "Marlow Freight was founded in 1974 and operates 38 ships."
    )
    assert by_text(claims_from_text(marlow), "operates 38 ships").text.startswith("Marlow Freight")
    castlegate = doc(
        "Helen Ward",
        "en",
        "In 2020, Castlegate sold the last 12 homes on the estate and paid its shareholders a "
        "dividend of 6 million pounds.",
    )
    paid = by_text(claims_from_text(castlegate), "paid its shareholders")
    assert "sold" not in paid.text


def test_they_after_officers_of_an_organisation_is_the_organisation() -> None:
    claims = claims_from_text(BRACKENFIELD, names=["Moira Gallacher"])
    assert by_text(claims, "no trace of salmonella").subject == "Food Standards Agency"


MERROW = doc(
    "Tom Ashworth",
    "en",
    "LIVERPOOL — Merrow Dock Company was warned about cracks in its largest crane in May 2023.\n\n"
    "Two inspectors from the Port Safety Authority examined the crane that month. They told the "
    "company's operations director, Alison Pendry, that the welds on its boom were failing.\n\n"
    "The authority's chief inspector, Janet Okeke, told MPs last month that her officers had "
    "marked the crane unsafe in writing.",
)
MERROW_NAMES = ["Alison Pendry", "Stephen Moss"]


def test_a_group_named_with_its_organisation_is_that_organisation() -> None:
    claims = claims_from_text(MERROW, names=MERROW_NAMES)
    assert by_text(claims, "Two inspectors").subject == "Port Safety Authority"
    told = by_text(claims, "welds on its boom")
    assert (told.subject, told.claimant) == ("Port Safety Authority", "Tom Ashworth")
    unsafe = by_text(claims, "unsafe in writing")
    assert (unsafe.claimant, unsafe.subject) == ("Janet Okeke", "Port Safety Authority")


def test_group_nouns_and_their_organisation() -> None:
    assert group_noun("inspectors") and group_noun("officers") and group_noun("medewerkers")
    assert not group_noun("letters") and not group_noun("samples")

    def org_of(phrase: str) -> str | None:
        return {"the council": "Avonmead City Council"}.get(phrase.lower())

    found = groups_in("The council's two inspectors visited the shelter.", org_of)
    assert found == [("inspectors", "Avonmead City Council")]
    assert groups_in("The council sent two letters.", org_of) == []


def test_told_an_audience_that_is_no_party_frames_the_claim() -> None:
    fenwick = doc(
        "Claire Dalton",
        "en",
        "The chief executive, Andrew Sinclair, told MPs on Tuesday that he first heard of the "
        "faults in April 2025.",
    )
    heard = by_text(claims_from_text(fenwick, names=["Andrew Sinclair"]), "first heard")
    assert heard.claimant == "Andrew Sinclair"
    fernhill = doc(
        "Fernhill Animal Rescue",
        "en",
        "Greaves, who founded the charity in 2004, told BBC Radio Bristol on Monday that the "
        "shelter had passed its last veterinary audit in March.",
    )
    audit = by_text(claims_from_text(fernhill, names=["Paula Greaves"]), "veterinary audit")
    assert audit.claimant == "Greaves"
    # told a party: a claim about what was said to it
    told = by_text(claims_from_text(MERROW, names=MERROW_NAMES), "welds on its boom")
    assert "told the company's operations director" in told.text
    assert told.kind == "about_speech"


def test_a_pronoun_after_a_source_is_the_source_of_its_gender() -> None:
    tolhuis = doc(
        "Iris Bakels",
        "nl",
        "Vink werkte sinds 2015 bij de brouwerij in Zwolle.\n\n"
        "Volgens directeur Marjolein Baas had Vink haar taken herhaaldelijk verwaarloosd. Zij "
        "overlegde tijdens de zitting drie e-mails van de kwaliteitsdienst.",
    )
    claims = claims_from_text(tolhuis, names=["Ellen Vink", "Marjolein Baas"])
    assert by_text(claims, "overlegde").subject == "Marjolein Baas"
    assert by_text(claims, "verwaarloosd").subject == "Vink"
    ijsselmonde = doc(
        "Sanne Verhoef",
        "nl",
        "Zandbergen is sinds 2022 wethouder van financiën.\n\n"
        "Volgens de gemeentesecretaris, Ria Mol, kreeg de wethouder het taxatierapport in mei "
        "2024 toegestuurd. Zij heeft de e-mail bewaard.",
    )
    names = ["Lotte Zandbergen", "Ria Mol"]
    assert by_text(claims_from_text(ijsselmonde, names=names), "bewaard").subject == "Ria Mol"


def test_a_source_of_unknown_gender_does_not_take_the_pronoun() -> None:
    marlow = doc(
        "Marlow Freight",
        "en",
        '"Our operations director, Rosa Quinn, never instructed captains to switch off their '
        'transponders," said chief executive Alistair Moore. "She wrote to the fleet on 14 March '
        "2023 that all ships must follow the port authority's rules.\"",
    )
    wrote = by_text(claims_from_text(marlow, names=["Rosa Quinn"]), "wrote to the fleet")
    assert wrote.subject == "Rosa Quinn"


def test_a_court_named_by_its_place_keeps_its_kind() -> None:
    weidegoud = doc(
        "Marit Hofstede",
        "nl",
        "ARNHEM - De rechtbank Gelderland heeft woensdag geoordeeld dat zuivelcoöperatie "
        "Weidegoud haar kwaliteitsmanager Bas Willemsen ten onrechte heeft ontslagen.\n\n"
        "De rechtbank vond daarvoor geen bewijs.",
    )
    claims = claims_from_text(weidegoud, names=["Bas Willemsen"])
    found = by_text(claims, "geen bewijs")
    assert found.subject == "rechtbank Gelderland"
    assert not found.text.startswith("Gelderland")
