"""Dutch and English word order in reported clauses: the subject noun phrase at the start of a
clause (a pronoun, a name, "de directie", "vrijwel alle leden"), and Dutch clauses put in main
clause order ("Volgens X wilde Vale ..." -> "Vale wilde ...", "dat Vale de controle wilde" ->
"Vale wilde de controle")."""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import (
    ADVERBS,
    COMMON,
    PREPOSITIONS,
    QUANTIFIERS,
    is_title,
    is_verb,
)
from onrecord.check.language.claim_names import NameContext, token_spans
from onrecord.check.language.claim_text import (
    ARTICLES,
    DETERMINERS,
    NL_SUBJ_PRONOUNS,
    PRONOUNS,
    final_punct,
    words,
)
from onrecord.check.language.verb_second import bare_role, nl_finite_form
from onrecord.text.months import MONTHS
from onrecord.text.wordsets import wordset

__all__ = [
    "NL_AUXILIARIES",
    "SEPARABLE_PARTICLES",
    "det_np",
    "is_nonfinite",
    "nl_halves",
    "quant_np",
    "reorder_nl_main",
    "reorder_nl_sub",
    "reorder_subordinate",
    "separable",
    "subject_np",
]

#: A subordinate clause after the reported one: "dat de directie hem schorste omdat hij ..."
#: (reordered up to "omdat", the rest kept as written)
_SUBORDINATOR_NL = re.compile(
    r",?\s(?:omdat|toen|nadat|terwijl|zodat|doordat|hoewel|voordat|zodra|waardoor|waarna|"
    r"zonder\s+dat|ook\s+al|als(?=\s+(?:de|het|een|hij|zij|ze|er|die|deze|zijn|haar|hun|u|we|wij|"
    r"ik)\s))\s"
)
#: "dat" after a verb opens its complement: "zijn ambtenaren hem vertelden dat het ... ging"
_THAT_AFTER_VERB = re.compile(r"\s(?P<verb>[a-zë]+)\s(?=dat\s)")
_BEFORE_DAT = re.compile(r"\s(?=dat\s)")
#: An infinitive clause that ends the reported one: "hij het geld had gebruikt om gokschulden af
#: te lossen" (reordered up to "om"; "om 10 uur", "om die reden" have no "te" + verb at the end)
_OM_TE = re.compile(r",?\som\s(?=[^,]*\ste\s\w+[\W]*$)")
#: A Dutch past tense at the end of a verb-final clause: "wegzette", "schorste", "meldden"
_PAST_NL = re.compile(r"[a-zë]{3,}(?:te|de|ten|den)")
_DEGREE = {"vooral", "deels", "mede", "grotendeels", "niet", "volgens"}


#: " en dat ", ", maar dat " between two verb-final Dutch clauses
AND_THAT_NL = re.compile(r",?\s+(?P<conj>en|maar)\s+dat\s+")


def _outside_quotes(s: str, pos: int) -> bool:
    head = s[:pos]
    return head.count('"') % 2 == 0 and head.count("“") <= head.count("”")


def nl_halves(clause: str) -> tuple[str, str, str] | None:
    """The two verb-final halves of "A en dat B", "A, maar dat B" (each of two words or more)
    and what joins them (", maar dat"), or None."""
    for m in AND_THAT_NL.finditer(clause):
        head, tail = clause[: m.start()], clause[m.end() :]
        if _outside_quotes(clause, m.start()) and len(words(head)) >= 2 and len(words(tail)) >= 2:
            return head, m.group().strip(), tail
    return None


