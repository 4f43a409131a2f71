"""Rules for the classes left open after the fourth round (branch ``articles5``), developed on
four new dev documents (Halden, Beekdal, Tarrow, Dalfsen) and the open ones of the fourth round
(Ferrant, De Vonk, Zuiderhaven, Marlow); each test uses sentences of those documents."""

from __future__ import annotations

from _articles import by_text, doc
from onrecord.check.claims.extract import Skipped, claims_from_text

HALDEN = doc(
    "Tom Archer",
    "en",
    "OXFORD - Nora Blake, a former immunologist at the Halden Institute, says the lab kept the "
    "results of a failed vaccine trial from its funders.\n\n"
    "Blake worked at the institute from 2017 to 2023. She told the Guardian that the trial's "
    "director, Simon Reid, ordered her to delete two data files in May 2022.\n\n"
    "The institute received £3 million from the Wellcome Trust for the trial in 2021. Its annual "
    "report for 2022 does not mention the trial.\n\n"
    "Reid said that Blake had never raised any concerns with him. Vance said the study had been "
    "reported to the funders in full.\n\n"
    "The Canadian, who now works at a hospital in Toronto, has filed a complaint with the UK "
    "Research Integrity Office.\n\n"
    "Lawyers for the institute said the lab had followed every rule of its funders.",
)
HALDEN_NAMES = ["Nora Blake", "Simon Reid", "Peter Vance"]


def test_a_description_of_the_organisation_named_in_its_own_frame() -> None:
    claims = claims_from_text(HALDEN, names=HALDEN_NAMES)
    first = by_text(claims, "failed vaccine trial")
    assert (first.claimant, first.subject) == ("Nora Blake", "Halden Institute")
    # "the lab" in the lawyers' words: the institute they speak for, not the office named last
    rule = by_text(claims, "every rule")
    assert rule.subject == "Halden Institute"
    # "Its annual report": the organisation's
    assert by_text(claims, "does not mention the trial").subject == "Halden Institute"


def test_an_epithet_opening_a_paragraph_is_the_person_named_most() -> None:
    claims = claims_from_text(HALDEN, names=HALDEN_NAMES)
    # Reid and Vance are named in the paragraph before; the article is about Blake
    assert by_text(claims, "filed a complaint").subject in ("Blake", "Nora Blake")
    # "who now works at": an adverb before the verb of the relative clause
    assert by_text(claims, "now works at a hospital").subject in ("Blake", "Nora Blake")


def test_an_epithet_in_the_paragraph_of_its_person_is_that_person() -> None:
    text = doc(
        "Megan Shaw",
        "en",
        "Omar Bakri, a former researcher at the Ferrant Institute, told a tribunal that the lab "
        "had hidden a study. Bakri says he was dismissed after he raised the matter. Bakri "
        "worked there for four years.\n\n"
        "Frith declined to comment. The Scot, who has led the institute since 2016, did not "
        "attend the hearing.",
    )
    claims = claims_from_text(text, names=["Omar Bakri", "Helena Frith"])
    assert by_text(claims, "did not attend").subject == "Frith"


BEEKDAL = doc(
    "Lars Meijboom",
    "nl",
    "ZWOLLE - De kantonrechter in Zwolle heeft woningcorporatie Beekdal woensdag veroordeeld "
    "het loon van opzichter Ruben Stam door te betalen.\n\n"
    "Stam werd in januari 2025 geschorst. Hij zegt dat de directie hem schorste omdat hij "
    "schimmel in veertig woningen had gemeld.\n\n"
    "Directeur Wilma de Boer heeft in de rechtszaal verklaard dat Stam zich niet aan de "
    "veiligheidsregels hield. Volgens haar had de corporatie de woningen al in 2024 laten "
    "onderzoeken.\n\n"
    "Stam meldde de schimmel in oktober 2024 bij de raad van commissarissen, die er volgens De "
    "Boer nooit over heeft vergaderd.",
)
BEEKDAL_NAMES = ["Ruben Stam", "Wilma de Boer", "Anneke Vos"]


def test_a_court_without_a_name_is_its_own_subject() -> None:
    claims = claims_from_text(BEEKDAL, names=BEEKDAL_NAMES)
    assert claims[0].subject == "De kantonrechter"  # not Stam, named as the object


