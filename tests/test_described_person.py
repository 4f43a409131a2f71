"""A person named by a description the text resolves elsewhere (``check/subjects/described_person.py``):
the lead that names its person only after ("De voormalige penningmeester van ...", "A
warehouse supervisor at ..."), and an age ("The 41-year-old"). Sentences of four writers (h9
Pedalfreight, h10 WarmDak, h11 Berkenhof, h13 Quenby), with what it must leave alone."""

from onrecord.check.claims.extract import claims_from_text

BERKENHOF = """---
author: Joris Ploeg
lang: nl
---
DORRINGEN – De voormalige penningmeester van tennisvereniging De Berkenhof heeft donderdag voor de
rechtbank ontkend dat hij ruim 86.000 euro uit de clubkas heeft verduisterd.

Leendert Verduyn (58) beheerde van 2016 tot 2023 de financiën van de club.
"""

WARMDAK = """---
author: Wessel Kooistra
lang: nl
---
ALMERVELD - De directeur van isolatiebedrijf WarmDak uit Almerveld heeft woensdag voor de rechtbank
Oost-Walland ontkend dat hij bewust subsidie heeft gefraudeerd.

Het Openbaar Ministerie verdenkt Ricardo Vinkenborg (52) ervan dat zijn bedrijf tussen 2021 en 2023
voor ruim 2,3 miljoen euro aan isolatiesubsidie heeft aangevraagd.
"""

QUENBY = """---
author: Harriet Quayle
lang: en
---
A warehouse supervisor at Quenby Logistics was unfairly dismissed after she complained about
blocked fire exits, an employment tribunal in Brackwater has ruled.

Saffron Delahaye had worked at the company's Brackwater depot for nine years when she was
dismissed in February 2024.
"""

PEDALFREIGHT = """---
author: Jonah Rydal
lang: en
---
# How Nadia Whitcombe built Pedalfreight

Whitcombe, 41, founded Pedalfreight in 2016 with a single cargo bike and a borrowed garage.
The company runs 230 bikes in nine cities.
Rupert Aldane, a former management consultant, joined Pedalfreight in 2017.
Its partner Helena Marchetti sits on the board.
The 41-year-old still rides a delivery shift every Friday.
"""

#: a person named before the description: the coreference rules' business, not the lead's
NAMED_FIRST = """---
author: Joris Ploeg
lang: nl
---
Wethouder Anke Dros opende vrijdag het nieuwe zwembad.
De voormalige penningmeester van zwemclub De Spetters heeft de opening geboycot.

Leendert Verduyn (58) beheerde van 2016 tot 2023 de financiën van de club.
"""

#: an official by role stays the role, though a person is named after
OFFICIAL = """---
author: Wessel Kooistra
lang: nl
---
De officier van justitie eiste twee jaar cel tegen de directeur.

Ricardo Vinkenborg (52) ontkent alles.
"""


def _subject(doc: str, start: str) -> str | None:
    got = [c.subject for c in claims_from_text(doc) if " ".join(c.text.split()).startswith(start)]
    assert got, start
    return got[0]


def test_a_lead_description_is_the_person_named_next() -> None:
    assert _subject(BERKENHOF, "De voormalige penningmeester") == "Leendert Verduyn"
    assert _subject(WARMDAK, "De directeur van isolatiebedrijf") == "Ricardo Vinkenborg"
    assert _subject(QUENBY, "A warehouse supervisor") == "Saffron Delahaye"


def test_an_age_is_the_person_given_that_age() -> None:
    assert _subject(PEDALFREIGHT, "The 41-year-old") in ("Whitcombe", "Nadia Whitcombe")


def test_a_description_after_a_named_person_or_an_official_is_left_alone() -> None:
    assert _subject(NAMED_FIRST, "De voormalige penningmeester") != "Leendert Verduyn"
    assert _subject(OFFICIAL, "De officier van justitie") == "De officier van justitie"
