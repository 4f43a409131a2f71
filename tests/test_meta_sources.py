"""The article's sources and the author's own requests are no claims."""

from __future__ import annotations

from onrecord.check.claims.checkworthy import skip_reason
from onrecord.check.claims.extract import claims_from_text


def _reason(s: str) -> str | None:
    return skip_reason(s, s, s, 0, len(s))


def test_the_articles_sources_are_meta() -> None:
    assert _reason("What follows is based on more than forty internal emails.") == "meta"
    assert _reason("Dit verslag is gebaseerd op de openbare zitting van donderdag.") == "meta"
    assert _reason("The Kelby Sands Gazette has seen a copy of Goswell's report.") == "meta"
    # a figure based on something is a claim
    assert _reason("That figure is based on 212 test lines.") is None


OPINIE = """---
author: Wietske Fokkema
lang: nl
---
Op 1 juli stopte zorgverzekeraar Zorgkring Noord met de vergoeding van de avondpraktijk.
Die praktijk zag vorig jaar ruim 9.000 patiënten.
Ik vraag Zorgkring Noord hierbij de avondpraktijk tot eind 2026 te blijven vergoeden.
"""


def test_the_authors_own_request_is_no_claim() -> None:
    texts = [c.original for c in claims_from_text(OPINIE)]
    assert not any(t.startswith("Ik vraag") for t in texts)
    assert any(t.startswith("Op 1 juli") for t in texts)
