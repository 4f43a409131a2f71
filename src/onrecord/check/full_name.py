"""A claim that names a person by surname alone gets the full name the document gave.

"Ricardo Vinkenborg (52) ... Vinkenborg zei zich die e-mail niet te herinneren": the claim is
checked on its own, against a record that knows the person by full name, and a reader of the
claim alone cannot tell which Vinkenborg it is about; the document said, so the claim says
too. Only a bare surname (one capitalised word) as the clause's subject is rewritten, and only
when the sentences before name exactly one person in full with that surname ("Truus Vonhof"
and "Gerda Vonhof" both named: "Vonhof" stays). A title ("Ms Fenwick", "De wethouder") is no
bare surname and keeps its wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from onrecord.check.claim_names import Mention

__all__ = ["full_name"]

_NAME_WORD = re.compile(r"[A-ZÀ-Ý][\w'’-]+")
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "la", "le", "du", "von"})
_TITLES = "mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|cllr|councillor|mevrouw|meneer|dhr|mevr"
#: the names in a sentence, as written ("Ricardo Vinkenborg"), with their kind
Mentions = Callable[[str], list[Mention]]


def full_name(
    phrase: str | None, before: Sequence[str], mentions: Mentions, clause: str = ""
) -> str | None:
    """The full name the sentences ``before`` gave the person whose bare surname ``phrase``
    is; None when ``phrase`` is no bare surname or the sentences name none, or several, or
    when ``clause`` writes it after a title ("Mr Lamb", "Dr. Okafor": no first name fits)."""
    if not phrase or not _NAME_WORD.fullmatch(phrase):
        return None
    if re.search(rf"(?i)\b(?:{_TITLES})\.?\s+{re.escape(phrase)}\b", clause):
        return None
    found: set[str] = set()
    for sentence in before:
        if phrase not in sentence:
            continue
        for m in mentions(sentence):
            words = m.text.split()
            if (
                m.kind == "person"
                and len(words) >= 2
                and words[-1] == phrase
                and _NAME_WORD.fullmatch(words[0])
                and all(_NAME_WORD.fullmatch(w) or w in _PARTICLES for w in words)
            ):
                found.add(" ".join(words))
    return found.pop() if len(found) == 1 else None
