"""A person's gender from the pronouns a text uses for them: once "Zij stapte op" or "she
resigned" was read as Hiske Boersema, a later "Hij" ("Hij heeft de leden ... voorgesteld")
is someone else, though "Hiske" is in no list of first names. Only an unambiguous singular
teaches: English "she"/"he", Dutch "hij", and "zij"/"ze" before a singular verb ("ze dachten"
is plural, "they").

The same singular "zij" after a sentence about an organisation is the organisation's (a
"de"-word: "De coöperatie telt 1.180 leden. Daarnaast verwerkt zij melk ..."): with the
organisation typed as such, no person is the referent."""

from __future__ import annotations

import re
from typing import Any

from onrecord.check.language.verb_second import nl_finite_form
from onrecord.check.subjects.subject_np import is_description

__all__ = ["org_zij", "person_subject", "teaches_gender"]

_SINGULAR_EN_NL = frozenset({"she", "he", "hij"})


def teaches_gender(pronoun: str, sentence: str) -> bool:
    """``pronoun`` (lower case, the subject of ``sentence``) is a singular person's."""
    if pronoun in _SINGULAR_EN_NL:
        return True
    if pronoun not in ("zij", "ze"):
        return False
    # the verb right after it ("Ze stapte op") or, inverted, right before it ("Eerder dit
    # jaar stapte ze op")
    after = re.search(rf"(?i)\b{pronoun}\s+(\w+)", sentence)
    before = re.search(rf"(\w+)\s+{pronoun}\b", sentence)
    verbs = [m.group(1) for m in (after, before) if m and nl_finite_form(m.group(1))]
    return bool(verbs) and not any(v.endswith("en") for v in verbs)


def org_zij(disc: Any, pronoun: str, sentence: str) -> str | None:
    """The organisation a singular Dutch "zij"/"ze" stands for: the subject of the sentence
    before when that was an organisation and named no person ("De coöperatie telt ...
    Daarnaast verwerkt zij ..."); None otherwise, and for a plural ("ze dachten")."""
    if pronoun not in ("zij", "ze") or not teaches_gender(pronoun, sentence):
        return None
    embedded = rf"(?i)\b(?:dat|of|omdat|toen|als|die|nadat|hoewel)\s+{pronoun}\b"
    if re.search(embedded, f"{disc.sentence or ''} {sentence}"):
        return None  # "Eiseres stelt dat zij ...": the framer's, not the organisation's
    prev = disc.prev_subject
    if not prev or prev not in disc.org_subjects:
        return None
    sentences, index = disc.around
    before = sentences[index - 1] if 0 < index <= len(sentences) else ""
    if any(m.kind == "person" for m in disc.ctx.mentions(before)):
        return None  # "Burgemeester Hendrikje Wassink noemt ... Zij heeft toegezegd": hers
    return None if any(disc._same(prev, p) for p in disc.persons) else prev


def person_subject(disc: Any) -> bool:
    """The subject of the sentence before is a person a "zij"/"hij" may stand for: not an
    organisation whose name holds a person's ("Bakkerij Van Oostveen", "Van Oostveen")."""
    prev = disc.prev_subject
    if not prev or disc.ctx.classify(prev) == "org" or is_description(prev):
        return False  # nor a thing described ("De notitie van de toezichthouder")
    return any(disc._same(prev, p) for p in disc.persons)


def says_i(disc: Any) -> list[str]:
    """The speaker of the sentence being read when it says "I" in it: "I wrote to the chair,
    and she never replied" is no "she" for its speaker (an empty list otherwise)."""
    if disc.speaker and _FIRST_SINGULAR.search(disc.sentence):
        return [disc.speaker]
    return []


def next_clause(disc: Any, subject: str | None, before: str) -> None:
    """Ready ``disc`` for the next clause of a split sentence: the first clause's subject is the
    one before, and the persons ``before`` (that clause, as written) named are the latest
    ("Okonjo wrote to the chair, Imogen Tarrant, in April, and she never replied": Tarrant)."""
    if subject:
        disc.prev_subject = subject
    named = [" ".join(m.text.split()) for m in disc.ctx.mentions(before) if disc._is_person(m)]
    if named:
        disc.persons = [p for p in disc.persons if p not in named] + named
        disc.prev_persons = named


_FIRST_SINGULAR = re.compile(r"(?i)\b(?:i|me|my|ik|mij|mijn)\b")
