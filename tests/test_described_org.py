"""A definite description stands for the organisation the article puts in its kind."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.subjects.described_org import family_of

PROFILE = """---
author: Jonah Rydal
lang: en
---
Nadia Whitcombe founded Pedalfreight in 2016 with a single cargo bike.
Today the company runs 230 bikes in nine cities and employs 410 riders.
In 2023 Pedalfreight raised £14 million from Glasshouse Ventures, a London fund that also backs the scooter firm Zipwell.
Under the deal, Glasshouse took two of the five seats on the board.
Last year, though, the company lost £6.2 million on revenue of £19 million.
"""

RAAD = """---
author: Marlies Oudejans
lang: nl
---
De gemeenteraad van Elzendonk heeft ingestemd met de verkoop van grond aan Windcoöperatie Kraaienhorst.
Op de kavels mogen de vier windturbines van Windpark De Kraaienhorst komen.
Volgens de wethouder levert het park genoeg stroom voor ruim 11.000 huishoudens.
"""

RECHTBANK = """---
author: Redactie
lang: nl
---
Oud-penningmeester Joost Verduyn van tennisvereniging De Berkenhof stond terecht.
Het Openbaar Ministerie eiste een werkstraf.
Zijn advocaat zei dat de club nooit een boekhouder had ingeschakeld.
"""

POST = """---
author: Fenna Lautenbach
lang: nl
---
De huisartsen van Huisartsen Lingezoom werken op de post aan de Dijkstraat.
Vorig jaar verwezen de artsen 212 patiënten door naar de ambulancedienst.
"""


def _subject(text: str, needle: str) -> str | None:
    return next(c.subject for c in claims_from_text(text) if needle in c.original)


def test_families_of_kind_nouns() -> None:
    assert family_of("tennisvereniging") == family_of("club") == "club"
    assert family_of("ventures") == family_of("fund") == "fund"
    assert family_of("firm") == family_of("bedrijf") == "company"
    assert family_of("rechtbank") == "court"
    assert family_of("losses") is None


def test_the_company_is_not_the_fund() -> None:
    # the fund was the subject last, but the article calls it a fund
    assert _subject(PROFILE, "the company lost") == "Pedalfreight"
    # what must not change: "the company" with only the company before it
    assert _subject(PROFILE, "Today the company") == "Pedalfreight"


def test_a_compound_name_holds_the_noun() -> None:
    assert _subject(RAAD, "levert het park") == "Windpark De Kraaienhorst"


def test_the_club_is_the_tennis_association() -> None:
    assert _subject(RECHTBANK, "nooit een boekhouder") == "De Berkenhof"


def test_plural_people_are_no_compound_name() -> None:
    # "de artsen" are people, not the practice "Huisartsen Lingezoom"
    assert _subject(POST, "verwezen de artsen") != "Huisartsen Lingezoom"


INTERVIEW = """---
author: Dale Radio
lang: en
---
Greyholme Homes owns 3,400 homes in the valley.
Greyholme Homes said the reports went to its repairs contractor, Stonecrop Maintenance.
A spokesperson for Stonecrop Maintenance said after the broadcast that the company "fulfilled every obligation in its contract".
A spokesperson for Kelby Borough Council said that the company had not replied to its letters.
"""


def test_the_company_a_spokesperson_speaks_of_is_their_own() -> None:
    assert _subject(INTERVIEW, "fulfilled every") == "Stonecrop Maintenance"
    # a council's spokesperson: "the company" is never the council
    assert _subject(INTERVIEW, "had not replied") != "Kelby Borough Council"


def test_a_compound_description_names_the_organisation_by_its_last_part() -> None:
    """ "De bloemenkwekerij" for "Kwekerij De Waard", in the claim's own words: the compound
    ends in a word of the organisation's name; a person's name is never found that way ("de broodbakker" is not
    "Jan Bakker")."""
    text = (
        "---\nauthor: Redactie Tuinbouwblad\nlang: nl\n---\n"
        "Het familiebedrijf Kwekerij De Waard moet 80.000 euro subsidie terugbetalen. "
        "De bloemenkwekerij kreeg het geld in 2022 voor een nieuwe kas. "
        "Wethouder Jan Bakker opende de kas in mei. "
        "De broodbakker uit het dorp leverde de lunch."
    )
    claims = claims_from_text(text, lang="nl")
    assert claims[1].text == "Kwekerij De Waard kreeg het geld in 2022 voor een nieuwe kas."
    assert "Jan Bakker" not in [c.subject for c in claims[3:]]
