"""Quantities: negation, sufficiency ("won't be enough"), need, rates, changes and hedges."""

from __future__ import annotations

import pytest

from onrecord.check.quantities import Quantity, compare, quantities


def one(text: str, lang: str | None = None) -> Quantity:
    qs = quantities(text, lang)
    assert len(qs) == 1, f"{text!r}: {qs}"
    return qs[0]


# -- extraction: negation, sufficiency, need ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "enough"),
    [
        ("Several hundred million won't be enough.", "en", False),
        ("A few hundred million would be enough.", "en", True),
        ("$5M is not enough.", "en", False),
        ("$5M is far from enough.", "en", False),
        ("$5M is more than enough.", "en", True),
        ("$5M of funding will not be sufficient.", "en", False),
        ("If we raise $5M, that will be enough.", "en", True),
        ("$2M is too little.", "en", False),
        ("$2M falls short.", "en", False),
        ("5 miljoen is niet genoeg.", "nl", False),
        ("5 miljoen is genoeg.", "nl", True),
        ("5 miljoen volstaat niet.", "nl", False),
        ("5 miljoen volstaat.", "nl", True),
        ("2 miljoen euro is voldoende.", "nl", True),
        ("2 miljoen euro is onvoldoende.", "nl", False),
        ("5 miljoen is te weinig.", "nl", False),
        ("We hebben niet genoeg aan 5 miljoen.", "nl", False),
        ("5 Millionen reichen nicht.", "de", False),
        ("5 millions ne suffisent pas.", "fr", False),
    ],
)
def test_sufficiency(text: str, lang: str, enough: bool) -> None:
    q = one(text, lang)
    assert q.enough is enough
    assert not q.plain


def test_enough_of_something_else_is_not_sufficiency() -> None:
    q = one("Her deals, worth up to £1.5 million, left her enough time.", "en")
    assert q.enough is None
    q = one("Met 1,5 miljoen pond hield ze niet voldoende tijd over.", "nl")
    assert q.enough is None


@pytest.mark.parametrize(
    ("text", "lang", "need_negated", "plain"),
    [
        ("The lab needs $5M.", "en", False, False),
        ("It will cost billions.", "en", False, False),
        ("$5M is needed.", "en", False, False),
        ("Lumen heeft 5 miljoen euro nodig.", "nl", False, False),
        ("Er is 5 miljoen nodig.", "nl", False, False),
        ("We don't need $5M.", "en", True, False),
        ("Lumen heeft geen 5 miljoen nodig.", "nl", True, False),
        ("A nonprofit alone will never raise the billions this needs.", "en", False, True),
        # the size of a named thing that is needed: also its plain amount
        ("Een huurverhoging van 2,9 procent is nodig.", "nl", False, True),
        ("A price rise of 4 percent was needed.", "en", False, True),
    ],
)
def test_need(text: str, lang: str, need_negated: bool, plain: bool) -> None:
    q = one(text, lang)
    assert q.need and q.need_negated is need_negated and q.plain is plain


def test_a_needed_rise_clashes_with_the_rise_said_to_be_needed() -> None:
    said = "To meet the covenant we would need a rent rise of 3.9% this July."
    check = compare(said, "Een huurverhoging van 2,9 procent was nodig.", lang_p="en", lang_h="nl")
    assert check is not None and check.relation == "conflict"
    check = compare(said, "A rent rise of 3.9 percent was needed.", lang_p="en", lang_h="en")
    assert check is not None and check.relation == "consistent"


