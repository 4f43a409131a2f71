"""A deictic time phrase that opens a sentence before its subject ("Eerder dit jaar had de raad
...", "Vorige week stuurde zij ...", "Earlier this year the council ..."): the words of the
time ("dit jaar") are never the subject. Dutch puts the finite verb right after the phrase and
the subject after the verb (verb-second); English puts the subject right after it."""

from __future__ import annotations

import re

__all__ = ["time_front_end"]

_UNIT = (
    r"(?:jaar|week|maand|zomer|winter|lente|herfst|voorjaar|najaar|eeuw|weekend|kwartaal|"
    r"year|week|month|summer|winter|spring|autumn|weekend|quarter|century)"
)
_TIME_FRONT_RE = re.compile(
    r"(?i)(?:(?:eerder|later|begin|eind|halverwege|medio|earlier|later|early|late)\s+)?"
    r"(?:dit|deze|vorig|vorige|volgend|volgende|afgelopen|komend|komende|this|last|next|"
    r"past)\s+" + _UNIT + r"\b\s*,?\s*"
)


def time_front_end(text: str, start: int) -> int:
    """Where the rest of the sentence starts when ``text[start:]`` opens with a deictic time
    phrase ("Eerder dit jaar ", "Last week, "); else ``start``."""
    m = _TIME_FRONT_RE.match(text, start)
    return m.end() if m else start
