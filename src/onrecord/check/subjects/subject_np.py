"""The subject of a clause as written (English and Dutch): a name, a pronoun or a description,
after sentence adverbs ("Daarnaast", "However", "Daarin") and a leading adverbial ("In January
2016,", "Twee dagen later"); see :mod:`onrecord.check.subjects.coref`, which resolves it."""

from __future__ import annotations

import re

from onrecord.check.language.article_lexicon import TIME_ADVERBIAL_RE, is_pronominal_adverb
from onrecord.check.language.claim_lexicon import (
    ADVERBS,
    COMMON,
    FEMALE_PRONOUNS,
    FIRST_PERSON,
    FIRST_PLURAL,
    MALE_PRONOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PREPOSITIONS,
    QUANTIFIERS,
    ROLE_GROUPS,
    SENTENCE_ADVERBS,
    is_title,
    is_verb,
)
from onrecord.check.language.claim_names import (
    Mention,
    NameContext,
    _org_compound,
    token_spans,
)
from onrecord.check.language.claim_text import ARTICLES, DETERMINERS
from onrecord.check.language.fronted import FRONT_ADVERBS, parenthetical_end
from onrecord.check.language.nl_inverted import (
    FRONT_TIME_ADVERBS,
    bare_subject_end,
    date_pp_end,
)
from onrecord.check.language.nl_order import NL_AUXILIARIES
from onrecord.check.language.time_front import time_front_end
from onrecord.check.language.verb_second import bare_role, nl_finite_form, starts_subject, v2_verb
from onrecord.check.quantities.numbers import number_word
from onrecord.check.subjects.kind_nouns import kind_noun

__all__ = ["NL_AUX", "bare_plural", "in_pp", "is_description", "site_at_place", "subject_phrase"]

_POSSESSIVES = DETERMINERS | {"our", "my", "your", "onze", "ons", "mijn", "jouw", "uw"}
_SUBJ_PRONOUNS = FEMALE_PRONOUNS | MALE_PRONOUNS | FIRST_PERSON | FIRST_PLURAL
_SUBJ_PRONOUNS = _SUBJ_PRONOUNS - {"her", "him", "his", "haar", "hem", "zijn", "me", "my", "mij"}
_SUBJ_PRONOUNS = _SUBJ_PRONOUNS - {"mijn", "us", "our", "ons", "onze", "hers", "herself"}
_SUBJ_PRONOUNS = _SUBJ_PRONOUNS - {"himself"}
_SUBJECT_WORDS = _SUBJ_PRONOUNS | {"it", "they"}  # only as a subject: an organisation, a group
_THIRD_POSSESSIVES = {"his", "her", "their", "zijn", "haar", "hun"}
_ROLE_OF: dict[str, str] = {syn: group[0] for group in ROLE_GROUPS for syn in group}
_ROLE_RE = re.compile(
    r"(?i)\b(" + "|".join(sorted((re.escape(s) for s in _ROLE_OF), key=len, reverse=True)) + r")\b"
)
_RELATIVES = frozenset({"who", "which", "whom", "whose", "die", "dat", "wie", "wiens"})
_DEMONSTRATIVE_DETS = frozenset({"this", "that", "these", "those", "dit", "deze"})


def is_description(phrase: str | None) -> bool:
    """``phrase`` is a description, not a name or pronoun: an article, demonstrative or
    quantifier and a noun ("de ondernemingsraad", "the city", "412 leden", "vrijwel alle
    leden"), not a possessive ("haar bezwaar")."""
    toks = [t[0].lower() for t in token_spans(phrase or "")]
    if len(toks) < 2 or toks[0] in _THIRD_POSSESSIVES:
        return False
    first = toks[0]
    return (first in DETERMINERS or first in _DEMONSTRATIVE_DETS or first in QUANTIFIERS) or (
        first.isdigit() or number_word(first)
    )


def _is_product(m: Mention) -> bool:
    return any(c.isdigit() for c in m.text)


def _names(ctx: NameContext, text: str) -> list[Mention]:
    return [m for m in ctx.mentions(text) if m.kind != "other" and not _is_product(m)]


