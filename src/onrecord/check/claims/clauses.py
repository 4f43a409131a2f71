"""Splitting a sentence that makes two assertions into two claims.

Compound sentences are split at "and"/"but"/"en"/"maar" (and ";") when a verb or a new subject
and verb follow: "Vale agreed to X and proposed Y" -> "Vale agreed to X." + "Vale proposed Y.";
"between Lumen and Vale Motors" stays whole.

A non-restrictive relative clause is a second assertion about its antecedent
(:func:`split_relative`): "Marsh, who had joined in 2018, told the board ..." -> "Marsh told the board ..." + "Marsh had
joined in 2018."; "Bosman, die de sluiting had voorgesteld, vertelde ..." (the Dutch body put in
main-clause order); "... approved by Owen Pryce, who called it ..." at the end, after a name,
and "... laid off by Korvane, which paid ..." after an organisation. A
restrictive one ("The engineer who first reported the leak now works ...") and an object relative
("die zij in 2019 aannam") stay in the claim: taken apart they would say something else.
"""

from __future__ import annotations

import re

from onrecord.check.claims.conjunct_subject import core_clause, fronted_clause
from onrecord.check.claims.event_clause import time_event
from onrecord.check.claims.leaning_part import leans_back
from onrecord.check.claims.np_relative import np_relative
from onrecord.check.claims.object_relative import object_relative, source_relative
from onrecord.check.claims.participle_apposition import participle_apposition
from onrecord.check.claims.second_complement import second_complement
from onrecord.check.claims.shared_head import shared_head
from onrecord.check.claims.tail_subject import tail_subject
from onrecord.check.claims.trailing_clause import trailing_clause
from onrecord.check.language.claim_lexicon import ADVERBS, PREPOSITIONS, is_verb
from onrecord.check.language.claim_names import TOKEN_RE, NameContext, token_spans
from onrecord.check.language.claim_text import (
    DETERMINERS,
    NL_SUBJ_PRONOUNS,
    PRONOUNS,
    end_sentence,
    lang_words,
    upper_first,
    words,
)
from onrecord.check.language.nl_order import (
    NL_AUXILIARIES,
    det_np,
    is_nonfinite,
    reorder_subordinate,
    subject_np,
)
from onrecord.check.quantities.numbers import number_word
from onrecord.check.subjects.bare_np import bare_np_before_aux


def _inside_quotes_or_parens(s: str, pos: int) -> bool:
    head = s[:pos]
    if head.count("(") > head.count(")"):
        return True
    if head.count("“") > head.count("”"):
        return True
    return head.count('"') % 2 == 1


def _subject_prefix(clause: str, ctx: NameContext, lang: str | None) -> str | None:
    """The subject phrase of ``clause`` to repeat before a verb-only conjunct."""
    toks = token_spans(clause)
    for k, (w, start, _) in enumerate(toks[:8]):
        if k and (is_verb(w, lang) or _subject_verb(toks, k, lang)):
            prefix = clause[:start].strip(" ,")
            while len(prefix.split()) > 1 and prefix.split()[-1] in ADVERBS:
                prefix = prefix.rsplit(" ", 1)[0]  # "Pemble now works ...": "Pemble"
            first = toks[0][0]
            if (
                first[:1].isupper()
                and (
                    first.lower() in DETERMINERS | PRONOUNS | _IT | _POSSESSIVE_HEADS | _I_WE
                    or ctx.mentions(prefix)
                    or bare_np_before_aux([t[0] for t in toks[: k + 1]], lang) == k
                )
                and not any(p in prefix for p in ",;:")
                and prefix.split()[0].lower() not in ("in", "on", "at", "op", "na", "toen")
            ):
                return prefix
            break
    subj = ctx.subject(clause)
    if subj and ctx.classify(subj) in ("person", "unknown", "org"):
        return subj
    core = core_clause(clause, ctx, lang)  # "Her co-founder, Rupert Aldane, ...", "Today the"
    return _subject_prefix(upper_first(core), ctx, lang) if core else None


