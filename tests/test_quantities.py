"""Quantities: extraction of amounts, numbers and dates, and their comparison (EN/NL/DE/FR)."""

from __future__ import annotations

import math
from datetime import date

import pytest

from onrecord.check.quantities import Quantity, compare, quantities

INF = math.inf


def one(text: str, lang: str | None = None) -> Quantity:
    qs = quantities(text, lang)
    assert len(qs) == 1, f"{text!r}: {qs}"
    return qs[0]


def rel(premise: str, hypothesis: str, lp: str | None = None, lh: str | None = None) -> str | None:
    r = compare(premise, hypothesis, lp, lh)
    return r.relation if r else None


# -- extraction: money ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "lo", "hi", "unit"),
    [
        ("$1B", None, 1e9, 1e9, "USD"),
        ("only $100 million", None, 1e8, 1e8, "USD"),
        ("They raised $1.2bn last year.", "en", 1.2e9, 1.2e9, "USD"),
        ("a budget of USD 5m", "en", 5e6, 5e6, "USD"),
        ("5 million dollars", "en", 5e6, 5e6, "USD"),
        ("He paid £3m for it.", "en", 3e6, 3e6, "GBP"),
        ("a grant of $50k", "en", 5e4, 5e4, "USD"),
        ("It costs 1,500 euros.", "en", 1500, 1500, "EUR"),
        ("the remaining $2.5 million", "en", 2.5e6, 2.5e6, "USD"),
        ("Het kost € 2,5 mln.", "nl", 2.5e6, 2.5e6, "EUR"),
        ("Het kost 2,5 miljoen euro.", "nl", 2.5e6, 2.5e6, "EUR"),
        ("Er ging 1.000.000 euro naar het lab.", "nl", 1e6, 1e6, "EUR"),
        ("Het kost 1.500 euro.", "nl", 1500, 1500, "EUR"),
        ("Vale bood 1 miljard dollar.", "nl", 1e9, 1e9, "USD"),
        ("Vale bood een miljard dollar.", "nl", 1e9, 1e9, "USD"),
        ("Dat kost honderd euro.", "nl", 100, 100, "EUR"),
        ("Dat kost vijfduizend euro.", "nl", 5000, 5000, "EUR"),
        ("Wij kregen anderhalf miljoen euro.", "nl", 1.5e6, 1.5e6, "EUR"),
        ("Sie sammelten 3 Millionen Euro.", "de", 3e6, 3e6, "EUR"),
        ("Das kostet 2,5 Milliarden Euro.", "de", 2.5e9, 2.5e9, "EUR"),
        ("Ils ont levé 5 millions de dollars.", "fr", 5e6, 5e6, "USD"),
        ("Ils ont levé 2,5 millions d'euros.", "fr", 2.5e6, 2.5e6, "EUR"),
        ("The lab will cost 5 million.", "en", 5e6, 5e6, None),
        ("half a million dollars", "en", 5e5, 5e5, "USD"),
        ("4 and a half million dollars", "en", 4.5e6, 4.5e6, "USD"),
    ],
)
def test_money(text: str, lang: str | None, lo: float, hi: float, unit: str | None) -> None:
    q = one(text, lang)
    assert (q.kind, q.lo, q.hi, q.unit) == ("money", lo, hi, unit)
    assert text[q.span[0] : q.span[1]] == q.text


@pytest.mark.parametrize(
    ("text", "lang", "lo", "hi"),
    [
        ("Several hundred million won't be enough.", "en", 2e8, 9e8),
        ("A few hundred million would be enough.", "en", 2e8, 5e8),
        ("It will take billions.", "en", 2e9, INF),
        ("They spent hundreds of millions of dollars.", "en", 2e8, 1e9),
        ("It costs tens of millions.", "en", 2e7, 1e8),
        ("Het gaat om tientallen miljoenen euro's.", "nl", 2e7, 1e8),
        ("Daar zijn miljarden voor nodig.", "nl", 2e9, INF),
        ("Een paar miljoen is genoeg.", "nl", 2e6, 5e6),
        ("Enkele honderden miljoenen volstaan niet.", "nl", 2e8, 1e9),
    ],
)
def test_vague_amounts(text: str, lang: str, lo: float, hi: float) -> None:
    q = one(text, lang)
    assert (q.kind, q.lo, q.hi) == ("money", lo, hi)
    assert q.slack == 0.0


