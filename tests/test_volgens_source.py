"""A source named inside a Dutch sentence ("... is volgens een rapport van Kiwa uit 2021 ...")
is the claimant with its owner and its year, and none of it stays in the claim."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text


def _one(text: str) -> tuple[str | None, str]:
    (claim,) = claims_from_text(text, lang="nl")
    return claim.claimant, claim.text


def test_a_source_with_its_owner_and_year() -> None:
    claimant, text = _one("De dijk is volgens een rapport van Deltares uit 2023 niet veilig.")
    assert text == "De dijk is niet veilig."
    assert claimant and "Deltares" in claimant
    claimant, text = _one("De kademuur is volgens de inspectie van de provincie in slechte staat.")
    assert text == "De kademuur is in slechte staat."


def test_a_plain_source_is_as_before() -> None:
    assert _one("Het zwembad is volgens de wethouder in slechte staat.") == (
        "de wethouder",
        "Het zwembad is in slechte staat.",
    )