_IT = frozenset({"it", "they", "het", "ze"})
_I_WE = frozenset({"i", "ik", "we", "wij"})  # "I wrote to Alison Thorne ... and asked ..."
_QUANTITY = re.compile(r"^(?:\d[\d.,]*|[Ii]ts|[Tt]heir|zijn|haar|hun|the|a|an|de|het|een)$")


def _parallel_verb(toks: list[tuple[str, int, int]], k: int, lang: str | None) -> bool:
    """The word after "and" is a present-tense verb the lists lack, shown by its form and
    what follows: "and employs 820 people", "and operates 38 ships" (-s before a number or a
    determiner), "en telt 140 leden" (-t before one)."""
    if k + 1 >= len(toks) or not _QUANTITY.match(toks[k + 1][0]):
        return False
    if toks[k + 1][1] - toks[k][2] > 1:
        return False  # "in damages and costs, a fraction of ...": a comma, no object after it
    w = toks[k][0]
    if not w.islower() or len(w) < 4:
        return False
    if lang != "nl" and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")):
        return True
    return lang != "en" and w.endswith("t") and not w.endswith(("heid", "ist"))


#: subject pronouns and negated quantifiers that open a clause after "and"/"en"
_CLAUSE_SUBJECTS = frozenset(
    ["i", "we", "he", "she", "they", "nobody", "ik", "wij", "hij", "zij", "niemand"]
)


#: quantifiers that stand for a group as the subject of a clause after "and"/"en": ", and several
#: held up signs", ", and most of them work on the council contract", "en velen vertrokken"
_GROUP_SUBJECTS = frozenset(
    ["several", "many", "most", "some", "others", "few", "none", "sommigen", "velen", "anderen"]
)
_OF_THEM = frozenset(["them", "those", "whom", "hen", "hun", "wie"])
_ABOUT = frozenset(["about", "some", "nearly", "almost", "around", "ongeveer", "ruim", "bijna"])


def _own_subject(toks: list[tuple[str, int, int]], lang: str | None) -> int:
    """How many words of ``toks`` are a clause's own pronoun or quantifier subject that a
    finite verb follows (adverbs between: "she never replied"), else 0."""
    first = toks[0][0].lower() if toks else ""
    n = 0
    if first in _CLAUSE_SUBJECTS:
        n = 1
    elif first in _GROUP_SUBJECTS:
        n = 1
        if len(toks) > 3 and toks[1][0].lower() in ("of", "van") and toks[2][0].lower() in _OF_THEM:
            n = 3
    else:  # "(about) 60 of them", "drie van hen": a count of the group named before
        a = 1 if first in _ABOUT and len(toks) > 1 else 0
        count = toks[a][0].lower() if len(toks) > a + 3 else ""
        if (count.isdigit() or number_word(count)) and toks[a + 1][0].lower() in ("of", "van"):
            n = a + 3 if toks[a + 2][0].lower() in _OF_THEM else 0
    if not n:
        return 0
    k = n
    while k < len(toks) - 1 and toks[k][0].lower() in ADVERBS:
        k += 1
    return n if k < len(toks) and is_verb(toks[k][0], lang) else 0