def _np(phrase: str, ctx: NameContext) -> str | None:
    """The subject in ``phrase`` when the phrase is a noun phrase: a name (the first, unless a
    preposition comes before it), a subject pronoun, or a description (determiner + nouns)."""
    phrase = phrase.strip(" ,;:")
    if TIME_ADVERBIAL_RE.match(phrase):  # "Twee dagen later antwoordde de wethouder"
        return None
    toks = token_spans(phrase)
    for k, t in enumerate(toks[1:], 1):  # "The engineer who first reported": the noun phrase
        if t[0].lower() in _RELATIVES:
            toks = toks[:k]
            break
    while len(toks) > 1 and toks[-1][0].lower() in ADVERBS | SENTENCE_ADVERBS:
        toks = toks[:-1]  # "He also", "Vale ook"
    if not toks or toks[0][0].lower() in PREPOSITIONS:
        return None
    phrase = phrase[: toks[-1][2]]
    if len(toks) == 1 and toks[0][0].lower() in _SUBJECT_WORDS:
        return toks[0][0]
    names = _names(ctx, phrase)
    if (
        len(names) > 1
        and names[0].start == 0
        and names[0].kind == "unknown"
        and " " not in names[0].text
        and len(toks) > 1
        and toks[1][0][:1].islower()
    ):
        names = names[1:]  # "Financieel directeur Pieter Jansen": an adjective, capitalised
    if (
        len(names) > 1
        and names[0].start == 0
        and names[0].kind == "unknown"
        and " " not in names[0].text
        and phrase[names[0].end : names[1].start] == " "
        and names[1].kind == "person"
        and " " in names[1].text
    ):
        names = names[1:]  # "Penningmeester Saskia Hoek": a role the title list lacks
    if names and names[0].start == 0 and len(names[0].text.split()) > 1:
        lead = names[0].text.split()[0]
        # a party's or a group's standing, never its name ("Coalitiepartij", "Zuivelconcern");
        # "Huurdersvereniging De Plataan", "Windcoöperatie Kraaienhorst" are names with a kind
        standing = lead.lower().endswith(("partij", "fractie", "concern"))
        if standing and _org_compound(lead.lower()) and not ctx.known_match(names[0].text):
            # "Coalitiepartij Samen Haverbroek stemde ...": the kind, capitalised at the
            # sentence's start, then the organisation's name
            return " ".join(names[0].text.split()[1:])
    if (
        len(names) > 1
        and toks[0][0].lower() in _POSSESSIVES
        and phrase[: names[-1].start].rstrip().endswith(",")
        and not phrase[names[-1].end :].strip(" ,")
        and names[-1].kind == "person"
    ):
        # "De directeur van Hoornblad, Olaf Brinkerink, zat ...": the apposition names the
        # description's person, not the organisation inside it
        return " ".join(names[-1].text.split())
    while len(names) > 1:  # "Lumen Labs CEO Anna Smith": the person the titles lead to
        between = [t[0].lower() for t in toks if names[0].end <= t[1] and t[2] <= names[1].start]
        if not between or not all(is_title(w) for w in between):
            break
        names = names[1:]
    if names:
        m = names[0]
        before = [t for t in toks if t[2] <= m.start]
        after = [t for t in toks if t[1] >= m.end]
        if (  # "Local traders": a capitalised adjective, no name of its own
            len(names) == 1
            and m.start == 0
            and m.kind == "unknown"
            and not ctx.known_match(m.text)
            and _bare_plural([t[0] for t in toks], phrase)
        ):
            return " ".join(phrase.split())
        if (
            len(names) == 1
            and before
            and before[0][0].lower() in DETERMINERS
            and after
            and all(t[0].islower() and not is_verb(t[0]) for t in after)
        ):
            return " ".join(phrase.split())  # "The Veldmere mill": resolved by its noun
        if (
            len(before) == 1
            and before[0][0].lower() in ("its", "zijn", "hun", "their")
            and after
            and after[0][0][:1].islower()
        ):
            return " ".join(phrase.split())  # "Its OrindaCell batteries": a product of "its"
        if not any(t[0].lower() in PREPOSITIONS for t in before):
            return " ".join(m.text.split())
    first = toks[0][0]
    if first.lower() in ("de", "het", "the") and len(toks) > 2 and toks[1][0].islower():
        # "De wachttijden in 2024": the description before its prepositional phrase
        for k in range(2, len(toks)):
            if toks[k][0].lower() in PREPOSITIONS:
                if all(t[0].islower() for t in toks[1:k]):
                    # "De kaasmakerij in Hornweer", "the plant at Tarrow Point": one site,
                    # which no earlier organisation stands for
                    end = _at_place(toks, k)
                    return " ".join(phrase[: toks[end - 1 if end else k - 1][2]].split())
                break
    if first.lower() in _POSSESSIVES or _ROLE_RE.match(phrase) or first.lower() in ORG_NOUNS:
        return " ".join(phrase.split())
    count = first.lower() in QUANTIFIERS | _DEMONSTRATIVE_DETS or first.isdigit()
    if (count or number_word(first)) and 1 < len(toks) <= 6 and "," not in phrase:
        return " ".join(phrase.split())  # "Vrijwel alle leden", "412 leden"
    if _bare_plural([t[0] for t in toks], phrase):
        return " ".join(phrase.split())
    return None


