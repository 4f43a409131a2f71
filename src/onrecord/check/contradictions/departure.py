"""A report that something was taken or went elsewhere: "we moved the archive to Utrecht",
"In 2022 hebben we de paarden naar een boerderij in Drenthe gebracht", "sold the boat to".

A denial of leaving ("Our horses will never leave the farm") is a positive stance, so
:func:`onrecord.check.contradictions.opposition.ends` alone made it oppose only a side with a verb of ending;
a side that tells of the move itself ("brought them to a park in Poland") names no ending and
the pair read as no opposition. A move away is the leaving denied.
"""

from __future__ import annotations

import re

__all__ = ["departs"]

_MOVE = (
    r"(?:moved|move|moves|relocated|relocate|transferred|transfer|sent|send|brought|bring|took|"
    r"sold|sell|shipped|handed\s+over|gave\s+away|gebracht|brengen|brachten|bracht|verhuisd|"
    r"verhuizen|verhuist|verhuisden|verplaatst|verplaatsen|overgebracht|overbrengen|"
    r"overgeplaatst|verkocht|verkopen|verkochten|weggegeven|gestuurd|stuurden|afgestaan)"
)
# the verb and a destination after it ("to", "naar") within a few words, or before it in
# Dutch word order ("naar een park in Polen gebracht")
_DEPART = re.compile(
    rf"\b{_MOVE}\b(?:\s+[\w'’]+){{0,6}}?\s+(?:to|into|abroad|naar|aan)\b|"
    rf"\b(?:naar|aan)\s+(?:[\w'’]+\s+){{0,8}}?{_MOVE}\b",
    re.I,
)


def departs(text: str) -> bool:
    """The statement reports or announces a move of something to another place or owner."""
    return _DEPART.search(text) is not None
