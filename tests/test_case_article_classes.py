"""The failure classes of claim extraction seen on the four case articles moved to dev
(``havenstad-oudmeer``, ``ravenwijk-molenaars``, ``veldmere-mill``, ``lumen-counterclaim``),
one test per rule, on their own sentences: titles and organisations next to a name, a legal
caption, reported speech at the end and after an apposition, organisations named by their kind
("de zorggroep", "the club"), descriptions that resolve to no name, and sentences that are no
claim but hold one in a relative clause."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import Claim, Skipped, claims_from_args, claims_from_text
from onrecord.check.language.claim_names import NameContext

HAVENSTAD = ("Marieke Dijkstra", "James Whitfield", "Anouk Verbeek", "Ruud Bosman")
RAVENWIJK = ("Joost van Lier", "Daniel Price", "Marloes de Graaf", "Bram Koster")
VELDMERE = ("Ingrid Haverkamp", "Peter Lindqvist", "Sanne Kuipers", "Rachel Dunmore")
LUMEN = ("Marcus Vale", "Ilse Okafor", "Daan de Groot")


def _claims(
    text: str, lang: str, names: tuple[str, ...] = (), skipped: list[Skipped] | None = None
) -> list[Claim]:
    return claims_from_text(text, lang=lang, names=names, skipped=skipped)


def _one(text: str, lang: str, names: tuple[str, ...] = ()) -> Claim:
    claims = _claims(text, lang, names)
    return claims[-1]


# ------------------------------------------------------------------ titles next to a name


def test_a_compound_title_or_a_role_with_its_field_is_not_the_subject() -> None:
    text = (
        "Zorgdirecteur Anouk Verbeek waarschuwde in januari 2021 dat de rit naar het ziekenhuis "
        "voor vrouwen uit de polder ruim een half uur langer zou worden."
    )
    assert _one(text, "nl", HAVENSTAD).subject == "Anouk Verbeek"
    text = "Hoofd jeugdopleiding Marloes de Graaf vertrok in de zomer van 2023."
    assert _one(text, "nl", RAVENWIJK).subject == "Marloes de Graaf"
    ctx = NameContext([], ["Ingrid Haverkamp"])
    assert [m.text for m in ctx.mentions("Oud-wethouder Ingrid Haverkamp zweeg.")] == [
        "Ingrid Haverkamp"
    ]


def test_a_person_of_an_organisation_is_two_names() -> None:
    ctx = NameContext([], HAVENSTAD)
    text = "Bestuursvoorzitter Marieke Dijkstra van Havenstad Zorggroep ging akkoord."
    assert [(m.text, m.kind) for m in ctx.mentions(text)] == [
        ("Marieke Dijkstra", "person"),
        ("Havenstad Zorggroep", "org"),
    ]
    # the role is hers, not the organisation's: "de bestuursvoorzitter" is Dijkstra
    claims = _claims(
        text + " Begin februari zei de bestuursvoorzitter in een interview nog dat zij altijd "
        "tegen de sluiting was geweest.",
        "nl",
        HAVENSTAD,
    )
    assert claims[-1].subject == "Marieke Dijkstra"
    assert claims[-1].text.startswith("Begin februari zei Marieke Dijkstra in een interview")


# ------------------------------------------------------------------ a legal caption


def test_plaintiff_is_the_first_party_of_the_caption() -> None:
    text = (
        "---\ntitle: Vale v. Lumen Labs - Answer and Counterclaim (excerpt)\nauthor: Lumen Labs\n"
        "---\n1. Defendant Lumen Labs was founded in 2015 by Marcus Vale, Ilse Okafor and Daan "
        "de Groot.\n2. Plaintiff alleges that Lumen promised to share all of its research with "
        'the public.\n3. Plaintiff replied the same day with the single word "Yup".\n'
        "4. Plaintiff now claims that this reply referred to a different question.\n"
    )
    founded, alleged, replied, reply = _claims(text, "en", LUMEN)
    assert founded.subject == "Lumen Labs"
    # "Plaintiff alleges that Lumen ...": the role stands before no name here
    assert alleged.claimant == "Vale" and alleged.subject == "Lumen"
    assert replied.subject == "Vale" and replied.text.startswith("Vale replied")
    # "this reply": the one who replied, the subject before
    assert reply.claimant == "Vale" and reply.subject == "Vale"


# ------------------------------------------------------------------ not claims


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Plaintiff's lawsuit is without merit.", "commentary"),
        ("Lumen denies each allegation not expressly admitted above.", "meta"),
        ("Additional reporting by Femke de Boer.", "byline"),
        ("Whitfield laat weten dat hij achter zijn voorstel blijft staan.", "commentary"),
        ("The company stands by its decision.", "commentary"),
    ],
)
def test_legal_boilerplate_bylines_and_stances_are_skipped(text: str, reason: str) -> None:
    skipped: list[Skipped] = []
    assert _claims(text, "nl" if " dat " in text else "en", LUMEN, skipped) == []
    assert [s.reason for s in skipped] == [reason]


def test_the_authors_demand_by_its_short_name_is_an_announcement() -> None:
    text = (
        "---\nauthor: Lumen Labs\n---\nLumen asks the Court to dismiss the complaint and to award "
        "damages."
    )
    skipped: list[Skipped] = []
    assert _claims(text, "en", LUMEN, skipped) == []
    assert [s.reason for s in skipped] == ["announcement"]


def test_a_relative_clause_is_a_claim_in_a_sentence_that_is_none() -> None:
    text = (
        "Halstead, which bought Korvane in 2009, did not respond to questions about the future "
        "of the site."
    )
    (claim,) = _claims(text, "en", VELDMERE)
    assert claim.text == "Halstead bought Korvane in 2009." and claim.subject == "Halstead"
    text = "Whitfield, die inmiddels in Leeds werkt, laat weten dat hij achter zijn voorstel blijft staan."
    (claim,) = _claims(text, "nl", HAVENSTAD)
    assert claim.text == "Whitfield werkt inmiddels in Leeds."


def test_plans_as_a_noun_and_a_date_in_an_earlier_year_are_no_announcement() -> None:
    text = (
        "Alderman Ingrid Haverkamp had promised in 2019 to keep the mill open. She now backs "
        "plans to build housing on the harbour site."
    )
    claims = _claims(text, "en", VELDMERE)
    assert [c.subject for c in claims] == ["Ingrid Haverkamp", "Ingrid Haverkamp"]
    assert _claims("Lumen plans to appeal the ruling.", "en", LUMEN) == []
    text = (
        "---\nauthor: Supportersvereniging De Molenaars\ndate: 2024-02-12\n---\n"
        "Wij hoorden het nieuws pas op 1 maart 2021, uit een mail aan alle leden."
    )
    (claim,) = _claims(text, "nl", RAVENWIJK)
    assert claim.subject == "Supportersvereniging De Molenaars"
    assert _claims("De vereniging houdt op 20 februari een ledenvergadering.", "nl") == []


def test_a_reported_announcement_is_still_one() -> None:
    text = "Brightwater will publish an independent review in the autumn, the company said."
    assert _claims(text, "en") == []


# ------------------------------------------------------------------ reported speech


def test_dutch_frames_at_the_end_with_a_quote_an_adverb_or_a_role() -> None:
    text = (
        "Zij gaf verzekeraar DeltaZorg de schuld. 'DeltaZorg liet ons geen keus,' zegt Dijkstra "
        "ook nu. De ondernemingsraad is nooit om advies gevraagd, stelt voorzitter Ruud Bosman."
    )
    _, keus, raad = _claims(text, "nl", HAVENSTAD)
    assert (keus.text, keus.claimant, keus.subject) == (
        "DeltaZorg liet ons geen keus.",
        "Dijkstra",
        "DeltaZorg",
    )
    assert (raad.claimant, raad.subject) == ("Ruud Bosman", "De ondernemingsraad")


def test_an_adverb_after_the_framing_verb_and_a_quantified_subject() -> None:
    text = (
        "Van Lier beweert ook dat de supportersvereniging vanaf de eerste dag aan tafel zat. "
        "Volgens Van Lier stemden vrijwel alle leden voor."
    )
    doc = "---\nauthor: Supportersvereniging De Molenaars\n---\n" + text
    tafel, leden = _claims(doc, "nl", RAVENWIJK)
    assert tafel.claimant == "Van Lier"
    assert tafel.subject == "Supportersvereniging De Molenaars"  # the author, by its kind
    assert (leden.text, leden.claimant) == ("Vrijwel alle leden stemden voor.", "Van Lier")
    assert leden.subject == "Vrijwel alle leden"


def test_the_reporting_past_frames_in_a_document_not_in_a_claim_of_its_own() -> None:
    text = (
        "Halstead Industries closed its Korvane paper mill in the Dutch city of Veldmere on "
        "Friday. Of the 640 jobs at the mill, 260 moved to Halstead's plant in Hengelo, the "
        "company said. Peter Lindqvist, Halstead's chief financial officer, said the Veldmere "
        "mill had lost money every year since 2018."
    )
    _, jobs, money = _claims(text, "en", VELDMERE)
    assert jobs.claimant == "Halstead Industries" and jobs.subject == "Halstead"  # not Hengelo
    assert money.claimant == "Peter Lindqvist"
    assert money.text == "The Veldmere mill had lost money every year since 2018."
    assert money.subject == "Korvane"  # "the mill": the Korvane paper mill
    (arg,) = claims_from_args(["Peter Lindqvist said that the mill had lost money."])
    assert arg.claimant is None and arg.text.startswith("Peter Lindqvist said")


def test_an_opinion_someone_reports_is_commentary() -> None:
    skipped: list[Skipped] = []
    text = "Vale met Smith in 2018. He said the board was wrong."
    assert [c.text for c in _claims(text, "en", LUMEN, skipped)] == ["Vale met Smith in 2018."]
    assert [s.reason for s in skipped] == ["commentary"]


# ------------------------------------------------------------------ organisations by kind


def test_an_organisation_named_by_its_kind() -> None:
    text = (
        "Voorzitter Joost van Lier van SC Ravenwijk trok zijn woorden niet in. De club verlaagde "
        "het budget in 2022 tot 420.000 euro. In Oudmeer telde de zorggroep in 2020 ruim 300 "
        "bevallingen."
    )
    doc = "Bestuursvoorzitter Marieke Dijkstra van Havenstad Zorggroep zweeg. " + text
    claims = _claims(doc, "nl", HAVENSTAD + RAVENWIJK)
    assert [c.subject for c in claims[-2:]] == ["SC Ravenwijk", "Havenstad Zorggroep"]
    assert NameContext([]).classify("SC Ravenwijk") == "org"


def test_a_description_without_a_name_is_the_subject_itself() -> None:
    text = (
        "The city had tried for two years to keep the mill open. In 2019 it cut the lease of "
        "the harbour site by 30 per cent for two years."
    )
    tried, cut = _claims(text, "en", VELDMERE)
    assert tried.subject == cut.subject == "The city"
    assert (
        cut.text
        == "In 2019 the city cut the lease of the harbour site by 30 per cent for two years."
    )
    text = "In werkelijkheid stemden 412 leden voor en 265 tegen."
    assert _one(text, "nl", RAVENWIJK).subject == "412 leden"
    # a restrictive relative clause defines the person: not the one named before
    text = (
        "Owen Pryce approved the price rise. The engineer who first reported the leak now works "
        "for a competitor."
    )
    assert _one(text, "en", ("Owen Pryce",)).subject == "The engineer"


def test_the_report_of_an_organisation_named_before() -> None:
    text = (
        "Hoekstra kreeg in oktober 2022 een rapport van ingenieursbureau Stelvia. Het rapport, "
        "zo laat Stelvia weten, adviseerde de brug direct af te sluiten voor vrachtverkeer."
    )
    assert _one(text, "nl", ("Joost Hoekstra",)).subject == "Stelvia"


# ------------------------------------------------------------------ splits and texts


def test_which_after_an_organisation_is_a_second_claim() -> None:
    text = (
        "The remaining 380 workers were laid off by Korvane, which paid 9 million euros into a "
        "social plan."
    )
    laid_off, paid = _claims(text, "en", VELDMERE)
    assert laid_off.text == "The remaining 380 workers were laid off by Korvane."
    assert paid.text == "Korvane paid 9 million euros into a social plan."
    assert laid_off.subject == paid.subject == "Korvane"
    # after a person, or after no name, "which" may stand for the clause: no split
    assert len(_claims("Vale resigned in 2018, which surprised the board.", "en", LUMEN)) == 1


def test_a_possessive_subject_keeps_its_noun() -> None:
    text = (
        "Zorgdirecteur Anouk Verbeek waarschuwde in januari 2021 voor de sluiting. Haar bezwaar "
        "werd volgens de stukken niet besproken in de raad van bestuur."
    )
    assert _one(text, "nl", HAVENSTAD).text == (
        "Anouk Verbeeks bezwaar werd niet besproken in de raad van bestuur."
    )


# ------------------------------------------------------------------ three more dev documents

KESTREL = ("Martin Hale", "Sarah Okoye", "Paul Dunn")
GRAFTON = ("Eva Smit", "Ruben Kok", "Hanneke de Vries")
NORTHGATE = ("Alan Reeve", "Lisa Grant")


def test_a_quote_the_speaker_frames_at_the_end_and_its_first_person() -> None:
    text = (
        'Northgate FC chairman Alan Reeve held talks with a fund. "We never discussed a sale," '
        "Reeve said on Wednesday."
    )
    quote = _claims(text, "en", NORTHGATE)[-1]
    assert quote.text == "Reeve never discussed a sale."
    assert quote.claimant == quote.subject == "Reeve"


def test_a_quote_that_goes_on_is_the_same_speakers() -> None:
    text = (
        "Eva Smit werkte zeventien jaar bij Grafton Bouw.\n\n'Ik heb het eerst aan mijn "
        "leidinggevende verteld,' zegt Smit. 'Daarna heb ik het op papier gezet.'\n\n"
        "'Kok heeft nooit gereageerd.'"
    )
    doc = "---\nauthor: Koen Bakker\n---\n" + text
    _, told, wrote, later = _claims(doc, "nl", GRAFTON)
    assert (told.claimant, told.subject) == ("Smit", "Smit")  # "ik": the speaker
    assert (wrote.claimant, wrote.subject) == ("Smit", "Smit")
    assert later.claimant == "Koen Bakker"  # a new paragraph: no longer hers


def test_a_pronoun_speaker_at_the_end_and_it_for_the_speaking_organisation() -> None:
    text = (
        "Sarah Okoye, who represents the pilots, wrote to Hale on 3 December 2024. He never "
        "answered her letter, she says."
    )
    wrote, represents, answered = _claims(text, "en", KESTREL)
    assert represents.text == "Sarah Okoye represents the pilots."
    assert wrote.subject == "Sarah Okoye"
    assert (answered.claimant, answered.subject) == ("Sarah Okoye", "Hale")
    text = (
        "The Northgate Supporters' Trust, which owns 12 per cent of the club, says it was never "
        "told about the offer."
    )
    told, owns = _claims(text, "en", NORTHGATE)
    assert owns.subject == "Northgate Supporters' Trust"
    assert told.claimant == "the Northgate Supporters' Trust"
    assert told.subject == "Northgate Supporters' Trust"


def test_an_organisation_speaking_of_its_own_affairs() -> None:
    text = (
        "Let's be clear about what happened at Kestrel Airways last winter. Three of its "
        "turboprops were grounded in January 2025. Kestrel says the inspections were postponed "
        "because no hangar was free."
    )
    grounded, postponed = _claims(text, "en", KESTREL)
    assert grounded.subject == "Kestrel Airways"
    assert grounded.text == "Three of Kestrel Airways' turboprops were grounded in January 2025."
    # the organisation speaking, by the name it was introduced with
    assert (postponed.claimant, postponed.subject) == ("Kestrel", "Kestrel Airways")
    text = (
        "Eva Smit werkte zeventien jaar als uitvoerder bij Grafton Bouw. Het bedrijf laat weten "
        "dat het ontslag niets met de melding te maken had. Smit zou volgens de bouwer "
        "'structureel te laat' op de bouwplaats zijn gekomen. Volgens de gemeente Deventer "
        "betaalde het bedrijf 340.000 euro voor de reparatie."
    )
    _, ontslag, laat, kosten = _claims(text, "nl", GRAFTON)
    assert (ontslag.claimant, ontslag.subject) == ("Grafton Bouw", "Grafton Bouw")
    assert ontslag.text == "Het ontslag had niets met de melding te maken."
    assert laat.claimant == "Grafton Bouw"  # "de bouwer"
    assert (kosten.claimant, kosten.subject) == ("de gemeente Deventer", "Grafton Bouw")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Passengers deserve answers, and they deserve them now.", "commentary"),
        ("Supporters are furious.", "commentary"),
        ("Smit moet erom lachen.", "commentary"),
        ("Smit hoopt op een eerherstel.", "commentary"),
        ("There is nothing to discuss.", "commentary"),
        ('Its chair, Dave Morton, called the talks "a betrayal".', "commentary"),
        ("Directeur Hanneke de Vries van Grafton Bouw wil niet ingaan op de zaak.", "meta"),
    ],
)
def test_feelings_wishes_verdicts_and_refusals_are_no_claims(text: str, reason: str) -> None:
    skipped: list[Skipped] = []
    lang = "nl" if "Smit" in text or "Grafton" in text else "en"
    assert _claims(text, lang, GRAFTON + NORTHGATE, skipped) == []
    assert [s.reason for s in skipped] == [reason]


def test_a_verdict_on_record_is_a_claim() -> None:
    text = 'The price rise was approved by Owen Pryce, who called it "absurd" in a letter.'
    assert len(_claims(text, "en", ("Owen Pryce",))) == 2


def test_the_authors_biography_is_a_byline() -> None:
    text = (
        "---\nauthor: Fiona Ward\n---\n*Fiona Ward is a former air accident investigator.*\n\n"
        "Safety director Paul Dunn resigned in February."
    )
    skipped: list[Skipped] = []
    (claim,) = _claims(text, "en", KESTREL, skipped)
    assert claim.subject == "Paul Dunn" and [s.reason for s in skipped] == ["byline"]
