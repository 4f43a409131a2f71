"""A claim of proposing against the subject's own "I am not suggesting that"
(onrecord.check.verdicts.proposal_denied) and what the evidence policy makes of it."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import Claim
from onrecord.check.verdicts.evidence import OWN, REPORTED, Evidence, modality
from onrecord.check.verdicts.frames import strip_frame
from onrecord.check.verdicts.proposal_denied import denied_proposal, denies_proposal, proposal_claim
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment


@pytest.mark.parametrize(
    ("said", "denial"),
    [
        ("I am not recommending a fee increase at this point.", True),
        ("I'm not suggesting we touch the print days yet, but I'd like a plan by Christmas.", True),
        ("I am not suggesting we close anything, but the trend worries me.", True),
        ("I do not recommend selling.", True),
        ("I would advise against selling now.", True),
        ("Ik stel niet voor om de campus te sluiten.", True),
        ("Ik raad het af.", True),
        ("We hebben nooit voorgesteld om de school te sluiten.", True),
        # a proposal, another's denial, a question, an opinion: no denial of proposing
        ("I recommend that the college informs the council before the summer recess.", False),
        ("He is not proposing anything.", False),
        ("Am I not suggesting we wait?", False),
        ("I do not think we should sell.", False),
    ],
)  # fmt: skip
def test_denies_proposal(said: str, denial: bool) -> None:
    assert denies_proposal(said) is denial


@pytest.mark.parametrize(
    ("claim", "proposal"),
    [
        ("Ashworth adviseerde in juni 2020 om de studiemateriaalbijdrage te verhogen.", True),
        ("Ashford proposed in September 2019 to reduce the number of printed editions.", True),
        ("Ashworth stelde in november 2017 voor om de campus in Lindewolde te sluiten.", True),
        ("Price drong er in oktober 2018 op aan een investeerder in de club te laten stappen.",
         True),
        # backing another's proposal is no proposal of one's own
        ("Claire Hughes backed Reid Urban Partners' revised demolition proposal in March 2020.",
         False),
        ("Verbeek closed the ward in Oudmeer.", False),
    ],
)  # fmt: skip
def test_proposal_claim(claim: str, proposal: bool) -> None:
    assert proposal_claim(claim) is proposal


def test_the_denial_must_be_of_the_claims_time_and_matter() -> None:
    claim = "Ashford proposed in September 2019 to reduce the number of printed editions."
    content = strip_frame(claim).content
    said = "I'm not suggesting we touch the print days yet, but I'd like a plan by Christmas."
    assert denied_proposal(claim, content, said, "en", "en", "2019-09-18T09:00:00Z")
    # another time: a later or earlier mail does not show what was proposed then
    assert not denied_proposal(claim, content, said, "en", "en", "2021-02-08T09:00:00Z")
    # another matter in one language (no content word shared), no time named
    claim = "Claire Hughes suggested selling the Rozemarijn site to another developer."
    said = "I am not proposing demolition at this stage, but the business case is thin."
    assert not denied_proposal(claim, claim, said, "en", "en", "2017-06-20T09:00:00Z")
    # across languages the time named decides
    claim = "Ashworth adviseerde in juni 2020 om de studiemateriaalbijdrage te verhogen."
    said = "I am not recommending a fee increase at this point."
    assert denied_proposal(claim, claim, said, "nl", "en", "2020-06-23T09:00:00Z")


def _evidence(said: str, relation: str) -> Evidence:
    hit = Hit(1, 1, None, "", said, "Ashworth", "a@example.org", "2020-06-23T09:00:00Z", None,
              "body", "en", (0, len(said)), 1.0, dense_score=0.8163)  # fmt: skip
    probs = {"entailment": 0.02, "neutral": 0.96, "contradiction": 0.02}
    return Evidence(relation, hit, [], judgment=Judgment("neutral", probs, "test"))


def test_the_subjects_denial_contradicts_the_claim() -> None:
    claim = "Ashworth adviseerde in juni 2020 om de studiemateriaalbijdrage te verhogen."
    c = Claim(claim, claim, "nl", "Ashworth", None, None, None, "about_speech")
    e = _evidence("I am not recommending a fee increase at this point.", OWN)
    modality(e, c, strip_frame(claim))
    assert e.stance == "contradicts" and "denies proposing" in e.note
    # someone else's words are not the subject's denial
    e = _evidence("I am not recommending a fee increase at this point.", REPORTED)
    modality(e, c, strip_frame(claim))
    assert e.stance == "neutral"
