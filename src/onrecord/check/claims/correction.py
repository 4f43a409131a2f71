"""A judgement of what was said, followed by what is true, is the claim of what is true.

"In een eerdere versie stond dat Klaverstede in 2016 werd opgericht. Dat is onjuist: de
coöperatie werd opgericht in 2018.": "Dat is onjuist" alone is commentary on the sentence
before; what follows the colon is the correction, a fact the archive can confirm. The sentence
is judged by that part ("De coöperatie werd opgericht in 2018."); its span stays the whole
sentence. Without a colon ("Dat klopt niet.", "That is untrue.") the sentence is left as it is,
and so is a judgement of a named thing ("Dat getal klopt niet: het is berekend over ..."),
whose "het" needs the thing to be understood.
"""

from __future__ import annotations

import re

__all__ = ["after_judgement"]

_JUDGEMENT = re.compile(
    r"(?i)^(?:maar\s+|but\s+|ook\s+)?(?:dat|dit|het|that|this|it)\s+"
    r"(?:is|was|klopt|klopte|is\s+simply|is\s+ook)\s+"
    r"(?:niet\s+juist|niet\s+waar|niet\s+correct|onjuist|onwaar|incorrect|untrue|not\s+true"
    r"|not\s+correct|wrong|false|niet)\s*:\s*(?P<rest>\S.*)$"
)


def after_judgement(clean: str) -> str:
    """What follows "Dat is onjuist:" / "That is untrue:" in ``clean``, as a sentence; ``clean``
    itself when it is no such judgement."""
    m = _JUDGEMENT.match(clean.strip())
    if m is None or len(m.group("rest").split()) < 3:
        return clean
    rest = m.group("rest")
    return rest[:1].upper() + rest[1:]
