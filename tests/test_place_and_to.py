"""The dateline's town is no company; a name after "to the" is no subject."""

from __future__ import annotations

from onrecord.check.claims.checkworthy import dateline_place
from onrecord.check.claims.extract import claims_from_text
from onrecord.check.subjects.subject_np import in_pp

QUARRY = """---
title: Quarry firm was warned about blast damage, emails show
author: Imogen Carteret
lang: en
---
**BARNSHAW** - Corrigan Aggregates was warned by its own blasting contractor in 2022 that \
its blasts were shaking homes. Corrigan says its blasts stayed within the legal limit.

Residents of Barnshaw have complained about cracked walls for three years.

What follows is based on forty internal emails that a former employee passed to the Courier.

The company did not report the readings to Kelderby District Council, which enforces the permit.

At least eleven households in Barnshaw have since filed claims with the company.

Marion Elstow said the company would not pay for the plasterer.
"""


def test_dateline_place() -> None:
    assert dateline_place("**BARNSHAW** - ") == "Barnshaw"
    assert dateline_place("Vlierhoven, 27 mei 2025 – ") == "Vlierhoven"


def test_to_the_opens_a_prepositional_phrase() -> None:
    assert in_pp("a former employee passed to the ")
    assert not in_pp("The company wants ")


def test_the_company_is_not_the_town_nor_the_paper() -> None:
    claims = claims_from_text(QUARRY)
    company = [c for c in claims if c.original.startswith("The company")]
    assert company and all(c.subject != "Barnshaw" for c in company)
    follows = [c for c in claims if "What follows" in c.original]
    assert all(c.subject != "Courier" for c in follows)
