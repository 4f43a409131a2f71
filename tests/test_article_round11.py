"""Rules of the eleventh round (branch ``extract11``): classes of failure found on the writing of
two independent writers (the ``h7-*`` and ``h8-*`` documents, now development data), each tested
on sentences of our own."""

from __future__ import annotations

from _articles import by_text, doc
from onrecord.check.claims.extract import Skipped, claims_from_text
from onrecord.check.claims.stance import is_going_to, is_stance
from onrecord.check.language.claim_names import NameContext
from onrecord.check.subjects.affiliation import stated_affiliations
from onrecord.check.subjects.coref import Discourse
from onrecord.check.subjects.speakers import speaker_org


def _skips(text: str) -> dict[str, str]:
    skipped: list[Skipped] = []
    claims_from_text(text, skipped=skipped)
    return {" ".join(s.original.split()): s.reason for s in skipped}


# -- transcripts: the interviewer's label ------------------------------------------------------


def test_interviewer_label_is_the_documents_voice_not_a_subject() -> None:
    text = doc(
        "Bert Kramer",
        "nl",
        "Brouwerij Hoptil sluit haar vestiging in Assen. Directeur Lotte Wiersma legt uit.\n\n"
        "**Vraag:** Leden zeggen dat de brouwerij al in maart verkocht was.\n\n"
        "**Wiersma:** Dat klopt niet, de verkoop volgde pas in juni.",
    )
    claims = claims_from_text(text)
    asked = by_text(claims, "in maart")
    assert "Vraag" not in asked.text and asked.claimant != "Vraag"
    assert all(c.subject != "Vraag" and "Vraag" not in c.text for c in claims)


def test_q_label_in_english_is_cut() -> None:
    text = doc(
        "Amy Holt",
        "en",
        "Harbourside Foods closed its Leith plant. Its chief executive, Colin Reid, spoke to us."
        "\n\nQ: Staff say the plant lost money in 2023.\n\n**Reid:** It did not.",
    )
    claims = claims_from_text(text)
    assert all(not c.text.startswith("Q") for c in claims)


# -- subject: "we" is the speaker's organisation -------------------------------------------------


def test_affiliation_shapes_in_both_languages() -> None:
    def org_of(phrase: str) -> str | None:
        return phrase if phrase[:1].isupper() else None

    def its(_: str) -> str:
        return "Tidewater Rowing Club"

    got = stated_affiliations(
        "Mira Osei is treasurer of Tidewater Rowing Club. Its chair, Sam Hollis, agreed.",
        org_of,
        its,
    )
    assert ("Mira Osei", "Tidewater Rowing Club") in got
    assert ("Sam Hollis", "Tidewater Rowing Club") in got
    got = stated_affiliations(
        "Kees Wolters is penningmeester van Stichting Duinzicht.", org_of, its
    )
    assert got == [("Kees Wolters", "Stichting Duinzicht")]


def test_we_in_an_op_ed_is_the_authors_organisation() -> None:
    text = doc(
        "Petra Zijlstra",
        "nl",
        "*Petra Zijlstra is coördinator van Stichting Buurtmaaltijd Oost.*\n\n"
        "Vorig jaar kookten we 4.100 maaltijden voor ouderen in de wijk.",
    )
    c = by_text(claims_from_text(text), "4.100 maaltijden")
    assert c.subject == "Stichting Buurtmaaltijd Oost"


def test_a_person_introduced_by_a_title_speaks_for_the_organisation_before() -> None:
    texts = [
        "Kilnworth Pottery Ltd is closing its shop in Stroud.",
        "Chairman Gareth Lowry took questions.",
    ]
    disc = Discourse(NameContext(texts, []), "Ben Marsh")
    disc.observe(texts[0], "Kilnworth Pottery Ltd")
    disc.observe(texts[1], "Gareth Lowry")
    assert speaker_org(disc, "Lowry") == "Kilnworth Pottery Ltd"


# -- subject: the main clause after a long adverbial --------------------------------------------


def test_long_fronted_adverbial_is_skipped_to_the_pronoun() -> None:
    text = doc(
        "Tom Ash",
        "en",
        "The report was written by Helen Marsh. In a memo to the council's housing committee "
        "dated 4 May 2023, she wrote that the tower needed new cladding.",
    )
    c = by_text(claims_from_text(text), "new cladding")
    assert c.subject == "Helen Marsh"


# -- names: organisations that look like persons -------------------------------------------------


def test_name_repeated_in_full_or_with_which_is_an_organisation() -> None:
    texts = [
        "Drivers at Tarrant Citylink voted to strike.",
        "Tarrant Citylink imposed the rota in May.",
        "Tarrant Citylink reported a profit of £2 million.",
        "Morwen Haulage, which is based in Truro, declined to comment.",
    ]
    ctx = NameContext(texts, [])
    assert ctx.classify("Tarrant Citylink") == "org"
    assert ctx.classify("Morwen Haulage") == "org"
    person = NameContext(["Sally Brandt spoke.", "Brandt said no.", "Sally Brandt left."], [])
    assert person.classify("Sally Brandt") == "person"


def test_and_inside_an_organisations_name() -> None:
    ctx = NameContext(["The Hale and Dunmore Health Trust runs the clinic."], [])
    names = [m.text for m in ctx.mentions("The Hale and Dunmore Health Trust runs the clinic.")]
    assert names == ["Hale and Dunmore Health Trust"]


# -- precision: stance by its shape ---------------------------------------------------------------


def test_counterfactual_duty_is_stance() -> None:
    assert is_stance("Dat had de gemeente veel eerder moeten melden.")
    assert is_stance("The board should have published the figures.")
    assert not is_stance("She wrote that the results should stay in the drawer.")
    assert not is_stance("De gemeente had in 2023 een tekort van 2 miljoen euro.")


def test_open_question_and_bare_exclamation_are_stance() -> None:
    assert is_stance("Of de fabriek ooit weer opengaat, is nog onzeker.")
    assert is_stance("Whether the club survives is an open question.")
    assert is_stance("Na de verkiezingen!")
    assert not is_stance("The club survived the winter.")


def test_first_person_attitude_is_stance_a_past_act_is_not() -> None:
    assert is_stance("Ik gun de buurt haar nieuwe park.")
    assert is_stance("De zorgen van de bewoners begrijp ik heel goed.")
    assert is_stance("I am grateful to the members for their support.")
    assert not is_stance("I sent the invoice to the council every month.")
    assert not is_stance("Ik heb de burgemeester op 3 mei gebeld.")
    assert not is_stance("I will not comment further.")  # an announcement, decided elsewhere


def test_dutch_future_with_gaan_is_an_announcement() -> None:
    assert is_going_to("Het bestuur gaat de uitspraak bestuderen en beslist daarna.")
    assert not is_going_to("Het gaat om 3 miljoen euro.")
    assert not is_going_to("De verkoop gaat door.")
    # the first person too: "Ik ga de raad geen halve getallen sturen" (h13), not "Ik ga naar huis"
    assert is_going_to("Ik ga de raad geen halve getallen sturen.")
    assert is_going_to("Ik ga dit probleem oplossen.")
    assert not is_going_to("Ik ga er niet over.")
    assert not is_going_to("Ik ga in maart naar Den Haag.")
    skips = _skips(doc("Jan Bos", "nl", "De vereniging gaat het besluit aanvechten."))
    assert skips.get("De vereniging gaat het besluit aanvechten.") == "announcement"
