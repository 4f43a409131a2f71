"""A participle phrase in -ed set off after the subject ("The survey, commissioned by Corvane,
found ...") states a fact of its own: "The survey was commissioned by Corvane."; the main clause
keeps its subject."""

from __future__ import annotations

import pytest

from onrecord.check.claims.participle_apposition import participle_apposition


@pytest.mark.parametrize(
    ("sentence", "main", "part"),
    [
        (
            "The audit, commissioned by the harbour board, found cracks in two of the cranes.",
            "The audit found cracks in two of the cranes.",
            "The audit was commissioned by the harbour board.",
        ),
        (
            "The final report, published on 4 March, contains no chapter on the dam.",
            "The final report contains no chapter on the dam.",
            "The final report was published on 4 March.",
        ),
        (  # the listed participles keep their years
            "Tidewell, founded in 2017, employs 40 people.",
            "Tidewell employs 40 people.",
            "Tidewell was founded in 2017.",
        ),
    ],
)
def test_a_participle_phrase_is_a_claim_of_its_own(sentence: str, main: str, part: str) -> None:
    assert participle_apposition(sentence, "en") == (main, [part])


@pytest.mark.parametrize(
    "sentence",
    [
        "Groen, the party leader, said the plan was dead.",  # a role, no participle
        "The letter, accused of being late, arrived in May.",  # no agent or time after it
        "The fund, called Harbor Point, offered 40 million pounds.",  # a name, not by/on/in
    ],
)
def test_no_participle_phrase(sentence: str) -> None:
    assert participle_apposition(sentence, "en") is None
