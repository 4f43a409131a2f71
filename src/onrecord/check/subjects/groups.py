"""Groups of people who act for an organisation, and the persons an organisation employs.

A plural noun of persons bound to an organisation ("two officers of the agency", "Two
inspectors from the Port Safety Authority", "The council's two inspectors", "her officers")
stands for that organisation: a claim whose subject is the group is about the organisation, and
"They" in the sentence after, or "the inspectors" later, is that group (recency and number:
the plural party named last). A person introduced with an organisation ("The authority's chief
inspector, Janet Okeke", "Janet Okeke, chief inspector of the authority") is affiliated to it:
"her officers" are the organisation's.

Pure functions over tokens; :class:`onrecord.check.subjects.coref.Discourse` keeps what they find.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from onrecord.check.language.claim_lexicon import PERSON_NOUNS, is_title
from onrecord.check.language.claim_names import NameContext
from onrecord.text.wordsets import wordset as _w

__all__ = ["affiliations", "group_noun", "groups_in", "is_group", "keep_phrase"]


#: Plural nouns of persons the role lists do not give ("workers", "leden").

_GROUP_WORDS = _w(
    """
    officers workers members staff officials employees agents drivers managers teachers
    medewerkers ambtenaren leden werknemers agenten inspecteurs
    """
)
_AGENT_PLURAL = re.compile(r"(?:or|eur|ist|ian|ial|ee)s$")
_BOUND = frozenset({"of", "from", "at", "for", "with", "van", "bij", "uit"})
_OWNER_POSS = frozenset({"his", "her", "zijn", "haar"})
_TOKEN = re.compile(r"[\w][\w&'’.-]*[\w]|[\w]")

Resolver = Callable[[str], "str | None"]


def group_noun(word: str) -> bool:
    """``word`` is a plural noun of persons ("inspectors", "officers", "medewerkers")."""
    w = word.lower()
    if not w.islower() or len(w) < 4:
        return False
    if w in _GROUP_WORDS or _AGENT_PLURAL.search(w):
        return True
    return any(
        w.endswith(suf) and (w[: -len(suf)] in PERSON_NOUNS or is_title(w[: -len(suf)]))
        for suf in ("s", "en")
    )


def is_group(phrase: str) -> bool:
    """``phrase`` is a description of a group ("The council's two inspectors"): it stays as
    written in the claim, its organisation is the subject."""
    toks = phrase.split()
    return len(toks) > 1 and group_noun(toks[-1].strip(".,"))


def keep_phrase(ctx: NameContext, phrase: str) -> bool:
    """The subject ``phrase`` stays as written in the claim: it names someone, or a group."""
    return bool(ctx.mentions(phrase)) or is_group(phrase)


def _toks(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def groups_in(
    text: str, org_of: Resolver, person_org: Resolver | None = None
) -> list[tuple[str, str]]:
    """The groups ``text`` names, each as (its noun, the organisation it belongs to), in
    order. ``org_of`` resolves a phrase ("the agency", "Port Safety Authority", "The
    council") to an organisation or None; ``person_org`` a possessive pronoun ("her") to the
    organisation of the person it stands for."""
    toks = _toks(text)
    out: list[tuple[str, str]] = []
    for i, (w, _, _) in enumerate(toks):
        if not group_noun(w):
            continue
        org = None
        if i + 1 < len(toks) and toks[i + 1][0].lower() in _BOUND:
            rest = text[toks[i + 1][2] :]
            m = re.match(
                r"\s*((?:the|de|het)\s+)?([\w&'’-]+(?:\s+(?:of\s+)?[A-Z][\w&'’-]*)*)", rest
            )
            if m:
                org = org_of(((m.group(1) or "") + m.group(2)).strip())
        j = i - 1
        while j >= 0 and (toks[j][0].isdigit() or toks[j][0].lower() in _NUMBER_WORDS):
            j -= 1
        if org is None and j >= 0:
            prev = toks[j][0]
            if prev.endswith(("'s", "’s")):
                k = j
                while k > 0 and toks[k - 1][0][:1].isupper():
                    k -= 1
                if k > 0 and toks[k - 1][0].lower() in ("the", "de", "het"):
                    k -= 1
                org = org_of(text[toks[k][1] : toks[j][2] - 2])
            elif prev.lower() in _OWNER_POSS and person_org is not None:
                org = person_org(prev.lower())
        if org:
            out.append((w.lower(), org))
    return out


_NUMBER_WORDS = _w(
    "two three four five six seven eight nine ten several many some twee drie vier vijf zes "
    "zeven acht negen tien enkele"
)
_AFFIL = re.compile(
    r"(?P<org>(?:[Tt]he\s+|[Dd]e\s+|[Hh]et\s+)?[\w&'’ -]{2,40}?)['’]s\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<title>[\w-]+),\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),"
)


def affiliations(text: str, org_of: Resolver) -> list[tuple[str, str]]:
    """(person, organisation) for each person ``text`` introduces with an organisation's
    title: "The authority's chief inspector, Janet Okeke," -> (Janet Okeke, the authority's
    organisation)."""
    out = []
    for m in _AFFIL.finditer(text):
        title = m["title"].lower()
        if not is_title(title) and title not in PERSON_NOUNS and not group_noun(title + "s"):
            continue
        org = org_of(m["org"].strip())
        if org:
            out.append((m["name"], org))
    return out
