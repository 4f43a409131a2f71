"""A Dutch source at the end ("S, blijkt uit de notulen.") is the article's own source, as
"Uit de notulen blijkt dat S": the claim is S, without the frame, and its subject is S's."""

from __future__ import annotations

import pytest

from onrecord.check.claims.claimant_frames import shown_by
from onrecord.check.claims.extract import claims_from_text


@pytest.mark.parametrize(
    ("text", "claim", "subject"),
    [
        (
            "Het waterschap Rijnweide betaalt 2,1 miljoen euro voor de grond, blijkt uit het "
            "raadsvoorstel.",
            "Het waterschap Rijnweide betaalt 2,1 miljoen euro voor de grond.",
            "Rijnweide",
        ),
        (
            "Wethouder Karel Dam wist al in maart van de fout, zo blijkt uit e-mails die deze "
            "krant heeft ingezien.",
            "Wethouder Karel Dam wist al in maart van de fout.",
            "Karel Dam",
        ),
    ],
)
def test_the_source_at_the_end_frames_the_claim(text: str, claim: str, subject: str) -> None:
    (got,) = claims_from_text(text, lang="nl")
    assert got.text == claim
    assert got.claimant is None
    assert subject in (got.subject or "")


def test_what_is_no_source_at_the_end() -> None:
    assert shown_by("Dat blijkt uit de stukken.") is None  # no claim before the frame
    assert shown_by("Het bestuur trad af, en uit de notulen blijkt niets.") is None


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (  # told an audience at the end: the teller frames the claim
            "Tom Reed chairs the club. The bar payment was a loan that would be repaid by June, "
            "he told the Harrow Gazette.",
            "The bar payment was a loan that would be repaid by June.",
            "Tom Reed",
        ),
        (
            "Crime in Aldbury has fallen by a third since 2022, Ann Quenby told the council.",
            "Crime in Aldbury has fallen by a third since 2022.",
            "Ann Quenby",
        ),
        (  # a speaker named after a description
            "The fund paid for a new roof in 2023, the school's head teacher, Clara Dodd, said.",
            "The fund paid for a new roof in 2023.",
            "Clara Dodd",
        ),
    ],
)
def test_a_speaker_at_the_end_frames_the_claim(text: str, claim: str, claimant: str) -> None:
    got = claims_from_text(text, lang="en")[-1]
    assert got.text == claim
    assert got.claimant == claimant


def test_told_an_audience_that_stays_a_claim_about_speech() -> None:
    text = "The chair, Rita Moss, told the council in March that the money had gone on nurses."
    (got,) = claims_from_text(text, lang="en")
    assert got.claimant is None
    assert "told the council" in got.text


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Bovendien blijkt uit stukken die ik via de Woo heb opgevraagd dat Veldkamp Bouw al "
            "in maart 2024 een bod had gedaan.",
            "Veldkamp Bouw had al in maart 2024 een bod gedaan.",
        ),
        (
            "Toch bleek uit het onderzoek van de inspectie dat niemand was gewaarschuwd.",
            "Niemand was gewaarschuwd.",
        ),
    ],
)
def test_the_source_after_an_adverb_frames_the_claim(text: str, claim: str) -> None:
    """ "Daarnaast blijkt uit X dat S" is "Uit X blijkt dat S" after a sentence adverb: the
    article's own source, the claim S in main-clause order, no claimant."""
    (got,) = claims_from_text(text, lang="nl")
    assert got.text == claim
    assert got.claimant is None
