"""A claim that someone said, wrote or promised two things ("that A and that B") is two claims,
each with the frame.

"In February 2019 Zandstra told the board that all servers were patched monthly and that the
backups were kept in the United States"; "Zij stelt dat de buffer al in maart draaide, maar dat
de netbeheerder de aansluiting pas in september opleverde"; "In maart 2018 beloofde Dijkstra dat er geen dorpslijn
zou verdwijnen en dat alle bussen in 2025 uitstootvrij zouden zijn". Cut at "and"/"en" as two
clauses, the second half loses its frame and its time ("The backups were kept in the United
States." is checked as a fact of any year, by anyone's words), and a Dutch half is left in
subordinate order. :func:`complement_parts` gives each complement with the frame before the
first one: "In February 2019 Zandstra told the board that the backups were kept in the United
States". The frame is the words up to the first "that"/"dat" with a verb before it ("In that
year" is no frame); the second complement must be a clause with a subject and a verb of its own
that does not open with its verb ("and that is why" is no second complement).
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import is_verb
from onrecord.check.language.claim_names import TOKEN_RE

__all__ = ["complement_parts"]

_THAT = re.compile(r"\b(?:that|dat)\s+", re.I)
_AND_THAT = re.compile(r",?\s+(?:and|en|but|maar)\s+(?=(?:that|dat)\s)", re.I)


def _clause(body: str, lang: str | None) -> bool:
    """``body`` (after "that") is a clause: it opens with a subject, not a verb ("that is why",
    "dat is"), and has a verb of its own."""
    words = [w.group() for w in TOKEN_RE.finditer(body)]
    if len(words) < 2 or is_verb(words[0], lang) or words[0].lower() in ("is", "was", "'s"):
        return False
    return any(is_verb(w, lang) for w in words[1:])


def _frame_end(text: str, lang: str | None) -> int | None:
    """Where the first complement starts: after the first "that"/"dat" with a verb before it."""
    for m in _THAT.finditer(text):
        head = text[: m.start()]
        if any(is_verb(w.group(), lang) for w in TOKEN_RE.finditer(head)):
            return m.end()
    return None


def complement_parts(text: str, lang: str | None) -> list[str]:
    """The claim once per "that"-clause it reports, each with the frame; ``[text]`` where it
    reports one (see the module)."""
    start = _frame_end(text, lang)
    if start is None:
        return [text]
    joins = list(_AND_THAT.finditer(text, start))
    if len(joins) != 1:
        return [text]
    j = joins[0]
    first, second = text[start : j.start()].strip(), text[j.end() :].strip()
    body = _THAT.sub("", second, count=1)
    if not first or not _clause(body, lang):
        return [text]
    frame = text[:start]
    return [f"{frame}{first.rstrip(',;')}.", f"{frame}{body}"]
