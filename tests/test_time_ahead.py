"""Times still to come beyond months: seasons, later years, "zodra", and a plan reported with
"liet weten dat"; and the reports with the same words that must stay claims."""

from __future__ import annotations

from onrecord.check.claims.checkworthy import _has_past, is_announcement
from onrecord.check.claims.time_ahead import as_soon_as, reported_content, season_ahead, year_ahead


def test_a_season_a_later_year_and_a_condition_are_ahead() -> None:
    assert season_ahead("De coöperatie organiseert in het najaar een informatieavond.")
    assert season_ahead("The trust reopens the ward this spring.")
    assert year_ahead(
        "Een pendelbus tussen Hornweer en Dammerwolde, in ieder geval tot 2029.", 2025
    )
    assert year_ahead("De stichting onderzoekt of een editie in het voorjaar van 2026 kan.", 2025)
    assert as_soon_as("De overige negen volgen zodra we genoeg mensen hebben opgeleid.") == (
        "De overige negen volgen "
    )
    assert as_soon_as("Zodra de brief binnenkwam, belde zij de wethouder.") == (
        " belde zij de wethouder."
    )


def test_a_season_with_a_year_a_habit_or_a_name_is_not() -> None:
    assert not season_ahead("In het najaar van 2023 sloot de gemeente het bad.")
    assert not season_ahead("Elke zomer is het bad overvol.")
    # a year as part of a name, and a year not after the document's
    assert not year_ahead(
        "De uitbreiding, die de projectnaam Dammerwolde 2027 draagt, groeit.", 2025
    )
    assert not year_ahead("Het bad sloot in 2024.", 2025)
    assert not year_ahead("Het plan loopt tot 2029.", None)


def test_announcements_in_the_present_tense() -> None:
    for s in (
        "Die handtekeningen bied ik op 20 maart aan in het gemeentehuis.",
        "Vanaf 14 december rijden alle 38 buslijnen in het gebied met elektrische bussen.",
        "De overige negen volgen zodra we genoeg mensen hebben opgeleid.",
        "De stichting onderzoekt of een kleinere editie in het voorjaar van 2026 haalbaar is.",
        "Voorzitter Gerben Holtkamp liet na afloop weten dat de coöperatie in het najaar een "
        "informatieavond organiseert.",
        'In a statement after the ruling, the firm said it was "disappointed" and was '
        "considering an appeal.",
    ):
        assert is_announcement(s, False, 2025, 10), s


def test_reports_with_the_same_words_stay_claims() -> None:
    for s in (
        "In het najaar van 2023 sloot de gemeente het bad.",
        "Hulsebosch zei dat de raad op 3 maart had besloten.",
        "Met de uitbreiding, die de projectnaam Dammerwolde 2027 draagt, groeit de capaciteit "
        "van de vestiging van 90 naar 140 miljoen kilo melk per jaar.",
        "Hij reed in de winter van 2024 elke week naar Groningen.",
        "Zodra de brief binnenkwam, belde zij de wethouder.",
        "Every animal in our care sees a vet within 48 hours.",
    ):
        assert not is_announcement(s, False, 2025, 10), s
    assert reported_content("Aspley confirmed that the letter had arrived.") is None


def test_gebied_is_no_past_but_reed_is() -> None:
    assert not _has_past("Alle buslijnen in het gebied rijden elektrisch.")
    assert _has_past("Hij reed naar het gebied.")
