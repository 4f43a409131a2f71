"""A tally with votes against is no unanimous vote (check/figures/votes.py)."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import Claim
from onrecord.check.figures.votes import tally, unanimity, unanimity_clash
from onrecord.check.verdicts.amount_evidence import amounts
from onrecord.check.verdicts.evidence import OWN, Evidence
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("The board approved the closure last night, by five votes to one.", (5, 1)),
        ("De raad heeft met vier stemmen tegen één ingestemd.", (4, 1)),
        ("De leden stemden met 112 tegen 87 stemmen in met het akkoord.", (112, 87)),
        ("De raad stemde met 11 stemmen voor en 20 tegen.", (20, 11)),
        ("Councillors voted by 23 to 19 on Wednesday night.", (23, 19)),
        ("It passed by 52 to 41 votes.", (52, 41)),
        ("The fee rose from 175 to 260 euros.", None),  # no vote
        ("Prices rose by 5 to 10 percent.", None),
        ("The board voted 5 to 1 and the council voted 20 to 3.", None),  # two: which one?
    ],
)
def test_tally(text: str, votes: tuple[int, int] | None) -> None:
    assert tally(text) == votes


def test_unanimity() -> None:
    assert unanimity("De raad keurde de sluiting met algemene stemmen goed.") == "unanimous"
    assert unanimity("In 2019 the supervisory board decided unanimously.") == "unanimous"
    assert unanimity("De leden stemden vrijwel unaniem in.") == "nearly"
    assert unanimity("The board's decision was not unanimous.") is None  # says what a tally says
    assert unanimity("Het besluit was niet unaniem.") is None
    # nearly everyone of a body voting one way, with a verb of voting
    assert unanimity("Vrijwel alle leden stemden in met de verkoop.") == "nearly"
    assert unanimity("The vast majority of shareholders voted for the merger.") == "nearly"
    assert unanimity("Almost all staff kept their jobs.") is None  # no vote
    assert unanimity("Niet bijna alle leden stemden voor.") is None


@pytest.mark.parametrize(
    ("said", "claim", "clash"),
    [
        (
            "The supervisory board approved the closure of the ward last night, by five votes to "
            "one.",
            "De raad van toezicht keurde de sluiting van Oudmeer met algemene stemmen goed.",
            True,
        ),
        (
            "De leden hebben met 112 tegen 87 stemmen ingestemd met het coalitieakkoord.",
            "De leden stemden in 2019 vrijwel unaniem in met het coalitieakkoord.",
            True,
        ),
        # a few votes against a nearly unanimous vote; a tally against a negated unanimity
        (
            "De leden hebben met 112 tegen 3 stemmen ingestemd met het coalitieakkoord.",
            "De leden stemden in 2019 vrijwel unaniem in met het coalitieakkoord.",
            False,
        ),
        ("The board approved it by 5 votes to 1.", "The decision was not unanimous.", False),
        # a tally with four in ten against is no vote of nearly all the members
        (
            "Gisteravond hebben de leden ingestemd met de verkoop, met 412 stemmen voor en 265 "
            "tegen.",
            "Nearly all members voted for the sale.",
            True,
        ),
        # the other way round: the statement says unanimous, the claim gives a split
        ("The council decided unanimously.", "The council voted 23 to 19 to close it.", True),
    ],
)
def test_unanimity_clash(said: str, claim: str, clash: bool) -> None:
    assert (unanimity_clash(said, claim) is not None) is clash


def _judged(statement: str, lang: str, probs: dict[str, float]) -> Evidence:
    hit = Hit(1, 1, None, "", statement, "Marieke Dijkstra", "m.dijkstra@havenstad.example",
              None, None, "body", lang, (0, len(statement)), 1.0)  # fmt: skip
    label = max(probs, key=lambda k: probs[k])
    return Evidence(OWN, hit, [], judgment=Judgment(label, probs, "test"))


def test_a_split_tally_contradicts_a_unanimous_claim_the_judge_read_as_neutral() -> None:
    said = "The supervisory board approved the closure last night, by five votes to one."
    claim = "De raad van toezicht keurde de sluiting van Oudmeer met algemene stemmen goed."
    e = _judged(said, "en", {"entailment": 0.34, "neutral": 0.5, "contradiction": 0.16})
    amounts(e, Claim(claim, claim, "nl", "De raad van toezicht", None, None, None, "fact"))
    assert e.judgment is not None and e.judgment.label == "contradiction"
    assert "not unanimous" in e.note
    # a statement the judge reads as about another matter is left alone
    e = _judged(said, "en", {"entailment": 0.02, "neutral": 0.95, "contradiction": 0.03})
    amounts(e, Claim(claim, claim, "nl", "De raad van toezicht", None, None, None, "fact"))
    assert e.judgment is not None and e.judgment.label == "neutral" and not e.note
