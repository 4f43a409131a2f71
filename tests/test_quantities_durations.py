"""Quantities: durations ("35 minutes longer", "hooguit tien minuten", "een kwartier", "twee
werkweken"), fractions in words ("de helft van", "een derde", "halve the budget") and how they
compare. Sentences from the development cases and the public corpora of
``benchmarks/quantities_eval.py`` (MNLI, ANLI, FEVER, FLORES/NTREX)."""

from __future__ import annotations

import math

import pytest

from onrecord.check.quantities import compare, quantities

INF = math.inf
DAY = 1440.0


@pytest.mark.parametrize(
    ("text", "lang", "lo", "hi", "unit", "change"),
    [
        (
            "For women in the Oudmeerpolder the drive to Havenstad is 35 minutes longer.",
            "en",
            35,
            35,
            "min",
            True,
        ),
        ("Voor veel van hen is de rit ruim een half uur langer.", "nl", 30, 39, "min", True),
        (
            "Verbeek objected that the closure would add more than half an hour to the drive.",
            "en",
            30,
            INF,
            "min",
            True,
        ),
        ("De rijtijd wordt straks meer dan 45 minuten.", "nl", 45, INF, "min", False),
        ("Het wachten duurde een kwartier.", "nl", 15, 15, "min", False),
        ("Het overleg duurde drie kwartier.", "nl", 45, 45, "min", False),
        ("De vergadering duurde anderhalf uur.", "nl", 90, 90, "min", False),
        ("It took two and a half hours.", "en", 150, 150, "min", False),
        # FEVER: one duration in two units
        ("it lasts for six hours and forty-five minutes.", "en", 405, 405, "min", False),
        ("Het duurde twee uur en een kwartier.", "nl", 135, 135, "min", False),
        # MNLI
        ("The bell rang after about a quarter of an hour.", "en", 12.75, 17.25, "min", False),
        ("De inwerkperiode duurt twee werkweken.", "nl", 10, 10, "workday", False),
        ("The induction takes ten working days.", "en", 10, 10, "workday", False),
        ("Het project liep bijna een jaar.", "nl", 0.85 * 365.25 * DAY, 365.25 * DAY, "min", False),
        ("It took more than a week.", "en", 7 * DAY, INF, "min", False),
        ("thirteen fourteen years ago", "en", 13 * 365.25 * DAY, 14 * 365.25 * DAY, "min", True),
    ],
)
def test_durations(text: str, lang: str, lo: float, hi: float, unit: str, change: bool) -> None:
    [q] = quantities(text, lang)
    assert q.kind == "duration" and q.unit == unit and q.change is change, q
    assert q.lo == pytest.approx(lo) and q.hi == pytest.approx(hi), q


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kom om drie uur langs.", "nl"),  # a time of day
        ("De balie is van 9 tot 17 uur open.", "nl"),
        ("We meet twice a week.", "en"),  # a rate, no length
        ("The alarm rings once an hour.", "en"),
        ("Over a year the plan changed.", "en"),  # "over a year": in the course of
    ],
)
def test_not_durations(text: str, lang: str) -> None:
    assert [q for q in quantities(text, lang) if q.kind == "duration"] == []


def test_a_rate_per_hour_stays_money() -> None:
    [q] = quantities("He earns $50 an hour.", "en")
    assert (q.kind, q.lo, q.per) == ("money", 50.0, "hour")


def test_a_time_unit_before_a_noun_is_a_modifier() -> None:
    """MNLI: "a 7 year gap" counts a gap, not seven years of something."""
    [q] = quantities("There was a 7 year gap between those involved in the situation.", "en")
    assert (q.kind, q.unit) == ("count", "gap")


@pytest.mark.parametrize(
    ("text", "lang", "value", "change"),
    [
        ("We should lay off a third of the support staff in Q3.", "en", 100 / 3, False),
        ("Jansen stelde voor de helft van de klantenservice te ontslaan.", "nl", 50, False),
        ("Een kwart van de leden stemde tegen.", "nl", 25, False),
        ("Drie kwart van de leden stemde voor.", "nl", 75, False),
        ("Scaldis planned to halve the academy's budget.", "en", 50, True),
        ("Het budget van de jeugdopleiding werd gehalveerd.", "nl", 50, True),
    ],
)
def test_fractions_in_words(text: str, lang: str, value: float, change: bool) -> None:
    [q] = quantities(text, lang)
    assert (q.kind, q.unit, q.change) == ("percent", "%", change)
    assert q.lo == pytest.approx(value)


