"""A clause that opens with a description: names after it in a prepositional phrase are not
its subject.

The gold convention (``benchmarks/articles/README.md``) never makes a name inside a
prepositional phrase the subject ("in the United Kingdom and Germany", "in de wijk
Zevenhuizen"). The fallback masked such names only when they were of no known kind, so a name
the document had classed as a person or an organisation won whenever the subject itself was a
description: "The evening slowdowns in Leedham and Carrow were caused by ...", "The contract
with Moorside Planning went through a tender", "Het theater onder Stapelkamp ...", "The loan
agreement, which he showed to the Courier, ...". When the clause opens with a determiner and a
common noun, the description is the subject; a name in a phrase hung on it is masked whatever
its kind, and the caller resolves the description instead (its owner, the speaker's
organisation, or the description itself)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from onrecord.check.language.claim_lexicon import PREPOSITIONS, is_verb
from onrecord.check.language.claim_names import Mention, NameContext
from onrecord.check.language.claim_text import words
from onrecord.check.subjects.subject_np import in_pp

if TYPE_CHECKING:
    from onrecord.check.subjects.coref import Discourse

__all__ = [
    "hung_on_opening",
    "masked_in_pp",
    "masked_opening",
    "opening_description",
    "opening_subject",
    "opens_with_description",
    "party_opening",
]

#: a determiner or possessive, then a lower-case word: "The evening slowdowns", "Het theater",
#: "Your own board papers", "Onze coöperatie"
_OPENING = re.compile(
    r"^\W*(?:the|a|an|its|their|his|her|your|our|de|het|een|zijn|haar|hun|uw|onze|ons)\s+"
    r"(?:[a-zà-ÿ][\w'’-]*)",
    re.IGNORECASE,
)


def opens_with_description(clause: str) -> bool:
    """``clause`` starts with a description: a determiner and a lower-case word ("The
    contract with ...", "Het theater onder ..."), not a name ("The Askerby Ferry Company")."""
    m = _OPENING.match(clause)
    if not m:
        return False
    word = m.group(0).split()[-1]
    return word[:1].islower()


#: a relative clause set off by commas inside the opening phrase: its verbs are not the clause's
_RELATIVE = re.compile(r",\s*(?:which|who|whom|die|dat|wat)\b[^,]*,", re.IGNORECASE)


def hung_on_opening(clause: str, start: int) -> bool:
    """The name at ``start`` stands in a phrase hung on the clause's opening description, before
    the clause's own verb ("The contract with Moorside Planning went ...", "The loan agreement,
    which he showed to the Courier, set ..."), not in what the clause goes on to say ("The
    documents show that ... inspectors from Lunesdale District Council check")."""
    if not opens_with_description(clause):
        return False
    before = _RELATIVE.sub(",", clause[:start] + ",")
    return not any(is_verb(w) for w in words(before))


def opening_description(clause: str) -> str | None:
    """The description that opens ``clause``: the determiner and the words up to a
    preposition, a comma or a verb ("Het theater" of "Het theater onder Stapelkamp ...", "The
    loan agreement" of "The loan agreement, which ..."); None when it does not open with one."""
    m = _OPENING.match(clause)
    if not m or not opens_with_description(clause):
        return None
    out: list[str] = []
    for w in clause[m.start() :].split():
        bare = w.strip(",;:.")
        if out and (bare.lower() in PREPOSITIONS or is_verb(bare) or bare[:1].isupper()):
            break
        out.append(bare)
        if w != bare or len(out) == 4:
            break
    return " ".join(out) if len(out) > 1 else None


def masked_opening(ctx: NameContext, clause: str) -> str | None:
    """The opening description of ``clause`` when a name is hung on it in a prepositional
    phrase (the name the fallback no longer takes: "Het theater onder Stapelkamp" -> "Het
    theater"); None otherwise, so that a possessive or a bare description keeps its own rules."""
    opening = opening_description(clause)
    if not opening:
        return None
    for m in ctx.mentions(clause):
        if hung_on_opening(clause, m.start) and in_pp(clause[: m.start]):
            return opening
    return None


def opening_subject(disc: Discourse, clause: str) -> tuple[str | None, str | None]:
    """The opening description a masked name was hung on, and what it resolves to ("Het
    theater" -> "Theater De Kolk"), for a clause whose subject phrase was not found."""
    phrase = masked_opening(disc.ctx, clause)
    return phrase, (disc.resolve(phrase, clause) if phrase else None)


def masked_in_pp(clause: str, masked: str, m: Mention) -> bool:
    """The name ``m`` of ``masked`` (``clause`` as the fallback has masked it so far) stands in
    a prepositional phrase and is no subject: one of no known kind ("in Hengelo"), or any name
    hung on the opening description ("The contract with Moorside Planning")."""
    if not in_pp(masked[: m.start]):
        return False
    return m.kind in ("unknown", "other") or hung_on_opening(clause, m.start)


_THAT = re.compile(r"(?i)\b(?:that|dat)\b")


def party_opening(disc: Discourse, clause: str, phrase: str | None) -> bool:
    """``phrase`` opens ``clause`` as "the"/"de"/"het" and a party's noun ("The parliamentary
    transport committee has asked Morrow ...", "De gemeente heeft de metingen van Windkracht
    Noord nooit laten controleren"): the body that acts is the subject, not a name the
    clause mentions after it. Not a description with "of"/"van" (its owner decides: "de raad
    van commissarissen") nor one set off by a comma, nor a clause that reports what the body
    found or weighed ("De rechtbank hield er rekening mee dat Udink ...": about Udink)."""
    if not phrase or "," in phrase or not clause.lstrip().startswith(phrase):
        return False
    if _THAT.search(clause):
        return False
    toks = words(phrase)
    if len(toks) < 2 or toks[0].lower() not in ("the", "de", "het"):
        return False
    return not any(t.lower() in ("of", "van") for t in toks) and disc.is_entity_noun(phrase)
