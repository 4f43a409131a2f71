"""A refusal of an ending is a stance for keeping: "Mertens weigerde de conclusie van zijn
rapport af te zwakken", "Fairweather refused to help choose which players would be let go".

:func:`onrecord.check.verdicts.contradiction_reason.reason` counts a verb of refusing on one side only
as a reason for a contradiction, when the other side says yes firmly. Against a refusal of an
ending or a weakening, a firm yes that ends nothing ("De conclusie is duidelijk: het onderzoek
bevestigt de claim", "Drop the touring if you must, but keep the players") says what the
refusal keeps: no contradiction to show. A yes that ends the thing ("It recommends closing the
Haskerdam plant" against "opposed the plan to close the Haskerdam plant") still opposes a
refusal, as does any yes against a refusal of something that is no ending ("turned down the
request for night slots" / "We accept NordLift's proposal"). The same shape as
:func:`onrecord.check.contradictions.opposition._positive_denial` for a negation. English and Dutch.
"""

from __future__ import annotations

import re

from onrecord.check.contradictions.departure import departs
from onrecord.check.contradictions.opposition import ends

__all__ = ["keeps"]

#: weakening what one said or found: no ending verb, but the same giving way
_WEAKEN = re.compile(
    r"\b(?:weaken\w*|water(?:s|ed|ing)?\s+down|soften\w*|tone[sd]?\s+down|toning\s+down|"
    r"afzwak\w*|afgezwakt|af\s+te\s+zwakken|zwak(?:t|ken|te|ten)?\s+(?:[\w'’-]+\s+){0,6}?af\b|verzwak\w*|"
    r"intrekken|ingetrokken|terugnemen|teruggenomen|retract\w*)",
    re.I,
)


#: asking or telling someone else: "weigerde Brennan te vragen de clausule te schrappen" refuses
#: the asking, and says nothing of whether the clause stayed
_ASK = re.compile(
    r"\b(?:ask\w*|request\w*|tell|told|urge\w*|propos\w*|suggest\w*|vrag\w*|vroeg\w*|"
    r"verzoek\w*|verzocht\w*|vertel\w*|voor\s+te\s+stellen|voorstellen)\b",
    re.I,
)


def keeps(refusal_scope: str, other: str) -> bool:
    """``refusal_scope`` (the words a verb of refusing governs) refuses an ending or a
    weakening, not the asking for one, and ``other`` ends, weakens or moves away nothing."""
    if _ASK.search(refusal_scope) or not (ends(refusal_scope) or _WEAKEN.search(refusal_scope)):
        return False
    return not (ends(other) or departs(other) or _WEAKEN.search(other))
