"""Adverbs of time and concession that open an English or Dutch sentence before its subject
("Today the company runs ...", "Last year, though, the company lost ...", "Vandaag telt de
club ..."): the subject comes after them, never from them. The sentence adverbs of
``claim_lexicon`` cover the connectives; these are the deictic times and the parenthetical
concessions a writer puts in front."""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import SENTENCE_ADVERBS

__all__ = ["FRONT_ADVERBS", "parenthetical_end"]

FRONT_ADVERBS = frozenset(
    {
        *("today", "yesterday", "tonight", "currently", "nowadays", "presently", "recently"),
        *("though", "too", "vandaag", "gisteren", "tegenwoordig", "momenteel", "onlangs"),
        *("recentelijk", "thans"),
    }
)
_PARENTHETICAL = re.compile(r"\s*([A-Za-z]+)\s*,\s*")


def parenthetical_end(text: str, start: int) -> int:
    """Where the subject starts when ``text[start:]`` opens with a parenthetical adverb and a
    comma ("though, the company lost"): after it; else ``start``."""
    m = _PARENTHETICAL.match(text, start)
    if m and m.group(1).lower() in FRONT_ADVERBS | SENTENCE_ADVERBS:
        return m.end()
    return start
