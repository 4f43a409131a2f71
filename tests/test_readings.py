"""What the judge reads for one statement: whose words, and what a "Yup" agrees with."""

from __future__ import annotations

from onrecord.check.claims.extract import Claim
from onrecord.check.verdicts.evidence import OWN, REPORTED, readings
from onrecord.check.verdicts.frames import strip_frame
from onrecord.index.hybrid import Endorsed, Hit


def _hit(text: str, name: str, email: str, via: Endorsed | None = None) -> Hit:
    return Hit(
        statement_id=7,
        message=3,
        message_id=None,
        subject="",
        text=text,
        author_name=name,
        author_email=email,
        date="2021-02-09T10:00:00+00:00",
        date_offset=60,
        kind="authored",
        lang="en",
        span=(0, len(text)),
        score=1.0,
        via_endorsement=via,
    )


def _claim(text: str, subject: str | None) -> Claim:
    return Claim(text, text, "en", subject, None, "argument", None, "fact")


def test_a_bare_agreement_is_read_with_what_it_agrees_with_whatever_the_relation() -> None:
    proposal = Endorsed(
        9,
        "agree",
        "I propose that the printed paper appears only at weekends.",
        "Gregory Ashford",
        "g.ashford@redstone.example",
        "2021-02-08T09:00:00+00:00",
        2,
        None,
        True,
    )
    hit = _hit("Agreed.", "Ellen Brouwer", "e.brouwer@dagblad.example", proposal)
    claim = _claim("The publisher agreed to print only at weekends.", None)
    for relation in (OWN, REPORTED):
        pairs, _ = readings(hit, relation, claim, strip_frame(claim.text), resolved=False)
        premise = pairs[0][0]
        assert premise.startswith("On 9 Feb 2021, Ellen Brouwer agreed with Gregory Ashford: ")
        assert (
            "Gregory Ashford proposes that the printed paper appears only at weekends." in premise
        )


def test_an_unresolved_subject_is_never_put_in_as_the_writer() -> None:
    hit = _hit("I propose that we delay enrolment.", "Martin Kessler", "m@kessler.example")
    claim = _claim("Enrolment was delayed by six months.", "Enrolment")
    framed = strip_frame(claim.text)
    [(premise, _)], _ = readings(hit, OWN, claim, framed, resolved=False)
    assert premise == "On 9 Feb 2021, Martin Kessler proposes that we delay enrolment."
    # a resolved subject is the writer of their own statements, named as the claim names them
    claim = _claim("Kessler wanted to delay enrolment.", "Kessler")
    pairs, _ = readings(hit, OWN, claim, strip_frame(claim.text), resolved=True)
    assert pairs[0][0] == "On 9 Feb 2021, Kessler proposes that we delay enrolment."


def test_a_dutch_outlook_header_dates_the_quoted_mail() -> None:
    from onrecord.mail.header_lines import date_of

    when, offset = date_of("woensdag 9 september 2020 08:50")
    assert when is not None and (when.year, when.month, when.day, when.hour) == (2020, 9, 9, 8)
    assert offset is None  # printed without a zone: the hour is as printed, the offset unknown
    when, _ = date_of("Montag, 3. Juni 2019 10:14")
    assert when is not None and (when.month, when.day) == (6, 3)
    assert date_of("gisteren") == (None, None)
