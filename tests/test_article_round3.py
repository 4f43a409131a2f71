"""Rules for the classes of the six dev documents of the third round (branch ``articles3``:
Calloway, Orinda, Castlegate, Koldenhof, Sint-Anna, Datalux); each test uses sentences of
those documents."""

from __future__ import annotations

from _articles import by_text, doc
from onrecord.check.claims.extract import Skipped, claims_from_text

RELEASE = doc(
    "Orinda Energy",
    "en",
    "GLASGOW, 3 June 2025 - Orinda Energy Ltd today connected its Carrick Bay wind farm to the "
    "grid.\n\n"
    '"Carrick Bay came in 12 per cent under budget," said Mark Delaney, Chief Executive '
    'Officer of Orinda Energy. "We hired 140 local workers during construction."\n\n'
    "The 36 turbines can power 190,000 homes.\n\n"
    "Its OrindaCell batteries store surplus power for up to six hours.\n\n"
    "Media contact: Fiona Baird, press@orinda.example",
)


def test_an_organisation_author_keeps_its_whole_name_and_speaks_through_its_executive() -> None:
    claims = claims_from_text(RELEASE, names=["Mark Delaney"])
    # the e-mail address does not make "orinda" a lower-case word, nor the author a person
    assert by_text(claims, "Orinda Energy Ltd today").subject == "Orinda Energy Ltd"
    # "said X, Chief Executive Officer of Y": X speaks, and the quote goes on
    assert by_text(claims, "Carrick Bay came").claimant == "Mark Delaney"
    hired = by_text(claims, "hired 140")
    assert hired.claimant == "Mark Delaney"
    assert hired.subject == "Orinda Energy"  # "we" of an executive: the organisation
    # a thing in an organisation's press release, and "its" product: the organisation's
    assert by_text(claims, "The 36 turbines").subject == "Orinda Energy"
    assert by_text(claims, "Its OrindaCell").subject == "Orinda Energy"


def test_reported_speech_to_a_court_and_in_a_statement() -> None:
    text = doc(
        "Daniel Frost",
        "en",
        "Castlegate Homes built the Ashcombe estate.\n\n"
        "The former chairman, Richard Penhale, told the court he had never seen the reports.\n\n"
        "Meanwhile, the company's sales director, Karen Blythe, admitted in a witness statement "
        "that she had shown buyers an older survey.",
    )
    claims = claims_from_text(text, names=["Richard Penhale", "Karen Blythe", "Simon Ashdown"])
    penhale = by_text(claims, "had never seen")
    assert (penhale.claimant, penhale.subject) == ("Richard Penhale", "Richard Penhale")
    blythe = by_text(claims, "had shown buyers")
    assert (blythe.claimant, blythe.subject) == ("Karen Blythe", "Karen Blythe")


def test_a_source_after_a_quote_and_a_plural_say() -> None:
    text = doc(
        "Megan Ashworth",
        "en",
        "Calloway Foods recalled 1.2 million packets of its Crispa crisps in August.\n\n"
        "Two former quality inspectors say the company knew about the contamination in April.\n\n"
        'The quality manager, Samir Haddad, told staff in May that the tests were "probably '
        'wrong", one of the inspectors said.\n\n'
        "The company said its Crispa and NutriBar lines are now produced at a plant in Hull.\n\n"
        "Calloway will publish the results of an internal review in October.",
    )
    claims = claims_from_text(text, names=["Samir Haddad"])
    knew = by_text(claims, "Calloway Foods knew")
    assert knew.claimant == "Two former quality inspectors"
    assert by_text(claims, "The quality manager").claimant == "one of the inspectors"
    lines = by_text(claims, "NutriBar lines")
    assert (lines.claimant, lines.subject) == ("Calloway Foods", "Calloway Foods")


def test_the_company_is_not_the_agency_named_last() -> None:
    text = doc(
        "Megan Ashworth",
        "en",
        "Calloway Foods recalled 1.2 million packets of crisps in August.\n\n"
        "Meanwhile, the Food Standards Agency has opened an investigation into the factory. In "
        "2019, the company was fined 80,000 pounds for hygiene failures at the same site.\n\n"
        "Calloway will publish the results of an internal review in October.",
    )
    claims = claims_from_text(text)
    assert by_text(claims, "In 2019").subject == "Calloway Foods"


