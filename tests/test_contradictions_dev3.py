"""Self-contradictions on the third development case (Kaapveer, benchmarks/data/contradictions-dev3):
what makes a pair of one person's statements opposed, and what is never a side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _contradiction_cases import case_records, find
from onrecord.check.contradictions.find import StatementRef, eligible
from onrecord.check.contradictions.opposition import (
    AMOUNT,
    ANTONYM,
    NO_OPPOSITION,
    PLAN_DONE,
    POLARITY,
    hedged_side,
    opposition,
    reported,
    stance_factor,
)

DEV3 = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "contradictions-dev3"


@pytest.fixture(scope="module")
def dev3(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[StatementRef]]:
    return case_records(tmp_path_factory, "contradictions-dev3")


def test_dev3_chit_chat_never_eligible(dev3: dict) -> None:
    chatter = {
        "Lotte Verhoeven": ["Happy new year", "cake in the canteen", "Prima, donderdag"],
        "Daan Mulder": ["Lunch at the harbour", "dentist on Tuesday", "What a storm", "FYI"],
    }
    for name, parts in chatter.items():
        for part in parts:
            assert not eligible(find(dev3[name], part)), part


def test_dev3_gold_sides_are_on_record_and_eligible(dev3: dict) -> None:
    # "Good news: the municipality has agreed ..." is Daan's own news, not an assent
    for g in json.loads((DEV3 / "gold.json").read_text())["pairs"]:
        refs = dev3[g["person"]]
        assert eligible(find(refs, g["a"])) and eligible(find(refs, g["b"])), g["id"]


def test_dev3_gold_pairs_are_opposed_plans_and_their_execution_not(dev3: dict) -> None:
    lotte, daan = dev3["Lotte Verhoeven"], dev3["Daan Mulder"]
    for g in json.loads((DEV3 / "gold.json").read_text())["pairs"]:
        a, b = find(dev3[g["person"]], g["a"]), find(dev3[g["person"]], g["b"])
        assert opposition(a.text, b.text, a.lang, b.lang) is not None, g["id"]
        assert stance_factor(a.text, b.text, a.lang, b.lang) == 1.0, g["id"]
    kept = [
        (find(lotte, "pier will open in May"), find(lotte, "pier opened this week")),
        (find(lotte, "hire two new deckhands"), find(lotte, "deckhands, Sem and Noor")),
        (find(lotte, "will start sailing in March"), find(lotte, "started sailing in March")),
        (find(daan, "will cost two million"), find(daan, "2.4 million euros in the end")),
    ]
    for a, b in kept:
        assert opposition(a.text, b.text, a.lang, b.lang) is None, (a.text, b.text)
        # a plan and what became of it: lower still (PLAN_DONE)
        assert stance_factor(a.text, b.text, a.lang, b.lang) == pytest.approx(
            NO_OPPOSITION * PLAN_DONE
        )


def test_opposition_kinds() -> None:
    assert opposition("We will not raise the fares.", "We raised the fares.") == POLARITY
    assert opposition("Ik ben tegen een elektrische veerboot.", "I favour an electric ferry.")
    assert opposition("The tests all passed.", "Two of the tests failed.") == ANTONYM
    assert opposition("The plant stays open.", "We are closing the plant.") == ANTONYM
    assert opposition("Our emissions went down in 2019.", "In 2019 is onze uitstoot gestegen.")
    assert opposition("The budget is 2 million euros.", "The budget is 5 million euros.") == AMOUNT
    # both negated: a restatement, not an opposition ("tegen de tijd dat" is no "against")
    assert (
        opposition("We will never build on farmland.", "Panels belong on roofs, not farmland.")
        is None
    )
    assert opposition("Tegen de tijd dat de boot komt, zijn we klaar.", "We zijn klaar.") is None


def test_reported_and_hedged_sides() -> None:
    assert reported("Ruud thinks the charging station will be ready just in time.")
    assert reported("Ruud Hermans, our harbour master, says the old pier cannot carry it.")
    assert reported("De bank denkt dat de rente stijgt.")
    assert not reported("The new pier will open in May.")
    assert not reported("I think we should stop.")  # the writer's own view
    assert not reported("We think the fares must rise.")
    assert hedged_side("If they keep rising, we may have to look at the fares again.")
    assert hedged_side("We may need a loan for the pier, but I cannot say that yet.")
    assert not hedged_side("The new pier will open in May.")
    assert not hedged_side("Ik heb nooit gewild dat de winterdienst naar Westkaap zou stoppen.")
    assert stance_factor("Ruud thinks it will be ready.", "It is not ready.") < 1.0
