"""A conjunction that opens a sentence ties it to the one before; the claim, read on its own,
goes without it."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_text import without_conjunction


def test_but_and_maar_en_are_taken_off() -> None:
    assert without_conjunction("Maar de ambtenaren wisten het al eerder.") == (
        "De ambtenaren wisten het al eerder."
    )
    assert without_conjunction("And Quayle accepted it the same afternoon.") == (
        "Quayle accepted it the same afternoon."
    )
    assert without_conjunction("But in November the trust was at 66 per cent.") == (
        "In November the trust was at 66 per cent."
    )


def test_words_that_only_look_alike_stay() -> None:
    for s in ("Andrew Pike resigned in May.", "Endless delays followed.", "En toch."):
        assert without_conjunction(s) == s


def test_the_claim_goes_without_its_conjunction() -> None:
    text = (
        "De wethouder zei in juni dat hij pas in oktober van de fout hoorde. "
        "Maar de ambtenaren van de gemeente Hollerdam wisten het al in maart."
    )
    texts = [c.text for c in claims_from_text(text, lang="nl")]
    assert "De ambtenaren van de gemeente Hollerdam wisten het al in maart." in texts
