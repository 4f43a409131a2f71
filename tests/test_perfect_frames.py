"""Reporting frames in the perfect and with an apposition (check/claims/past_frames): "X heeft
bekendgemaakt dat S", "X has said that S", "De burgemeester, Anna Bos, zegt dat S" are X's
claims; and a Dutch "te" + infinitive is no finite verb when a clause is put in main order."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.nl_order import reorder_nl_sub, reorder_subordinate


def _second(text: str, *names: str) -> tuple[str, str | None]:
    """(text, claimant) of the claim made of the second sentence of ``text``."""
    first = text.split(". ")[0]
    got = [c for c in claims_from_text(text, names=names) if not c.original.startswith(first)]
    assert len(got) == 1, got
    return got[0].text, got[0].claimant


def test_the_dutch_perfect_frames_a_claim() -> None:
    assert _second(
        "De gemeente zwijgt. Waterbedrijf Dorrel heeft dinsdag bekendgemaakt dat de waterleiding in "
        "2024 is vervangen."
    ) == ("De waterleiding is in 2024 vervangen.", "Waterbedrijf Dorrel")
    assert _second(
        "De gemeente zwijgt. De kliniek heeft verklaard dat het dossier niet meer terug te "
        "vinden is."
    ) == ("Het dossier is niet meer terug te vinden.", "de kliniek")


def test_an_addressee_keeps_the_claim_about_the_speech() -> None:
    text, claimant = _second(
        "De gemeente zwijgt. Jansen heeft tegen de krant gezegd dat hij de brief nooit kreeg.",
        "Piet Jansen",
    )
    assert claimant is None and text.startswith("Jansen heeft tegen de krant gezegd")


def test_the_english_perfect_frames_a_claim() -> None:
    assert _second(
        "The port is busy. Dorrel Water has said that the main was replaced in 2024."
    ) == ("The main was replaced in 2024.", "Dorrel Water")


def test_a_dutch_speaker_with_an_apposition() -> None:
    assert _second(
        "De bond klaagt. De wethouder, Anna Bos, zegt dat het zwembad in mei is gesloten.",
        "Anna Bos",
    ) == ("Het zwembad is in mei gesloten.", "Anna Bos")
    assert _second(
        "Sem Bakker vertrok in maart. Haar opvolger, Ravi Doelman, zegt dat hij pas vorige week "
        "van de brief hoorde.",
        "Ravi Doelman",
        "Sem Bakker",
    ) == ("Ravi Doelman hoorde pas vorige week van de brief.", "Ravi Doelman")


def test_te_and_an_infinitive_stay_together() -> None:
    ctx = NameContext([])
    assert (
        reorder_subordinate("de brief nooit te vinden was.", ctx) == "de brief was nooit te vinden."
    )
    assert reorder_nl_sub("zij het geld had willen terugbetalen", ctx) == (
        "zij had het geld willen terugbetalen"
    )


def test_dutch_separable_speech_verbs_frame_a_claim() -> None:
    assert _second("De bond klaagt. De gemeente merkt op dat de aanvraag te laat was.") == (
        "De aanvraag was te laat.",
        "de gemeente",
    )
    assert _second(
        "De bond klaagt. Jansen houdt vol dat hij de brief nooit heeft gelezen.", "Piet Jansen"
    ) == ("Jansen heeft de brief nooit gelezen.", "Jansen")
    assert _second("De bond klaagt. De wethouder legt uit dat het geld op is.") == (
        "Het geld is op.",
        "de wethouder",
    )
