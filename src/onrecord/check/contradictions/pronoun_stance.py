"""A feeling about "that" is no position on the other side's matter: "I am proud of that, and
Renova pays its share." / "Daar ben ik trots op." says how the writer feels about something in
the sentence before it, so its first clause, not negated, is no affirmation that a negated or
"against" statement on one matter ("I am against selling Vezelwerk to Renova") can oppose by
polarity. Word lists, no model; English and Dutch.
"""

from __future__ import annotations

import re

__all__ = ["pronoun_stance"]

_FEELING = (
    r"(?:proud|happy|glad|pleased|sorry|sad|grateful|thankful|disappointed|trots|blij|"
    r"tevreden|verheugd|gelukkig|dankbaar|teleurgesteld)"
)
_STANCE = re.compile(
    r"^\W*(?:(?:and|but|so|en|maar)\s+)?(?:I|we|ik|wij)\s+(?:am|are|was|were|feel|felt|ben|zijn|"
    r"waren|voel\s+me)\s+(?:\w+\s+)?" + _FEELING + r"\s+(?:of|with|about|for|op|met|over)\s+"
    r"(?:it|this|that|dat|dit|het)\b(?!\s+(?:\w+\s+)?(?:we|they|the|our|de|het|onze|ons)\b)"
    r"|^\W*(?:daar|hier)\s+(?:ben|zijn|was|waren)\s+(?:ik|we|wij)\s+(?:\w+\s+)?" + _FEELING,
    re.I,
)


def pronoun_stance(text: str) -> bool:
    """The statement opens with a feeling about a pronoun ("I am proud of that", "We are
    happy with it", "Daar ben ik blij mee"), not about a matter it names."""
    return _STANCE.search(text.strip()) is not None
