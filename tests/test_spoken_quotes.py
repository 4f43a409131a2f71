"""Direct speech in a published document is its speaker's: the words between the quotation
marks go to the person the frame names, the frame stays the document author's."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.engines.local import ingest
from onrecord.mail.spoken_quotes import spoken_quotes
from onrecord.record.store import Store


def _said(text: str, author: str = "") -> list[tuple[str, str]]:
    return [
        (" ".join(text[q.start : q.end].split()), q.speaker) for q in spoken_quotes(text, author)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the frame after the quotation, the surname the article gave in full before
            'The chairman, Joost van Lier, ruled out a sale. "As long as I am chairman, we will '
            'not talk to Scaldis," Van Lier said on Tuesday.',
            [("As long as I am chairman, we will not talk to Scaldis", "Joost van Lier")],
        ),
        (  # Dutch, a role word before the name, the name wrapped onto the next line
            '"Met deze samenwerking is de toekomst van de club zeker," zegt voorzitter Joost\n'
            "van Lier.",
            [("Met deze samenwerking is de toekomst van de club zeker", "Joost van Lier")],
        ),
        (  # a second quotation right after a framed one goes on in the same voice
            'In 2018 beloofde Joost van Lier dat de club van de leden bleef. "Het was onze eigen '
            'keuze," zegt Van Lier nu. "De licentiecommissie heeft ons nooit opgedragen de club '
            'te verkopen."',
            [
                ("Het was onze eigen keuze", "Joost van Lier"),
                (
                    "De licentiecommissie heeft ons nooit opgedragen de club te verkopen.",
                    "Joost van Lier",
                ),
            ],
        ),
        (  # the speaker named before a colon, a role before the name
            'Directeur Annelies Roodenburg: "Onze onafhankelijkheid is niet te koop."',
            [("Onze onafhankelijkheid is niet te koop.", "Annelies Roodenburg")],
        ),
        (  # her party after her name is not her name
            'Raadslid Ilse Bakker van Stadsbelang wil een motie indienen. "De wethouder heeft '
            'ons jarenlang verteld dat de brug binnen het budget bleef," zegt Bakker.',
            [
                (
                    "De wethouder heeft ons jarenlang verteld dat de brug binnen het budget bleef",
                    "Ilse Bakker",
                )
            ],
        ),
    ],
)
def test_a_named_speakers_quotation_is_theirs(text: str, want: list[tuple[str, str]]) -> None:
    assert _said(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "he" is the one person the sentence before names
            'Jan Wiersma, who chaired the member council until 2021, disagrees. "We heard about '
            'the Danes a year after the talks had started," he said.',
            [("We heard about the Danes a year after the talks had started", "Jan Wiersma")],
        ),
        (  # his reported words go on in his own
            'Wim Tuinstra zegt dat hij is overvallen door de cijfers. "Ik heb het pas deze maand '
            'op papier gezien."',
            [("Ik heb het pas deze maand op papier gezien.", "Wim Tuinstra")],
        ),
    ],
)
def test_a_pronoun_or_reported_speech_before_names_the_speaker(
    text: str, want: list[tuple[str, str]]
) -> None:
    assert _said(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes and quoted phrases inside the author's sentence
        'De gemeente noemt de sluiting "pijnlijk voor het hele dorp" en wil verder praten.',
        # "hij" after a sentence that names its man by a surname never given in full
        'Oosterhout werd overvallen door de cijfers. "Ik heb het pas deze maand op papier '
        'gezien," zegt hij.',
        # two people in the sentence before: "he" could be either
        'Hendrik Bosma met Jan Wiersma in May. "We never discussed the Danes at all," he said.',
        # a phrase quoted inside the author's own sentence of reported speech
        'Marjolein Dijkstra zegt dat zij de Staten "altijd eerlijk en op tijd" heeft geinformeerd.',
        # a group's voice, no person
        '"Everything will be published in full," says a spokesperson for the trust.',
        # written words are a mail's or a letter's, with a date of their own
        'In January 2016 Ilse Okafor wrote: "It is totally OK not to share the science."',
        '"Wij houden de afdeling open zolang ik voorzitter ben," schreef Marieke Dijkstra.',
        # a surname the document never gave in full
        '"We will not sell the stadium to anyone," said Manders.',
    ],
)
def test_quotations_without_a_named_person_stay_the_authors(text: str) -> None:
    assert _said(text) == []


def test_the_authors_own_quoted_words_stay_the_authors() -> None:
    text = 'Marieke Dijkstra wrote the statement. "We stay open," says Marieke Dijkstra.'
    assert _said(text, author="Marieke Dijkstra") == []


NEWS = """---
title: Club chairman rules out sale
author: Redactie Stadsblad
date: 2019-12-11
---

The chairman of SC Ravenwijk, Joost van Lier, has ruled out a sale of the club.

"As long as I am chairman, we will not talk to Scaldis or anyone else," Van Lier said on Tuesday.

Supporters welcomed the news.
"""


def test_an_ingested_article_gives_the_quotation_to_its_speaker(ingest_text) -> None:
    by = {t: a for a, t in ingest_text("news.md", NEWS)}
    quote = "As long as I am chairman, we will not talk to Scaldis or anyone else"
    assert by[quote] == "Joost van Lier"
    assert by["Van Lier said on Tuesday."] == "Redactie Stadsblad"  # the frame: the paper's
    assert by["Supporters welcomed the news."] == "Redactie Stadsblad"
    assert not any('"' in t for t in by)  # no quotation mark left on either side


def test_a_quoted_speaker_is_a_person_of_the_record(tmp_path: Path) -> None:
    """Known from a newspaper's quotation alone, the speaker is still someone to search by."""
    doc = tmp_path / "news.md"
    doc.write_text(NEWS, encoding="utf-8")
    store = Store.open(tmp_path / "x.db")
    try:
        ingest(store, [doc], workers=1)
        [person] = store.find_person("Van Lier")
        assert person["name"] == "Joost van Lier"
    finally:
        store.close()
