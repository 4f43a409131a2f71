"""A firm claim against a hedged statement of one matter (onrecord.check.verdicts.firm_hedge) and what
the evidence policy makes of it (onrecord.check.verdicts.evidence.modality)."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import Claim
from onrecord.check.verdicts.evidence import OWN, REPORTED, Evidence, modality
from onrecord.check.verdicts.firm_hedge import (
    HEDGE_CONTRADICTION,
    against_firm,
    one_matter,
    own_hedge,
)
from onrecord.check.verdicts.frames import strip_frame
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment


@pytest.mark.parametrize(
    ("said", "hedge"),
    [
        ("If this becomes public, we might lose customers.", True),
        ("Als het aan mij ligt, blijft Haskerdam open.", True),
        ("Als dit zo doorgaat, moeten we misschien deze zomer de afdeling 's nachts sluiten.",
         True),
        ("Japan would be my first choice: we might be able to do five concerts there in autumn "
         "2017 if a sponsor comes on board.", True),
        # "zou" in a report of a promise is its future, not a doubt
        ("Ik heb de deelnemers in 2017 beloofd dat er niet gekort zou worden.", False),
        ("Je had me in februari beloofd dat het budget drie seizoenen gelijk zou blijven.", False),
        ("In juli beloofde Marleen nog dat het recept ongewijzigd zou blijven.", False),
        # a request is the act of asking
        ("Could you confirm that all data of Welderhoven Ziekenhuis, including the backups, "
         "stays within the EU?", False),
        # a firm statement
        ("De afdeling verloskunde in Oudmeer blijft deze zomer dag en nacht open.", False),
    ],
)  # fmt: skip
def test_own_hedge(said: str, hedge: bool) -> None:
    assert own_hedge(said) is hedge


@pytest.mark.parametrize(
    ("said", "claim", "expected"),
    [
        ("If this becomes public, we might lose customers.",
         "Chen voorspelde in 2019 met zekerheid dat Nordwind door de Datamark-deal klanten zou "
         "verliezen.", True),
        ("Als het aan mij ligt, blijft Haskerdam open.",
         "In March 2020 Bosma promised Hoekstra that Haskerdam would stay open after the merger.",
         True),
        # the claim's content is itself conditional: the conditional statement is what it says
        ("If the provenance research confirms your clients' claim, the museum will return the "
         "painting to the heirs.",
         "In September 2015 Willemijn Hoekstra told the heirs' lawyer that the museum would "
         "return the painting if the provenance research confirmed the claim.", False),
        ("Tenzij de Restitutiecommissie ons anders opdraagt, geven we het schilderij niet terug.",
         "Gerard Pauwels stemde er in 2015 mee in dat het museum het schilderij zou teruggeven "
         "als het onderzoek de claim van de erven bevestigde.", False),
        # the claim itself hedges
        ("A smaller office there could save about 300,000 euros a year in rent.",
         "Hendriks wrote that a smaller office might save money.", False),
    ],
)  # fmt: skip
def test_against_firm(said: str, claim: str, expected: bool) -> None:
    assert against_firm(said, strip_frame(claim).content) is expected


def test_one_matter_by_words_or_similarity() -> None:
    said = "Als dit zo doorgaat, moeten we misschien deze zomer de afdeling 's nachts sluiten."
    claim = "de afdeling in Oudmeer die zomer 's nachts dicht zou gaan"
    assert one_matter(said, claim, "nl", "nl", None)  # afdeling, zomer, nachts
    # another matter that carries a hedge word: "Misschien halen we in 2018 zelfs 45.000 ton."
    other = "Misschien halen we in 2018 zelfs 45.000 ton."
    assert not one_matter(other, "no merger talks were taking place", "nl", "en", 0.77)
    # across languages only the embedder tells
    lose = "If this becomes public, we might lose customers."
    assert one_matter(
        lose, "Nordwind door de Datamark-deal klanten zou verliezen", "en", "nl", 0.85
    )
    assert not one_matter(lose, "Nordwind klanten zou verliezen", "en", "nl", 0.80)


def _evidence(
    said: str,
    lang: str,
    probs: dict[str, float],
    sim: float,
    rel: str = OWN,
    date: str = "2019-07-02T09:00:00Z",
) -> Evidence:
    hit = Hit(1, 1, None, "", said, "Chen", "chen@example.org", date, None,
              "body", lang, (0, len(said)), 1.0, dense_score=sim)  # fmt: skip
    label = max(probs, key=lambda k: probs[k])
    return Evidence(rel, hit, [], judgment=Judgment(label, probs, "test"))


def _claim(text: str, lang: str) -> Claim:
    return Claim(text, text, lang, None, None, None, None, "about_speech")


@pytest.mark.parametrize(
    ("claim", "claim_lang", "said", "said_lang", "sim", "date"),
    [
        ("Chen voorspelde in 2019 met zekerheid dat Nordwind door de Datamark-deal klanten zou "
         "verliezen.", "nl", "If this becomes public, we might lose customers.", "en", 0.8495,
         "2019-07-02T09:00:00Z"),
        ("Verbeek kondigde in februari 2018 aan dat de afdeling in Oudmeer die zomer 's nachts "
         "dicht zou gaan.", "nl",
         "Als dit zo doorgaat, moeten we misschien deze zomer de afdeling 's nachts sluiten.",
         "nl", 0.872, "2018-02-05T09:00:00Z"),
        ("In March 2020 Bosma promised Hoekstra that Haskerdam would stay open after the merger.",
         "en", "Als het aan mij ligt, blijft Haskerdam open.", "nl", 0.8412,
         "2020-03-10T09:00:00Z"),
        # a fact established, against a doubt
        ("Mertens stelde in juni 2016 al vast dat de verkoop van 1941 onder dwang had "
         "plaatsgevonden.", "nl", "It is possible that the sale was voluntary, but I doubt it.",
         "en", 0.85, "2016-06-14T09:00:00Z"),
    ],
)  # fmt: skip
def test_hedge_of_one_matter_contradicts_a_firm_claim(
    claim: str, claim_lang: str, said: str, said_lang: str, sim: float, date: str
) -> None:
    probs = {"entailment": 0.2, "neutral": 0.67, "contradiction": 0.13}
    e = _evidence(said, said_lang, probs, sim, date=date)
    c = _claim(claim, claim_lang)
    modality(e, c, strip_frame(claim))
    assert e.judgment is not None
    assert e.judgment.label == "contradiction"
    assert e.judgment.probs["contradiction"] >= HEDGE_CONTRADICTION
    assert e.judgment.probs["entailment"] < 0.1


def test_hedge_of_another_matter_or_by_another_writer_only_weakens() -> None:
    claim = "In October 2018 Bosma assured Wiersma that no merger talks were taking place."
    probs = {"entailment": 0.2, "neutral": 0.67, "contradiction": 0.13}
    other = _evidence("Misschien halen we in 2018 zelfs 45.000 ton.", "nl", probs, 0.7725)
    modality(other, _claim(claim, "en"), strip_frame(claim))
    assert other.judgment is not None and other.judgment.label == "neutral"
    assert other.judgment.probs["contradiction"] < 0.2
    # a hedge someone else reports is not the subject's own hedge
    claim = "In March 2020 Bosma promised Hoekstra that Haskerdam would stay open after the merger."
    said = "Als het aan Bosma ligt, blijft Haskerdam open."
    rep = _evidence(said, "nl", probs, 0.86, REPORTED)
    modality(rep, _claim(claim, "en"), strip_frame(claim))
    assert rep.judgment is not None and rep.judgment.probs["contradiction"] < 0.2


def test_a_hedge_of_another_time_does_not_show_how_firm_the_decision_was() -> None:
    claim = "In september 2022 besloot Van der Linden de resultaten van HELIOS-2 op het register te zetten."
    said = (
        "I propose that we delay publication of the full HELIOS-2 results until the Series C has "
        "closed, probably in mid-2022."
    )
    probs = {"entailment": 0.2, "neutral": 0.67, "contradiction": 0.13}
    e = _evidence(said, "en", probs, 0.86, date="2021-03-16T09:00:00Z")
    modality(e, _claim(claim, "nl"), strip_frame(claim))
    assert e.judgment is not None and e.judgment.probs["contradiction"] < 0.5


def test_a_thought_reported_is_no_hedge() -> None:
    said = (
        "Eerlijk gezegd had ik dit niet zien aankomen: tot vorig jaar dacht ik echt dat "
        "Lindewolde het zou redden."
    )
    assert not own_hedge(said)
    assert own_hedge("It is possible that the sale was voluntary, but I doubt it.")
    assert not own_hedge("The sale was voluntary, and the price was fair.")
