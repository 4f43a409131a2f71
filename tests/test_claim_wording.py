"""A claim says what its sentence said: two clauses two claims, and a subject phrase written as
a name only where the name is what the phrase stood for (session 31)."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.claims.tail_subject import tail_subject
from onrecord.check.claims.written_referent import written_referent
from onrecord.check.language.claim_names import NameContext, token_spans
from onrecord.check.language.nl_order import reorder_subordinate
from onrecord.check.subjects.coref import Discourse
from onrecord.check.subjects.subject_fallback import last_resort


def _texts(text: str) -> list[str]:
    return [c.text for c in claims_from_text(text)]


def _with(text: str, word: str) -> str:
    """The first claim of ``text`` that has ``word`` in it ("" when none)."""
    return next((t for t in _texts(text) if word in t), "")


def test_a_clause_opened_by_an_owner_is_a_claim_of_its_own() -> None:
    got = _texts(
        "According to the tender notice, the deadline for bids was 14 November 2025, and "
        "Greystone's bid arrived on 19 November."
    )
    assert got == [
        "The deadline for bids was 14 November 2025.",
        "Greystone's bid arrived on 19 November.",
    ]


def test_a_share_of_the_group_and_an_existential_clause_are_claims_of_their_own() -> None:
    got = _texts(
        "Stenmouth Town Council received 2,314 responses, and 81 per cent of them opposed the "
        "evening charge."
    )
    assert got[0] == "Stenmouth Town Council received 2,314 responses."
    assert got[1].endswith("opposed the evening charge.")
    got = _texts(
        "De informatieavond werd pas vijf dagen van tevoren aangekondigd, en er waren maar "
        "zestig stoelen."
    )
    assert got == [
        "De informatieavond werd pas vijf dagen van tevoren aangekondigd.",
        "Er waren maar zestig stoelen.",
    ]


def test_one_denial_of_two_things_stays_one_claim() -> None:
    got = _texts("Tidewell said there have been no talks, and there is no process.")
    assert len(got) == 1


def test_contractions_and_names_are_no_owners() -> None:
    def n(s: str) -> int:
        return tail_subject(token_spans(s), "en")

    assert n("Here's the point that matters most") == 0
    assert n("its members were told on Monday") == 2
    assert n("Greystone's late bid arrived on 19 November") == 3
    assert n("Greystone Environmental bid again") == 0


def test_a_relative_clause_of_two_assertions_gives_two_claims() -> None:
    got = _texts(
        "Drury, who left Halvard in 2023 and now chairs a housing charity in Harrogate, is not "
        "charged."
    )
    assert "Drury left Halvard in 2023." in got
    assert "Drury now chairs a housing charity in Harrogate." in got
    assert "Drury is not charged." in got


def test_a_demonstrative_object_does_not_open_a_clause() -> None:
    got = _texts(
        "Roelofs bood 410.000 euro voor de aandelen. Kamphuis weigerde dat bod en stapte naar "
        "de rechter."
    )
    assert "Kamphuis stapte naar de rechter." in got


def test_a_thing_or_someone_new_keeps_its_words() -> None:
    text = (
        "Het artikel meldt dat de corporatie in 2024 een renovatie van de Zuiderhof heeft "
        "uitgesteld. De renovatie is uitgesteld omdat de aannemer failliet ging. Inmiddels is een "
        "nieuwe aannemer gecontracteerd."
    )
    got = _texts(text)
    assert any(t.startswith("De renovatie is uitgesteld") for t in got)
    assert "Inmiddels is een nieuwe aannemer gecontracteerd." in got
    got = _texts(
        "Our chief operating officer, Declan Fairweather, offered to be interviewed on camera; "
        "that offer was declined."
    )
    assert "That offer was declined." in got


def test_a_first_person_possessive_of_an_organisation_keeps_its_noun() -> None:
    text = (
        "---\nauthor: Stichting Bodemwacht\nlang: nl\n---\nStichting Bodemwacht mat in 2025 het "
        "huisstof in 40 woningen. Ons onderzoek zegt niets over de gezondheid van de bewoners.\n"
    )
    assert _with(text, "gezondheid").startswith("Stichting Bodemwachts onderzoek zegt niets")
    text = (
        "---\nauthor: Quillfeather Therapeutics\n---\nQuillfeather Therapeutics had a good year. "
        "Our cash position at year end was $187 million.\n"
    )
    assert (
        _with(text, "$187")
        == "Quillfeather Therapeutics' cash position at year end was $187 million."
    )


def test_a_time_clause_about_her_is_not_about_the_council() -> None:
    got = _texts(
        "Mayor Jane Quenby spoke on Monday. According to the mayor, Halverstow Borough Council "
        "has built 1,200 affordable homes since she took office."
    )
    assert "Halverstow Borough Council took office." not in got


def test_its_in_what_an_organisation_says_is_that_organisation() -> None:
    deadline = "The deadline for bids was 14 November 2025."
    said = "Greystone Environmental Ltd has said that its bid was submitted on time."
    got = _with(f"{deadline} {said}", "submitted")
    assert got.startswith("Greystone Environmental Ltd's bid was submitted")


def test_a_name_that_modifies_a_noun_leaves_the_noun_to_the_relative_clause() -> None:
    got = _texts("The Liberal Democrat group, which holds nine seats, proposed an amendment.")
    assert "The Liberal Democrat group holds nine seats." in got
    got = _texts(
        "The Dutch engineering firm Vandermeer, which employs 400 people, won the contract."
    )
    assert "Vandermeer employs 400 people." in got


def test_a_question_word_or_here_is_no_bare_subject() -> None:
    text = "When did you first think the budget would not hold? Here is what I do know."
    disc = Discourse(NameContext([text]))
    assert last_resort(disc, "When did you first think the budget would not hold?", None) is None
    assert last_resort(disc, "Here is what I do know.", None) is None
    assert last_resort(disc, "Reserves would fall below the legal minimum.", None) == "Reserves"


def test_a_source_released_by_someone_is_a_fact_the_reporters_seeing_is_not() -> None:
    got = _texts(
        "Het college wist het al in maart. Dat blijkt uit 86 mails die de gemeente Hollerdam "
        "vorige week openbaar maakte na een Woo-verzoek van deze krant."
    )
    assert (
        "De gemeente Hollerdam maakte 86 mails vorige week openbaar na een Woo-verzoek van deze krant."
        in got
    )
    got = _texts("De leiding lekte. Dat blijkt uit interne stukken die RTV Oost heeft ingezien.")
    assert not any("ingezien" in t for t in got)
    got = _texts(
        "De gemeente wist het. Dat blijkt uit mails die wij via een Woo-verzoek opvroegen."
    )
    assert not any("opvroegen" in t for t in got)


def test_a_sports_hall_named_like_a_person_is_no_one_a_role_stands_for() -> None:
    text = (
        "---\nauthor: Joris Wijnands\nlang: nl\n---\nIk was projectleider voor de nieuwe sporthal "
        "De Kolk. Mijn direct leidinggevende was afdelingshoofd Marieke Schouten.\n"
    )
    last = claims_from_text(text)[-1]
    assert last.subject == "Marieke Schouten"
    assert last.text.startswith("Mijn direct leidinggevende was")


def test_a_dutch_subordinate_clause_ends_in_its_verb_when_the_lexicon_lacks_it() -> None:
    got = _texts("Uit de notulen blijkt dat de wethouder het plan kende.")
    assert got == ["De wethouder kende het plan."]
    got = _texts("De raad zegt dat de gemeente de klachten jarenlang negeerde.")
    assert got == ["De gemeente negeerde de klachten jarenlang."]
    # a participle, a noun after an article or a number ends it: no verb moved
    ctx = NameContext([""])
    for clause in ("U de raad onvolledig hebt geïnformeerd.", "De druk opliep tot 236 bar."):
        assert reorder_subordinate(clause, ctx) == clause


def test_that_email_is_the_email_the_sentence_before_says_someone_wrote() -> None:
    hartley = (
        "Owen Hartley, then the council's procurement lead, wrote to Pryce on 8 March 2024 that "
        'the contact "needs to stop today".'
    )
    got = written_referent(
        "Pryce forwarded that email to Marsh.", [hartley, "He copied in Quayle."]
    )
    assert got == "Pryce forwarded Owen Hartley's email of 8 March 2024 to Marsh."
    lubbers = "Daarin schreef Lubbers op 20 oktober 2021 dat de minister het risico kent."
    got = written_referent("Hoekema zei zich die e-mail niet te herinneren.", [lubbers])
    assert got == "Hoekema zei zich de e-mail van Lubbers van 20 oktober 2021 niet te herinneren."
    # a pronoun writer, or no one writing, leaves the claim as it is
    for before in ("I wrote to Alison Thorne on 5 September.", "The board met on 5 September."):
        assert written_referent("She never answered that letter.", [before]) == (
            "She never answered that letter."
        )
    text = (
        'On 2 October, Fenn emailed Rourke to say the valuation "could not be revisited". '
        "Rourke forwarded that email to Dorsey the same day."
    )
    assert "Rourke forwarded Fenn's email of 2 October to Dorsey the same day." in _texts(text)


def test_after_volgens_the_whole_subject_comes_before_the_verb() -> None:
    # the subject's adjective in -e, its number, a second "van" phrase and a named place stay
    # with it: "De overstap zou naar CloudVault ..." had split the subject
    cases = {
        "Volgens Hoekstra is de uitstoot van de complete vloot tussen 2016 en 2022 met 12% "
        "gedaald.": "De uitstoot van de complete vloot is tussen 2016 en 2022 met 12% gedaald.",
        "Volgens Rachel Coyle zou de overstap naar CloudVault het ziekenhuis 22.000 euro per jaar "
        "besparen.": "De overstap naar CloudVault zou het ziekenhuis 22.000 euro per jaar besparen.",
        "Volgens Bart de Graaf vertrokken de zeven musici allemaal vrijwillig.": (
            "De zeven musici vertrokken allemaal vrijwillig."
        ),
        "Volgens Hoekstra ging de werf in Gdansk in 2017 15% meer rekenen.": (
            "De werf in Gdansk ging in 2017 15% meer rekenen."
        ),
        "Volgens Hoekstra gingen 29 van de 117 medewerkers van Haskerdam mee naar Veendam.": (
            "29 van de 117 medewerkers van Haskerdam gingen mee naar Veendam."
        ),
        # a month is a time, not a place of the subject
        "Volgens de wethouder kreeg de gemeente in maart een boete.": (
            "De gemeente kreeg in maart een boete."
        ),
    }
    for sentence, claim in cases.items():
        [got] = claims_from_text(sentence)
        assert got.text == claim
