"""A clause that names nobody: the organisation its speaker, or its author, speaks for."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text

RADIO = """---
author: Omroep Peelrand
lang: nl
---
*Uitzending Peelrand Vandaag, maandag 19 januari. Presentator Ruud Kerkhoven spreekt met Evelien
Sturkenboom, directeur van busbedrijf Kempenlijn, dat het streekvervoer rijdt in opdracht van de
provincie Peelland.*

**Kerkhoven:** Sinds 5 januari rijdt Kempenlijn elf buslijnen minder in de Peelrand. Waarom?

**Sturkenboom:** We hebben simpelweg te weinig chauffeurs. Op dit moment staan er 64 vacatures open,
op een totaal van 310 chauffeursplaatsen.

**Kerkhoven:** Reizigers hoorden het pas via een Facebookbericht, drie dagen voor kerst.

**Sturkenboom:** Dat was te laat, dat geef ik toe.
"""

PERSBERICHT = """---
author: Zuivelcoöperatie Noorderweide
lang: nl
---
Zuivelcoöperatie Noorderweide sluit haar kaasmakerij in Hornweer.
Bij de boterafdeling in Hornweer verdwenen elf banen.
"""

OPINIE = """---
author: Ingeborg Slotboom
lang: nl
---
Ik woon al dertig jaar in Brugwaard.
Op dit moment staan er 64 vacatures open bij de post.
"""


def _subject(text: str, start: str) -> str | None:
    return next(c.subject for c in claims_from_text(text) if c.original.startswith(start))


def test_a_speakers_clause_without_a_subject_is_their_organisations() -> None:
    assert _subject(RADIO, "Op dit moment") == "Kempenlijn"


def test_a_releases_clause_without_a_subject_is_its_authors() -> None:
    assert _subject(PERSBERICHT, "Bij de boterafdeling") == "Zuivelcoöperatie Noorderweide"


def test_a_persons_own_document_leaves_it_open() -> None:
    assert _subject(OPINIE, "Op dit moment") is None
