"""Sentences about a broadcast or its transcript, not about the record.

A podcast or radio transcript opens and closes with notes on itself ("*This transcript has been
edited for length and clarity.*", "*This is an edited transcript of Tuesday's Coastline Breakfast
interview. It has been shortened for length.*", "*The Circuit is produced by Lowbridge
Audio.*") and its host's courtesies ("Thank you for coming on.", "Rosalind Hebden, thank
you."). None is check-worthy; all are the document's own process ("meta").
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_text import words

__all__ = ["doc_note"]

_NOTE_RE = re.compile(
    # "This transcript has been edited", "Dit transcript is ingekort"
    r"^(?:this|dit|het)\s+(?:transcript|transcriptie|episode|aflevering|programme|program|"
    r"podcast|uitzending|gesprek|conversation)\s+(?:has\s+been|was|is|werd)\s+(?:\w+\s+)?"
    r"(?:edited|condensed|shortened|abridged|ingekort|geredigeerd|bewerkt)\b|"
    # "This is an edited transcript of ...", "Dit is een bewerkte weergave van ..."
    r"^(?:this|dit)\s+(?:is|was)\s+(?:an?|een)\s+(?:\w+\s+)?(?:edited|condensed|abridged|"
    r"bewerkte|ingekorte)\s+(?:transcript|version|versie|weergave)\b|"
    # "It has been shortened for length", "... edited for length and clarity"
    r"\b(?:edited|condensed|shortened|abridged)\s+for\s+(?:length|clarity|brevity)\b|"
    r"\bingekort\s+en\s+(?:geredigeerd|bewerkt)\b",
    re.I,
)
#: "Thank you for coming on.", "Tamsin Rourke, thank you.", "Dank u wel, mevrouw Smit."
_THANKS_RE = re.compile(
    r"^(?:[^,]{2,40},\s*)?(?:thank\s+you|thanks|dank\s+(?:u|je|jullie)(?:\s+wel)?|bedankt)\b"
    r"(?!\s+(?:to|aan)\b)",  # "Thanks to the grant, ...": a cause, not a courtesy
    re.I,
)
#: a programme's credit in an emphasised closing line: "*The Circuit is produced by ...*"
_CREDIT_RE = re.compile(
    r"^[^,]{2,60}?\s+(?:is|was|wordt|werd)\s+(?:produced|presented|hosted|gemaakt|"
    r"gepresenteerd|geproduceerd)\s+(?:by|door)\b",
    re.I,
)


def doc_note(original: str, clean: str) -> bool:
    """``clean`` is a note on the transcript, a host's thanks, or (in an emphasised line) a
    programme's credit."""
    clean = clean.strip(" *_")  # an emphasis that spans sentences leaves its mark in them
    if _NOTE_RE.search(clean):
        return True
    if _THANKS_RE.match(clean) and len(words(clean)) <= 8:
        return True
    return original.lstrip()[:1] in ("*", "_") and bool(_CREDIT_RE.match(clean))
