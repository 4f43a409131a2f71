"""Candidates for a claim's subject, and general features of each, for the learned subject
choice (:mod:`onrecord.check.subjects.subject_ranker`).

For one claim, taken when the rules have decided its subject (the discourse as it stands
then), the candidates are: the rules' subject; every person or organisation named in the
clause, in the whole sentence (its frame included) and in the three sentences before; the
persons and organisations the discourse holds last (pronoun targets); what the subject phrase
resolves to; the claimant, its organisation and the document's author; the subject phrase
itself when it is a description ("de ondernemingsraad"). Names that stand for the same party
("Vale", "Marcus Vale") are one candidate.

Features say where and how a candidate is named (first in the clause, before the first verb,
after "according to"/"volgens", inside a quotation, possessive, in a prepositional phrase, as
the agent after "by"/"door"), how far back and how often, what it is (person, organisation,
description, record person, author, claimant, the speaker's organisation), and how it fits
the subject phrase (a pronoun's gender, "I"/"we" and the speaker, a description and the
organisation of its kind). Words of English and Dutch come from the existing lexicons; no
feature names a word of a particular document.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from onrecord.check.language.claim_lexicon import (
    FEMALE_PRONOUNS,
    FIRST_PERSON,
    FIRST_PLURAL,
    MALE_PRONOUNS,
    is_verb,
)
from onrecord.check.language.claim_names import Mention, norm_name
from onrecord.check.language.claim_text import QUOTES
from onrecord.check.subjects.coref import Discourse, in_pp, is_description
from onrecord.check.subjects.speakers import speaker_org

__all__ = ["Site", "subject_site"]

#: How many sentences before the claim's are searched for names.
WINDOW = 3
_FILLER = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "de", "het", "een", "zijn", "haar", "hun",
     "s", "labs", "lab", "inc"}
)  # fmt: skip
_WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_SOURCE_BEFORE = re.compile(r"(?i)\b(?:volgens|according\s+to|aldus|zegt|said|says|stelt)\s*$")
_AGENT_BEFORE = re.compile(r"(?i)\b(?:by|door)\s+(?:the\s+|de\s+|het\s+)?$")
_POSSESSIVE_AFTER = re.compile(r"^(?:['’]s?\b|['’]\s)")
_IT_WORDS = frozenset({"it", "het", "they", "ze", "zij", "hun", "its"})


@dataclass(slots=True)
class Site:
    """One claim's subject choice: the rules' answer, the candidates and their features."""

    rules: str | None
    candidates: list[str] = field(default_factory=list)
    features: list[dict[str, float]] = field(default_factory=list)


def _toks(s: str) -> set[str]:
    return {t for t in re.findall(r"\w+", norm_name(s)) if t not in _FILLER}


def _same(disc: Discourse, a: str, b: str) -> bool:
    ta, tb = _toks(a), _toks(b)
    if ta and tb and (ta <= tb or tb <= ta):
        return True
    return disc.ctx.same_person(a, b)


def _mentions(disc: Discourse, text: str) -> list[Mention]:
    return [m for m in disc.ctx.mentions(text) if m.kind != "other"]


def _first_verb(clause: str, lang: str | None) -> int:
    """Offset of the clause's first finite-looking verb (its length when none)."""
    for m in _WORD_RE.finditer(clause):
        if is_verb(m.group(), lang):
            return m.start()
    return len(clause)


def _quoted(text: str, at: int) -> bool:
    """``at`` lies inside a quotation (an odd number of double or curly quotes before it)."""
    before = text[:at]
    dbl = sum(before.count(q) for q in '"“”„«»')
    single_open = before.count("‘") - before.count("’")
    return dbl % 2 == 1 or single_open > 0 or (before[:1] in QUOTES and dbl == 0 and at > 0)


def _kind(disc: Discourse, name: str) -> str:
    if is_description(name):
        return "description"
    if disc.is_org(name):
        return "org"
    kind = disc.ctx.classify(name)
    return kind if kind in ("person", "org") else "unknown"