def split_compound(s: str, lang: str | None, ctx: NameContext) -> list[str]:
    en, nl = lang_words(lang)
    conj = [c for c, ok in (("and", en), ("but", en), ("en", nl), ("maar", nl)) if ok]
    pattern = re.compile(r"(?:,\s*)?\s(" + "|".join(conj) + r")\s+|;\s+")
    for m in pattern.finditer(s):
        head = s[: m.start()]
        tail = s[m.end() :]
        if _inside_quotes_or_parens(s, m.start()) or len(words(head)) < 3:
            continue
        if re.search(r"(?i)\b(?:both|zowel|either|neither|between|tussen)\b", head):
            continue
        toks = [(t.group(), t.start(), t.end()) for t in TOKEN_RE.finditer(tail)]
        own = _own_subject(toks, lang)
        if (
            m.group(0).strip() != ";"
            and not own
            and not _verb_in_last_part(head, lang)
            # ", and declared the sale ...": a verb after the comma, the clause before the
            # first comma its own ("Dr Arundel sold his holding in 2019, four years before")
            and not (
                m.group(0).startswith(",")
                and _verb_first(toks, lang)
                and _verb_in_last_part(head.split(",")[0], lang)
            )
        ):
            continue  # "Two engineers, Gareth Lowe and Martin Pike, reported": names, not clauses
        k = 0
        while k < min(len(toks), 2) and toks[k][0].lower() in ADVERBS:
            k += 1
        if k >= len(toks) or len(toks) < 2:
            continue
        new_clause: str | None = None
        if m.group(0).strip() == ";":
            if len(toks) >= 3:
                new_clause = tail
        elif k == 0 and (again := shared_head(head, tail, lang)):
            new_clause = again  # "promised to keep X and to spend Y", "would stay and open"
        elif is_verb(toks[k][0], lang) or _parallel_verb(toks, k, lang):
            if _OPEN_RELATIVE.search(head):
                continue  # "46 patients who were fit to go home but had nowhere to go"
            subj = None if leans_back(tail) else _subject_prefix(head, ctx, lang)
            if subj:
                new_clause = f"{subj} {tail}"
        elif k == 0 and (second := second_complement(tail, lang, ctx)):
            new_clause = second  # "... and that its corrected readings never exceeded ..."
        else:
            n = subject_np(toks, ctx, tail, lang)
            if not n and toks[k][0].lower() in _CLAUSE_SUBJECTS:
                n = k + 1  # ", and nobody was hurt", ", and they were due back", "en ik heb"
            if not n and own:
                n = own  # ", and several held up signs", ", and most of them work on ..."
            if not n and k == 0:
                n = tail_subject(toks, lang, head)  # "Greystone's bid arrived", "er waren"
            while n and n < len(toks) - 1 and toks[n][0].lower() in ADVERBS:
                n += 1  # ", and she never replied"
            if not n and k == 0 and toks[0][0].lower() in _POSSESSIVES and len(toks) > 2:
                n = 2  # ", and our surveyor visited in November 2024", "en onze advocaat zei"
                # "and its annual recurring revenue stood at": a longer noun phrase
                while n < min(len(toks) - 1, 5) and not is_verb(toks[n][0], lang):
                    n += 1
                if not is_verb(toks[n][0], lang) or not toks[n - 1][0].isalpha():
                    n = 2
            if n and n == len(toks) - 1 and nl and is_nonfinite(toks[n][0]):
                # "De gemeente heeft de vergunning ingetrokken en het terrein gesloten": the
                # second object and participle share the first clause's subject and auxiliary
                aux = _NL_AUX_AFTER.match(head)
                subj = _subject_prefix(head, ctx, lang) if aux else None
                new_clause = f"{subj} {aux['aux']} {tail}" if aux and subj == aux["subj"] else None
            elif n and n < len(toks) and is_verb(toks[n][0], lang):
                new_clause = tail
            elif k == 0 and fronted_clause(tail, ctx, lang):
                new_clause = tail  # ", and by the end of 2018 he had cleared", "en daar kwam"
        if new_clause is None:
            continue
        first = end_sentence(head.strip())
        return [first, *split_compound(upper_first(new_clause.strip()), lang, ctx)]
    return [s]


#: a relative clause still open where "and"/"but" comes: a verb after it shares its subject
_OPEN_RELATIVE = re.compile(r"(?<!,)\s(?:who|which)\s[^,;]+$")
#: a Dutch clause's subject and the auxiliary right after it ("De gemeente heeft ...")
_NL_AUX_AFTER = re.compile(
    r"^(?P<subj>\S.*?)\s(?P<aux>" + "|".join(sorted(NL_AUXILIARIES, key=len, reverse=True)) + r")\s"
)
#: "dat bod", "that offer" at the end: a demonstrative and its noun, no clause opener
_DEMONSTRATIVE_END = re.compile(
    r"\b(?:[Dd]at|[Tt]hat)\s+(?!(?:hij|zij|ze|het|er|we|wij|ik|je|u|he|she|it|they|i|you)\b)"
    r"[a-zà-ÿ][\w-]*$"
)
_LAST_PART = re.compile(r"(?i),\s|\b(?:that|dat|omdat|because|toen|when|after|nadat)\s")


