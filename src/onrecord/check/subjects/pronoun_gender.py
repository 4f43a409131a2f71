"""A person's gender from the pronouns a text uses for them: once "Zij stapte op" or "she
resigned" was read as Hiske Boersema, a later "Hij" ("Hij heeft de leden ... voorgesteld")
is someone else, though "Hiske" is in no list of first names. Only an unambiguous singular
teaches: English "she"/"he", Dutch "hij", and "zij"/"ze" before a singular verb ("ze dachten"
is plural, "they")."""

from __future__ import annotations

import re

from onrecord.check.language.verb_second import nl_finite_form

__all__ = ["teaches_gender"]

_SINGULAR_EN_NL = frozenset({"she", "he", "hij"})


def teaches_gender(pronoun: str, sentence: str) -> bool:
    """``pronoun`` (lower case, the subject of ``sentence``) is a singular person's."""
    if pronoun in _SINGULAR_EN_NL:
        return True
    if pronoun not in ("zij", "ze"):
        return False
    # the verb right after it ("Ze stapte op") or, inverted, right before it ("Eerder dit
    # jaar stapte ze op")
    after = re.search(rf"(?i)\b{pronoun}\s+(\w+)", sentence)
    before = re.search(rf"(\w+)\s+{pronoun}\b", sentence)
    verbs = [m.group(1) for m in (after, before) if m and nl_finite_form(m.group(1))]
    return bool(verbs) and not any(v.endswith("en") for v in verbs)
