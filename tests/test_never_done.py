""" "Never", then done: a claim over all time against a later report (heldout4, heldout6)."""

from types import SimpleNamespace

from onrecord.check.contradictions.never_done import NEVER_DONE, never_then_done
from onrecord.check.contradictions.pair_rules import pair_factor

NEVER_CHARGE = "Wij gaan nooit geld vragen voor een telefoontje naar de spoedlijn."
CHARGED = (
    "Since 2021 a call to our emergency line costs 15 euros, and we deduct it from the bill if "
    "the animal comes in."
)


def test_never_then_a_report_ranks_higher() -> None:
    assert never_then_done(NEVER_CHARGE, CHARGED) == NEVER_DONE
    assert (
        never_then_done(
            "De eikenlaan langs de oostkant van de baan blijft staan; die bomen gaan we nooit "
            "kappen.",
            "The contractor felled the oaks along the east side of the runway last week, as I "
            "had ordered.",
        )
        == NEVER_DONE
    )
    a = SimpleNamespace(text=NEVER_CHARGE, lang="nl", date="2019-05-02")
    b = SimpleNamespace(text=CHARGED, lang="en", date="2023-09-20")
    assert pair_factor(a, b) >= NEVER_DONE


def test_no_bonus_for_an_account_a_plan_or_a_second_denial() -> None:
    # "never promised" after the pledge is an account of one's words (the account bonus)
    assert (
        never_then_done(
            "We never promised our growers a minimum price.", "We pay our growers 4 dollars."
        )
        == 1.0
    )
    # the later side a plan, a denial, a hedge
    assert never_then_done(NEVER_CHARGE, "We will charge 15 euros for a call from 2024.") == 1.0
    assert never_then_done(NEVER_CHARGE, "A call to the emergency line costs nothing.") == 1.0
    assert never_then_done(NEVER_CHARGE, "A call may cost 15 euros in the future.") == 1.0
    # no "never" on the earlier side
    assert never_then_done("We charge nothing for a call.", CHARGED) == 1.0


def test_what_can_be_done_is_no_report() -> None:
    # heldout6: the investor's money for clinics ahead is no charge for a call
    assert (
        never_then_done(
            NEVER_CHARGE,
            "Met hun geld kunnen we de komende jaren nieuwe klinieken openen en de spoedpost in "
            "Eindhoven verbouwen.",
        )
        == 1.0
    )


def test_last_month_is_in_the_year_of_writing() -> None:
    from onrecord.check.statements.period import other_times

    burned = (
        "Vorige maand hebben we 300 ton recyclebaar katoen naar de verbrandingsoven in Moerdijk "
        "gestuurd, omdat het magazijn vol lag."
    )
    assert other_times(
        "In 2020 we processed 9,000 tonnes of textile.", "2021-02-01", burned, "2023-06-01"
    )
    # against a claim over all time it is no other time
    assert not other_times(
        "We will never burn textile that can still be recycled.", "2019-02-01", burned, "2023-06-01"
    )
