"""A money, count, rate or start-date clash of one matter overrules the judge's entailment;
one of two matters never does. Sentences from the training cases (the judge read each pair as
entailment) and from the development case ravenwijk."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import Claim
from onrecord.check.figures.same_matter import conflict
from onrecord.check.verdicts.amount_evidence import amounts
from onrecord.check.verdicts.evidence import OWN, Evidence
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment

SAME = [
    # kunsthal: an offer to the heirs, across languages (judge: entailment 0.94)
    (
        "Wel kunnen we de erven een vergoeding van 250.000 euro aanbieden.",
        "nl",
        "In April 2019 Hoekstra proposed keeping the painting and offering the heirs 500,000 euros.",
        "en",
        "money",
    ),
    # datalek: since when the back-ups are in the United States (0.94)
    (
        "De back-ups staan sinds februari 2020 in de Verenigde Staten, en drie servers zijn elf "
        "maanden lang niet gepatcht.",
        "nl",
        "De back-ups van het patiëntendossier stonden sinds februari 2021 in de Verenigde Staten.",
        "nl",
        "date",
    ),
    # platform: eight hours a month is not eight hours a week (0.95)
    (
        "Iedere moderator krijgt acht uur psychologische begeleiding per maand.",
        "nl",
        "Eind 2018 had Murmel 18 moderatoren, die elk acht uur psychologische begeleiding per "
        "week kregen.",
        "nl",
        "duration",
    ),
    # softwarebv: one measure, annual recurring revenue (0.76)
    (
        "For the record, our annual recurring revenue stands at 3.1 million euros.",
        "en",
        "At the Series A in November 2018 Tessel served 505 customers and its annual recurring "
        "revenue stood at 4.1 million euros.",
        "en",
        "money",
    ),
]

OTHER = [
    # ravenwijk: negative equity is not a loss
    (
        "Het negatief eigen vermogen van de club bedraagt 3,8 miljoen euro.",
        "nl",
        "Volgens Price leed de club in het seizoen 2017/18 een verlies van 1,3 miljoen euro.",
        "nl",
    ),
    # platform: the moderators who leave are not the team that remains
    (
        "De 30 moderatoren die vertrekken omdat Zeef hun werk overneemt, krijgen drie maanden "
        "salaris extra mee.",
        "nl",
        "Femke Bakker verzette zich in oktober 2020 tegen het plan om het team terug te brengen "
        "naar 12 moderatoren.",
        "nl",
    ),
    # orkest: one measure, two years
    (
        "Door de korting van de provincie hebben we in 2017 een tekort van 1,1 miljoen euro.",
        "nl",
        "Het NSO sloot 2019 af met een tekort van 1,3 miljoen euro.",
        "nl",
    ),
    # busdienst: the claim's 186 buses are named; 41 is the electric ones
    (
        "Er rijden 41 elektrische bussen van de 186; volgens het vlootplan moeten dat er eind "
        "dit jaar 60 zijn.",
        "nl",
        "Bij de start zou Lijnmaat 42 lijnen rijden met een vloot van 186 bussen, waarvan 24 "
        "elektrisch.",
        "nl",
    ),
    # zuivel: a guaranteed minimum is not the price paid
    (
        "The average milk price we paid members in 2020 came to 32.4 cents per kilo, the lowest "
        "since 2016.",
        "en",
        "In March 2016 Bosma signed off on a member letter guaranteeing a milk price of at least "
        "35 cents per kilo through 2020.",
        "en",
    ),
    # partij: the statement measures 2023 against 2019; the claim speaks of both years
    (
        "Gisteren heeft Groen Noordveen vijf zetels gehaald, vier minder dan in 2019.",
        "nl",
        "Groen Noordveen won nine seats in 2019 and held on to all of them in 2023.",
        "en",
    ),
    (
        "Nieuw Noordveen won drie zetels.",
        "nl",
        "Groen Noordveen won nine seats in 2019 and held on to all of them in 2023.",
        "en",
    ),
    # kunsthal: a demand in 2015 and an offer in 2019 are two events of one matter
    (
        "Wel heeft het museum de erven in 2019 een ruimhartige vergoeding aangeboden, die de "
        "erven hebben afgewezen.",
        "nl",
        "De advocaat van de erven eiste in 2015 een financiële vergoeding van het museum.",
        "nl",
    ),
]


@pytest.mark.parametrize(("said", "lang", "claim", "claim_lang", "kind"), SAME)
def test_a_clash_of_one_matter_is_found(
    said: str, lang: str, claim: str, claim_lang: str, kind: str
) -> None:
    why = conflict(said, claim, lang, claim_lang)
    assert why is not None and f"one matter, {kind}" in why


@pytest.mark.parametrize(("said", "lang", "claim", "claim_lang"), OTHER)
def test_amounts_of_two_matters_do_not_clash(
    said: str, lang: str, claim: str, claim_lang: str
) -> None:
    assert conflict(said, claim, lang, claim_lang) is None


@pytest.mark.parametrize(
    ("said", "lang", "claim", "claim_lang"),
    [
        (
            "Wel kunnen we de erven een vergoeding van 500.000 euro aanbieden.",
            "nl",
            "In April 2019 Hoekstra proposed keeping the painting and offering the heirs "
            "500,000 euros.",
            "en",
        ),
        (
            "Iedere moderator krijgt acht uur psychologische begeleiding per week.",
            "nl",
            "Eind 2018 had Murmel 18 moderatoren, die elk acht uur psychologische begeleiding "
            "per week kregen.",
            "nl",
        ),
        # one rate per day either way: 6,000 a year is 500 a month
        (
            "The club pays the council 6,000 euros a year for the pitch.",
            "en",
            "De club betaalt de gemeente 500 euro per maand voor het veld.",
            "nl",
        ),
    ],
)
def test_the_same_figure_is_no_clash(said: str, lang: str, claim: str, claim_lang: str) -> None:
    assert conflict(said, claim, lang, claim_lang) is None


def _judged(statement: str, lang: str) -> Evidence:
    hit = Hit(1, 1, None, "", statement, "Pieter Jansen", "pieter@kunsthal.example", None, None,
              "body", lang, (0, len(statement)), 1.0)  # fmt: skip
    probs = {"entailment": 0.9, "neutral": 0.05, "contradiction": 0.05}
    return Evidence(OWN, hit, [], judgment=Judgment("entailment", probs, "test"))


@pytest.mark.parametrize(("said", "lang", "claim", "claim_lang", "kind"), SAME)
def test_one_matter_overrides_the_judges_entailment(
    said: str, lang: str, claim: str, claim_lang: str, kind: str
) -> None:
    e = _judged(said, lang)
    amounts(e, Claim(claim, claim, claim_lang, "Hoekstra", None, None, None, "fact"))
    assert e.judgment is not None and e.judgment.label == "contradiction"
    assert "amounts differ" in e.note


@pytest.mark.parametrize(("said", "lang", "claim", "claim_lang"), OTHER)
def test_two_matters_leave_the_judges_entailment(
    said: str, lang: str, claim: str, claim_lang: str
) -> None:
    e = _judged(said, lang)
    amounts(e, Claim(claim, claim, claim_lang, "Hoekstra", None, None, None, "fact"))
    assert e.judgment is not None and e.judgment.label == "entailment" and e.note == ""
