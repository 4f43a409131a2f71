"""Rules for the classes of the six dev documents written for generalisation (branch
``articles2``); each test uses sentences of those documents."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text

WIRE = """---
author: Wirenews staff
lang: en
---
Chief executive Miriam Castell told reporters that the pit had passed a safety inspection in July.
"We followed every recommendation of the inspectors," she said.
"""


def _by_text(claims, start):
    return next(c for c in claims if c.text.startswith(start))


def test_pronoun_speaker_of_a_quote_with_we_is_the_person_before():
    claims = claims_from_text(WIRE, names=["Miriam Castell"])
    c = _by_text(claims, "Miriam Castell followed")
    assert c.claimant == "Miriam Castell"


def test_transcript_speaker_label_frames_its_paragraph():
    text = (
        "---\nauthor: Ellen Vos\nlang: nl\n---\n"
        "**Vos:** Wanneer hoorde u voor het eerst van de schimmel?\n\n"
        "**Meijer:** In het najaar van 2023. Onze opzichters hebben toen alle woningen in de "
        "wijk Zevenhuizen bekeken.\n"
    )
    claims = claims_from_text(text, names=["Bastiaan Meijer"])
    assert claims and all(c.claimant == "Meijer" for c in claims)
    # "onze opzichters" in the speaker's words: not the interviewer's; Zevenhuizen (in a
    # prepositional phrase) is no subject
    assert _by_text(claims, "Meijer hebben toen").subject == "Meijer"


def test_front_matter_that_is_not_yaml_is_still_read():
    text = (
        '---\ntitle: "We hebben de huurders nooit iets beloofd" - interview met Bastiaan Meijer\n'
        "author: Ellen Vos\nlang: nl\n---\n"
        "Ruim driehonderd huurders zitten al twee winters met schimmel.\n"
    )
    claims = claims_from_text(text, names=["Bastiaan Meijer"])
    assert [c.text for c in claims] == [
        "Ruim driehonderd huurders zitten al twee winters met schimmel."
    ]
    assert claims[0].claimant == "Ellen Vos"


def test_name_in_a_prepositional_phrase_is_no_subject():
    text = (
        "---\nauthor: Corvid Therapeutics\nlang: en\n---\n"
        "The trial enrolled 310 patients at 24 hospitals in the United Kingdom and Germany.\n"
    )
    (c,) = claims_from_text(text)
    assert c.subject != "Germany"


def test_name_shortened_to_its_first_word_is_an_organisation():
    text = (
        "---\nauthor: Wirenews staff\nlang: en\n---\n"
        "LONDON, Sept 3 (Wirenews) - Pellworth Mining has halted production at its Cumbrian "
        "copper pit after a flood in a lower shaft, the company said on Wednesday.\n\n"
        "No workers were injured, Pellworth said in a statement. The company sent about 140 "
        "miners home on full pay.\n"
    )
    claims = claims_from_text(text, names=["Miriam Castell"])
    c = next(c for c in claims if "140 miners" in c.text)
    assert c.subject == "Pellworth Mining"