def subject_site(
    disc: Discourse,
    sentences: list[str],
    index: int,
    clause: str,
    phrase: str | None,
    rules: str | None,
    claimant: str | None,
    speaker: str | None,
    lang: str | None,
) -> Site:
    """The candidates and features of one claim (``clause`` of ``sentences[index]``), with
    ``rules`` the subject the rules chose and the discourse ``disc`` as it stands then."""
    site = Site(rules)
    found: list[dict[str, float]] = []
    names: list[str] = []

    def add(name: str | None, **feats: float) -> None:
        if not name or not name.strip():
            return
        name = " ".join(name.split())
        for i, have in enumerate(names):
            if _same(disc, have, name):
                for k, v in feats.items():
                    found[i][k] = max(found[i].get(k, 0.0), v)
                if len(name) > len(have) and have != rules:
                    names[i] = name
                return
        names.append(name)
        found.append(dict(feats))

    add(rules, rules=1.0)
    verb_at = _first_verb(clause, lang)
    for n, m in enumerate(_mentions(disc, clause)):
        before = clause[: m.start]
        after = clause[m.end :]
        add(
            m.text,
            in_clause=1.0,
            first_in_clause=float(n == 0),
            clause_initial=float(len(_WORD_RE.findall(before)) <= 1),
            before_verb=float(m.end <= verb_at),
            after_verb=float(m.start > verb_at),
            in_pp=float(in_pp(before)),
            agent=float(bool(_AGENT_BEFORE.search(before))),
            possessive=float(bool(_POSSESSIVE_AFTER.match(after))),
            quoted=float(_quoted(clause, m.start)),
        )
    sentence = sentences[index] if 0 <= index < len(sentences) else clause
    for m in _mentions(disc, sentence):
        before = sentence[: m.start]
        add(
            m.text,
            in_sentence=1.0,
            after_source=float(bool(_SOURCE_BEFORE.search(before))),
        )
    for back in range(1, WINDOW + 1):
        if index - back < 0:
            break
        for m in _mentions(disc, sentences[index - back]):
            add(m.text, **{f"back_{back}": 1.0})
    for k, p in enumerate(reversed(disc.persons[-3:])):
        add(p, recent_person=1.0, last_person=float(k == 0))
    for k, o in enumerate(reversed(disc.org_subjects[-2:])):
        add(o, recent_org_subject=1.0, last_org_subject=float(k == 0))
    add(disc.prev_subject, prev_subject=1.0)
    resolved = disc.resolve(phrase, clause) if phrase else None
    add(resolved, resolved=1.0)
    add(claimant, claimant=1.0)
    if speaker:
        add(speaker, speaker=1.0)
        add(speaker_org(disc, speaker), speaker_org=1.0)
    add(disc.author, author=1.0)
    if is_description(phrase):
        add(phrase, is_phrase=1.0)

    low = (phrase or "").lower()
    head = low.split()[-1] if low else ""
    gender = "f" if low in FEMALE_PRONOUNS else "m" if low in MALE_PRONOUNS else None
    for name, feats in zip(names, found):
        kind = _kind(disc, name)
        feats[f"kind_{kind}"] = 1.0
        if disc.ctx.known_match(name):
            feats["record_person"] = 1.0
        if disc.is_author(name):
            feats["author"] = 1.0
        if claimant and _same(disc, name, claimant):
            feats["claimant"] = 1.0
        feats["times_named"] = math.log1p(disc._times_named(name))
        if not any(k.startswith(("in_clause", "in_sentence", "back_")) for k in feats):
            feats["not_near"] = 1.0
        if phrase and name in phrase:
            feats["in_phrase"] = 1.0
        if gender and kind in ("person", "unknown"):
            g = disc.gender(name)
            feats["gender_match" if g == gender else "gender_unknown" if g is None else
                  "gender_clash"] = 1.0  # fmt: skip
        if gender and kind in ("org", "description"):
            feats["pronoun_org"] = 1.0
        if low in FIRST_PERSON | FIRST_PLURAL:
            feats["first_person_speaker"] = float(bool(feats.get("speaker") or feats.get(
                "speaker_org")))  # fmt: skip
        if low in _IT_WORDS and kind in ("org", "description"):
            feats["it_org"] = 1.0
        if head and kind == "org" and disc.types.get(head) and _same(disc, name, disc.types[head]):
            feats["kind_of_phrase"] = 1.0
        if not phrase:
            feats["no_phrase"] = 1.0
        if rules is None:
            feats["rules_none"] = 1.0
        elif is_description(rules) and kind != "description":
            feats["rules_description"] = 1.0
        if lang == "nl":
            for k in ("before_verb", "after_verb", "first_in_clause"):
                if feats.get(k):
                    feats[f"nl_{k}"] = 1.0
    site.candidates, site.features = names, found
    return site
