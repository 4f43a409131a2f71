"""Oppositions the judge reads as neutral or agreement, scored by rule: a stance for one course
of action against one against it (in one language and across two), durations in two units, a
count of "maar één"/"only one" against "at least two", and two values of one year's revenue
where the company is "our" on one side and named on the other. The real sentences are from the
Kempenvet case (benchmarks/data/contradictions-heldout6)."""

from __future__ import annotations

from _contradiction_cases import ref
from onrecord.check.contradictions.acknowledged import change_marker
from onrecord.check.contradictions.find import rate_pair
from onrecord.check.contradictions.opposition import (
    AMOUNT,
    NO_OPPOSITION,
    opposition,
    stance_factor,
)
from onrecord.check.contradictions.pair_rules import (
    RULE_SCORE,
    apart_in_time,
    pair_factor,
    rule_score,
)
from onrecord.check.contradictions.stance_pairs import stance_clash, stance_of
from onrecord.check.figures.amount_matter import one_measure
from onrecord.check.quantities import quantities

NEUTRAL = {"entailment": 0.02, "neutral": 0.93, "contradiction": 0.05}
AGREE = {"entailment": 0.93, "neutral": 0.01, "contradiction": 0.06}
E, L = "2019-03-01T09:00:00Z", "2023-06-01T09:00:00Z"

PROPOSE = "I propose that we sell the crematorium in Best to Rustpark."
AGAINST = (
    "I was against selling our pet crematorium in Best from the very start, because aftercare "
    "belongs with the practice that treated the animal."
)
AGAINST_BONUS = "I am firmly against paying our vets a bonus based on revenue."
BEST_WAY = "Een omzetbonus is de beste manier om onze dierenartsen te belonen."


def test_stances_for_and_against() -> None:
    assert stance_of(PROPOSE) == "for"
    assert stance_of(BEST_WAY) == "for"
    assert stance_of(AGAINST) == "against"
    assert stance_of(AGAINST_BONUS) == "against"
    assert stance_of(
        "Ik ben altijd tegen het sluiten van de nachtdienst in Veldhoven geweest."
    ) == ("against")
    # a turned stance, a "tegen" of a person, no stance: none
    assert stance_of("I was never against selling the crematorium.") is None
    assert stance_of("Ik zei tegen hem dat de verkoop doorging.") is None
    assert stance_of("We sold the crematorium in Best to Rustpark.") is None
    assert stance_clash(PROPOSE, AGAINST)
    assert not stance_clash(PROPOSE, "I propose that we keep the clinic in Best open.")


def test_a_stance_pair_scores_by_rule_in_one_language_and_across_two() -> None:
    a, b = ref(PROPOSE, E), ref(AGAINST, L)
    assert rule_score(a, b, NEUTRAL, NEUTRAL, 0.892) == RULE_SCORE
    got = rate_pair(a, b, NEUTRAL, NEUTRAL, 0.892)
    assert got is not None and got[0] == RULE_SCORE
    x, y = ref(AGAINST_BONUS, E), ref(BEST_WAY, L, "nl")
    assert rule_score(x, y, NEUTRAL, NEUTRAL, 0.833) == RULE_SCORE
    # across languages far apart in topic: two matters
    assert rule_score(x, y, NEUTRAL, NEUTRAL, 0.79) is None
    # in one language against another action: shares one word only
    other = ref("I am against selling the old ambulance.", L)
    assert rule_score(a, other, NEUTRAL, NEUTRAL, 0.85) is None


WAITED = (
    "In the winter of 2022-2023 clients at the Eindhoven emergency post waited two and a half "
    "hours on average."
)
FORTY = "In de winter van 2022 op 2023 was de gemiddelde wachttijd op de spoedpost veertig minuten."


