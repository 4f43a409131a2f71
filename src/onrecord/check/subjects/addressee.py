"""Whom a letter is addressed to, for the "u" and "you" of its sentences.

A decision, a notice or an open letter speaks to its addressee in the second person: "U heeft
op 12 maart een zienswijze ingediend", "On 2 October you announced Project Northstar", "Uw
vergunning schrijft voor ...". What the record can check is the addressee's conduct, so the
addressee is the subject. The letter names it in its header ("Aan: Rijnmond Coatings B.V., t.a.v.
de directie", "To: Dr Elena Sorvino, Chief Executive, ...") or its salutation ("Geachte heer
Veldkamp,", "Dear Dr Sorvino,"); a salutation to a group or a role ("Geachte directie", "Dear
fellow shareholders", "Beste lezer") names no one, and then the header alone decides.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import is_title
from onrecord.check.language.claim_names import NameContext

__all__ = ["letter_addressee", "second_person", "second_person_owner"]

_HEADER = re.compile(r"(?im)^\W{0,3}(?:aan|to|t\.a\.v\.|attn\.?)\W{0,3}:\W{0,3}\s*(?P<to>[^\n]+)$")
_SALUTATION = re.compile(r"(?m)^\W{0,3}(?:Dear|Geachte|Beste)\s+(?P<to>[^,\n]{2,60}),?\s*$")
#: courtesy words of a salutation that are no title before a name ("Geachte heer Veldkamp")
_COURTESY = frozenset({"de", "heer", "madam"})
_SECOND = frozenset({"u", "you", "jij", "je"})
_OWNER = re.compile(r"(?i)^(?:uw|your|jouw|je)\s+\w")


def _named(part: str, ctx: NameContext) -> str | None:
    """The person or organisation ``part`` names, without courtesy words and titles."""
    part = " ".join(part.split()).strip(" .*")
    part = re.split(r"(?i),|\bt\.a\.v\.|\battn\b", part)[0].strip(" .*")
    words = part.split()
    while words and (words[0].lower() in _COURTESY or is_title(words[0])):
        words = words[1:]  # "de heer", "Dr", "mevrouw": the titles of the project's lexicon
    bare = " ".join(words)
    if not bare or not bare[:1].isupper():
        return None
    if ctx.classify(bare) == "org":
        return bare
    mentions = [m for m in ctx.mentions(bare) if m.kind in ("person", "unknown", "org")]
    if len(mentions) != 1:
        return None
    name = mentions[0].text
    if is_title(name.split()[0].lower()):
        return None  # "Dear Chair,": a role
    return ctx.known_match(name) or name


def letter_addressee(body: str, ctx: NameContext) -> str | None:
    """The addressee a letter names in its first lines: the header's "Aan:"/"To:" first, else
    a salutation to one named party; None for other documents."""
    head = "\n".join(body.splitlines()[:25])
    m = _HEADER.search(head)
    if m:
        who = _named(m["to"], ctx)
        if who:
            return who
    m = _SALUTATION.search(head)
    if m:
        who = _named(m["to"], ctx)
        if not who:
            return None
        # "Dear Dr Sorvino," with "Dr Elena Sorvino" named in full elsewhere
        full = [n.text for n in ctx.mentions(body) if n.text.endswith(who) and n.text != who]
        return max(full, key=len) if full else who
    return None


#: "U heeft ...", "You announced ...", "On 2 October you announced ...": the second person
#: as the clause's subject (a Dutch "u" after its verb is as often the object: left alone)
_SECOND_SUBJECT = re.compile(
    r"^(?:U|You|Jij|Je)\b|^(?:(?:On|In|At|Since|Last|Yesterday|Today|Then|Earlier|Later)\b"
    r"[^,;:]{0,30}?,?\s+)?you\s+[a-z]+"
)


def second_person(phrase: str | None, clause: str = "") -> bool:
    """The subject is the second person ("U", "you"): the subject phrase, or the clause's
    opening words."""
    return (phrase or "").strip().lower() in _SECOND or bool(_SECOND_SUBJECT.match(clause))


def second_person_owner(phrase: str | None) -> bool:
    """The subject phrase is owned by the second person ("Uw vergunning", "your plan")."""
    return bool(_OWNER.match((phrase or "").strip()))