_AT_PLACE = frozenset({"in", "at", "aan", "te"})
_COURTS = ("rechter", "rechtbank", "court", "judge", "tribunal", "hof")


def _at_place(toks: list[tuple[str, int, int]], k: int) -> int:
    """The end (exclusive) of a place named by the preposition at ``k`` when the phrase ends
    with it ("in Hornweer", "aan de Dijkstraat", "at Tarrow Point"), else 0."""
    if toks[k][0].lower() not in _AT_PLACE or toks[k - 1][0].lower().endswith(_COURTS):
        return 0  # "de rechtbank in Harderbroek": the court, a party to its ruling
    j = k + 1 + (k + 1 < len(toks) and toks[k + 1][0].lower() in ("de", "het", "the"))
    rest = toks[j:]
    return len(toks) if rest and all(t[0][:1].isupper() for t in rest) else 0


def site_at_place(phrase: str) -> bool:
    """A description of a site by its place: "De kaasmakerij in Hornweer", "the depot at
    Scotch Corner" (a determiner, lower-case nouns, the place's preposition, a name)."""
    toks = token_spans(phrase)
    if len(toks) < 4 or toks[0][0].lower() not in ("de", "het", "the"):
        return False
    k = next((k for k, t in enumerate(toks) if k > 1 and t[0].lower() in PREPOSITIONS), 0)
    return bool(k) and all(t[0].islower() for t in toks[1:k]) and _at_place(toks, k) > 0


def bare_plural(phrase: str | None) -> bool:
    """``phrase`` is a bare plural that opens a sentence ("Opposition councillors")."""
    return bool(phrase) and _bare_plural([t[0] for t in token_spans(phrase or "")], phrase or "")


#: Dutch auxiliaries and modals in the plural, the finite verb after a plural subject
#: ("Boze omwonenden hebben", "Patiënten moeten")
NL_AUX = frozenset(
    {"hebben", "hadden", "zijn", "waren", "worden", "werden", "willen", "wilden", "moeten"}
    | {"moesten", "kunnen", "konden", "zullen", "zouden", "mogen", "mochten"}
)


def _bare_plural(toks: list[str], text: str) -> bool:
    """``toks`` are a bare plural noun phrase that opens a sentence, its first word capitalised
    for that alone: "Opposition councillors", "Local traders", "Boze omwonenden"."""
    first, rest = toks[0], toks[1:]
    return (
        1 <= len(rest) <= 3
        and not re.search(r"['’]", text)  # "Carers' own time sheets": a possessive
        and first[:1].isupper()
        and first.lower() not in COMMON | PREPOSITIONS | QUANTIFIERS
        and not number_word(first)  # "Forty-two drivers": a count, ruled elsewhere
        and all(w[:1].islower() and w.lower() not in PREPOSITIONS | COMMON for w in rest)
        and not any(is_verb(w) and not w.endswith(("den", "ten")) for w in rest)
        and re.search(r"[a-z](?:s|en)$", rest[-1]) is not None
    )