def _verb_in_last_part(head: str, lang: str | None) -> bool:
    """The part of ``head`` after its last comma or clause opener holds a verb: what "and"
    joins to it is a clause ("Vale resigned in May and Okafor ..."), not a second name of a
    list ("The minutes show that Quayle and Abbott discussed ...")."""
    parts = _LAST_PART.split(head)
    part = parts[-1]
    if any(is_verb(w, lang) for w in words(part)):
        return True
    if len(parts) > 1 and _DEMONSTRATIVE_END.search(head):
        # "Kamphuis weigerde dat bod en stapte ...": "dat" a determiner, no clause opener
        return any(is_verb(w, lang) for w in words(parts[-2]))
    toks = [(t.group(), t.start(), t.end()) for t in TOKEN_RE.finditer(part)]
    return any(_subject_verb(toks, k, lang) for k in range(1, min(len(toks), 6)))


def _subject_verb(toks: list[tuple[str, int, int]], k: int, lang: str | None) -> bool:
    """``toks[k]`` is the first lower-case word after a subject of capitalised words ("It
    supplies", "Merrow Dock Company handles") and has a finite verb's form."""
    # "Pemble now works": an adverb may stand between the name and its verb
    capitalised = toks[0][0][:1].isupper() if k else False
    capitalised = capitalised and all(t[0][:1].isupper() or t[0] in ADVERBS for t in toks[1:k])
    if not capitalised and not (
        # "Onze club speelt daar sinds 1974 en heeft ...": an article or possessive and a
        # noun (an adjective in -e is no noun: "De nieuwe vloot"); not English, where a
        # plural noun has a verb's -s ("The evening slowdowns in Leedham and Carrow")
        lang == "nl"
        and k == 2
        and toks[0][0].lower() in DETERMINERS | _POSSESSIVE_HEADS
        and toks[1][0].islower()
        and not toks[1][0].endswith("e")
    ):
        return False
    w = toks[k][0]
    if not w.islower() or len(w) < 4 or w in DETERMINERS or w in PREPOSITIONS:
        return False
    if lang != "nl":
        # not a possessive: "The council's auditor looked into it and found ..."
        return w.endswith("s") and not w.endswith(("ss", "us", "is", "ous", "'s", "’s"))
    return w.endswith("t") and not w.endswith(("heid", "ist"))


_POSSESSIVE_HEADS = frozenset({"onze", "ons", "mijn", "hun"})
_BECAUSE = re.compile(
    r"^(?P<main>.+?\b(?:klaagde|klaagden|klaagt|sleepte|sleept|sued|sues)\b.+?)\s*,?\s+"
    r"(?P<why>(?:omdat|because|alleging\s+that|claiming\s+that)\s+.+)$",
    re.I,
)
_SHOWS = re.compile(
    r"^(?P<main>.+?),?\s+(?:that|which)\s+(?:show|shows|showed|prove|proves|proved|reveal|"
    r"reveals|revealed)\s+(?:that\s+)?(?P<what>.+)$|"
    r"^(?P<nlmain>.+?),?\s+(?:waaruit|waarin)\s+(?:\w+\s+)?(?:blijkt|bleek|staat|stond)\s+"
    r"dat\s+(?P<nlwhat>.+)$",
    re.I,
)
_WHILE = re.compile(r"^(?P<main>.+?),\s*(?:terwijl|whereas|while)\s+(?P<other>.+)$", re.I)


def _has_clause(s: str, ctx: NameContext, lang: str | None) -> bool:
    toks = [(t.group(), t.start(), t.end()) for t in TOKEN_RE.finditer(s)]
    n = subject_np(toks, ctx, s, lang) or det_np(toks)
    return bool(n) and any(is_verb(t[0], lang) for t in toks[n:])