def test_durations_in_two_units_clash_by_rule() -> None:
    # a span of years is a period, no changed amount ("van 2022 op 2023")
    assert change_marker(FORTY) is None
    assert change_marker("De bijdrage is verlaagd van 6 naar 4 euro.") == "amount"
    a, b = ref(WAITED, E), ref(FORTY, L, "nl")
    assert pair_factor(a, b) == 1.0
    assert opposition(WAITED, FORTY, "en", "nl", ordered=True) == AMOUNT
    assert rule_score(a, b, AGREE, AGREE, 0.92) == RULE_SCORE
    # the same duration in two units is no clash
    same = ref("In de winter van 2022 op 2023 was de gemiddelde wachttijd 150 minuten.", L, "nl")
    assert rule_score(a, same, AGREE, AGREE, 0.92) is None


ONE_VET = "Sinds september staat er 's nachts maar één dierenarts op de spoedpost in Eindhoven."
TWO_VETS = (
    "Op onze spoedpost in Eindhoven waren er 's nachts altijd minstens twee dierenartsen aanwezig."
)


def test_only_one_counts_and_clashes_with_at_least_two() -> None:
    (one,) = quantities(ONE_VET, "nl")
    assert (one.lo, one.hi, one.unit) == (1.0, 1.0, "dierenart")
    (two,) = quantities(TWO_VETS, "nl")
    assert two.lo == 2.0 and two.unit.startswith("dierenart")  # not "aanwezig"
    (en,) = quantities("Since September there is only one vet at the emergency post.", "en")
    assert (en.lo, en.unit) == (1.0, "vet")
    # "one" without "only" and "één ding" stay uncounted
    assert quantities("Eén ding wil ik toevoegen: de assistenten nemen de lijn op.", "nl") == []
    assert quantities("One of the vets left in May.", "en") == []
    a, b = ref(ONE_VET, E, "nl"), ref(TWO_VETS, L, "nl")
    assert opposition(ONE_VET, TWO_VETS, "nl", "nl", ordered=True) == AMOUNT
    assert stance_factor(ONE_VET, TWO_VETS, "nl", "nl") == 1.0
    assert rule_score(a, b, AGREE, NEUTRAL, 0.948) == RULE_SCORE


REVENUE = "Our revenue in 2021 was 14.2 million euros, up from 12.1 million in 2020."
NAMED = "In 2021 Kempenvet had a revenue of 19 million euros."


def test_one_measure_of_one_year_is_one_figure() -> None:
    assert one_measure(REVENUE, NAMED, "en", "en")
    assert opposition(REVENUE, NAMED, "en", "en", ordered=True) == AMOUNT
    assert stance_factor(REVENUE, NAMED, "en", "en") == 1.0
    # another year, or no measure noun: two figures
    other_year = "In 2022 Kempenvet had a revenue of 19 million euros."
    assert not one_measure(REVENUE, other_year, "en", "en")
    spent = "In 2021 we invested 19 million euros in new clinics."
    assert not one_measure(REVENUE, spent, "en", "en")
    assert stance_factor(REVENUE, spent, "en", "en") == NO_OPPOSITION


TWO_EVERY_NIGHT = (
    "We have two vets on duty every night in Eindhoven and one in Veldhoven, plus two "
    "assistants in Eindhoven."
)
STILL_ONE = "We still have only one vet at night in Eindhoven on most nights."


def test_counts_of_a_state_in_the_present_of_two_years_are_two_times() -> None:
    a, b = ref(TWO_EVERY_NIGHT, "2020-11-09T16:10:00Z"), ref(STILL_ONE, "2023-02-20T19:30:00Z")
    assert apart_in_time(a, b)
    assert rule_score(a, b, AGREE, AGREE, 0.9) is None
    assert rate_pair(a, b, AGREE, AGREE, 0.9) is None
    # the same year of writing, or a side that holds over time ("altijd"), or no count: one time
    assert not apart_in_time(a, ref(STILL_ONE, "2020-12-01T09:00:00Z"))
    assert not apart_in_time(ref(ONE_VET, E, "nl"), ref(TWO_VETS, L, "nl"))
    still_against = ref("I am still against a bonus based on revenue.", L)
    assert not apart_in_time(ref(BEST_WAY, E, "nl"), still_against)
