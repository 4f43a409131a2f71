"""Plans the announcement rules missed: a contracted "will", "is planned for", and a Dutch
sentence whose "met" (with) read as the English past of "meet"."""

from __future__ import annotations

from onrecord.check.claims.checkworthy import is_announcement


def test_contracted_will_and_planned_for() -> None:
    assert is_announcement("We'll reopen the intake bay in October.", False, 2025)
    assert is_announcement("A public meeting is planned for 2 April in Barnshaw village hall.")
    assert not is_announcement("We reopened the intake bay in October.", False, 2025)


def test_dutch_met_is_no_past() -> None:
    s = "Volgende week bieden wij de verzekeraar een petitie aan met ruim 4.000 handtekeningen."
    assert is_announcement(s, True, 2025)
    s = "Samen met twaalf collega's overhandig ik op 5 februari een zwartboek aan de directie."
    assert is_announcement(s, True, 2025)
    # English "met" is still a past
    assert not is_announcement("Marsh met the inspectors on 5 February.", False, 2025)
