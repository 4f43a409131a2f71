"""A clause hung on a finished sentence after a comma states a second fact: a time relative
after a dated main clause ("..., when X ...", "..., toen ..."), a quantified relative ("two of
which"), a prepositional one ("for which he had been selected"), a Dutch subject relative after
the verb cluster ("een petitie gestart, die ...") and an object relative whose subject is a
titled name ("which Mr Strand chairs"). Sentences from the read sets (h9-h12) the gold cuts
this way, and ones it must leave whole."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text


def _texts(text: str, lang: str) -> list[str]:
    return [c.text for c in claims_from_text(text, lang=lang)]


def test_dutch_time_relative_after_a_year_is_its_own_claim() -> None:
    got = _texts(
        "Stapelkamp (61) begon in 2008, toen het theater nog in een oude veilinghal zat en 240 "
        "stoelen telde.",
        "nl",
    )
    assert got == [
        "Stapelkamp (61) begon in 2008.",
        "In 2008 zat het theater nog in een oude veilinghal en 240 stoelen telde.",
    ]


def test_english_time_relative_after_a_named_subject() -> None:
    got = _texts(
        "Fairholm Damp Solutions began its survey on 9 May 2023, when Corbeck Homes opened "
        "six of the flats.",
        "en",
    )
    assert got == [
        "Fairholm Damp Solutions began its survey on 9 May 2023.",
        "On 9 May 2023, Corbeck Homes opened six of the flats.",
    ]


def test_time_relative_left_whole() -> None:
    # an indefinite subject is the occasion (the h10 writer keeps it in one claim)
    s = (
        "Tidewell first learned of an overheating unit in October 2024, when a customer in "
        "Harlow Cross reported smoke from the cooling vent."
    )
    assert _texts(s, "en") == [s]
    # a main clause about an unnamed thing: whose survey is open, so the sentence stays one
    s = (
        "The survey was not carried out until 9 May 2023, when Fairholm Damp Solutions "
        "inspected six of the flats."
    )
    assert _texts(s, "en") == [s]
    # no date in the main clause: "when" may be a condition or the whole clause's occasion
    assert len(_texts("Vale resigned, when the board met.", "en")) == 1


def test_quantified_relative() -> None:
    got = _texts(
        "The recall follows 14 reports of units overheating, two of which led to small fires "
        "in garages.",
        "en",
    )
    assert got == [
        "The recall follows 14 reports of units overheating.",
        "Two of the 14 reports of units overheating led to small fires in garages.",
    ]


def test_dutch_subject_relative_after_the_verb_cluster() -> None:
    claims = claims_from_text(
        "De huisartsenkring Lagewold heeft inmiddels een petitie gestart, die in drie weken "
        "5.200 keer is ondertekend.",
        lang="nl",
    )
    assert [c.text for c in claims] == [
        "De huisartsenkring Lagewold heeft inmiddels een petitie gestart.",
        "De petitie van de huisartsenkring Lagewold is in drie weken 5.200 keer ondertekend.",
    ]
    assert claims[1].subject == claims[0].subject  # the thing's claim is its owner's


def test_dutch_relative_left_whole() -> None:
    # an object relative with its own subject is object_relative's, "dat" after saying is content
    got = _texts("De advocaat heeft gezegd, dat de gemeente te laat was.", "nl")
    assert got == ["De advocaat heeft gezegd, dat de gemeente te laat was."]
    got = _texts("Bosman kocht in 2019 een pand, die zij later verkocht.", "nl")
    assert len(got) == 1


def test_object_relative_with_a_titled_name() -> None:
    got = _texts(
        "On 21 October 2024 the Claimant raised the matter again at the risk committee, which "
        "Mr Strand chairs.",
        "en",
    )
    assert got[-1] == "Mr Strand chairs the risk committee."
    s = "She raised it at the risk committee, which Mr Strand attends as well."
    assert _texts(s, "en") == [s]  # the verb does not close the clause: left to the lists


def test_prepositional_relative_after_a_phrase_with_an_article_or_possessive() -> None:
    got = _texts(
        "Tomasz Wierzbicki trained alone on Friday. He was also absent from Saturday's match "
        "against Corve Rangers, for which he had been selected.",
        "en",
    )
    assert got[-2:] == [
        "Tomasz Wierzbicki was also absent from Saturday's match against Corve Rangers.",
        "Tomasz Wierzbicki had been selected for Saturday's match against Corve Rangers.",
    ]
    # no phrase with an article or possessive to point to: left whole
    s = "Vale wrote to Lumen Labs in March, for which he has since apologised."
    assert len(_texts(s, "en")) == 1