@pytest.mark.parametrize(
    ("text", "lang", "lo", "hi", "lo_open", "hi_open"),
    [
        ("at least 40 staff", "en", 40, INF, False, False),
        ("more than 30 people", "en", 30, INF, True, False),
        ("over $1B", "en", 1e9, INF, True, False),
        ("under 5% of revenue", "en", 0, 5, False, True),
        ("less than 5 percent", "en", 0, 5, False, True),
        ("up to $5M", "en", 0, 5e6, False, False),
        ("at most 12 people", "en", 0, 12, False, False),
        ("about 100 employees", "en", 85, 115, False, False),
        ("roughly $10M", "en", 8.5e6, 11.5e6, False, False),
        ("nearly 40 percent", "en", 34, 40, False, False),
        ("40 staff or more", "en", 40, INF, False, False),
        ("minstens 40 medewerkers", "nl", 40, INF, False, False),
        ("meer dan 30 mensen", "nl", 30, INF, True, False),
        ("minder dan 5 procent", "nl", 0, 5, False, True),
        ("hooguit 5 miljoen euro", "nl", 0, 5e6, False, False),
        ("ongeveer 100 medewerkers", "nl", 85, 115, False, False),
        ("zo'n 100 medewerkers", "nl", 85, 115, False, False),
        ("bijna 40 procent", "nl", 34, 40, False, False),
        ("ruim 5 miljoen euro", "nl", 5e6, 6.5e6, True, False),
        ("between 40 and 50 staff", "en", 40, 50, False, False),
        ("tussen de 40 en 50 medewerkers", "nl", 40, 50, False, False),
        ("$5-10 million", "en", 5e6, 1e7, False, False),
        ("Salaries range from $50k to $80k.", "en", 5e4, 8e4, False, False),
        ("salarissen van 50 tot 80 duizend euro", "nl", 5e4, 8e4, False, False),
        ("Revenue grew from $5M to $10M.", "en", 1e7, 1e7, False, False),
        ("mehr als 40 Mitarbeiter", "de", 40, INF, True, False),
        ("plus de 40 employés", "fr", 40, INF, True, False),
        # a negated bound flips: "hasn't raised more than $5M" is at most $5M
        ("Lumen hasn't raised more than $5M.", "en", 0, 5e6, False, False),
    ],
)
def test_bounds_and_hedges(
    text: str, lang: str, lo: float, hi: float, lo_open: bool, hi_open: bool
) -> None:
    q = one(text, lang)
    assert q.lo == pytest.approx(lo) and q.hi == pytest.approx(hi)
    assert (q.lo_open, q.hi_open) == (lo_open, hi_open)
    assert not q.negated


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("ten percent of the budget", "en", 10),
        ("12.5% of the shares", "en", 12.5),
        ("12,5% van de aandelen", "nl", 12.5),
        ("25 procent van de omzet", "nl", 25),
        ("a fifth of the budget", "en", 20),
        ("half of the staff", "en", 50),
        ("two thirds of the votes", "en", 200 / 3),
        ("een derde van de omzet", "nl", 100 / 3),
        ("de helft van het personeel", "nl", 50),
        ("driekwart van de leden", "nl", 75),
        ("30 Prozent der Stimmen", "de", 30),
    ],
)
def test_percent(text: str, lang: str, value: float) -> None:
    q = one(text, lang)
    assert q.kind == "percent" and q.unit == "%"
    assert q.lo == pytest.approx(value) == q.hi


