"""The organisation the person interviewed in a transcript speaks for, from the title.

A broadcast or podcast transcript introduces its guest in the title, not in the text:
"Saltreach Hospice chief on the bed closures", "Cellwright's founder on the Tarnfield fire",
"Directeur van Woonstede over de sloop". In the turns the guest then says "we" and "our" for that
organisation ("We lost nine nurses ..."), and the text itself never states whose the guest is
("Tamsin Rourke, you founded Cellwright in 2018"). Without the title's binding "we" became the
last organisation mentioned (an insurer, a sponsor, "NHS"). The binding is weak: one the text
states wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from onrecord.check.language.claim_lexicon import FEMALE_FIRST, MALE_FIRST
from onrecord.check.language.claim_names import NameContext, norm_name

__all__ = ["bind_guests", "title_org"]

#: what a title calls the guest after the organisation's name
_ROLE = (
    r"(?:chief|chief executive|boss|head|founder|co-founder|director|chair|chairman|chairwoman"
    r"|ceo|owner|manager|spokesperson|spokesman|spokeswoman|president|leader|secretary"
    r"|directeur|voorzitter|oprichter|topman|topvrouw|baas|eigenaar|woordvoerder|bestuurder)"
)
_AFTER_NAME = re.compile(rf"^(?:['’]s)?\s+{_ROLE}\b", re.I)
_BEFORE_NAME = re.compile(rf"\b{_ROLE}\s+(?:of|van|at|bij)\s+(?:the\s+|de\s+|het\s+)?$", re.I)


def title_org(title: str, ctx: NameContext) -> str | None:
    """The organisation ``title`` names as the guest's: "<Org>('s) chief/founder ...",
    "directeur van <Org>"; None when it names none (or a person)."""
    title = " ".join(title.split())
    for m in ctx.mentions(title):
        first = norm_name(m.text).split()[0]
        if ctx.known_match(m.text) or first in FEMALE_FIRST or first in MALE_FIRST:
            continue  # "Rosalind Hebden on ...": a person; "Saltreach Hospice chief": no first name
        if _AFTER_NAME.match(title[m.end :]) or _BEFORE_NAME.search(title[: m.start]):
            return " ".join(m.text.split())
    return None


def bind_guests(
    affil: dict[str, str], labels: list[str], org: str | None, is_author: Callable[[str], bool]
) -> None:
    """Bind each labelled speaker of the transcript (``labels``, the author aside) to ``org``
    in ``affil`` (norm name -> organisation) unless the text bound them already."""
    if not org:
        return
    for label in labels:
        if not label or is_author(label):
            continue
        key = norm_name(label)
        if key and not any(key.split()[-1] == k.split()[-1] for k in affil if k):
            affil[key] = org