def _subordinate(s: str, lang: str | None, ctx: NameContext) -> str:
    s = end_sentence(s.strip())
    return upper_first(reorder_subordinate(s, ctx) if lang == "nl" else s)


# A non-restrictive relative clause after the subject ("Marsh, who had joined in 2018, told
# ...", "Bosman, die de sluiting had voorgesteld, vertelde ...") or after a name at the end
# ("... approved by Owen Pryce, who called it 'unavoidable'") is a second assertion about that
# antecedent. A restrictive one, without commas ("The engineer who first reported the leak
# now works ..."), identifies the subject and stays in the claim.
_REL_FRONT = re.compile(
    r"^(?P<np>[^,]{2,80}?(?:,\s+[^,]{2,40}?)?),\s+(?P<rel>who|which|die|dat)\s+(?P<body>[^,]+?),"
    r"\s+(?P<main>\S.+)$"
)
_REL_END = re.compile(
    r"^(?P<main>.+?),\s+(?P<rel>who|which|die|dat)\s+(?P<body>[^,]+?)(?P<end>[.!]?)$"
)
_NP_STARTS = DETERMINERS | {"our", "onze", "my", "mijn"}
_POSSESSIVES = frozenset({"our", "my", "their", "his", "her", "its", "onze", "ons", "mijn", "hun"})
_CONJUNCTIONS = frozenset({"and", "or", "but", "en", "of", "maar", "want", "dus"})


def _verb_first(toks: list[tuple[str, int, int]], lang: str | None) -> bool:
    """The tokens open with a finite verb, after adverbs ("then stopped", "never proposed")."""
    k = 0
    while k < len(toks) - 1 and toks[k][0].lower() in ADVERBS | _EN_ADVERBS:
        k += 1
    return bool(toks) and is_verb(toks[k][0], lang)


_EN_ADVERBS = frozenset({"then", "later", "also", "never", "first", "once", "previously"})


def _np_head(np: str, ctx: NameContext) -> str | None:
    """The antecedent as it will stand in the relative clause's own claim: the name in it
    ("The Dutch engineering firm Vandermeer" -> "Vandermeer", "Defendant's chief executive,
    Connor Doyle" -> "Connor Doyle"), else the description itself ("De Groningse bestuurder",
    resolved later), else None when it is no noun phrase."""
    toks = token_spans(np)
    if not toks or len(toks) > 9 or any(is_verb(t[0], None) for t in toks[1:]):
        return None
    if "," in np and not ctx.mentions(np.rsplit(",", 1)[1]):
        return None  # an apposition must be the name: "X, Name, who ..."
    names = [m for m in ctx.mentions(np) if m.kind != "other"]
    rest = np[names[-1].end :].split() if names else []
    if rest and all(w.islower() for w in rest) and toks[0][0].lower() in DETERMINERS:
        return np.strip()  # "The Liberal Democrat group, which holds nine seats": the group
    if names:
        return " ".join(names[-1].text.split())
    first = toks[0][0]
    if first.lower() in _NP_STARTS or first[:1].isupper():
        return np.strip()
    return None


