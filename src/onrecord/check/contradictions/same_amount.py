"""Two statements that state the same amounts, each in a clause of its own without a negation:
the later one restates the earlier one's figure, whatever is denied beside it.

"Het seizoensabonnement blijft 399 euro, zodat onze vaste skiërs niet de rekening betalen." /
"Een seizoensabonnement kost nog altijd 399 euro."; "... the roof can carry 1,600 panels, not
the 2,000 we planned." / "The last of the 1,600 panels went onto the roof on Friday": the
polarity rule sees a negation on one side only ("niet de rekening", "can't get panels", "not
the 2,000"), but the figures agree and the clause that holds them is not negated. A denied
figure ("not the 2,000") is no figure stated. "We did not borrow 8 million euros" against "We
borrowed 8 million euros" stays opposed: there the figure's clause is negated. Nor does a change each way of one figure
restate it ("met tien procent verhoogd" / "met tien procent verlaagd").
"""

from __future__ import annotations

import re

from onrecord.check.figures.direction import direction
from onrecord.check.quantities import quantities

__all__ = ["SAME_AMOUNT", "amount_restated"]

#: Rank factor of a pair whose sides state the same figures in clauses without a negation.
SAME_AMOUNT = 0.1

_NEGATION = re.compile(
    r"\b(?:not|never|no|nothing|nobody|niet|nooit|geen|niets|niemand)\b|n't\b", re.I
)
# the clauses of a statement: punctuation, coordination, a clause of purpose or reason
_CLAUSE = re.compile(r"[,;:()]|\s(?:and|but|so\s+that|because|en|maar|zodat|omdat|want)\s", re.I)
# a figure denied right before it: "not the 2,000", "niet de 2.000", "no 300"
_DENIED_BEFORE = re.compile(r"\b(?:not|niet|geen|no)\s+(?:(?:the|de|het|een|a)\s+)?$", re.I)


def _clause_of(text: str, at: int) -> str:
    starts = [0] + [m.end() for m in _CLAUSE.finditer(text) if m.end() <= at]
    ends = [m.start() for m in _CLAUSE.finditer(text) if m.start() >= at] + [len(text)]
    return text[max(starts) : min(ends)]


def _figures(text: str, lang: str | None) -> set[tuple[str, float]] | None:
    """The figures stated (no years or dates, no denied figure), or None where a figure stands
    in a negated clause."""
    out = set()
    for q in quantities(text, lang):
        if q.kind in ("year", "date"):
            continue
        if _DENIED_BEFORE.search(text[: q.span[0]]):
            continue
        if q.negated or _NEGATION.search(_clause_of(text, q.span[0])):
            return None
        out.add((q.kind, round(q.lo, 3)))
    return out


def amount_restated(a: str, b: str, lang_a: str | None, lang_b: str | None) -> bool:
    """Both sides state figures, the same ones, none of them in a negated clause, and no change
    each way ("met tien procent verhoogd" / "met tien procent verlaagd") or pair of opposite
    words sets them apart."""
    from onrecord.check.contradictions.opposition import alternatives, antonyms

    da, db = direction(a), direction(b)
    if (da is not None and db is not None and da != db) or antonyms(a, b) or alternatives(a, b):
        return False
    fa, fb = _figures(a, lang_a), _figures(b, lang_b)
    return bool(fa) and fa == fb
