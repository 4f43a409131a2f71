"""Rules of the ninth round (branch ``extract9``): classes of failure found on the writing of an
independent writer (the ``h7-*`` documents, now development data), each tested on sentences of
our own."""

from __future__ import annotations

from _articles import by_text, doc
from onrecord.check.claims.claimant import strip_framing
from onrecord.check.claims.extract import Skipped, claims_from_text
from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.org_words import stands_for


def _frame(sentence: str, lang: str) -> tuple[str | None, str]:
    return strip_framing(sentence, lang, NameContext([sentence], []), reported=True)


def _skips(text: str) -> dict[str, str]:
    skipped: list[Skipped] = []
    claims_from_text(text, skipped=skipped)
    return {" ".join(s.original.split()): s.reason for s in skipped}


# -- claimant: frames other writers use ------------------------------------------------------


def test_speaker_between_two_halves_of_a_quotation() -> None:
    who, rest = _frame('"The vans were sold," Mr Obi said, "because nobody wanted them."', "en")
    assert who == "Obi"
    assert rest == "The vans were sold because nobody wanted them."
    who, rest = _frame('"De zaal was vol," zegt Smit, "en niemand klaagde."', "nl")
    assert who == "Smit" and rest.startswith("De zaal was vol en niemand")


def test_speaker_before_a_colon_and_a_quotation() -> None:
    who, rest = _frame('Wethouder Anna de Vries: "De provincie keurde onze plannen goed."', "nl")
    assert who == "Anna de Vries"
    assert rest == "De provincie keurde onze plannen goed."


def test_dutch_inversion_after_a_fronted_adjunct() -> None:
    who, rest = _frame(
        "In dat interview beweert oud-directeur Kees Bakker dat de vereniging in 2023 geen "
        "belasting heeft betaald.",
        "nl",
    )
    assert who == "Kees Bakker"
    assert rest.startswith("De vereniging heeft")
    # not a speech verb after the adjunct: no frame
    assert _frame("In dat jaar kocht Kees Bakker dat pand.", "nl")[0] is None


def test_role_before_a_name_after_volgens() -> None:
    who, rest = _frame(
        "Volgens Bakker zou directeur Petra Smit de facturen zonder toestemming hebben betaald.",
        "nl",
    )
    assert who == "Bakker"
    assert rest.startswith("Directeur Petra Smit zou")


def test_news_adjunct_between_speech_verb_and_that() -> None:
    assert _frame("The union said on Monday that the drivers had voted to strike.", "en") == (
        "the union",
        "The drivers had voted to strike.",
    )
    who, rest = _frame("Harriet Vale said through her lawyer that she had warned the board.", "en")
    assert who == "Harriet Vale" and rest.startswith("She had warned")
    who, _ = _frame(
        "Its shop steward, Gary Pike, confirmed that Obi had shown him the payroll.", "en"
    )
    assert who == "Gary Pike"
    # a year stays a claim about what was said then; an organisation's confirmation its act
    assert _frame("Vale said in 2017 that the board had been told.", "en")[0] is None
    assert _frame("The Dutch firm Kessel confirmed that the bridge is safe.", "en")[0] is None


def test_present_speech_verbs_confirm_and_declare() -> None:
    who, rest = _frame("De wethouder bevestigt dat ze de brief heeft gelezen.", "nl")
    assert who == "de wethouder" and rest == "Ze heeft de brief gelezen."


def test_relative_clause_after_a_closing_frame() -> None:
    who, rest = _frame(
        '"We hebben alle facturen laten controleren," zegt Smit, die de club sinds 2018 leidt.',
        "nl",
    )
    assert who == "Smit" and rest == "We hebben alle facturen laten controleren."


def test_fronted_that_clause_admitted_by_its_speaker() -> None:
    who, rest = _frame("Dat de vereniging geld verloor, ontkent Bakker niet.", "nl")
    assert who == "Bakker" and rest.startswith("De vereniging")
    assert _frame("Dat de vereniging geld verloor, ontkent Bakker.", "nl")[0] is None
    assert _frame("That the plant lost money, Obi does not deny.", "en")[0] == "Obi"


# -- subject ----------------------------------------------------------------------------------

GALLERY = doc(
    "Tess Lowe",
    "en",
    "The Harwick Gallery of Modern Art lent four paintings to Tom Birch in 2019. "
    "The Hollins Trust paid for the frames.\n\n"
    "In March 2021 the gallery lent eleven drawings to Tom Birch, a banker.\n\n"
    '"Tom, keep them as long as you like," Clara Moss wrote on 3 May 2021.\n\n'
    "The gallery had no record of the loans until June.",
)


