"""A timeless claim about a position the subject's own record both supports and contradicts, in
different years, is ``mixed`` (check/verdicts/position_change.py)."""

from __future__ import annotations

from onrecord.check.verdicts.position_change import both_ways_over_time, changed_position, timeless


def piece(text: str, date: str, e: float, c: float, weight: float = 1.0) -> dict[str, object]:
    return {
        "text": text,
        "date": date,
        "entailment": e,
        "contradiction": c,
        "neutral": max(0.0, 1.0 - e - c),
        "weight": weight,
    }


KEEP_OPEN = piece(
    "Daarom wil ik het helder zeggen: de afdeling verloskunde in Oudmeer blijft open.",
    "2019-03-06T07:30:00Z",
    0.96,
    0.02,
)
CLOSE = piece(
    "I propose that we close the maternity ward in Oudmeer on 1 July 2022.",
    "2021-02-10T09:00:00Z",
    0.03,
    0.95,
)


def test_a_position_given_up_is_mixed() -> None:
    claim = "Marieke Dijkstra opposed closing the maternity ward in Oudmeer."
    assert timeless(claim)
    assert changed_position(claim, [KEEP_OPEN, CLOSE])
    dutch = "Dijkstra was tegen het sluiten van de afdeling verloskunde in Oudmeer."
    assert changed_position(dutch, [CLOSE, KEEP_OPEN])


def test_a_claim_that_names_its_time_is_decided_by_that_time() -> None:
    assert not timeless("In 2021 Dijkstra opposed closing the maternity ward in Oudmeer.")
    assert not changed_position(
        "In maart 2021 was Dijkstra tegen het sluiten van Oudmeer.", [KEEP_OPEN, CLOSE]
    )


def test_a_universal_claim_is_falsified_by_one_counterexample() -> None:
    claim = "Dijkstra never supported closing the maternity ward in Oudmeer."
    assert not timeless(claim)
    assert not changed_position(claim, [KEEP_OPEN, CLOSE])


def test_both_sides_must_be_strong_own_words_of_different_years() -> None:
    same_year = piece(CLOSE["text"], "2019-11-02T10:00:00Z", 0.03, 0.95)  # type: ignore[arg-type]
    assert not both_ways_over_time([KEEP_OPEN, same_year])
    reported = piece(CLOSE["text"], "2021-02-10T09:00:00Z", 0.03, 0.95, weight=0.4)  # type: ignore[arg-type]
    assert not both_ways_over_time([KEEP_OPEN, reported])
    weak = piece(CLOSE["text"], "2021-02-10T09:00:00Z", 0.3, 0.45)  # type: ignore[arg-type]
    assert not both_ways_over_time([KEEP_OPEN, weak])
    assert not both_ways_over_time([KEEP_OPEN])


def test_only_a_position_held_over_time_can_change() -> None:
    from onrecord.check.verdicts.position_change import position_claim

    assert position_claim("Tom Hendriks was voor een verhuizing van het hoofdkantoor naar Utrecht.")
    assert position_claim("Van Lier verzette zich tegen de verkoop van SC Ravenwijk.")
    assert position_claim("Bosma was committed to keeping the Haskerdam cheese plant open.")
    assert position_claim("Verhoeven insisted that bottling would stay in Wolderdam.")
    assert position_claim("Verhoeven stond erop dat de bottelarij in Wolderdam bleef.")
    # an act done once happened or it did not
    assert not position_claim("Hofstede offered the departing moderators six months' salary.")
    assert not position_claim("Pieter Smeding welcomed the approval of the reflagging.")
    # negated: which side is which hangs on the negation
    assert not position_claim("Zuidema did not want private equity named in the letter.")
    assert not changed_position(
        "Zuidema did not want the ward in Oudmeer closed.", [KEEP_OPEN, CLOSE]
    )


def test_a_claim_of_two_named_years_borne_out_in_one_and_denied_in_the_other_is_mixed() -> None:
    publish = piece(
        "We will publish all results of HELIOS-2, whether they are good or bad.",
        "2018-02-12T09:00:00Z",
        0.64,
        0.35,
    )
    delay = piece(
        "I propose that we delay publication of the full HELIOS-2 results until the Series C has "
        "closed.",
        "2021-03-16T09:00:00Z",
        0.01,
        0.91,
    )
    claim = (
        "Sophie van der Linden insisted on publishing all HELIOS-2 results without delay both in "
        "2018 and in 2021."
    )
    assert changed_position(claim, [publish, delay])
    dutch = "Van der Linden stond zowel in 2018 als in 2021 op publicatie van alle resultaten."
    assert changed_position(dutch, [delay, publish])


def test_two_named_years_need_each_side_in_one_of_them() -> None:
    claim = "Van der Linden stond zowel in 2018 als in 2020 op publicatie van alle resultaten."
    publish = piece("We will publish all results.", "2018-02-12T09:00:00Z", 0.64, 0.35)
    delay = piece("I propose that we delay publication.", "2021-03-16T09:00:00Z", 0.01, 0.91)
    # the denial is of 2021, a year the claim does not name
    assert not changed_position(claim, [publish, delay])
    # one named time only: decided by that time
    assert not changed_position(
        "In 2018 Van der Linden insisted on publishing all results.", [publish, delay]
    )
    # both sides in one named year
    same = piece("I propose that we delay publication.", "2018-11-16T09:00:00Z", 0.01, 0.91)
    assert not changed_position(claim, [publish, same])