def _after_verb(
    text: str, toks: list[tuple[str, int, int]], k: int, ctx: NameContext, bare: bool = False
) -> str | None:
    """Dutch verb-second: the subject right after the finite verb at ``k``; with ``bare``
    (the verb follows a fronted adjunct, not a subject the rules missed) also a bare plural or
    a possessive phrase ("Sindsdien moeten patiënten", "Op 2 november werd mijn contract")."""
    j = k + 1
    while j < len(toks) and toks[j][0].lower() in SENTENCE_ADVERBS:
        j += 1
    if j < len(toks):  # "is op 9 mei een overgangsregeling afgesproken": after the date
        at = date_pp_end(text, toks[j][1])
        while j < len(toks) and toks[j][1] < at:
            j += 1
    if j >= len(toks):
        return None
    w = toks[j][0]
    if w.lower() in _SUBJ_PRONOUNS or bare_role(w):  # "Daarnaast moet gedaagde ..."
        return w
    if count := nl_partitive(text, toks[j][1]):  # "stemden 16 van de 27 raadsleden voor"
        return count
    for m in _names(ctx, text[toks[j][1] :]):
        if m.start == 0:
            return " ".join(m.text.split())
        break
    if j + 1 < len(toks) and w[:1].islower() and (kind_noun(w + " ") or is_title(w.lower())):
        # "stopte zorgverzekeraar Zorgkring Noord met ...": the name its kind introduces
        for m in _names(ctx, text[toks[j + 1][1] :]):
            if m.start == 0:
                return " ".join(m.text.split())
            break
    if w.lower() in DETERMINERS or w.lower() in QUANTIFIERS or w.isdigit():
        end = j + 1
        while end < len(toks) and end < j + 4 and not is_verb(toks[end][0], "nl"):
            if toks[end][0].lower() in PREPOSITIONS:
                break
            end += 1
            noun = toks[end - 1][0].lower()
            if not noun.endswith("e") or noun.endswith(("ie", "ee")):
                break  # "gebruikte het bedrijf software van ...": the noun ends the phrase
        app = re.match(r"\s*,\s*", text[toks[end - 1][2] :]) if end > j + 1 else None
        if app:  # "gaf de directeur, Erwin Kuijpers, opdracht": the name in the apposition
            at = toks[end - 1][2] + app.end()
            for m in _names(ctx, text[at:]):
                if m.start == 0 and text[at + m.end : at + m.end + 1] == ",":
                    return " ".join(m.text.split())
                break
        if end > j + 2 and toks[end - 1][0].lower() == "van":
            # "besloot het college van Sluisveen om ...": the description with its owner
            for m in _names(ctx, text[toks[end - 1][2] :].lstrip()):
                if m.start == 0:
                    at = len(text) - len(text[toks[end - 1][2] :].lstrip())
                    return text[toks[j][1] : at + m.end]
                break
            end -= 1
        return text[toks[j][1] : toks[end - 1][2]] if end > j + 1 else None
    end = bare_subject_end(toks, j) if bare else None  # "moeten patiënten", "werd mijn contract"
    return text[toks[j][1] : toks[end - 1][2]] if end else None


_NP_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def _described_before_parenthetical(
    clause: str, comma: int, head: str, head_toks: list, lang: str | None, ctx: NameContext
) -> str | None:
    """A description set off by a parenthetical before its verb: "The published report,
    released on 2 December, contains ...", "The minutes, which this newspaper has seen, do
    not mention ..."; not a fronted adverbial ("The day after, the board met"), nor a
    description with the name in apposition ("The chief executive, Rowan Tillery, ...")."""
    if not head_toks or head_toks[0][0].lower() not in _NP_OPENERS or len(head_toks) > 8:
        return None
    last = len(head_toks) - 1  # "The published report": a participle before its noun
    if any(
        is_verb(t[0], lang) and not (t[0].endswith(("ed", "en")) and 0 < k < last)
        for k, t in enumerate(head_toks)
    ):
        return None
    second = re.compile(r",(?!\d)").search(clause, comma + 1)
    between = clause[comma + 1 : second.start()] if second else ""
    if not second or len(token_spans(between)) > 14 or _names(ctx, between):
        return None  # "The chief executive, Rowan Tillery, told ...": the name is the subject
    nxt = [t[0] for t in token_spans(clause[second.end() :])[:2]]
    if not nxt:
        return None
    verb_next = is_verb(nxt[0], lang) and not nxt[0].lower().endswith("ing")
    adverb_verb = len(nxt) > 1 and nxt[0].lower() in ADVERBS and is_verb(nxt[1], lang)
    return head.strip() if verb_next or adverb_verb else None


