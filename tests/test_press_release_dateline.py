"""A press release's dateline in a name's case, and the board of the organisation it is about."""

from __future__ import annotations

from onrecord.check.claims.checkworthy import dateline_length
from onrecord.check.claims.extract import claims_from_text

PERSBERICHT = """---
author: Stichting Lichtval
lang: nl
---
**Festival Lichtval 2025 afgelast na vertrek hoofdsponsor**

Vlierhoven, 27 mei 2025 – Stichting Lichtval heeft besloten de vijfde editie van \
lichtkunstfestival Lichtval af te gelasten. Het bestuur nam dat besluit op 22 mei, na overleg \
met de gemeente Vlierhoven en de veiligheidsregio. Lichtval trok in 2024 ruim 58.000 \
bezoekers, een record. Volgens directeur Roos Ellerbroek heeft de stichting vergeefs met drie \
andere bedrijven gesproken. De gemeente Vlierhoven droeg jaarlijks 40.000 euro bij.
"""


def test_dateline_with_place_and_date() -> None:
    s = "Vlierhoven, 27 mei 2025 – Stichting Lichtval heeft besloten"
    assert s[dateline_length(s) :] == "Stichting Lichtval heeft besloten"
    s = "Leeds, March 3, 2025 — Harrow Foods today announced"
    assert s[dateline_length(s) :] == "Harrow Foods today announced"
    # an apposition with a dash is no dateline
    assert dateline_length("Smit, de directeur – en oprichter – zweeg.") == 0


def test_board_is_the_foundation_not_the_place() -> None:
    claims = claims_from_text(PERSBERICHT)
    first = next(c for c in claims if "besloten" in c.text)
    assert first.subject is not None and "Lichtval" in first.subject
    assert not first.text.startswith("Vlierhoven")
    board = next(c for c in claims if "22 mei" in c.text)
    assert board.subject is not None and "Lichtval" in board.subject
