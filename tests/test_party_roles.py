"""Parties introduced by their legal role, on sentences of a Dutch judgment summary (h9)."""

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext
from onrecord.check.subjects.party_roles import party_roles

DOC = """---
author: Redactie Arbeidsrecht Actueel
lang: nl
---
Eiseres, Dewi Rijkaart (52), werkte sinds 2009 in de winkel van gedaagde aan de Markt.
Gedaagde, het familiebedrijf Bakkerij Van Oostveen, heeft vier winkels en 38 werknemers. Op 14
oktober 2025 ontsloeg gedaagde haar op staande voet.

De advocaat van gedaagde, mr. Lotte Verhoeckx, betoogde ter zitting dat een mondelinge afspraak
met een filiaalleider de directie niet bindt.

De kantonrechter heeft gedaagde veroordeeld het loon door te betalen. Daarnaast moet gedaagde
2.480 euro aan proceskosten vergoeden. Directeur Frank van Oostveen laat weten dat het bedrijf in
hoger beroep gaat. Eiseres is inmiddels weer aan het werk.
"""
NAMES = ["Dewi Rijkaart", "Frank van Oostveen"]


def _roles(sentence: str) -> list[tuple[str, str]]:
    return party_roles(sentence, NameContext([DOC], NAMES))


def test_role_before_the_name() -> None:
    assert _roles(DOC.splitlines()[4]) == [("plaintiff", "Dewi Rijkaart")]
    got = _roles("Gedaagde, het familiebedrijf Bakkerij Van Oostveen, heeft vier winkels.")
    assert got == [("defendant", "Bakkerij Van Oostveen")]


def test_role_in_brackets_after_the_name() -> None:
    assert _roles("Dewi Rijkaart (eiseres) werkte er.") == [("plaintiff", "Dewi Rijkaart")]


def test_role_inside_a_phrase_or_before_a_relative_clause_introduces_nobody() -> None:
    assert _roles("De advocaat van gedaagde, mr. Lotte Verhoeckx, betoogde ter zitting.") == []
    assert _roles("Plaintiff, who chaired Lumen's board at the time, called it fine.") == []


def test_bare_roles_resolve_to_the_parties() -> None:
    # the rules' subjects (the learned second opinion reads the court's order "moet ...
    # vergoeden" as a plan and skips it: one of its measured misses)
    got = {c.text: c.subject for c in claims_from_text(DOC, names=NAMES, worthiness=False)}
    assert got["Op 14 oktober 2025 ontsloeg Bakkerij Van Oostveen haar op staande voet."] == (
        "Bakkerij Van Oostveen"
    )
    assert got["Daarnaast moet Bakkerij Van Oostveen 2.480 euro aan proceskosten vergoeden."] == (
        "Bakkerij Van Oostveen"
    )
    assert got["Dewi Rijkaart is inmiddels weer aan het werk."] == "Dewi Rijkaart"


def test_bare_role_in_a_subordinate_clause_keeps_its_words() -> None:
    doc = (
        DOC
        + "\nUit het personeelsdossier blijkt dat eiseres in zestien jaar nooit een waarschuwing kreeg.\n"
    )
    texts = [c.text for c in claims_from_text(doc, names=NAMES)]
    assert "Dewi Rijkaart kreeg in zestien jaar nooit een waarschuwing." in texts