def subject_np(
    words: list[tuple[str, int, int]], ctx: NameContext, text: str, lang: str | None
) -> int:
    """Number of tokens at the start of ``words`` that make a subject (pronoun, name or a
    determiner + noun); 0 when none is found."""
    if not words:
        return 0
    w0 = words[0][0]
    article = w0.lower() == "het" and len(words) > 1 and not is_verb(words[1][0], lang)
    if (w0.lower() in NL_SUBJ_PRONOUNS | PRONOUNS and not article) or bare_role(w0):
        return 1  # "hij", "gedaagde"
    for m in ctx.mentions(text[words[0][1] :]):
        # "festivaldirecteur Hamid Bouzid", "oud-penningmeester Kees Bakker": a role before the
        # name is part of the subject
        lead = text[words[0][1] : words[0][1] + m.start].split()
        if m.start == 0 or (lead and len(lead) <= 2 and all(is_title(w) for w in lead)):
            end = words[0][1] + m.end
            return sum(1 for w in words if w[2] <= end)
        break
    if w0.lower() in DETERMINERS:  # "the company", "de raad van bestuur" (up to 3 words)
        for n in (2, 3):
            if n == 3 and len(words) > 2 and words[2][0].lower() in DETERMINERS:
                break  # "de gemeente de klachten negeerde": an object follows the subject
            if len(words) > n and is_verb(words[n][0], lang) and not is_verb(words[n - 1][0], lang):
                if n == 3 and words[2][0].lower() in _OBJECT_PRONOUNS:
                    return 2  # "het bestuur hem wegzette": the object pronoun is no part of it
                if (
                    n == 3
                    and lang == "nl"
                    and not (words[1][0].endswith("e") or words[1][0][:1].isupper())
                ):
                    continue  # an adjective first ("de nieuwe directeur"), not "de hond geen"
                return n
    return 0


_OBJECT_PRONOUNS = frozenset({"hem", "haar", "hen", "hun", "mij", "me", "ons", "zich", "jou"})


#: first-person possessives that open a noun phrase as an article does ("onze coöperatie")
_OWN = frozenset({"onze", "mijn"})  # not "ons": an object as often
_MORE_PREPOSITIONS = frozenset({"per", "via", "naast", "achter", "boven", "langs", "wegens"})


def det_np(toks: list[tuple[str, int, int]]) -> int:
    """Tokens of "de directie", "het Amerikaanse bedrijf" at the start of ``toks`` (0: none)."""
    if not toks or toks[0][0].lower() not in DETERMINERS | _OWN:
        return 0
    n = 1
    while n < min(len(toks), 4):
        w = toks[n][0]
        if w.lower() in ADVERBS | COMMON | PREPOSITIONS | _MORE_PREPOSITIONS or w.lower() == "van":
            break
        if n == 1 and w.lower() in QUANTIFIERS and w.lower() not in _NOT_IN_NP:
            n += 1  # "de zeven musici", "de meeste leden": a number before the noun
            continue
        if (is_verb(w, "nl") and not _adjective(toks, n)) or any(c.isdigit() for c in w):
            break
        n += 1
        # an adjective ends in -e; the noun ends the phrase ("de coöperatie": a noun in -ie)
        if not w.lower().endswith("e") or w.lower().endswith(("ie", "tie")):
            break
    if n > 1:  # "de notitie van de toezichthouder", "de werf in Gdansk"
        n = _place_tail(toks, _van_tail(toks, _van_tail(toks, n)))
    return n if n > 1 else 0


#: quantifiers that do not stand between an article and its noun
_NOT_IN_NP = frozenset({"alle", "vrijwel", "bijna", "ruim", "circa", "ongeveer", "all", "almost"})
#: prepositions whose named object belongs to the noun before it: "de overstap naar CloudVault"
_NAME_PREPOSITIONS = frozenset({"in", "naar", "uit", "bij", "te"})


def _adjective(toks: list[tuple[str, int, int]], k: int) -> bool:
    """``toks[k]`` is an adjective in -e before its noun after an article ("de complete
    vloot"), where the verb lexicon reads a weak past ("complete" as "maakte")."""
    w = toks[k][0]
    if not w.lower().endswith("e") or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1][0]
    return (
        nxt[:1].islower()
        and nxt.isalpha()
        and not is_verb(nxt, "nl")
        and (toks[k - 1][0].lower() in DETERMINERS | _OWN)
    )


def _place_tail(toks: list[tuple[str, int, int]], k: int) -> int:
    """The end of a noun phrase ending at ``k`` with a named place or party after "in",
    "naar", "uit", "bij": "de werf in Gdansk", "de overstap naar CloudVault" (``k`` when
    none follows; not a month or a time: "in maart", "in 2017")."""
    if k + 1 >= len(toks) or toks[k][0].lower() not in _NAME_PREPOSITIONS:
        return k
    j = k + 1
    while j < len(toks) and toks[j][0][:1].isupper() and toks[j][0].isalpha():
        if toks[j][0].lower() in MONTHS:
            return k
        j += 1
    return j if j > k + 1 else k


