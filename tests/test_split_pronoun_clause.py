"""A clause after ", and" that opens with a subject pronoun or "nobody" is a claim of its own."""

from __future__ import annotations

from onrecord.check.claims.clauses import split_compound
from onrecord.check.language.claim_names import NameContext

CTX = NameContext([])


def test_pronoun_and_nobody_open_a_clause() -> None:
    s = "We had the whole site evacuated within eleven minutes, and nobody was hurt."
    assert split_compound(s, "en", CTX) == [
        "We had the whole site evacuated within eleven minutes.",
        "Nobody was hurt.",
    ]
    s = "Hexley had isolated them on the Monday, and they were due back in service on the Friday."
    assert split_compound(s, "en", CTX)[1] == "They were due back in service on the Friday."


def test_a_list_of_objects_stays_whole() -> None:
    s = "She met the chair and him in May."  # "him": an object, no clause
    assert split_compound(s, "en", CTX) == [s]
