"""Which organisation a person speaks for, learned where the document introduces them.

"We" in a person's words, and in an op-ed or statement its author's "we", is the person's
organisation, not the person: "We hebben zestig van hen een baan aangeboden" (the chairman of a
cooperative), "Vorig jaar hielpen we 612 huishoudens" (the coordinator of a food bank). The
document says whose someone is in a few fixed shapes, whatever the words:

* a title with its organisation: "Its chair, Jory Nance,", "Keverne Marine's managing
  director, Duncan Mabbott,", "voorzitter Hielke Terpstra van Noordkaap", "Ellen Tregarthen,
  harbourmaster of the commission";
* a copula: "Annemieke Groeneveld is coördinator van Voedselbank Gravenmeer";
* a title alone right after a sentence about an organisation: "Zuivelcoöperatie Noordkaap
  sluit haar fabriek. Voorzitter Hielke Terpstra ..." (a weak binding: never overrides one
  the document states).

Pure functions over the sentence; :class:`onrecord.check.subjects.coref.Discourse` keeps the result in
``affil`` and :func:`onrecord.check.subjects.speakers.speaker_org` reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from onrecord.check.language.claim_lexicon import PERSON_NOUNS, is_title
from onrecord.check.language.claim_names import norm_name
from onrecord.check.language.org_kinds import public_body

__all__ = ["affiliation_of", "learn_affiliations", "stated_affiliations", "titled_persons"]

Resolver = Callable[[str], "str | None"]

_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:van|de|der|den|el|[A-Z][\w'’-]+)){1,3})"
_ORG = r"(?P<org>(?:[Tt]he\s+|[Dd]e\s+|[Hh]et\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z&][\w&'’-]*|of|van|and|en))*)"
_TITLE = r"(?P<title>(?:[\w-]+\s+){0,2}?[\w-]+)"
_PREP = r"\s+(?:of|at|for|van|bij)\s+"

#: "Its chair, Jory Nance," / "Haar directeur, X,": the possessive's organisation
_POSS_TITLE = re.compile(
    r"\b(?P<poss>[Ii]ts|[Tt]heir|[Hh]aar|[Hh]un)\s+" + _TITLE + r",\s+" + _NAME + r","
)
#: "Ellen Tregarthen, harbourmaster of the commission" / "X, directeur van Y"
#: (a kind before the name: "directeur van busbedrijf Kempenlijn", "director of the firm Acme")
_KIND = r"(?:(?:the\s+)?[a-z][\w-]{3,}\s+(?=[A-Z]))?"
_NAME_TITLE_OF = re.compile(_NAME + r",\s+(?:the\s+|de\s+|het\s+)?" + _TITLE + _PREP + _KIND + _ORG)
#: "voorzitter Hielke Terpstra van Noordkaap" / "chair Ann Lee of the union"
_TITLE_NAME_OF = re.compile(r"\b" + _TITLE + r"\s+" + _NAME + _PREP + _KIND + _ORG)
#: "X is coördinator van Y", "X is the chief executive of Y"
_COPULA = re.compile(
    _NAME
    + r"\s+(?:is|was|werd|became)\s+(?:the\s+|de\s+|het\s+|a\s+|an\s+|een\s+)?"
    + _TITLE
    + _PREP
    + _KIND  # "X is voorzitter van hockeyclub HC De Wadkant"
    + _ORG
)
#: "X is huisarts in Oosterdal en bestuurslid van huisartsencoöperatie HOED Oosterdal": the
#: second of two functions names the organisation
_COPULA_AND = re.compile(
    _NAME
    + r"\s+(?:is|was)\s+[^.;:]{3,60}?\s+(?:en|and)\s+(?:the\s+|de\s+|het\s+|a\s+|an\s+|een\s+)?"
    + _TITLE
    + _PREP
    + _KIND
    + _ORG
)
_TITLE_NAME = re.compile(r"\b" + _TITLE + r"\s+" + _NAME)


#: a noun of a person's function ("coördinator", "spokeswoman", "bestuurslid"): enough
#: before "of <organisation>", not alone before a name
_AGENT = re.compile(r"(?:or|er|eur|ist|ant|ent|man|woman|vrouw|person|hoofd|lid)$")


def _titled(title: str, of_org: bool = False) -> bool:
    last = title.split()[-1].lower()
    return is_title(last) or last in PERSON_NOUNS or (of_org and bool(_AGENT.search(last)))


def stated_affiliations(
    text: str, org_of: Resolver, its: Callable[[str], str | None]
) -> list[tuple[str, str]]:
    """(person, organisation) for each person ``text`` gives an organisation. ``org_of``
    resolves a phrase to an organisation or None; ``its`` a possessive ("its", "haar") to the
    organisation it stands for."""
    out: list[tuple[str, str]] = []
    for m in _POSS_TITLE.finditer(text):
        if _titled(m["title"]):
            org = its(m["poss"].lower())
            if org:
                out.append((m["name"], org))
    for rx in (_NAME_TITLE_OF, _TITLE_NAME_OF, _COPULA, _COPULA_AND):
        for m in rx.finditer(text):
            if not _titled(m["title"], of_org=True):
                continue
            written = m["org"].strip()
            named = written.split()[0].lower() not in ("the", "de", "het")
            # "Voedselbank Gravenmeer" as written, not the place in it
            org = written if named else org_of(written)
            if org:
                out.append((" ".join(m["name"].split()), org))
    return out


def titled_persons(text: str) -> list[str]:
    """The persons ``text`` introduces by a title alone ("Voorzitter Hielke Terpstra")."""
    return [" ".join(m["name"].split()) for m in _TITLE_NAME.finditer(text) if _titled(m["title"])]


def affiliation_of(
    affil: dict[str, str], person: str, same: Callable[[str, str], bool]
) -> str | None:
    """The organisation ``affil`` (norm name -> organisation) gives ``person``, by the same
    person under a shorter name ("Terpstra" for "Hielke Terpstra")."""
    return next((org for key, org in affil.items() if org and same(key, person)), None)


def learn_affiliations(disc: Any, text: str, found: list[tuple[str, str]]) -> None:
    """Record in ``disc.affil`` (a :class:`~onrecord.check.subjects.coref.Discourse`, after it took in
    the names of ``text``) whose each person of ``text`` is: ``found`` (by the groups'
    shapes) and :func:`stated_affiliations`; a person introduced by a title alone is bound to
    the organisation the sentence before was about, else the last organisation a sentence
    was about, else the one named last (a public body aside), when nothing else binds them."""
    found = found + stated_affiliations(
        text, disc._org_of, lambda _: disc.topic_org() or disc.resolve("it")
    )
    for name, org in found:
        disc.affil[norm_name(name)] = org
    subjects = [o for o in disc.org_subjects if o in disc.orgs and not public_body(o)]
    named = [o for o in disc.orgs_before if not public_body(o) and o not in text]
    topic = disc.topic_org()
    weak = topic if topic and not public_body(topic) else ([*named, *subjects] or [None])[-1]
    for name in titled_persons(text) if weak else ():
        disc.affil.setdefault(norm_name(name), weak)
