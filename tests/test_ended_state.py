"""A statement that a state no longer holds contradicts a claim that it holds
(check/verdicts/ended_state.py)."""

from __future__ import annotations

from onrecord.check.statements.period import claim_period
from onrecord.check.verdicts.ended_state import ENDED_NOTE, ended_clause, ended_state
from onrecord.check.verdicts.evidence import OWN, Evidence
from onrecord.index.hybrid import Endorsed, Hit
from onrecord.models.base import Judgment


def _hit(text: str, date: str, lang: str, endorses: Endorsed | None = None) -> Hit:
    return Hit(1, 1, None, "", text, "Femke Altena", "x@example.org", date, 0, "authored", lang,
               (0, len(text)), 1.0, via_endorsement=endorses)  # fmt: skip


def _piece(text: str, date: str, lang: str, e: float = 0.95, c: float = 0.03) -> Evidence:
    p = {"entailment": e, "neutral": round(1 - e - c, 4), "contradiction": c}
    j = Judgment(max(p, key=lambda k: p[k]), p, "test")
    return Evidence(OWN, _hit(text, date, lang), [(text, "claim")], judgment=j)


def _run(claim: str, e: Evidence) -> Evidence:
    ended_state(e, claim, claim_period(claim))
    return e


NO_LONGER = "Ik sluit samenwerking met Nieuw Noordveen na 2023 niet langer uit."
LUXURY = (
    "Een eigen stadion is voor een club als de onze een luxe die we ons niet meer kunnen "
    "veroorloven."
)


def test_the_ended_clause_is_found_in_english_and_dutch() -> None:
    assert ended_clause(NO_LONGER) == NO_LONGER
    assert ended_clause("A fully zero-emission fleet in 2022 is no longer realistic.")
    assert ended_clause("We don't sell customer data to advertisers any more.")
    assert (
        ended_clause("Een seizoenkaart kost dit seizoen 245 euro, en er is geen kinderkaart meer.")
        == " en er is geen kinderkaart meer."
    )
    # "not more than" and "not a cent more" are amounts, not endings
    assert ended_clause("De renovatie kost niet meer dan 4 miljoen euro.") is None
    assert ended_clause("De provincie heeft 45 miljoen euro betaald, geen cent meer.") is None


def test_an_ended_state_contradicts_a_claim_that_it_holds() -> None:
    e = _run(
        "Altena sloot samenwerking met Nieuw Noordveen in 2022 uit.",
        _piece(NO_LONGER, "2022-06-22T09:00:00Z", "nl"),
    )
    assert e.judgment is not None and e.judgment.label == "contradiction"
    assert e.judgment.probs["contradiction"] == 0.95 and ENDED_NOTE in e.note
    e = _run(
        "In mei 2021 vond Manders dat een club als FC Dijkhaven haar stadion zelf hoort te bezitten.",
        _piece(LUXURY, "2021-05-03T09:00:00Z", "nl"),
    )
    assert e.judgment is not None and e.judgment.label == "contradiction"
    # a claim that names no time: the state does not hold throughout
    e = _run(
        "Altena ruled out working with Nieuw Noordveen.",
        _piece(NO_LONGER, "2022-06-22T09:00:00Z", "nl"),
    )
    assert e.judgment is not None and e.judgment.label == "contradiction"


def test_no_longer_in_a_later_year_bears_out_an_earlier_claim() -> None:
    e = _run(
        "Altena sloot samenwerking met Nieuw Noordveen in 2018 uit.",
        _piece(NO_LONGER, "2022-06-22T09:00:00Z", "nl"),
    )
    assert e.judgment is not None and e.judgment.label == "entailment" and not e.note


def test_a_claim_of_the_ending_or_a_negated_claim_agrees_with_it() -> None:
    for claim in (
        "By 2022 Altena no longer ruled out working with Nieuw Noordveen after the 2023 elections.",
        "In 2022 Altena dropped her refusal to work with Nieuw Noordveen.",
        "Altena sloot samenwerking met Nieuw Noordveen in 2022 niet uit.",
        "In 2021 Manders stopped insisting that the club should own its stadium.",
    ):
        e = _run(
            claim, _piece(NO_LONGER if "Altena" in claim else LUXURY, "2022-06-22T09:00:00Z", "nl")
        )
        assert e.judgment is not None and e.judgment.label == "entailment", claim


def test_an_ending_of_another_matter_is_left_to_the_judge() -> None:
    # the children's ticket ended; the claim is about the price of a season ticket
    sentence = "Een seizoenkaart kost nu 245 euro, en er is geen kinderkaart meer."
    e = _run(
        "Een seizoenkaart werd na de verkoop duurder.",
        _piece(sentence, "2022-08-01T09:00:00Z", "nl", 0.58, 0.14),
    )
    assert e.judgment is not None and e.judgment.label == "entailment"
    # weak entailment, or the judge already contradicting: nothing to turn
    e = _run(
        "Altena sloot samenwerking met Nieuw Noordveen in 2022 uit.",
        _piece(NO_LONGER, "2022-06-22T09:00:00Z", "nl", 0.33, 0.65),
    )
    assert e.judgment is not None and e.judgment.probs["contradiction"] == 0.65


def test_a_reply_that_endorses_is_left_to_the_judge() -> None:
    quoted = Endorsed(
        2,
        "disagree",
        NO_LONGER,
        "Femke Altena",
        "x@example.org",
        "2022-06-22T09:00:00Z",
        2,
        None,
        True,
    )
    e = _piece("Daar ben ik het niet mee eens.", "2022-06-23T09:00:00Z", "nl")
    e.hit = _hit("Daar ben ik het niet mee eens.", "2022-06-23T09:00:00Z", "nl", endorses=quoted)
    _run("Altena sloot samenwerking met Nieuw Noordveen in 2022 uit.", e)
    assert e.judgment is not None and e.judgment.label == "entailment"
