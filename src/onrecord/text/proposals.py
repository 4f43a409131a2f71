"""What an assent to a proposal stands behind: the proposal, not the reasons given for it.

"The neighbours on the Zwartewaterdijk have complained three times since October … I propose
that we scrap the night shift on the slipway from 1 March." answered with "Akkoord." agrees to
scrap the night shift; the complaints are the proposer's account, which the one who agrees
neither checked nor repeats. :func:`proposal_targets` narrows the statements an assent answers
to the proposals among them where there are any (a writer's own proposal, suggestion or
recommendation by its verb, in English or Dutch: "Hieronder mijn voorstel voor het persbericht."
only points at one); without a proposal all stay. Only a bare approval
(:func:`approves`: "Akkoord.", "OK", "Go ahead") is narrowed so: "I agree with Tom" and "See
below, I agree." agree with the whole argument.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["approves", "is_proposal", "proposal_targets"]

_FIRST = r"(?:I|we|ik|wij|we)"
_PROPOSAL = re.compile(
    rf"\b{_FIRST}\s+(?:\w+\s+){{0,2}}?(?:propose|suggest|recommend)\b|"
    rf"\b{_FIRST}\s+(?:stel|stellen)\s+(?:[\w'’]+\s+){{0,8}}?voor\b|"
    r"\b(?:stel|stellen)\s+(?:ik|wij|we)\s+(?:[\w'’]+\s+){0,8}?voor\b|"
    r"^\s*(?:let's|let\s+us|laten\s+we)\b",
    re.I,
)
# a bare approval, the answer to a proposal: it accepts what is proposed
_APPROVAL = re.compile(
    r"^\W*(?:akkoord|ok|okay|oké|prima|fine|go\s+ahead|approved|goedgekeurd|agreed|"
    r"let'?s\s+do\s+it|laten\s+we\s+dat\s+doen|doen|yup|yep|yes|ja|sounds\s+good)\b",
    re.IGNORECASE,
)
# "I suggested it last year", "we do not propose": no proposal made here
_NOT_HERE = re.compile(r"\b(?:not|never|niet|nooit|proposed|suggested|stelde|stelden)\b", re.I)


def is_proposal(text: str) -> bool:
    """The sentence makes a proposal of the writer's own."""
    return _PROPOSAL.search(text) is not None and _NOT_HERE.search(text) is None


def proposal_targets(texts: Sequence[str]) -> list[int]:
    """The indices of ``texts`` an assent to them endorses: the proposals where there are any,
    else all."""
    picked = [i for i, t in enumerate(texts) if is_proposal(t)]
    return picked or list(range(len(texts)))


def approves(assent: str) -> bool:
    """The assent is a bare approval ("Akkoord.", "OK, go ahead", "Agreed from my side too"),
    not an agreement with an argument ("I agree with Tom")."""
    return _APPROVAL.match(assent) is not None
