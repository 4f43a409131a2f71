"""A Dutch "van" after a full name is the person's organisation, not a surname particle:
"Sjoerd Vellinga van Lokaal Haverbroek", "Sander Wijnbergen van Dommelhof". A particle
stands before the surname ("Jan van Lier", "Burgemeester Jan van Zanen"), so once a first name
and a surname are written, "van" and the capitalised words after it are another name."""

from __future__ import annotations

from onrecord.check.language.claim_lexicon import COMMON, PARTICLES, is_title

__all__ = ["affiliation_van"]


def affiliation_van(toks: list[tuple[str, int, int]], i: int, j: int) -> bool:
    """The "van" at token ``j`` ends the name that starts at ``i``: two or more name words
    before it (titles and common words not counted), no particle among them, and a
    capitalised word after it."""
    if j + 1 >= len(toks) or not toks[j + 1][0][:1].isupper():
        return False
    written = [t[0] for t in toks[i:j]]
    if any(w.lower() in PARTICLES for w in written):
        return False
    names = [
        w
        for w in written
        if w[:1].isupper() and not is_title(w.lower().strip(".")) and w.lower() not in COMMON
    ]
    return len(names) >= 2
