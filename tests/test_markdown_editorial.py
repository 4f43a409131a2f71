"""A Markdown interview's headline, lede and dateline are the editor's, not the author's."""

from __future__ import annotations

from onrecord.text.markdown import editorial_spans, lead_end

INTERVIEW = """---
title: "Brouwer neemt afscheid"
author: Ellen Brouwer
date: 2023-05-27
lang: nl
---
# Ellen Brouwer neemt afscheid: 'Ik heb de krant verdedigd'

*Elf jaar was Ellen Brouwer uitgever van het Dagblad. Op 1 juni vertrekt ze. Een
gesprek over de papieren krant.*

*De Vaartbode, 2 juni 2022* Ik heb de papieren krant tot het laatst verdedigd. Ik ben nooit
akkoord gegaan met het schrappen van de doordeweekse krant.

## Over de redactie

Niemand is gedwongen ontslagen. Dat vind ik *echt* belangrijk.
"""


def test_headings_and_emphasised_paragraphs_are_editorial() -> None:
    body = INTERVIEW.split("---\n", 2)[2]
    spans = [body[a:b] for a, b in editorial_spans(body)]
    assert spans[0].startswith("# Ellen Brouwer neemt afscheid")
    assert spans[1].startswith("*Elf jaar") and spans[1].endswith("papieren krant.*")
    assert spans[2] == "## Over de redactie"
    assert len(spans) == 3  # "*echt*" inside a sentence and the dateline paragraph are prose


def test_a_leading_dateline_is_cut_off_a_sentence() -> None:
    text = "*De Vaartbode, 2 juni 2022* Ik heb de krant verdedigd."
    assert text[lead_end(text) :] == "Ik heb de krant verdedigd."
    assert lead_end("*Door Noor Hendriks* De brug is duur.") == len("*Door Noor Hendriks* ")
    assert lead_end("*Echt* niet.") == 0  # an emphasised word, not a dateline
    assert lead_end("Geen opmaak hier.") == 0
    assert lead_end("*Alles schuin.*") == 0  # nothing after it: not a lead


def test_an_ingested_interview_keeps_only_the_interviewees_words(ingest_text) -> None:
    said = [t for _, t in ingest_text("interview.md", INTERVIEW)]
    assert said[0] == "Ik heb de papieren krant tot het laatst verdedigd."
    assert not any("Elf jaar" in s or "vertrekt ze" in s or "neemt afscheid" in s for s in said)
    assert not any(s.startswith(("*", "#")) for s in said)
    assert "Niemand is gedwongen ontslagen." in said
