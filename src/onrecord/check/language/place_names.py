"""Names of places built on a place noun: "Quarry End", "Brook Lane", "Lantern Walk",
"Fellgate Library", "Hoofdstraat".

A name of two capitalised words defaults to a person in :class:`NameContext.classify`. All five
writers of h9-h13 name a stand, a street, a block, a library or a walk this way; the subject
rules then took the place for the party a claim is about ("The rest comes from ... the Lantern
Walk") or for the person "the chairman" stands for ("Quarry End"). A name whose last word is a
place noun is a place, unless its first word is a first name ("Emma Park"). "Court" stays with
the organisations: it ends a court of law's name as often as a block's ("Fennick Court").
"""

from __future__ import annotations

from onrecord.check.language.claim_lexicon import FEMALE_FIRST, MALE_FIRST

__all__ = ["is_place_name"]

#: the last word of a place's name, English and Dutch
_PLACE_TAILS = frozenset(
    {
        "end", "lane", "road", "street", "avenue", "square", "walk", "park", "quay",
        "crescent", "terrace", "drive", "library", "estate", "wharf", "green", "common",
        "straat", "weg", "laan", "plein", "gracht", "kade", "dijk", "singel", "hof",
    }
)  # fmt: skip


def is_place_name(toks: list[str]) -> bool:
    """``toks`` (a normalised name's words, two or more) name a place: "fennick court"."""
    if len(toks) < 2 or toks[0] in FEMALE_FIRST or toks[0] in MALE_FIRST:
        return False
    last = toks[-1]
    return last in _PLACE_TAILS or any(
        last.endswith(t) and len(last) > len(t) + 2 for t in ("straat", "laan", "plein", "gracht")
    )
