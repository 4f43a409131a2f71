"""The organisation behind "we"/"our" (``check/subjects/own_voice.py``), on sentences of h9-quillon."""

from onrecord.check.claims.extract import claims_from_text

DOC = """---
title: "Quillon Broadband responds"
author: Quillon Broadband
lang: en
---
The authority's report says that 31 per cent of customers on our Velocity 500 package received
less than half the advertised speed during evening hours. Our own measurements, taken on 48,000
lines between June and November 2025, show a median evening speed of 431 Mbps.

Quillon Broadband employs 640 people.

## About Quillon Broadband

Quillon Broadband is a full-fibre provider based in Leedham.
"""


def test_our_things_are_the_press_releases_author() -> None:
    got = {c.text[:20]: c.subject for c in claims_from_text(DOC)}
    assert got["31 per cent of custo"] == "Quillon Broadband"
    assert got["Our own measurements"] == "Quillon Broadband"


def test_a_named_subject_stays() -> None:
    doc = DOC.replace("Quillon Broadband employs", "Marrowgate Telecom employs")
    got = {c.text[:10]: c.subject for c in claims_from_text(doc)}
    assert got["Marrowgate"] == "Marrowgate Telecom"


OPINIE = """---
author: Wietske Fokkema
lang: nl
---
*Wietske Fokkema is huisarts in Oosterdal en bestuurslid van huisartsencoöperatie HOED Oosterdal.*

Op 1 juli stopte zorgverzekeraar Zorgkring Noord met de vergoeding van de avondpraktijk.

In mei schreef Zorgkring ons dat de avondpraktijk 'niet doelmatig' zou zijn.

Woordvoerder Hans Pelgrim zegt nu dat onze coöperatie per consult twee keer zoveel rekende als andere praktijken. Wij rekenden het landelijke tarief van 33 euro.
"""


def _subject(text: str, needle: str) -> str | None:
    return next(c.subject for c in claims_from_text(text) if needle in c.original)


def test_the_writers_we_from_a_byline_with_two_functions() -> None:
    assert _subject(OPINIE, "Wij rekenden") == "HOED Oosterdal"


def test_our_in_indirect_speech_is_the_writers() -> None:
    # "Pelgrim zegt nu dat onze coöperatie ...": not the insurer Pelgrim speaks for
    assert _subject(OPINIE, "onze coöperatie per consult") == "HOED Oosterdal"


def test_a_named_party_that_writes_to_us_stays() -> None:
    # "Zorgkring", the short name of Zorgkring Noord, is known: "ons" is only the object
    assert _subject(OPINIE, "schreef Zorgkring ons") != "HOED Oosterdal"


def test_we_in_a_quote_stays_the_speakers() -> None:
    doc = (
        OPINIE
        + "\n'Wij betaalden in 2024 voor elk consult 33 euro,' zegt woordvoerder Hans Pelgrim van Zorgkring Noord.\n"
    )
    assert _subject(doc, "Wij betaalden") == "Zorgkring Noord"
