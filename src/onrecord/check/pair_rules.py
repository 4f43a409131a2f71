"""What a pair of one person's statements is about, for ranking a self-contradiction, and the
pairs whose opposition needs no judge.

:func:`pair_factor` ranks a pair lower when its sides are about different years or share no
content word; :func:`rule_score` scores a pair the builtin judge does not call contradictory
when the opposition is plain without it (:mod:`onrecord.check.opposition`): counts of one thing
that clash, changes in opposite directions, an opposed pair on one matter read as neutral.
A side is anything with ``text``, ``lang`` and ``date`` (a
:class:`onrecord.check.contradictions.StatementRef`).
"""

from __future__ import annotations

import re
from typing import Any

from onrecord.check.direction import opposed
from onrecord.check.opposition import (
    ANTONYM,
    POLARITY,
    alternatives,
    amount_clash,
    hedged_side,
    opposition,
    other_agent,
    reported,
    same_object,
)
from onrecord.check.period import other_times
from onrecord.check.quantities.types import COUNT, PERCENT
from onrecord.check.salience_words import STOP, STOP_ANY

__all__ = [
    "ALTERNATIVE_SIMILARITY", "ONE_WORD", "OPPOSED_SCORE", "OTHER_MATTER", "OTHER_TIME", "RULE_SCORE", "matter_words",
    "pair_factor", "rule_score", "shared_words",
]  # fmt: skip

_WORD = re.compile(r"\w+")
Side = Any  # StatementRef: text, lang, date


#: Rank factor of a pair about different years ("At the end of 2019 we had 300 members" and
#: "At the end of 2020 we had 400"; "The fee stays at fifty euros this year" in 2018 and "The
#: fee is now sixty euros" in 2022): both may be true (:func:`onrecord.check.period.other_times`).
OTHER_TIME = 0.3
#: Rank factor of a pair in one language that shares no content word: two matters the judge
#: read as one ("Installation starts in spring." and "We are closing the plant."). Across
#: languages words cannot be compared ("lay off support staff" and "personeel ontslaan").
OTHER_MATTER = 0.3
#: ... and of a pair in one language that shares one content word only: often just the subject
#: ("De raad moet het plan nog goedkeuren." and "De raad wilde minder uitgeven.").
ONE_WORD = 0.7
#: Content words are compared by their first letters ("batteries" and "battery", "sell" and
#: "selling"): equal, one the other's prefix, or this many letters in common.
STEM = 5


def matter_words(text: str, lang: str | None) -> set[str]:
    """The content words of a statement, cut to :data:`STEM` letters: no stop words, numbers
    or words of fewer than three letters."""
    stop = STOP.get(lang or "", STOP_ANY)
    return {
        w[:STEM]
        for w in _WORD.findall(text.casefold())
        if len(w) >= 3 and not w.isdigit() and w not in stop and w not in STOP_ANY
    }


def shared_words(a: Side, b: Side) -> int | None:
    """How many content words of ``a`` are also in ``b`` (by :data:`STEM`); None across
    languages, where words cannot be compared."""
    if not a.lang or a.lang != b.lang:
        return None
    wb = matter_words(b.text, b.lang)
    return sum(
        any(x.startswith(y) or y.startswith(x) for y in wb) for x in matter_words(a.text, a.lang)
    )


def pair_factor(a: Side, b: Side) -> float:
    """The rank factor from what the two statements are about: :data:`OTHER_TIME` for other
    years, times :data:`OTHER_MATTER` (no content word shared) or :data:`ONE_WORD` (one)."""
    f = OTHER_TIME if other_times(a.text, a.date, b.text, b.date) else 1.0
    shared = shared_words(a, b)
    if shared is not None and shared < 2:
        f *= ONE_WORD if shared else OTHER_MATTER
    return f


#: The score of a pair the judge does not call contradictory whose sides state clashing counts
#: of one thing ("Last year we carried 120,000 passengers." / "In 2020 vervoerden we
#: tachtigduizend passagiers.") or changes of one thing in opposite directions, at one time:
#: the builtin judge reads such pairs as agreement (same words, a number).
RULE_SCORE = 0.6
#: The score of a pair in one language on one matter (similarity at least
#: :data:`OPPOSED_SIMILARITY`, :data:`OPPOSED_WORDS` content words shared) with one side negated
#: or a pair of opposite words, that the judge reads as neutral both ways (entailment under
#: :data:`OPPOSED_ENTAILMENT`, contradiction at least :data:`OPPOSED_CONTRADICTION`): "We
#: borrowed eight million euros from the bank to build the new drying tower." / "... the drying
#: tower was paid entirely from our own reserves, and we did not borrow a cent for it."
OPPOSED_SCORE = 0.4
#: Across languages two places of origin (:func:`onrecord.check.opposition.alternatives`) are
#: of one thing from this similarity (a cross-language neighbour starts at 0.77).
ALTERNATIVE_SIMILARITY = 0.82
OPPOSED_SIMILARITY = 0.85
OPPOSED_WORDS = 2
OPPOSED_ENTAILMENT = 0.3
OPPOSED_CONTRADICTION = 0.1
# "without problems", "zonder subsidie": a negation too weak to stand without the judge
_WEAK_NEGATION = re.compile(r"\b(?:without|zonder)\b", re.I)


def rule_score(
    a: Side,
    b: Side,
    ab: dict[str, float] | None = None,
    ba: dict[str, float] | None = None,
    similarity: float = 0.0,
) -> float | None:
    """The score of a pair whose opposition needs no judge's contradiction, or None:
    :data:`RULE_SCORE` for clashing counts or opposite changes, :data:`OPPOSED_SCORE` for an
    opposed pair the judge calls neutral (see there)."""
    if other_times(a.text, a.date, b.text, b.date):
        return None
    if any(reported(t) or hedged_side(t) for t in (a.text, b.text)):
        return None
    if other_agent(a.text, b.text):
        return None
    # in one language the two sides must share two words besides the amounts: "we hired four
    # doctors" and "we have twelve doctors" count one thing in two roles
    if amount_clash(a.text, b.text, a.lang, b.lang, kinds=(COUNT, PERCENT)) and same_object(
        a.text, b.text, a.lang, b.lang
    ):
        return RULE_SCORE
    # a change of one thing: in one language two content words in common (not just "the
    # budget" of "the budget for maintenance was cut" and "we raised the marketing budget")
    shared = shared_words(a, b)
    if opposed(a.text, b.text, a.lang, b.lang) and (shared is None or shared >= 2):
        return RULE_SCORE
    # two places one thing is made in ("Dit jaar wordt al onze kaas in Leeuwarden gemaakt." /
    # "In 2019 all our cheese was made by a partner dairy in Belgium."): the judge reads them
    # as neutral; one matter by two shared words, or across languages by similarity
    if alternatives(a.text, b.text) and (
        (shared is None and similarity >= ALTERNATIVE_SIMILARITY) or (shared or 0) >= 2
    ):
        return RULE_SCORE
    if ab is None or ba is None or similarity < OPPOSED_SIMILARITY:
        return None
    if max(ab["entailment"], ba["entailment"]) >= OPPOSED_ENTAILMENT:
        return None
    if max(ab["contradiction"], ba["contradiction"]) < OPPOSED_CONTRADICTION:
        return None
    if (shared_words(a, b) or 0) < OPPOSED_WORDS:
        return None
    if any(_WEAK_NEGATION.search(t) for t in (a.text, b.text)):
        return None
    if opposition(a.text, b.text, a.lang, b.lang, ordered=True) in (POLARITY, ANTONYM):
        return OPPOSED_SCORE
    return None
