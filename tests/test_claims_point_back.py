"""A claim that only points back ("Farrant disputes that.", "De raad van toezicht heeft dat
bevestigd.") carries the claim of the sentence before (onrecord.check.claims.point_back via
claims_from_text); its span stays its own sentence."""

from __future__ import annotations

from dataclasses import replace

from onrecord.check.claims.correction import after_judgement
from onrecord.check.claims.extract import claims_from_text
from onrecord.check.claims.point_back import points_back, with_pointed


def _claim(text: str, start: str, lang: str):
    claims = claims_from_text(text, lang=lang)
    return next(c for c in claims if c.original.startswith(start))


def test_dutch_confirmation_gets_the_fact_before() -> None:
    text = (
        "Ammerlaan heeft op 28 januari zelf haar ontslag ingediend, met ingang van 1 april. "
        "De raad van toezicht heeft dat tegenover deze krant bevestigd."
    )
    claim = _claim(text, "De raad van toezicht", "nl")
    assert claim.text == (
        "De raad van toezicht heeft tegenover deze krant bevestigd: Ammerlaan heeft op 28 "
        "januari zelf haar ontslag ingediend, met ingang van 1 april."
    )
    assert claim.original == "De raad van toezicht heeft dat tegenover deze krant bevestigd."
    assert text[claim.span[0] : claim.span[1]] == claim.original  # evidence span stays exact


def test_english_dispute_gets_the_claim_before() -> None:
    text = (
        "The club secretary, Lorna Keating, says the planning permission lapsed in May. "
        "Gideon Farrant disputes that."
    )
    claim = _claim(text, "Gideon Farrant", "en")
    assert claim.text.startswith("Gideon Farrant disputes: ")
    assert "planning permission lapsed in May" in claim.text
    assert claim.subject == "Gideon Farrant"


def test_stance_taker_without_a_name_tells_the_earlier_subject() -> None:
    text = (
        "Woningcorporatie Woonkring heeft in alle getroffen woningen ventilatie aangebracht. "
        "Huurders die deze krant sprak, herkennen dat niet."
    )
    claim = _claim(text, "Huurders", "nl")
    assert claim.text.startswith("Huurders die deze krant sprak, herkennen niet: ")
    earlier = _claim(text, "Woningcorporatie", "nl")
    # where the stance-taker resolves to no party, the claim is the earlier subject's
    unresolved = replace(claim, text=claim.original, subject=None)
    (got,) = with_pointed([unresolved], [earlier])
    assert got.claimant == "Huurders die deze krant sprak"
    assert got.subject == earlier.subject and "Woonkring" in got.subject
    assert got.original == claim.original


def test_contradiction_with_relative_clause_in_the_subject() -> None:
    m = points_back(
        "Voorzitter Miranda Tjalsma, die sinds 2020 aan het hoofd van de vereniging staat, "
        "spreekt dat tegen."
    )
    assert m is not None and m.group("pro") == "dat"


def test_sentences_that_do_not_point_back_are_left_alone() -> None:
    for sentence in (
        "Aspley confirmed that the letter had arrived.",  # "that" opens a clause
        "Whitcombe disputes that account.",  # "that" is a determiner
        "Het bedrijf erkent dat het fout zat.",
        "Hij spreekt dat tegen de raad uit.",  # no separable "tegen" at the end
        "Brink ontkent dat.",  # a bare denial stays as the dev gold writes it
        "She denies this.",
        "Rourke voted against it.",  # no stance on what was said
    ):
        assert points_back(sentence) is None, sentence
    text = "Brink kreeg een boete. Brink ontkent dat."
    assert _claim(text, "Brink ontkent", "nl").text == "Brink ontkent dat."


def test_no_claim_right_before_leaves_it() -> None:
    text = "Dat is jammer, zegt de wethouder.\n\nDe gemeente bevestigt dat."
    claims = claims_from_text(text, lang="nl")
    assert all(":" not in c.text for c in claims)


def test_demonstrative_thing_gets_its_owner_from_the_sentence_before() -> None:
    text = (
        "Coalitiepartij Samen Haverbroek diende wel een motie in die de wethouder opdraagt "
        "voortaan elk kwartaal over De Kampe te rapporteren. Die motie werd unaniem aangenomen."
    )
    claim = _claim(text, "Die motie", "nl")
    assert claim.text == "De motie van Samen Haverbroek werd unaniem aangenomen."
    assert claim.subject is not None and claim.subject.startswith("Samen")
    assert claim.original == "Die motie werd unaniem aangenomen."


def test_a_letter_is_owned_by_its_writer() -> None:
    text = (
        "Wethouder Fenna Lautenbach schreef daarna aan Zorgkring dat de gemeente bereid is de "
        "huur van het pand twee jaar lang te betalen. Op die brief is nooit gereageerd."
    )
    claim = _claim(text, "Op die brief", "nl")
    assert claim.text == "Op de brief van Fenna Lautenbach is nooit gereageerd."


def test_no_owner_where_none_brought_the_thing_in() -> None:
    # "De gemeente" is a description, "dat jaar" a time, "die e-mail van ..." says which
    for text, start, lang in (
        (
            "De gemeente wil een nieuw veld aanleggen. Voor dat veld is nog geen vergunning "
            "aangevraagd.",
            "Voor dat veld",
            "nl",
        ),
        ("Kestrel Air bought a new hangar in 2019. That year its profits fell.", "That year", "en"),
        (
            "Okafor stuurde een e-mail aan Vale. Die e-mail van 3 mei noemde de fout.",
            "Die e-mail",
            "nl",
        ),
    ):
        claim = _claim(text, start, lang)
        assert " van De gemeente" not in claim.text and "'s year" not in claim.text, claim.text
        assert "e-mail van Okafor" not in claim.text, claim.text


def test_correction_after_a_judgement_is_the_claim() -> None:
    text = (
        "In een eerdere versie van dit profiel stond dat Klaverstede in 2016 werd opgericht. "
        "Dat is onjuist: de coöperatie werd opgericht in 2018."
    )
    claim = _claim(text, "Dat is onjuist", "nl")
    assert claim.text == "De coöperatie werd opgericht in 2018."
    assert claim.original == "Dat is onjuist: de coöperatie werd opgericht in 2018."
    assert after_judgement("That is untrue: the mill closed in 2019.") == "The mill closed in 2019."


def test_judgement_without_content_or_of_a_named_thing_stays() -> None:
    for sentence in (
        "Dat klopt niet.",
        "That is untrue.",
        "Dat getal klopt niet: het is berekend over 2020 en 2021.",  # "het" needs "dat getal"
        "Dat is onjuist: nee.",
    ):
        assert after_judgement(sentence) == sentence
    # alone it stays commentary; after a claim it denies that claim (claims/rebuttal.py)
    skipped: list = []
    claims_from_text("Dat klopt niet.", lang="nl", skipped=skipped)
    assert any(s.original == "Dat klopt niet." for s in skipped)


def test_short_definite_description_gets_its_name_back() -> None:
    text = (
        "In an email of 2 July 2024, the maintenance contractor, Brisco Refrigeration, advised "
        "Mr Fenby that the Chamber 3 compressor should be replaced within weeks. "
        "The compressor was not replaced."
    )
    claim = _claim(text, "The compressor", "en")
    assert claim.text == "The Chamber 3 compressor was not replaced."
    assert claim.original == "The compressor was not replaced."
    # no name before the noun earlier: the claim keeps its words
    plain = "Brisco advised Mr Fenby that the old compressor should be replaced. "
    assert _claim(plain + "The compressor was not replaced.", "The compressor", "en").text == (
        "The compressor was not replaced."
    )