def _subject_relative(body: str, lang: str | None, ctx: NameContext, named: bool = False) -> bool:
    """The relative pronoun is the subject of ``body``: English "who had joined", "who cast the
    deciding vote", Dutch "die de sluiting had voorgesteld" (not "die zij in 2019 aannam": its
    subject is "zij"); after a name (``named``) also "die het familiebedrijf sinds 2009 leidt"
    (a named party leads the thing, not the other way round)."""
    toks = token_spans(body)
    if len(toks) < 2:
        return False
    if lang == "en" or (lang is None and _verb_first(toks, "en")):
        # "who represents the pilots": after "who" a word in -s is the verb
        k = 0  # "who now works at": after adverbs
        while k < len(toks) - 1 and toks[k][0].lower() in ADVERBS | _EN_ADVERBS:
            k += 1
        first = toks[k][0]
        third = first.islower() and re.fullmatch(r"[a-z]{3,}[^su]s", first) is not None
        nxt = toks[k + 1][0].lower() if k + 1 < len(toks) else ""
        bare = first in _BARE_PASTS and (nxt in DETERMINERS or nxt[:1].isdigit())
        return _verb_first(toks, "en") or third or bare
    first = toks[0][0]
    thing = named and first.lower() == "het" and toks[1][0].islower()  # "het park", a noun
    if first.lower() in NL_SUBJ_PRONOUNS | PRONOUNS and not (thing and not is_verb(toks[1][0])):
        return False
    if any(m.start == 0 and m.kind in ("person", "unknown") for m in ctx.mentions(body)):
        return False
    last = toks[-1][0]
    verb_final = last.isalpha() and last.islower() and last not in DETERMINERS
    return verb_final or any(is_verb(t[0], "nl") for t in toks)  # "die ... in het bedrijf stak"


#: English pasts with no ending of their own: "who cast the deciding vote", "which set a minimum"
_BARE_PASTS = frozenset(
    {"cast", "set", "put", "cut", "hit", "led", "quit", "shut", "spread", "split"}
)


def _relative_claims(np: str, body: str, lang: str | None, ctx: NameContext) -> list[str]:
    """The claims of a relative clause about ``np``, split at "and"/"en" between two verbs."""
    nl = lang == "nl" or (lang is None and not _verb_first(list(token_spans(body)), "en"))
    parts = [body]
    m = re.search(r"\s(?:and|en)\s", body)
    if m:
        left, right = body[: m.start()], body[m.end() :]
        lt, rt = token_spans(left), token_spans(right)
        two = (
            _nl_verb_final(lt) and _nl_verb_final(rt) if nl else bool(rt) and _verb_first(rt, "en")
        )
        if two:
            parts = [left, right]
    out = []
    for part in parts:
        part = _nl_main_order(part.strip()) if nl else part.strip()
        out.append(upper_first(end_sentence(f"{np} {part}")))
    return out


def _nl_verb_final(toks: list[tuple[str, int, int]]) -> bool:
    """A Dutch subordinate clause: it ends in its verb cluster ("in 2019 bij Lindehof kwam",
    "de sluiting zelf had voorgesteld")."""
    if len(toks) < 2 or not toks[-1][0].isalpha() or not toks[-1][0].islower():
        return False
    return any(is_verb(t[0], "nl") for t in toks) or _PARTICIPLE.match(toks[-1][0]) is not None


_PARTICIPLE = re.compile(r"^(?:\w+)?(?:ge|ver|be|ont|her)\w{2,}[dt]$")


def _nl_main_order(body: str) -> str:
    """A Dutch relative clause's body in main-clause order: its finite verb, the last word that
    looks like one (the cluster is at the end, a prepositional phrase may follow), first: "de
    sluiting zelf had voorgesteld" -> "had de sluiting zelf voorgesteld", "de tekorten in
    augustus meldde bij de inspectie" -> "meldde de tekorten in augustus bij de inspectie",
    "30 miljoen dollar in het bedrijf stak" -> "stak 30 miljoen dollar in het bedrijf"."""
    toks = token_spans(body)
    if len(toks) < 2:
        return body
    k = max((i for i, t in enumerate(toks) if is_verb(t[0], "nl")), default=None)
    if k is None:
        last = toks[-1][0]
        if not (last.isalpha() and last.islower()):
            return body
        k = len(toks) - 1
    if k == 0:
        return body
    verb = toks[k][0]
    rest = (body[: toks[k][1]] + body[toks[k][2] :]).strip()
    return f"{verb} {' '.join(rest.split())}"


