"""A possessive inside the subject (``check/subjects/possessor.py``): the owner is what the claim is
about. Sentences of four writers (h9 Crennick, h10 Ambleworth and Larkspur, h11 Penmoor, h12
Quayside), with the cases it must leave alone (dev Pemberton, h10 Larkspur)."""

from onrecord.check.claims.extract import claims_from_text

CRENNICK = """---
author: Maeve Cardell
lang: en
---
A former quality manager at Crennick Foods says the company kept positive listeria tests from
food inspectors for at least eight months. Lunesdale District Council inspects the factory.

Crennick Foods denies the allegations. In a statement, its chief executive, Martin Kessock, said
every positive result had been "investigated, re-tested and reported as the law requires". He added
that the Brackley Moss factory had passed its last three council inspections.

The council's records confirm that, but the most recent of those inspections took place in May
2024, before the first positive swab.
"""

AMBLEWORTH = """---
author: Keira Lomax
lang: en
---
Ambleworth Cricket Club signed a conditional agreement to sell its Brook Lane ground to a
housebuilder five months before members were asked to vote on the sale.

Upper Dale District Council said it had not yet received a planning application for the site. The
club's annual accounts, filed in January, show a loss of £38,000 for the 2023 season.
"""

PENMOOR = """---
author: Lucy Harcastle
lang: en
---
Gideon Farrant likes to tell visitors that he first stood on the Penmoor Rovers terraces at the age of six.
He bought the club for a pound in 2017, when it was two weeks from liquidation.
The club's 2024 accounts show a loss of £410,000.
Farrant's wife, Celia, joined the board in January.
"""

QUAYSIDE = """---
title: Merriday v Quayside Ledger Ltd - grounds of claim
author: Joanne Merriday
lang: en
---
1. The Claimant, Joanne Merriday, was employed by Quayside Ledger Ltd as head of pensions.
2. The Claimant raised her concerns in writing under the Employment Rights Act 1996.
3. Her salary at the date of dismissal was £58,000 a year.
"""

LARKSPUR = """---
title: Larkspur Organics Limited v Quennell Cold Storage Limited - particulars of claim
lang: en
---
1. The Claimant, LARKSPUR ORGANICS LIMITED, is a wholesaler of organic vegetables.
2. The Defendant, QUENNELL COLD STORAGE LIMITED, runs a cold store.
3. By then 41 pallets of the Claimant's produce, including its entire stock of winter squash, had spoiled.
4. The Claimant's electricity supplier, Marlgrid, has confirmed in writing that there was no surge.
5. The Defendant's night supervisor, Stuart Fenby, saw the alarm at 01:40.
"""

PEMBERTON = """---
author: Tessa Morland
lang: en
---
Nadia Kovac has run the Pemberton Battery Lab in Sheffield since 2018.
The university's innovation office, according to Kovac, never asked the lab for test data.
"""


def _subject(doc: str, start: str) -> str | None:
    got = [
        c.subject
        for c in claims_from_text(doc)
        if " ".join(c.original.split()).lstrip("0123456789. ").startswith(start)
    ]
    assert got, start
    return got[0]


def test_a_described_owner_is_the_organisation_named_before() -> None:
    assert _subject(CRENNICK, "The council's records") == "Lunesdale District Council"
    assert _subject(AMBLEWORTH, "The club's annual") == "Ambleworth Cricket Club"


def test_the_club_never_called_a_club_is_the_one_the_text_is_about() -> None:
    assert _subject(PENMOOR, "The club's 2024") == "Penmoor Rovers"


def test_her_in_a_pleading_is_its_claimant() -> None:
    assert _subject(QUAYSIDE, "Her salary") == "Joanne Merriday"


def test_an_owner_inside_the_subjects_prepositional_phrase() -> None:
    assert _subject(LARKSPUR, "By then 41 pallets") == "LARKSPUR ORGANICS LIMITED"


def test_a_named_apposition_or_a_possessed_person_or_unit_is_left_alone() -> None:
    assert _subject(LARKSPUR, "The Claimant's electricity") == "Marlgrid"
    assert _subject(LARKSPUR, "The Defendant's night") == "Stuart Fenby"
    assert _subject(PENMOOR, "Farrant's wife") != "Penmoor Rovers"
    assert _subject(PEMBERTON, "The university's innovation") != "Pemberton Battery Lab"
