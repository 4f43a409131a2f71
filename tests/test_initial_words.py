"""A capitalised word that only opens sentences is no name ("Zeventien jaar lang ...")."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.initial_words import inner_capitals

PROFIEL = """---
author: Redactie
lang: nl
---
Zeventien jaar lang was Rogier Stapelkamp artistiek leider van Theater De Kolk in Vennestein.
Stapelkamp begon in 2008, toen het theater nog in een oude veilinghal zat.
Het aantal bezoekers steeg van 38.000 in 2015 naar 71.000 vorig jaar.
Renovatie zou ruim 30 miljoen euro kosten, zegt wethouder Anke Terlouw.
Zij wijst erop dat het theater onder Stapelkamp geen enkel jaar met verlies afsloot.
Zijn opvolger is Ilona Verschuure, die eerder in Deventer werkte.
"""

LIBRARIES = """---
author: Wrayburn Gazette
lang: en
---
Wrayburn Council voted on Tuesday to close four libraries, including Fellgate Library.
Library staff were told of the vote by email at 10.40pm.
Twelve of them are at risk of redundancy.
Asked about the emails, the chief executive, Morwenna Scallon, said the list was a draft.
The Friends of Fellgate Library have collected 4,300 signatures.
A call-in needs the backing of five councillors.
"""


def test_words_written_capitalised_inside_a_sentence() -> None:
    texts = PROFIEL.split("\n")[4:-1]
    caps = inner_capitals(texts)
    assert caps is not None
    assert {"stapelkamp", "kolk", "vennestein"} <= caps
    assert "zeventien" not in caps and "renovatie" not in caps
    assert inner_capitals(texts[:2]) is None  # too short to tell


def test_sentence_initial_common_words_are_no_subjects() -> None:
    got = {c.text: c.subject for c in claims_from_text(PROFIEL)}
    lead = next(s for t, s in got.items() if t.startswith("Zeventien"))
    assert lead == "Rogier Stapelkamp"
    assert not any(s in ("Zeventien", "Renovatie") for s in got.values())
    assert not any(t.startswith("Zeventiens") for t in got)  # "Zijn opvolger"


def test_english_number_and_participle_openers() -> None:
    got = {c.text: c.subject for c in claims_from_text(LIBRARIES)}
    assert not any(s in ("Twelve", "Asked") for s in got.values())
    ctx = NameContext(LIBRARIES.split("\n")[4:-1])
    assert [m.text for m in ctx.mentions("Twelve of them are at risk of redundancy.")] == []
    # a name that opens a sentence and is written inside another stays a name
    assert [m.text for m in ctx.mentions("Fellgate Library closes in May.")] == ["Fellgate Library"]
