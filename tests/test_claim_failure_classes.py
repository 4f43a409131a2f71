"""The four failure classes of claim extraction seen on the held-out articles, each on
sentences of our own: (1) commentary and announcements taken for claims, (2) a source
attribution in the middle of a sentence, (3) a nationality or regional adjective taken for a
name, (4) a non-restrictive relative clause that carries a second claim."""

from __future__ import annotations

import pytest

from onrecord.check.claim_lexicon import is_place_adjective, is_verb
from onrecord.check.claim_names import NameContext
from onrecord.check.claims import Claim, Skipped, claims_from_text


def _claims(text: str, lang: str, names: tuple[str, ...] = ()) -> list[Claim]:
    return claims_from_text(text, lang=lang, names=names)


# ------------------------------------------------------------------ (3) place adjectives


@pytest.mark.parametrize(
    ("word", "following", "expected"),
    [
        ("Amsterdamse", "advocaat", True),
        ("Groningse", "bestuurder", True),
        ("Canadian-born", "executive", True),
        ("Welsh", "regulator", True),
        ("Australian", None, True),
        ("Nigerian", "engineer", True),
        ("Elise", "schreef", False),  # a first name before a verb
        ("Louise", "Jansen", False),
        ("Jansen", "stelde", False),
    ],
)
def test_place_adjectives(word: str, following: str | None, expected: bool) -> None:
    assert is_place_adjective(word, following) is expected


def test_a_place_adjective_is_not_a_name() -> None:
    ctx = NameContext([], ["Sjoerd Veenstra"])
    text = "De Amsterdamse advocaat Sjoerd Veenstra diende een klacht in."
    assert [m.text for m in ctx.mentions(text)] == ["Sjoerd Veenstra"]
    assert [m.text for m in NameContext([]).mentions("The Welsh regulator fined Brightwater.")] == [
        "Brightwater"
    ]


def test_descriptions_with_a_place_adjective_resolve_to_the_person() -> None:
    text = (
        "Chief executive Helen Marsh approved the budget in 2021. The Canadian-born executive "
        "did not mention the leak in her report."
    )
    claims = _claims(text, "en", ("Helen Marsh",))
    assert [c.subject for c in claims] == ["Helen Marsh", "Helen Marsh"]
    assert claims[1].text.startswith("Helen Marsh did not mention")
    nl = _claims(
        "Bestuurder Karin Bosman tekende het besluit in april. De Groningse bestuurder vertelde "
        "de raad in mei dat er geen plannen waren. De Amsterdamse advocaat Sjoerd Veenstra "
        "diende in september een klacht in.",
        "nl",
        ("Karin Bosman",),
    )
    assert [c.subject for c in nl] == ["Karin Bosman", "Karin Bosman", "Sjoerd Veenstra"]


def test_an_adjective_of_a_branch_is_not_a_person() -> None:
    claims = _claims(
        "Investeerder Liam Brooks stak geld in Tessellate. De Nederlandse vestiging van "
        "Tessellate ontsloeg in 2024 veertig medewerkers.",
        "nl",
    )
    assert claims[1].subject == "Tessellate" and claims[1].text.startswith("De Nederlandse")


def test_dutch_past_of_an_n_stem() -> None:
    assert is_verb("diende", "nl") and is_verb("verdiende", "nl") and is_verb("meende", "nl")
    assert not is_verb("lopende", "nl") and not is_verb("werkende", "nl")
