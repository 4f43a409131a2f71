"""A pleading by counsel: "the Claimant" is the person the pleading names, not a word of the
author's byline; the relief sought is no claim."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext

CLAIM = """---
title: Abernethy v Halyard Analytics Ltd - Grounds of claim
author: Oliver Brandreth, counsel for the Claimant
lang: en
---
1. The Claimant, Corinne Abernethy, was employed by the First Respondent as Head of Data \
Governance from 6 September 2021 until her dismissal on 14 February 2025.

2. The First Respondent, Halyard Analytics Ltd, sells footfall analytics to retailers.

3. On 21 October 2024 the Claimant raised the matter again at the risk committee.

4. Until then the Claimant had been rated "exceeds expectations" in each of her annual reviews.

5. On 14 February 2025 the First Respondent dismissed the Claimant, giving redundancy as the \
reason.

6. The Claimant seeks a declaration, compensation for unfair dismissal and interim relief.
"""


def test_author_role_lends_no_surname() -> None:
    ctx = NameContext(["The Claimant raised it."], ["Oliver Brandreth, counsel for the Claimant"])
    assert ctx.known == ["oliver brandreth"]
    assert ctx.known_match("Claimant") is None
    assert ctx.known_match("Brandreth") == "oliver brandreth"


def test_claimant_is_the_named_person() -> None:
    claims = claims_from_text(CLAIM)
    raised = next(c for c in claims if "risk committee" in c.text)
    assert raised.subject == "Corinne Abernethy"
    rated = next(c for c in claims if "exceeds expectations" in c.text)
    assert rated.subject == "Corinne Abernethy"
    assert not any("seeks a declaration" in c.original for c in claims)
