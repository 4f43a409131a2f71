"""A person's own writing as the source ("according to his own email", "volgens haar brief")
is that person's claim, not a claimant called "his own email"; a bare pronoun source ("volgens
haar") is resolved as before."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import claims_from_text


@pytest.mark.parametrize(
    ("text", "lang", "claimant"),
    [
        (
            "Margaret Hale chaired the club until 2022. According to her own email, the club "
            "sold the ground in 2021.",
            "en",
            "Margaret Hale",
        ),
        (
            "Alistair Brennan runs the trust. So, according to his own email, the trust renewed "
            "the contract.",
            "en",
            "Alistair Brennan",
        ),
        (
            "Anja Smit was wethouder tot 2022. Volgens haar brief verkocht de gemeente de grond "
            "in 2021.",
            "nl",
            "Anja Smit",
        ),
        (
            "Kees Bos was wethouder tot 2022. Volgens zijn eigen mail verkocht de gemeente de "
            "grond in 2021.",
            "nl",
            "Kees Bos",
        ),
        (  # a bare pronoun, as before
            "Anja Smit was wethouder tot 2022. Volgens haar verkocht de gemeente de grond in 2021.",
            "nl",
            "Anja Smit",
        ),
    ],
)
def test_own_writing_is_the_writers(text: str, lang: str, claimant: str) -> None:
    assert claims_from_text(text, lang=lang)[-1].claimant == claimant


def test_it_in_a_named_non_persons_report_is_that_party() -> None:
    text = (
        "Brockley Dairies recalled 4,000 yoghurts in May after a test found listeria. Fenwick's, "
        "the grocery chain, sells the yoghurts in 40 shops. Fenwick's said it received the "
        "results on 2 June."
    )
    claim = claims_from_text(text, lang="en")[-1]
    assert claim.claimant == "Fenwick's"
    assert claim.text.startswith("Fenwick's received")
