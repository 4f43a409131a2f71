"""An organisation's kind from the noun before its name, on sentences of a radio transcript (h9)."""

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.subjects.kind_nouns import kind_noun, kind_referent

DOC = """---
author: Omroep Peelrand
lang: nl
---
Evelien Sturkenboom is directeur van busbedrijf Kempenlijn, dat het streekvervoer rijdt in
opdracht van de provincie Peelland. Kempenlijn rijdt elf buslijnen minder. De provincie heeft in
2024 de vergoeding met acht procent verlaagd.
"""


def test_kind_noun_before_a_name() -> None:
    assert kind_noun("directeur van busbedrijf ") == "busbedrijf"
    assert kind_noun("in opdracht van de provincie ") == "provincie"
    assert kind_noun("het streekvervoer rijdt in ") is None  # a preposition
    assert kind_noun("gesprek met wethouder ") is None  # a title: a person's, not a kind


def test_kind_referent_exact_and_compound_tail() -> None:
    kinds = {"busbedrijf": "Kempenlijn", "provincie": "Peelland"}
    assert kind_referent("provincie", kinds) == "Peelland"
    assert kind_referent("bedrijf", kinds, "het") == "Kempenlijn"
    assert kind_referent("gemeente", kinds) is None
    assert kind_referent("provincie", kinds, "haar") is None


def test_description_resolves_to_the_introduced_organisation() -> None:
    got = {c.text: c.subject for c in claims_from_text(DOC)}
    subject = next(s for t, s in got.items() if "vergoeding" in t)
    assert subject is not None and "Peelland" in subject