def _zijn_verb(toks: list[tuple[str, int, int]], i: int) -> bool:
    """ "zijn" at ``i`` is the verb, not the possessive: an article or a possessive follows
    ("Sindsdien zijn de levertijden teruggebracht", "Toen zijn zijn klanten vertrokken")."""
    nxt = toks[i + 1][0].lower() if i + 1 < len(toks) else ""
    return toks[i][0].lower() == "zijn" and nxt in {"de", "het", "een", "er", *_POSSESSIVES}


#: a count of a group: "16 van de 27 raadsleden", "twaalf van de oude medewerkers"
_NL_PARTITIVE = re.compile(
    r"(?P<n>[\w.]+)\s+van\s+(?:de|het|hun|haar|zijn|onze)\s+(?:(?P<m>[\w.]+)\s+)?(?P<noun>[\w'’-]+)"
)


def nl_partitive(text: str, at: int) -> str | None:
    """The Dutch count of a group that starts at ``at`` ("Twaalf van de veertig medewerkers"),
    or None."""
    m = _NL_PARTITIVE.match(text, at)
    if m is None or not (m["n"][:1].isdigit() or number_word(m["n"])):
        return None
    verb = is_verb(m["noun"], "nl") or m["noun"].lower() in NL_AUXILIARIES
    if m["m"] and verb:  # "twaalf van de medewerkers zijn": no second word
        return text[at : m.end("m")] if not is_verb(m["m"], "nl") else None
    return None if verb else text[at : m.end()]


