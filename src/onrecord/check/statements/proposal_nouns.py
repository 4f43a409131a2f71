"""A proposal announced by a noun: "My suggestion is that we patch the three servers this
month and move the backups to CloudVault's Dublin region.", "Mijn voorstel: we schrappen per
dienstregeling 2021 vijf dorpslijnen", "The plan is to close the plant in June", "Het advies
is om de bottelarij te verplaatsen".

:func:`onrecord.check.statements.modality.prospective` reads a plan from its verb ("I propose", "we will");
a proposal named by a noun in front of it has none, and its clause reads as a report (the judge:
0.89 for "Northbridge verplaatste de back-ups na het datalek alsnog naar de regio Dublin").
:func:`proposed` finds the noun frame at the sentence's start: a possessive or article, a noun
of proposing, then "is that/to/om/dat" or a colon. English and Dutch.
"""

from __future__ import annotations

import re

__all__ = ["proposed"]

_PROPOSAL = re.compile(
    r"^\W*(?:(?:but|and|so|maar|en|dus)\s+)?(?:my|our|the|mijn|ons|onze|het|de)\s+"
    r"(?:[\w-]+\s+)?(?:suggestion|proposal|recommendation|advice|plan|idea|voorstel|suggestie|"
    r"advies|plan|idee)\s*(?:is\s+(?:that|to|om|dat)\b|would\s+be\b|zou\s+zijn\b|:)",
    re.I,
)


def proposed(text: str) -> bool:
    """The sentence puts forward a proposal named by a noun (see the module)."""
    return _PROPOSAL.match(text) is not None
