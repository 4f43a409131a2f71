"""A relative clause with a subject of its own: a second claim, with the antecedent as object.

:mod:`onrecord.check.claims.clauses` and :mod:`onrecord.check.claims.np_relative` split a relative clause
whose pronoun is the subject ("Marsh, who had joined in 2018, ..."). Writers state as many facts
in a relative clause whose subject is another party, and the gold makes each one a claim:

- an object relative: "Its report, which Corbeck only shared with us in January 2024,
  recommended ..." -> "Corbeck only shared its report with us in January 2024."; "Volgens een
  rapport van adviesbureau Stroomlijn, dat de gemeente vorig jaar liet opstellen, ..." -> "De
  gemeente liet een rapport van adviesbureau Stroomlijn vorig jaar opstellen."; "... plus een
  avondtoeslag die Zorgkring zelf in 2021 heeft voorgesteld" -> "Zorgkring heeft een
  avondtoeslag zelf in 2021 voorgesteld.";
- a possessive relative: "Marion Elstow, whose kitchen wall split in two places, said ..." ->
  "Marion Elstow's kitchen wall split in two places.";
- a prepositional one at the end: "... its own consultation, in which 71 percent of
  respondents opposed the closures" -> "In its own consultation 71 percent ...".

The subject of an object relative must be a name (or, in Dutch, an article and noun: "de
gemeente"): a pronoun ("which we reported", "die zij aannam") is left alone, because "which"
may stand for the whole clause and "we" is then the writer's voice, not a new fact.
"""

from __future__ import annotations

import re
from itertools import pairwise

from onrecord.check.language.claim_lexicon import ADVERBS, PREPOSITIONS, SPEECH_NL, is_verb
from onrecord.check.language.claim_names import NameContext, token_spans
from onrecord.check.language.claim_text import DETERMINERS, end_sentence, upper_first, words
from onrecord.check.language.nl_order import det_np
from onrecord.check.language.org_kinds import org_kind

__all__ = ["object_relative", "source_relative"]

_FRONT = re.compile(
    r"^(?P<np>[^,]{2,90}?),\s+(?P<rel>which|whose|dat|die)\s+(?P<body>[^,]{6,}?),\s+(?P<main>\S.+)$"
)
_END = re.compile(
    r"^(?P<main>[^,]{2,}.*?),\s+(?P<rel>which|whose|dat|die|in which|at which|waarin|waarbij)\s+"
    r"(?P<body>[^,]{6,}?)(?P<end>[.!]?)$"
)
#: articles and possessives that open the antecedent noun phrase
_DETS = DETERMINERS | {"its", "his", "her", "their", "our", "zijn", "haar", "hun", "onze", "ons"}
_PREPS = PREPOSITIONS | {"of", "van"}
_EN_ADVERBS = frozenset({"only", "first", "later", "also", "never", "then", "once", "still"})
_TITLE = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Cllr|Councillor|Judge)\.?\s+)?")
_NL_RELS = frozenset({"dat", "die", "waarin", "waarbij"})
_PARTICIPLE = re.compile(r"^(?:been|\w{3,}ed|\w{2,}(?:wn|en|ne|ght|lt|nt|de))$")
#: a main clause that ends in a saying verb: a "dat" after it opens its content, no relative
_SAY_END = re.compile(r"(?i)\b(?:zei|zegt|meldde|schreef|stelde|liet weten|zeggen)\s*$")


def _antecedent(part: str, lang: str | None) -> str | None:
    """The noun phrase that ends ``part``: from its last article or possessive (a "van"/"of"
    phrase after the noun kept, "een rapport van adviesbureau Stroomlijn"), with no verb in it."""
    toks = token_spans(part)
    for k in range(len(toks) - 1, max(len(toks) - 8, -1), -1):
        w = toks[k][0]
        if is_verb(w, lang) and k > 0:
            return None
        if w.lower() in _DETS:
            if k > 0 and toks[k - 1][0].lower() == "van" and k >= 3 and lang == "nl":
                continue  # "een rapport van het bureau": the head noun stands before "van"
            after = toks[k + 1 :]
            keep = {"van"} if lang == "nl" else set()  # "the block of X, which": block or X?
            if not after or any(
                t[0].lower() in _PREPS - keep and not _place_after(after, i)
                for i, t in enumerate(after)
            ):
                return None
            np = part[toks[k][1] :].strip()
            first, _, rest = np.partition(" ")
            return f"{first.lower()} {rest}" if first[:1].isupper() else np
    return None


