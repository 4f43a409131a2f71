"""Self-contradictions on the fifth development case (Stalmeester Fietsen,
benchmarks/data/contradictions-dev5): a count of what was added against a total, a negation in a
coordinated clause about something else, no change against a change, a denied change against
the change, two places a thing is made (by a manufacturing verb, "in the Netherlands"), and a
plan against what became of it."""

from __future__ import annotations

from _contradiction_cases import ref
from onrecord.check.contradictions.find import RULE_SCORE, rate_pair, rule_score
from onrecord.check.contradictions.opposition import (
    ANTONYM,
    NO_OPPOSITION,
    PLAN_DONE,
    POLARITY,
    alternatives,
    amount_clash,
    opposition,
    stance_factor,
)
from onrecord.check.figures.direction import denied, direction, opposed

NEUTRAL = {"entailment": 0.05, "neutral": 0.9, "contradiction": 0.05}


def test_a_count_of_what_was_added_is_no_total() -> None:
    hired = "This year we hired twenty new mechanics for the assembly line."
    total = "We now have ninety mechanics on the assembly line."
    assert amount_clash(hired, total, "en", "en") is None
    assert opposition(hired, total, "en", "en", ordered=True) is None
    # two totals still clash, and two counts of what was added too
    assert amount_clash("We have twenty mechanics on the assembly line.", total, "en", "en")
    assert amount_clash(hired, "This year we hired thirty new mechanics.", "en", "en")


def test_a_negation_in_a_clause_about_something_else() -> None:
    plan = "We will keep all frame welding in Zwolle."
    still = "All of our frames are still welded in our own factory in Zwolle, and nobody loses their job."
    assert opposition(plan, still, "en", "en", ordered=True) is None
    # across languages the first clause decides: two injured customers deny "no customer"
    none = "No customer was injured by the faulty batteries."
    two = "Twee klanten raakten gewond toen hun accu vlam vatte, en dat vergeet ik nooit."
    assert opposition(none, two, "en", "nl", ordered=True) == POLARITY
    # a coordinated clause on the other side's matter still counts (dev4, V5)
    loan = "We borrowed eight million euros from the bank to build the new drying tower."
    paid = "The drying tower was paid from our own money, and we did not borrow a cent for it."
    assert opposition(loan, paid, "en", "en", ordered=True) in (POLARITY, ANTONYM)


def test_no_change_against_a_change_and_a_denied_change() -> None:
    doubled = "Our e-bike sales doubled in 2020."
    same = "For us it came later: in 2020 we sold about as many e-bikes as in 2019."
    assert direction(doubled) == 1 and direction(same) == 0
    assert opposition(doubled, same, "en", "en", ordered=True) == ANTONYM
    flat = "Onze prijzen gaan dit jaar niet omhoog."
    raised = "Dit jaar hebben we onze prijzen twee keer verhoogd, en dat doet ons pijn."
    assert denied(flat) == 1 and direction(flat) is None
    assert opposed(flat, raised, "nl", "nl")
    a, b = ref(flat, "2022-01-10T08:00:00Z", "nl"), ref(raised, "2022-11-14T08:00:00Z", "nl")
    assert rule_score(a, b, NEUTRAL, NEUTRAL, 0.91) == RULE_SCORE
    # a denied rise against a fall is no opposition
    assert not opposed(flat, "Dit jaar hebben we onze prijzen verlaagd.", "nl", "nl")


def test_two_places_a_thing_is_made() -> None:
    nl = "Every part of the Stroom is made in the Netherlands."
    cn = "The motor and the battery of the Stroom are made in China."
    assert alternatives(nl, cn)
    zwolle = "All of our frames are still welded in our own factory in Zwolle."
    portugal = "Sinds begin 2021 worden al onze frames in Portugal gelast."
    assert alternatives(zwolle, portugal)
    a, b = ref(zwolle, "2021-09-20T06:00:00Z"), ref(portugal, "2022-04-20T00:00:00Z", "nl")
    assert rule_score(a, b, NEUTRAL, NEUTRAL, 0.83) == RULE_SCORE
    assert rule_score(a, b, NEUTRAL, NEUTRAL, 0.78) is None  # a loose neighbour: no rule
    assert not alternatives(zwolle, "Our frames are welded in Zwolle by our own people.")


def test_a_plan_and_what_became_of_it() -> None:
    plan = "The new paint line will start running in March."
    done = "The new paint line started running on Monday."
    assert stance_factor(plan, done, "en", "en") == NO_OPPOSITION * PLAN_DONE
    contra = {"entailment": 0.02, "neutral": 0.02, "contradiction": 0.96}
    a, b = ref(plan, "2018-10-09T12:00:00Z"), ref(done, "2019-03-11T07:00:00Z")
    assert rate_pair(a, b, contra, contra, 0.94) is None
    # a plan against its opposite keeps its rank
    assert stance_factor(plan, "The new paint line never started running.", "en", "en") == 1.0
