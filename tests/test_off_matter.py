"""off_matter (rule 9b): a negation or a figure of another matter is no contradiction."""

from __future__ import annotations

from onrecord.check.claims.extract import FACT, Claim
from onrecord.check.verdicts.evidence import OWN, Evidence, unreasoned
from onrecord.check.verdicts.frames import strip_frame
from onrecord.check.verdicts.off_matter import OFF_MATTER, off_matter
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment


def _judged(statement: str, lang: str, claim: str, lang_c: str, con: float) -> Evidence:
    hit = Hit(1, 1, None, "", statement, "Anna Peters", "anna@example.org", None, None,
              "body", lang, (0, len(statement)), 1.0)  # fmt: skip
    probs = {"entailment": 0.05, "neutral": 0.95 - con, "contradiction": con}
    e = Evidence(OWN, hit, [(statement, claim)], judgment=Judgment("contradiction", probs, "t"))
    c = Claim(claim, claim, lang_c, None, None, None, None, FACT)
    framed = strip_frame(claim)
    unreasoned(e, c, framed)
    off_matter(e, c, framed)
    return e


def test_another_amount_of_the_topic_does_not_contradict() -> None:
    e = _judged(
        "Redstone investeert de komende drie jaar 5 miljoen euro in onze digitale producten.",
        "nl",
        "Redstone betaalde bij de overname in 2018 meer dan 20 miljoen euro voor Lindeveld Media.",
        "nl",
        0.94,
    )
    assert e.stance == "neutral"
    assert OFF_MATTER in e.note


def test_a_negation_of_another_matter_does_not_contradict() -> None:
    e = _judged(
        "Ten derde vervallen buitenlandse tournees tot en met 2022.",
        "nl",
        "Kamphuis's plan saved 1.2 million euros a year from 2020.",
        "en",
        0.92,
    )
    assert e.stance == "neutral"


def test_a_negation_of_the_claims_matter_still_contradicts() -> None:
    e = _judged(
        "Melkvaart's member council approved the merger in December 2019 by 52 votes to 41.",
        "en",
        "The member council rejected the merger in December 2019.",
        "en",
        0.97,
    )
    assert e.stance == "contradicts"
    assert OFF_MATTER not in e.note


def test_another_figure_of_the_same_budget_still_contradicts() -> None:
    e = _judged(
        "Het budget van 48 miljoen euro wordt niet overschreden.",
        "nl",
        "Oosterhout wist in 2019 dat de Vaartbrug meer dan 48 miljoen euro zou kosten.",
        "nl",
        0.73,
    )
    assert e.stance == "contradicts"
