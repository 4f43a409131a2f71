"""A second predicate that leans on the first is no claim of its own.

"X and Y" of one subject is split into two claims ("Vale resigned in May and joined Halstead"),
but some second predicates only say something about the first one's object or act:

* a bare passive, what was done to the first one's object: "she had asked twice to see the
  contract and had been refused", "advised that the compressor was at the end of its life and
  should be replaced within weeks", "vroeg om inzage en werd afgewezen";
* an object pronoun that stands for the first one's object: "it had cleared the fire exits and
  had them inspected in March 2024", "had asked for the logs and had still not received them";
* "instead" / "in plaats daarvan": "decided to keep the ferry sailing and ordered a brace
  instead".

Split off, such a part reads "Marwick had been refused." or "Quenby had them inspected.": a
fragment that no record can decide. It stays with the first predicate as one claim.
"""

from __future__ import annotations

import re

__all__ = ["leans_back"]

#: a passive with at most a short adjunct after it, no object of its own
_BARE_PASSIVE = re.compile(
    r"(?i)^(?:(?:had|has|have|should|would|must|could|will|was|were)\s+)?(?:not\s+|never\s+)?"
    r"(?:been|be|was|were|is|are)\s+(?:not\s+|never\s+|then\s+|also\s+)?[a-z]+(?:ed|en|wn|t)\b"
    r"(?:\s+(?:within|after|in|on|by|again|later|immediately)\b[^,;:]{0,25})?\s*[.!]?$"
    r"|^(?:(?:is|zijn|was|waren)\s+)?(?:werd|werden|is|zijn|was|waren)\s+(?:niet\s+|nooit\s+|"
    r"toen\s+|ook\s+)?(?:ge|be|ver|ont|af|aan|op|toe)[a-zë]+(?:d|t|en)\s*(?:geworden\s*)?[.!]?$"
)
#: the first one's object as a pronoun: "had them inspected", "had still not received them",
#: "stuurde ze door", "heeft die nooit ontvangen"
_OBJECT_PRONOUN = re.compile(
    r"(?i)^(?:\w+\s+){0,3}?(?!(?:against|for|with|about|on|to|of|from|in)\s)\w+\s+"
    r"(?:them|those|it)(?:\s+[a-z]+(?:ed|en))?(?:\s+(?:in|on|within|after|before|again|"
    r"later|since|yet)\b[^,;:]{0,25})?\s*[.!]?$"
    r"|^(?:heeft|had|hebben|hadden)\s+(?:ze|die|deze)\s+(?:\w+\s+){0,4}?\w+(?:d|t|en)\s*[.!]?$"
)
#: "instead" closes the English clause ("instead of X" names its own alternative); the Dutch
#: "in plaats daarvan" stands anywhere in it
_INSTEAD = re.compile(
    r"(?i)\binstead\s*[.!]?$|\bin\s+plaats\s+daarvan\b|\bdaarvoor\s+in\s+de\s+plaats\b"
)


def leans_back(tail: str) -> bool:
    """``tail`` (a second predicate without a subject of its own, as written after "and" /
    "en") only completes the first predicate."""
    s = " ".join(tail.split())
    return bool(_BARE_PASSIVE.match(s) or _OBJECT_PRONOUN.match(s) or _INSTEAD.search(s))
