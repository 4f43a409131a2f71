"""A second reported clause after "and that"/"en dat" is a claim of its own, by the same speaker."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text


def _texts(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.claimant) for c in claims_from_text(text, lang=lang)]


def test_english_said_that_and_that() -> None:
    got = _texts(
        "Corrigan Aggregates runs the quarry. Corrigan Aggregates said in a statement that it had "
        "replaced a faulty sensor in 2022 and that its corrected readings never exceeded the limit.",
        "en",
    )
    # "Aggregates" makes the name an organisation's, so "it" is written out as the gold does
    # ("Corrigan Aggregates replaced a faulty sensor in 2022.")
    assert (
        "Corrigan Aggregates had replaced a faulty sensor in 2022.",
        "Corrigan Aggregates",
    ) in got
    assert ("Its corrected readings never exceeded the limit.", "Corrigan Aggregates") in got


def test_bare_plural_subject_after_and_that() -> None:
    got = _texts(
        "The company said the brace had been approved by an independent surveyor and that "
        "passengers were never at risk.",
        "en",
    )
    assert [t for t, _ in got] == [
        "The brace had been approved by an independent surveyor.",
        "Passengers were never at risk.",
    ]


def test_and_that_is_why_is_no_second_clause() -> None:
    # "that" as a demonstrative: no subject follows it, nothing to split off
    got = _texts("The council closed the pool in 2023 and that is why the club moved.", "en")
    assert all(not t.startswith("Is why") for t, _ in got)


def test_dutch_each_half_in_main_order() -> None:
    got = [
        t
        for t, _ in _texts(
            "Zij wees erop dat de club nooit een boekhouder had ingeschakeld en dat de "
            "kascommissie pas in 2022 werd opgericht.",
            "nl",
        )
    ]
    assert got == [
        "De club had nooit een boekhouder ingeschakeld.",
        "De kascommissie werd pas in 2022 opgericht.",
    ]


def test_dutch_verb_of_one_half_stays_in_it() -> None:
    got = [
        t
        for t, _ in _texts(
            'Hij zei dat hij het geld had gebruikt om gokschulden af te lossen en dat hij "alles '
            'wilde terugbetalen voordat iemand het merkte".',
            "nl",
        )
    ]
    assert got[0] == "Hij had het geld gebruikt om gokschulden af te lossen."
    assert "wilde" not in got[0] and len(got) == 2
