"""A person the clause names by a description the document resolves elsewhere: "De
voormalige penningmeester van tennisvereniging De Berkenhof heeft ... ontkend", "A warehouse
supervisor at Quenby Logistics was unfairly dismissed", "The 41-year-old still rides ...".

Three writers of h9-h13 open a news report this way, with the person named only in the
sentences that follow ("Leendert Verduyn (58) beheerde ...", "Saffron Delahaye had worked
..."), and a profile calls its subject by age after naming them with it ("Whitcombe, 41,"). The
subject rules took the organisation inside the description, or the description itself: the
checker then searches the archive for the organisation, not the person the claim is about.

Two resolutions, each only when the rules found no person:

- cataphora: a description of a person that opens the text before anyone is named is the
  first person named in full in the next few sentences (of the pronoun's gender, when the
  clause has one);
- age: "the 41-year-old", "de 52-jarige" is the person the text gave that age ("Whitcombe, 41,",
  "Ricardo Vinkenborg (52)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onrecord.check.language.claim_lexicon import PERSON_NOUNS, is_title
from onrecord.check.language.claim_names import norm_name
from onrecord.check.subjects.coref import Discourse

__all__ = ["described_person"]

#: occupations the title and person lists lack
_OCCUPATIONS = frozenset(
    {
        "supervisor", "treasurer", "worker", "nurse", "teacher", "officer", "secretary",
        "accountant", "engineer", "inspector", "driver", "verpleegkundige", "docent",
        "medewerkster", "boekhouder", "chauffeur", "kassier", "verkoopster", "verkoper",
    }
)  # fmt: skip
#: "The former treasurer of X", "A warehouse supervisor at X", "De directeur van X": a
#: determiner, up to three modifiers, the head, then (optionally) where the person works
_DESCRIPTION = re.compile(
    r"^(?:the|a|an|de|het|een)\s+(?:[\w-]+\s+){0,3}?(?P<head>[\w-]+)"
    r"(?=\s+(?:of|at|for|from|van|bij|uit)\s|\s+(?:was|is|has|had|heeft|had|is|was|werd)\s)",
    re.I,
)
_AGE = re.compile(r"^(?:the|de|het)\s+(?P<n>\d{2})(?:-year-old|-jarige)\b", re.I)
#: how many sentences ahead the person may be named
_AHEAD = 4
_FEMALE = frozenset({"she", "her", "zij", "ze", "haar"})
_MALE = frozenset({"he", "him", "his", "hij", "hem", "zijn"})


def _is_person_head(word: str) -> bool:
    w = word.lower()
    return w in PERSON_NOUNS or w in _OCCUPATIONS or is_title(w)


def _is_person(disc: Discourse, name: str | None) -> bool:
    if not name:
        return False
    if disc.gender(name) or disc.ctx.known_match(name):
        return True
    return any(m.kind == "person" for m in disc.ctx.mentions(name))


def _maybe_person(disc: Discourse, name: str) -> bool:
    """A name no first-name list knows ("Saffron Delahaye", "Whitcombe"), not an
    organisation's or a place's."""
    if disc.is_org(name) or norm_name(name) in disc.ctx.places:
        return False
    return any(m.kind in ("person", "unknown") for m in disc.ctx.mentions(name))


def _clause_gender(clause: str) -> str | None:
    toks = {t.lower() for t in re.findall(r"\w+", clause)}
    if toks & _FEMALE and not toks & _MALE:
        return "f"
    if toks & _MALE and not toks & (_FEMALE - {"haar", "ze"}):
        return "m"
    return None


def _named_ahead(disc: Discourse, ahead: Sequence[str], gender: str | None) -> str | None:
    """The first person named in full (two words or more) in ``ahead``."""
    for sentence in ahead[:_AHEAD]:
        for m in disc.ctx.mentions(sentence):
            name = " ".join(m.text.split())
            if len(name.split()) < 2 or disc.is_author(name) or not _maybe_person(disc, name):
                continue
            if gender and disc.gender(name) not in (None, gender):
                continue
            return name
    return None


def _aged(disc: Discourse, sentences: Sequence[str], n: str) -> str | None:
    """The person the text gives age ``n``: "Whitcombe, 41,", "Ricardo Vinkenborg (52)"."""
    pattern = re.compile(
        r"((?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)*)\s*(?:,\s*|\()" + n + r"\b"
    )
    for sentence in sentences:
        for m in pattern.finditer(sentence):
            name = m.group(1)
            if _is_person(disc, name) or _maybe_person(disc, name):
                return disc.ctx.known_match(name) or name
    return None


def described_person(
    disc: Discourse, clause: str, subject: str | None, sentences: Sequence[str], index: int
) -> str | None:
    """The person a description at the start of ``clause`` stands for (``sentences``: the
    document's, ``index``: this one's), when the rules' ``subject`` is no person; else None."""
    if subject and (disc.gender(subject) or disc.ctx.known_match(subject)):
        return None  # a person by first name or record; "Quenby Logistics" may look like one
    text = clause.strip()
    age = _AGE.match(text)
    if age:
        return _aged(disc, sentences, age.group("n"))
    m = _DESCRIPTION.match(text)
    if not m or not _is_person_head(m.group("head")):
        return None
    named_before = [p for p in disc.persons if not disc.is_author(p) and p not in text]
    if named_before:
        return None  # the rules' business: a description of someone already named
    return _named_ahead(disc, sentences[index + 1 :], _clause_gender(text[m.end() :]))
