"""Rules of the sixth round (branch ``articles6``), developed on five new dev documents
(Fenwick, Weidegoud, Brackenfield, IJsselmonde, Calder Valley); each test uses sentences of
those documents."""

from __future__ import annotations

from _articles import by_text, doc
from onrecord.check.claims.extract import Skipped, claims_from_text

FENWICK = doc(
    "Claire Dalton",
    "en",
    "LEEDS - Fenwick Rail knew about faulty signals on its Harrogate line for two years.\n\n"
    "Two signal engineers, Gareth Lowe and Martin Pike, reported the faults to their manager "
    "in May 2023. Lowe was dismissed by the company six months later.\n\n"
    "Joanna Wells, who chairs the Office of Rail Safety, wrote to the company's operations "
    "director, Karen Holt, in June 2024. Holt sent it in October, the regulator says.\n\n"
    "After the near miss at Knaresborough, the company replaced 40 signals.",
)
FENWICK_NAMES = ["Andrew Sinclair", "Karen Holt", "Gareth Lowe", "Martin Pike"]


def test_a_list_of_names_is_one_subject_not_two_clauses() -> None:
    claims = claims_from_text(FENWICK, names=FENWICK_NAMES)
    listed = by_text(claims, "reported the faults")
    assert "Gareth Lowe and Martin Pike" in listed.text
    assert listed.subject == "Gareth Lowe"
    assert not [c for c in claims if c.text.startswith("Two signal engineers, Gareth Lowe.")]


def test_the_company_is_not_the_regulator_and_the_regulator_is_named() -> None:
    claims = claims_from_text(FENWICK, names=FENWICK_NAMES)
    assert by_text(claims, "replaced 40 signals").subject == "Fenwick Rail"
    holt = by_text(claims, "Holt sent it")
    assert (holt.claimant, holt.subject) == ("Office of Rail Safety", "Holt")


WEIDEGOUD = doc(
    "Marit Hofstede",
    "nl",
    "ARNHEM - De rechtbank Gelderland heeft woensdag geoordeeld dat zuivelcoöperatie Weidegoud "
    "haar kwaliteitsmanager Bas Willemsen ten onrechte heeft ontslagen.\n\n"
    "Tijdens de zitting zei de advocaat van Weidegoud, Eva Brinkman, dat Willemsen de "
    "hygiëneregels meermaals had overtreden.\n\n"
    "Lammers en financieel directeur Gert Scholten ondertekenden op 3 februari de "
    "ontslagbrief.\n\n"
    "De coöperatie telt 1.200 melkveehouders. Haar omzet bedroeg vorig jaar 640 miljoen euro.\n\n"
    "Het is een pijnlijke uitspraak voor een bedrijf dat zich op voedselveiligheid laat "
    "voorstaan.\n\n"
    "Weidegoud beraadt zich op hoger beroep.",
)
WEIDEGOUD_NAMES = ["Bas Willemsen", "Hendrik Lammers", "Gert Scholten"]


def test_a_lawyer_after_a_fronted_adjunct_in_court_is_the_claimant() -> None:
    claims = claims_from_text(WEIDEGOUD, names=WEIDEGOUD_NAMES)
    rules = by_text(claims, "hygiëneregels")
    assert (rules.claimant, rules.subject) == ("Eva Brinkman", "Willemsen")


def test_an_organisation_by_its_kind_and_its_possessive() -> None:
    claims = claims_from_text(WEIDEGOUD, names=WEIDEGOUD_NAMES)
    assert by_text(claims, "1.200 melkveehouders").subject == "Weidegoud"
    assert by_text(claims, "640 miljoen").subject == "Weidegoud"
    # a weak past plural after its subject: a report, not an announcement
    assert by_text(claims, "ondertekenden").subject == "Lammers"


def test_dutch_verdicts_and_deliberations_are_skipped() -> None:
    skipped: list[Skipped] = []
    claims_from_text(WEIDEGOUD, names=WEIDEGOUD_NAMES, skipped=skipped)
    reasons = {s.original.split()[0]: s.reason for s in skipped}
    assert reasons["Het"] == "commentary"
    assert reasons["Weidegoud"] == "announcement"


