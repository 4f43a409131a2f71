"""A contradiction a rule proved (not the judge) turns a verdict model's not_enough_info into a
not-confident contradicted; one the judge read itself, or one a supporting piece faces, does
not. Sentences from the training cases."""

from __future__ import annotations

from onrecord.check.evidence import OWN, Evidence
from onrecord.check.ruled import RULED, judge_read, ruled_against
from onrecord.check.same_time import same_time
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment

# written on Monday 13 January 2020: "last Friday" was the 10th
SIGNED = "Afgelopen vrijdag hebben we het contract met Brennan Pharma getekend."
CLAIM = "The lab signed its contract with Brennan Pharma on 13 January 2020."


def _evidence(text: str, probs: tuple[float, float, float], weight: float = 1.0) -> Evidence:
    hit = Hit(1, 1, None, "", text, "Ilse Brouwer", "ilse@lab.example", "2020-01-13T09:00:00Z",
              None, "body", "nl", (0, len(text)), 1.0)  # fmt: skip
    p = dict(zip(("entailment", "neutral", "contradiction"), probs, strict=True))
    e = Evidence(OWN, hit, [], judgment=Judgment(max(p, key=lambda k: p[k]), p, "test"))
    e.weight = weight
    judge_read(e)
    return e


def test_the_time_rules_contradiction_decides() -> None:
    e = _evidence(SIGNED, (0.96, 0.03, 0.01))
    same_time(e, CLAIM)
    assert e.judgment is not None and e.judgment.probs["contradiction"] >= RULED
    assert ruled_against([e]) is e


def test_a_contradiction_the_judge_read_itself_is_left_to_the_model() -> None:
    # "The audit was postponed until June 2019." against "I decided we should delay the audit
    # until March.": the judge read 0.96 itself; the model's not_enough_info stands
    e = _evidence("I decided we should delay the audit until March.", (0.02, 0.02, 0.96))
    assert ruled_against([e]) is None


def test_a_supporting_piece_leaves_it_to_the_model() -> None:
    ruled = _evidence(SIGNED, (0.96, 0.03, 0.01))
    same_time(ruled, CLAIM)
    support = _evidence("We hebben het contract op 13 januari getekend.", (0.9, 0.05, 0.05))
    assert ruled_against([ruled, support]) is None


def test_a_piece_of_less_weight_does_not_decide() -> None:
    e = _evidence(SIGNED, (0.96, 0.03, 0.01), weight=0.5)
    same_time(e, CLAIM)
    assert ruled_against([e]) is None
