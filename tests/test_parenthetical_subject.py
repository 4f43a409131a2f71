"""A description set off by a parenthetical before its verb is the clause's subject ("The
published report, released on 2 December, contains ..."), unless the parenthetical names it."""

from __future__ import annotations

import pytest

from onrecord.check.language.claim_names import NameContext
from onrecord.check.subjects.coref import subject_phrase

CTX = NameContext([])


@pytest.mark.parametrize(
    ("clause", "subject"),
    [
        ("The letters, about forty in all, were sent by the chairman.", "The letters"),
        ("The leaked memo, dated 4 May, contains no figures.", "The leaked memo"),
        ("The audit, which the council commissioned, does not mention the loan.", "The audit"),
        # a name in apposition is the subject, a fronted adverbial is no subject
        ("The chief executive, Rowan Tilley, told staff on Monday.", "Rowan Tilley"),
        ("The day after, the board met again.", "the board"),
    ],
)
def test_description_before_a_parenthetical(clause: str, subject: str) -> None:
    assert subject_phrase(clause, CTX, "en") == subject
