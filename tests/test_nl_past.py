"""Dutch perfects with "hebben" and strong pasts report; with a date they read as plans before."""

from __future__ import annotations

from onrecord.check.claims.checkworthy import is_announcement
from onrecord.check.claims.nl_past import nl_past


def test_perfect_and_strong_past_report() -> None:
    for s in (
        "Die cijfers heb ik op 9 december gestuurd aan de regiomanager van Zorgkring.",
        "Het overleg bestond uit één telefoongesprek van twintig minuten, op 14 mei.",
        "Op 6 januari kreeg Truus Vonhof een brief van de zorgkring.",
    ):
        assert not is_announcement(s, True, 2025), s


def test_plans_stay_announcements() -> None:
    assert is_announcement("De rechtbank doet op 14 mei uitspraak.", False, 2025)
    assert is_announcement("Wij openen op 1 juni een tweede vestiging.", True, 2025)


def test_participle_needs_hebben() -> None:
    assert nl_past(["Wij", "hebben", "de", "huurders", "geïnformeerd"])
    assert nl_past(["De", "club", "had", "nooit", "een", "boekhouder", "ingeschakeld"])
    assert not nl_past(["Wij", "hebben", "een", "gezonde", "begroting"])
    assert not nl_past(["Het", "pand", "wordt", "in", "mei", "verbouwd"])
