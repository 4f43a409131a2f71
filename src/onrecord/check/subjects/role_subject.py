"""Subjects the name rules miss because the clause names its subject by a role or a quantifier.

Two classes that both independent writers of session 15's development documents (h9, h10)
produce, in English and Dutch:

- an unnamed official by role ("De officier van justitie eiste twee jaar cel", "The housing
  ombudsman found against Greyholme", "De kantonrechter van de rechtbank Noord-Kempen heeft ...
  vernietigd"): the role is the subject, not the organisation the name rules fall back to (the
  place in its court's name, the object, the document's topic). A role the document resolved to
  a named person stays that person.
- a negated quantifier over an organisation's people ("Nobody at Greyholme saw them", "Niemand
  van de zorgkring is ... geweest"): a claim about the organisation (the writers' gold both
  times), not about "Nobody".

Also home of :func:`owner_of` (a thing's organisation: "De metingen van de provincie").
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_text import words
from onrecord.check.language.org_kinds import public_body
from onrecord.check.subjects.coref import Discourse
from onrecord.check.subjects.count_subject import count_owner
from onrecord.check.subjects.demonstrative import demonstrative_np, demonstrative_subject
from onrecord.check.subjects.described_person import described_person
from onrecord.check.subjects.possessor import possessor_subject
from onrecord.check.subjects.subject_fallback import last_resort
from onrecord.check.subjects.subject_np import is_description

__all__ = ["owner_of", "role_subject", "speaker_itself"]

#: Officials a report names by role alone; "rechter" also as the head of a compound
#: ("kantonrechter", "politierechter").
_ROLES = frozenset(
    {
        "ombudsman", "ombudsvrouw", "ombudsperson", "officier", "judge", "prosecutor", "coroner",
        "magistrate", "rechter", "aanklager", "rechtbankvoorzitter", "lijkschouwer",
    }
)  # fmt: skip
#: a court as the subject of its decision, with its seat: "De rechtbank in Harderbroek"
_COURT = re.compile(
    r"(?i)^(?:de|het|the)\s+(?:rechtbank|court|tribunal|gerechtshof|hof)"
    r"(?:\s+(?:in\s+|te\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)?"
)
#: a described owner's thing: "The club's 2024 accounts", "the council's own figures"
_POSSESSOR = re.compile(r"(?i)^((?:the|de|het)\s+[\w-]+)['’]s\s")
_ROLE = re.compile(r"(?i)^(?:the|de|het)\s+(?:[\w-]+\s+){0,2}")
_NOBODY = re.compile(
    r"(?i)^(?:nobody|no\s+one|no-one|none\s+of\s+the\s+staff|niemand)\s+"
    r"(?:at|from|of|in|van|bij)\s+(?P<org>(?:the\s+|de\s+|het\s+)?[\w-]+(?:\s+(?-i:[A-Z])[\w-]*)*)"
)


def _is_role(word: str) -> bool:
    w = word.lower()
    return w in _ROLES or (w.endswith("rechter") and len(w) > len("rechter") + 2)


def _is_person(disc: Discourse, name: str | None) -> bool:
    return bool(name) and any(m.kind == "person" for m in disc.ctx.mentions(name or ""))


def role_subject(
    disc: Discourse, clause: str, phrase: str | None, subject: str | None
) -> str | None:
    """The subject a role or a negated quantifier names, when the rules chose another or none;
    None to keep theirs."""
    pointed = demonstrative_subject(clause, disc.last_persons, disc.orgs) if not phrase else None
    if not phrase and not pointed:  # "Dat rapport is nooit gedeeld": what the one before named
        sentences, index = disc.around
        pointed = demonstrative_np(clause, sentences[max(0, index - 2) : index], disc.prev_subject)
    if pointed:  # "Die betaalt ... meer dan Lactavia": the party named last before
        return pointed
    person = described_person(disc, clause, subject, *disc.around)  # "De voormalige penningmeester"
    if person:
        return person
    court = _COURT.match(clause.strip())
    if court and not re.search(r"(?i)\b(?:dat|that)\b", clause):
        # "De rechtbank in Harderbroek heeft X veroordeeld": the court decides, whoever it
        # names; "De rechtbank hield er rekening mee dat X ...": about X, left to the rules
        return court.group().strip()
    owner = _POSSESSOR.match(phrase or "")
    if owner and (subject is None or subject == phrase):
        # "The club's 2024 accounts show a loss": the club's affairs
        org = disc.resolve(owner.group(1), clause)
        if org and disc.is_org(org):
            return org
    owned = possessor_subject(disc, clause, phrase, subject)  # "Her salary", "the lido's pool"
    if owned:
        return owned
    counted = count_owner(disc, phrase)  # "Het aantal bezoekers steeg": the organisation's
    if counted and not _is_person(disc, subject):
        return counted
    text = clause.strip()
    nobody = _NOBODY.match(text)
    if nobody:
        # "at Greyholme", "van de zorgkring": a place of work, whatever the name rules took
        # the name for ("Zorgkring Lindeschot" looks like a person's)
        return disc.resolve(nobody.group("org"), clause)
    m = _ROLE.match(text)
    if not m and subject is None:  # "Library staff were told": the phrase as written
        return last_resort(disc, clause, phrase)
    if not m or _is_person(disc, subject):
        return None
    role = next((w for w in re.finditer(r"[\w-]+", m.group()) if _is_role(w.group())), None)
    if role is None:
        return None
    end = role.end()
    if role.group().lower() == "officier":
        pp = re.match(r"\s+van\s+justitie\b", text[end:])
        if not pp:
            return None  # "de officier": any officer, not the prosecutor
        end += pp.end()
    rest = words(text[end:])
    if rest and rest[0].lower() in ("who", "die", "that", "dat"):
        return None  # "The judge who heard the case": defined by its clause
    return text[:end]


#: What an organisation calls itself in its own framed words: "The league confirmed that it had
#: received the complaint". Not "the company" or "het bedrijf": a union, a council or an
#: inspectorate uses those for the company it speaks about (dev: Nordwind, Koldenhof, Grafton).
_ITSELF = frozenset({"it"})


_FRAMER_NOISE = frozenset({"in", "on", "at", "after", "before", "op", "na", "bij"})


def speaker_itself(disc: Discourse, phrase: str | None, speaker: str | None) -> str | None:
    """The speaking organisation for "it" in what it said, whatever the discourse's last
    organisation was; None for the words of a person or of several ("Two former inspectors
    said it knew": the company they speak of)."""
    if not speaker or not phrase:
        return None
    low = " ".join(phrase.lower().split())
    sector = re.fullmatch(r"(?:het|de|the)\s+(\w{4,}(?:bedrijf|company|firm))", low)
    if sector and not _is_person(disc, speaker) and not public_body(speaker):
        # "Noordstroom laat weten dat het energiebedrijf ...": its own sector's name for
        # itself; a plain "het bedrijf" stays the company spoken about
        return speaker if disc.is_org(speaker) or speaker[:1].isupper() else None
    if low not in _ITSELF:
        return None
    if _is_person(disc, speaker) or disc.is_author(speaker) or disc.plural_speaker == speaker:
        return None
    first = speaker.split()[0].lower()
    if first in ("the", "de", "het"):  # "the league": the organisation it names
        return disc.resolve(speaker) or speaker
    if not speaker[:1].isupper() or first in _FRAMER_NOISE:
        return None  # "In that letter she": a frame the rules did not take apart
    if words(speaker)[-1:] and words(speaker)[-1].lower().endswith("s"):
        return None  # "Two former quality inspectors": people, not an organisation
    return speaker


def owner_of(disc: Discourse, clause: str, phrase: str) -> str | None:
    """The organisation a thing belongs to: "De metingen van de provincie", "Shares in the
    company" -> the province, the company."""
    m = re.match(
        re.escape(phrase) + r"\s+(?:van|of|in)\s+((?:de|het|the)\s+[\w-]+|[A-Z][\w-]*"
        r"(?:\s+(?-i:[A-Z])[\w-]*)*)",
        clause,
    )
    if not m:
        return None
    owner = m.group(1)
    got = disc.resolve(owner, clause)
    if got and disc.is_org(got):
        return got
    return owner if is_description(owner) and disc.is_entity_noun(owner) else None
