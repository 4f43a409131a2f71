"""rumours.rumoured (rule 9d): a rumour the writer passes on is no evidence of its content."""

from __future__ import annotations

import pytest

from onrecord.check.verdicts.evidence import OWN, Evidence
from onrecord.check.verdicts.rumours import RUMOUR, RUMOUR_FACTOR, passes_on_rumour, rumoured
from onrecord.index.hybrid import Endorsed, Hit
from onrecord.models.base import Judgment


def _judged(statement: str, claim: str, probs: tuple[float, float, float]) -> Evidence:
    hit = Hit(1, 1, None, "", statement, "Anna Peters", "anna@example.org", None, None,
              "body", "nl", (0, len(statement)), 1.0)  # fmt: skip
    p = dict(zip(("entailment", "neutral", "contradiction"), probs, strict=True))
    e = Evidence(OWN, hit, [(statement, claim)], judgment=Judgment(max(p, key=p.get), p, "t"))
    rumoured(e, claim)
    return e


@pytest.mark.parametrize(
    ("text", "rumour"),
    [
        ("Op de redactie gaat het gerucht dat de uitgever de zaterdagkrant wil schrappen.", True),
        ("Er gaan geruchten dat de club het stadion wil verkopen.", True),
        ("In het dorp gaan verhalen rond dat de school volgend jaar dichtgaat.", True),
        ("Ik hoor dat er in de fabriek geruchten gaan dat er banen verdwijnen.", True),
        ("There are rumours that the council will close the library.", True),
        ("I hear that the board approved the merger last night.", True),
        ("Ik hoor dat de fabriek in juni dichtgaat.", True),
        # a rumour named, not passed on: its content is the writer's own
        ("Because the rumours keep coming back: the library stays open as long as I am here.",
         False),
        ("Dat gerucht klopt niet: de school blijft open.", False),
        ("Ik hoor graag wat je ervan vindt.", False),
    ],
)  # fmt: skip
def test_a_rumour_passed_on(text: str, rumour: bool) -> None:
    assert passes_on_rumour(text) is rumour


def test_the_judges_reading_of_a_rumour_counts_little() -> None:
    said = "Op de redactie gaat het gerucht dat de uitgever de zaterdagkrant wil schrappen."
    e = _judged(said, "De hoofdredacteur verzette zich tegen het schrappen van de zaterdagkrant.",
                (0.93, 0.05, 0.02))  # fmt: skip
    assert e.judgment is not None and e.stance == "neutral" and RUMOUR in e.note
    assert e.judgment.probs["entailment"] == pytest.approx(0.93 * RUMOUR_FACTOR)
    # a claim that someone confirmed or denied the rumour: passing it on is what they did
    for claim in (
        "Peters bevestigde in 2019 dat de zaterdagkrant zou verdwijnen.",
        "Peters denied the rumours about the Saturday paper.",
    ):
        e = _judged(said, claim, (0.03, 0.01, 0.96))
        assert e.judgment is not None and e.judgment.probs["contradiction"] == 0.96
    # the writer's own words are read as they are
    own = _judged("De uitgever wil de zaterdagkrant schrappen.",
                  "De uitgever wilde de zaterdagkrant schrappen.", (0.93, 0.05, 0.02))  # fmt: skip
    assert own.judgment is not None and own.judgment.probs["entailment"] == 0.93


def test_a_reply_to_a_rumour_is_its_writers_answer() -> None:
    rumour = "Onder het personeel gaat het gerucht dat de afdeling volgend jaar dichtgaat."
    reply = "Dat gerucht klopt niet."
    hit = Hit(2, 2, None, "", reply, "Anna Peters", "anna@example.org", None, None, "body", "nl",
              (0, len(reply)), 1.0,
              via_endorsement=Endorsed(1, "disagree", rumour, "Jan Smit", "jan@example.org",
                                       None, 1, None, True))  # fmt: skip
    p = {"entailment": 0.87, "neutral": 0.1, "contradiction": 0.03}
    e = Evidence(OWN, hit, [(reply, "x")], judgment=Judgment("entailment", p, "t"))
    rumoured(e, "In 2019 wees Peters een sluiting van de afdeling nog af.")
    assert e.judgment is not None and e.judgment.probs == p and RUMOUR not in e.note
