"""A Dutch demonstrative pronoun as a subject ("Klaverstede verkoopt haar melk aan de Duitse
kaasmakerij Weissenried. Die betaalt ... meer dan Lactavia."): "Die"/"Deze" points to the
party the sentence before named last, not to its subject (that would be "zij", "het"). The
name rules find no subject in "Die betaalt" and fall back to a name inside the clause."""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import is_verb
from onrecord.check.language.claim_text import DETERMINERS, NL_SUBJ_PRONOUNS
from onrecord.check.language.verb_second import nl_finite_form

__all__ = ["demonstrative_np", "demonstrative_subject"]

_NOT_NOUN = DETERMINERS | NL_SUBJ_PRONOUNS | {"er", "niet", "ook", "al", "nog", "wel"}
_DEMONSTRATIVE = re.compile(r"^\s*(?:Die|Deze)\s+(\w+)")


def demonstrative_subject(clause: str, last_persons: list[str], orgs: list[str]) -> str | None:
    """The party "Die"/"Deze" at the start of ``clause`` stands for: the person the sentence
    before named last, else the organisation named last; None when the clause does not open
    with a demonstrative and a finite verb."""
    m = _DEMONSTRATIVE.match(clause)
    if not m or not nl_finite_form(m.group(1)):
        return None
    if last_persons:
        return last_persons[-1]
    return orgs[-1] if orgs else None


#: "Dat rapport is ...", "Die praktijk zag ...", "Voor dat veld is ...": a demonstrative
#: determiner, its noun, the finite verb (the name rules read "Dat" as a pronoun and find none)
_DEMONSTRATIVE_NP = re.compile(
    r"^\s*(?:(?:voor|over|bij|met|van|in|op|aan|uit|door)\s+)?(?:dat|die|deze|dit)\s+"
    r"([a-zà-ÿ][\w-]+)\s+(\w+)",
    re.IGNORECASE,
)
#: a noun phrase of the sentences before whose head is the demonstrative's noun, alone or as
#: the end of a compound: "de avondpraktijk" for "Die praktijk", "een nieuw veld aan de
#: Rietkraag" for "dat veld"
_ANTECEDENT = r"\b(?:de|het|een)\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]*{noun}\b(?:\s+(?:aan|in|op|bij)\s+de\s+[A-Z][\w-]*)?"


def demonstrative_np(clause: str, before: list[str], prev_subject: str | None) -> str | None:
    """What a Dutch demonstrative noun phrase opening ``clause`` refers back to ("Dat rapport",
    "Die praktijk", "Voor dat veld"): the last noun phrase with its noun in the sentences
    ``before`` ("de avondpraktijk"), else the subject of the sentence before ("In 2023 liet
    Woonkring ... onderzoek doen. Dat rapport is nooit gedeeld": Woonkring's). None when the
    clause does not open with one."""
    m = _DEMONSTRATIVE_NP.match(clause)
    if not m or m.group(1).lower() in _NOT_NOUN or is_verb(m.group(1).lower(), "nl"):
        return None
    if not nl_finite_form(m.group(2)):
        return None
    pattern = re.compile(_ANTECEDENT.format(noun=re.escape(m.group(1).lower())))
    for sentence in reversed(before):
        found = list(pattern.finditer(sentence))
        if found:
            return found[-1].group()
    return prev_subject
