"""A claim of fact that names when it happened is decided by statements about that time."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import FACT, Claim
from onrecord.check.statements.period import claim_period
from onrecord.check.verdicts.evidence import OWN, Evidence, other_time
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment

CONTRA = {"entailment": 0.02, "neutral": 0.03, "contradiction": 0.95}


def _evidence(statement: str, date: str) -> Evidence:
    hit = Hit(1, 1, None, "", statement, "Tom Hendriks", "tom@nordwind.example", date, 0,
              "body", "en", (0, len(statement)), 1.0)  # fmt: skip
    return Evidence(OWN, hit, [], judgment=Judgment("contradiction", CONTRA, "test"))


def _check(claim: str, statement: str, date: str, kind: str = FACT) -> Evidence:
    c = Claim(claim, claim, "en", None, None, None, None, kind)
    e = _evidence(statement, date)
    other_time(e, claim_period(claim), c)
    return e


@pytest.mark.parametrize(
    ("claim", "statement", "date", "counts"),
    [
        # written before the year the claim names, and not naming it: a plan at most
        ("Nordwind moved its head office to Utrecht in 2022.",
         "The move to Utrecht is on hold until further notice.", "2020-03-16T09:00:00Z", False),
        ("De gemeente verhoogde de tarieven in 2021.",
         "Vanaf volgend jaar koopt de verzekeraar alleen nog zorg in bij grote locaties.",
         "2020-11-30T09:00:00Z", False),
        # written months before the date the claim names, in the same year
        ("On 1 October 2021 De Klimop had 58 pupils.", "De Klimop has 61 pupils today, not 58.",
         "2021-02-10T09:00:00Z", False),
        # about another year than the claim's
        ("Nordwind's emissions rose in 2019.", "In 2018 our emissions still rose slightly.",
         "2020-01-15T09:00:00Z", False),
        ("De uitstoot daalde in 2020 opnieuw.", "In 2019 is onze uitstoot gestegen.",
         "2023-02-14T09:00:00Z", False),
        # about the claim's year: it decides
        ("Nordwind's emissions rose in 2019.", "Our emissions went down by 20 percent in 2019.",
         "2020-01-15T09:00:00Z", True),
        # written in the period, naming no year
        ("In March 2019 the auditors worked from the Amsterdam office.",
         "The auditors are working from the Utrecht office this week.",
         "2019-03-03T09:00:00Z", True),
        # written later, naming no year: a report of what happened
        ("The merger talks with Solaris ended in 2021.", "The talks with Solaris have ended.",
         "2021-04-01T09:00:00Z", True),
        # written before, but naming the year: the plan for then is about then
        ("The ward closed in 2022.", "The ward will close on 1 July 2022.",
         "2021-01-18T09:00:00Z", True),
        # the claim names both years: a statement about either is about the claim
        ("In June 2020 the director kept open a return to the plant in 2021.",
         "If gas prices keep rising, we may have to look at the plant again in 2021.",
         "2020-06-15T09:00:00Z", True),
    ],
)  # fmt: skip
def test_statements_about_another_time_count_less(
    claim: str, statement: str, date: str, counts: bool
) -> None:
    e = _check(claim, statement, date)
    assert (e.weight == 1.0) is counts
    assert bool(e.note) is not counts


def test_a_claim_about_speech_is_left_to_its_period() -> None:
    # "wrote in May 2020": the period is when it was said; the statement's year is its content
    e = _check("In May 2020 Hendriks wrote that emissions rose in 2019.",
               "In 2019 our emissions rose.", "2020-05-04T09:00:00Z", kind="about_speech")  # fmt: skip
    assert e.weight == 1.0 and not e.note


def test_no_period_no_change() -> None:
    e = _check("Nordwind's emissions rose.", "In 2018 our emissions still rose slightly.",
               "2020-01-15T09:00:00Z")  # fmt: skip
    assert e.weight == 1.0
