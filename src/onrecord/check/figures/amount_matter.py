"""Two amounts of money are one figure when both sides name the same measure of the same year.

"Our revenue in 2021 was 14.2 million euros" and "In 2021 Kempenvet had a revenue of 19 million
euros" share one content word besides the amounts ("revenue": the company is "our" on one side
and named on the other), so :func:`onrecord.check.contradictions.opposition.same_object` (two shared words)
reads them as two things. A measure noun (revenue, profit, budget, price, debt, omzet, winst,
begroting, schuld) names one figure per year, so one of them and the same year named on both
sides make one object: the two amounts are two values of one figure. A year alone is not
enough ("In 2021 we invested 2 million in the barn" / "In 2021 we borrowed 3 million"), nor a
measure without a year (this year's and last year's revenue). Word lists; English and Dutch.
"""

from __future__ import annotations

import re

from onrecord.check.quantities import quantities
from onrecord.check.quantities.types import YEAR

__all__ = ["MEASURES", "one_measure"]

#: Nouns of a figure that has one value per year (stems: a word matches a stem it starts with).
MEASURES = (
    "revenue", "turnover", "sales", "profit", "loss", "deficit", "surplus", "budget", "debt",
    "payroll", "ebitda", "omzet", "winst", "verlies", "tekort", "overschot", "begroting",
    "schuld", "loonsom",
)  # fmt: skip
_WORD = re.compile(r"\w+")


def _measures(text: str) -> set[str]:
    return {m for w in _WORD.findall(text.casefold()) for m in MEASURES if w.startswith(m)}


def _years(text: str, lang: str | None) -> set[tuple[float, float]]:
    return {(q.lo, q.hi) for q in quantities(text, lang) if q.kind == YEAR and not q.mention}


def one_measure(a: str, b: str, lang_a: str | None, lang_b: str | None) -> bool:
    """Both sides name one measure noun of :data:`MEASURES` and one year in common: their
    amounts are values of one figure."""
    return bool(_measures(a) & _measures(b)) and bool(_years(a, lang_a) & _years(b, lang_b))
