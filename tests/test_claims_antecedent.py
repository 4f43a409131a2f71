"""A noun phrase that names an earlier sentence's act ("that promise", "dat voorstel") is given
that act's content in the claim's text (onrecord.check.claims.antecedent via claims_from_text)."""

from __future__ import annotations

from pathlib import Path

from onrecord.check.claims.antecedent import with_content
from onrecord.check.claims.extract import claims_from_file, claims_from_text

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "onrecord" / "samples" / "lumen"


def _text_of(claims: list, start: str) -> str:
    return next(c.text for c in claims if c.original.startswith(start))


def test_demo_complaint_promise_two_sentences_back() -> None:
    claims = claims_from_file(SAMPLES / "complaint.md")
    abandoned = next(c for c in claims if c.original.startswith("Lumen abandoned"))
    assert abandoned.text == (
        "Lumen abandoned the promise that its research would be shared openly with the public "
        "when it began to keep its research internal in 2016."
    )  # the sentence in between ("insisted that ...") names no promise
    assert abandoned.original == (
        "Lumen abandoned that promise when it began to keep its research\ninternal in 2016."
    )
    assert abandoned.subject == "Lumen"


def test_dutch_proposal_to_v() -> None:
    text = (
        "Wethouder Pieter Jansen stelde in januari voor om het zwembad in Zevenhuizen te sluiten. "
        "De oppositie reageerde fel. "
        "De gemeenteraad verwierp dat voorstel op 12 maart 2024 met 23 tegen 14 stemmen."
    )
    claims = claims_from_text(text, lang="nl")
    assert _text_of(claims, "De gemeenteraad") == (
        "De gemeenteraad verwierp het voorstel om het zwembad in Zevenhuizen te sluiten op "
        "12 maart 2024 met 23 tegen 14 stemmen."
    )


def test_dutch_promise_and_toezegging() -> None:
    text = (
        "Het bedrijf beloofde in 2019 dat alle 140 medewerkers hun baan zouden houden. "
        "Die belofte is nooit nagekomen. "
        "De provincie zegde in 2020 toe dat de metingen openbaar zouden worden. "
        "Deze toezegging werd een jaar later ingetrokken."
    )
    claims = claims_from_text(text, lang="nl")
    assert _text_of(claims, "Die belofte") == (
        "De belofte dat alle 140 medewerkers hun baan zouden houden is nooit nagekomen."
    )
    assert _text_of(claims, "Deze toezegging") == (
        "De toezegging dat de metingen openbaar zouden worden werd een jaar later ingetrokken."
    )


def test_english_decision_to_v() -> None:
    claims = claims_from_text(
        "In May 2021 the board of Halstead decided to close the Coventry plant. "
        "Halstead reversed the decision a week later."
    )
    assert _text_of(claims, "Halstead reversed") == (
        "Halstead reversed the decision to close the Coventry plant a week later."
    )


def test_left_as_written_without_antecedent() -> None:
    # no act of that kind before, too far back, or the noun phrase already says what it is
    assert (
        with_content("The board reversed the decision a week later.", ["The board met in May."])
        == "The board reversed the decision a week later."
    )
    far = ["Vale promised that he would stay.", "He left.", "He came back.", "He left again."]
    assert with_content("Vale broke that promise.", far) == "Vale broke that promise."
    assert (
        with_content(
            "Vale broke the promise he made in 2015.", ["Vale promised that he would stay."]
        )
        == "Vale broke the promise he made in 2015."
    )
    assert (
        with_content(
            "De raad verwierp het voorstel van de wethouder.",
            ["De wethouder stelde voor om het zwembad te sluiten."],
        )
        == "De raad verwierp het voorstel van de wethouder."
    )
    # "that" opening another speaker's clause is not what was promised
    assert (
        with_content(
            "Vale broke that promise.", ["Vale promised openness, and Okafor said that he lied."]
        )
        == "Vale broke that promise."
    )
    # a noun, not the verb: "the promise that he made" says nothing about its content
    assert (
        with_content(
            "Okafor kept that promise.", ["Okafor recalled the promise that she made in Berlin."]
        )
        == "Okafor kept that promise."
    )
