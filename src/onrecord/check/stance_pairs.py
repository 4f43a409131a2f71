"""A stance for a course of action against the same person's stance against it.

"I propose that we sell the crematorium in Best to Rustpark." and later "I was against selling
our pet crematorium in Best from the very start"; "I am firmly against paying our vets a bonus
based on revenue." and later "Een omzetbonus is de beste manier om onze dierenartsen te
belonen.": the builtin judge reads both as neutral (a proposal states no fact, "against" denies
none), yet the writer took both sides of one choice. :func:`stance_clash` finds the two
stances by their words: for (a proposal or suggestion of one's own, support, "in favour of",
"the best way") and against ("I am against", "ik ben altijd tegen … geweest", "opposed to",
"a bad idea"), each on one side only, in the writer's own voice, and neither turned by a
further negation ("I was never against it" is for). Whether the two are about one action is
the caller's part (shared words, or across languages similarity). Word lists; English and
Dutch.
"""

from __future__ import annotations

import re

__all__ = ["stance_clash", "stance_of"]

_FIRST = r"(?:I|we|ik|wij)"
# for: one's own proposal, support, or a course called the best one
_FOR = re.compile(
    rf"\b{_FIRST}\s+(?:\w+\s+){{0,2}}?(?:propose|proposed|suggest|suggested|recommend|"
    r"recommended|support|supported|favou?r|favou?red|advocate|advocated)\b|"
    rf"\b{_FIRST}\s+(?:am|are|was|were|have\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:in\s+favou?r\s+of|all\s+for)\b|"
    r"\b(?:my|our|mijn|ons)\s+(?:proposal|suggestion|voorstel)\b|"
    rf"\b{_FIRST}\s+(?:stel|stellen|stelde|stelden)\s+(?:[\w'’]+\s+){{0,8}}?voor\b|"
    rf"\b(?:stel|stellen)\s+(?:ik|wij|we)\s+(?:[\w'’]+\s+){{0,8}}?voor\b|"
    rf"\b{_FIRST}\s+(?:\w+\s+){{0,2}}?(?:steun|steunen|steunde|steunden)\b|"
    r"\bvoorstander\b|"
    r"\b(?:is|are|was|were|blijft|zijn|waren)\s+(?:by\s+far\s+|veruit\s+|echt\s+)?"
    r"(?:the|de|het)\s+(?:best|beste|right|juiste)\s+(?:way|manier|option|optie|choice|keuze|"
    r"solution|oplossing)\b|"
    r"\b(?:is|are|was|were|blijft)\s+(?:\w+\s+)?(?:a\s+good\s+idea|een\s+goed\s+idee)\b",
    re.I,
)
# against: the writer's own opposition ("tegen" not of a person: "tegen hem")
_AGAINST = re.compile(
    rf"\b{_FIRST}\s+(?:[\w'’]+\s+){{0,3}}?(?:against|opposed\s+to|oppose|opposed)\b|"
    rf"\b{_FIRST}\s+(?:[\w'’]+\s+){{0,3}}?tegen\b(?!\s+(?:mij|me|hem|haar|ons|hen|jou|u|de\s+tijd)\b)|"
    rf"\b(?:ben|was|zijn|waren)\s+(?:ik|wij|we)\s+(?:[\w'’]+\s+){{0,3}}?tegen\b|"
    r"\btegenstander\b|"
    r"\b(?:is|are|was|were|blijft)\s+(?:\w+\s+)?(?:a\s+bad\s+idea|een\s+slecht\s+idee|"
    r"a\s+mistake|een\s+vergissing)\b",
    re.I,
)
# a negation besides the stance word turns it ("I was never against it", "ik stel niet voor")
_TURNED = re.compile(r"\b(?:not|never|no|n't|niet|nooit|geen|hardly|nauwelijks)\b|n't\b", re.I)
_FOR_WORD, _AGAINST_WORD = "for", "against"


def stance_of(text: str) -> str | None:
    """``"for"`` or ``"against"`` when the statement takes one side of a choice in the writer's
    own voice and no other negation turns it; None otherwise (both, neither, turned)."""
    pro, con = _FOR.search(text) is not None, _AGAINST.search(text) is not None
    if pro == con or _TURNED.search(text):
        return None
    return _FOR_WORD if pro else _AGAINST_WORD


def stance_clash(a: str, b: str) -> bool:
    """One side is for a course of action and the other against one (see the module)."""
    sa, sb = stance_of(a), stance_of(b)
    return sa is not None and sb is not None and sa != sb
