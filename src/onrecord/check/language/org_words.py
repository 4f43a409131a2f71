"""Words of organisation names: the kind a word names, and whether an acronym is a name's initials.

Coreference uses both to tell that "the insurer" and "Zorgverzekeraar Noord" can be one party,
and that "GRN" is "Groenrecycling Noord" written short.
"""

from __future__ import annotations

from onrecord.check.language.claim_lexicon import ORG_SUFFIXES
from onrecord.check.language.claim_text import words
from onrecord.check.language.org_kinds import ORG_TYPE_NOUNS

__all__ = ["stands_for", "type_words"]


def stands_for(acronym: str, name: str) -> bool:
    """``acronym`` ("GRN", "HSE") is the initials of ``name`` ("Groenrecycling Noord",
    "Health and Safety Executive"): each capitalised word gives its first letter, a long word
    (a Dutch compound) may give more letters of its own, in order."""
    parts = [t.lower() for t in words(name) if t[:1].isupper()]
    acr = acronym.lower()
    if len(parts) > 2 and stands_for(acronym, " ".join(p.title() for p in parts[1:])):
        return True  # "Afvalbedrijf Groenrecycling Noord": a kind before the name
    if len(parts) < 2 or len(acr) < len(parts):
        return False

    def fit(i: int, k: int) -> bool:
        if k == len(parts):
            return i == len(acr)
        if i >= len(acr) or acr[i] != parts[k][0]:
            return False
        pos, j = 1, i + 1
        while True:
            if fit(j, k + 1):
                return True
            if j >= len(acr):
                return False
            pos = parts[k].find(acr[j], pos) + 1
            if not pos:
                return False
            j += 1

    return fit(0, 0)


def type_words(word: str) -> list[str]:
    """The kinds of organisation a word names: itself when it is one ("club", "Zorggroep"),
    and the last part of a Dutch compound ("zorgverzekeraar" -> "verzekeraar")."""
    w = word.lower()
    out = [w] if w in ORG_TYPE_NOUNS or w in ORG_SUFFIXES else []
    for t in ORG_TYPE_NOUNS:
        if w != t and w.endswith(t) and len(w) >= len(t) + 3:
            out += ([w] if w not in out else []) + [t]
    return out