def quant_np(toks: list[tuple[str, int, int]]) -> int:
    """Tokens of "vrijwel alle leden", "412 leden", "ruim 300 bevallingen" at the start of
    ``toks`` (0: none): quantifiers or a number, then one or two nouns."""
    n = 0
    while n < min(len(toks), 3) and (toks[n][0].lower() in QUANTIFIERS or toks[n][0].isdigit()):
        n += 1
    if not n:
        return 0
    k = n
    while k < min(len(toks), n + 2):
        w = toks[k][0]
        if w.lower() == "van" or is_verb(w, "nl") or w.lower() in PREPOSITIONS | ADVERBS | COMMON:
            break
        if k > n and k == len(toks) - 1:
            break  # the clause's last word is its participle: "werden 412 leden ontslagen"
        k += 1
    k = _van_tail(toks, _van_tail(toks, k))  # "29 van de 117 medewerkers van Haskerdam"
    return k if k > n else 0


def _van_tail(toks: list[tuple[str, int, int]], k: int) -> int:
    """The end of a noun phrase ending at ``k`` with its "van" phrase: "van de 117",
    "van Tessel", "van de toezichthouder" (``k`` when none follows)."""
    if k >= len(toks) or toks[k][0].lower() != "van":
        return k
    j = k + 1
    if j < len(toks) and toks[j][0].lower() in DETERMINERS:
        j += 1
    if j < len(toks) and toks[j][0].replace(".", "").isdigit():
        j += 1
    m = j
    while m < min(len(toks), j + 2):
        w = toks[m][0]
        if w.lower() == "van" or w.lower() in PREPOSITIONS | ADVERBS | COMMON:
            break
        if is_verb(w, "nl") and not _adjective(toks, m):
            break
        m += 1
        if not w.lower().endswith("e"):  # an adjective ends in -e; the noun ends the phrase
            break
    return m if m > j else k


def reorder_nl_main(rest: str, ctx: NameContext) -> str | None:
    """Verb-first after "Volgens X": "wilde Vale de controle" -> "Vale wilde de controle",
    "stemden vrijwel alle leden voor" -> "vrijwel alle leden stemden voor"."""
    toks = token_spans(rest)
    if len(toks) < 2 or not (is_verb(toks[0][0], "nl") or nl_finite_form(toks[0][0])):
        return None
    n = subject_np(toks[1:], ctx, rest, "nl") or det_np(toks[1:]) or quant_np(toks[1:])
    n = n or (1 if bare_role(toks[1][0]) else 0)  # "heeft gedaagde die collega's nooit gehoord"
    adj_noun = len(toks) > 3 and toks[2][0].endswith("e") and toks[3][0][:1].islower()
    if n == 1 and toks[1][0].lower() == "het" and adj_noun and not is_verb(toks[3][0], "nl"):
        n = 3  # "kost het verouderde bad": after the verb, "het" is an article
    if not n and toks[1][0].lower() in ("dat", "dit") and len(toks) > 2:
        nxt = toks[2][0].lower()
        n = 1 if nxt in ADVERBS | PREPOSITIONS | _DEGREE or is_verb(toks[2][0], "nl") else 0
    if not n:
        return None
    verb = rest[: toks[0][2]]
    subj = rest[toks[1][1] : toks[n][2]]
    after = rest[toks[n][2] :].lstrip()
    if subj.lower() in NL_SUBJ_PRONOUNS:
        subj = subj.lower()
    return f"{subj} {verb}{'' if after[:1] in (',', ';') else ' '}{after}".strip()


def reorder_subordinate(clause: str, ctx: NameContext) -> str:
    """Dutch subordinate word order to main clause order by moving the first finite verb after
    the subject: "zij eerder had beloofd nooit ... te verkopen" -> "zij had eerder beloofd nooit
    ... te verkopen", "het lab zijn missie zou hebben verlaten" -> "het lab zou zijn missie
    hebben verlaten"."""
    body = clause.strip()
    toks = token_spans(body)
    n = subject_np(toks, ctx, body, "nl") or det_np(toks)
    if not n or len(toks) <= n + 1:
        return clause
    last = _final_finite(toks, n)
    for k in range(n, len(toks)):
        # not "te vinden", nor a noun after an article ("de klachten"); the verb cluster at the
        # end when there is one ("aan artiesten niet heeft betaald": "heeft", not "artiesten")
        prev = toks[k - 1][0].lower()
        if last is not None and k != last:
            continue
        if is_verb(toks[k][0], "nl") and prev != "te" and prev not in ARTICLES:
            if k == n:
                return body
            verb = toks[k][0]
            head = body[: toks[n - 1][2]]
            middle = body[toks[n - 1][2] : toks[k][1]].strip()
            tail = body[toks[k][2] :].strip()
            return " ".join(p for p in (head, verb, middle) if p) + (
                " " + tail if tail and tail[0] not in ".,!?" else tail
            )
    k = _unknown_final_verb(toks, n, body)
    if k is not None:  # "de wethouder het plan kende": the clause ends in its verb
        head, middle = body[: toks[n - 1][2]], body[toks[n - 1][2] : toks[k][1]].strip()
        return " ".join(p for p in (head, toks[k][0], middle) if p) + body[toks[k][2] :].strip()
    return clause


