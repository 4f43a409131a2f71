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


def test_perfect_with_zijn_reports() -> None:
    # press releases by two writers (h12, h13): a past step with a date, not a plan
    for s in (
        "De gemeente Oost-Langeland is op 7 april over de plannen geïnformeerd.",
        "Met de ondernemingsraad van Noordpijl is op 9 mei een overgangsregeling afgesproken.",
        "Het zwembad is op 3 maart gesloten.",
    ):
        assert not is_announcement(s, True, 2025, 4), s
    assert nl_past(["De", "gemeente", "is", "op", "7", "april", "geïnformeerd"])


def test_zijn_perfect_of_planning_or_with_participle_inside_stays_a_plan() -> None:
    assert is_announcement("De zitting is op 24 september gepland.", False, 2025, 4)
    assert is_announcement("De zitting is op 24 september voorzien.", False, 2025, 4)
    # the participle must close the clause: "is ... verbouwd" ends it, "wordt" is no perfect
    assert not nl_past(["Het", "pand", "wordt", "in", "mei", "verbouwd"])
    assert not nl_past(["Het", "bestuur", "is", "op", "12", "mei", "bijeen"])


def test_more_strong_pasts_report() -> None:
    # a strong or irregular past beside a date is a report, in Dutch and in English
    for s in (
        "De wethouder vertrok op 3 april naar een gemeente in Drenthe.",
        "Op 12 maart viel de stroom uit in de hele wijk.",
        "On 9 October, the insurer withdrew its offer in a short letter.",
        "On 2 May the chief executive flew to Lisbon for the talks.",
    ):
        assert not is_announcement(s, False, 2025, 11), s


def test_a_sum_demanded_is_no_announcement() -> None:
    # what a party demands in court, in money, is what the claim says; a demand without a sum
    # stays an announcement
    assert not is_announcement("Volgens de dagvaarding eist de aannemer 2,4 miljoen euro.")
    assert not is_announcement("The tenants are seeking £400,000 in damages.")
    assert is_announcement("De ondernemingsraad eist opheldering van de directie.")
    assert is_announcement("De familie wil een schadevergoeding.")
