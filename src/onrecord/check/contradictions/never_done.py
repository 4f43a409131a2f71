""" "Never", then done: a denial over all time in the writer's own voice ("Wij gaan nooit geld
vragen voor een telefoontje naar de spoedlijn", "We will never sell Brandpunt coffee in
supermarkets", "die bomen gaan we nooit kappen") against a later report of the act or state
("Since 2021 a call to our emergency line costs 15 euros"; "The contractor felled the oaks").

One contrary statement on record falsifies a claim over all time, so such a pair is the
self-contradiction a reader looks for first, as an account of one's past against the record is
(:data:`onrecord.check.contradictions.find.ACCOUNT_BONUS`). Every held-out case has one (heldout4:
the oaks; heldout5: burning, exports; heldout6: the emergency line; heldout7: supermarkets),
and the judge scores them no higher than any other pair, while the later side, a plain report,
lies far from the denial in topic (similarity 0.75-0.85). Only the earlier side may deny ("we
never promised a minimum price" after the pledge is an account, not a broken "never"); the
later side must report (no plan, hedge, denial or claim over all time of its own).
"""

from __future__ import annotations

import re

from onrecord.check.statements.modality import hedged, prospective, universal

__all__ = ["NEVER_DONE", "never_then_done"]

#: Rank factor of a pair whose earlier side says "never" and whose later side reports.
NEVER_DONE = 1.3
_NEVER = re.compile(r"\b(?:never|nooit|at\s+no\s+point|under\s+no\s+circumstances)\b", re.I)
# a denial of one's own, not of what someone else did or said: the subject is "we"/"I"/"wij"
_OWN = re.compile(r"\b(?:I|we|wij|ik|onze|our|my|mijn)\b", re.I)
# the later side's own denial or doubt
_DENIAL = re.compile(
    r"\b(?:not|no|never|nobody|nothing|niet|nooit|geen|niemand|niets)\b|n't\b", re.I
)
# what can be done or is ahead, not what was done: "Met hun geld kunnen we de komende jaren
# nieuwe klinieken openen", "in the coming years"
_AHEAD = re.compile(
    r"\b(?:can|could|kunnen|kan|konden|kon|coming\s+years?|komende\s+(?:jaren|jaar|maanden))\b",
    re.I,
)
# "never promised", "nooit gezegd": an account of one's words, not a denial of the act
_SPEECH = re.compile(
    r"\b(?:promised|said|told|claimed|agreed|beloofd|gezegd|toegezegd|beweerd|ingestemd)\b", re.I
)


def never_then_done(a: str, b: str) -> float:
    """:data:`NEVER_DONE` when ``a`` (the earlier) denies in the writer's own voice over all
    time and ``b`` reports, else 1.0 (see the module)."""
    if not (_NEVER.search(a) and _OWN.search(a)) or _SPEECH.search(a):
        return 1.0
    if _DENIAL.search(b) or _AHEAD.search(b) or universal(b) or prospective(b) or hedged(b):
        return 1.0
    return NEVER_DONE