def subject_phrase(clause: str, ctx: NameContext, lang: str | None) -> str | None:
    """The subject of ``clause`` as written (a name, a pronoun or a description), or None."""
    quoted = _QUOTED_SPEECH.match(clause)
    if quoted:
        # '"Tom, keep them," Birch wrote on 3 May.', '"...," antwoordde zij.': what the speaker
        # wrote is about the speaker's act, not about a name inside the quotation
        return quoted["who"] or quoted["who2"]
    toks = token_spans(clause)
    i = 0
    if len(toks) > 2 and toks[0][0].lower() in _OPENING_CONJUNCTIONS:
        i = 1  # "'Maar ik heb nooit met hem gesproken,' zegt X": the clause after "Maar"
    while i < len(toks) and (
        toks[i][0].lower() in SENTENCE_ADVERBS | FRONT_ADVERBS
        or is_pronominal_adverb(toks[i][0])
        or (lang == "nl" and toks[i][0].lower() in FRONT_TIME_ADVERBS)  # "Sindsdien moeten"
    ):
        i += 1  # "Daarnaast", "However", "Daarin" ("Daarin waarschuwde Jacobs dat ...")
    if i >= len(toks):
        return None
    after_time = time_front_end(clause, toks[i][1])  # "Eerder dit jaar had de raad ..."
    while i < len(toks) and toks[i][1] < after_time:
        i += 1
    if i >= len(toks):
        return None
    if lang == "nl" and (count := nl_partitive(clause, toks[i][1])):
        return count  # "Twaalf van de veertig medewerkers zijn vertrokken"
    verb_second = i > 0 and i + 1 < len(toks) and lang == "nl"
    verb_second = verb_second and (
        nl_finite_form(toks[i][0]) or toks[i][0].lower() in NL_AUXILIARIES
    )
    if verb_second and (count := nl_partitive(clause, toks[i + 1][1])):
        return count  # "Sindsdien zijn drie van de vijf filialen gesloten"
    if (
        lang == "nl"
        and i > 0
        and (nl_finite_form(toks[i][0]) or _zijn_verb(toks, i))
        and starts_subject(toks, i + 1, ctx, clause)
    ):
        got = _after_verb(clause, toks, i, ctx, bare=True)  # "Daarnaast bouwt het bedrijf ..."
        if got:
            return got
    start = toks[i][1]
    if lang != "nl":
        found = re.compile(r",(?!\d)").search(clause, start)  # not "1,100 people"
        comma = found.start() if found else -1
        head = clause[start:comma] if comma > 0 else ""
        head_toks = token_spans(head)
        fronted = bool(head_toks) and head_toks[0][0].lower() in PREPOSITIONS | SENTENCE_ADVERBS
        described = _described_before_parenthetical(clause, comma, head, head_toks, lang, ctx)
        if described:  # "The messages, more than 200 in all, were leaked ...": "The messages"
            return described
        if fronted and len(head_toks) > 8:
            # a long adverbial ("In an email to the finance officer dated 2 March 2022") holds
            # no clause of its own: no finite verb, no subject pronoun; and a clause follows
            # it, not an apposition ("..., a banker.")
            after = token_spans(clause[comma + 1 :].split(",")[0])
            fronted = any(is_verb(t[0], lang) for t in after) and not any(
                t[0].lower() in _SUBJECT_WORDS or (is_verb(t[0], lang) and t[0][-2:] != "ed")
                for t in head_toks
            )
        if (
            head_toks
            and len(head_toks) <= (16 if fronted else 8)
            and (
                # "Contrary to what has been reported, the board ...": a verb inside an
                # adverbial that opens with a preposition does not make it the main clause
                fronted
                or (not any(is_verb(t[0], lang) for t in head_toks) and not _names(ctx, head))
            )
        ):
            start = parenthetical_end(clause, comma + 1)  # "Last year, though, the company"
            # "In the April paper, which she has shared with us, she wrote ...": the
            # adverbial's own relative clause is not the main clause either
            rel = re.match(r"\s*(?:which|who|that|where)\b[^,]{1,80},", clause[start:])
            start += rel.end() if rel else 0
            while i < len(toks) and toks[i][1] < start:
                i += 1
        elif toks[i][0].lower() in PREPOSITIONS:  # "In March 2020 I asked"
            j = i + 1
            while (
                j < len(toks)
                and (
                    not toks[j][0][:1].isupper()
                    or toks[j][0].lower() in COMMON | _CALENDAR  # "In March 2021 the museum"
                )
                and toks[j][0].lower() not in _SUBJECT_WORDS
            ):
                if is_verb(toks[j][0], lang):
                    break
                prev = toks[j - 1][0]
                if toks[j][0].lower() in DETERMINERS and (
                    prev.isdigit() or prev.lower() in _CALENDAR
                ):
                    break  # "In March 2021 the museum lent": the date ends, the subject starts
                j += 1
            if j < len(toks) and not is_verb(toks[j][0], lang):
                i = j
    v2 = v2_verb(toks, i, ctx, clause) if lang == "nl" else None
    if v2 is not None:  # "Sinds 5 januari rijdt Kempenlijn ...": the verb known by its form
        got = _after_verb(clause, toks, v2, ctx, bare=True)
        if got:
            return got
    if lang != "en" and is_verb(toks[i][0], lang):  # "Daarnaast wilde hij ..."
        return _after_verb(clause, toks, i, ctx, bare=i > 0)
    if (
        lang != "en"
        and len(toks) > i + 3
        and toks[i][0].lower() in _POSSESSIVES
        and toks[i + 1][0][:1].islower()
        and not toks[i + 1][0].endswith("e")  # "De nieuwe vloot stoot": an adjective
        and toks[i + 2][0].endswith("t")
        and nl_finite_form(toks[i + 2][0])
    ):
        return clause[toks[i][1] : toks[i + 1][2]]  # "Onze club speelt daar ... en heeft"
    for k in range(i + 1, min(len(toks), i + 16)):
        prev = toks[k - 1][0]
        if (
            lang != "en"
            and k >= i + 3
            and toks[k][0].lower() in _OBJECT_AFTER_VERB
            and toks[i][0].lower() in DETERMINERS
            and prev[:1].islower()
            and prev.lower() not in PREPOSITIONS | COMMON
        ):
            # "De directie schorste hem": the word before an object pronoun is the verb the
            # word lists miss
            np = _np(clause[toks[i][1] : toks[k - 2][2]], ctx)
            if np:
                return np
        if not is_verb(toks[k][0], lang) or prev.lower() in ARTICLES:
            continue  # "De omwonenden eisen": no finite verb right after an article
        nxt = toks[k + 1][0].lower() if k + 1 < len(toks) else ""
        if lang == "nl" and toks[k][0].endswith(("den", "ten")) and nxt in NL_AUX:
            continue  # "Boze omwonenden hebben ...": a plural noun before the verb, no past
        np = _np(clause[toks[i][1] : toks[k - 1][2]], ctx)
        if np:
            return np
        if lang != "en":
            after = _after_verb(clause, toks, k, ctx)
            if after:
                return after
        if lang == "en":
            break
    # a present tense the word lists miss ("Nordwind sluit ...", "De bond roept ...", "She now
    # backs ..."): the first lower-case word after a noun phrase or pronoun at the start
    if toks[i][0].lower() in _SUBJECT_WORDS and len(toks) > i + 1:
        return toks[i][0]
    if (
        toks[i][0].lower() in ("its", "zijn", "hun", "their")
        and len(toks) > i + 2
        and toks[i + 1][0][:1].isupper()
        and toks[i + 2][0][:1].islower()
    ):
        return clause[toks[i][1] : toks[i + 2][2]]  # "Its OrindaCell batteries store ..."
    first = i + 2 if toks[i][0].lower() in DETERMINERS else i + 1
    for k in range(first, min(len(toks), i + 5)):
        w = toks[k][0]
        if w[:1].islower() and w.lower() not in PREPOSITIONS | DETERMINERS | COMMON:
            before = clause[toks[i][1] : toks[k - 1][2]]
            # "De directie schorste hem": a word before an object pronoun is the verb
            obj_next = k + 1 < len(toks) and toks[k + 1][0].lower() in _OBJECT_AFTER_VERB
            if (
                not _names(ctx, before)
                and toks[k - 1][0].lower().endswith("e")
                and k == first
                and not obj_next
                # "De coöperatie telt 1.200 leden": a noun in -e, then a present in -t;
                # "De nieuwe vloot stoot ...": an adjective, when a verb's form follows
                and (
                    toks[k - 1][0][:1].isupper()
                    or not w.lower().endswith("t")
                    or (k + 1 < len(toks) and nl_finite_form(toks[k + 1][0]))
                )
            ):
                before = clause[toks[i][1] : toks[k][2]]  # "De Friese wethouder": its noun
            role_noun = is_title(w) or w.lower() in PERSON_NOUNS
            if role_noun and k + 1 < len(toks) and toks[k + 1][0][:1].isupper():
                # "De Amsterdamse advocaat Sjoerd Veenstra": a role noun, then the name
                for m in _names(ctx, clause[toks[k + 1][1] :]):
                    if m.start == 0:
                        before = clause[toks[i][1] : toks[k + 1][1] + m.end]
                    break
            if _names(ctx, before) or toks[i][0].lower() in DETERMINERS:
                return _np(before, ctx)
            return None
    return None