def _place_after(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Only a place name follows the preposition at ``i`` ("de boterafdeling in Hornweer")."""
    rest = toks[i + 1 :]
    return toks[i][0] == "in" and 0 < len(rest) <= 2 and all(t[0][:1].isupper() for t in rest)


def _en_claim(np: str, body: str, ctx: NameContext) -> str | None:
    """ "Corbeck only shared with us in January 2024" + "its report" -> "Corbeck only shared its
    report with us in January 2024"; None when the body opens with no name and verb."""
    names = [n for n in ctx.mentions(body) if n.kind in ("person", "org", "unknown")]
    before = body[: names[0].start] if names else ""
    if not names or not (_TITLE.fullmatch(before) or _kind_before(before)):
        return None  # "which Corbeck ...", "which Mr Strand ...", "which the union Unite ..."
    toks = [t for t in token_spans(body) if t[1] >= names[0].end]
    k = 0
    while k < len(toks) - 1 and toks[k][0].lower() in _EN_ADVERBS:
        k += 1
    low = [t[0].lower() for t in toks]
    stranded = low[-1] in _PREPS or any(a in _PREPS and b in _PREPS for a, b in pairwise(low))
    if k >= len(toks) or not (is_verb(toks[k][0], "en") or _third_person(toks, k)) or stranded:
        return None  # "which Corbeck has known about since ...": what it stands for is unclear
    while k + 1 < len(toks) and _PARTICIPLE.match(low[k + 1]):
        k += 1  # "has shared", "had been given": the object follows the whole verb group
    cut = toks[k][2]
    np = re.sub(r"^(?:a|an)\s", "the ", np)
    return f"{body[:cut]} {np}{body[cut:]}"


def _kind_before(before: str) -> bool:
    """``before`` (the words before a name) is its kind of organisation: "vakbond ", "the
    union ", "het adviesbureau "."""
    m = re.fullmatch(r"(?:(?:the|de|het)\s+)?([a-zà-ÿ-]{3,})\s+", before)
    return m is not None and org_kind(m.group(1))


def _third_person(toks: list[tuple[str, int, int]], k: int) -> bool:
    """The word after the relative's named subject is a present verb the lists lack, by its
    form: lower-case, in -s, and closing the clause ("which Mr Strand chairs")."""
    w = toks[k][0]
    return (
        k == len(toks) - 1
        and w.islower()
        and len(w) >= 4
        and w.endswith("s")
        and not (w.endswith(("ss", "us", "is")))
    )


def _nl_claim(np: str, body: str, ctx: NameContext) -> str | None:
    """ "de gemeente vorig jaar liet opstellen" + "een rapport" -> "de gemeente liet een rapport
    vorig jaar opstellen": the subject, the finite verb, the antecedent, the rest."""
    toks = token_spans(body)
    names = [n for n in ctx.mentions(body) if n.kind in ("person", "org", "unknown")]
    if names and (names[0].start == 0 or _kind_before(body[: names[0].start])):
        n = sum(1 for t in toks if t[2] <= names[0].end)  # "vakbond AgroUnie": the kind too
    else:
        n = det_np(toks)
    if n == 0 or n >= len(toks) - 1:
        return None
    last = toks[-1][0]
    if not (last.isalpha() and last.islower()):
        return None  # the verb cluster ends a subordinate clause
    finite = [i for i in range(n, len(toks)) if is_verb(toks[i][0], "nl")]
    if not finite:
        return None
    k = finite[-1]
    subj = body[: toks[n - 1][2]]
    rest = (body[toks[n - 1][2] : toks[k][1]] + body[toks[k][2] :]).split()
    return " ".join([subj, toks[k][0], np, *rest])


def _claim(np: str, rel: str, body: str, lang: str | None, ctx: NameContext) -> str | None:
    if rel == "whose":
        owner = [n for n in ctx.mentions(np) if n.kind in ("person", "org", "unknown")]
        toks = token_spans(body)
        if not owner or owner[-1].end < len(np.rstrip()) - 2:
            return None
        if not any(is_verb(t[0], "en") for t in toks[1:]):
            return None
        return f"{' '.join(owner[-1].text.split())}'s {body}"
    if rel in ("in which", "at which"):
        toks = token_spans(body)
        if not any(is_verb(t[0], "en") for t in toks[1:]) or toks[0][0].lower() in ADVERBS:
            return None
        return f"{rel.split()[0]} {np}, {body}"
    if rel in ("waarin", "waarbij"):
        toks = token_spans(body)
        if len(toks) < 2 or not is_verb(toks[-1][0], "nl"):
            return None
        verb = toks[-1][0]
        prep = "in" if rel == "waarin" else "bij"
        return f"{prep} {np} {verb} {body[: toks[-1][1]].strip()}"
    if lang == "nl" or (lang is None and rel in _NL_RELS):
        return _nl_claim(np, body, ctx)
    return _en_claim(np, body, ctx)


def object_relative(s: str, lang: str | None, ctx: NameContext) -> tuple[str, list[str]] | None:
    """(the main clause, the relative clause's claim) when the relative has its own subject,
    else None."""
    for pat in (_FRONT, _END):
        m = pat.match(s)
        if not m:
            continue
        rel = m["rel"]
        if (rel in _NL_RELS) != (lang == "nl") and lang is not None:
            continue
        if pat is _FRONT:
            np_part, main = m["np"], f"{m['np'].strip()} {m['main']}"
        else:
            np_part, main = m["main"], end_sentence(m["main"])
            if _SAY_END.search(np_part):
                continue
        np = np_part.strip() if rel == "whose" else _antecedent(np_part, lang)
        if not np or len(words(main)) < 4 or any(q in m["body"] for q in "\"“”'‘’„"):
            continue  # "which Delaney called 'the biggest opportunity'": a quoted view, no fact
        if rel in _NL_RELS and ("," in np or SPEECH_NL & {w.lower() for w in words(np_part)}):
            continue  # "zei de advocaat, Eva Brinkman, dat Willemsen ...": "dat" opens content
        claim = _claim(np, rel, m["body"].strip(), lang, ctx)
        if claim:
            return end_sentence(main), [upper_first(end_sentence(claim))]
    return None


#: a source named as what a sentence rests on, with a restrictive relative that has its own
#: subject: "Dat blijkt uit 86 mails die de gemeente vorige week openbaar maakte ...", "This
#: emerges from emails that the council released under ...", "This is according to minutes
#: which the board published"
_SOURCE_REL = re.compile(
    r"^(?:(?:Dat|Dit|Het)\s+(?:blijkt|bleek)\s+(?:\w+\s+)?uit|(?:This|That|It)\s+(?:emerges|emerged|"
    r"is\s+clear|was\s+clear)\s+from|(?:This|That)\s+is\s+according\s+to)\s+"
    r"(?P<np>(?:\S+\s+){0,3}?\S+)\s+(?P<rel>die|dat|that|which)\s+(?P<body>[^,;]{6,}?)[.!]?$"
)


def source_relative(s: str, lang: str | None, ctx: NameContext) -> tuple[str, list[str]] | None:
    """(the frame, the relative clause's claim) of a sentence that names its source with a
    relative clause of another subject: the source is meta text, what that subject did with it
    ("de gemeente maakte 86 mails openbaar") is a fact of its own; else None."""
    m = _SOURCE_REL.match(s.strip())
    if not m or (m["rel"] in _NL_RELS) != (lang == "nl"):
        return None
    first = (words(m["body"])[:1] or [""])[0].lower()
    if first in _WRITER_WORDS:
        return None  # "die wij opvroegen": the writer's own act, no new fact
    if _SEEN.search(m["body"]):
        return None  # "die RTV Oost heeft ingezien", "that the Brief has seen": the reporting
    claim = _claim(m["np"], m["rel"], m["body"].strip(), lang, ctx)
    return (s, [upper_first(end_sentence(claim))]) if claim else None


#: the writer, the reader or a pronoun as the relative clause's subject: no new party's act
_WRITER_WORDS = frozenset(
    {"ik", "wij", "we", "i", "u", "you", "deze", "this", "zij", "ze", "hij", "he", "she"}
)
#: a newsroom's own act on its sources: seeing, obtaining, holding them
_SEEN = re.compile(
    r"(?i)\b(?:ingezien|inzag|inzagen|inzien|in\s+handen|in\s+bezit|seen|saw|obtained|"
    r"has\s+had\s+sight)\b"
)
