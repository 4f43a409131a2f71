"""A speech frame's date is when the claim says it was said, not a time of its figures: the
figures are compared with the claim's content (``amount_evidence.figures_of``)."""

from __future__ import annotations

from onrecord.check.claims.extract import ABOUT_SPEECH, Claim
from onrecord.check.statements.period import claim_period
from onrecord.check.verdicts.amount_evidence import QUANTITY_CONFLICT, amounts, figures_of
from onrecord.check.verdicts.evidence import OWN, Evidence
from onrecord.check.verdicts.frames import strip_frame
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment

SAID = (
    "Inflation for 2020 was 1.3%, but to stay within the loan covenant we would need a rent "
    "rise of 3.9% this July."
)


def _evidence(text: str) -> Evidence:
    hit = Hit(1, 1, None, "", text, "Nora Blom", "nora@coop.example", "2021-03-02T09:00:00Z",
              None, "body", "en", (0, len(text)), 1.0)  # fmt: skip
    p = {"entailment": 0.7, "neutral": 0.1, "contradiction": 0.2}
    return Evidence(OWN, hit, [], judgment=Judgment("entailment", p, "test"))


def _claim(text: str, lang: str) -> Claim:
    return Claim(text, text, lang, "Blom", None, None, None, ABOUT_SPEECH)


def _checked(text: str, lang: str) -> Evidence:
    claim = _claim(text, lang)
    framed = strip_frame(text)
    period = claim_period(text, framed.prefix if framed.frame else None)
    e = _evidence(SAID)
    amounts(e, figures_of(claim, framed, period), period, period)
    return e


def test_a_framed_claims_figure_clashes_with_the_figure_said_then() -> None:
    for text, lang in (
        ("Blom rekende in maart 2021 voor dat een huurverhoging van 2,9 procent nodig was.", "nl"),
        ("In March 2021 Blom calculated that a rent rise of 2.9 percent was needed.", "en"),
    ):
        e = _checked(text, lang)
        assert e.judgment is not None and e.judgment.probs["contradiction"] >= QUANTITY_CONFLICT
        assert "amounts differ" in e.note


def test_the_same_figure_is_no_clash() -> None:
    e = _checked("In March 2021 Blom calculated that a rent rise of 3.9 percent was needed.", "en")
    assert e.judgment is not None and e.judgment.probs["contradiction"] < 0.5


def test_an_unframed_or_negated_claim_keeps_its_words() -> None:
    text = "The rent rise of 2.9 percent in March 2021 was needed."
    framed = strip_frame(text)
    claim = _claim(text, "en")
    assert figures_of(claim, framed, claim_period(text)) is claim
    text = "Blom never wrote in March 2021 that a rent rise of 2.9 percent was needed."
    framed = strip_frame(text)
    assert framed.negated
    assert figures_of(_claim(text, "en"), framed, claim_period(text, framed.prefix)).text == text