@pytest.mark.parametrize(
    ("text", "lang", "lo", "hi", "unit"),
    [
        ("Lumen had 40 staff.", "en", 40, 40, "staff"),
        ("We hired 40 full-time staff.", "en", 40, 40, "staff"),
        ("Lumen had twaalf medewerkers.", "nl", 12, 12, "staff"),
        ("Lumen had 12 employees.", "en", 12, 12, "staff"),
        ("three offices", "en", 3, 3, "office"),
        ("one office", "en", 1, 1, "office"),
        ("twenty-five engineers", "en", 25, 25, "engineer"),
        ("vijfentwintig landen", "nl", 25, 25, "country"),
        ("dozens of engineers", "en", 24, 100, "engineer"),
        ("tientallen medewerkers", "nl", 20, 100, "staff"),
        ("honderden mensen", "nl", 200, 1000, "staff"),
        ("thousands of users", "en", 2e3, 1e6, "user"),
        ("5 million users", "en", 5e6, 5e6, "user"),
        ("2,000 staff", "en", 2000, 2000, "staff"),
        ("zwölf Mitarbeiter", "de", 12, 12, "staff"),
        ("187 km north of Copenhagen", "en", 187, 187, "km"),
        ("twelve studio albums", "en", 12, 12, "album"),
    ],
)
def test_count(text: str, lang: str, lo: float, hi: float, unit: str) -> None:
    q = one(text, lang)
    assert (q.kind, q.lo, q.hi, q.unit) == ("count", lo, hi, unit)


def _d(y: int, m: int, d: int) -> float:
    return float(date(y, m, d).toordinal())


@pytest.mark.parametrize(
    ("text", "lang", "kind", "lo", "hi", "qualifier"),
    [
        ("Lumen was founded in 2015.", "en", "year", 2015, 2015, "point"),
        ("since 2019", "en", "year", 2019, INF, "since"),
        ("sinds 2019", "nl", "year", 2019, INF, "since"),
        ("before 2016", "en", "year", -INF, 2016, "before"),
        ("after 2016", "en", "year", 2016, INF, "after"),
        ("until 2018", "en", "year", -INF, 2018, "until"),
        ("between 2015 and 2017", "en", "year", 2015, 2017, "between"),
        ("van 2015 tot 2017", "nl", "year", 2015, 2017, "between"),
        ("in the 1990s", "en", "year", 1990, 1999, "point"),
        ("in de jaren 80", "nl", "year", 1980, 1989, "point"),
        ("in januari 2017", "nl", "date", _d(2017, 1, 1), _d(2017, 1, 31), "point"),
        ("in January 2017", "en", "date", _d(2017, 1, 1), _d(2017, 1, 31), "point"),
        ("on 13 January 2016", "en", "date", _d(2016, 1, 13), _d(2016, 1, 13), "point"),
        ("on January 13, 2016", "en", "date", _d(2016, 1, 13), _d(2016, 1, 13), "point"),
        ("op 3 maart 2016", "nl", "date", _d(2016, 3, 3), _d(2016, 3, 3), "point"),
        ("on 2016-01-13", "en", "date", _d(2016, 1, 13), _d(2016, 1, 13), "point"),
        ("op 13-01-2016", "nl", "date", _d(2016, 1, 13), _d(2016, 1, 13), "point"),
        ("am 3. Mai 2016", "de", "date", _d(2016, 5, 3), _d(2016, 5, 3), "point"),
        ("en janvier 2017", "fr", "date", _d(2017, 1, 1), _d(2017, 1, 31), "point"),
        ("in early 2016", "en", "date", _d(2016, 1, 1), _d(2016, 6, 30), "point"),
        ("in 85 BC", "en", "year", -85, -85, "point"),
        ("by Friday, March 3rd 2017", "en", "date", -INF, _d(2017, 3, 3), "by"),
    ],
)
def test_time(text: str, lang: str, kind: str, lo: float, hi: float, qualifier: str) -> None:
    q = one(text, lang)
    assert (q.kind, q.lo, q.hi, q.qualifier) == (kind, lo, hi, qualifier)
    assert not q.mention


