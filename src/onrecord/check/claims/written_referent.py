""" "That email" after a sentence that says who wrote it: the writer's email of that date.

"Owen Hartley ... wrote to Pryce on 8 March 2024 that the contact "needs to stop today". ...
Pryce did not reply to that email.": no earlier noun phrase is headed by "email" (the email is
in the verb), so :mod:`onrecord.check.claims.np_referent` leaves "that email", and the claim,
judged alone, could be about any email. A demonstrative before a noun for something written
("that email", "die mail", "dat bericht", "that letter") becomes the writer's one, with its
date where the sentence gives one: "Owen Hartley's email of 8 March 2024", "de mail van Fenna
Strickland van 2 augustus". The writer must be named (a name of capitalised words right before
"wrote"/"emailed"/"schreef"/"mailde", an apposition between commas allowed, or in Dutch right
after it: "Daarin schreef Lubbers"); a pronoun writer ("I wrote to her", "hij schreef") is
left alone. A claim that opens with the thing ("That letter ...", "Op die brief ...") is left
to :mod:`onrecord.check.claims.np_owner`, which also makes the writer its subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onrecord.check.claims.np_owner import WRITING_VERBS, WRITTEN_NOUNS, owned_phrase
from onrecord.text.wordsets import wordset

__all__ = ["written_referent"]

_DEMONSTRATIVE = re.compile(
    r"(?i)(?<![\w'’-])(?P<det>that|this|die|deze|dat|dit)\s+(?P<noun>[a-z-]+)(?![\w'’-])"
)
_DUTCH = frozenset({"die", "deze", "dat", "dit"})
_NAME = r"(?P<who>[A-Z][\w'’-]+(?:\s+(?:(?:van|de|der|den|el)\s+)*[A-Z][\w'’-]+){0,3})"
_WROTE = re.compile(_NAME + rf"(?:,[^,]{{2,80}},)?\s+(?:{WRITING_VERBS})\b(?P<rest>[^.]*)")
#: Dutch inversion after a fronted phrase: "Daarin schreef Lubbers op 20 oktober ...", "Op 3
#: mei mailde Fenna Strickland ..."
_WROTE_AFTER = re.compile(r"\b(?:schreef|mailde|e-mailde|appte)\s+" + _NAME + r"(?P<rest>[^.]*)")
_DATE = re.compile(
    r"(?i)\b(?:on|op)\s+(?P<date>\d{1,2}\s+[a-z]+(?:\s+\d{4})?)"
    r"|^(?:On|Op)\s+(?P<front>\d{1,2}\s+[A-Za-z]+(?:\s+\d{4})?)"
)
#: capitalised words that open a sentence or name a time, never a writer
_NOT_WRITERS = wordset(
    """on op in the de het een then toen later daarna daarin daarop vervolgens ook january
    february march april may june july august september october november december januari
    februari maart mei juni juli augustus oktober monday tuesday wednesday thursday friday
    saturday sunday"""
)


def _writer(sentence: str) -> tuple[str, str | None] | None:
    """(who wrote, the date) of the first named writer of ``sentence``, else None."""
    for m in [*_WROTE.finditer(sentence), *_WROTE_AFTER.finditer(sentence)]:
        words = m["who"].split()
        while words and words[0].lower() in _NOT_WRITERS:
            words = words[1:]
        if not words or not words[0][:1].isupper():
            continue
        front = _DATE.search(sentence[: m.start()])
        after = _DATE.search(m["rest"])
        date = (after and after["date"]) or (front and (front["front"] or front["date"]))
        return " ".join(words), date or None
    return None


def written_referent(clause: str, before: Sequence[str]) -> str:
    """``clause`` with its first demonstrative before a noun for something written given the
    writer (and date) of the nearest of the two sentences ``before`` that says who wrote;
    ``clause`` itself when there is none. The demonstrative tells the language ("die mail",
    "that mail")."""
    m = next(
        (d for d in _DEMONSTRATIVE.finditer(clause) if d["noun"].lower() in WRITTEN_NOUNS), None
    )
    if m is None or len(clause[: m.start()].split()) < 2:
        return clause  # "Op die brief is nooit gereageerd": the opening is np_owner's
    found = next((w for s in reversed(before[-2:]) if (w := _writer(s))), None)
    if found is None:
        return clause
    who, date = found
    named = owned_phrase(m["det"], m["noun"].lower(), who)
    if date:
        named += f" van {date}" if m["det"].lower() in _DUTCH else f" of {date}"
    return clause[: m.start()] + named + clause[m.end() :]