#: the diaereses Dutch spells ("geïnformeerd", "beëindigd") as plain letters
_PLAIN = str.maketrans("äëïöü", "aeiou")
#: words that may end a Dutch clause without being its verb
_NOT_FINAL_VERB = wordset("niet nooit ook al nog wel meer toe weg terug mee zelf samen daar hier")


def _unknown_final_verb(toks: list[tuple[str, int, int]], n: int, body: str) -> int | None:
    """Where the finite verb of a subordinate clause with no verb the lexicon knows stands: its
    last word, when that is a lower-case word after a noun or pronoun (no article or preposition
    before it: "het plan kende", not "aan de club") and nothing but punctuation follows; None
    otherwise. A Dutch subordinate clause ends in its verb unless a phrase is moved after it."""
    if len(toks) < n + 2 or any(t[0].lower() in _JOINS for t in toks[n:]):
        return None
    word, prev = toks[-1][0], toks[-2][0].lower()
    if body[toks[-1][2] :].strip(" .!?") or not word.isalpha() or not word.islower():
        return None
    if len(word) < 3 or word in _NOT_FINAL_VERB or word in PREPOSITIONS or word in ADVERBS:
        return None
    if prev in ARTICLES or prev in PREPOSITIONS or prev == "te" or prev[:1].isdigit():
        return None  # "aan de club", "te betalen", "tot 236 bar": no verb at the end
    if _NONFINITE.fullmatch(word.translate(_PLAIN)):
        return None  # "hebt geïnformeerd": a participle ends it, its verb stands before
    return len(toks) - 1


#: words that join a clause to another: the verbs at the end may be the other clause's
_JOINS = wordset(
    "en of maar dat die wat waar omdat als toen nadat voordat zodat terwijl zodra hoewel"
)
#: a participle, after a separable particle or not ("betaald", "uitbetaald", "opgezegd")
_PARTICIPLE = re.compile(
    r"(?:uit|op|af|aan|in|over|door|mee|terug|toe|voor|na|om)?(?:ge|be|ver|ont|her|er)[a-zë]{2,}[dt]"
)
_NONFINITE = re.compile(rf"[a-zë]{{2,}}en|{_PARTICIPLE.pattern}")


def is_nonfinite(word: str) -> bool:
    """An infinitive or a participle by its form ("sluiten", "gesloten", "uitbetaald")."""
    return _NONFINITE.fullmatch(word) is not None


def _final_finite(toks: list[tuple[str, int, int]], n: int) -> int | None:
    """Where the finite verb of a cluster of two or more verbs that ends the clause stands
    ("niet heeft betaald", "zou hebben verlaten"), or None: no such cluster."""
    k = len(toks)
    while k > n + 1 and (is_verb(toks[k - 1][0], "nl") or _NONFINITE.fullmatch(toks[k - 1][0])):
        k -= 1
    if len(toks) - k < 2 or any(t[0].lower() in _JOINS for t in toks[n:k]):
        return None  # "... had ingeschakeld en dat de kascommissie pas werd opgericht": two
    for j in range(k, len(toks)):
        w = toks[j][0]
        if is_verb(w, "nl") and toks[j - 1][0].lower() != "te" and not _PARTICIPLE.fullmatch(w):
            return j
    return None


def _complement(clause: str) -> re.Match[str] | None:
    """Where a "dat" clause that completes a verb begins (its verb ends the head before it)."""
    for m in _THAT_AFTER_VERB.finditer(clause):
        if is_verb(m["verb"], "nl"):
            return _BEFORE_DAT.search(clause, m.end("verb"))
    return None


