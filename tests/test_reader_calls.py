"""A call to the reader in the imperative and a letter saying what it is for are the
document's own procedure ("meta"), and what a letter tells its addressee to do is still to come
("announcement"): none is a claim."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import Skipped, claims_from_text


def _outcome(text: str, lang: str) -> tuple[list[str], list[str]]:
    skipped: list[Skipped] = []
    claims = claims_from_text(text, lang=lang, skipped=skipped)
    return [s.reason for s in skipped], [c.text for c in claims]


@pytest.mark.parametrize(
    ("text", "lang", "reason"),
    [
        (
            "Forward this email to your neighbours, or reply to tell us what we missed.",
            "en",
            "meta",
        ),
        ("Please write to the letters desk before Thursday.", "en", "meta"),
        ("Stuur uw reactie naar de redactie van de Polderbode.", "nl", "meta"),
        ("U moet de pallets uitsluitend opslaan op een verharde ondergrond.", "nl", "announcement"),
        ("You must keep the gate locked outside opening hours.", "en", "announcement"),
        ("Met deze brief deelt het waterschap u zijn besluit mee.", "nl", "meta"),
        ("With this letter the trust notifies you of its decision.", "en", "meta"),
    ],
)
def test_calls_and_duties_are_skipped(text: str, lang: str, reason: str) -> None:
    assert _outcome(text, lang) == ([reason], [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Read the audit first, Hallam told the board in March 2021.", "en"),  # reported speech
        ("Report writers at the council missed the deadline twice in 2022.", "en"),  # a noun
        ("U heeft op 12 maart een zienswijze ingediend.", "nl"),  # what the addressee did
        ("Met deze brief heeft de gemeente in 2021 de vergunning ingetrokken.", "nl"),
    ],
)
def test_what_stays_a_claim(text: str, lang: str) -> None:
    reasons, claims = _outcome(text, lang)
    assert claims and not reasons
