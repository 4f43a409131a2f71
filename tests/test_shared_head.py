"""A second verb phrase that shares the first one's head is written out in full
(``check/claims/shared_head.py``), so that each half of a claim is checked on its own."""

from __future__ import annotations

import pytest

from onrecord.check.claims.clauses import split_compound
from onrecord.check.claims.shared_head import shared_head
from onrecord.check.language.claim_names import NameContext

_CTX = NameContext([], [])


@pytest.mark.parametrize(
    ("claim", "parts"),
    [
        (
            "In 2016 Ashdown promised to keep every ship under the Dutch flag and to spend 60 "
            "million euros on new engines.",
            [
                "In 2016 Ashdown promised to keep every ship under the Dutch flag.",
                "In 2016 Ashdown promised to spend 60 million euros on new engines.",
            ],
        ),
        (
            "In May 2016 Oosterhout promised that the bridge would stay within its 48 million "
            "euro budget and open in 2021.",
            [
                "In May 2016 Oosterhout promised that the bridge would stay within its 48 million "
                "euro budget.",
                "In May 2016 Oosterhout promised that the bridge would open in 2021.",
            ],
        ),
        (
            "She wanted to sell the club and to move abroad.",
            ["She wanted to sell the club.", "She wanted to move abroad."],
        ),
        # a longer noun phrase after a possessive starts a clause of its own
        (
            "At the Series A Tessel served 505 customers and its annual recurring revenue stood at "
            "4.1 million euros.",
            [
                "At the Series A Tessel served 505 customers.",
                "Its annual recurring revenue stood at 4.1 million euros.",
            ],
        ),
    ],
)
def test_the_second_half_gets_the_first_ones_head(claim: str, parts: list[str]) -> None:
    assert split_compound(claim, "en", _CTX) == parts


@pytest.mark.parametrize(
    "claim",
    [
        "The board agreed to the plan and to a review.",  # two objects of one verb
        "He said that prices would rise and wages fall.",  # a new subject, its verb gapped
        "Tessel served 505 customers and its staff of forty engineers in Utrecht.",  # no verb
    ],
)
def test_no_shared_head_no_split(claim: str) -> None:
    assert split_compound(claim, "en", _CTX) == [claim]


def test_dutch_verbs_come_last_no_head_to_share() -> None:
    head = "Oosterhout beloofde dat de brug binnen het budget zou blijven"
    assert shared_head(head, "in 2021 open zou gaan.", "nl") is None
    assert shared_head("She promised to keep the flag", "to spend more.", "en") == (
        "She promised to spend more."
    )
    # a past tense after "and" is a verb phrase of its own, not one sharing the modal
    assert shared_head("He said that the plant will close", "reopened in 2021.", "en") is None
