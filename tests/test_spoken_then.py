"""A claim that someone wrote something at a named time: only their words of then can show it."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import ABOUT_SPEECH, FACT, Claim
from onrecord.check.statements.period import claim_period
from onrecord.check.verdicts.evidence import (
    ENDORSED,
    NEGATED_FRAME_NOTE,
    OWN,
    Evidence,
    modality,
    negated_frame,
    off_period,
)
from onrecord.check.verdicts.frames import strip_frame
from onrecord.check.verdicts.spoken_then import not_said_then, quotes_another
from onrecord.index.hybrid import Endorsed, Hit
from onrecord.models.base import Judgment


def _hit(text: str, author: str, date: str, lang: str, endorses: Endorsed | None = None) -> Hit:
    return Hit(1, 1, None, "", text, author, "x@example.org", date, 0, "authored", lang,
               (0, len(text)), 1.0, via_endorsement=endorses)  # fmt: skip


def _policy(claim: Claim, e: Evidence) -> Evidence:
    framed = strip_frame(claim.text)
    modality(e, claim, framed)
    off_period(e, claim_period(claim.text, framed.prefix if framed.frame else None))
    not_said_then([e], claim)
    return e


def _judged(probs: tuple[float, float, float]) -> Judgment:
    p = dict(zip(("entailment", "neutral", "contradiction"), probs, strict=True))
    return Judgment(max(p, key=lambda k: p[k]), p, "test")


WHITFIELD = Claim(
    "Whitfield schreef in maart 2019 dat hij verloskunde in Oudmeer niet zou sluiten.",
    "Whitfield schreef in maart 2019 dat hij verloskunde in Oudmeer niet zou sluiten.",
    "nl", "Whitfield", None, None, None, ABOUT_SPEECH,
)  # fmt: skip


def test_a_statement_of_two_years_later_cannot_support_what_was_written_then() -> None:
    later = _hit(
        "Oudmeer had 380 births in 2020, and DeltaZorg will not contract the ward after 2021.",
        "James Whitfield", "2021-01-18T16:05:00Z", "en",
    )  # fmt: skip
    e = _policy(WHITFIELD, Evidence(OWN, later, [], judgment=_judged((0.7958, 0.0775, 0.1268))))
    assert e.weight == 0.4 and e.judgment is not None
    assert e.judgment.probs["entailment"] == 0.0 and e.stance == "neutral"
    assert e.judgment.probs["contradiction"] == 0.1268  # a reason to doubt stays
    assert "cannot show what was written then" in e.note


def test_what_was_written_in_the_period_still_decides() -> None:
    then = _hit("I will not close the ward in Oudmeer.", "James Whitfield",
                "2019-03-05T07:12:00Z", "en")  # fmt: skip
    e = _policy(WHITFIELD, Evidence(OWN, then, [], judgment=_judged((0.85, 0.1, 0.05))))
    assert e.weight == 1.0 and e.stance == "supports"


def test_a_claim_of_fact_keeps_the_off_period_entailment() -> None:
    fact = Claim("In 2021 Scaldis kocht 70 procent van de aandelen van de club.",
                 "In 2021 Scaldis kocht 70 procent van de aandelen van de club.",
                 "nl", "Scaldis", None, None, None, FACT)  # fmt: skip
    later = _hit("Scaldis bezit sinds 2021 70 procent van de aandelen.", "Joost van Lier",
                 "2023-11-20T09:00:00Z", "nl")  # fmt: skip
    e = _policy(fact, Evidence(OWN, later, [], judgment=_judged((0.8, 0.15, 0.05))))
    assert e.judgment is not None and e.judgment.probs["entailment"] == 0.8


def test_rejecting_anothers_words_is_not_writing_them() -> None:
    claim = Claim(
        "Van Lier wrote in April 2022 that renaming the stadium would earn the club 300,000 "
        "euros a year.",
        "Van Lier wrote in April 2022 that renaming the stadium would earn the club 300,000 "
        "euros a year.",
        "en", "Van Lier", None, None, None, ABOUT_SPEECH,
    )  # fmt: skip
    quoted = Endorsed(
        statement_id=268, stance="disagree",
        text="Dat levert de club 300.000 euro per jaar op aan naamrechten.",
        author_name="Pieter-Jan Claes", author_email="pj.claes@scaldissports.example",
        date="2022-04-04T09:30:00Z", message=49, message_id=None, matched=True,
    )  # fmt: skip
    reply = _hit(
        "Dit gaat niet gebeuren: de naam van het stadion valt onder het gouden aandeel van de "
        "leden.",
        "Joost van Lier", "2022-04-05T10:00:00Z", "nl", endorses=quoted,
    )  # fmt: skip
    e = _policy(claim, Evidence(ENDORSED, reply, [], judgment=_judged((0.04, 0.0, 0.96))))
    assert e.weight == 0.0


@pytest.mark.parametrize(
    ("statement", "subject", "another"),
    [
        ('Oliver schrijft dat "the nightly backups of the patient record system are stored in '
         'the US".', "Zandstra", True),
        ("Two years ago Gerard told us this campus would stay open as long as he chaired the "
         "board.", "Aisha Rahman", True),
        ("In oktober 2018 schreef u mij dat de studiemateriaalbijdrage 175 euro zou blijven.",
         "Noor Bakker", True),
        ("In de studentenraad gaan geruchten dat de studiemateriaalbijdrage in 2019 omhoog gaat.",
         "Noor Bakker", True),
        # the writer's own words, also about what they said before
        ("I wrote in March that the plant would stay open.", "Sophie Brandt", False),
        ("In maart zei ik al dat de fabriek open blijft.", "Sophie Brandt", False),
        ("Daarom wil ik het helder zeggen: de afdeling verloskunde in Oudmeer blijft open zolang "
         "ik bestuursvoorzitter ben.", "Marieke Dijkstra", False),
        ("The Rotterdam plant will stay open until at least 2025.", "Sophie Brandt", False),
    ],
)  # fmt: skip
def test_a_statement_that_gives_anothers_words(statement: str, subject: str, another: bool) -> None:
    assert quotes_another(statement, subject) is another


def test_quoting_another_does_not_support_that_the_subject_wrote_it() -> None:
    claim = Claim(
        "In March 2021 Aisha Rahman wrote that the Lindewolde campus would stay open as long as "
        "Kloosterman chaired the board.",
        "In March 2021 Aisha Rahman wrote that the Lindewolde campus would stay open as long as "
        "Kloosterman chaired the board.",
        "en", "Aisha Rahman", None, None, None, ABOUT_SPEECH,
    )  # fmt: skip
    hit = _hit(
        "Two years ago Gerard told us this campus would stay open as long as he chaired the "
        "board.",
        "Aisha Rahman", "2021-03-02T09:00:00Z", "en",
    )  # fmt: skip
    e = _policy(claim, Evidence(OWN, hit, [], judgment=_judged((0.9, 0.05, 0.05))))
    assert e.weight == 1.0 and e.stance == "neutral"


def test_words_of_the_time_that_support_it_leave_the_later_ones_as_read() -> None:
    claim = Claim(
        "In February 2019 Erik Zandstra assured the hospital's board that patient data never "
        "leaves the EU.",
        "In February 2019 Erik Zandstra assured the hospital's board that patient data never "
        "leaves the EU.",
        "en", "Erik Zandstra", None, None, None, ABOUT_SPEECH,
    )  # fmt: skip
    then = _hit("- Patiëntgegevens verlaten nooit de EU.", "Erik Zandstra",
                "2019-02-04T09:00:00Z", "nl")  # fmt: skip
    later = _hit("Net als vorig jaar geldt: patiëntgegevens verlaten nooit de EU.",
                 "Erik Zandstra", "2020-06-08T09:00:00Z", "nl")  # fmt: skip
    framed = strip_frame(claim.text)
    period = claim_period(claim.text, framed.prefix if framed.frame else None)
    pieces = [
        Evidence(OWN, then, [], judgment=_judged((0.95, 0.02, 0.03))),
        Evidence(OWN, later, [], judgment=_judged((0.85, 0.12, 0.03))),
    ]
    for e in pieces:
        off_period(e, period)
    not_said_then(pieces, claim)
    assert pieces[1].weight == 0.4 and pieces[1].stance == "supports"


def test_a_negated_frame_keeps_the_notes_the_later_rules_read() -> None:
    # "Whitfield did not write in March 2019 that ...": the judge read the content the other
    # way round, and the statement of 2021 is still one of another time for not_said_then
    claim = Claim(
        "Whitfield schreef in maart 2019 niet dat hij verloskunde in Oudmeer zou sluiten.",
        "Whitfield schreef in maart 2019 niet dat hij verloskunde in Oudmeer zou sluiten.",
        "nl", "Whitfield", None, None, None, ABOUT_SPEECH,
    )  # fmt: skip
    later = _hit(
        "I propose that we close the maternity ward in Oudmeer on 1 July 2022.",
        "James Whitfield", "2021-01-18T16:05:00Z", "en",
    )  # fmt: skip
    e = Evidence(OWN, later, [], judgment=_judged((0.9, 0.05, 0.05)))
    framed = strip_frame(claim.text)
    off_period(e, claim_period(claim.text, framed.prefix if framed.frame else None))
    assert e.note, "the statement of 2021 is noted as of another time than March 2019"
    noted = e.note
    negated_frame(e)
    assert e.note.startswith(NEGATED_FRAME_NOTE) and e.note.endswith(noted)
    not_said_then([e], claim)
    assert e.judgment is not None and e.judgment.probs["entailment"] == 0.0
