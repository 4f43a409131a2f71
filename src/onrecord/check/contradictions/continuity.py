"""A statement that says a thing stays as it was ("Voor ons verandert er niets: onze ondergrens
van 4 dollar per pond blijft staan", "Die eiken blijven staan, daar verandert niets aan",
"Nothing changes for our growers") restates the earlier statement it echoes: its negation is
of a change, not of the other side's claim. The judge and the polarity rule read "niets" /
"nothing" as a denial and call the pair contradictory (heldout7: "we commit to paying our
growers at least 4 dollars per pound, whatever the market does" / "Voor ons verandert er niets:
onze ondergrens van 4 dollar ... blijft staan, wat de markt ook doet", its top false pair).
With the clause of continuity left out, a pair with no opposition left is a restatement.
English and Dutch word lists.
"""

from __future__ import annotations

import re

__all__ = ["UNCHANGED", "declared_unchanged", "restated"]

#: Rank factor of a pair whose only opposition is a clause that says nothing changes.
UNCHANGED = 0.1

# the clause that says nothing changes, with what it is said of ("Voor ons", "daar ... aan")
_UNCHANGED = re.compile(
    r"(?:^|(?<=[.:;,]\s))(?:(?:but|and|so|maar|en|dus)\s+)?"
    r"(?:(?:voor|for|bij|at)\s+[^,:;.]{1,40}?\s+)?"
    r"(?:(?:daar\s+|hier\s+)?verander(?:t|en)\s+(?:er\s+)?(?:voor\s+\w+\s+)?(?:helemaal\s+)?niets"
    r"(?:\s+aan)?|(?:daar|hier)\s+verandert\s+niets\s+aan|er\s+verandert\s+niets|"
    r"(?:er\s+)?is\s+niets\s+veranderd|nothing\s+(?:has\s+)?chang(?:es|ed)|"
    r"(?:that|this|it)\s+(?:does\s+not|doesn't|will\s+not|won't)\s+change)"
    r"(?:\s+(?:for|voor)\s+[^,:;.]{1,40}?)?\s*(?:[:;,.]\s*|$)",
    re.I,
)


def declared_unchanged(text: str) -> bool:
    """The statement has a clause that says nothing changes."""
    return _UNCHANGED.search(text) is not None


def restated(a: str, b: str, lang_a: str | None, lang_b: str | None) -> bool:
    """One side says nothing changes, and without that clause the two sides oppose in nothing
    (:func:`onrecord.check.contradictions.opposition.opposition`): the later side restates the earlier."""
    if not (declared_unchanged(a) or declared_unchanged(b)):
        return False
    from onrecord.check.contradictions.opposition import opposition

    ra, rb = (_UNCHANGED.sub(" ", t).strip() for t in (a, b))
    if not ra or not rb:
        return False
    return opposition(ra, rb, lang_a, lang_b, ordered=True) is None
