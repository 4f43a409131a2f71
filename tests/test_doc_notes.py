"""A transcript's notes on itself and its host's thanks are no claims."""

from __future__ import annotations

from onrecord.check.claims.doc_notes import doc_note


def test_notes_on_the_transcript() -> None:
    assert doc_note("", "This transcript has been edited for length and clarity.")
    assert doc_note("", "*This is an edited transcript of Tuesday's Coastline Breakfast interview.")
    assert doc_note("", "It has been shortened for length.")
    assert doc_note("", "Dit transcript is licht ingekort.")


def test_host_thanks() -> None:
    for s in (
        "Thank you for coming on.",
        "Rosalind Hebden, thank you.",
        "Evelien Sturkenboom, dank u wel.",
    ):
        assert doc_note(s, s)


def test_programme_credit_only_in_an_emphasised_line() -> None:
    assert doc_note(
        "*The Circuit is produced by Lowbridge Audio.*",
        "The Circuit is produced by Lowbridge Audio.",
    )
    # a product's maker in the running text is a claim
    s = "The vaccine is produced by Lumen Labs in Leiden."
    assert not doc_note(s, s)


def test_claims_stay_claims() -> None:
    assert not doc_note("", "We lost nine nurses to the new NHS unit in Porthallow last year.")
    assert not doc_note("", "The report was edited by the chief executive before publication.")
    assert not doc_note("", "Thanks to the grant, the lido reopened in May 2024.")
