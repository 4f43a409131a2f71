"""A second verb phrase keeps its subject past an apposition or a fronted adverbial."""

from __future__ import annotations

from onrecord.check.claims.conjunct_subject import core_clause
from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext


def _texts(text: str, lang: str) -> list[str]:
    return [c.text for c in claims_from_text(text, lang=lang)]


def test_apposition_around_the_name() -> None:
    got = _texts(
        "Her co-founder, Rupert Aldane, a former management consultant, joined in 2017 and put "
        "£40,000 of his savings into the business.",
        "en",
    )
    assert got[-1] == "Rupert Aldane put £40,000 of his savings into the business."
    assert len(got) == 2


def test_description_then_name() -> None:
    got = _texts(
        "The Defendant's night supervisor, Stuart Fenby, saw the alarm at 01:40 but did not call "
        "the Claimant or the engineer on call.",
        "en",
    )
    assert got[-1] == "Stuart Fenby did not call the Claimant or the engineer on call."


def test_fronted_adverb_before_the_subject() -> None:
    got = _texts(
        "Today the company runs 230 bikes in nine cities and employs 410 riders, most of them on "
        "permanent contracts.",
        "en",
    )
    assert got == [
        "Today the company runs 230 bikes in nine cities.",
        "The company employs 410 riders, most of them on permanent contracts.",
    ]


def test_conjunct_opening_with_a_phrase_before_its_subject() -> None:
    got = _texts(
        "He bought the club for a pound in 2017, when it was two weeks from liquidation, and by "
        "the end of 2018 he had cleared debts of £1.8 million.",
        "en",
    )
    assert got[-1] == "By the end of 2018 he had cleared debts of £1.8 million."


def test_dutch_adverb_then_verb_is_a_clause() -> None:
    got = _texts(
        "De gemeente organiseerde in oktober 2023 één informatieavond, en daar kwam de verkoop "
        "niet eens ter sprake.",
        "nl",
    )
    assert got == [
        "De gemeente organiseerde in oktober 2023 één informatieavond.",
        "Daar kwam de verkoop niet eens ter sprake.",
    ]


def test_not_past_a_verb_of_saying() -> None:
    # the second verb may be the reported speaker's: no subject is lent past "said"
    head = 'In a statement after the ruling, Quenby Logistics said it was "disappointed"'
    ctx = NameContext([head], [], [], [])
    assert core_clause(head, ctx, "en") is None
    fronted = "In a statement after the ruling, Quenby Logistics paid the fine"
    assert core_clause(fronted, NameContext([fronted], [], [], []), "en") == (
        "Quenby Logistics paid the fine"
    )


def test_a_list_of_names_is_not_split() -> None:
    got = _texts("In May, Gareth Lowe and Martin Pike reported the leak to the council.", "en")
    assert len(got) == 1
