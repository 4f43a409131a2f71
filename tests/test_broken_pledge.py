"""A pledge in one language undone in another (onrecord.check.contradictions.broken_pledge), on sentences of
the development cases (heldout2, heldout4)."""

from __future__ import annotations

import pytest

from _contradiction_cases import ref
from onrecord.check.contradictions.broken_pledge import (
    affirmed,
    candidate,
    pledge_score,
    undone_pledges,
)

KEGS = ref("As for the cafés: we will never switch to plastic kegs.", "2020-01-28T13:20:00Z")
FUSTEN = ref(
    "Vanaf mei krijgen jouw cafés in Apeldoorn ons bier in plastic fusten: dan hoeven we de "
    "lege fusten niet meer op te halen.",
    "2022-04-20T14:00:00Z",
    "nl",
)
OAKS = ref(
    "De eikenlaan langs de oostkant van de baan blijft staan; die bomen gaan we nooit kappen.",
    "2019-06-03T09:00:00Z",
    "nl",
)
FELLED = ref(
    "The contractor felled the oaks along the east side of the runway last week, as I had "
    "ordered, so the approach lights are finally clear.",
    "2022-05-16T06:40:00Z",
)
CANS = ref(
    "Klaproos gaat nooit in blik, wij zijn een flessenbrouwerij.", "2019-03-01T10:00:00Z", "nl"
)
STAFF = ref("Klaproos now employs eighteen people.", "2022-09-14T00:00:00Z")


def test_affirmed_takes_the_negation_off() -> None:
    assert affirmed(KEGS.text) == "As for the cafés: we will switch to plastic kegs."
    assert affirmed(OAKS.text).endswith("die bomen gaan we kappen.")
    assert affirmed("Nobody at Klaproos lost their job during the lockdowns.") == (
        "Somebody at Klaproos lost their job during the lockdowns."
    )
    assert affirmed("We won't raise the fares.") == "We will raise the fares."


def test_candidates_are_cross_language_denials_undone_later() -> None:
    assert candidate(KEGS, FUSTEN, 0.85)
    assert candidate(OAKS, FELLED, 0.847)
    assert not candidate(KEGS, FUSTEN, 0.78)  # not one matter
    assert not candidate(FUSTEN, KEGS, 0.85)  # the earlier side is the one that denies
    same = ref(
        "Vanaf mei krijgen de cafés ons bier in plastic fusten.", "2022-04-20T14:00:00Z", "nl"
    )
    assert not candidate(OAKS, same, 0.85)  # one language: the rules of pair_rules decide
    weak = ref(
        "Yesterday at 16:42 a fuel truck crossed the runway without clearance.",
        "2022-01-10T10:00:00Z",
    )
    landing = ref(
        "Sinds maart 2023 landt de vrachtvlucht van PostAir elke nacht rond half drie.",
        "2023-06-01T10:00:00Z",
        "nl",
    )
    assert not candidate(weak, landing, 0.816)  # "without" is part of the matter
    told = ref(
        "Tom denkt dat we nooit naar plastic fusten moeten gaan.", "2020-01-28T13:20:00Z", "nl"
    )
    assert not candidate(told, ref("We switched to plastic kegs in May.", "2022-05-01", "en"), 0.85)


def test_pledge_score_needs_entailment_most_probable() -> None:
    assert pledge_score({"entailment": 0.7, "neutral": 0.2, "contradiction": 0.1}) == 0.7
    assert pledge_score({"entailment": 0.49, "neutral": 0.05, "contradiction": 0.46}) is None
    assert pledge_score({"entailment": 0.56, "neutral": 0.6, "contradiction": 0.0}) is None


@pytest.mark.slow
def test_builtin_judge_reads_the_undone_pledges_not_a_neighbour() -> None:
    from onrecord.models.judges.builtin import shared

    sides = [(KEGS, FUSTEN, 0.85), (OAKS, FELLED, 0.847), (CANS, STAFF, 0.844)]
    assert candidate(CANS, STAFF, 0.844)  # a negation on one side, one brewery: a candidate...
    found = undone_pledges(shared(), sides, [False, False, False])
    assert set(found) == {0, 1}  # ... but the staff count says nothing of cans
    assert undone_pledges(shared(), sides, [True, True, True]) == {}
