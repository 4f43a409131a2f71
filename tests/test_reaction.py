"""Reactions without content of their own, on sentences of h9 documents and of dev."""

import pytest

from onrecord.check.claims.reaction import reaction_reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Crennick Foods denies the allegations.", "commentary"),
        ("Whitcombe disputes that account.", "commentary"),
        ("Quillon disagrees with those findings.", "commentary"),
        ("Quillon will contest them in full.", "commentary"),
        ("Kempenlijn ontkent de beschuldigingen.", "commentary"),
        (
            "Harwood Athletic Football Club is aware of reports in today's newspapers about the "
            "proposed transfer of our captain, Tomasz Wierzbicki, to Saltmarsh United.",
            "meta",
        ),
        ("Harwood Athletic Football Club wishes to set out the facts.", "meta"),
        (
            "Zorgkring Lindeschot laat in een reactie weten niet in te gaan op individuele "
            "cliënten.",
            "meta",
        ),
    ],
)
def test_reactions(sentence: str, reason: str) -> None:
    assert reaction_reason(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Crennick Foods denies that it kept tests from inspectors.",  # content: a that-clause
        "Voss denies this.",  # dev gold: the denial of one claim is a claim
        "Brink ontkent dat.",
        "The board rejected the offer.",  # an act, not a reaction to what was said
        "Quillon disagrees with the findings of the report, which found that 31 per cent were "
        "slow.",
    ],
)
def test_not_reactions(sentence: str) -> None:
    assert reaction_reason(sentence) is None
