"""A part of a split sentence that is no claim by itself.

Splitting "X did A, and we will keep doing so" or "Corbeck says S; we do not accept that
explanation" yields parts, and each part is judged like a sentence of its own: a part that is
the speaker's or writer's view (commentary: "we do not accept that explanation", "Tomasz has
been a fantastic servant to this club") or, after the first part, a plan or intention
(announcement: "and we will keep doing so") is dropped, and the other parts stay claims. The
whole sentence was judged before splitting; its verdict only saw the parts together.

A part whose verdict is an evaluative word after "such a" / "zo'n" ("en ik heb nog nooit zo'n
slecht onderbouwd besluit gezien") is commentary too.

The first person singular in the present ("ik werk al negentien jaar als huisarts") reads as
an attitude only once its other part ("..., en ik heb ... gezien") is cut off: such a part is
left to the verdict on the whole sentence.
"""

from __future__ import annotations

import re

from onrecord.check.claims.checkworthy import is_announcement, is_opinion
from onrecord.check.claims.stance import first_person_attitude
from onrecord.check.language.claim_lexicon import EVALUATIVE

__all__ = ["part_reason"]

#: a verdict carried by an evaluative word after "such a" / "zo'n": "ik heb nog nooit zo'n
#: slecht onderbouwd besluit gezien", "such a shameful episode" (not a bare "zo": "zo goed
#: mogelijk geïnformeerd" is a report)
_INTENSIFIED = re.compile(r"(?i)(?<![\w'])(?:zo'n|zo\s+een|zulk(?:e|\s+een)?|such\s+an?)\s+(\w+)")


def _intensified_verdict(part: str) -> bool:
    return any(m.group(1).lower() in EVALUATIVE for m in _INTENSIFIED.finditer(part))


def part_reason(part: str, first: bool, year: int | None, month: int | None) -> str | None:
    """Why ``part`` (one of several parts of a split sentence, as written; ``first``: no part
    before it was kept) is no claim: "commentary", "announcement", or None. The first part's
    announcement is decided by the caller already (it ends the whole sentence); ``year`` and
    ``month`` are the document's, as for :func:`is_announcement`."""
    if is_opinion(part) and not first_person_attitude(part):
        return "commentary"
    if _intensified_verdict(part):
        return "commentary"
    if not first and is_announcement(part, False, year, month):
        return "announcement"
    return None
