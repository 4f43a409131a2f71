"""A contradiction a rule proved (not the judge) turns a verdict model's not_enough_info into a
not-confident contradicted; one the judge read itself, or one a supporting piece faces, does
not. Sentences from the training cases."""

from __future__ import annotations

from onrecord.check.claims.extract import ABOUT_SPEECH, Claim
from onrecord.check.verdicts.amount_evidence import amounts
from onrecord.check.verdicts.evidence import OWN, Evidence, modality
from onrecord.check.verdicts.frames import strip_frame
from onrecord.check.verdicts.ruled import RULED, judge_read, ruled_against, ruled_for
from onrecord.check.verdicts.same_time import same_time
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


def test_a_contradiction_the_judge_read_and_the_times_prove_decides() -> None:
    # the same reading, with the two ends of one postponement compared: proved
    e = _evidence("I decided we should delay the audit until March.", (0.02, 0.02, 0.96))
    e.hit.date = "2018-09-15T10:00:00Z"
    same_time(e, "The audit was postponed until June 2019.")
    assert "dates differ" in e.note
    assert ruled_against([e]) is e


def test_a_supporting_piece_leaves_it_to_the_model() -> None:
    ruled = _evidence(SIGNED, (0.96, 0.03, 0.01))
    same_time(ruled, CLAIM)
    support = _evidence("We hebben het contract op 13 januari getekend.", (0.9, 0.05, 0.05))
    assert ruled_against([ruled, support]) is None


def test_a_piece_of_less_weight_does_not_decide() -> None:
    e = _evidence(SIGNED, (0.96, 0.03, 0.01), weight=0.5)
    same_time(e, CLAIM)
    assert ruled_against([e]) is None


def test_a_mail_about_the_subject_at_the_time_decides() -> None:
    # another writer's mail of the time (reported, 0.8) decides as the subject's own words do
    e = _evidence(SIGNED, (0.96, 0.03, 0.01), weight=0.8)
    same_time(e, CLAIM)
    assert ruled_against([e]) is e


def test_equal_figures_do_not_undo_a_hedges_contradiction() -> None:
    # "certainly save 300,000 euros" against "could save about 300,000 euros": the figures
    # agree, the certainty does not; the hedge rule's contradiction stays
    claim_text = (
        "In May 2022 Hendriks wrote that a smaller office in Utrecht would certainly save "
        "300,000 euros a year."
    )
    claim = Claim(claim_text, claim_text, "en", "Hendriks", None, None, None, ABOUT_SPEECH)
    said = "A smaller office there could save about 300,000 euros a year in rent."
    hit = Hit(1, 1, None, "", said, "Tom Hendriks", "tom@nordwind.example",
              "2022-05-10T09:00:00Z", None, "body", "en", (0, len(said)), 1.0)  # fmt: skip
    p = {"entailment": 0.6, "neutral": 0.35, "contradiction": 0.05}
    e = Evidence(OWN, hit, [], judgment=Judgment("entailment", p, "test"))
    judge_read(e)
    modality(e, claim, strip_frame(claim.text))
    assert e.judgment is not None and e.judgment.probs["contradiction"] >= RULED
    amounts(e, claim)
    assert e.judgment.probs["contradiction"] >= RULED


def test_a_contradiction_the_judge_read_and_a_rule_proved_decides() -> None:
    # the judge reads the clash itself (0.93); the rule on the direction of a change finds it
    # too, so it is no misread of another matter
    claim_text = "The number of night flights at Brakelveen rose in 2021."
    claim = Claim(claim_text, claim_text, "en", None, None, None, None, "fact")
    e = _evidence("In 2021 the number of night flights fell by 12 percent.", (0.03, 0.04, 0.93))
    amounts(e, claim)
    assert "opposite ways" in e.note
    assert ruled_against([e]) is e
    # the same reading without a rule behind it stays the model's
    other = _evidence("Night flights are a burden for the residents.", (0.03, 0.04, 0.93))
    amounts(other, claim)
    assert ruled_against([other]) is None


FIGURES = "About 1,150 supporters gave a total of 312,000 euros to the crowdfunding in 2020."


def test_an_entailment_with_the_claims_figures_decides() -> None:
    # the judge reads it at 0.88; the figures show it is of the claim's matter
    e = _evidence("In totaal hebben 1150 supporters samen 312.000 euro gegeven.", (0.88, 0.1, 0.02))
    assert ruled_for([e], FIGURES) is e
    # another reading of equal strength without the figures stays the model's
    other = _evidence("The supporters were generous that year.", (0.88, 0.1, 0.02))
    assert ruled_for([other], FIGURES) is None


def test_figures_do_not_decide_against_a_contradiction_or_a_noted_piece() -> None:
    said = "In totaal hebben 1150 supporters samen 312.000 euro gegeven."
    e = _evidence(said, (0.88, 0.1, 0.02))
    against = _evidence("Only 600 supporters gave anything.", (0.05, 0.1, 0.85))
    assert ruled_for([e, against], FIGURES) is None
    # a first-hand reading against it at even odds is enough doubt (helixa: "We hebben nu 97
    # van de 120 patiënten" read at 0.90 for "120 patiënten", "118 patiënten" at 0.57 against)
    doubt = _evidence("In totaal gaven 1.090 supporters iets.", (0.3, 0.13, 0.57))
    assert ruled_for([e, doubt], FIGURES) is None
    planned = _evidence(said, (0.88, 0.1, 0.02))
    planned.note = "a plan or proposal, not a report that it happened"
    assert ruled_for([planned], FIGURES) is None
    # a claim whose only number is a day of the month has no figure to give
    day = _evidence("We close the ward on 1 July.", (0.9, 0.05, 0.05))
    assert ruled_for([day], "The ward closed on 1 July 2022.") is None


def test_opposite_changes_of_another_matter_are_not_compared() -> None:
    # dagblad: the paper's circulation fell, the digital subscribers rose: two things, and the
    # judge reads the pair as another matter; the direction rule must not make it a clash
    claim_text = (
        "Na het schrappen van de doordeweekse krant steeg het aantal digitale abonnees tot "
        "boven de 20.000."
    )
    claim = Claim(claim_text, claim_text, "nl", None, None, None, None, "fact")
    said = "De betaalde oplage van de papieren krant is gedaald van 41.000 naar 37.500 exemplaren."
    e = _evidence(said, (0.05, 0.9, 0.05))
    amounts(e, claim)
    assert e.note == "" and e.judgment is not None and e.judgment.label == "neutral"
    # read as about the same matter, the opposite directions still clash
    e = _evidence(said, (0.2, 0.5, 0.3))
    amounts(e, claim)
    assert "opposite ways" in e.note
