""" "Volgens de regels", "volgens plan": how something went, not who says so."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text


def _claims(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.claimant) for c in claims_from_text(text, lang="nl")]


def test_a_way_of_going_is_no_source() -> None:
    assert _claims("De verbouwing van het zwembad verliep volgens de afspraak.") == [
        ("De verbouwing van het zwembad verliep volgens de afspraak.", None)
    ]
    assert _claims("De bouw van de sporthal liep volgens plan.") == [
        ("De bouw van de sporthal liep volgens plan.", None)
    ]


def test_a_source_after_volgens_still_claims() -> None:
    assert _claims("Het bad kost 4 miljoen euro, volgens de wethouder.") == [
        ("Het bad kost 4 miljoen euro.", "de wethouder")
    ]