_QUOTED_SPEECH = re.compile(
    r"^[\"“„«'‘][^\"“”„«»]{3,}[,.!?]?[\"”»'’]\s+(?:(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|"
    r"he|she|they|hij|zij|ze)\s+(?:wrote|answered|replied|said|added|told\s+\w+|texted|"
    r"schreef|antwoordde|zei|voegde)|(?:schreef|antwoordde|zei|appte|mailde)\s+"
    r"(?P<who2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|hij|zij|ze))\b"
)
#: capitalised words of a date, never a subject: "In March 2021 the museum lent ..."
_CALENDAR = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "monday", "tuesday", "wednesday"),
        *("thursday", "friday", "saturday", "sunday"),
    }
)
_OPENING_CONJUNCTIONS = frozenset({"maar", "but", "and", "en", "want", "dus", "so"})
_OBJECT_AFTER_VERB = frozenset({"hem", "haar", "hen", "hun", "him", "them", "ons", "mij", "me"})
_PP_INSIDE = frozenset({"the", "de", "het", "a", "an", "een", "and", "en", "wijk", "city", "town"})


def in_pp(before: str) -> bool:
    """The words right before a name open a prepositional phrase: a preposition, then only
    articles, "and", place nouns or capitalised words ("to the Health and Safety")."""
    for w in reversed([t[0] for t in token_spans(before)][-6:]):
        lw = w.lower()
        if lw in PREPOSITIONS:
            return lw not in ("by", "door", "of", "van")  # "founded by X", "a report of X"
        if lw == "to":  # "passed to the Courier": before a name or an article, no infinitive
            return True
        if lw in _PP_INSIDE or w[:1].isupper():
            continue
        return False
    return False
