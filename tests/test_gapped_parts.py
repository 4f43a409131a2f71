"""Two figures at two times with the verb said once are two claims (check/claims/gapped_parts.py)."""

from __future__ import annotations

from onrecord.check.claims.gapped_parts import gapped_parts


def test_the_second_figure_and_time_are_written_out() -> None:
    assert gapped_parts(
        "De Klimop had 61 pupils in October 2020 and 55 in October 2021.", "en"
    ) == [
        "De Klimop had 61 pupils in October 2020.",
        "De Klimop had 55 pupils in October 2021.",
    ]
    assert (
        gapped_parts(
            "Siebelink proposed cutting private equity back to 8 percent in 2020 and to 10 percent in 2021.",
            "en",
        )[1]
        == "Siebelink proposed cutting private equity back to 10 percent in 2021."
    )
    assert (
        gapped_parts(
            "Noorderbank paid 225,000 euros per season from 2017 and 200,000 euros per season from 2020.",
            "en",
        )[1]
        == "Noorderbank paid 200,000 euros per season from 2020."
    )


def test_dutch_halves_with_the_time_first_or_last() -> None:
    assert gapped_parts(
        "Haskerdam maakte in 2015 41.500 ton kaas en in 2019 40.000 ton.", "nl"
    ) == [
        "Haskerdam maakte in 2015 41.500 ton kaas.",
        "Haskerdam maakte in 2019 40.000 ton kaas.",
    ]
    assert (
        gapped_parts(
            "De dekkingsgraad stond eind juni 2017 op 111,9 procent en eind 2018 op 106,3 procent.",
            "nl",
        )[1]
        == "De dekkingsgraad stond eind 2018 op 106,3 procent."
    )
    assert (
        gapped_parts(
            "Volgens Ashworth bedroeg de overhead 11 procent in 2017 en 15 procent in 2022.", "nl"
        )[1]
        == "Volgens Ashworth bedroeg de overhead 15 procent in 2022."
    )


def test_no_gap_no_figures_or_another_thing_stays_whole() -> None:
    for text, lang in (
        # a second verb: the clause splitter's
        (
            "Roozendaal agreed to night slots in June 2020 and told the alderman in October 2020.",
            "en",
        ),
        # a range, and two years without figures
        ("The renovation ran between 2017 and 2020.", "en"),
        ("Brandt opposed the sale in 2019 and 2021.", "en"),
        # a figure of another thing
        ("The club sold 4,000 season tickets and 300 children's tickets.", "en"),
        ("Kestrel bood 450.000 euro en een zetel in het bestuur.", "nl"),
        (
            "Hollink-Marsh's final forecast was 71 million euros, with the opening set for April 2023.",
            "en",
        ),
    ):
        assert gapped_parts(text, lang) == [text], text


def test_a_second_half_that_repeats_the_time_and_its_word_replaces_the_first_from_there() -> None:
    assert gapped_parts(
        "Pieter van Dam verzette zich in 2020 tegen het sloopplan van Reid en in 2022 tegen de "
        "verlaging naar 110 sociale huurwoningen.",
        "nl",
    ) == [
        "Pieter van Dam verzette zich in 2020 tegen het sloopplan van Reid.",
        "Pieter van Dam verzette zich in 2022 tegen de verlaging naar 110 sociale huurwoningen.",
    ]
    assert gapped_parts("Hoekstra argued in 2019 for a sale and in 2021 for a merger.", "en") == [
        "Hoekstra argued in 2019 for a sale.",
        "Hoekstra argued in 2021 for a merger.",
    ]
    # another word after the time: not the same frame
    other = "Hoekstra argued in 2019 for a sale and in 2021 against it."
    assert gapped_parts(other, "en") == [other]
