"""A claim that someone agreed that S, decided by their reply to a text that says S
(``check/verdicts/agreed_object.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from onrecord.check.claims.extract import claims_from_args
from onrecord.check.subjects.record_person import person_names
from onrecord.check.verdicts.agreed_object import (
    AGREED_NOTE,
    agreed_content,
    apply,
    object_reading,
)
from onrecord.check.verdicts.evidence import ENDORSED, OWN, Evidence
from onrecord.check.verdicts.verify import check_claims
from onrecord.engines.local import ingest
from onrecord.index.hybrid import Endorsed, Hit
from onrecord.models.base import Judgment
from onrecord.record.store import Store


@pytest.mark.parametrize(
    ("claim", "content", "negated"),
    [
        (
            "In June 2018 Hofstede approved a press statement saying that Murmel does not use "
            "automated moderation.",
            "Murmel does not use automated moderation.",
            False,
        ),
        (
            "Femke Bakker sloot zich in maart 2018 aan bij de uitspraak van Hofstede dat alle "
            "moderatie bij Murmel door mensen gebeurt.",
            "Alle moderatie bij Murmel door mensen gebeurt.",
            False,
        ),
        (
            "Hoekstra ging in 2018 niet akkoord met de perslijn dat het museum het schilderij "
            "zou teruggeven.",
            "Het museum het schilderij zou teruggeven.",
            True,
        ),
        (
            "Vale never agreed that the science could be kept secret.",
            "The science could be kept secret.",
            True,
        ),
        # "gelijk geven" and "side with" are agreeing too
        (
            "Smit gaf de accountant in maart 2020 gelijk dat de reserves te laag waren.",
            "De reserves te laag waren.",
            False,
        ),
        (
            "Okafor sided with the auditors that the tests had not been logged.",
            "The tests had not been logged.",
            False,
        ),
    ],
)
def test_what_was_agreed_is_the_that_clause(claim: str, content: str, negated: bool) -> None:
    assert agreed_content(claim) == (content, negated)


@pytest.mark.parametrize(
    "claim",
    [
        "Hans Oosterhout agreed to Vermeulen's proposal to close De Klimop.",  # infinitive
        "Brouwer stemde in juni 2020 in met de sloop van de Rozemarijnflats.",  # a noun
        "Vale wrote that the science should be shared.",  # no agreement
        "Vale agreed that it was.",  # too short to read on its own
    ],
)
def test_no_that_clause_agreed_no_reading(claim: str) -> None:
    assert agreed_content(claim) is None


def _hit(stance: str | None, text: str = "Murmel does not use automated moderation.") -> Hit:
    endorses = (
        None
        if stance is None
        else Endorsed(
            2, stance, text, "Iris Lindqvist", "i@murmel.example", "2018-06-04", 1, None, True
        )
    )
    said = "Prima, doen we." if endorses else text
    return Hit(1, 1, None, "", said, "Pieter Hofstede", "p@murmel.example", "2018-06-04", 0,
               "authored", "nl", (0, len(said)), 1.0, via_endorsement=endorses)  # fmt: skip


_CLAIM = claims_from_args(
    [
        "In June 2018 Hofstede approved a press statement saying that Murmel does not use automated "
        "moderation."
    ]
)[0]


def test_the_reading_is_of_the_subjects_reply_only() -> None:
    assert object_reading(_hit("agree"), ENDORSED, _CLAIM) == (
        "Murmel does not use automated moderation.",
        "Murmel does not use automated moderation.",
    )
    assert object_reading(_hit("agree"), "reported", _CLAIM) is None  # someone else's reply
    assert object_reading(_hit(None), OWN, _CLAIM) is None  # not a reply
    other = claims_from_args(["Hofstede agreed to the proposal to cut the team."])[0]
    assert object_reading(_hit("agree"), ENDORSED, other) is None


def _judged(stance: str, e: float, c: float) -> Evidence:
    p = {"entailment": e, "neutral": round(1 - e - c, 4), "contradiction": c}
    j = Judgment(max(p, key=lambda k: p[k]), p, "test")
    return Evidence(ENDORSED, _hit(stance), [("p", "h")], judgment=j)


def _reading(e: float) -> Judgment:
    p = {"entailment": e, "neutral": round(1 - e - 0.01, 4), "contradiction": 0.01}
    return Judgment(max(p, key=lambda k: p[k]), p, "test")


def test_a_clear_entailment_of_what_was_agreed_decides() -> None:
    e = _judged("agree", 0.02, 0.01)
    apply(e, _reading(0.98), _CLAIM)
    assert e.judgment is not None and e.judgment.label == "entailment"
    assert abs(sum(e.judgment.probs.values()) - 1.0) < 1e-9
    assert AGREED_NOTE in e.note


def test_a_no_to_the_text_or_a_negated_agreement_turns_it_round() -> None:
    e = _judged("disagree", 0.02, 0.01)
    apply(e, _reading(0.98), _CLAIM)
    assert e.judgment is not None and e.judgment.label == "contradiction"
    never = claims_from_args(
        ["Hofstede never agreed that Murmel does not use automated moderation."]
    )
    e = _judged("agree", 0.02, 0.01)
    apply(e, _reading(0.98), never[0])
    assert e.judgment is not None and e.judgment.label == "contradiction"
    e = _judged("disagree", 0.02, 0.01)  # never agreed, and said no: for the claim
    apply(e, _reading(0.98), never[0])
    assert e.judgment is not None and e.judgment.label == "entailment"


def test_a_weak_reading_or_a_stronger_judgment_is_left_alone() -> None:
    e = _judged("agree", 0.02, 0.01)
    apply(e, _reading(0.55), _CLAIM)
    assert e.judgment is not None and e.judgment.label == "neutral" and not e.note
    e = _judged("agree", 0.99, 0.0)
    apply(e, _reading(0.9), _CLAIM)
    assert e.judgment is not None and e.judgment.probs["entailment"] == 0.99 and not e.note


class ClauseJudge:
    """Entailment where the premise contains the hypothesis word for word (a test double)."""

    name = "test/clause"

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Judgment]:
        out = []
        for premise, hypothesis in pairs:
            hit = hypothesis.rstrip(".").lower() in premise.lower()
            e = 0.95 if hit else 0.02
            p = {"entailment": e, "neutral": 0.97 - e, "contradiction": 0.03}
            out.append(Judgment(max(p, key=lambda k: p[k]), p, self.name))
        return out


def test_the_yup_to_a_text_supports_the_claim_that_he_agreed_to_it(
    tmp_path: Path, sample: Path
) -> None:
    """The bundled sample: Vale's "Yup" to Okafor's "it's totally OK to not share the science"
    supports "Vale agreed that it was totally OK to not share the science" through the
    that-clause, where the whole claim against "Vale agreed with Okafor: …" reads neutral."""
    store = Store.open(tmp_path / "s.db")
    ingest(store, [sample / "archive.mbox"], workers=1)
    claims = claims_from_args(
        ["In January 2016 Vale agreed that it's totally OK to not share the science."],
        names=person_names(store),
    )
    [v] = check_claims(store, claims, judge=ClauseJudge(), embedder=None)
    assert v.verdict == "supported"
    top = v.evidence[0]
    assert top.relation == ENDORSED and AGREED_NOTE in top.note
    assert top.hit.text.strip() == "Yup"
