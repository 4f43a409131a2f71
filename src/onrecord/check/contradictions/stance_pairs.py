"""A stance for a course of action against the same person's stance against it.

"I propose that we sell the crematorium in Best to Rustpark." and later "I was against selling
our pet crematorium in Best from the very start"; "I am firmly against paying our vets a bonus
based on revenue." and later "Een omzetbonus is de beste manier om onze dierenartsen te
belonen.": the builtin judge reads both as neutral (a proposal states no fact, "against" denies
none), yet the writer took both sides of one choice. :func:`stance_clash` finds the two
stances by their words: for (a proposal or suggestion of one's own, support, "in favour of",
"the best way", "the only realistic way") and against ("I am against", "ik ben altijd tegen …
geweest", "opposed to", "a bad idea", "a dead end"), each on one side only, in the writer's own voice, and neither turned by a
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
    r"\b(?:is|are|was|were|blijft)\s+(?:\w+\s+)?(?:a\s+good\s+idea|een\s+goed\s+idee)\b|"
    # the only way: "Hydrogen is the only realistic way to …", "de enige haalbare weg"
    r"\b(?:is|are|was|were|blijft|zijn|waren)\s+(?:by\s+far\s+|veruit\s+)?(?:the|de|het)\s+"
    r"(?:only|enige)\s+(?:\w+\s+)?(?:way|manier|weg|route|option|optie|solution|oplossing|"
    r"future|toekomst)\b|"
    # a belief that something is needed: "I have always believed that a roaster needs its own
    # cafés", "ik heb altijd geloofd dat een brander eigen cafés nodig heeft"
    rf"\b{_FIRST}\s+(?:[\w'’]+\s+){{0,2}}?(?:believe|believed|geloof|geloofd|geloofde)\s+"
    r"(?:that\s+|dat\s+)[^,.;:]{0,50}?\b(?:needs?|needed|nodig)\b|"
    rf"\b{_FIRST}\s+(?:[\w'’]+\s+){{0,2}}?(?:believe|believed|geloof|geloofde)\s+in\b",
    re.I,
)
# against: the writer's own opposition ("tegen" not of a person: "tegen hem")
_AGAINST = re.compile(
    rf"\b{_FIRST}\s+(?:[\w'’]+\s+){{0,3}}?(?:against|opposed\s+to|oppose|opposed)\b|"
    rf"\b{_FIRST}\s+(?:[\w'’]+\s+){{0,3}}?tegen\b(?!\s+(?:mij|me|hem|haar|ons|hen|jou|u|de\s+tijd)\b)|"
    rf"\b(?:ben|was|zijn|waren)\s+(?:ik|wij|we)\s+(?:[\w'’]+\s+){{0,3}}?tegen\b|"
    r"\btegenstander\b|"
    r"\b(?:is|are|was|were|blijft)\s+(?:\w+\s+)?(?:a\s+bad\s+idea|een\s+slecht\s+idee|"
    r"a\s+mistake|een\s+vergissing)\b|"
    # a course judged hopeless: "Hydrogen is a dead end for inland shipping", "een doodlopende weg"
    r"\b(?:is|are|was|were|blijft|zijn|waren)\s+(?:\w+\s+)?(?:a\s+dead\s+end|een\s+"
    r"doodlopende\s+(?:weg|straat)|een\s+dood\s+spoor|a\s+blind\s+alley|a\s+dead\s+loss)\b|"
    # a course judged a mistake: "running our own cafés would be a mistake", "dat zou een
    # vergissing zijn"
    r"\b(?:would|will)\s+be\s+(?:a\s+(?:big\s+|huge\s+|serious\s+)?mistake|a\s+bad\s+idea)\b|"
    r"\b(?:zou|zal)\s+(?:[\w'’]+\s+){0,3}?(?:een\s+(?:grote\s+)?(?:vergissing|fout)|"
    r"een\s+slecht\s+idee)\s+(?:zijn|wezen)\b",
    re.I,
)
# a negation besides the stance word turns it ("I was never against it", "ik stel niet voor")
_TURNED = re.compile(r"\b(?:not|never|no|n't|niet|nooit|geen|hardly|nauwelijks)\b|n't\b", re.I)
_FOR_WORD, _AGAINST_WORD = "for", "against"


def stance_of(text: str) -> str | None:
    """``"for"`` or ``"against"`` when the statement takes one side of a choice in the writer's
    own voice and no other negation turns it; None otherwise (both, neither, turned)."""
    # the clause that takes the stance: a negation after a colon or semicolon ("… would be a
    # mistake: we are roasters, not baristas") gives the reason, it does not turn the stance
    stances = set()
    for part in re.split(r"[:;]", text):
        pro, con = _FOR.search(part) is not None, _AGAINST.search(part) is not None
        if pro == con:
            continue
        if _TURNED.search(part):
            return None
        stances.add(_FOR_WORD if pro else _AGAINST_WORD)
    return stances.pop() if len(stances) == 1 else None


def stance_clash(a: str, b: str) -> bool:
    """One side is for a course of action and the other against one (see the module)."""
    sa, sb = stance_of(a), stance_of(b)
    return sa is not None and sb is not None and sa != sb
