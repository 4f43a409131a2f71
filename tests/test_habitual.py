"""A recurring time ("every Friday", "elke vrijdag") is a habit, not an announcement."""

from onrecord.check.claims.checkworthy import is_announcement


def test_a_recurring_time_is_no_announcement() -> None:
    assert not is_announcement("The 41-year-old still rides a delivery shift every Friday.")
    assert not is_announcement("Zij werkt elke vrijdag in de winkel.")
    assert is_announcement("Marsh appears in court on Thursday.")