def test_an_object_pronoun_and_a_subordinate_clause_in_reported_dutch() -> None:
    claims = claims_from_text(BEEKDAL, names=BEEKDAL_NAMES)
    c = by_text(claims, "schorste hem")
    # "de directie hem schorste omdat hij ... had gemeld": reordered up to "omdat" only
    assert "schorste hem omdat hij schimmel" in c.text and c.text.endswith("had gemeld.")
    assert c.claimant == "Stam" and c.subject == "Beekdal"
    vonk = doc(
        "Mirjam Kok",
        "nl",
        "UTRECHT - Hockeyclub De Vonk heeft hoofdtrainer Mehmet Aydin ontslagen.\n\n"
        "Aydin werd in oktober 2024 op staande voet ontslagen. Hij stelt dat het bestuur hem "
        "wegzette omdat hij klaagde over de veiligheid van het kunstgrasveld.",
    )
    c = by_text(claims_from_text(vonk, names=["Mehmet Aydin"]), "klaagde")
    # the object pronoun is no subject; the separable verb splits in main order
    assert "zette hem weg omdat hij klaagde" in c.text
    assert c.subject.endswith("De Vonk") and c.claimant == "Aydin"


def test_a_relative_clause_with_its_own_source() -> None:
    claims = claims_from_text(BEEKDAL, names=BEEKDAL_NAMES)
    main = by_text(claims, "Stam meldde de schimmel")
    assert main.text.endswith("bij de raad van commissarissen.") and not main.attributed
    rel = by_text(claims, "nooit over vergaderd")
    assert rel.text.startswith("De raad van commissarissen")
    assert rel.claimant == "De Boer"


def test_court_speech_with_a_day_before_dat() -> None:
    text = doc(
        "Judith Hoogland",
        "nl",
        "Wethouder Paul Nijhof van Dalfsen verklaarde dinsdag dat de gemeente pas in 2024 van "
        "het lek hoorde.",
    )
    (c,) = claims_from_text(text)
    assert c.text == "De gemeente hoorde pas in 2024 van het lek."
    assert c.claimant and "Nijhof" in c.claimant


def test_volgens_haar_keeps_the_negation_and_her_department_is_the_company() -> None:
    text = doc(
        "Judith Hoogland",
        "nl",
        "DALFSEN - Netbeheerder Gasnet Oost wist al in 2021 dat een gasleiding lekte. Dat blijkt "
        "uit interne stukken die RTV Oost heeft ingezien.\n\n"
        "Kamphuis zegt dat de leiding in 2022 volgens plan zou worden vervangen. Haar afdeling "
        "had daar volgens haar geen geld voor.\n\n"
        "Gasnet Oost heeft de leiding in april 2025 vervangen. Het bedrijf beheert 9.000 "
        "kilometer aan gasleidingen in Overijssel.",
    )
    claims = claims_from_text(text, names=["Esther Kamphuis"])
    money = by_text(claims, "geld voor")
    assert "geen geld" in money.text  # "volgens haar geen": "geen" is no noun of hers
    assert money.claimant == "Kamphuis" and money.subject.endswith("Gasnet Oost")
    # "het bedrijf": the network operator, not the broadcaster named in a skipped sentence
    assert by_text(claims, "9.000 kilometer").subject.endswith("Gasnet Oost")


TARROW = doc(
    "Tarrow Water",
    "en",
    "**PRESS RELEASE**\n\n"
    "NEWCASTLE, 11 February 2025 - Tarrow Water today responds to reports in The Northern Echo "
    "about its Kielder treatment works.\n\n"
    "The inspection reports date from 2023. They describe two failures of the chlorine dosing "
    "system at the works.\n\n"
    '"No customer was ever at risk," said managing director Fiona Ridley. "Our engineers '
    'repaired both faults within six hours."\n\n'
    "Tarrow Water regrets that the newspaper did not contact the company before publication.\n\n"
    "## About Tarrow Water\n\n"
    "Tarrow Water supplies drinking water to 1.2 million people in the North East. It employs "
    "1,100 staff.",
)


def test_a_press_release_its_things_and_its_speaker() -> None:
    skipped: list[Skipped] = []
    claims = claims_from_text(TARROW, names=["Fiona Ridley"], skipped=skipped)
    reasons = {" ".join(s.original.split())[:30]: s.reason for s in skipped}
    assert reasons["Tarrow Water today responds to"] == "meta"
    assert reasons["Tarrow Water regrets that the "] == "commentary"
    # "They": the reports of the sentence before, the author's affairs
    assert by_text(claims, "two failures").subject == "Tarrow Water"
    risk = by_text(claims, "No customer")
    assert (risk.claimant, risk.subject) == ("Fiona Ridley", "Tarrow Water")
    assert by_text(claims, "six hours").claimant == "Fiona Ridley"
    # "1,100": a thousands comma opens no clause
    assert by_text(claims, "employs").subject == "Tarrow Water"
