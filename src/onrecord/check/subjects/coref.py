"""Who a claim is about: its grammatical subject, resolved to a person or organisation.

:func:`subject_phrase` (:mod:`onrecord.check.subjects.subject_np`) finds the subject of a clause;
product names (a name with a digit: "GPT-4", "Lumen-2") are never subjects.

:class:`Discourse` follows the document sentence by sentence and resolves what is not a name:

* he/she/hij/zij/ze: the subject of the sentence before when it is a person of a fitting gender
  (first names and role nouns tell the gender where they can), else the other persons named
  there, most recent first, else any earlier person; a person named elsewhere in the same
  sentence is not a candidate; after a verb of replying ("He replied 'Yup'") the addressee of
  the sentence before (its other person) comes first;
* I/ik: the document's author; we/wij: the author;
* an epithet ("The Scot", "De Rotterdamse", :mod:`onrecord.check.language.article_lexicon`): the person
  named last, of its gender first; "de directeur": the person introduced with that very title
  ("directeur Bart Visscher", not "Financieel directeur Marleen Pauw");
* a role ("de medeoprichter", "the CEO", "Defendant"), or a nationality used as a noun ("The
  Australian, who ..."): the person or party introduced with that role or a synonym
  ("medeoprichter Marcus Vale", "Topvrouw Sophie Brandt" for "de CEO"), else the most salient;
* a description of an organisation ("het bedrijf", "the company", "de directie", "the lab"):
  the author when its noun is part of the author's name ("de bond" in a press release of the
  Energiebond), else the organisation named with that kind of noun ("de zorggroep" after
  "Havenstad Zorggroep", "de club" after "SC Ravenwijk", "de verzekeraar" after "verzekeraar
  DeltaZorg", "the mill" after "Korvane paper mill"), else the organisation most recently the
  subject of a sentence, else the one most recently named; "it" as a subject: that
  organisation (not "It is ...");
* "this reply", "dat voorstel": the person who was the subject before; "het rapport" after
  "een rapport van ingenieursbureau Stelvia": Stelvia;
* "Plaintiff" and "Defendant" without a name: the parties of a caption ("Vale v. Lumen Labs")
  in the title or a heading.

A description that resolves to no name is its own subject ("De ondernemingsraad", "The city",
"412 leden"), except one defined by a restrictive relative clause ("The engineer who ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from onrecord.check.language.article_lexicon import epithet_gender, is_epithet
from onrecord.check.language.claim_lexicon import (
    CLUB_MARKERS,
    COMMON,
    DEMONYM_NOUNS,
    DOC_FRAMERS,
    EVENT_NOUNS,
    FEMALE_FIRST,
    FEMALE_NOUNS,
    FEMALE_PRONOUNS,
    FIRST_PERSON,
    FIRST_PLURAL,
    MALE_FIRST,
    MALE_NOUNS,
    MALE_PRONOUNS,
    ORG_ANAPHORS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PERSON_NOUNS,
    PREPOSITIONS,
    QUANTIFIERS,
    REPLY_VERBS,
    is_title,
    is_verb,
)
from onrecord.check.language.claim_names import (
    TOKEN_RE,
    Mention,
    NameContext,
    norm_name,
    token_spans,
)
from onrecord.check.language.claim_text import DETERMINERS, INDEFINITE_ARTICLES
from onrecord.check.language.org_kinds import ANY_ORG, REGULATOR_KINDS, REGULATOR_WORDS, public_body
from onrecord.check.language.org_names import is_newsroom
from onrecord.check.language.org_words import stands_for, type_words
from onrecord.check.subjects.affiliation import affiliation_of, learn_affiliations
from onrecord.check.subjects.described_org import body_owner, described_referent, kind_clash
from onrecord.check.subjects.groups import affiliations, group_noun, groups_in
from onrecord.check.subjects.it_referent import it_referent
from onrecord.check.subjects.kind_nouns import kind_named, kind_referent, learn_kind
from onrecord.check.subjects.owned import learn_owned, owned_by
from onrecord.check.subjects.party_roles import party_roles
from onrecord.check.subjects.pronoun_gender import org_zij, person_subject, says_i, teaches_gender
from onrecord.check.subjects.subject_np import (
    _DEMONSTRATIVE_DETS,
    _POSSESSIVES,
    _ROLE_OF,
    _ROLE_RE,
    _THIRD_POSSESSIVES,
    _names,
    in_pp,
    is_description,
    site_at_place,
    subject_phrase,
)

__all__ = ["Discourse", "in_pp", "is_description", "party_word", "subject_phrase"]

_OUR = {"our", "onze", "ons"}
#: A part of an organisation: "haar afdeling", "his department" is the organisation's
_UNIT_NOUNS = frozenset(
    {"afdeling", "department", "divisie", "division", "unit", "team", "dienst", "vestiging"}
)
#: A judge or court without a name: "De kantonrechter", "the judge", "de rechter"
_COURT_PERSON = re.compile(r"^(?:\w*rechter|judge|justice|magistrate)$")
_NOT_MODIFIERS = frozenset({"van", "of", "for", "voor", "bij", "at", "en", "and", "met", "with"})
#: In an organisation's own document these always mean the author ("The company has ...").
_OWN_ORG_ANAPHORS = frozenset(
    {
        "company",
        "bedrijf",
        "firm",
        "organisation",
        "organization",
        "organisatie",
        "club",
        "vereniging",
        "group",
        "groep",
    }
)
_CAPTION_RE = re.compile(
    r"(?:^|[#*_]\s*)(?P<p>[A-Z][\w.'’ -]{1,60}?)\s+(?:v|vs|versus)\.?\s+"
    r"(?P<d>[A-Z][\w.'’& -]{1,60}?)\s*(?:[-–—:(,]|$)"
)


#: nouns that name a party
_PARTY_NOUNS = ORG_ANAPHORS | ORG_NOUNS | PERSON_NOUNS
#: a common noun's possessive: "the council's", "the company’s"
_OWNER = re.compile(r"^[a-z][\w-]*['\u2019]s$")


def party_word(head: str) -> bool:
    """A noun that names a party: an organisation, a kind of one, a person, a title."""
    return bool(type_words(head) or head in _PARTY_NOUNS or is_title(head))


def _body_of_place(before: str, name: str) -> str:
    """A public body named by its place is named with its kind: "de rechtbank Gelderland",
    "gemeente IJsselmonde", not the place "Gelderland"."""
    prev = token_spans(before)
    if " " in name or not prev or before[prev[-1][2] :].strip():
        return name
    kind = prev[-1][0]
    return f"{kind} {name}" if kind.islower() and public_body(kind) else name


# "It is unclear whether", "It was Vale who": not "It was never told", "It was founded in"
_EXPLETIVE_IT = re.compile(
    r"(?i)^\s*it\s+(?:is|was|has\s+been|had\s+been|seems|seemed|appears|appeared|remains|"
    r"remained|'s|will\s+be|would\s+be)\b(?:\s+(?:not|never|also|still|now))*"
    r"(?!\s+(?:\w+ed|told|given|sold|made|known|built|taken|paid|sent|held|kept|found)\b)"
)


#: the opposite party of a legal role
_OPPONENT = {"plaintiff": "defendant", "defendant": "plaintiff"}


@dataclass
class Discourse:
    """What the sentences so far have named: persons, organisations, roles, subjects."""

    ctx: NameContext
    author: str | None = None
    persons: list[str] = field(default_factory=list)  # most recent last
    orgs: list[str] = field(default_factory=list)
    org_subjects: list[str] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # role -> name
    titled: dict[str, str] = field(default_factory=dict)  # "directeur" -> "Bart Visscher"
    genders: dict[str, str] = field(default_factory=dict)  # norm name -> "f" / "m"
    taught: dict[str, str] = field(default_factory=dict)  # by a pronoun, from the next sentence
    prev_subject: str | None = None
    prev_persons: list[str] = field(default_factory=list)
    types: dict[str, str] = field(default_factory=dict)  # kind of organisation -> its name
    kinds: dict[str, str] = field(default_factory=dict)  # "provincie" -> "Peelland" (kind_nouns)
    owned: dict[str, str] = field(default_factory=dict)  # "rapport" -> "Stelvia" ("van X")
    things: list[str] = field(default_factory=list)  # subjects that are no party ("The plan")
    plural_speaker: str | None = None  # "Lawyers for the institute", for a later "they said"
    mentions: dict[str, int] = field(default_factory=dict)  # norm name -> times named
    sentence: str = ""  # the whole sentence being read (its frame included)
    prev_thing: bool = False  # the sentence before was about a thing ("The reports date ...")
    last_persons: list[str] = field(default_factory=list)  # named in the sentence before
    new_paragraph: bool = False  # the sentence being read opens a paragraph
    groups: dict[str, str] = field(default_factory=dict)  # "inspectors" -> their organisation
    prev_group: str | None = None  # the organisation of the group named in the sentence before
    affil: dict[str, str] = field(default_factory=dict)  # norm person name -> organisation
    orgs_before: list[str] = field(default_factory=list)  # ``orgs`` before this sentence
    speaker: str | None = None  # the source of the sentence being read ("Volgens X", "X said")
    prev_speaker: str | None = None  # the source of the sentence before
    not_third: list[str] = field(default_factory=list)  # no "he"/"she": the author of "I"
    around: tuple[list[str], int] = ([], 0)  # the document's sentences, this one's index

    def __post_init__(self) -> None:
        if self.author and self.ctx.classify(self.author) == "org":
            self._learn_types(self.author, "", "")

    # -------------------------------------------------------------------- what is known
    def _is_person(self, m: Mention) -> bool:
        known = m.kind == "unknown" and bool(self.ctx.known_match(m.text))
        return (m.kind == "person" or known) and norm_name(m.text) not in self.ctx.places

    def _same(self, a: str, b: str) -> bool:
        return norm_name(a) == norm_name(b) or self.ctx.same_person(a, b)

    def gender(self, name: str) -> str | None:
        key = norm_name(name)
        if key in self.genders:
            return self.genders[key]
        full = self.ctx.known_match(name) or key
        first = full.split()[0] if full.split() else ""
        if first in FEMALE_FIRST:
            return "f"
        if first in MALE_FIRST:
            return "m"
        for k, g in self.genders.items():
            if self.ctx.same_person(k, name):
                return g
        return None

    def is_org(self, name: str | None) -> bool:
        """``name`` is an organisation (by its name, or named as one before)."""
        if not name:
            return False
        return self.ctx.classify(name) == "org" or name in self.orgs or name in self.org_subjects

    def is_entity_noun(self, phrase: str) -> bool:
        """The description's noun names a party (a person, an organisation, a group: "the
        city", "de ondernemingsraad", "412 leden"), not a thing or an event ("the
        inspections", "het ontslag")."""
        toks = [t[0].lower() for t in token_spans(phrase)]
        if not toks or toks[0] in QUANTIFIERS or toks[0].isdigit() or site_at_place(phrase):
            return bool(toks)  # "412 leden"; "de kaasmakerij in Hornweer": a site of its own
        of = [k for k, t in enumerate(toks) if t in ("van", "of")]
        if of and of[0] > 1 and not party_word(toks[of[0] - 1]):
            return False  # "De notitie van de toezichthouder": a note, not its writer
        return party_word(toks[-1]) or bool(_ROLE_RE.search(phrase))

    def is_author(self, name: str | None) -> bool:
        if not name or not self.author:
            return False
        if self._same(name, self.author):
            return True
        a = norm_name(self.author)
        short = [t for t in a.split() if t not in ORG_SUFFIXES]
        if short and short != a.split() and norm_name(name) == " ".join(short):
            return True  # "Lumen" in a document of Lumen Labs
        return any(w in ORG_NOUNS and w in a for w in norm_name(name).split()[-1:])

    # -------------------------------------------------------------------- resolving
    def resolve(self, phrase: str | None, sentence: str = "") -> str | None:
        """The name ``phrase`` (a name, pronoun or description) refers to, or None."""
        if not phrase:
            return None
        phrase = " ".join(phrase.split())
        names = [m for m in _names(self.ctx, phrase) if not in_pp(phrase[: m.start])]
        toks = [t[0].lower() for t in token_spans(phrase)]
        group = self._group(phrase, toks, names)
        if group:
            return group
        if names and toks and toks[0] in DETERMINERS and phrase[names[-1].end :].strip():
            # "The Veldmere mill": a name that modifies the noun; the organisation of that
            # kind when one was named ("Korvane paper mill")
            tail = token_spans(phrase[names[-1].end :])
            if tail and tail[-1][0].islower():
                for kind in type_words(tail[-1][0]):
                    if kind in self.types and not self._same(self.types[kind], names[-1].text):
                        return self.types[kind]
        if (
            names
            and toks[0] in ("its", "zijn", "hun", "their")
            and names[0].start > 0
            and phrase[names[0].end :].strip()[:1].islower()
        ):
            # "Its OrindaCell batteries": a product named, the organisation "its" stands for
            return self.resolve("it") if toks[0] == "its" else self.resolve(toks[0], sentence)
        if len(names) == 1 and re.fullmatch(r"[A-Z]{2,6}", phrase):
            # "GRN" after "Groenrecycling Noord", "HSE" after "Health and Safety Executive":
            # the organisation the initials stand for
            full = [o for o in self.persons + self.orgs if stands_for(phrase, o)]
            if full:
                return full[-1]
        if names and not (toks and toks[0] in _POSSESSIVES and len(names[0].text) < 3):
            return _body_of_place(phrase[: names[0].start], " ".join(names[0].text.split()))
        if not toks:
            return None
        if len(toks) == 1 and toks[0] in FIRST_PERSON | FIRST_PLURAL:
            # "we" in an op-ed by the coordinator of a food bank: the food bank
            plural = toks[0] in FIRST_PLURAL and self.author
            own = affiliation_of(self.affil, self.author, self._same) if plural else None
            return own or self.author
        if len(toks) > 2 and "its" in toks[1:-1] and toks[0] not in DETERMINERS:
            # "Three of its turboprops": about the organisation "its" stands for
            return self.resolve("it") or (self.orgs[-1] if self.orgs else None)
        if toks == ["it"]:  # not "It is unclear whether ...", "It was Vale who ..."
            return None if _EXPLETIVE_IT.match(sentence) else it_referent(self)
        if len(toks) == 1 and toks[0] in FEMALE_PRONOUNS | MALE_PRONOUNS:
            g = "f" if toks[0] in FEMALE_PRONOUNS else "m"
            who = org_zij(self, toks[0], sentence) or self._pronoun(g, sentence)
            if who and who not in self.org_subjects and teaches_gender(toks[0], sentence):
                self.taught.setdefault(norm_name(who), g)
            return who
        head = toks[-1]
        role = _ROLE_RE.search(phrase)
        its_thing = toks[0] == "its" and not (role or head in PERSON_NOUNS)
        if len(toks) > 1 and its_thing and not is_title(toks[1]):
            # "Its annual report for 2022 does not mention the trial": the organisation's
            return self.resolve("it")
        if len(toks) == 2 and toks[0] in _THIRD_POSSESSIVES and head in _UNIT_NOUNS:
            # "Haar afdeling had daar geen geld voor": the organisation she works for
            orgs = [o for o in self.org_subjects if not is_description(o) and not public_body(o)]
            if orgs:
                return orgs[-1]
        if len(toks) > 1 and toks[0] in _THIRD_POSSESSIVES:
            if role or head in PERSON_NOUNS or is_title(head):
                return None  # "haar advocaat", "his lawyer": someone else than her or him
            prev = self.prev_subject
            if len(toks) == 2 and toks[0] in ("haar", "zijn") and prev in self.org_subjects:
                return prev  # "De coöperatie telt 1.200 leden. Haar omzet ...": the organisation's
            if len(toks) == 2 and head in ORG_ANAPHORS and toks[0] != "hun":
                # "Zijn bedrijf verkocht het pand", "her company": his or hers, not the last org
                g = "f" if toks[0] in FEMALE_PRONOUNS and toks[0] != "zijn" else "m"
                owner = self._pronoun(g, sentence) if toks[0] not in ("their",) else None
                if owner:
                    return owner
            if head not in ORG_ANAPHORS and head not in DOC_FRAMERS and len(toks) <= 3:
                # "Her request was approved": about the one the possessive points to
                g = "f" if toks[0] in FEMALE_PRONOUNS and toks[0] != "zijn" else "m"
                return self._pronoun(g, sentence) if toks[0] not in ("their", "hun") else None
        if len(toks) > 1 and toks[0] in _OUR and not role and self.author:
            return affiliation_of(self.affil, self.author, self._same) or self.author  # "onze"
        if self.author and head in ORG_NOUNS and head in norm_name(self.author):
            return self.author
        if toks[0] in _DEMONSTRATIVE_DETS | {"that", "dat", "die"} and head in EVENT_NOUNS:
            # "This reply referred to ...", "Dat voorstel ...": about the one who made it, the
            # person who was the subject before
            prev = self.prev_subject
            if prev and any(self._same(prev, p) for p in self.persons):
                return prev
        if not role and len(toks) > 1 and toks[0] not in _THIRD_POSSESSIVES | _OUR:
            # "de zorggroep", "the club", "de verzekeraar": the organisation of that kind
            for kind in type_words(head):
                if kind in self.types:
                    return self.types[kind]
            if len(toks) == 2 and (got := kind_referent(head, self.kinds, toks[0])):
                return got  # "de provincie" after "provincie Peelland"
            # "the museum" after "the Ledbury Museum of Science", "het park" after "Windpark
            # De Kraaienhorst", "de club" after "tennisvereniging De Berkenhof"
            if (
                toks[0] in DETERMINERS
                and len(toks) <= 3
                and (got := described_referent(self, head))
            ):
                return got
        if len(toks) == 2 and toks[0] in DETERMINERS and toks[1] in self.titled:
            return self.titled[toks[1]]  # "de directeur" after "directeur Bart Visscher"
        if role:
            canon = _ROLE_OF[role.group(1).lower()]
            if canon in self.roles:
                return self.roles[canon]
            other = self.roles.get(_OPPONENT.get(canon, ""))
            if other:  # "the respondent" after "The claimant, Mr Okonjo, ...": the other party
                return self._other_party(other, sentence)
        last = token_spans(phrase)[-1][0]
        if len(toks) == 2 and toks[0] in DETERMINERS and is_epithet(last):
            # "The Scot", "De Rotterdamse": the person before, of that gender when it shows
            return self._epithet_person(sentence, epithet_gender(last))
        if len(toks) <= 3 and toks[0] in DETERMINERS and _COURT_PERSON.match(head):
            # "De kantonrechter heeft X bevolen": the court itself, no person named before
            return phrase
        if (head in PERSON_NOUNS or is_title(head) or role) and (
            toks[0] in INDEFINITE_ARTICLES
            or (not role and len(toks) > 2 and toks[0] in DETERMINERS and _OWNER.match(toks[1]))
        ):
            # "a council spokesperson", "een woordvoerder": someone new; "The council's
            # monitoring officer": that body's person; neither is the person named before,
            # but the one its apposition names ("by the gallery's chair, Ruth Abara,")
            app = re.search(re.escape(phrase) + r"\s*,\s*([^,]{2,60})", sentence)
            named = [m for m in _names(self.ctx, app.group(1)) if self._is_person(m)] if app else []
            return " ".join(named[0].text.split()) if named and named[0].start == 0 else None
        if role or head in PERSON_NOUNS or is_title(head) or head in DEMONYM_NOUNS:
            return self._salient_person(sentence, aside=True)
        own_doc = (
            self.author is not None and self.is_org(self.author) and not is_newsroom(self.author)
        )
        if own_doc and toks[0] in DETERMINERS and len(toks) == 2 and head in _OWN_ORG_ANAPHORS:
            return self.author  # "The company has cooperated fully" in its press release
        if got := body_owner(self, toks):  # "the trust board": the trust's
            return got
        if head in ORG_ANAPHORS:
            for pool in (self.org_subjects, self.orgs, self._orgs_here(phrase)):
                # "the company": not the agency or union named last ("the company was fined"
                # after "the Food Standards Agency"), nor a body described ("De gemeenteraad");
                # else the one the sentence's frame names ("X, ... at the Halden Institute,")
                fits = [
                    o
                    for o in pool
                    if (head in ANY_ORG or not public_body(o))
                    and (head in ANY_ORG or not is_description(o))
                    and norm_name(o) not in self.ctx.places  # the dateline's town
                    and not kind_clash(self, head, o)  # "the company": not "a London fund"
                ]
                if fits:
                    return fits[-1]
            if own_doc:
                return self.author  # "the board" in a company's press release, nothing before
        if owned_by(self.owned, toks):  # "Het rapport" after "een rapport van bureau X"
            return owned_by(self.owned, toks)
        return None

    def _group(self, phrase: str, toks: list[str], names: list[Mention]) -> str | None:
        """The organisation a group of its people stands for: "Two inspectors from the Port
        Safety Authority", "The council's two inspectors", "her officers"; "They" after a
        sentence that named such a group, "the inspectors" after it was named."""
        if toks == ["they"] and self.prev_group:
            return self.prev_group
        if not any(group_noun(t) for t in toks[:4]) or (names and names[0].start == 0):
            return None
        found = groups_in(phrase, self._org_of, self._person_org)
        if found and (group_noun(toks[-1]) or toks.index(found[0][0]) < 4):
            return found[0][1]
        if len(toks) == 2 and toks[0] in DETERMINERS and toks[1] in self.groups:
            return self.groups[toks[1]]
        return None

    def topic_org(self) -> str | None:
        """The organisation the text is about: the one last a subject (not a description:
        "the council")."""
        named = [o for o in self.org_subjects if not is_description(o)]
        return named[-1] if named and self.prev_subject == named[-1] else None

    def _org_of(self, phrase: str) -> str | None:
        """``phrase`` resolved to an organisation, not a person."""
        if group_noun((phrase.split() or [""])[-1]):
            return None
        r = self.resolve(phrase)
        if not r or any(self._same(r, p) for p in self.persons) or self.gender(r):
            return None
        return r

    def _person_org(self, possessive: str) -> str | None:
        """The organisation of the person "her" / "his" stands for: one the sentence
        introduces with its organisation's title, else the pronoun's referent's."""
        g = "f" if possessive in FEMALE_PRONOUNS and possessive != "zijn" else "m"
        for name, org in affiliations(self.sentence, self._org_of):
            if self.gender(name) in (None, g):
                return org
        person = self._pronoun(g, "")
        return self.affil.get(norm_name(person)) if person else None

    def _orgs_here(self, phrase: str) -> list[str]:
        """The organisations named in the sentence being read, outside ``phrase``."""
        out = []
        for m in _names(self.ctx, self.sentence):
            name = " ".join(m.text.split())
            if not self._is_person(m) and m.kind != "unknown" and name not in phrase:
                out.append(name)
        return out

    def _named_in(self, sentence: str) -> list[str]:
        return [m.text for m in _names(self.ctx, sentence) if self._is_person(m)]

    def _pronoun(self, gender: str, sentence: str) -> str | None:
        here = self._named_in(sentence) + self.not_third + says_i(self)  # "ik": no "hij"
        toks = [t[0].lower() for t in token_spans(sentence)]
        reply = len(toks) > 1 and toks[1] in REPLY_VERBS

        def ok(p: str) -> bool:
            g = self.gender(p)
            return (g is None or g == gender) and not any(self._same(p, h) for h in here)

        order: list[str] = []
        others = [
            p for p in reversed(self.prev_persons) if not self._same(p, self.prev_subject or "")
        ]
        if reply:
            order += others
        # the source of the sentence before ranks above the subject of what it reported
        # ("Volgens directeur X had Y ... . Zij overlegde ...": X), as a main clause's subject
        # ranks above an embedded one's
        src = self.prev_speaker
        known = src is not None and self.gender(src) == gender  # a gender shown, not guessed
        if known and src != self.prev_subject and any(self._same(src, p) for p in self.persons):
            order.append(next(p for p in self.persons if self._same(src, p)))
        if person_subject(self):  # not "Bakkerij Van Oostveen" for "Van Oostveen"
            order.append(self.prev_subject)
        order += others + list(reversed(self.persons))
        for p in order:
            if ok(p):
                return p
        return None

    def _salient_person(self, sentence: str, aside: bool = False) -> str | None:
        """The person a description stands for; ``aside``: not the speaker (of herself Vrijhof
        says "ik", so her "de wethouder" is someone else), nor the document's writer."""
        here = self._named_in(sentence) + [w for w in (self.speaker, self.author) if aside and w]
        order = ([self.prev_subject] if self.prev_subject else []) + list(reversed(self.persons))
        for p in order:
            if any(self._same(p, q) for q in self.persons) and not any(
                self._same(p, h) for h in here
            ):
                return p
        return None

    def _epithet_person(self, sentence: str, gender: str | None) -> str | None:
        """The person an epithet ("The Scot", "De Rotterdamse") stands for: the one named
        last, of the epithet's gender when it has one, not one named in the sentence."""
        here = self._named_in(sentence)
        fits = [
            p
            for p in reversed(self.persons)
            if not any(self._same(p, h) for h in here)
            and (gender is None or self.gender(p) in (None, gender))
            and not self.is_author(p)
        ]

        def tier(p: str) -> tuple[int, int]:
            # a person of that gender first, then a person the record knows or whose first
            # name tells a gender ("Liam Brooks", not "Series B"); within a tier the person
            # named in the sentence before, in the same paragraph ("Frith declined to
            # comment. The Scot, ..."), else the person named most often: an epithet that
            # opens a paragraph, with others named since its person, is for the one the
            # article is about ("De Amersfoorter" three sentences after Aydin, the lawyer and
            # the chairman named since)
            g = self.gender(p)
            if gender and (g == gender or (g is None and self.ctx.known_match(p))):
                first = 0  # of that gender, or a record person whose gender nothing tells
            else:
                first = 1 if self.ctx.known_match(p) or self.gender(p) else 2
            if not self.new_paragraph and any(self._same(p, q) for q in self.last_persons):
                return first, -1000, 0
            return first, -self._times_named(p), self._first_named(p)

        fits.sort(key=tier)  # stable: the most recent first within a tier
        return fits[0] if fits else None

    def _times_named(self, person: str) -> int:
        return sum(n for k, n in self.mentions.items() if self._same(k, person))

    def _other_party(self, opponent: str, sentence: str) -> str | None:
        """The party opposite ``opponent`` in a case: the organisation named last that is not
        the opponent (an employee's employer is the respondent), else the salient person who
        is not the opponent."""
        for o in reversed(self.org_subjects + self.orgs):
            if not self._same(o, opponent):
                return o
        who = self._salient_person(sentence)
        return None if who and self._same(who, opponent) else who

    def _first_named(self, person: str) -> int:
        """The order in which ``person`` was first named (ties: the one named first, whom the
        article is about)."""
        keys = list(self.mentions)
        return next((i for i, k in enumerate(keys) if self._same(k, person)), len(keys))

    # -------------------------------------------------------------------- following along
    def _learn_types(self, name: str, before: str, after: str) -> None:
        """The kinds of organisation ``name`` is, from its own words ("Havenstad Zorggroep",
        "Supportersvereniging De Molenaars", "SC Ravenwijk") and a noun right before or after
        it ("verzekeraar DeltaZorg", "the union Bond Papier", "Korvane paper mill")."""
        toks = [t[0] for t in token_spans(name)]
        kinds: list[str] = []
        if len(toks) > 1:
            kinds += type_words(toks[0]) + type_words(toks[-1])
            if toks[0].lower() in CLUB_MARKERS:
                kinds.append("club")
        elif toks and "-" in toks[0]:  # "het Sint-Annaziekenhuis": a hospital
            last = toks[0].rsplit("-", 1)[-1]
            kinds += [k for k in type_words(last) if k != last.lower()]
        prev = token_spans(before)
        if prev and prev[-1][0].islower() and before[prev[-1][2] :].strip() == "":
            kinds += type_words(prev[-1][0])
        nxt = token_spans(after)[:2]
        if nxt and after[: nxt[0][1]].strip() in ("", "'s", "’s"):
            for w, _, _ in nxt:
                if (
                    not w.islower()
                    or is_verb(w)
                    or w in DETERMINERS | _DEMONSTRATIVE_DETS | {"die"}
                ):
                    break  # "Utrecht heeft hockeyclub De Vonk", "Zorgkring die post": not its kind
                kinds += type_words(w)
        if any(t.lower() in REGULATOR_WORDS for t in toks) and len(toks) > 1:
            kinds += REGULATOR_KINDS  # "the regulator" after "the Office of Rail Safety"
        for kind in kinds:
            self.types[kind] = _body_of_place(before, name)

    def _learn_title(self, before: str, name: str) -> None:
        """The title right before a person's name, with its modifier: "directeur Bart
        Visscher" -> "directeur", "Financieel directeur Marleen Pauw" -> "financieel
        directeur", so that "de directeur" is Visscher and not Pauw."""
        prev = token_spans(before)[-2:]
        if not prev or before[prev[-1][2] :].strip() or not is_title(prev[-1][0]):
            return
        key = prev[-1][0].lower()
        if len(prev) == 2:
            w, start, end = prev[0]
            lw = w.lower()
            if (
                before[end : prev[1][1]] == " "
                and lw not in DETERMINERS | PREPOSITIONS | COMMON | _NOT_MODIFIERS
                and not is_verb(w)
                and (w[:1].islower() or not before[:start].strip())
            ):
                key = f"{lw} {key}"  # "financieel directeur", "technisch directeur"
                if prev[1][0][:1].isupper():  # "Employment Judge X": "the judge" later too
                    self.titled.setdefault(prev[1][0].lower(), name)
        self.titled[key] = name

    def caption(self, text: str) -> None:
        """A legal caption ("Vale v. Lumen Labs - Complaint", "Gallagher vs. Harbourline
        Ferries") in the title or a heading: its first party is the plaintiff, its second the
        defendant, for "Plaintiff" and "Defendant" that no name follows in the document."""
        m = _CAPTION_RE.search(" ".join(text.split()))
        if not m:
            return
        first = _names(self.ctx, m["p"])
        second = _names(self.ctx, m["d"])
        if first and second:
            self.roles.setdefault("plaintiff", " ".join(first[-1].text.split()))
            self.roles.setdefault("defendant", " ".join(second[0].text.split()))

    def observe(self, text: str, subject: str | None, skipped: bool = False) -> None:
        """Take in a sentence (``text``, claimant frames included) and its resolved subject;
        a ``skipped`` sentence (not a claim) adds names and roles only."""
        sentence_persons: list[str] = []
        self.orgs_before = list(self.orgs)
        self.genders = {**self.taught, **self.genders}
        for m in _names(self.ctx, text):
            name = " ".join(m.text.split())
            before = text[max(0, m.start - 40) : m.start]
            after = text[m.end : m.end + 60]
            # "windpark Oude Polder", "the charity Open Doors": a kind noun names an organisation
            named_kind = kind_named(before, after) and not self.ctx.known_match(name)
            if self._is_person(m) and not named_kind:
                self.persons = [p for p in self.persons if not self._same(p, name)] + [name]
                place = " " not in name and re.search(r"(?i)\b(?:in|te|uit|naar)\s*$", before)
                if not place:  # "in Dalfsen": a place, though a surname ends with it
                    self.mentions[norm_name(name)] = self.mentions.get(norm_name(name), 0) + 1
                if not any(self._same(p, name) for p in sentence_persons):
                    sentence_persons.append(name)
                words = [w.lower() for w in TOKEN_RE.findall(before)[-2:]]
                if any(w in FEMALE_NOUNS for w in words):
                    self.genders.setdefault(norm_name(name), "f")
                elif any(w in MALE_NOUNS for w in words):
                    self.genders.setdefault(norm_name(name), "m")
            elif m.kind == "unknown" and " " not in name and in_pp(before[-25:]):
                pass  # "De kantonrechter in Utrecht": a place, never "the club" or "het bestuur"
            else:
                self.orgs = [o for o in self.orgs if o != name] + [name]
                self._learn_types(name, before, after)
                learn_kind(self.kinds, before, name)  # "provincie Peelland": its own kind
            learn_owned(self.owned, before, name)  # "een rapport van X": theirs; "Mijn moeder, X,"
            # roles: "medeoprichter Marcus Vale", "Defendant Lumen Labs", "X, the CTO,"
            pre = re.search(r"([\w' -]{2,40})\s*$", before)
            if pre:
                head = pre.group(1).split(",")[-1]
                roles = list(_ROLE_RE.finditer(head))
                # the role right before the name ("Plaintiff Niamh Gallagher"), not in a clause
                # before it ("Plaintiff alleges that Lumen ...", "Bestuursvoorzitter Marieke
                # Dijkstra van Havenstad Zorggroep": hers): only titles may come between
                between = token_spans(head[roles[-1].end() :]) if roles else []
                if roles and all(is_title(t[0]) for t in between):
                    self.roles[_ROLE_OF[roles[-1].group(1).lower()]] = name
            if self._is_person(m):
                self._learn_title(before, name)
            app = re.match(r"\s*,\s*([^,]{2,60}),", after)
            if app:
                roles = _ROLE_RE.findall(app.group(1))
                if roles:
                    self.roles.setdefault(_ROLE_OF[roles[0].lower()], name)
                    self.roles[_ROLE_OF[roles[0].lower()]] = name
        self.roles.update(party_roles(text, self.ctx))  # "Eiseres, Dewi Rijkaart (52), ..."
        self.last_persons = sentence_persons
        self.prev_speaker, self.speaker = self.speaker, None
        found = groups_in(text, self._org_of, self._person_org)
        self.groups.update(found)
        self.prev_group = found[-1][1] if found else None
        learn_affiliations(self, text, affiliations(text, self._org_of))
        if skipped:
            return
        if subject and is_description(subject):  # "The city", "De ondernemingsraad"
            if self.is_entity_noun(subject):
                self.org_subjects = [o for o in self.org_subjects if o != subject] + [subject]
            else:
                self.things = [o for o in self.things if o != subject] + [subject]
        elif subject:
            kind = self.ctx.classify(subject)
            # an organisation by its suffix counts even when known (the author's own name)
            if kind == "org" or (kind == "unknown" and not self.ctx.known_match(subject)):
                self.org_subjects = [o for o in self.org_subjects if o != subject] + [subject]
                if subject not in self.orgs:
                    self.orgs.append(subject)
        self.prev_subject = subject
        self.prev_persons = sentence_persons
