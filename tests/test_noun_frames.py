"""Speech frames that are no verb of saying + "that" (``claims/noun_frames``), on sentences of
h9 (brakelstein-zwembad), h10 (westerlage-opinie), h11 (penmoor-profile) and h13
(haverbroek-raad), and the README's h8 convention ("met de opmerking dat"); and sentences they
must leave alone."""

from onrecord.check.claims.claimant import strip_framing
from onrecord.check.claims.noun_frames import expletive_main, noun_frame
from onrecord.check.language.claim_names import NameContext


def _ctx(s: str) -> NameContext:
    return NameContext([s], ["Gideon Farrant", "Sjoerd Vellinga"], [])


def _frame(s: str, lang: str) -> tuple[str | None, str]:
    return strip_framing(s, lang, _ctx(s), reported=True)


def test_a_noun_that_frames_is_the_speakers_claim() -> None:
    s = (
        "De zorggroep onderbouwt het besluit met de stelling dat er gemiddeld maar 1,6 "
        "patiënten per nacht komen."
    )
    assert _frame(s, "nl") == ("de zorggroep", "Er komen gemiddeld maar 1,6 patiënten per nacht.")
    s = "Wethouder Jansen verdedigde het besluit in de raad met de opmerking dat het bad te duur is."
    who, rest = _frame(s, "nl")
    assert who is not None and "Jansen" in who and rest.startswith("Het bad")
    s = "The trust defended the cut with the argument that the ward was half empty."
    assert _frame(s, "en") == ("the trust", "The ward was half empty.")


def test_a_habit_of_telling_frames() -> None:
    s = (
        "Gideon Farrant likes to tell visitors that he first stood on the Penmoor Rovers "
        "terraces at the age of six."
    )
    assert _frame(s, "en") == (
        "Gideon Farrant",
        "He first stood on the Penmoor Rovers terraces at the age of six.",
    )


def test_a_document_the_speaker_cites_gives_the_speakers_claim() -> None:
    s = (
        "Vellinga citeerde uit een e-mail van de projectleider van 19 februari waarin al sprake "
        'was van "een tekort van ruim twee miljoen".'
    )
    assert _frame(s, "nl") == ("Vellinga", s)
    s = (
        "Hij wees op een e-mail van 4 november, waarin Hoefnagel aan zwemvereniging De Spetters "
        "schreef dat 'sluiting niet aan de orde is'."
    )
    assert noun_frame(s, "nl", _ctx(s)) == ("Hij", s)
    s = "She pointed to a letter of 3 May in which the council promised to keep the library open."
    assert noun_frame(s, "en", _ctx(s)) == ("She", s)


def test_frames_left_alone() -> None:
    for s, lang in [
        ("Ze wees erop dat de coöperatie een subsidie misloopt.", "nl"),  # past_frames'
        ("Hij wees op de kosten van het bad.", "nl"),  # no document, no content
        ("She likes to swim in the lake.", "en"),
        ("Copies of the correspondence referred to above are attached as Annexes A to F.", "en"),
        ("Bosman stuurde een e-mail waarin hij schreef dat het bad dichtgaat.", "nl"),  # sent
        ("In 2020 wees Jansen op een brief waarin de minister schreef dat het kon.", "nl"),
    ]:
        assert noun_frame(s, lang, _ctx(s)) is None, s


def test_expletive_main_only_moves_a_final_verb_after_er() -> None:
    assert expletive_main("er wonen nu 40 gezinnen.") == "er wonen nu 40 gezinnen."
    assert expletive_main("er nu 40 gezinnen wonen.") == "Er wonen nu 40 gezinnen."
    assert expletive_main("het bad te duur is.") == "het bad te duur is."
    assert expletive_main("er nu 40 gezinnen.") == "er nu 40 gezinnen."  # no verb last