def test_dutch_organisation_by_its_kind_and_verb_second_subject() -> None:
    text = doc(
        "Sanne de Wit",
        "nl",
        "ZWOLLE - Transportbedrijf Koldenhof heeft in 2023 chauffeurs te lang laten rijden, "
        "stelt de Inspectie Leefomgeving en Transport.\n\n"
        "De inspectie legde het bedrijf vorige maand een boete op van 240.000 euro.\n\n"
        "Daarnaast gebruikte het bedrijf volgens de inspectie software van VK-Trace om de "
        "tachografen te omzeilen.\n\n"
        "Koldenhof maakte in 2024 een winst van 4,1 miljoen euro, meldt het bedrijf op zijn "
        "website.",
    )
    claims = claims_from_text(text, names=["Gerrit Brink"])
    software = by_text(claims, "Daarnaast gebruikte")
    assert "Koldenhof" in (software.subject or "")  # not VK-Trace, not the inspectorate
    # the inspectorate, by its description or (now that "en" joins it) its full name
    assert software.claimant in ("de inspectie", "Inspectie Leefomgeving en Transport")
    winst = by_text(claims, "Koldenhof maakte")
    assert winst.claimant is not None and "Koldenhof" in winst.claimant


def test_we_in_a_directors_quote_is_the_company() -> None:
    text = doc(
        "Sanne de Wit",
        "nl",
        "Transportbedrijf Koldenhof heeft chauffeurs te lang laten rijden.\n\n"
        "Directeur Gerrit Brink ontkent dat. 'Wij hebben nooit iemand gedwongen om door te "
        "rijden,' zegt hij.",
    )
    claims = claims_from_text(text, names=["Gerrit Brink"])
    wij = by_text(claims, "heeft nooit iemand")
    assert wij.claimant == "Gerrit Brink"


def test_dutch_apposition_after_verb_and_volgens_haar() -> None:
    text = doc(
        "Marco Visser",
        "nl",
        "Ik, Marco Visser, werkte als systeembeheerder bij Datalux B.V. in Utrecht.\n\n"
        "In maart 2023 gaf de directeur, Erwin Kuijpers, opdracht om de locatie van alle "
        "medewerkers bij te houden. Hij deed dat zonder de ondernemingsraad te raadplegen.",
    )
    claims = claims_from_text(text, names=["Marco Visser", "Erwin Kuijpers"])
    assert by_text(claims, "In maart 2023").subject == "Erwin Kuijpers"
    assert by_text(claims, "deed dat zonder").subject == "Erwin Kuijpers"
    text = doc(
        "Pim Lodewijks",
        "nl",
        "Yvonne Bakker is bestuursvoorzitter van het Sint-Annaziekenhuis. Pim Lodewijks sprak "
        "met haar.\n\nBakker erkent dat de wachttijden in 2024 zijn verdubbeld. Volgens haar komt "
        "dat vooral door het vertrek van drie hartchirurgen.\n\n"
        "Daarnaast huurde het ziekenhuis in 2024 voor 3 miljoen euro aan uitzendkrachten in.",
    )
    skipped: list[Skipped] = []
    claims = claims_from_text(text, names=["Yvonne Bakker"], skipped=skipped)
    assert [s.reason for s in skipped if s.original.startswith("Pim")] == ["meta"]
    assert "Bakker" in (by_text(claims, "wachttijden").claimant or "")
    assert "Bakker" in (by_text(claims, "komt vooral").claimant or "")
    assert by_text(claims, "Daarnaast huurde").subject == "Sint-Annaziekenhuis"


def test_commentary_and_wishes_are_no_claims() -> None:
    text = doc(
        "Sanne de Wit",
        "nl",
        "Koldenhof ontsloeg in 2023 vijftien chauffeurs.\n\n"
        "Het is schrijnend dat juist een familiebedrijf zo met zijn personeel omgaat.\n\n"
        "De medeoprichter wil nu een schadevergoeding van het bedrijf.",
    )
    skipped: list[Skipped] = []
    claims_from_text(text, skipped=skipped)
    assert [s.reason for s in skipped] == ["commentary", "announcement"]
    text = doc(
        "Daniel Frost",
        "en",
        "Castlegate sold the last 12 homes in 2020.\n\n"
        "The residents are seeking damages. It was a painful day for "
        "families who had saved for years.\n\nIt is a sorry tale for a firm that once prided "
        "itself on safety.",
    )
    skipped = []
    claims_from_text(text, skipped=skipped)
    # a demand without a sum is an announcement; "seeking 9.5 million pounds" is what the
    # claim in court says (test_nl_past.test_a_sum_demanded_is_no_announcement)
    assert [s.reason for s in skipped] == ["announcement", "commentary", "commentary"]