@pytest.mark.parametrize(
    ("text", "lang", "negated"),
    [
        ("A nonprofit alone will never raise the billions this needs.", "en", True),
        ("Vale didn't offer $1B.", "en", True),
        ("Vale did not offer $1B.", "en", True),
        ("Vale heeft geen 5 miljoen opgehaald.", "nl", True),
        ("Vale heeft de 5 miljoen niet opgehaald.", "nl", True),
        ("Vale offered $1B.", "en", False),
        ("Vale didn't expect to raise $5M.", "en", False),  # the negation is of "expect"
        ("Not only $5M but also the lab.", "en", False),
        ("No one raised $5M.", "en", False),
    ],
)
def test_negation(text: str, lang: str, negated: bool) -> None:
    assert one(text, lang).negated is negated


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Het budget van 48 miljoen euro wordt niet overschreden.", "nl"),
        ("The costs will not exceed $5 million.", "en"),
        ("De kosten zullen de 2 miljoen euro niet overschrijden.", "nl"),
    ],
)
def test_a_negated_verb_of_exceeding_makes_a_ceiling_not_a_denial(text: str, lang: str) -> None:
    q = one(text, lang)
    assert not q.negated
    assert q.lo == 0.0 and q.hi > 0 and q.qualifier == "at most"


def test_a_ceiling_agrees_with_its_own_figure_and_clashes_with_a_higher_one() -> None:
    ceiling = "Het budget van 48 miljoen euro wordt niet overschreden."
    same = "Oosterhout promised that the bridge would stay within its 48 million euro budget."
    assert compare(ceiling, same, "nl", "en").relation != "conflict"
    higher = compare(ceiling, "The budget was 60 million euros.", "nl", "en")
    assert higher.relation == "conflict"


def test_rates_changes_and_hedges() -> None:
    assert one("Lumen spends $5M a year on compute.", "en").per == "year"
    assert one("Lumen betaalt 5.000 euro per maand.", "nl").per == "month"
    assert one("No more than 2 sports had events each day.", "en").per == "day"
    assert one("Revenue grew by 20%.", "en").change
    assert one("The omzet steeg met 20%.", "nl").change
    assert one("They gave $500,000 more than last year.", "en").change
    assert one("Four other formations were shown.", "en").change
    assert one("That was 15 years ago.", "en").change
    assert not one("Lumen had 40 staff.", "en").change
    assert one("Possibly three months.", "en").hedged
    assert one("It could be two months.", "en").hedged
    assert one("Misschien drie maanden.", "nl").hedged


def test_up_down_lower_and_higher_make_a_change() -> None:
    """A share or a sum read with "down"/"up" before it or "lower"/"higher" after it is a
    change, as "fell by" is: "costs are down 71 percent" is compared with "fell by 17 percent"."""
    assert one("Moderation costs are down 71 percent.", "en").change
    assert one("Sales are up 6 percent.", "en").change
    assert one("De huur ligt 6 procent hoger.", "nl").change
    assert not one("We can pay up to 50 percent.", "en").change  # a bound, not a change
    assert not one("Turnout rose to 71 percent.", "en").change  # a level reached
    lower = "The fleet's CO2 emissions in 2022 were 12% lower than in 2016."
    below = "The fleet's CO2 emissions in 2022 were 28% below the 2016 level."
    assert compare(lower, below, "en", "en").relation == "conflict"  # both measured against 2016
    down = "Moderation costs are down 71 percent compared to Q3."
    assert compare(down, "Moderation costs had fallen by 17 percent.", "en", "en").relation == (
        "conflict"
    )


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Het aantal nachtslots gaat naar tien per week.", "nl", 10, "nachtslot"),
        ("The number of night slots was cut to four.", "en", 4, "slot"),
        ("Het aantal leden daalde naar 740.", "nl", 740, "member"),
    ],
)
def test_a_bare_number_counts_the_noun_of_the_number_of(
    text: str, lang: str, value: float, unit: str
) -> None:
    q = one(text, lang)
    assert (q.kind, q.lo, q.unit) == ("count", value, unit)


def test_the_number_of_reaches_no_further_than_its_clause() -> None:
    assert quantities("A number of people came at 10.", "en") == []  # "a number of": some
    [q] = quantities("The number of complaints was 40, and 12 were upheld.", "en")
    assert q.lo == 40
    ten = "Met NordLift hebben we afgesproken dat het aantal nachtslots naar tien per week gaat."
    four = "In 2022 werd het aantal nachtslots van NordLift teruggebracht naar vier per week."
    assert compare(ten, four, "nl", "nl").relation == "conflict"
