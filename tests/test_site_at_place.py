"""A description of a site by its place ("de kaasmakerij in Hornweer", "the depot at Scotch
Corner") is a subject of its own: in a company's press release it is not the company's
affairs, and the place stays in the phrase."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.subjects.subject_np import site_at_place

RELEASE = """---
author: Melkunie Drenthe B.V.
lang: nl
---
Melkunie Drenthe B.V. sluit de boterfabriek in Schoonloo. De boterfabriek in Schoonloo is gebouwd \
in 1958. De machines voldoen niet meer aan de eisen.
"""


def test_a_site_by_its_place_is_its_own_subject() -> None:
    subjects = {c.text: c.subject for c in claims_from_text(RELEASE, lang="nl")}
    assert subjects["De boterfabriek in Schoonloo is gebouwd in 1958."] == (
        "De boterfabriek in Schoonloo"
    )
    # without the place the description is the company's own affairs, as before
    assert subjects["De machines voldoen niet meer aan de eisen."] == "Melkunie Drenthe B.V."


def test_what_is_a_site_by_its_place() -> None:
    assert site_at_place("De boterfabriek in Schoonloo")
    assert site_at_place("de huisartsenpost aan de Dijkstraat")
    assert site_at_place("the depot at Scotch Corner")
    assert not site_at_place("De wachttijden in 2024")  # a time, no place
    assert not site_at_place("De kantonrechter in Zwolle")  # a court: a party, not a site
    assert not site_at_place("De boterfabriek")
    assert not site_at_place("Melkunie Drenthe in Assen")  # a name, no description
