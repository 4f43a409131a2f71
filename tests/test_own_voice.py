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
