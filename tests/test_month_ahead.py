"""A month named without a year in a present-tense main clause, after the document's own
month: a schedule, not a claim (h9, h12, h13 writers: "Vanaf 1 maart komen lijn 62 en lijn 64
terug", "Die zaak dient in september")."""

from __future__ import annotations

from onrecord.check.claims.checkworthy import is_announcement
from onrecord.check.claims.extract import claims_from_text
from onrecord.check.claims.month_ahead import doc_date, month_ahead


def test_a_month_after_the_documents_is_to_come() -> None:
    assert month_ahead("Vanaf 1 maart komen lijn 62 en lijn 64 terug.", 1)
    assert month_ahead("Die zaak dient in september.", 6)
    assert month_ahead("Of de verkoop doorgaat, beslist de raad in juni.", 3)
    assert is_announcement("Noorderweide gaat in mei met de gemeente in gesprek.", False, 2025, 4)


def test_a_month_before_with_a_year_or_in_a_subclause_is_not() -> None:
    # December in a letter of February: last year's
    assert not month_ahead("Mijn moeder is in december twee keer gevallen.", 2)
    assert not month_ahead("De gemeente werd pas in januari van dit jaar geïnformeerd.", 1)
    assert not month_ahead("Hoornblad liet in juni 2023 een schets maken.", 3)
    assert not month_ahead(
        "Daarnaast bouwt het bedrijf in Marwoude een laadstation, dat in oktober klaar moet zijn.",
        5,
    )
    assert not month_ahead("Die zaak dient in september.", None)  # an undated document
    # a past tense reports what happened in that month
    assert not is_announcement("De raad stemde in juni in met de verkoop.", False, 2025, 3)


def test_the_documents_date_decides() -> None:
    assert doc_date("2025-06-12") == (2025, 6)
    assert doc_date("2025") == (2025, None)
    assert doc_date(None) == (None, None)
    body = "Udink is veroordeeld tot een taakstraf van 120 uur. Die zaak dient in september.\n"
    june = [c.text for c in claims_from_text("---\nlang: nl\ndate: 2025-06-12\n---\n" + body)]
    october = [c.text for c in claims_from_text("---\nlang: nl\ndate: 2025-10-12\n---\n" + body)]
    assert not any("september" in t for t in june)
    assert any("september" in t for t in october)  # last month's hearing, reported


def test_a_range_whose_end_has_the_year_is_dated() -> None:
    # the year after the range's end is the whole range's: a past period in February 2026
    assert not month_ahead("They run from October to December 2025.", 2)
    assert not month_ahead("De mails lopen vanaf mei tot en met juli 2024.", 1)
    assert not is_announcement("They run from October to December 2025.", False, 2026, 2)
    assert month_ahead("The exhibition runs from October to December.", 2)


def test_a_weekday_already_past_is_no_date_to_come() -> None:
    s = "Dravenhorst biedt 32 euro per aandeel, een premie van 27 procent op de slotkoers van vrijdag."
    assert not is_announcement(s, False, 2026, 1)
    assert not is_announcement("The offer values Pellory 38% above Monday's close.", False, 2026, 1)
    assert not is_announcement("Shares are up 4% since last Friday.", False, 2026, 1)
    assert is_announcement("Marsh appears in court on Thursday.", False, 2026, 1)
