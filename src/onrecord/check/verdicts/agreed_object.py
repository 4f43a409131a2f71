"""A claim that someone agreed that S, decided by their "Yup" to a text that says S.

"In June 2018 Hofstede approved a press statement saying that Murmel does not use automated
moderation", "Femke Bakker sloot zich in maart 2018 aan bij de uitspraak van Hofstede dat alle
moderatie bij Murmel door mensen gebeurt": the agreement is the claim's act, so the judge reads
the whole claim against "On 4 June 2018 Hofstede agreed with Lindqvist: <the text>", and the
small judge misses it (entailment 0.02 and 0.45 on those two; the text against the that-clause
alone reads 0.98 both times). What was agreed to is the that-clause, and the reply already says
that the writer agreed (or disagreed) with the text; so the text is also read against the
that-clause (:func:`object_reading`), and a clear entailment (:data:`AGREED`) decides the
statement (:func:`apply`): the subject agreed with a text that says S (it supports the claim)
or disagreed with it (it contradicts the claim); a negated agreement ("ging niet akkoord met de
perslijn dat S", "never agreed that S") turns it round. A weaker reading leaves the judge's
reading of the whole as it was: the text may say S in words the judge does not see.

Only the subject's own replies count (``endorsed``), and only a that-clause: an infinitive
("agreed to Vermeulen's proposal to close De Klimop") read as "It was proposed to …" is
entailed by any proposal of the matter (on the training cases it raised statements of other
proposals as often as the right one).
"""

from __future__ import annotations

import re

from onrecord.check.claims.extract import Claim
from onrecord.check.verdicts.evidence import (
    AGREEMENT,
    ENDORSED,
    Evidence,
    add_note,
    source_name,
)
from onrecord.check.verdicts.first_person import align_first_person
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment

__all__ = ["AGREED", "AGREED_NOTE", "agreed_content", "apply", "object_reading"]

#: The entailment of the that-clause by the agreed text that decides the statement.
AGREED = 0.7
AGREED_NOTE = "agreed with a text that says what the claim says was agreed"

# what was agreed: the first that-clause after the agreement ("approved a press statement saying
# that S", "keurde een persbericht goed waarin stond dat S", "agreed in 2020 that S")
_THAT = re.compile(r"\b(?:that|dat)\s+(?P<s>\S.*?)\s*[.!]?\s*$", re.I | re.S)
# an agreement said not to have happened: "ging niet akkoord", "did not agree", "never approved"
_NOT = re.compile(r"\b(?:not|never|niet|nooit)\b|n't\b", re.I)
_BEFORE = re.compile(r"(?:\S+\s+){0,3}$")


def agreed_content(text: str) -> tuple[str, bool] | None:
    """What the claim says its subject agreed to, when it is a that-clause, and whether the
    agreement is negated; None for any other claim."""
    m = AGREEMENT.search(text)
    if m is None:
        return None
    that = _THAT.search(text, m.end())
    if that is None:
        return None
    s = that.group("s")
    if len(s.split()) < 3:
        return None
    before = _BEFORE.search(text[: m.start()])
    negated = bool(_NOT.search(m.group()) or (before and _NOT.search(before.group())))
    return f"{s[:1].upper()}{s[1:]}.", negated


def object_reading(hit: Hit, relation: str, claim: Claim) -> tuple[str, str] | None:
    """The (text agreed with, what the claim says was agreed) pair for the subject's reply to a
    text, on a claim that they agreed that S; None otherwise."""
    via = hit.via_endorsement
    if via is None or relation != ENDORSED:
        return None
    what = agreed_content(claim.text)
    if what is None:
        return None
    return align_first_person(via.text, source_name(via), hit.lang), what[0]


def apply(e: Evidence, reading: Judgment, claim: Claim) -> None:
    """Let the reading of :func:`object_reading` decide ``e`` where it clearly entails what was
    agreed: for the claim when the subject agreed with the text and the claim says they did,
    against it when one of the two is a "no"."""
    what = agreed_content(claim.text)
    via = e.hit.via_endorsement
    if e.judgment is None or what is None or via is None:
        return
    sure = reading.probs.get("entailment", 0.0)
    if sure < AGREED:
        return
    against = what[1] != (via.stance != "agree")
    key = "contradiction" if against else "entailment"
    if e.judgment.probs.get(key, 0.0) >= sure:
        return
    neutral = min(reading.probs.get("neutral", 0.0), 1.0 - sure)
    other = "entailment" if against else "contradiction"
    p = {key: sure, "neutral": neutral, other: 1.0 - sure - neutral}
    label = max(p, key=lambda k: p[k])
    j = e.judgment
    e.judgment = Judgment(label, p, j.judge, j.rationale, j.quote, dict(j.extra, agreed=sure))
    add_note(e, AGREED_NOTE)
