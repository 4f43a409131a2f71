"""A possessive inside the subject: "The council's records confirm ...", "The club's annual
accounts, filed in January, show a loss", "Her salary at the date of dismissal was £58,000",
"By then 41 pallets of the Claimant's produce had spoiled", "Repairs to the lido's pool tank
alone would cost £1.1 million".

The thing owned names no one the record can be searched for; the owner does. Four of the five
writers of h9-h13 wrote such subjects and gave the owner as the subject each time (eight
sentences); the subject rules found none (the phrase finder stops at the possessive) or took
the phrase as written. A possessed person ("Farrant's wife", "her lawyer") is someone else
and is left alone, as is an owner that resolves to nothing.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import (
    ORG_ANAPHORS,
    ORG_NOUNS,
    PERSON_NOUNS,
    is_title,
    is_verb,
)
from onrecord.check.language.claim_names import norm_name
from onrecord.check.language.claim_text import words
from onrecord.check.language.org_words import type_words
from onrecord.check.subjects.coref import Discourse
from onrecord.check.subjects.described_org import kind_clash, topic_of_kind
from onrecord.check.subjects.subject_np import is_description

__all__ = ["possessor_subject"]

#: "the council's", "the Claimant's", "Crennick's": an owner in the genitive; its thing after
_GENITIVE = re.compile(
    r"(?P<owner>\b(?:the|de|het)\s+(?:[\w-]+\s+)?[\w-]+|\b(?-i:[A-Z])[\w-]+)['’]s\s+"
    r"(?P<thing>[\w\s-]+)",
    re.I,
)
#: "Her salary", "His account", "Their contract": an owner by pronoun, at the clause's start
_PRONOUN = re.compile(r"^(?P<owner>her|his|their)\s+(?P<thing>[\w-]+)\b", re.I)
#: words before the subject that are not its part: "By then", "In 2023"
_FRONT = re.compile(r"^(?:by\s+then|in\s+\d{4}|since\s+then|then|so\s+far)\s*,?\s+", re.I)
#: how far into the clause the subject may still run, in words
_REACH = 8


def _is_person_noun(word: str) -> bool:
    w = word.lower()
    return w in PERSON_NOUNS or is_title(w)


#: parts of an organisation that act as parties of their own: "the university's innovation
#: office", "the council's planning committee"
_UNITS = frozenset(
    {
        "office", "board", "team", "department", "committee", "staff", "unit", "afdeling",
        "bestuur", "raad", "commissie",
    }
)  # fmt: skip
#: adverbs that end the subject before its verb: "The university's innovation office never"
_ADVERBS = frozenset(
    {"never", "not", "still", "also", "only", "already", "nooit", "niet", "ook", "al", "nog", "alleen"}
)  # fmt: skip


def _org_word(word: str) -> bool:
    w = word.lower()
    return w in ORG_ANAPHORS or w in ORG_NOUNS or w in _UNITS


def _party(thing: list[str]) -> bool:
    """The owned thing is a party itself: an office, a board, a team of people."""
    return any(_org_word(w) for w in thing)


def _subject_span(clause: str) -> str:
    """The words before the clause's first verb, at most ``_REACH`` of them."""
    text = _FRONT.sub("", clause.strip())
    out: list[str] = []
    for m in re.finditer(r"[\w'’-]+|,", text):
        w = m.group()
        if w == ",":
            break  # "The club's annual accounts, filed in January, show": the head is before it
        bare = w.split("'")[0].split("’")[0]
        if len(out) >= _REACH or (out and (is_verb(bare, "en") or bare.lower() in _ADVERBS)):
            break
        out.append(w)
    return " ".join(out)


def _owner_name(disc: Discourse, owner: str, clause: str) -> str | None:
    """The party ``owner`` names: a pronoun's referent, a description's organisation, a name."""
    low = owner.lower()
    if low in ("her", "his"):
        # a person whose gender or record name shows, not a name the pronoun rules took for
        # one ("Employment Rights Act"); in a pleading, else, its plaintiff ("the Claimant")
        for who in (disc.resolve(low, clause), disc.roles.get("plaintiff")):
            if who and (disc.gender(who) or disc.ctx.known_match(who)):
                return who
        return None
    if low == "their":
        return None
    got = disc.resolve(owner, clause)
    if got:
        return got
    toks = words(owner)
    kind = len(toks) > 1 and (_org_word(toks[-1]) or bool(type_words(toks[-1])))
    if kind and toks[0].lower() in ("the", "de", "het"):
        # "the club" where the article never called its club one ("He bought the club for a
        # pound"): the organisation the text is about; a name no first name or record person
        # shows to be a person's may be one ("Penmoor Rovers")
        named = [o for o in disc.orgs if disc.is_org(o)] + [
            p for p in disc.persons if not disc.gender(p) and not disc.ctx.known_match(p)
        ]
        # ... never one the article puts in another kind: "The club's 2024 accounts" after
        # "the Marches League fined Penmoor" are the club's, not the league's
        named = [n for n in named if norm_name(n) not in disc.ctx.places]
        named = [n for n in named if not kind_clash(disc, toks[-1], n)]
        return topic_of_kind(disc, owner) or (named[0] if named else None)
    return None


def possessor_subject(
    disc: Discourse, clause: str, phrase: str | None, subject: str | None
) -> str | None:
    """The owner named by a possessive in the clause's subject, when the rules found no party
    there (no subject, or the phrase as written); None to keep theirs."""
    genitive = subject is not None and ("'" in subject or "’" in subject)
    if subject and not genitive and not (subject == phrase and is_description(phrase)):
        return None  # "The Claimant's electricity supplier, Marlgrid, ...": the name given
    span = _subject_span(clause)
    if not span:
        return None
    m = _PRONOUN.match(span) or _GENITIVE.search(span)
    thing = words(m.group("thing")) if m else []
    if not thing or any(_is_person_noun(w) for w in thing) or _party(thing):
        # "Farrant's wife", "her lawyer": another person; "The university's innovation
        # office": a party of its own
        return None
    owner = _owner_name(disc, m.group("owner"), clause)
    if not owner or (phrase and owner == phrase):
        return None
    return owner
