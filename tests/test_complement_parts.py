"""Two reported clauses ("that A and that B") are two claims, each with its frame
(check/claims/complement_parts.py)."""

from __future__ import annotations

from onrecord.check.claims.complement_parts import complement_parts


def test_each_complement_keeps_the_frame_and_its_time() -> None:
    assert complement_parts(
        "In February 2019 Zandstra told the board that all servers were patched monthly and that "
        "the backups were kept in the United States.",
        "en",
    ) == [
        "In February 2019 Zandstra told the board that all servers were patched monthly.",
        "In February 2019 Zandstra told the board that the backups were kept in the United States.",
    ]
    assert complement_parts(
        "In May 2019 Altena told the members that the A39 widening would go ahead and that 50 "
        "million euros extra would go to buses and trains.",
        "en",
    )[1] == (
        "In May 2019 Altena told the members that 50 million euros extra would go to buses and trains."
    )


def test_a_dutch_complement_stays_in_subordinate_order() -> None:
    assert complement_parts(
        "In maart 2018 beloofde Dijkstra dat er geen dorpslijn zou verdwijnen en dat alle bussen "
        "in 2025 uitstootvrij zouden zijn.",
        "nl",
    ) == [
        "In maart 2018 beloofde Dijkstra dat er geen dorpslijn zou verdwijnen.",
        "In maart 2018 beloofde Dijkstra dat alle bussen in 2025 uitstootvrij zouden zijn.",
    ]
    parts = complement_parts(
        "Dijkhuis schreef in januari 2020 dat het contract met Brennan alle veertien posities "
        "dekte en dat ZENIT-2 met 360 patiënten zou starten.",
        "nl",
    )
    assert parts[1] == "Dijkhuis schreef in januari 2020 dat ZENIT-2 met 360 patiënten zou starten."


def test_one_complement_or_no_clause_after_and_that_is_one_claim() -> None:
    for text, lang in (
        ("Brandt said that the plant would close, and that is why the workers protested.", "en"),
        ("Brandt zei dat de fabriek dichtging, en dat is ook gebeurd.", "nl"),
        ("In that year Brandt said the plant would close.", "en"),
        ("Brandt said that the plant and the office would close.", "en"),
        ("Sophie Brandt was tegen de verkoop van klantgegevens aan derden.", "nl"),
    ):
        assert complement_parts(text, lang) == [text], text
