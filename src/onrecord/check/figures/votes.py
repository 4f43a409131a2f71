"""A vote said to be unanimous against one with votes cast against it.

The judge does not weigh a tally. "The supervisory board approved the closure of the maternity
ward in Oudmeer last night, by five votes to one." against "De raad van toezicht keurde de
sluiting van Oudmeer met algemene stemmen goed" reads as neutral (0.50), "met vier stemmen
tegen één" against "besloot unaniem" as entailment (0.63), and "met 112 tegen 87 stemmen"
against "vrijwel unaniem" as contradiction at 0.53 only. A tally with votes against is no
unanimous vote, and one with many votes against (a fifth or more) is no nearly unanimous one.

:func:`unanimity_clash` reads each side for a tally ("by five votes to one", "52-41", "met 112
tegen 87 stemmen", "150 voor en 49 tegen") and for unanimity ("unanimously", "unaniem",
"eenstemmig", "met algemene stemmen", "without a vote against"; "nearly", "vrijwel", "bijna"
before it; "vrijwel alle leden stemden in", "the vast majority voted for" as nearly unanimous),
and names the clash when one side has each. A negated unanimity ("was not unanimous", "niet
unaniem") says what a split tally says, and clashes with nothing here. Word lists, no model;
English and Dutch.
"""

from __future__ import annotations

import re

from onrecord.check.quantities.numbers import word_number

__all__ = ["NEARLY_SHARE", "tally", "unanimity", "unanimity_clash"]

#: the share of votes against that a "nearly unanimous" vote cannot have had
NEARLY_SHARE = 0.2

_N = r"(\d{1,6}|[a-zé]+)"
_TALLY = re.compile(
    rf"\b(?:by\s+)?{_N}\s+votes?\s+to\s+{_N}\b"  # "by five votes to one", "52 votes to 41"
    rf"|\b(?:by\s+)?{_N}\s+to\s+{_N}\s+votes?\b"  # "by 52 to 41 votes"
    # "voted 23 to 19", "voted on Wednesday by 23 to 19" (not "voted to raise it 175 to 260 euros")
    rf"|\bvot(?:ed|es|e)\s+(?:\w+\s+){{0,3}}?(?:by\s+)?{_N}\s+to\s+{_N}\b"
    r"(?!\s*(?:%|percent|procent|per|euros?|dollars?|pounds?))"
    r"|\b(\d{1,6})\s*[-–]\s*(\d{1,6})\s+(?:vote|votes|majority)\b"  # "a 52-41 vote"
    rf"|\bmet\s+{_N}\s+(?:stemmen\s+)?tegen\s+{_N}(?:\s+stemmen)?\b"  # "met 112 tegen 87 stemmen"
    rf"|\b{_N}\s+(?:stemmen\s+)?voor\s*(?:,|en)\s*{_N}\s+(?:stemmen\s+)?tegen\b"  # "150 voor en 49 tegen"
    rf"|\b{_N}\s+(?:votes\s+)?in\s+favou?r\s*(?:,|and)\s*{_N}\s+(?:votes\s+)?against\b",
    re.I,
)
_UNANIMOUS = re.compile(
    r"\b(?:(?P<nearly>nearly|almost|virtually|vrijwel|bijna|nagenoeg)\s+)?"
    r"(?:unanimous(?:ly)?|unaniem|eenstemmig|met\s+algemene\s+stemmen|"
    r"zonder\s+(?:één\s+|een\s+)?tegenstem(?:men)?|without\s+(?:a\s+)?(?:single\s+)?"
    r"(?:vote\s+against|dissenting\s+vote|dissent))\b",
    re.I,
)
#: nearly everyone of a body voting one way ("Vrijwel alle leden stemden in", "the vast
#: majority of shareholders approved"), said with a verb of voting in the same sentence
_NEARLY_ALL = re.compile(
    r"\b(?:(?:nearly|almost|virtually|vrijwel|bijna|nagenoeg)\s+(?:all|every(?:one|body)?|"
    r"alle|iedereen)|(?:the\s+)?(?:vast|overwhelming)\s+majority|"
    r"(?:de\s+|een\s+)?(?:overgrote|overweldigende)\s+meerderheid)\b",
    re.I,
)
_VOTING = re.compile(
    r"\b(?:vot(?:ed|es?|ing)|approved|backed|agreed|stem(?:de|den|men|t)|gestemd|ingestemd|"
    r"keurden?|goedgekeurd)\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:not|niet|never|nooit|geen)\s+(?:\w+\s+)?$", re.I)


def _value(word: str) -> int | None:
    """A count of votes, in digits or words ("five", "één"; "een" too, in a tally)."""
    if word.isdigit():
        return int(word)
    got = 1.0 if word.lower() == "een" else word_number(word)
    return None if got is None else int(got)


def tally(text: str) -> tuple[int, int] | None:
    """(the larger side, the smaller side) of the one tally ``text`` gives, or None (none, or
    two): which side voted for does not matter to unanimity."""
    found = set()
    for m in _TALLY.finditer(text):
        a, b = [g for g in m.groups() if g is not None][:2]
        va, vb = _value(a), _value(b)
        if va is not None and vb is not None:
            found.add((max(va, vb), min(va, vb)))
    return found.pop() if len(found) == 1 else None


def unanimity(text: str) -> str | None:
    """``"unanimous"`` or ``"nearly"`` where ``text`` says a vote was (nearly) unanimous; None
    where it does not, or says it was not."""
    m = _UNANIMOUS.search(text)
    if m is not None:
        if _NEGATED.search(text, 0, m.start()):
            return None
        return "nearly" if m.group("nearly") else "unanimous"
    m = _NEARLY_ALL.search(text)
    if m is None or not _VOTING.search(text) or _NEGATED.search(text, 0, m.start()):
        return None
    return "nearly"


def unanimity_clash(said: str, claim: str) -> str | None:
    """Why a tally on one side is no (nearly) unanimous vote on the other, or None."""
    for one, other in ((said, claim), (claim, said)):
        kind, votes = unanimity(one), tally(other)
        if kind is None or votes is None or unanimity(other) is not None:
            continue
        more, fewer = votes
        if kind == "unanimous" and fewer >= 1:
            return f"a vote of {more} to {fewer} is not unanimous"
        if kind == "nearly" and fewer >= NEARLY_SHARE * (more + fewer):
            return f"a vote of {more} to {fewer} is not nearly unanimous"
    return None
