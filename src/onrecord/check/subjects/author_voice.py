"""Whether the author writes as "I": then "hij"/"she" in the text is never the author.

An op-ed or letter names its author in the byline and says "ik"/"I" for her throughout ("Ik heb
die cijfers op 14 januari naar bestuurder Casper Vlieghuis gestuurd. Hij heeft nooit
gereageerd."). A third-person pronoun there is someone else, though the author was the subject
of the sentence before. A pleading written in the third person ("The Claimant ... her
dismissal") is by its author too, and there "her" is the author: so the rule needs the "I".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["speaks_as_i"]

_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|(?<!\w)'[^']*'(?!\w)")
_I = re.compile(r"\b(?:I|[Ii]k|[Mm]ijn|[Mm]ij)\b|\b(?:me|my)\b")


def speaks_as_i(sentences: Sequence[str]) -> bool:
    """The sentences use the first person singular outside quotation marks."""
    return any(_I.search(_QUOTED.sub(" ", s)) for s in sentences)
