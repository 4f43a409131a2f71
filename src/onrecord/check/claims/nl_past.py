"""Dutch past tenses the shared word lists miss: a perfect with "hebben" or "zijn", a strong past.

Whether a sentence reports or announces rests on its tense ("Die cijfers heb ik op 9 december
gestuurd", "Het overleg bestond uit één telefoongesprek, op 14 mei"): with a date and no past
tense found, it read as a plan and the claim was dropped as an announcement. The perfect is
any form of "hebben" with a participle ("ge...d/t", "opgericht", "betaald"); the strong pasts
are listed (their forms are irregular).

The perfect with "zijn" (a passive or a verb of change: "De gemeente is op 7 april over de
plannen geïnformeerd", "Met de ondernemingsraad is op 9 mei een regeling afgesproken", "dat de
energierekening sinds 2022 is verdrievoudigd") reports as much; only its participle must close
the clause, as Dutch puts it, and not be one of planning ("De zitting is op 24 september
gepland": still to come).
"""

from __future__ import annotations

import re

__all__ = ["nl_past"]

_HAVE = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden"})
_BE = frozenset({"is", "zijn", "ben", "bent"})
#: a strong participle: "gesloten", "afgesproken", "toegezegd" is weak and matched above
_STRONG_PART = re.compile(r"^[a-z]{0,5}ge[a-zà-ÿ]{3,}en$")
#: participles of planning: with "is" and a date they still announce
_PLANNED = frozenset(
    ["gepland", "ingepland", "voorzien", "geagendeerd", "verwacht", "aangekondigd", "bedoeld"]
)
#: a participle: "gestuurd", "geïnformeerd", "ingeschakeld", "opgericht"; "betaald", "verhoogd"
_PARTICIPLE = re.compile(r"^(?:[a-z]{0,5}ge[a-zà-ÿ]{3,}|(?:be|ver|ont|her)[a-zà-ÿ]{4,})[dt]$")
_STRONG = frozenset(
    [
        "bestond",
        "bestonden",
        "kreeg",
        "kregen",
        "liep",
        "liepen",
        "lag",
        "lagen",
        "zat",
        "zaten",
        "viel",
        "vielen",
        "hing",
        "hingen",
        "sloeg",
        "sloegen",
        "droeg",
        "droegen",
        "verdween",
        "verdwenen",
        "ontstond",
        "ontstonden",
        "trof",
        "troffen",
        "bood",
        "boden",
        "wees",
        "wezen",
        "loog",
        "logen",
        "sprak",
        "spraken",
        "hief",
        "hieven",
        "verbood",
        "verboden",
        "ontving",
        "ontvingen",
        # strong pasts in -eed, which the English "-ed" test must not take ("gebied", "bied")
        "reed",
        "gleed",
        "streed",
        "sneed",
    ]
)


def nl_past(tokens: list[str]) -> bool:
    """``tokens`` (one sentence's words) hold a Dutch perfect with "hebben" or a strong past."""
    low = [t.lower() for t in tokens]
    if any(t in _STRONG for t in low):
        return True
    if any(t in _HAVE for t in low) and any(_PARTICIPLE.match(t) for t in low):
        return True
    return _be_perfect(low)


def _be_perfect(low: list[str]) -> bool:
    """A form of "zijn" before a participle that ends the sentence: "is ... geïnformeerd"."""
    last = low[-1]
    if (
        len(low) < 3
        or last in _PLANNED
        or not (_PARTICIPLE.match(last) or _STRONG_PART.match(last))
    ):
        return False
    return any(t in _BE for t in low[:-1])
