"""Names of persons and organisations in claim sentences.

A name is a run of capitalised words, joined by single spaces, with name particles inside
("Jan de Groot", "Piet van der Berg") and, capitalised, at its start ("De Groot"). Titles and
roles before it are dropped ("Plaintiff Marcus Vale" -> "Marcus Vale"), and so are words that
are capitalised only because they start the sentence, and nationality or regional adjectives
("The Welsh regulator", "De Amsterdamse advocaat Sjoerd Veenstra", "The Canadian-born
executive"): taken for a name, they became the subject of the claim. A :class:`NameContext` built from the
whole document (and the record's known person names) then tells persons from organisations:

* known names (``names``, the document author) and multi-word names are persons, and so is a
  single word that is part of one ("Vale" once "Marcus Vale" was seen);
* a name ending in an organisation suffix ("Lumen Labs", "Vale Motors") is an organisation, and
  so is the rest of it on its own ("Lumen") unless that is also part of a person's name;
* any other single word is "unknown" (a surname or a company; nothing tells them apart).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from onrecord.check.language.affiliation_van import affiliation_van
from onrecord.check.language.article_lexicon import is_epithet, is_pronominal_adverb
from onrecord.check.language.claim_lexicon import (
    COMMON,
    EN_VERBS,
    FEMALE_FIRST,
    MALE_FIRST,
    NL_VERBS,
    OF_NAME_HEADS,
    ORG_HEADS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    ORG_TYPE_NOUNS,
    PARTICLES,
    PLACE_HEADS,
    QUANTIFIERS,
    is_place_adjective,
    is_title,
)
from onrecord.check.language.initial_words import inner_capitals
from onrecord.check.language.name_form import POSSESSIVE, norm_name
from onrecord.check.language.org_names import ORG_NAME_FIRSTS, kind_apposition, org_by_words
from onrecord.check.language.place_names import is_place_name
from onrecord.check.quantities.numbers import number_word
from onrecord.text.wordsets import wordset

__all__ = ["Mention", "NameContext", "norm_name"]

TOKEN_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` (``TOKEN_RE``) with their start and end offsets."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


_POSSESSIVE = POSSESSIVE
_WORDS_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: an email address, a URL and a bare domain ("tidewell.example/recall", "quillon.co.uk"): the
#: lower-case organisation name in it makes no common word of "Tidewell"
_ADDRESS_RE = re.compile(
    r"\S+@\S+|\b(?:https?://|www\.)\S+|\b[a-z][\w-]*(?:\.[a-z][\w-]*)*"
    r"\.(?:com|org|net|nl|be|de|eu|uk|io|info|gov|example)\b(?:/\S*)?"
)


#: titles that a portfolio may follow before the name: "wethouder Financiën Bart Mulder"
PORTFOLIO_TITLES = frozenset(
    {"wethouder", "minister", "gedeputeerde", "staatssecretaris", "portefeuillehouder"}
)


_OPENS_QUOTE = re.compile(r"(?:^|\s)[\"“„]\s?$")


def _clean_token(tok: str) -> str:
    return norm_name(tok).replace(" ", "")


def _cap(tok: str) -> bool:
    return tok[:1].isupper()


#: a newsroom desk that ends a byline's capitalised words ("Islands Correspondent", "Political
#: Editor"): a role, not a person's name
_DESK_ROLES = wordset(
    "correspondent correspondente editor reporter columnist verslaggever verslaggeefster "
    "redacteur redactrice"
)


@dataclass(slots=True)
class Mention:
    text: str  # as written, titles and possessive 's removed
    start: int  # span in the text searched
    end: int
    kind: str  # "person", "org", "unknown" or "other" (a place)

    @property
    def key(self) -> str:
        return norm_name(self.text)


def _surname_forms(full: str) -> set[str]:
    toks = full.split()
    forms = {full}
    if len(toks) > 1:
        forms.add(toks[-1])
        for i in range(1, len(toks)):
            if toks[i] in PARTICLES:
                forms.add(" ".join(toks[i:]))
                break
    return forms


def _org_tail(text: str, toks: list[tuple[str, int, int]], k: int) -> bool:
    """The capitalised words from token ``k`` on end a name with an organisation's suffix
    ("Tram Workers' Union", "Ormsby Health Trust"), so an "and" before them joins them."""
    n = 0
    while k < len(toks) and n < 5 and _cap(toks[k][0]):
        end = _clean_token(toks[k][0])
        if end in ORG_SUFFIXES or end in _ORG_ENDS:
            return True
        gap = text[toks[k][2] : toks[k + 1][1]] if k + 1 < len(toks) else ""
        if gap not in (" ", "' ", "’ "):
            return False
        k, n = k + 1, n + 1
    return False


#: last words of organisations' names besides the legal suffixes
_ORG_ENDS = frozenset({"union", "trust", "council", "authority", "commission", "board", "bond"})


#: kinds that open an organisation's own name, never a person's: "Theater De Kolk"
_KIND_FIRST = frozenset({"theater", "hospice", "museum", "stichting", "zorggroep", "bibliotheek"})


#: the last word of a public body's name, capitalised: no person's surname
_BODY_ENDS = frozenset(
    {"office", "commission", "department", "service", "executive", "directorate", "board"}
)
#: the last word of a statute's name ("Employment Rights Act", "Working Time Regulations"),
#: the first of a Dutch one ("Wet Markt en Overheid"): a law, no person a pronoun could be
_LAW_ENDS = frozenset({"act", "regulations", "directive"})


def _org_compound(word: str) -> bool:
    """A Dutch compound that names a kind of organisation: "transportbedrijf", "zorggroep"."""
    return any(word.endswith(n) and len(word) > len(n) + 2 for n in ORG_TYPE_NOUNS if len(n) >= 4)


class NameContext:
    """What a document (and the record) says about which names are persons."""

    def __init__(
        self,
        texts: Iterable[str] = (),
        names: Sequence[str] = (),
        orgs: Sequence[str] = (),
        places: Sequence[str] = (),
    ) -> None:
        # "Oliver Brandreth, counsel for the Claimant" (an author with a role): the name only,
        # or "Claimant" became a surname of his
        self.known: list[str] = [k for k in (norm_name(n.split(",")[0]) for n in names) if k]
        self.known_forms: dict[str, str] = {}
        for k in self.known:
            for form in _surname_forms(k):
                self.known_forms.setdefault(form, k)
        # a known name that is an organisation's ("Orinda Energy", the author of a press
        # release) lends no person tokens: "Orinda" alone is not a person
        self.person_tokens: set[str] = {
            t
            for k in self.known
            if k.split()[-1] not in ORG_SUFFIXES and k.split()[0] not in ORG_HEADS
            for t in k.split()
            if t not in PARTICLES
        }
        self._cache = None
        # organisations known as such (the author of a press release with an "About X"
        # section): the name and its first word
        self.org_prefixes: set[str] = {
            f for k in (norm_name(o) for o in orgs) if k for f in (k, k.split()[0])
        }
        # places the document names as such (its dateline: "BARNSHAW -"): "the company" is
        # never Barnshaw, though "Residents of Barnshaw" may be a claim's subject
        self.places: set[str] = {k for k in (norm_name(p) for p in places) if k}
        self.lower_words: set[str] = set()
        texts = list(texts)
        for text in texts:
            self._learn_lower(text)
        self.mid_caps = inner_capitals(texts)
        for text in texts:
            for m in self.mentions(text):
                toks = m.key.split()
                if m.kind == "org" and len(toks) > 1 and toks[-1] in ORG_SUFFIXES:
                    self.org_prefixes.add(" ".join(toks[:-1]))
                elif m.kind == "org" and org_by_words(m.text) and toks[0] not in ORG_NAME_FIRSTS:
                    self.org_prefixes.add(" ".join(toks[:-1]))  # "Morrow Mutual" -> "Morrow"

        for text in texts:  # "hockeyclub De Vonk", "verzekeraar DeltaZorg": an organisation
            toks = [(m.group(), m.start()) for m in TOKEN_RE.finditer(text)]
            starts = {st: k for k, (_, st) in enumerate(toks)}
            for m in self.mentions(text):
                k = starts.get(m.start, 0)
                prev = toks[k - 1][0] if k else ""
                # "our insurer, Morrow Mutual", "de huidige vervoerder, Noordpijl"
                first = m.key.split()[0]
                if (
                    kind_apposition(text[: m.start])
                    and first not in FEMALE_FIRST
                    and first not in MALE_FIRST
                    and not self.known_match(m.text)
                ):
                    self.org_prefixes.add(m.key)
                if k and text[toks[k - 1][1] + len(prev) : m.start] != " ":
                    continue  # "van de club, Wouter Brandsen": an apposition, not a kind
                # "Stichting Lichtval heeft ..." opening a sentence: the capital is the
                # sentence's, the kind is still a kind
                low_prev = prev if prev.islower() else prev.lower() if k == 1 else ""
                kind_before = low_prev in ORG_TYPE_NOUNS or _org_compound(low_prev)
                if kind_before and not self.known_match(m.text):
                    self.org_prefixes.add(m.key)
                # "Netbeheerder Gasnet Oost" opening a sentence: the kind is capitalised there,
                # the name after it ("Gasnet Oost heeft ...") is the organisation's
                toks_m = m.key.split()
                lead = toks_m[0] if len(toks_m) > 1 else ""
                if lead and (
                    lead in ORG_TYPE_NOUNS or _org_compound(lead) or lead in ORG_NAME_FIRSTS
                ):
                    rest = " ".join(toks_m[1:])
                    if not self.known_match(rest):
                        self.org_prefixes.add(rest)
        self._learn_short_forms(texts)
        for text in texts:
            for m in self.mentions(text):
                toks = m.key.split()
                if m.kind == "person" and len(toks) > 1:
                    # "Festival Lichtval" lends no person's name to "Lichtval" (an organisation)
                    self.person_tokens.update(
                        t for t in toks if t not in PARTICLES and t not in self.org_prefixes
                    )
        self._cache: dict[str, list[Mention]] | None = {}  # from now on, kinds are settled

    def _learn_short_forms(self, texts: list[str]) -> None:
        """A two- or three-word name that the document later shortens to its first word and
        never to its last is an organisation: "Pellworth Mining" ... "Pellworth said", "Corvid
        Therapeutics" ... "Corvid raised"; a person is shortened to the surname ("Castell")."""
        singles: set[str] = set()
        multi: list[list[str]] = []
        which: set[str] = set()
        for text in texts:
            for m in self.mentions(text):
                toks = m.key.split()
                if len(toks) == 1:
                    singles.add(toks[0])
                elif m.kind == "person" and len(toks) <= 3 and not self.known_match(m.key):
                    multi.append(toks)
                    if re.match(r",\s+which\b", text[m.end :]):
                        which.add(m.key)  # "Calder Citylink, which is owned by ...": a thing
        for toks in multi:
            if toks[0] in singles and toks[-1] not in singles and toks[0] not in PARTICLES:
                self.org_prefixes.add(" ".join(toks))
                self.org_prefixes.add(toks[0])
            # named in full again and again, never by a surname, with no first name known
            # ("Calder Citylink" three times) or followed by "which": an organisation
            first = toks[0] in FEMALE_FIRST or toks[0] in MALE_FIRST
            again = multi.count(toks) >= 3 and toks[-1] not in singles and not first
            if again or " ".join(toks) in which:
                self.org_prefixes.add(" ".join(toks))

    def _learn_lower(self, text: str) -> None:
        text = _ADDRESS_RE.sub(" ", text)  # "press@orinda.example": not a lower-case word
        for m in _WORDS_RE.finditer(text):
            w = m.group()
            if w[0].islower():
                self.lower_words.add(w.casefold())

    def _never_inside(self, word: str) -> bool:
        """``word`` opens a sentence but the document never writes it capitalised inside one,
        and it is no part of a name the document or the record knows."""
        return (
            self.mid_caps is not None
            and word not in self.mid_caps
            and word not in self.person_tokens
            and word not in self.org_prefixes
            and word not in self.known_forms
        )

    # ----------------------------------------------------------------------------------------

    def known_match(self, name: str) -> str | None:
        """The known (record) name that ``name`` stands for, by full name or surname."""
        key = norm_name(name)
        if not key:
            return None
        if key in self.known_forms:
            return self.known_forms[key]
        toks = key.split()
        if len(toks) > 1:
            for k in self.known:
                kt = k.split()
                if kt[-1] == toks[-1] and kt[0][:1] == toks[0][:1]:
                    return k
        return None

    def classify(self, name: str) -> str:
        key = norm_name(name)
        toks = key.split()
        if not toks:
            return "other"
        if toks[-1] in ORG_SUFFIXES or toks[0] in ORG_HEADS or " & " in name:
            return "org"  # "& " joins a firm's partners: "Thorne & Ruddock"
        if len(toks) > 1 and name.split()[-1].lower().replace(".", "") in ORG_SUFFIXES:
            return "org"  # "Veldlijn B.V.", "Halden Inc.": the legal form with its dots
        if len(toks) > 1 and toks[-1] in _BODY_ENDS and name.split()[-1][:1].isupper():
            return "org"  # "Maritime Safety Office", "Parole Board": a public body's name
        if "of" in toks[1:-1] and toks[toks.index("of") - 1] in OF_NAME_HEADS:
            return "org"  # "Richmond Chamber of Commerce", "the Port of Tyne"
        if len(toks) > 1 and (_org_compound(toks[0]) or toks[0] in _KIND_FIRST):
            return "org"  # "Transportbedrijf Koldenhof", "Theater De Kolk", "Hospice X"
        if self.known_match(key):
            return "person"
        if org_by_words(name):
            return "org"  # "Morrow Mutual", "Saltreach Hospice", "Festival Lichtval"
        if len(toks) > 2 and toks[-1] in ORG_TYPE_NOUNS and name.split()[-1][:1].isupper():
            return "org"  # "Port Safety Authority", "Avonmead City Council": a kind ends it
        # an acronym before a name: "SC Ravenwijk", "FC Utrecht", "KPN Mobiel"
        first = name.split()[0]
        if len(toks) > 1 and 2 <= len(first) <= 4 and first.isalpha() and first.isupper():
            return "org"
        if len(toks) > 1 and (toks[-1] in _LAW_ENDS or toks[0] == "wet") and name[:1].isupper():
            return "other"  # "Employment Rights Act": a statute
        if len(toks) > 1 and toks[-1] in _DESK_ROLES and name.split()[-1][:1].isupper():
            return "other"  # "By Rhiannon Cole, Islands Correspondent": a byline's desk, no one
        if len(toks) > 1 and toks[-1] in ("no", "nr", "nummer", "number", "ref"):
            return "other"  # "Claim No. AB24C0917", "Zaak nr. 12": a reference, no one's name
        if toks[0] in PLACE_HEADS or is_place_name(toks):
            return "other"  # "North Sea"; "Fennick Court", "Quarry End": a place
        letters = re.sub(r"[\W\d_]", "", name)
        if letters.isupper() and len(letters) >= 2:
            return "org"  # acronyms: SEC, OM, FBI
        if len(toks) == 1:
            if key in self.person_tokens:
                return "person"
            if key in self.org_prefixes:
                return "org"
            return "unknown"
        if key in self.org_prefixes or (
            toks[0] in self.org_prefixes and toks[0] not in self.person_tokens
        ):
            return "org"
        return "person"

    @staticmethod
    def _org_words(name: str) -> bool:
        """The name's own words make it an organisation's, whoever the record knows."""
        first = norm_name(name).split()[0]
        kind_first = first in ORG_HEADS or first in _KIND_FIRST or first in ORG_NAME_FIRSTS
        return org_by_words(name) or kind_first or _org_compound(first)

    def same_person(self, a: str, b: str) -> bool:
        ka, kb = norm_name(a), norm_name(b)
        if not ka or not kb:
            return False
        if ka == kb:
            return True
        ma, mb = self.known_match(ka), self.known_match(kb)
        if ma and ma == mb:
            return True
        ta, tb = ka.split(), kb.split()
        short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        return long_[-len(short) :] == short

    # ----------------------------------------------------------------------------------------

    def mentions(self, text: str) -> list[Mention]:
        """Names in ``text`` (one clause or sentence), in order."""
        if self._cache is not None:
            hit = self._cache.get(text)
            if hit is None:
                if len(self._cache) > 10000:
                    self._cache.clear()
                hit = self._cache[text] = self._mentions(text)
            return [Mention(m.text, m.start, m.end, m.kind) for m in hit]
        return self._mentions(text)

    def _mentions(self, text: str) -> list[Mention]:
        toks = token_spans(text)
        out: list[Mention] = []
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i][0]
            if text[max(0, toks[i][1] - 2) : toks[i][1]].rstrip().endswith("°"):
                i += 1  # "55°C", "40 °F": a unit, no name
                continue
            if not _cap(tok):
                # "volgens de Groot": a lower-case particle starts a name only when known
                if tok.lower() in PARTICLES:
                    j = self._extend(text, toks, i)
                    if j > i + 1 and _cap(toks[j - 1][0]):
                        span_text = text[toks[i][1] : toks[j - 1][2]]
                        if self.known_match(span_text):
                            out.append(self._mention(text, toks, i, j, "person"))
                            i = j
                            continue
                i += 1
                continue
            j = self._extend(text, toks, i)
            out.extend(self._finish(text, toks, i, j))
            i = j
        return out

    def _extend(self, text: str, toks: list[tuple[str, int, int]], i: int) -> int:
        """End (exclusive) of the run of name words starting at token ``i``."""
        n = len(toks)
        j = i + 1
        while (
            j < n
            and (
                text[toks[j - 1][2] : toks[j][1]] == " "
                # a firm's name: "Thorne & Ruddock", "Van Dijk & Partners"
                or (text[toks[j - 1][2] : toks[j][1]] == " & " and _cap(toks[j][0]))
                # a plural possessive inside a name: "Northgate Supporters' Trust"
                or (
                    text[toks[j - 1][2] : toks[j][1]] in ("' ", "’ ")
                    and toks[j - 1][0].endswith("s")
                    and _cap(toks[j][0])
                )
            )
        ):
            t = toks[j][0]
            if _cap(t):
                j += 1
                continue
            if (
                t == "of"  # "the Office of ...", "the Richmond Chamber of Commerce"
                and OF_NAME_HEADS & {_clean_token(toks[i][0]), _clean_token(toks[j - 1][0])}
                and j + 1 < n
                and _cap(toks[j + 1][0])
                and text[toks[j][2] : toks[j + 1][1]] == " "
            ):
                j += 2  # "the Office of Rail Safety": one name
                continue
            if t in ("and", "en", "&") and j > i and _org_tail(text, toks, j + 1):
                j += 1  # "Wrenfield Bus and Tram Workers' Union", "Hartwell and Ormsby ... Trust"
                continue
            if t == "van" and affiliation_van(toks, i, j):
                break  # "Sjoerd Vellinga van Lokaal Haverbroek": a person and the party
            if t.lower() in PARTICLES:
                k = j
                while (
                    k < n
                    and toks[k][0].lower() in PARTICLES
                    and text[toks[k - 1][2] : toks[k][1]] == " "
                ):
                    k += 1
                if k < n and _cap(toks[k][0]) and text[toks[k - 1][2] : toks[k][1]] == " ":
                    j = k + 1
                    continue
            break
        return j

    def _mention(
        self, text: str, toks: list[tuple[str, int, int]], a: int, b: int, kind: str | None = None
    ) -> Mention:
        start, end = toks[a][1], toks[b - 1][2]
        written = _POSSESSIVE.sub("", text[start:end])
        end = start + len(written)
        return Mention(written, start, end, kind or self.classify(written))

    def _finish(self, text: str, toks: list[tuple[str, int, int]], i: int, j: int) -> list[Mention]:
        """Mentions in the run of capitalised tokens ``i:j``: titles split it, leading common
        words go, a known name inside it wins."""
        # a known name anywhere in the run, as a whole run of tokens (not inside "Vale Motors")
        # ... unless a lower-case "van"/"of" follows it: "Marieke Dijkstra van Havenstad
        # Zorggroep", "Joost van Lier van SC Ravenwijk" are a person and her organisation
        # ... nor inside a name its own words make an organisation's: "Morrow Mutual",
        # "Bakkerij Van Oostveen" though the record knows a Gethin Morrow, a Frank van Oostveen
        # ... nor inside a firm of partners: "Pennick & Sons" though the record knows an
        # Alan Pennick
        run = text[toks[i][1] : toks[j - 1][2]]
        is_org = _clean_token(toks[j - 1][0]) in ORG_SUFFIXES or (
            j - i > 1 and (self._org_words(run) or " & " in run)
        )
        for a in range(i, j):
            for b in range(j, a, -1):
                of = b < j and toks[b][0] in ("van", "of", "from")
                if is_org and not of:
                    continue
                span_text = text[toks[a][1] : toks[b - 1][2]]
                if self.known_match(span_text) and (b - a > 1 or _cap(toks[a][0])):
                    before = self._finish(text, toks, i, a) if a > i else []
                    if a == i + 1 and b - a > 1 and self.classify(toks[i][0]) != "org":
                        before = []  # "Penningmeester Saskia Hoek": a role, not a name
                    if a == i + 2 and _clean_token(toks[i][0]) in PORTFOLIO_TITLES:
                        before = []  # "Wethouder Duurzaamheid Ingrid Scholten": a portfolio
                    rest = b + 1 if of else b
                    after = self._finish(text, toks, rest, j) if rest < j else []
                    return [*before, self._mention(text, toks, a, b, "person"), *after]
        parts: list[tuple[int, int]] = []
        a = i
        for k in range(i, j):
            if is_title(_clean_token(toks[k][0])):
                if k > a:
                    parts.append((a, k))
                a = k + 1
        if a < j:
            parts.append((a, j))
        out: list[Mention] = []
        for a, b in parts:
            while a < b:
                word = _clean_token(toks[a][0])
                # a sentence's first word, or a quoted headline's ("Rail boss asked ...")
                at = toks[a][1]  # the last few characters only: no scan of the whole text
                initial = not re.search(r"\w", text[:at]) or _OPENS_QUOTE.search(
                    text[max(0, at - 3) : at]
                )
                capitalised_particle = word in PARTICLES and a + 1 < b
                if capitalised_particle and (
                    not initial or _clean_token(toks[a + 1][0]) in self.person_tokens
                ):
                    break  # "volgens De Groot", "De Groot zei" once "Jan de Groot" was seen
                following = toks[a + 1][0] if a + 1 < len(toks) else None
                preceding = toks[a - 1][0] if a else None
                place_adj = is_place_adjective(toks[a][0], following, preceding)
                if (  # "The Scot, who ...", "De Amersfoorter werkte": an epithet, no name
                    not place_adj
                    and a + 1 == b
                    and (preceding or "").lower() in ("the", "de", "het")
                    and is_epithet(toks[a][0])
                ):
                    place_adj = True
                # "They're", "Don't", "I'll": a common word and its contraction, no name
                contraction = re.match(r"([^\W_]+)['’](?:re|ll|ve|d|m|t|s)$", toks[a][0])
                if (
                    word in COMMON
                    or (contraction and _clean_token(contraction.group(1)) in COMMON)
                    or (initial and word in QUANTIFIERS)  # "Ruim driehonderd huurders"
                    or (initial and number_word(word) and (following or "A")[:1].islower())
                    or (word not in self.person_tokens and place_adj)
                    or (word in ORG_NOUNS and a + 1 < b)
                    or (initial and is_pronominal_adverb(word))  # "Daarin", "Hierop"
                    or (initial and a + 1 == b and self._never_inside(word))  # "Zeventien"
                    or (  # "wethouder Financiën Bart Mulder": the portfolio, then the name
                        b - a >= 3
                        and (preceding or "").lower() in PORTFOLIO_TITLES
                        and word not in FEMALE_FIRST | MALE_FIRST
                        and _clean_token(toks[a + 1][0]) in FEMALE_FIRST | MALE_FIRST
                    )
                    or (
                        initial
                        and (word in self.lower_words or word in EN_VERBS or word in NL_VERBS)
                    )
                ):
                    a += 1
                    continue
                break
            while b > a and _clean_token(toks[b - 1][0]) in PARTICLES:
                b -= 1
            if a < b:
                out.append(self._mention(text, toks, a, b))
        return out

    # ----------------------------------------------------------------------------------------

    def persons(self, text: str) -> list[Mention]:
        """Distinct persons (and unknown single names) mentioned in ``text``, in order."""
        out: list[Mention] = []
        for m in self.mentions(text):
            if m.kind not in ("person", "unknown"):
                continue
            if any(self.same_person(m.text, o.text) for o in out):
                continue
            out.append(m)
        return out

    def subject(self, text: str, exclude: str | None = None) -> str | None:
        """The person a claim is about: a known person first, then the first person, then an
        unknown name, then an organisation. ``exclude`` (the claimant) is skipped."""
        ms = [
            m
            for m in self.mentions(text)
            if m.kind != "other" and not (exclude and self.same_person(m.text, exclude))
        ]
        persons = [m for m in ms if m.kind == "person"]
        for group in (
            [m for m in persons if self.known_match(m.text)],
            persons,
            [m for m in ms if m.kind == "unknown"],
            [m for m in ms if m.kind == "org"],
        ):
            if group:
                return " ".join(group[0].text.split())
        return None
