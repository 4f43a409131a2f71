"""A clause's own subject after a fronted adjunct: when the subject phrase stands after a
fronted phrase ("Met de ondernemingsraad van Noordpijl is op 9 mei een overgangsregeling
afgesproken", "Sindsdien moeten patiënten ..."), a name inside the fronted phrase is not what
the clause is about; only when the clause has no subject of its own ("Op die brief is nooit
gereageerd") may the fronted phrase give one."""

from __future__ import annotations

import re

from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.nl_inverted import plural_noun

__all__ = ["bare_plural_subject", "behind_front"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def behind_front(clause: str, phrase: str | None, ctx: NameContext) -> str:
    """``clause`` with what stands before its subject ``phrase`` blanked, when the phrase is
    not at its start and a name stands before it (in the fronted adjunct); else ``clause``
    unchanged. Blanked, not cut, so that positions stay those of the clause."""
    if not phrase:
        return clause
    at = clause.find(phrase)
    if at <= 0 or not _WORD.search(clause[:at]) or not ctx.mentions(clause[:at]):
        return clause
    return " " * at + clause[at:]


def bare_plural_subject(phrase: str | None) -> str | None:
    """``phrase`` when it is one lower-case word, a bare plural the subject finder found after
    a Dutch verb ("patiënten", "omwonenden"): it is its own subject, as a description is."""
    if not phrase or " " in phrase.strip():
        return None
    return phrase if plural_noun(phrase) else None
