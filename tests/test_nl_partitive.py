"""A Dutch count of a group as the subject: "Twaalf van de veertig medewerkers", "16 van de 27
raadsleden", whole, and without the verb after it."""

from __future__ import annotations

from onrecord.check.language.claim_names import NameContext
from onrecord.check.subjects.coref import subject_phrase

CTX = NameContext([])


def test_a_count_before_its_verb() -> None:
    got = subject_phrase("Twaalf van de veertig medewerkers zijn inmiddels vertrokken.", CTX, "nl")
    assert got == "Twaalf van de veertig medewerkers"  # not "... medewerkers zijn"
    got = subject_phrase("Twaalf van de medewerkers zijn vertrokken.", CTX, "nl")
    assert got == "Twaalf van de medewerkers"


def test_a_count_after_a_fronted_phrase_and_its_verb() -> None:
    got = subject_phrase(
        "Na een debat stemden 16 van de 27 raadsleden voor het voorstel.", CTX, "nl"
    )
    assert got == "16 van de 27 raadsleden"  # not "16 van"
    got = subject_phrase("Sindsdien zijn drie van de vijf filialen gesloten.", CTX, "nl")
    assert got == "drie van de vijf filialen"


def test_no_count_no_change() -> None:
    assert subject_phrase("De gemeente stemde in.", CTX, "nl") == "De gemeente"