def reorder_nl_sub(clause: str, ctx: NameContext) -> str:
    """Verb-final after "dat": "Vale de controle wilde" -> "Vale wilde de controle"; up to a
    subordinate clause of its own ("de directie hem schorste omdat hij ... had gemeld" ->
    "de directie schorste hem omdat hij ... had gemeld"); each half of "A en dat B" on its own."""
    halves = nl_halves(clause)
    if halves:
        join = halves[1] if halves[1].startswith(",") else f" {halves[1]}"
        return f"{reorder_nl_sub(halves[0], ctx)}{join} {reorder_nl_sub(halves[2], ctx)}"
    sub = _SUBORDINATOR_NL.search(clause) or _OM_TE.search(clause) or _complement(clause)
    if sub and len(words(clause[: sub.start()])) >= 2:
        head = clause[: sub.start()]
        done = reorder_nl_sub(head, ctx)
        if done == head:
            done = reorder_subordinate(head, ctx)
        return done + clause[sub.start() :]
    punct = final_punct(clause) if clause.rstrip()[-1:] in ".!?" else ""
    body = clause.rstrip(" .!?")
    toks = token_spans(body)
    n = subject_np(toks, ctx, body, "nl")
    if not n and len(toks) > 3 and toks[-1][0] != toks[det_np(toks) - 1][0]:
        # "het bestuur hem wegzette": a description, an object pronoun, a past verb at the end
        n = det_np(toks) if _PAST_NL.fullmatch(toks[-1][0]) or separable(toks[-1][0]) else 0
    if not n and len(toks) > 2 and toks[0][0].lower() in ("het", "dat", "dit"):
        # "het om een eerste reactie ging": "het" the subject, a preposition after it
        n = 1 if toks[1][0].lower() in ADVERBS | PREPOSITIONS | _DEGREE else 0
    if not n or len(toks) < n + 2:
        return clause
    k = len(toks)
    while k > n + 1 and len(toks) - k < 3:
        w = toks[k - 1][0]
        nonfinite = is_nonfinite(w)
        last = k == len(toks) and (_PAST_NL.fullmatch(w) or separable(w))
        if is_verb(w, "nl") or nonfinite or last:
            k -= 1
            continue
        break
    while k < len(toks) and (
        not (
            is_verb(toks[k][0], "nl")
            or (k == len(toks) - 1 and (_PAST_NL.fullmatch(toks[k][0]) or separable(toks[k][0])))
        )
        or toks[k - 1][0].lower() == "te"  # "terug te vinden is": "vinden" is no finite verb
    ):
        k += 1  # the cluster starts with the finite verb
    if k >= len(toks):
        return clause
    cluster = [t[0] for t in toks[k:]]
    subj = body[: toks[n - 1][2]]
    middle = body[toks[n - 1][2] : toks[k][1]].strip()  # a closing quote before the verb too
    split = separable(cluster[0]) if len(cluster) == 1 else None
    if split and _COORDINATED.search(middle):
        return clause  # "X keuzes maakt en de samenwerking afsluit": two verbs, not one
    if split:  # "de raad ermee instemde" -> "de raad stemde ermee in"
        return " ".join(p for p in (subj, split[1], middle, split[0]) if p) + (punct or "")
    parts = [subj, cluster[0], middle, *cluster[1:]]
    return " ".join(p for p in parts if p) + (punct or "")


_COORDINATED = re.compile(r"\s(?:en|of|maar)\s")
#: particles that split off a finite verb in a main clause ("instemde" -> "stemde ... in");
#: "over", "door", "voor", "onder" and "om" are left out: many of their verbs do not split
#: ("overleed", "doorzocht", "voorkwam")
SEPARABLE_PARTICLES = ("terug", "mee", "toe", "weg", "aan", "af", "in", "op", "uit", "bij")
#: the finite auxiliaries: "heeft", "is", "werd" ...
NL_AUXILIARIES = wordset("zijn is was waren heeft hebben had hadden werd werden wordt worden")
#: verbs that begin with a particle but never split
_WHOLE = ("aanvaard", "inform", "interview", "invest", "uitnodig", "opper")


def separable(verb: str) -> tuple[str, str] | None:
    """(particle, finite verb) of a Dutch separable verb in the past or present ("instemde" ->
    ("in", "stemde"), "afwees" -> ("af", "wees")), or None."""
    low = verb.lower()
    if low.startswith(_WHOLE):
        return None
    for p in SEPARABLE_PARTICLES:
        rest = low[len(p) :]
        if (
            low.startswith(p)
            and len(rest) >= 3
            and (is_verb(rest, "nl") or _PAST_NL.fullmatch(rest))
        ):
            return verb[: len(p)], verb[len(p) :]
    return None
