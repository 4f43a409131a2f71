"""A count as the subject: "Het aantal bezoekers steeg van 38.000 naar 71.000", "Het aantal
wijkverpleegkundigen daalde van 61 naar 52", "The number of complaints doubled".

Such a sentence is about the organisation whose visitors, nurses or complaints are counted:
the one the text is about (the last organisation named as a subject, not a public body), not
the count itself, which names no one the record can be searched for.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import FEMALE_FIRST, MALE_FIRST
from onrecord.check.language.claim_names import norm_name
from onrecord.check.language.org_kinds import public_body
from onrecord.check.subjects.coref import Discourse
from onrecord.check.subjects.subject_np import is_description

__all__ = ["count_owner"]

_COUNT = re.compile(
    r"(?i)^(?:het|the|a)\s+(?:totale\s+|total\s+)?(?:aantal|number|totaal|total|share|aandeel)"
    r"(?:\s+(?:of|van|aan))?\s+[\w-]+"
)


def count_owner(disc: Discourse, phrase: str | None) -> str | None:
    """The organisation in focus when ``phrase`` is a count ("het aantal bezoekers"); else
    None. A count of the organisation's own ("its", "haar") is left to the possessive."""
    if not phrase or not _COUNT.match(phrase.strip()):
        return None
    for org in [*reversed(disc.org_subjects), *reversed(disc.orgs)]:
        first = norm_name(org).split()[:1]
        person = not first or first[0] in FEMALE_FIRST or first[0] in MALE_FIRST
        place = norm_name(org) in disc.ctx.places
        described = is_description(org) and not org.split()[-1][:1].isupper()  # not "De Kolk"
        if not described and not public_body(org) and not person and not place:
            return org
    return None
