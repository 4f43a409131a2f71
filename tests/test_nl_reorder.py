"""What a Dutch "dat" clause says, in main clause order: the finite verb after the subject,
with a noun after an article never taken for the verb, and a clause of its own ("als ...",
"dat ..." after a verb) left as it stands."""

from __future__ import annotations

import pytest

from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.nl_order import reorder_nl_sub, reorder_subordinate

CTX = NameContext([])


def test_a_plural_noun_after_an_article_is_no_verb() -> None:
    # "kosten", "klachten" look like a weak past ("rekenden"), but follow an article
    assert reorder_subordinate("zij de kosten altijd op tijd heeft betaald.", CTX) == (
        "zij heeft de kosten altijd op tijd betaald."
    )


@pytest.mark.parametrize(
    ("clause", "main"),
    [
        (
            "de directeur de raad pas waarschuwde als de klachten aanhielden.",
            "de directeur waarschuwde de raad pas als de klachten aanhielden.",
        ),
        (
            "haar advocaten hem schreven dat de koop al rond was.",
            "haar advocaten schreven hem dat de koop al rond was.",
        ),
    ],
)
def test_a_clause_of_its_own_stays_as_it_stands(clause: str, main: str) -> None:
    assert reorder_nl_sub(clause, CTX) == main


def test_als_as_a_preposition_is_no_clause() -> None:
    assert reorder_nl_sub("de wethouder als enige tegen stemde.", CTX) == (
        "de wethouder stemde als enige tegen."
    )


def test_maar_dat_is_a_second_claim_of_the_same_speaker() -> None:
    from onrecord.check.claims.extract import claims_from_text

    claims = claims_from_text(
        "Bosman stelt dat de pomp al in mei 2024 werkte, maar dat het waterschap de "
        "vergunning pas in oktober verleende.",
        lang="nl",
    )
    assert [(c.claimant, c.text) for c in claims] == [
        ("Bosman", "De pomp werkte al in mei 2024."),
        ("Bosman", "Het waterschap verleende de vergunning pas in oktober."),
    ]


@pytest.mark.parametrize(
    ("clause", "main"),
    [
        (  # the verb cluster at the end holds the finite verb, not the plural noun before it
            "de stichting in 2023 ruim 40.000 euro aan muzikanten niet heeft uitbetaald.",
            "de stichting heeft in 2023 ruim 40.000 euro aan muzikanten niet uitbetaald.",
        ),
        (  # a possessive opens the subject as an article does; a noun in -ie ends it
            "onze coöperatie per consult het dubbele vroeg van andere praktijken.",
            "onze coöperatie vroeg per consult het dubbele van andere praktijken.",
        ),
        (  # a weak past of a verb in -enen ("rekenen"), no present participle
            "de gemeente per vergunning te veel rekende.",
            "de gemeente rekende per vergunning te veel.",
        ),
    ],
)
def test_the_finite_verb_of_the_end_cluster(clause: str, main: str) -> None:
    assert reorder_subordinate(clause, CTX) == main