def test_subject_after_a_fronted_date_and_the_organisation_whose_name_holds_the_noun() -> None:
    claims = claims_from_text(GALLERY)
    # the name as the name finder reads it ("Harwick Gallery"), never Tom Birch or the Trust
    assert "Harwick Gallery" in (by_text(claims, "eleven drawings").subject or "")
    assert "Harwick Gallery" in (by_text(claims, "no record").subject or "")


def test_subject_of_a_quotation_is_its_writer() -> None:
    claims = claims_from_text(GALLERY)
    assert by_text(claims, "keep them").subject == "Clara Moss"


def test_contractions_are_no_names() -> None:
    ctx = NameContext(["\"They're safe, don't worry,\" she wrote."], [])
    assert [m.text for m in ctx.mentions("\"They're safe, don't worry,\" she wrote.")] == []


def test_initials_stand_for_the_organisation() -> None:
    assert stands_for("GRN", "Groenrecycling Noord")
    assert stands_for("HSE", "Health and Safety Executive")
    assert not stands_for("NHS", "Groenrecycling Noord")
    text = doc(
        "Piet Kok",
        "nl",
        "Afvalbedrijf Groenrecycling Noord haalt het afval op in Veenhorst.\n\n"
        "GRN heeft volgens de gemeente in 2023 te veel gerekend.",
    )
    assert "Groenrecycling Noord" in (by_text(claims_from_text(text), "te veel").subject or "")


def test_a_thing_continues_the_organisation_of_the_sentence_before() -> None:
    text = doc(
        "Sam Reid",
        "en",
        "Harbour Coaches Ltd cut its timetable by a third in May.\n\nThe bonuses were paid late.",
    )
    assert by_text(claims_from_text(text), "bonuses").subject == "Harbour Coaches Ltd"


# -- commentary, meta, announcements ----------------------------------------------------------


def test_commentary_other_writers_use() -> None:
    text = doc(
        "Sam Reid",
        "en",
        "Not everyone was pleased. Mr Obi treats the depot as his own. "
        "For a year nobody seemed to notice. It is to be inferred that the sale was a reprisal.",
    )
    skips = _skips(text)
    assert skips["Not everyone was pleased."] == "commentary"
    assert skips["Mr Obi treats the depot as his own."] == "commentary"
    assert skips["For a year nobody seemed to notice."] == "commentary"
    assert skips["It is to be inferred that the sale was a reprisal."] == "commentary"


def test_dutch_commentary_and_meta() -> None:
    text = doc(
        "Piet Kok",
        "nl",
        "Over haar eigen rol is Bakker opvallend kritisch. Raadslid Jan Mol gelooft daar niets "
        "van. Oud-directeur Kees Bakker ontvangt ons in zijn werkkamer. Ook dat klopt niet.",
    )
    skips = _skips(text)
    assert skips["Over haar eigen rol is Bakker opvallend kritisch."] == "commentary"
    assert skips["Raadslid Jan Mol gelooft daar niets van."] == "commentary"
    assert skips["Oud-directeur Kees Bakker ontvangt ons in zijn werkkamer."] == "meta"
    assert skips["Ook dat klopt niet."] == "commentary"


def test_announcements_other_writers_use() -> None:
    text = doc(
        "Piet Kok",
        "nl",
        "Daarnaast overweegt de club een kort geding. De raad eist opheldering van de "
        "burgemeester. Het bestuur vraagt de krant om een rectificatie. Het congres vindt dit "
        "jaar plaats op 3 oktober. Bakker begint in maart als adviseur bij een bank.",
    )
    skips = _skips(text)
    for s in (
        "Daarnaast overweegt de club een kort geding.",
        "De raad eist opheldering van de burgemeester.",
        "Het bestuur vraagt de krant om een rectificatie.",
        "Het congres vindt dit jaar plaats op 3 oktober.",
        "Bakker begint in maart als adviseur bij een bank.",
    ):
        assert skips[s] == "announcement", s
    en = _skips(
        doc("Sam Reid", "en", "Ms Pike would not rule it out. The Claimant claims damages.")
    )
    assert en["Ms Pike would not rule it out."] == "announcement"
    assert en["The Claimant claims damages."] == "announcement"
