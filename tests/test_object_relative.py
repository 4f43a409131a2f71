"""A relative clause with a subject of its own is a claim of its own (object, possessive and
prepositional relatives), and so is a clause after ", and" that opens with a possessive; the
sentences are from the articles the gold cuts this way, and the ones it does not."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.claims.object_relative import object_relative
from onrecord.check.language.claim_lexicon import is_verb
from onrecord.check.language.claim_names import NameContext


def _texts(text: str, lang: str) -> list[str]:
    return [c.text for c in claims_from_text(text, lang=lang)]


def test_english_object_relative_is_its_own_claim() -> None:
    got = _texts(
        "Its report, which Corbeck only shared with us in January 2024, recommended replacing "
        "the ventilation in all 46 flats.",
        "en",
    )
    assert got == [
        "Its report recommended replacing the ventilation in all 46 flats.",
        "Corbeck only shared its report with us in January 2024.",
    ]


def test_dutch_object_relative_after_a_volgens_source() -> None:
    claims = claims_from_text(
        "Volgens een rapport van adviesbureau Stroomlijn, dat de gemeente vorig jaar liet "
        "opstellen, is een renovatie van ruim 9 miljoen euro nodig.",
        lang="nl",
    )
    made = [c for c in claims if c.text.startswith("De gemeente")]
    assert [c.text for c in made] == [
        "De gemeente liet een rapport van adviesbureau Stroomlijn vorig jaar opstellen."
    ]
    assert made[0].claimant is None  # the writer's fact, not the report's


def test_whose_clause_inside_a_speech_frame() -> None:
    claims = claims_from_text(
        "Marion Elstow, whose kitchen wall split in two places, said she was offered £800.",
        lang="en",
    )
    got = {c.text: c.claimant for c in claims}
    assert got["Marion Elstow's kitchen wall split in two places."] is None
    assert got["Marion Elstow was offered £800."] == "Marion Elstow"


def test_prepositional_relatives_at_the_end() -> None:
    got = _texts(
        "The opposition leader, Cllr Hyacinth Moberley, accused the cabinet of ignoring its own "
        "consultation, in which 71 percent of respondents opposed the closures.",
        "en",
    )
    assert got[-1] == "In its own consultation, 71 percent of respondents opposed the closures."
    got = _texts(
        "Eerder dit jaar sloot Noorderweide al de boterafdeling in Hornweer, waarbij elf banen "
        "verdwenen.",
        "nl",
    )
    assert got[-1] == "Bij de boterafdeling in Hornweer verdwenen elf banen."


def test_relatives_that_are_no_new_fact_stay_whole() -> None:
    whole = [
        # "which" for the whole clause, in the writer's own voice
        ("Last year the average member saved 14 percent, which we reported at the annual "
         "meeting in November.", "en"),
        # a quoted view, not a fact
        ("In 2023, Orinda also won the contract for the Firth of Lorn offshore project, which "
         'Delaney called "the biggest opportunity in our history".', "en"),
        # a stranded preposition: what "which" stands for is unclear
        ("This complaint concerns damp and mould in the north block of Larchfield Court, which "
         "Corbeck Homes has known about since at least October 2022.", "en"),
    ]  # fmt: skip
    for s, lang in whole:
        assert _texts(s, lang) == [s]


def test_dutch_dat_after_a_speech_verb_opens_its_content() -> None:
    got = _texts(
        "Tijdens de zitting zei de advocaat van Weidegoud, Eva Brinkman, dat Willemsen de "
        "hygiëneregels meermaals had overtreden.",
        "nl",
    )
    assert got == ["Willemsen had de hygiëneregels meermaals overtreden."]


def test_and_with_a_possessive_subject_opens_a_clause() -> None:
    got = _texts(
        "The first report we have on our system is from September 2023, and our surveyor "
        "visited in November 2024.",
        "en",
    )
    assert got == [
        "The first report we have on our system is from September 2023.",
        "Our surveyor visited in November 2024.",
    ]
    s = "The board wrote to residents and their families in March."
    assert _texts(s, "en") == [s]


def test_verbs_the_lists_lacked_let_a_shared_subject_split() -> None:
    got = _texts(
        "Mijn moeder, Truus Vonhof, is 88 en woont alleen in haar flat aan de Beukenlaan in "
        "Lindeschot.",
        "nl",
    )
    assert got == [
        "Mijn moeder, Truus Vonhof, is 88.",
        "Truus Vonhof woont alleen in haar flat aan de Beukenlaan in Lindeschot.",
    ]
    got = _texts(
        '"De kaasmakerij in Hornweer is gebouwd in 1962 en voldoet niet meer aan de eisen voor '
        'energiegebruik en hygiëne," zegt algemeen directeur Wiebren Kooistra.',
        "nl",
    )
    assert got == [
        "De kaasmakerij in Hornweer is gebouwd in 1962.",
        "De kaasmakerij in Hornweer voldoet niet meer aan de eisen voor energiegebruik en hygiëne.",
    ]
    got = _texts(
        "Its partner Helena Marchetti, who sits on that board, calls Whitcombe a stubborn founder.",
        "en",
    )
    assert got[-1] == "Helena Marchetti sits on that board."


def test_verb_forms_and_the_nouns_that_look_like_them() -> None:
    for w, lang in [("caught", "en"), ("sits", "en"), ("voldoet", "nl"), ("woont", "nl"),
                    ("bedroeg", "nl"), ("behield", "nl"), ("hief", "nl")]:  # fmt: skip
        assert is_verb(w, lang), w
    for w, lang in [("cuts", "en"), ("heads", "en"), ("wonen", "nl"), ("bezit", "nl")]:
        assert not is_verb(w, lang), w
    s = "The council approved the budget cuts and the library closures in March."
    assert _texts(s, "en") == [s]


def test_participle_phrase_after_the_subject_is_its_own_claim() -> None:
    got = _texts(
        "Windcoöperatie Kraaienhorst, opgericht in 2021 door een groep boeren uit de omgeving, "
        "telt inmiddels ruim 900 leden.",
        "nl",
    )
    assert got == [
        "Windcoöperatie Kraaienhorst telt inmiddels ruim 900 leden.",
        "Windcoöperatie Kraaienhorst is opgericht in 2021 door een groep boeren uit de omgeving.",
    ]
    claims = claims_from_text(
        "Dat rapport, opgesteld door het Harderwoudse bureau Geluidwerk, lag volgens Arendsen al "
        "sinds februari op het gemeentehuis.",
        lang="nl",
    )
    got = {c.text: c.claimant for c in claims}
    assert got["Dat rapport is opgesteld door het Harderwoudse bureau Geluidwerk."] is None
    assert got["Dat rapport lag al sinds februari op het gemeentehuis."] == "Arendsen"


def test_a_role_in_apposition_is_no_claim() -> None:
    s = "De directeur van het zwembad, Marjan Hoefnagel, zei dat het bad sluit."
    assert not any(" is directeur" in t for t in _texts(s, "nl"))
    s = "In January 2024, the company's HR director, Yolanda Pettigrew, opened a review."
    assert _texts(s, "en") == [s]


def test_a_newsletter_named_in_a_claim_is_no_boilerplate() -> None:
    got = _texts(
        "The board told members about it in the June newsletter, and Skelbrook Wind repaired it "
        "under warranty in August.",
        "en",
    )
    assert got == [
        "The board told members about it in the June newsletter.",
        "Skelbrook Wind repaired it under warranty in August.",
    ]
    assert _texts("Sign up for our weekly newsletter to get the latest news.", "en") == []


def test_the_relatives_subject_may_be_a_name_after_its_kind() -> None:
    """ "which the union Unite approved", "dat vakbond AgroUnie heeft goedgekeurd": the kind of
    organisation before the name does not hide the relative's own subject."""
    s = "For the drivers there is a redundancy plan, which the union Unite approved in May."
    ctx = NameContext([s])
    assert object_relative(s, "en", ctx) == (
        "For the drivers there is a redundancy plan.",
        ["The union Unite approved the redundancy plan in May."],
    )
    s = "Voor de monteurs is er een sociaal plan, dat vakbond Metaalbond in mei heeft goedgekeurd."
    main, (claim,) = object_relative(s, "nl", NameContext([s])) or ("", [""])
    assert main == "Voor de monteurs is er een sociaal plan."
    assert claim == "Vakbond Metaalbond heeft een sociaal plan in mei goedgekeurd."
