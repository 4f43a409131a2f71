"""A non-restrictive relative clause after a name is a claim of its own when the relative
pronoun is its subject: also "who cast the deciding vote" (a past with no ending) and, after a
named party, "die het familiebedrijf sinds 2009 leidt" ("het" opens the object). After a thing,
"die het bestuur heeft gestuurd" keeps "het bestuur" as the subject."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import claims_from_text


@pytest.mark.parametrize(
    ("text", "lang", "relative"),
    [
        (
            "Councillor Ray Dunn, who cast the deciding vote, voted against the budget in 2023.",
            "en",
            "Councillor Ray Dunn cast the deciding vote.",
        ),
        (
            "The regulator Ofmar, which set a limit of 40 tonnes a day, wrote to the port in May.",
            "en",
            "Ofmar set a limit of 40 tonnes a day.",
        ),
        (
            "Anja Kramer, die het familiebedrijf sinds 2011 leidt, verkocht de zaak in maart.",
            "nl",
            "Anja Kramer leidt het familiebedrijf sinds 2011.",
        ),
    ],
)
def test_a_subject_relative_after_a_name_is_a_claim(text: str, lang: str, relative: str) -> None:
    assert relative in [c.text for c in claims_from_text(text, lang=lang)]


def test_after_a_thing_het_opens_the_subject() -> None:
    texts = [
        c.text
        for c in claims_from_text(
            "De brief, die het bestuur in mei heeft gestuurd, kwam te laat.", lang="nl"
        )
    ]
    assert "De brief heeft het bestuur in mei gestuurd." not in texts
