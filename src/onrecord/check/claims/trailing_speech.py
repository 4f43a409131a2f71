"""A speech frame in a clause after the main one: "..., noting that S", "X, ..., who said S".

"The judge described that account as "difficult to accept", noting that Pettigrew had been
copied into two of the three emails" and "That plan was challenged by Malcolm Trevitt, the
cabinet member for finance, who said the council had already earmarked the depot sale": the
check-worthy part is S, asserted by the person of the main clause (the participle's subject) or
by the person the relative clause hangs on;
the participle's subject may be a role ("The judge described ...") (the h11 and h13 writers' gold). The frames at the
start or the end of a sentence miss both, and the whole sentence went out under no claimant.
Only a named person speaks here: "the report, which said S" is left to the other frames.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import is_title
from onrecord.check.language.claim_names import Mention, NameContext
from onrecord.check.language.claim_text import end_sentence, upper_first, words

__all__ = ["trailing_speech"]

_PARTICIPLE = re.compile(
    r"^(?P<head>.+?),\s+(?:noting|adding|saying|arguing|insisting|stressing|pointing\s+out)"
    r"\s+that\s+(?P<rest>\S.+)$"
)
_ROLE = re.compile(r"^(?:The|the)\s+(?P<title>[a-z][\w-]+)(?=\s)")
_RELATIVE = re.compile(
    r"^(?P<head>.+?),\s+who\s+(?:also\s+)?(?:said|says|argued|argues|claimed|claims|insisted|"
    r"insists|added|noted|warned|stressed)\s+(?:that\s+)?(?P<rest>\S.+)$"
)


def _is_person(m: Mention) -> bool:
    """A person, or an unknown name of two words or more ("Costs" opening a clause is none)."""
    return m.kind == "person" or (m.kind == "unknown" and len(m.text.split()) >= 2)


def _persons(text: str, ctx: NameContext) -> list[str]:
    return [m.text for m in ctx.mentions(text) if _is_person(m)]


def trailing_speech(s: str, ctx: NameContext) -> tuple[str, str] | None:
    """(the speaker's name, S) for a trailing participle or relative speech frame, else None."""
    m = _PARTICIPLE.match(s)
    if m:
        # the participle's subject opens the main clause: "Rosamund Aitchison described ..."
        head = m["head"]
        first = ctx.mentions(head)
        if first and first[0].start == 0 and _is_person(first[0]):
            who = first[0].text
        else:  # "The judge described ...": a role opens it, to be named by the caller
            role = _ROLE.match(head)
            who = role[0] if role and is_title(role["title"]) else ""
        if who and len(words(m["rest"])) >= 4:
            return who, upper_first(end_sentence(m["rest"]))
        return None
    m = _RELATIVE.match(s)
    if m:
        # the relative clause hangs on the last person before it, an apposition between
        parts = m["head"].rsplit(",", 2)
        tail = ",".join(parts[-2:]) if len(parts) > 1 else parts[0]
        names = _persons(tail, ctx)
        if names and len(words(m["rest"])) >= 4:
            return names[-1], upper_first(end_sentence(m["rest"]))
    return None
