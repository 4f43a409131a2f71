"""A verdict in a copular clause is an opinion, whatever its subject
(``check/claims/evaluative_copula.py``). Sentences of h10 (Greyholme), h11 (Halyard, Oosterdal,
Penmoor) and h13 (Klaverstede), and the copular statements of fact it must leave to be claims."""

import pytest

from onrecord.check.claims.checkworthy import is_opinion
from onrecord.check.claims.extract import claims_from_text


@pytest.mark.parametrize(
    "sentence",
    [
        "It is not acceptable.",
        "That denial is, with respect, untenable.",
        "Huisartsenzorg na vijf uur is geen luxe.",
        "The years since have been less tidy.",
        "Boersema is geen makkelijke gesprekspartner",
    ],
)
def test_a_verdict_is_an_opinion(sentence: str) -> None:
    assert is_opinion(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dat rapport is nooit met de huurders gedeeld.",  # h11 Hesselo: a fact
        "The sprinklers in that bay were switched off.",  # h11 Cellwright
        "The brace cost £3,400.",  # h13 Askerby
        "Planning permission was granted in March 2023.",  # h11 Penmoor
        "That offer was not acceptable to the board in 2024.",  # a number: on record
        "Het Openbaar Ministerie is niet in hoger beroep gegaan.",
    ],
)
def test_a_copular_fact_is_no_opinion(sentence: str) -> None:
    assert not is_opinion(sentence)


def test_the_framed_verdict_is_skipped_and_the_fact_kept() -> None:
    doc = """---
author: Ruth Haverkort
lang: nl
---
Hiske Boersema was van 2018 tot 2024 voorzitter van de coöperatie Klaverstede.
Boersema is geen makkelijke gesprekspartner, zeggen mensen die met haar hebben onderhandeld.
"""
    texts = [c.text for c in claims_from_text(doc)]
    assert not any("gesprekspartner" in t for t in texts)
    assert any("voorzitter" in t for t in texts)
