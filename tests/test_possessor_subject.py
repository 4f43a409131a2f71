"""A described owner's thing ("The club's 2024 accounts") is about the owner."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text

PROFILE = """---
author: Lucy Harcastle
lang: en
---
Gideon Farrant bought the football club Penmoor Rovers for a pound in 2017.
Supporters still sing his name.
The club's 2024 accounts show a loss of £410,000.
Farrant says the loss was planned.
The stand was never built.
Nobody knows why.
"""


def test_the_clubs_accounts_are_the_clubs() -> None:
    got = {c.original: c.subject for c in claims_from_text(PROFILE)}
    assert got["The club's 2024 accounts show a loss of £410,000."] == "Penmoor Rovers"
