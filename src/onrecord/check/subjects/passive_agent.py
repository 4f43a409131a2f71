"""A thing done by a named party: the party is whom the claim is about.

The gold convention (``benchmarks/articles/README.md``, round six) keeps a passive's agent as
the subject of a news report ("The price rise was approved by Owen Pryce": Owen Pryce), while a
party's own words keep their own affairs ("He said the budget had never been approved by NHS
England": the trust he speaks for). The rules before took a named agent only when the clause
had no subject phrase at all; a thing in subject position ("Die deadline", "Het
geluidsrapport") was resolved to its owner or the topic organisation first, and an agent that
is a description ("door de provincie", "by the company") was never read. Here the agent wins
when the clause's subject is a thing and the agent is a party: a name (person or
organisation), or a definite description the discourse resolves to one. An indefinite agent
("by an independent surveyor", "door een groep boeren") or a thing ("caused by a faulty
switch") leaves the subject as it was."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from onrecord.check.language.org_kinds import public_body
from onrecord.check.subjects.speakers import own_org
from onrecord.check.subjects.subject_np import is_description

if TYPE_CHECKING:
    from onrecord.check.subjects.coref import Discourse

__all__ = ["passive_agent"]

#: the auxiliary of a passive, then (within a few words) "by"/"door" and the agent's phrase
_EN = re.compile(
    r"(?i)\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+|not\s+|also\s+)*"
    r"[a-z]+(?:ed|en|wn|ght|lt|nt|id)\s+(?:[^,;:.]*?\s)?by\s+(?P<agent>[^,;:.]+)"
)
_NL = re.compile(
    r"(?i)\b(?:werd|werden|wordt|worden|is|zijn|was|waren)\b(?:\s+\S+){0,6}?\s+door\s+"
    r"(?P<agent>[^,;:.]+)"
)
#: a Dutch past participle after the agent ("door de provincie bevestigd") or before it ("is
#: opgesteld door")
_NL_PART = re.compile(r"(?i)\b(?:ge|be|ver|ont|her|er|op|in|uit|aan|af)\w{2,}(?:d|t|en)\b")
_DEFINITE = frozenset({"the", "de", "het"})


def _agent_phrase(clause: str, lang: str | None) -> tuple[str, int] | None:
    """The agent's phrase of a passive ``clause`` and where the auxiliary starts, or None."""
    if lang != "nl":
        m = _EN.search(clause)
        if m:
            return m.group("agent").strip(), m.start()
    if lang != "en":
        m = _NL.search(clause)
        if m and _NL_PART.search(clause[m.start() :]):
            agent = m.group("agent").strip()
            toks = agent.split()
            # "door de provincie bevestigd in een e-mail": up to the participle or a preposition
            for i, t in enumerate(toks[1:], 1):
                if t.lower() in ("in", "op", "aan", "na", "voor", "om", "met", "bij") or (
                    _NL_PART.fullmatch(t) and t[:1].islower() and i >= 2
                ):
                    toks = toks[:i]
                    break
            return " ".join(toks), m.start()
    return None


def _english_agent(agent: str) -> str:
    """The agent up to a time or place: "the board the following day" -> "the board"."""
    toks = agent.split()
    for i, t in enumerate(toks[1:], 1):
        if t.lower() in ("in", "on", "at", "from", "for", "after", "before", "during", "the") and (
            t.lower() != "the" or i >= 2
        ):
            return " ".join(toks[:i])
    return agent


def passive_agent(
    disc: Discourse, clause: str, phrase: str | None, lang: str | None, speaker: str | None
) -> str | None:
    """The party that did what the passive ``clause`` reports of a thing, or None: a name in
    the agent's phrase ("is opgesteld door het Harderwoudse bureau Geluidwerk"), else a
    definite description that resolves to a party ("door de provincie bevestigd", "was bought
    by the company"). Not in a party's own words (a ``speaker``'s or an organisation
    author's), not when the subject is a party itself ("Lowe was dismissed by the company")."""
    if speaker or own_org(disc):
        return None
    found = _agent_phrase(clause, lang)
    if not found:
        return None
    agent, aux = found
    head = clause[:aux]
    if phrase and not is_description(phrase):
        return None  # a name or a pronoun: the clause is about that party
    if phrase and disc.is_entity_noun(phrase):
        return None  # "The former site manager was not dismissed by the company"
    if any(m.kind in ("person", "org") for m in disc.ctx.mentions(head)):
        return None
    if lang != "nl" and _EN.search(clause):
        agent = _english_agent(agent)
    names = [m for m in disc.ctx.mentions(agent) if m.kind in ("person", "org", "unknown")]
    first = agent.split()[0].lower() if agent.split() else ""
    if names and first not in ("a", "an", "een"):
        party = disc.resolve(names[-1].text, clause) or names[-1].text
        return party
    if first not in _DEFINITE or len(agent.split()) > 3:
        return None
    party = disc.resolve(agent, clause)
    if party and (disc.is_org(party) or disc.ctx.classify(party) == "person"):
        return party
    # "door de provincie": a party named by its kind that resolves to no name is its own
    # subject, as a description in subject position is
    own = disc.is_entity_noun(agent) or public_body(agent)
    return agent if not party and own else None