def test_dutch_halve_is_half_a_not_halving() -> None:
    assert quantities("Hij at een halve appel.", "nl") == []


HAVENSTAD_CLAIM = (
    "Door de sluiting werd de rit naar een verloskamer voor vrouwen uit de Oudmeerpolder "
    "hooguit tien minuten langer."
)


@pytest.mark.parametrize(
    ("p", "h", "lp", "lh"),
    [
        (
            "For women in the Oudmeerpolder the drive to Havenstad is 35 minutes longer, and "
            "longer still in winter.",
            HAVENSTAD_CLAIM,
            "en",
            "nl",
        ),
        ("Voor veel van hen is de rit ruim een half uur langer.", HAVENSTAD_CLAIM, "nl", "nl"),
        (
            "We should lay off a third of the support staff in Q3.",
            "Jansen stelde in 2019 voor de helft van de klantenservice te ontslaan.",
            "en",
            "nl",
        ),
        (
            "Scaldis wants to cut the academy budget by a third",
            "According to De Graaf, Scaldis planned to halve the academy's budget.",
            "en",
            "en",
        ),
        ("Een derde van de leden stemde tegen.", "Two thirds of the members voted against.",
         "nl", "en"),
        # FEVER: runtimes in two units each
        (
            "The Ultimate Cut edition lengthened the runtime to 3 hours and 35 minutes.",
            "Watchmen lasts for six hours and forty-five minutes.",
            "en",
            "en",
        ),
        # ANLI
        (
            "Cosmonaut Valery Polyakov set the record for the longest continuous amount of time "
            "spent in space, a staggering 438 days, between 1994 and 1995.",
            "Valery Polyakov spent an incredible, staggering amount of time in space, over two "
            "years",
            "en",
            "en",
        ),
        ("De inwerkperiode duurt twee werkweken.", "The induction takes fifteen working days.",
         "nl", "en"),
    ],
)  # fmt: skip
def test_conflicts(p: str, h: str, lp: str, lh: str) -> None:
    r = compare(p, h, lp, lh)
    assert r is not None and r.relation == "conflict", r
    assert r.premise_q.kind == r.hypothesis_q.kind


@pytest.mark.parametrize(
    ("p", "h", "lp", "lh"),
    [
        (
            "For women in the Oudmeerpolder the drive to Havenstad is 35 minutes longer.",
            "Verbeek objected that the closure would add more than half an hour to the drive to "
            "hospital for women from the polder.",
            "en",
            "en",
        ),
        # FLORES/NTREX translations
        (
            "Chad Hammel told KSWB-TV he had been diving with friends for about half an hour.",
            "Chad Hammel vertelde KSWB-TV dat hij ongeveer een half uur had gedoken met vrienden.",
            "en",
            "nl",
        ),
        ("His body was found about an hour later.", "Zijn lichaam werd ongeveer een uur later "
         "gevonden.", "en", "nl"),
        ("Het wachten duurde een kwartier.", "The wait lasted about fifteen minutes.", "nl", "en"),
        ("De inwerkperiode duurt twee werkweken.", "The induction takes ten working days.",
         "nl", "en"),
        # a fraction against a percentage: a third is 33 %
        ("A third of the members voted against.", "33 % of the members voted against.",
         "en", "en"),
    ],
)  # fmt: skip
def test_consistent(p: str, h: str, lp: str, lh: str) -> None:
    r = compare(p, h, lp, lh)
    assert r is not None and r.relation == "consistent", r


@pytest.mark.parametrize(
    ("p", "h", "lp", "lh"),
    [
        # a length (the whole drive) is not a difference (how much longer)
        (
            "Voor vrouwen uit de Oudmeerpolder wordt de rijtijd naar een verloskamer straks meer "
            "dan 45 minuten.",
            HAVENSTAD_CLAIM,
            "nl",
            "nl",
        ),
        # working time is not calendar time
        ("De inwerkperiode duurt twee werkweken.", "The induction takes three weeks.",
         "nl", "en"),
        # a duration never against money
        ("Het overleg duurde vijf uur.", "Het overleg kostte vijftig euro.", "nl", "nl"),
        # hedged
        ("Possibly three months.", "It could be two months.", "en", "en"),
    ],
)  # fmt: skip
def test_not_conflict(p: str, h: str, lp: str, lh: str) -> None:
    r = compare(p, h, lp, lh)
    assert r is None or r.relation != "conflict", r
