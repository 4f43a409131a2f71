"""Two statements that deny one thing: "We will never put additives in our snow at De Kruin."
/ "Nothing but water and cold air has ever gone into our snow: no chemicals, no additives, no
bacteria."

The polarity rule of :mod:`onrecord.check.contradictions.opposition` counts the negation of each side's main
clause; "nothing but water" is an exclusive (only water), not a negation, and the list after
the colon that repeats the denial is left out as a consequence. So one side reads as negated
and the other not, and the pair as opposed, though both sides deny the same thing. Here: what
one side denies (the first content word after its negation) is denied on the other side too,
anywhere in it ("no additives"). One language: words are compared by their first five letters.
English and Dutch.
"""

from __future__ import annotations

import re

__all__ = ["denied_alike"]

_NEGATION = re.compile(
    r"\b(?:not|never|no|nothing|nobody|none|niet|nooit|geen|niets|niemand)\b|n't\b", re.I
)
# words between a negation and what it denies
_SKIP = {
    "be", "been", "have", "has", "had", "ever", "any", "yet", "even", "again", "a", "an", "the",
    "to", "do", "did", "does", "will", "would", "we", "i", "it", "put", "use", "add", "more",
    "meer", "ooit", "nog", "een", "de", "het", "te", "ik", "wij", "zijn", "hebben", "worden",
    "in", "our", "onze", "ons", "of", "van", "enige", "enkele", "single",
}  # fmt: skip
_WORD = re.compile(r"[\w'’]+")
STEM = 5


def _denied(text: str) -> set[str]:
    """The first content word after each negation, cut to :data:`STEM` letters."""
    out = set()
    for m in _NEGATION.finditer(text):
        for w in _WORD.findall(re.split(r"[,:;.]", text[m.end() :], maxsplit=1)[0].casefold()):
            if w not in _SKIP and not w.isdigit() and len(w) >= 4:
                out.add(w[:STEM])
                break
    return out


def denied_alike(a: str, b: str) -> bool:
    """Both sides deny one thing (see the module): a word denied on one side is denied on the
    other."""
    return bool(_denied(a) & _denied(b))
