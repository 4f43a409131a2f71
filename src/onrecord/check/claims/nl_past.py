"""Dutch past tenses the shared word lists miss: a perfect with "heb"/"hebt" and a strong past.

Whether a sentence reports or announces rests on its tense ("Die cijfers heb ik op 9 december
gestuurd", "Het overleg bestond uit één telefoongesprek, op 14 mei"): with a date and no past
tense found, it read as a plan and the claim was dropped as an announcement. The perfect is
any form of "hebben" with a participle ("ge...d/t", "opgericht", "betaald"); the strong pasts
are listed (their forms are irregular).
"""

from __future__ import annotations

import re

__all__ = ["nl_past"]

_HAVE = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden"})
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
    return any(t in _HAVE for t in low) and any(_PARTICIPLE.match(t) for t in low)