def split_relative(s: str, lang: str | None, ctx: NameContext) -> tuple[str, list[str]] | None:
    """(the main clause, the claims of its non-restrictive relative clause), or None."""
    m = _REL_FRONT.match(s)
    if m and m["rel"] in ("who", "which") and lang == "nl":
        m = None
    if m and m["rel"] in ("die", "dat") and lang == "en":
        m = None
    if m:
        head = _np_head(m["np"], ctx)
        main = token_spans(m["main"])
        # the finite verb follows "NP, who/die ...,": a lower-case word there that is no
        # article, preposition or conjunction is one ("reports to", "tekende", "stak")
        verb_next = bool(main) and main[0][0][:1].islower()
        verb_next = verb_next and main[0][0] not in DETERMINERS | PREPOSITIONS | _CONJUNCTIONS
        named = any(x.kind in ("person", "org", "unknown") for x in ctx.mentions(head or ""))
        if head and _subject_relative(m["body"], lang, ctx, named) and verb_next:
            rel = _relative_claims(head, m["body"], lang, ctx)
            sep = ", " if "," in m["np"] else " "  # "X, Name, reports to ..."
            return f"{m['np'].strip()}{sep}{m['main']}", rel
    m = _REL_END.match(s)
    if m and ((m["rel"] in ("who", "which")) != (lang == "nl") or lang is None):
        names = [n for n in ctx.mentions(m["main"]) if n.kind in ("person", "unknown", "org")]
        # "which"/"dat" after an organisation ("... laid off by Korvane, which paid ..."); after
        # anything else it may stand for the whole clause ("He resigned, which ...")
        thing = m["rel"] in ("which", "dat")
        if thing and names and names[-1].kind == "person":
            names = []
        named_last = bool(names) and names[-1].end >= len(m["main"].rstrip()) - 2
        party = _party_at_end(m["main"]) if m["rel"] in ("die", "dat") else None
        party = None if named_last else party
        if party and len(words(m["main"])) >= 5 and _subject_relative(m["body"], lang, ctx):
            # "legde het rapport voor aan het college, dat er volgens hem niet over heeft
            # gesproken": a body named by a description makes its own claim
            return end_sentence(m["main"]), _relative_claims(party, m["body"], lang, ctx)
        if (
            names
            and names[-1].end >= len(m["main"].rstrip()) - 2
            and len(words(m["main"])) >= 3
            and _subject_relative(m["body"], lang, ctx)
        ):
            name = " ".join(names[-1].text.split())
            return end_sentence(m["main"]), _relative_claims(name, m["body"], lang, ctx)
    return (
        _appositive_relative(s, lang, ctx)
        or np_relative(s, lang, ctx)  # "a switch, which"
        or object_relative(s, lang, ctx)  # "which Corbeck shared", "whose wall split"
        or participle_apposition(s, lang)  # "X, opgericht in 2021 door ..., telt ..."
        or trailing_clause(s, lang, ctx)  # ", when X ...", ", two of which", "gestart, die"
        or source_relative(s, lang, ctx)  # "Dat blijkt uit mails die de gemeente vrijgaf"
    )


#: "X chairs Y, the co-operative that built ...": an apposition to the last name, its relative
_APPOS_REL = re.compile(
    r"^(?P<main>.+?),\s+(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+(?P<rel>that|which|who)\s+"
    r"(?P<body>[^,]+?)[.!]?$"
)
#: a separable particle after the object: "richtte zij de coöperatie Klaverstede op, die ..."
_PARTICLE_END = re.compile(r"\s+(?:op|aan|uit|af|in|mee|toe|terug|door|over|voor|bij)\s*$")


def _appositive_relative(
    s: str, lang: str | None, ctx: NameContext
) -> tuple[str, list[str]] | None:
    """(the main clause, the relative's claims) when the relative belongs to the name that
    ends the main clause through an apposition ("Teodora Haverly chairs Hollinfold Community
    Energy, the co-operative that built two wind turbines") or after a Dutch particle ("richtte
    zij de coöperatie Klaverstede op, die inmiddels 64 leden telt"); else None."""
    m = _APPOS_REL.match(s) if lang != "nl" else None
    if m is None and lang != "en":
        nl = _REL_END.match(s)
        if nl and nl["rel"] == "die" and _PARTICLE_END.search(nl["main"]):
            m = nl
    if m is None:
        return None
    main = m["main"]
    core = _PARTICLE_END.sub("", main) if lang != "en" else main
    names = [n for n in ctx.mentions(core) if n.kind in ("person", "unknown", "org")]
    if not names or names[-1].end < len(core.rstrip()) - 2 or len(words(main)) < 3:
        return None
    if not _subject_relative(m["body"], lang, ctx):
        return None
    name = " ".join(names[-1].text.split())
    return end_sentence(main), _relative_claims(name, m["body"], lang, ctx)


