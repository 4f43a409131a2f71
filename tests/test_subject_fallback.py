"""A bare noun phrase is the subject as written when the rules found none."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text

LIBRARIES = """---
author: Wrayburn Gazette
lang: en
---
Wrayburn Borough Council voted on Tuesday to close four libraries, including Fellgate Library.
The vote came shortly after 10pm. The library in Fellgate opened in 1931.
Library staff were told of the vote by email at 10.40pm.
Twelve of them are at risk of redundancy.
That was the longest meeting anyone could remember.
The council's chief executive, Morwenna Scallon, said the list was a draft.
"""

OPINIE = """---
author: Ingeborg Slotboom
lang: nl
---
Per 1 april wil zorgverzekeraar Zorgkring de huisartsenpost in Brugwaard sluiten.
Patiënten moeten dan naar de post in Ommelinge, 34 kilometer verderop.
Voor veel patiënten is dat een probleem.
Sindsdien moeten zij 's avonds verder rijden.
Dat klopt niet, zeggen de huisartsen.
De gemeenteraad nam in november een motie aan.
"""


def test_bare_english_subject_before_its_auxiliary() -> None:
    got = {c.original: c.subject for c in claims_from_text(LIBRARIES)}
    assert got["Library staff were told of the vote by email at 10.40pm."] == "Library staff"


def test_bare_dutch_plural_before_a_modal() -> None:
    got = {c.original: c.subject for c in claims_from_text(OPINIE)}
    assert got["Patiënten moeten dan naar de post in Ommelinge, 34 kilometer verderop."] == (
        "Patiënten"
    )
    # an adverb or a demonstrative in that place is no subject
    assert "Sindsdien" not in got.values() and "Dat" not in got.values()
