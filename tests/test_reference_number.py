"""A case's reference ("Claim No. AB24C0917", "Zaaknummer") names no one."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext

STATEMENT = """---
title: Witness statement of Priya Mandeville
author: Priya Mandeville
lang: en
---
IN THE COUNTY COURT AT ASHBRIDGE

Claim No. AB24C0917

1. I am the former finance manager of Lowther & Finch Ltd.

2. On 16 October 2023 I wrote to Ms Lowther setting out my concerns. She asked me not to raise
the matter with anyone else for the time being.
"""


def test_a_reference_is_no_name() -> None:
    ctx = NameContext([])
    assert ctx.classify("Claim No") == "other"
    assert ctx.classify("Case No") == "other"
    assert ctx.classify("Claire Hollis") == "person"


def test_she_is_not_the_claim_number() -> None:
    claims = claims_from_text(STATEMENT, worthiness=False)
    assert claims
    assert not any("Claim No" in (c.subject or "") or "Claim No" in c.text for c in claims)
