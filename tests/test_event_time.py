"""The time a sentence gives its event: absolute and relative times (English and Dutch), their
role, and the frame of saying whose time is not the event's. Sentences from the training
cases."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord.check.verdicts.event_time import event_times, frame_end, times, written_day

MONDAY = date(2020, 1, 13)  # onderzoekslab: "Afgelopen vrijdag …" was written on Monday 13 January


@pytest.mark.parametrize(
    ("text", "written", "lo", "hi", "role"),
    [
        ("De nieuwe brug gaat in het voorjaar van 2020 open.", None,
         date(2020, 3, 1), date(2020, 6, 20), "point"),
        ("the new bridge would open in the spring of 2021", None,
         date(2021, 3, 1), date(2021, 6, 20), "point"),
        ("The lab signed its contract with Brennan Pharma on 13 January 2020.", None,
         date(2020, 1, 13), date(2020, 1, 13), "point"),
        ("Het lab tekende het contract met Brennan Pharma op 10 januari 2020.", None,
         date(2020, 1, 10), date(2020, 1, 10), "point"),
        ("we move all programmes to the Ravensberg campus from September 2022", None,
         date(2022, 9, 1), date(2022, 9, 30), "start"),
        ("de opleidingen al per september 2021 naar Ravensberg verhuizen", None,
         date(2021, 9, 1), date(2021, 9, 30), "start"),
        ("The audit was postponed until June 2019.", None,
         date(2019, 6, 1), date(2019, 6, 30), "until"),
        ("Afgelopen vrijdag hebben we het contract met Brennan Pharma getekend.", MONDAY,
         date(2020, 1, 10), date(2020, 1, 10), "point"),
        ("For your records: we signed the Kestrel agreement last Friday.", date(2020, 11, 30),
         date(2020, 11, 27), date(2020, 11, 27), "point"),
        ("the sale and leaseback with Brightwater was signed yesterday", date(2020, 12, 16),
         date(2020, 12, 15), date(2020, 12, 15), "point"),
        ("Vanmiddag hebben we het contract getekend.", date(2017, 3, 14),
         date(2017, 3, 14), date(2017, 3, 14), "point"),
        ("Vorige week is de school gesloten.", date(2021, 2, 10),
         date(2021, 2, 1), date(2021, 2, 7), "point"),
        ("The plant will close next month.", date(2020, 5, 20),
         date(2020, 6, 1), date(2020, 6, 30), "point"),
        # a bare month is the last or the next one: tense alone would tell which
        ("I decided we should delay the audit until March.", date(2018, 9, 15),
         date(2018, 3, 1), date(2019, 3, 31), "until"),
        ("ZENIT-2 ended in June.", date(2021, 6, 20), date(2021, 6, 1), date(2021, 6, 30), "point"),
        ("We sign in July.", date(2021, 6, 20), date(2020, 7, 1), date(2021, 7, 31), "point"),
        ("The plant closes next March.", date(2020, 5, 4), date(2021, 3, 1), date(2021, 3, 31),
         "point"),
        ("Twee weken geleden ging de fabriek dicht.", date(2022, 4, 11),
         date(2022, 3, 25), date(2022, 3, 31), "point"),
        ("Eind 2019 rijden er 52 elektrische bussen.", None,
         date(2019, 7, 1), date(2019, 12, 31), "point"),
    ],
)  # fmt: skip
def test_reads_the_time_as_days(
    text: str, written: date | None, lo: date, hi: date, role: str
) -> None:
    got = times(text, written)
    assert len(got) == 1
    assert (got[0].lo, got[0].hi, got[0].role) == (lo, hi, role)


@pytest.mark.parametrize(
    "text",
    [
        "Afgelopen vrijdag hebben we het contract getekend.",  # no writing date: unread
        "We may open the bridge later.",  # the verb "may", no month
        "The 2021 elections were hard.",  # a bare year names a thing
        "CPI for 2020 was 1.3%.",
    ],
)
def test_reads_no_event_time(text: str) -> None:
    assert event_times(text) == []


def test_a_relative_time_needs_the_writing_date() -> None:
    assert times("we signed it last Friday") == []
    assert [t.text for t in times("we signed it last Friday", MONDAY)] == ["last Friday"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the proposal's month is not the move's
        ("Ashworth stelde in februari 2021 voor om de opleidingen in Lindewolde al per "
         "september 2021 naar Ravensberg te verhuizen.", ["september 2021"]),
        ("Oosterhout told the council in 2016 that the new bridge would open in the spring of "
         "2021.", ["the spring of 2021"]),
        ("In April 2019 Hoekstra proposed to close the school.", []),
        ("In September 2019 Simon Whitfield estimated that moving bottling to Ghent would "
         "affect around 45 roles.", []),
        ("De raad besloot op 3 maart 2019 om de school te sluiten.", []),
        # no frame: the time is the event's
        ("The data safety monitoring board halted ZENIT-2 on 14 June 2021.", ["14 June 2021"]),
        # a deadline is not read
        ("The report will be ready by June 2021.", []),
    ],
)  # fmt: skip
def test_a_frame_of_saying_keeps_its_time(text: str, event: list[str]) -> None:
    assert [t.text for t in event_times(text)] == event


def test_frame_end_only_after_a_verb_of_saying() -> None:
    assert frame_end("The lab signed its contract with Brennan Pharma on 13 January 2020.") == 0
    text = "I propose that we move all programmes from September 2022."
    assert text[frame_end(text) :].strip().startswith("we move")


def test_written_day_in_the_writers_time_zone() -> None:
    assert written_day("2020-01-12T23:30:00Z", 60) == date(2020, 1, 13)
    assert written_day(None) is None
    assert written_day("not a date") is None
