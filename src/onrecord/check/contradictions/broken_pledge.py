"""A denial across languages that the later statement undoes: "we will never switch to plastic
kegs" in an English mail, later "Vanaf mei krijgen jouw cafés ons bier in plastic fusten".

Across languages the builtin judge barely reads the negation: it calls such pairs neutral or
even entailment (the later side matches the earlier side's content), and words cannot be
compared, so the rules of :mod:`onrecord.check.contradictions.pair_rules` leave them out. The evidence used
here is the judge's own reading of content: the earlier statement with its negation taken off
(:func:`affirmed`: "we will switch to plastic kegs") is what the later statement says, by the
judge's entailment (later as premise). On the development cases an unrelated or merely
neighbouring cross-language pair scores under 0.5 there; the undone pledges 0.6-0.7.

Only for pairs the judge and the rules did not report (:func:`candidate`): two languages, on
one matter by similarity, the earlier side firmly negated (no "without"/"zonder"), the later
not, polarity the opposition the rules read, both sides the writer's own firm position.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from onrecord.check.contradictions.opposition import (
    POLARITY,
    hedged_side,
    negated,
    opposition,
    other_agent,
    reported,
)
from onrecord.check.statements.clause_polarity import WITHOUT, main_part
from onrecord.check.statements.period import other_times

__all__ = [
    "PLEDGE_ENTAILMENT", "PLEDGE_SIMILARITY", "affirmed", "candidate", "pledge_score", "undone_pledges",
]  # fmt: skip

#: Two statements in two languages are on one matter from this similarity (the cross-language
#: pairing starts at 0.77).
PLEDGE_SIMILARITY = 0.80
#: The judge's entailment of the affirmed earlier side by the later side from which the pair
#: counts as a pledge undone (and the most probable label).
PLEDGE_ENTAILMENT = 0.55

# negation words and what a statement says with them taken off; an indefinite stays
_SWAP = {
    "cannot": "can", "can't": "can", "won't": "will", "wouldn't": "would", "shan't": "shall",
    "nobody": "somebody", "nothing": "something", "none": "some", "niemand": "iemand",
    "niets": "iets", "niks": "iets", "nergens": "ergens",
}  # fmt: skip
_DROP = {"not", "no", "never", "niet", "nooit", "geen"}
_TOKEN = re.compile(r"[\w'’]+|[^\w\s]+|\s+")


def affirmed(text: str) -> str:
    """The statement with its negation taken off: "We will never switch to plastic kegs." ->
    "We will switch to plastic kegs."; "die bomen gaan we nooit kappen" -> "die bomen gaan we
    kappen"; "Nobody lost their job" -> "somebody lost their job"."""
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        low = tok.lower().replace("’", "'")
        if low in _DROP:
            continue
        if low in _SWAP:
            swap = _SWAP[low]
            tok = swap.capitalize() if tok[0].isupper() else swap
        elif low.endswith("n't"):
            tok = tok[:-3]
        out.append(tok)
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s{2,}", " ", "".join(out))).strip()


def candidate(a: Any, b: Any, similarity: float) -> bool:
    """Whether the pair (``a`` the earlier; sides with ``text``, ``lang``, ``date``) is one to
    test: two languages, similarity at least :data:`PLEDGE_SIMILARITY`, ``a`` firmly negated
    and ``b`` not, polarity the opposition read, both sides the writer's own firm position and
    about one time."""
    if not a.lang or not b.lang or a.lang == b.lang or similarity < PLEDGE_SIMILARITY:
        return False
    if WITHOUT.search(a.text) or WITHOUT.search(b.text):
        return False
    if not negated(main_part(a.text)) or negated(main_part(b.text)):
        return False
    if any(reported(t) or hedged_side(t) for t in (a.text, b.text)) or other_agent(a.text, b.text):
        return False
    if other_times(a.text, a.date, b.text, b.date):
        return False
    return opposition(a.text, b.text, a.lang, b.lang, ordered=True) == POLARITY


def pledge_score(probs: dict[str, float]) -> float | None:
    """The pair's score from the judge's probabilities for (later, affirmed earlier): the
    entailment where it is the most probable label and at least :data:`PLEDGE_ENTAILMENT`."""
    e = probs["entailment"]
    if e >= PLEDGE_ENTAILMENT and e >= max(probs["neutral"], probs["contradiction"]):
        return e
    return None


def undone_pledges(
    judge: Any, sides: Sequence[tuple[Any, Any, float]], rated: Sequence[bool]
) -> dict[int, float]:
    """The score of each pair (``(earlier, later, similarity)``, by index) not ``rated`` yet
    whose later side says what the earlier one denied: one judge call for each
    :func:`candidate`, later side as premise, the affirmed earlier side as hypothesis."""
    at = [k for k, (a, b, sim) in enumerate(sides) if not rated[k] and candidate(a, b, sim)]
    if not at:
        return {}
    found = judge.judge([(sides[k][1].text, affirmed(sides[k][0].text)) for k in at])
    scores = {k: pledge_score(j.probs) for k, j in zip(at, found, strict=True)}
    return {k: s for k, s in scores.items() if s is not None}
