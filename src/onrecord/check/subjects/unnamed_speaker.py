"""A source the article never names: "een klokkenluider" ... "Volgens de klokkenluider, ...".

A writer who brings a person in with an indefinite article ("via een klokkenluider", "a
whistleblower came forward") and later cites "de klokkenluider" / "the whistleblower" means that
new, unnamed person, not the person who was speaking before (who, in the sentence that brought
the source in, was often the one telling about it). The gold convention makes such a source its
own claimant ("unnamed sources are their own claimant and subject"). A pronoun source in the
next sentence ("Het geld ging volgens hem naar ...") then continues that same source.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import PERSON_NOUNS, is_title
from onrecord.check.language.claim_text import words

_DEFINITE = frozenset({"de", "het", "the"})
_SOURCE_PRONOUNS = frozenset({"hem", "haar", "him", "her", "he", "she", "hij", "zij", "ze"})


def introduced_unnamed(framer: str, before: str) -> bool:
    """``framer`` ("de klokkenluider", "the whistleblower") is a definite description of one
    person noun whose noun the text ``before`` brought in with an indefinite article and no name after
    it ("via een klokkenluider", "a former inspector"); not when a name followed it ("een
    klokkenluider, Jan de Vries,") or the noun came in with a definite article only."""
    ws = words(framer)
    if len(ws) != 2 or ws[0].lower() not in _DEFINITE or not ws[1][:1].islower():
        return False
    if ws[1].lower() not in PERSON_NOUNS and not is_title(ws[1]):
        return False  # a person: "the company" after "a company" is left to the resolver
    head = re.escape(ws[1])
    intro = re.compile(
        rf"(?i)\b(?:een|a|an)\s+(?:[\w-]+\s+)?{head}\b(?!,?\s+(?-i:[A-Z])[\w'’-]+\s+[A-Z])"
    )
    return intro.search(before) is not None


def continues_unnamed(framer: str, prev_speaker: str | None, before: str) -> bool:
    """A pronoun source ("volgens hem", "she said") right after a sentence whose source was an
    unnamed person (see :func:`introduced_unnamed`) is that person again."""
    if framer.lower() not in _SOURCE_PRONOUNS or not prev_speaker:
        return False
    return introduced_unnamed(prev_speaker, before)
