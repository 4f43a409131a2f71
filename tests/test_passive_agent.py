"""A thing done by a named party, in a report: the party is the subject (README, round six)."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text

WINDPARK = """---
author: Marlies Oudejans
lang: nl
---
Windcoöperatie Kraaienhorst wil de grond aan de Broekweg kopen. De coöperatie loopt een subsidie
van de provincie mis als de grond niet voor 1 juni is verkocht. Die deadline werd door de
provincie bevestigd in een e-mail aan de gemeente van 2 april.

Omwonenden kregen in maart een geluidsrapport te zien. Het geluidsrapport is opgesteld door het
Harderwoudse bureau Geluidwerk.
"""

NEWS = """---
author: Hattie Bickerstaff
lang: en
---
Two engineers, Gareth Lowe and Martin Pike, reported the fault in March.
Lowe was dismissed by the company six months later.
The temporary brace had been approved by an independent surveyor.
"""

RELEASE = """---
author: Orinda Energy
lang: en
---
Orinda Energy today opened its Carrick Bay wind farm.
The 36 turbines were built by Vestas.
"""


def _subjects(text: str) -> dict[str, str | None]:
    return {c.original: c.subject for c in claims_from_text(text)}


def test_dutch_agent_of_a_thing_in_a_report() -> None:
    got = _subjects(WINDPARK)
    deadline = next(k for k in got if k.startswith("Die deadline"))
    assert got[deadline] == "de provincie"  # a party by its kind, resolving to no name
    report = next(k for k in got if k.startswith("Het geluidsrapport"))
    assert got[report] == "Geluidwerk"


def test_a_party_in_subject_position_or_an_indefinite_agent_stays() -> None:
    got = _subjects(NEWS)
    assert got["Lowe was dismissed by the company six months later."] in ("Lowe", "Gareth Lowe")
    brace = got["The temporary brace had been approved by an independent surveyor."]
    assert brace is None or "surveyor" not in brace


def test_a_partys_own_words_keep_their_affairs() -> None:
    # dev's gold (orinda-release): a thing in the organisation's own release is its own
    assert _subjects(RELEASE)["The 36 turbines were built by Vestas."] == "Orinda Energy"
