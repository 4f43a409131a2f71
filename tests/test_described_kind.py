"""A definite description with a kind noun no family holds ("the cooperative", "the
association") stands for the organisation the article called so by apposition."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import claims_from_text


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "In 2015 she founded Marsh End Energy, a cooperative that owns two fields. "
            "The cooperative has 800 members.",
            "Marsh End Energy",
        ),
        (
            "Elmbridge Homes, a housing association, manages 6,000 homes in Kent. "
            "The association hired 30 repair staff last year.",
            "Elmbridge Homes",
        ),
        (
            "Stichting Groenhart, een zorgcoöperatie in Ede, heeft veertig leden. "
            "De zorgcoöperatie sloot in 2024 een contract met de gemeente.",
            "Groenhart",
        ),
    ],
)
def test_description_resolves_to_its_apposition(text: str, org: str) -> None:
    last = claims_from_text(text, worthiness=False)[-1]
    assert last.subject is not None and org in last.subject


def test_no_apposition_no_guess() -> None:
    """Without an apposition the description stays itself (no organisation is guessed)."""
    text = "Marsh End Solar owns two fields near the village. The cooperative has 800 members."
    assert claims_from_text(text, worthiness=False)[-1].subject == "The cooperative"