#: A body of an organisation or a council, described at the end of a clause: "aan het
#: college", "bij de raad van commissarissen"
_PARTY_END = re.compile(
    r"(?i)\b(?:aan|bij|naar|voor|met|door)\s+((?:de|het)\s+([\w-]+)(?:\s+van\s+[\w-]+)?)\s*$"
)
_BODY_NOUNS = frozenset(
    {
        "college", "raad", "gemeenteraad", "bestuur", "directie", "commissie", "rechtbank",
        "ondernemingsraad", "inspectie", "toezichthouder", "board", "council",
    }
)  # fmt: skip


def _party_at_end(main: str) -> str | None:
    m = _PARTY_END.search(main.rstrip())
    return m.group(1) if m and m.group(2).lower() in _BODY_NOUNS else None


def split_assertions(s: str, lang: str | None, ctx: NameContext) -> list[tuple[str, bool]]:
    """The assertions of a sentence, each with whether it is claimed by the subject of the
    first ("Vale klaagde Lumen aan omdat het lab zijn missie zou hebben verlaten": the second
    is Vale's claim, not the document's)."""
    rel = split_relative(s, lang, ctx)
    if rel:
        main, claims = rel  # "Drury, who left Halvard in 2023 and now chairs ...": two
        parts = [p for c in claims for p in split_compound(c, lang, ctx)]
        return [*split_assertions(main, lang, ctx), *((c, False) for c in parts)]
    m = _BECAUSE.match(s)
    if m:
        why = re.sub(r"(?i)^(?:omdat|because|alleging\s+that|claiming\s+that)\s+", "", m["why"])
        if _has_clause(why, ctx, lang):
            first = [(c, False) for c in split_compound(end_sentence(m["main"]), lang, ctx)]
            return [*first, (_subordinate(why, lang, ctx), True)]
    m = _SHOWS.match(s)
    if m:
        main, what = (m["main"], m["what"]) if m["main"] else (m["nlmain"], m["nlwhat"])
        if len(words(main)) >= 3 and _has_clause(what, ctx, lang):
            first = split_compound(end_sentence(main), lang, ctx)
            return [(c, False) for c in [*first, _subordinate(what, lang, ctx)]]
    m = _WHILE.match(s)
    if m and len(words(m["main"])) >= 3 and _has_clause(m["other"], ctx, lang):
        first = split_compound(end_sentence(m["main"]), lang, ctx)
        return [(c, False) for c in [*first, _subordinate(m["other"], lang, ctx)]]
    ev = time_event(s)
    who = None
    if ev and ev.keep:  # "she ... when she ...", "forced him out after he ...": resolved later
        who = ev.pronoun if any(is_verb(w, lang) for w in words(ev.rest)) else None
    elif ev:
        who = _subject_prefix(ev.main, ctx, lang)
        named = who and ctx.mentions(who) and _has_clause(f"{who} {ev.rest}", ctx, lang)
        if named and ev.pronoun.lower() in ("she", "he", "hij") and ctx.classify(who) == "org":
            named = False  # "Halverstow Council has built ... since she took office": the mayor
        who = who if named else None
    if ev and who:
        # "Saffron Delahaye had worked ... when she was dismissed" -> "Saffron Delahaye was
        # dismissed"; "since it was founded in 2017" -> "Tidewell was founded in 2017."
        first = split_compound(end_sentence(ev.main), lang, ctx)
        return [(c, False) for c in [*first, _subordinate(f"{who} {ev.rest}", lang, ctx)]]
    return [(c, False) for c in split_compound(s, lang, ctx)]