def test_ambiguous_numeric_date_covers_both_readings() -> None:
    q = one("on 02/03/2016", "en")
    assert (q.lo, q.hi) == (_d(2016, 2, 3), _d(2016, 3, 2))


def test_bare_year_is_a_mention() -> None:
    q = one("The 2016 budget was approved.", "en")
    assert q.kind == "year" and q.mention
    assert one("In the 2016 election she ran.", "en").mention


@pytest.mark.parametrize(
    "text",
    [
        "Let's meet at 3pm.",
        "The call is at 3 p.m. tomorrow.",
        "We spreken om 15.00 uur af.",
        "Kom om 3 uur langs.",
        "The meeting starts at 10:30.",
        "Call me on +31 20 123 4567.",
        "Bel 020-1234567 of 06-12345678.",
        "Call (555) 123-4567.",
        "We run version 3.2.1 in production.",
        "Upgrade to v2.0 first.",
        "The server is at 192.168.1.10.",
        "1. Read the draft",
        "See ticket #4711.",
        "See page 4 of the contract.",
        "Zie art. 5 van de statuten.",
        "Q3 results were fine.",
        "COVID-19 changed everything.",
        "The 2nd meeting went well.",
        "One of the founders left.",
        "No one knows.",
        "Message-ID: <1234.5678@example.com>",
        "Mail jan.de.vries2016@example.com",
        "See https://example.com/2016/report-42.",
        "Formula 1 is fast, and so is the PlayStation 3.",
        "Ten minste een van ons.",
        "The half-time score was good.",
        "The third meeting was long.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == [], quantities(text)


def test_ambiguous_grouping_without_language_is_skipped() -> None:
    assert quantities("1.500") == []
    assert one("It costs 1.500 euro.", "nl").lo == 1500
    assert one("It is 1.5 million.", "en").lo == 1.5e6


def test_the_claim_checkers_frame_is_not_read() -> None:
    text = "On 13 Jan 2017, Marcus Vale wrote: we agreed in 2016."
    q = one(text, "en")
    assert q.kind == "year" and q.lo == 2016


# -- comparison ---------------------------------------------------------------------------------

# (premise, hypothesis, lang_p, lang_h, expected relation); each is also checked the other way
# round where marked symmetric below.
CONFLICTS = [
    ("$1B", "only $100 million", None, None),
    ("in 2017", "in 2019", None, None),
    ("ten percent", "a fifth", None, None),
    ("Vale offered $1B for the lab.", "Vale offered only $100 million.", "en", "en"),
    ("Vale bood 1 miljard dollar voor het lab.", "Vale offered only $100 million.", "nl", "en"),
    (
        "A nonprofit alone will never raise the billions this needs.",
        "Vale said the nonprofit could raise billions without a commercial partner.",
        "en",
        "en",
    ),
    (
        "Een non-profit alleen zal nooit de miljarden ophalen die dit nodig heeft.",
        "Vale said the nonprofit could raise billions without a commercial partner.",
        "nl",
        "en",
    ),
    (
        "Several hundred million won't be enough.",
        "A few hundred million would be enough.",
        "en",
        "en",
    ),
    (
        "Enkele honderden miljoenen zijn niet genoeg.",
        "A few hundred million would be enough.",
        "nl",
        "en",
    ),
    ("This needs billions.", "A few hundred million would be enough.", "en", "en"),
    ("Dit vergt miljarden.", "Een paar honderd miljoen volstaat.", "nl", "nl"),
    ("$100M is enough.", "$150M is not enough.", "en", "en"),
    ("Lumen was founded in 2017.", "Lumen was founded in 2019.", "en", "en"),
    ("Lumen werd in 2017 opgericht.", "Lumen was founded in 2019.", "nl", "en"),
    (
        "Lumen began to keep its research internal in 2016.",
        "Lumen began keeping its research internal in January 2018.",
        "en",
        "en",
    ),
    (
        "Ten percent of the budget went to research.",
        "A fifth of the budget went to research.",
        "en",
        "en",
    ),
    (
        "Tien procent van het budget ging naar onderzoek.",
        "A fifth of the budget went to research.",
        "nl",
        "en",
    ),
    ("Lumen had 40 staff in 2016.", "Lumen had twaalf medewerkers in 2016.", "en", "nl"),
    ("Lumen had 40 staff.", "Lumen had 12 employees.", "en", "en"),
    ("Lumen had 40 staff.", "Lumen had 12 staff members.", "en", "en"),
    ("De stichting haalde 2,5 miljoen euro op.", "The foundation raised €25 million.", "nl", "en"),
    ("In 2016 we spent $2M on compute.", "In 2016 we spent $20M on compute.", "en", "en"),
    (
        "Lumen raised $5M in seed funding and spent $2M on compute.",
        "Lumen spent $20M on compute.",
        "en",
        "en",
    ),
    ("Lumen raised more than $1B.", "Lumen raised less than $500 million.", "en", "en"),
    ("Vale owned 80% of the shares.", "Vale owned about 40% of the shares.", "en", "en"),
    ("Vale bezat 80% van de aandelen.", "Vale owned less than half of the shares.", "nl", "en"),
    ("Lumen is 187 km north of the city.", "Lumen is 300 km north of the city.", "en", "en"),
    ("Vale resigned on 3 March 2017.", "Vale resigned on 3 March 2016.", "en", "en"),
    ("Vale nam op 3 maart 2017 ontslag.", "Vale resigned in 2016.", "nl", "en"),
    ("Lumen needs $5M.", "Lumen needs $50M.", "en", "en"),
    ("The board has 7 seats.", "The board has three seats.", "en", "en"),
    ("Het bestuur heeft zeven zetels.", "The board has three seats.", "nl", "en"),
    ("Dat kost ons jaarlijks zo'n 250.000 euro.", "It costs €2.5 million a year.", "nl", "en"),
    (
        "Honestly, several hundred million won't be enough to build this lab.",
        "Vale said a few hundred million would be enough.",
        "en",
        "en",
    ),
    (
        "Eerlijk gezegd zijn een paar honderd miljoen niet genoeg voor dit lab.",
        "Vale said a few hundred million would be enough.",
        "nl",
        "en",
    ),
    (
        "We need at least $1B over the next 5 years.",
        "Vale said $100 million would be enough.",
        "en",
        "en",
    ),
    (
        "Lumen stopte in 2016 met het delen van onderzoek.",
        "Lumen stopped sharing its research in 2017.",
        "nl",
        "en",
    ),
]

CONSISTENT = [
    ("Lumen raised $1.2B.", "Lumen raised more than a billion dollars.", "en", "en"),
    (
        "Lumen haalde 1,2 miljard dollar op.",
        "Lumen raised more than a billion dollars.",
        "nl",
        "en",
    ),
    ("Lumen raised $1.23B.", "Lumen raised $1.2B.", "en", "en"),
    ("Lumen raised $1B.", "Lumen raised $1B.", "en", "en"),
    ("Lumen raised 5 million dollars.", "Lumen raised $5M.", "en", "en"),
    (
        "In 2016 Lumen kept its research internal.",
        "Between 2015 and 2017 Lumen kept its research internal.",
        "en",
        "en",
    ),
    ("Lumen had twaalf medewerkers.", "Lumen had 12 staff.", "nl", "en"),
    ("This needs billions.", "Several hundred million won't be enough.", "en", "en"),
    ("$100M is enough.", "$1B would be enough.", "en", "en"),
    (
        "Het project kost ruim 5 miljoen euro.",
        "The project costs more than €5 million.",
        "nl",
        "en",
    ),
    ("Lumen was founded in January 2015.", "Lumen was founded in 2015.", "en", "en"),
    ("Lumen werd opgericht in januari 2015.", "Lumen was founded in 2015.", "nl", "en"),
    ("Dat kost ons jaarlijks zo'n 250.000 euro.", "It costs about €250,000 a year.", "nl", "en"),
    (
        "I'll send the drafts by Friday, March 3rd 2017.",
        "The drafts come by March 2017.",
        "en",
        "en",
    ),
    (
        "Vale owned 80% of the shares.",
        "Vale owned more than three quarters of the shares.",
        "en",
        "en",
    ),
    ("Lumen raised $5M and spent $2M on compute.", "Lumen raised $5M.", "en", "en"),
    (
        "On 13 Jan 2017, Marcus Vale wrote: I agreed to this in 2016.",
        "Vale agreed in 2016.",
        "en",
        "en",
    ),
    (
        "A nonprofit alone will never raise the billions this needs.",
        "The nonprofit will not raise billions.",
        "en",
        "en",
    ),
]

# Neither consistent nor conflict: overlap or None. Traps above all.
NOT_CONFLICT = [
    # times of day, versions, phone numbers: no quantities at all
    ("The meeting is at 3pm.", "The meeting is at 4pm.", "en", "en"),
    ("We run version 3.2.1.", "We run version 3.4.", "en", "en"),
    ("Call me on +31 20 123 4567.", "Call me on +31 20 765 4321.", "en", "en"),
    # years mentioned as context in both
    ("In 2016 we spent $2M on compute.", "In 2017 we spent $2M on compute.", "en", "en"),
    ("In 2016 revenue was $5M.", "In 2017 revenue was $50M.", "en", "en"),
    ("The 2016 budget was approved.", "The budget was approved in 2017.", "en", "en"),
    ("Vale agreed in 2016.", "Vale agreed in 2017.", "en", "en"),
    (
        "Vale stemde in 2016 in met het voorstel.",
        "Vale agreed to the proposal in 2017.",
        "nl",
        "en",
    ),
    (
        "Lumen has kept its research internal since 2019.",
        "Lumen kept its research internal in 2017.",
        "en",
        "en",
    ),
    (
        "Lumen publiceerde e-mails uit 2016 en 2017.",
        "Lumen published emails from 2016.",
        "nl",
        "en",
    ),
    # two unrelated amounts in one sentence
    (
        "Lumen raised $5M in seed funding and spent $2M on compute.",
        "Lumen spent $5M on compute.",
        "en",
        "en",
    ),
    ("We got $5M and $2M.", "We got $3M.", "en", "en"),
    (
        "Kellogg's products are made in 18 countries and sold in over 180 countries.",
        "Kellogg's products are sold in over 180 countries and made in 18.",
        "en",
        "en",
    ),
    (
        "It lies 187 km northwest of Copenhagen and 289 km north of Hamburg.",
        "It lies 187 km north and west of Copenhagen.",
        "en",
        "en",
    ),
    (
        "GAO returns $57 for every $1 spent.",
        "GAO has a return of $57 per dollar spent.",
        "en",
        "en",
    ),
    (
        "King published 54 novels, including seven under a pen name.",
        "King wrote 7 novels under a pen name.",
        "en",
        "en",
    ),
    (
        "A 50% increase in funding was proposed.",
        "A 60% increase in funding is better than a 50% increase.",
        "en",
        "en",
    ),
    # unrelated amounts, other currencies, other roles
    ("Lumen raised $5M.", "The building cost $50M.", "en", "en"),
    ("Lumen raised €5M.", "Lumen raised $50M.", "en", "en"),
    ("The lab needs $5M.", "Lumen raised $2M.", "en", "en"),
    ("Lumen spends $5M a year on compute.", "Lumen spent $20M on compute.", "en", "en"),
    ("Revenue grew by 20%.", "Revenue was 5% of the total.", "en", "en"),
    ("Two rock formations are shown.", "Four other rock formations are shown.", "en", "en"),
    ("He left 15 years earlier.", "He served for 20 years.", "en", "en"),
    ("Lumen had 40 staff.", "Lumen had 12 offices.", "en", "en"),
    # hedges and complements
    ("Possibly three months.", "It could be two months.", "en", "en"),
    (
        "The four members have 80% of the market.",
        "20% of the market is not controlled by them.",
        "en",
        "en",
    ),
    # rounding
    ("Lumen raised $1B.", "Lumen raised $1.3B.", "en", "en"),
    ("Lumen had 40 staff.", "Lumen had 42 staff.", "en", "en"),
    ("Lumen raised more than $1B.", "Lumen raised $1B.", "en", "en"),
    # sufficiency that does not clash
    ("$100M won't be enough.", "$1B would be enough.", "en", "en"),
    ("$5M would be enough.", "Lumen raised $2M.", "en", "en"),
    # negation of another act, or of nothing the other side states
    ("Vale didn't expect to raise $5M.", "Vale raised $5M.", "en", "en"),
    ("A penny does not equal $1000.", "The fee was $1,000 a year.", "en", "en"),
    (
        "The new computer will not last seven years.",
        "It can't last seven years but it can last five.",
        "en",
        "en",
    ),
    # ordinals, names and counts that are not counts
    ("One of the founders left in 2016.", "No one left.", "en", "en"),
    ("The 2nd meeting was in Amsterdam.", "The 3rd meeting was in Amsterdam.", "en", "en"),
    ("Spiess is famous for its Formula 3 engines.", "Spiess built a Formula 4 engine.", "en", "en"),
]


@pytest.mark.parametrize(("p", "h", "lp", "lh"), CONFLICTS)
def test_conflict(p: str, h: str, lp: str | None, lh: str | None) -> None:
    r = compare(p, h, lp, lh)
    assert r is not None and r.relation == "conflict", r
    kinds = {r.premise_q.kind, r.hypothesis_q.kind}
    assert r.why and (len(kinds) == 1 or kinds == {"year", "date"})
    back = compare(h, p, lh, lp)
    assert back is not None and back.relation == "conflict", back


@pytest.mark.parametrize(("p", "h", "lp", "lh"), CONSISTENT)
def test_consistent(p: str, h: str, lp: str | None, lh: str | None) -> None:
    assert rel(p, h, lp, lh) == "consistent", compare(p, h, lp, lh)


@pytest.mark.parametrize(("p", "h", "lp", "lh"), NOT_CONFLICT)
def test_not_conflict(p: str, h: str, lp: str | None, lh: str | None) -> None:
    assert rel(p, h, lp, lh) != "conflict", compare(p, h, lp, lh)
    assert rel(h, p, lh, lp) != "conflict", compare(h, p, lh, lp)


def test_precision_on_these_examples() -> None:
    """Every labelled pair both ways: a "conflict" is only ever said of a conflicting pair."""
    said = right = 0
    for p, h, lp, lh in CONFLICTS + CONSISTENT + NOT_CONFLICT:
        for a, b, la, lb in ((p, h, lp, lh), (h, p, lh, lp)):
            if rel(a, b, la, lb) == "conflict":
                said += 1
                right += (p, h, lp, lh) in CONFLICTS
    assert said >= 2 * len(CONFLICTS)
    assert right == said


def test_consistent_is_one_way() -> None:
    # the premise's interval must lie within the hypothesis': more specific → less specific
    assert rel("Lumen raised $1.2B.", "Lumen raised more than a billion dollars.") == "consistent"
    assert rel("Lumen raised more than a billion dollars.", "Lumen raised $1.2B.") == "overlap"
    assert rel("in 2016", "between 2015 and 2017") == "consistent"
    assert rel("between 2015 and 2017", "in 2016") == "overlap"


def test_none_cases() -> None:
    assert compare("Lumen raised $5M.", "Vale agreed.") is None  # no quantity in the claim
    assert compare("Vale agreed.", "Lumen raised $5M.") is None  # none in the premise
    assert compare("Vale agreed in 2016.", "Lumen raised $5M.") is None  # none of that kind
    assert compare("", "Lumen raised $5M.") is None
    assert compare("Lumen raised $5M.", "") is None


def test_check_carries_pairs_and_why() -> None:
    r = compare("In 2016 Lumen raised $5M.", "In 2016 Lumen raised $50M.", "en", "en")
    assert r is not None and r.relation == "conflict"
    assert r.premise_q.kind == "money" and r.hypothesis_q.text == "$50M"
    assert "do not overlap" in r.why
    assert {c.relation for c in r.pairs} == {"conflict", "consistent"}
    assert r.unmatched == 0
    r = compare("Lumen raised $5M.", "In 2016 Lumen raised $5M.", "en", "en")
    assert r is not None and r.relation == "consistent" and r.unmatched == 1


def test_an_amount_after_a_name_is_an_amount() -> None:
    """ "Nordwind 1.2 million euros" is money; "Windows 10" stays a name."""
    from onrecord.check.quantities import quantities

    [q] = quantities("Datamark will pay Nordwind 1.2 million euros a year.", "en")
    assert (q.kind, q.lo, q.per) == ("money", 1_200_000.0, "year")
    assert quantities("Windows 10 and Numeric 20.2 were released.", "en") == []


def test_changes_in_opposite_directions() -> None:
    from onrecord.check.figures.direction import direction, opposed

    assert opposed(
        "We hebben het budget voor 2020 met tien procent verlaagd.",
        "The 2020 budget was increased by ten percent.",
        "nl",
        "en",
    )
    assert opposed("Our emissions went down by 20 percent.", "Emissions rose in 2019.", "en", "en")
    assert not opposed("Our emissions rose slightly.", "Emissions rose in 2019.", "en", "en")
    assert not opposed("Sales fell.", "The budget was raised.", "en", "en")  # another thing
    assert (direction("De uitstoot nam toe."), direction("De uitstoot nam af.")) == (1, -1)
    assert direction("We did not cut the budget.") is None


_OVERHEAD = (
    "Overhead in 2022 came to 19 percent, down from 24 percent in 2020 and 21 percent in 2021."
)


@pytest.mark.parametrize(
    ("claim", "relation", "premise_value"),
    [
        ("De overhead bedroeg 15 procent in 2022.", "conflict", 19),
        ("De overhead bedroeg 19 procent in 2022.", "consistent", 19),
        ("In 2020 bedroeg de overhead 24 procent.", "consistent", 24),
        ("In 2021 bedroeg de overhead 30 procent.", "conflict", 21),
    ],
)
def test_amounts_the_words_do_not_pair_are_paired_by_their_year(
    claim: str, relation: str, premise_value: float
) -> None:
    """Across languages the words around the amounts share nothing; the year each is dated by
    says which of the statement's three percentages the claim's is."""
    r = compare(_OVERHEAD, claim, "en", "nl")
    assert r is not None and r.relation == relation
    assert r.premise_q.lo == premise_value


def test_no_year_or_no_single_amount_of_it_no_pairing() -> None:
    assert compare(_OVERHEAD, "De overhead bedroeg 15 procent.", "en", "nl") is None
    both = "Costs in 2022: 19 percent and 12 percent."  # two amounts of the year
    assert compare(both, "De overhead bedroeg 15 procent in 2022.", "en", "nl") is None
    # the amount's own year, not the one of another clause
    assert (
        compare(
            "The board met in 2019. A decade earlier the fee was 175 euros.",
            "In 2019 bedroeg de bijdrage 260 euro.",
            "en",
            "nl",
        )
        is None
    )