IJSSELMONDE = doc(
    "Sanne Verhoef",
    "nl",
    "Wethouder Lotte Zandbergen van de gemeente IJsselmonde ligt onder vuur. Een intern rapport "
    "noemt haar rol bij de verkoop van het oude raadhuis 'onzorgvuldig'. Wij spraken haar in "
    "haar werkkamer.\n\n"
    "Volgens de gemeentesecretaris, Ria Mol, kreeg de wethouder het taxatierapport in mei 2024 "
    "toegestuurd.\n\n"
    "Dirksen betaalde volgens het rapport 900.000 euro te weinig. Zijn bedrijf verkocht het pand "
    "een jaar later door voor 4,5 miljoen euro.\n\n"
    'De wethouder erkent dat zij Dirksen kent van de tennisclub. "Maar ik heb nooit met hem over '
    'het raadhuis gesproken," zegt Zandbergen.\n\n'
    "Fractievoorzitter Joop Verschuur zei maandag dat de fractie het rapport pas op vrijdag had "
    "ontvangen. Zandbergen wil daar niet op ingaan.",
)
IJSSELMONDE_NAMES = ["Lotte Zandbergen", "Ria Mol", "Koen Dirksen"]


def test_an_interview_opening_is_commentary_and_meta() -> None:
    skipped: list[Skipped] = []
    claims_from_text(IJSSELMONDE, names=IJSSELMONDE_NAMES, skipped=skipped)
    reasons = [s.reason for s in skipped]
    assert reasons[:3] == ["commentary", "commentary", "meta"]
    assert reasons[-1] == "meta"  # "wil daar niet op ingaan"


def test_dutch_sources_by_apposition_and_a_day_before_dat() -> None:
    claims = claims_from_text(IJSSELMONDE, names=IJSSELMONDE_NAMES)
    sent = by_text(claims, "taxatierapport")
    assert (sent.claimant, sent.subject) == ("Ria Mol", "Lotte Zandbergen")
    fractie = by_text(claims, "pas op vrijdag")
    assert fractie.claimant == "Joop Verschuur"


def test_a_possessive_company_and_the_speaker_by_her_title() -> None:
    claims = claims_from_text(IJSSELMONDE, names=IJSSELMONDE_NAMES)
    assert by_text(claims, "4,5 miljoen").subject in ("Dirksen", "Koen Dirksen")
    assert by_text(claims, "tennisclub").subject == "Lotte Zandbergen"
    never = by_text(claims, "nooit met hem")
    assert (never.claimant, never.subject) == ("Zandbergen", "Zandbergen")


CALDER = doc(
    "Robert Kaye",
    "en",
    "When the Calder Valley Hospital Trust closed its maternity ward in 2023, it promised the "
    "town a new birth centre within two years.\n\n"
    "Her finance director, Neil Abbott, gave a different answer a month later. He said the "
    "budget had never been approved by NHS England.\n\n"
    "Both cannot be true.\n\n"
    "The minutes show that Quayle and Abbott discussed the centre at four board meetings in "
    "2024.\n\n"
    "The trust says it remains committed to the project.",
)


def test_a_passive_agent_in_a_speakers_words_is_not_the_subject() -> None:
    claims = claims_from_text(CALDER, names=["Deborah Quayle", "Neil Abbott"])
    budget = by_text(claims, "approved by NHS England")
    assert (budget.claimant, budget.subject) == ("Neil Abbott", "Calder Valley Hospital Trust")
    assert by_text(claims, "four board meetings").subject == "Quayle"


def test_a_judgement_of_truth_and_a_stance_are_commentary() -> None:
    skipped: list[Skipped] = []
    claims_from_text(CALDER, names=["Deborah Quayle", "Neil Abbott"], skipped=skipped)
    assert [s.reason for s in skipped] == ["commentary", "commentary"]


def test_a_quote_skipped_as_commentary_keeps_its_speaker() -> None:
    text = doc(
        "Brackenfield Foods",
        "en",
        '"Our hygiene record speaks for itself," said chief executive Moira Gallacher. "We have '
        'not had a single recall since 2019."\n\n## About Brackenfield Foods\n\nBrackenfield '
        "Foods is a family-owned bakery group founded in 1962.",
    )
    skipped: list[Skipped] = []
    claims = claims_from_text(text, names=["Moira Gallacher"], skipped=skipped)
    assert skipped[0].reason == "commentary"
    recall = by_text(claims, "single recall")
    assert (recall.claimant, recall.subject) == ("Moira Gallacher", "Brackenfield Foods")
