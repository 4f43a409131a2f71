"""What part an amount plays in a statement, beyond what :mod:`onrecord.check.quantities`
reads: a cost that was paid (not a need) and a figure given as the plan to compare with.

"In the end the bridge cost 7 million, more than the 5 million we budgeted" states one
outcome, 7 million; the 5 million is the plan it is measured against. The quantity reader
takes the English "cost" for a need ("will cost $2M") whatever its tense, and counts the
planned figure as a second amount of the same unit, so that a later "De brug heeft 9 miljoen
gekost" clashed with neither: a cost stated twice, differently, went unread.
"""

from __future__ import annotations

import re

from onrecord.check.quantities.types import Quantity
from onrecord.check.statements.modality import prospective

__all__ = ["estimate_then_outcome", "planned", "realised_cost"]

# a cost verb right before the amount ("cost", "has cost", "ended up costing", "kostte")
_COST_BEFORE = re.compile(
    r"\b(?:cost|has\s+cost|have\s+cost|had\s+cost|ended\s+up\s+costing|costed|kostte|kostten|"
    r"gekost)\s+(?:(?:us|ons|in\s+total|in\s+totaal|all\s+in|only|just|a\s+total\s+of)\s+)*$",
    re.I,
)
# what makes the cost one to come: a modal, a future, an estimate
_NOT_YET = re.compile(
    r"\b(?:will|would|could|can|may|might|should|shall|must|going\s+to|'ll|zal|zou|zullen|"
    r"zouden|kan|kunnen|moet|gaat|expect\w*|estimat\w*|verwacht\w*|gerame?d?|if|als|when|"
    r"zodra)\b",
    re.I,
)
# the figure named as the plan: "the 5 million we budgeted", "de begrote 5 miljoen"
_PLAN_AFTER = re.compile(
    r"^\s*(?:(?:that|which|die|dat)\s+)?(?:we|wij|I|ik|they|zij|the\s+board|het\s+bestuur)\s+"
    r"(?:had\s+|have\s+|hadden\s+)?(?:originally\s+|oorspronkelijk\s+)?(?:planned|budgeted|"
    r"expected|estimated|forecast|reckoned|counted\s+on|begroot|gepland|verwacht|geraamd|"
    r"gerekend)\b",
    re.I,
)
_PLAN_BEFORE = re.compile(
    r"\b(?:planned|budgeted|estimated|expected|projected|forecast|begrote|geraamde|verwachte|"
    r"geplande|begroting\s+van|budget\s+of|raming\s+van)\s+(?:of\s+|van\s+)?$",
    re.I,
)


def realised_cost(text: str, q: Quantity) -> bool:
    """The amount is what something cost, said of the past ("The roof cost 40,000 euros",
    "ended up costing", "kostte"), with no modal, future or estimate before it."""
    before = text[: q.span[0]]
    return _COST_BEFORE.search(before) is not None and _NOT_YET.search(before) is None


def planned(text: str, q: Quantity) -> bool:
    """The amount is named as the plan, budget or estimate an outcome is measured against
    ("more than the 3.5 million we planned", "boven de begrote 2 miljoen")."""
    return bool(_PLAN_AFTER.match(text[q.span[1] :]) or _PLAN_BEFORE.search(text[: q.span[0]]))


# what marks an amount of the future as an estimate: "about", "will cost", "verwacht"
_ESTIMATE = re.compile(
    r"\b(?:about|around|roughly|approximately|some|ongeveer|rond|circa|zo'n|ruim|"
    r"cost|costs|kost|kosten|expect\w*|estimat\w*|forecast\w*|verwacht\w*|raming|geraamd|"
    r"begroot|budget\w*)\b",
    re.I,
)


def estimate_then_outcome(earlier: str, later: str) -> bool:
    """The earlier side estimates an amount to come ("De nieuwe hal gaat ongeveer 2 miljoen
    kosten", "We expect about 40,000 visitors") and the later one reports the outcome ("ended
    up costing 2.6 million"): that the two figures differ is the news, not a contradiction."""
    return prospective(earlier) and not prospective(later) and bool(_ESTIMATE.search(earlier))
