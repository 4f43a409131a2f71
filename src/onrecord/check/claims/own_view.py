"""The speaker's own view of themselves, which no record holds: a feeling put first for weight
("Zo boos als deze week ben ik in zeventien jaar als huisarts zelden geweest", "I have rarely
been so angry"), and a disclaimer of standing ("Ik ben geen bestuurder en ik doe niet alsof ik
een begroting beter kan lezen dan hij", "I don't pretend to be an accountant"): commentary.

What stays a claim: a first-person fact with a time or an act ("Ik werk al negentien jaar als
huisarts in Westerlage", "Ik heb die cijfers op 14 januari gestuurd", "I was told it was
commercially sensitive"); only a feeling word or the pretending frame makes the sentence a view.
"""

from __future__ import annotations

import re

__all__ = ["is_own_view"]

_FEEL = (
    r"(?:boos|woedend|kwaad|teleurgesteld|verdrietig|trots|bang|bezorgd|gefrustreerd|blij|"
    r"angry|furious|disappointed|upset|proud|worried|frustrated|happy|sad)"
)

_OWN_VIEW_RE = re.compile(
    # a feeling put first: "Zo boos als deze week ben ik ... zelden geweest"
    rf"(?i)^(?:en\s+|maar\s+|and\s+|but\s+)?(?:zo|nog\s+nooit\s+zo|zelden\s+zo)\s+{_FEEL}\b"
    r"[^.!?]{0,80}?\b(?:ben|was|word|werd)\s+(?:ik|wij|we)\b|"
    # "I have rarely/never been so angry", "Ik ben zelden zo boos geweest"
    rf"\b(?:i|we)\s+(?:have|had)\s+(?:rarely|never|seldom)\s+been\s+(?:so|this|as)\s+{_FEEL}\b|"
    rf"\b(?:ik\s+ben|wij\s+zijn|we\s+zijn)\s+(?:[^.!?]{{0,40}}?\s)?(?:zelden|nooit)\s+zo\s+{_FEEL}\b|"
    # pretending, or not: "ik doe niet alsof ik ...", "I don't pretend to ..."
    r"\b(?:ik|wij|we)\s+(?:doe|doen)\s+(?:ook\s+)?niet\s+alsof\b|"
    r"\b(?:i|we)\s+(?:do\s+not|don['’]t|won['’]t|will\s+not)\s+pretend\b"
)


def is_own_view(clean: str) -> bool:
    """``clean`` voices the speaker's own feeling or standing, not a fact on record."""
    return _OWN_VIEW_RE.search(clean) is not None
