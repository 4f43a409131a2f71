"""A plan that names an amount, and the later report of that very amount: the plan was kept.

"I will offer 25,000 euros for Het Wad; we can't pay 40,000 again, …" and later "Voor zijn
tweede roman, Het Wad, hebben we 25.000 euro betaald": the judge and the polarity rule see
"can't" on one side only and call the pair opposed, yet the refusal is of another amount and
the amount planned is the amount paid. :func:`plan_kept` finds such a pair: the earlier side is
a plan (:func:`onrecord.check.statements.modality.prospective`), the later a report, and an amount of
money (or a count) of the one equals one of the other, neither in a negated clause ("We will
not pay 25,000 euros" / "we paid 25,000 euros" stays opposed).
"""

from __future__ import annotations

import re

from onrecord.check.quantities import quantities
from onrecord.check.quantities.types import COUNT, MONEY, Quantity
from onrecord.check.statements.modality import prospective

__all__ = ["PLAN_KEPT", "plan_kept"]

#: Rank factor of a pair whose later side reports the amount the earlier side planned.
PLAN_KEPT = 0.2

_CLAUSE = re.compile(r"[^;:]+")


def _firm(text: str, lang: str | None) -> list[tuple[Quantity, str]]:
    """The amounts of ``text`` with the clause (up to a semicolon or colon) each stands in."""
    from onrecord.check.contradictions.opposition import negated

    out = []
    clauses = [(m.start(), m.end(), m.group()) for m in _CLAUSE.finditer(text)]
    for q in quantities(text, lang):
        if q.kind not in (MONEY, COUNT) or q.lo != q.hi or q.negated or q.hedged:
            continue
        clause = next((c for s, e, c in clauses if s <= q.span[0] < e), text)
        if not negated(clause):
            out.append((q, clause))
    return out


def plan_kept(earlier: str, later: str, lang_a: str | None, lang_b: str | None) -> bool:
    """The earlier side plans an amount and the later one reports the same amount."""
    if not prospective(earlier) or prospective(later):
        return False
    theirs = _firm(later, lang_b)
    return any(
        p.kind == q.kind and p.unit == q.unit and p.lo == q.lo
        for p, _ in _firm(earlier, lang_a)
        for q, _ in theirs
    )
