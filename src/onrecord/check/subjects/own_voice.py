"""The organisation behind "we" and "our" when the rules found no better subject.

In a press release, a club statement or an answer its director gives, "we" and "our" are the
organisation that speaks: "Our own measurements ... show a median evening speed of 431 Mbps"
(Quillon, not "Mbps"), "Where customers fell short, we refunded them" (Quillon), "31 per cent
of customers on our Velocity 500 package ..." (Quillon, not the product). The speaking
organisation is the speaker's (:func:`onrecord.check.subjects.speakers.speaker_org`) when a person
speaks, else the author's when the author is an organisation. A subject the rules resolved to
a known person or organisation stays: only a missing subject, or a word that names neither (a
product, a unit, a fronted adverb), gives way. A possessive ("its", "hun") in the words an organisation is reported to say is
that organisation's when nothing else was found.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_text import QUOTES, words
from onrecord.check.subjects.affiliation import affiliation_of
from onrecord.check.subjects.coref import Discourse
from onrecord.check.subjects.speakers import speaker_org

__all__ = ["own_org_subject"]

_WE = frozenset({"we", "wij", "us", "ons"})
_OUR = frozenset({"our", "onze", "ons"})
#: a possessive in a speaking organisation's reported words is its own: "its readings"
_ITS = frozenset({"its", "their", "zijn", "haar", "hun"})


#: "Pelgrim zegt nu dat onze coöperatie ... rekende": in indirect speech, outside quotation
#: marks, "we" and "our" are the writer's, not the speaker's
_INDIRECT_WE = re.compile(r"(?i)\b(?:dat|that)\s+(?:onze|ons|wij|we|our)\b")


def _speaking_org(disc: Discourse, speaker: str | None) -> str | None:
    indirect = _INDIRECT_WE.search(disc.sentence)
    if indirect and not any(q in disc.sentence[: indirect.start()] for q in QUOTES):
        speaker = None
    if speaker:
        org = speaker_org(disc, speaker)
        return org if org and disc.is_org(org) else None
    if disc.author and disc.is_org(disc.author):
        return disc.author
    # "Onze leden hebben ... opgehaald" by the chair of a club: the writer's organisation
    own = affiliation_of(disc.affil, disc.author, disc._same) if disc.author else None
    return own if own and disc.is_org(own) else None


def _not_person(disc: Discourse, speaker: str) -> bool:
    """``speaker`` is an organisation, or at least names no person ("Corrigan Aggregates")."""
    return disc.is_org(speaker) or not any(m.kind == "person" for m in disc.ctx.mentions(speaker))


def _known(disc: Discourse, subject: str) -> bool:
    """``subject`` names a person or organisation of the document (not "Mbps", "Velocity")."""
    if disc.is_org(subject) or any(o.startswith(subject + " ") for o in disc.orgs):
        return True  # "Zorgkring" after "Zorgkring Noord": its short name
    return any(m.kind == "person" for m in disc.ctx.mentions(subject))


def own_org_subject(
    disc: Discourse, clause: str, phrase: str | None, subject: str | None, speaker: str | None
) -> str | None:
    """The speaking organisation when the clause is about it in its own first person plural
    ("we", "our ...") and ``subject`` is missing or names no one; else None."""
    ws = [w.lower() for w in words(phrase or "")]
    if not subject and ws[:1] and ws[0] in _ITS and speaker and _not_person(disc, speaker):
        return speaker  # "Corrigan said ... that its corrected readings never exceeded ..."
    lead = ws[:1] == ["we"] or ws[:1] == ["wij"] or (ws[:1] and ws[0] in _OUR and len(ws) > 1)
    if not lead and subject and _known(disc, subject):
        return None
    if not lead:
        toks = {w.lower() for w in words(clause)}
        # "Where customers fell short, we refunded them", "customers on our Velocity package"
        if not toks & (_WE | _OUR) or re.search(r"(?i)\b(?:mij|me|my|mijn|ik|i)\b", clause):
            return None
    return _speaking_org(disc, speaker)
