"""A claim names whom it is about, and its verb agrees with the name put in for "I" or "we"."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.verb_agreement import agree_with_name, third_person


def _texts(author: str, body: str, lang: str) -> list[str]:
    doc = f"---\nauthor: {author}\nlang: {lang}\n---\n{body}"
    # the learned second opinion aside: these tests are about the verb, not check-worthiness
    return [c.text for c in claims_from_text(doc, lang=lang, worthiness=False)]


def test_the_writers_i_takes_a_third_person_verb() -> None:
    got = _texts(
        "Rosalind Featherby",
        "I still have the letter from the planning office. I have also written to the mayor twice.",
        "en",
    )
    assert "Rosalind Featherby still has the letter from the planning office." in got
    assert "Rosalind Featherby has also written to the mayor twice." in got


def test_dutch_ik_and_wij_in_main_order_and_inverted() -> None:
    got = _texts(
        "Gerrit Slagboom",
        "Ik heb de begroting in maart aan de raad gestuurd. Dat heb ik nooit ontkend.",
        "nl",
    )
    assert "Gerrit Slagboom heeft de begroting in maart aan de raad gestuurd." in got
    assert any(t.startswith("Dat heeft Gerrit Slagboom") for t in got)
    got = _texts(
        "Stichting Duinzicht",
        "Wij hebben de huurders in januari een brief gestuurd. Daarmee besparen we "
        "40.000 euro per jaar.",
        "nl",
    )
    assert "Stichting Duinzicht heeft de huurders in januari een brief gestuurd." in got
    assert "Daarmee bespaart Stichting Duinzicht 40.000 euro per jaar." in got


@pytest.mark.parametrize(
    ("verb", "pronoun", "lang", "third"),
    [
        ("have", "I", "en", "has"),
        ("know", "I", "en", "knows"),
        ("sent", "I", "en", None),  # a past needs nothing
        ("are", "we", "en", "is"),
        ("write", "we", "en", "writes"),
        ("let", "we", "en", None),  # "We let these families down": a past
        ("wrote", "we", "en", None),  # an irregular past, never "wrotes"
        ("chose", "we", "en", None),
        ("ben", "ik", "nl", "is"),
        ("denk", "ik", "nl", "denkt"),
        ("wil", "ik", "nl", None),  # a modal keeps its form
        ("hebben", "wij", "nl", "heeft"),
        ("wilden", "we", "nl", "wilde"),
        ("2,5", "we", "nl", None),
    ],
)
def test_third_person_forms(verb: str, pronoun: str, lang: str, third: str | None) -> None:
    assert third_person(verb, pronoun, lang) == third


def test_a_plural_or_a_subordinate_clause_is_left_alone() -> None:
    text = "Tobias Reyes and Hannah Ilori have checked the files."
    # the caller leaves plural names alone; the function itself changes only a known verb
    assert agree_with_name("Nordhaven omdat het klopt.", 0, 9, "we", "nl") == (
        "Nordhaven omdat het klopt."
    )
    got = _texts("Tobias Reyes and Hannah Ilori", "We have checked the files.", "en")
    assert got == [text]


def test_one_body_named_with_en_is_singular() -> None:
    got = _texts(
        "College van burgemeester en wethouders van Dijkveld",
        "Op 3 maart hebben wij uw aanvraag ontvangen voor het verbouwen van de boerderij.",
        "nl",
    )
    assert got == [
        "Op 3 maart heeft College van burgemeester en wethouders van Dijkveld uw aanvraag "
        "ontvangen voor het verbouwen van de boerderij."
    ]
