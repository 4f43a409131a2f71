"""A clause trailing a complete main clause after a comma, that states a fact of its own.

Writers hang a second fact on a finished sentence, and the gold convention (two assertions, two
claims) makes each its own claim:

- a time relative after a dated main clause: "The survey was not carried out until 9 May 2023,
  when Fairholm Damp Solutions inspected six of the flats." -> "On 9 May 2023, Fairholm Damp
  Solutions inspected six of the flats."; "Stapelkamp begon in 2008, toen het theater nog in een
  oude veilinghal zat" -> "In 2008 zat het theater nog in een oude veilinghal.";
- a quantified relative: "The recall follows 14 reports of units overheating, two of which led to
  small fires in garages." -> "Two of the 14 reports of units overheating led to small fires in
  garages."; "..., waarvan er drie ..." likewise;
- a prepositional relative after a phrase with an article or possessive: "Wierzbicki was absent
  from Saturday's match against Corve Rangers, for which he had been selected." -> "He had been
  selected for Saturday's match against Corve Rangers.";
- a Dutch subject relative after the verb cluster, which points back past the verbs to the
  object: "De huisartsenkring heeft een petitie gestart, die in drie weken 5.200 keer is
  ondertekend." -> "De petitie is in drie weken 5.200 keer ondertekend." (the English form is
  :mod:`onrecord.check.claims.np_relative`).

Left alone, because the clause is then no new fact about a named thing: a pronoun subject after
"when"/"toen" (who "he" is the subject resolver decides for the main clause, not here), a time
clause after a main clause without a date ("He resigned, when ..."), a relative that opens with
its own subject ("die de gemeente liet opstellen": :mod:`object_relative`), a quoted body, and a
"dat" after a saying verb (what was said, no relative).
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import PREPOSITIONS, is_verb
from onrecord.check.language.claim_names import NameContext, token_spans
from onrecord.check.language.claim_text import (
    DETERMINERS,
    INDEFINITE_ARTICLES,
    NL_SUBJ_PRONOUNS,
    PRONOUNS,
    end_sentence,
    upper_first,
    words,
)
from onrecord.check.language.nl_order import reorder_subordinate
from onrecord.text.months import MONTH_NAME_PATTERN

__all__ = ["trailing_clause"]

_MONTHS = MONTH_NAME_PATTERN
#: the time phrase that ends a main clause: "until 9 May 2023", "in 2008", "op 3 maart"
_TIME_END = re.compile(
    rf"(?i)\b(?P<time>(?:in|on|until|till|since|by|op|tot|sinds|vanaf)\s+"
    rf"(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})(?:\s+\d{{4}})?|(?:19|20)\d\d))\s*$"
)
_WHEN = re.compile(r"^(?P<main>[^\"“”]{12,}?),\s+(?P<rel>when|toen)\s+(?P<body>[^,]{6,}?)[.!]?$")
_OF_WHICH = re.compile(
    r"^(?P<main>[^\"“”]{12,}?),\s+(?P<q>\w+)\s+of\s+which\s+(?P<body>[^,]{6,}?)[.!]?$"
    r"|^(?P<main_nl>[^\"“”]{12,}?),\s+waarvan\s+(?:er\s+)?(?P<q_nl>\w+)\s+(?P<body_nl>[^,]{6,}?)[.!]?$"
)
_PREP_WHICH = re.compile(
    r"^(?P<main>[^\"“”]{12,}?),\s+(?P<prep>for|to|with|against|from|under|by)\s+which\s+"
    r"(?P<body>[^,]{6,}?)[.!]?$"
)
_NL_REL = re.compile(r"^(?P<main>[^\"“”]{12,}?),\s+(?P<rel>die|dat)\s+(?P<body>[^,]{6,}?)[.!]?$")
#: the quantifier before "of which" / after "waarvan (er)"
_QUANT = frozenset(
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "some", "many", "most", "all", "none", "both", "several", "half", "een",
        "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
        "twaalf", "enkele", "veel", "meeste", "alle",
    }
)  # fmt: skip
_SAYING = re.compile(
    r"(?i)\b(?:zei|zegt|zeggen|meldde|meldt|schreef|schrijft|stelde|stelt|liet weten|laat weten|"
    r"verklaarde|verklaart|benadrukte|ontkende|ontkent|bevestigde|bevestigt|erkende|erkent|"
    r"beweerde|beweert|gemeld|gezegd|verklaard|bevestigd|geschreven|betoogde|vond|vindt)\b"
)
_DETS = DETERMINERS | {"zijn", "haar", "hun", "onze", "ons", "its", "their", "his", "her", "our"}


def _opens_with_subject(body: str, ctx: NameContext, lang: str) -> bool:
    """The body opens with a named or described subject (no pronoun) and holds a verb."""
    toks = token_spans(body)
    if len(toks) < 3:
        return False
    names = [n for n in ctx.mentions(body) if n.kind in ("person", "org", "unknown")]
    named = bool(names) and names[0].start == 0
    # "het theater", not "a customer": an indefinite subject is the occasion, no party's fact
    described = toks[0][0].lower() in _DETS - INDEFINITE_ARTICLES and not _verbish(toks[1][0])
    if not named and not described:
        return False  # "when he was 60", "toen zij vertrok": a pronoun
    return any(is_verb(t[0], lang) for t in toks[1:])


#: a Dutch participle the verb lists may lack: "gestart", "ondertekend", "verhuisd"
_PARTICIPLE = re.compile(r"^(?:\w+)?(?:ge|ver|be|ont|her|onder|over|door|mis)\w{2,}[dt]$")


def _verbish(w: str) -> bool:
    return w.islower() and (is_verb(w, "nl") or _PARTICIPLE.match(w) is not None)


def _time_clause(s: str, lang: str | None, ctx: NameContext) -> tuple[str, list[str]] | None:
    m = _WHEN.match(s)
    if not m or (m["rel"] == "toen") != (lang == "nl"):
        return None
    main = m["main"]
    t = _TIME_END.search(main)
    if not t or len(words(main)) < 4:
        return None
    body, nl = m["body"].strip(), m["rel"] == "toen"
    opener = [n for n in ctx.mentions(main) if n.kind in ("person", "org", "unknown")]
    if not opener or opener[0].start != 0:
        return None  # "The survey was not carried out until ...": whose survey is left open
    if not _opens_with_subject(body, ctx, "nl" if nl else "en"):
        return None
    time = t["time"].split(None, 1)[1]
    if nl:
        order = reorder_subordinate(body, ctx)
        toks = token_spans(order)
        # "het theater zat nog in ..." -> "In 2008 zat het theater nog in ...": verb second
        vi = next((i for i, tk in enumerate(toks) if i and is_verb(tk[0], "nl")), None)
        if vi is None:
            return None
        subj = order[: toks[vi][1]].strip()
        claim = f"In {time} {toks[vi][0]} {subj} {order[toks[vi][2] :].strip()}"
    else:
        prep = "On" if time[:1].isdigit() else "In"  # "On 9 May 2023", "In October 2024"
        claim = f"{prep} {time}, {body}"
    return end_sentence(main), [upper_first(end_sentence(" ".join(claim.split())))]


def _np_before(main: str, lang: str) -> str | None:
    """The noun phrase the relative points to: the object before the final Dutch verb cluster
    ("heeft een petitie gestart"), or the phrase that ends an English main clause ("follows 14
    reports of units overheating")."""
    toks = token_spans(main)
    end = len(toks)
    if lang == "nl":
        while end > 1 and _verbish(toks[end - 1][0]):
            end -= 1
        if end == len(toks) or end < 2:
            return None  # no verb cluster at the end: "die" belongs to the last phrase
    for k in range(end - 1, max(end - 8, 0), -1):
        w = toks[k][0]
        if is_verb(w, lang) and k < end - 1:
            break
        if w.lower() in _DETS or re.fullmatch(r"\d[\d.,]*", w):
            if any(t[0].lower() in PREPOSITIONS - {"of", "van"} for t in toks[k + 1 : end]):
                return None
            np = main[toks[k][1] : toks[end - 1][2]].strip()
            first, _, rest = np.partition(" ")
            if first.lower() in ("a", "an", "een"):
                first = "the" if lang == "en" else _nl_article(rest)
            if first.lower() in _DETS:
                first = first.lower()
            elif first[:1].isdigit():  # "14 reports" -> "the 14 reports"
                first = f"{'de' if lang == 'nl' else 'the'} {first}"
            return f"{first} {rest}".strip()
    return None


def _owner(main: str, ctx: NameContext) -> str | None:
    """The named subject that opens ``main`` ("De huisartsenkring Lagewold heeft ..."): the
    owner of the thing it introduces with "een", as the gold convention makes a thing's claim
    its owner's."""
    toks = token_spans(main)
    vi = next((i for i, t in enumerate(toks[:6]) if i and is_verb(t[0], "nl")), None)
    if vi is None:
        return None
    head = main[: toks[vi][1]].strip()
    names = [n for n in ctx.mentions(head) if n.kind in ("person", "org", "unknown")]
    if not names or "," in head or names[-1].end < len(head) - 1:
        return None
    first, _, rest = head.partition(" ")
    return f"{first.lower()} {rest}" if first.lower() in _DETS and rest else head


def _nl_article(rest: str) -> str:
    """A definite article for a Dutch noun after "een": "de", except the common het-nouns by
    their ending ("-je", "-ment", "onderzoek")."""
    head = rest.split()[-1].lower() if rest.split() else ""
    return "het" if head.endswith(("je", "ment", "isme", "onderzoek", "rapport")) else "de"


def _quantified(s: str, lang: str | None) -> tuple[str, list[str]] | None:
    m = _OF_WHICH.match(s)
    if not m:
        return None
    nl = m["main_nl"] is not None
    if nl != (lang == "nl") and lang is not None:
        return None
    main = m["main_nl"] if nl else m["main"]
    q = (m["q_nl"] if nl else m["q"]).lower()
    body = (m["body_nl"] if nl else m["body"]).strip()
    if q not in _QUANT and not q.isdigit():
        return None
    np = _np_before(main, "nl" if nl else "en")
    if not np or len(words(main)) < 4:
        return None
    if nl:
        toks = token_spans(body)
        if len(toks) < 2 or not _verbish(toks[-1][0]):
            return None
        claim = f"{q} van {np} {toks[-1][0]} {body[: toks[-1][1]].strip()}"
    else:
        claim = f"{q} of {np} {body}"
    return end_sentence(main), [upper_first(end_sentence(" ".join(claim.split())))]


def _pp_object(main: str) -> str | None:
    """The noun phrase of the last prepositional phrase of ``main`` that opens with an article
    or a possessive ("absent from Saturday's match against Corve Rangers" -> "Saturday's match
    against Corve Rangers"; a bare name after a preposition is part of it, no head)."""
    toks = token_spans(main)
    for k in range(len(toks) - 2, 0, -1):
        if toks[k][0].lower() not in PREPOSITIONS or toks[k][0].lower() in ("of",):
            continue
        nxt = toks[k + 1][0]
        possessive = re.match(r"[A-Z]\w*['’]s$", main[toks[k + 1][1] :].split(None, 1)[0])
        if nxt.lower() in _DETS or possessive:
            np = main[toks[k + 1][1] :].strip()
            return np if len(np.split()) <= 8 else None
    return None


def _prep_relative(s: str, lang: str | None) -> tuple[str, list[str]] | None:
    """ "..., for which he had been selected" -> "He had been selected for <the phrase>"."""
    m = _PREP_WHICH.match(s) if lang != "nl" else None
    if not m or len(words(m["main"])) < 4:
        return None
    body = m["body"].strip()
    toks = token_spans(body)
    if len(toks) < 3 or not any(is_verb(t[0], "en") for t in toks[1:4]):
        return None
    np = _pp_object(m["main"])
    if not np:
        return None
    claim = f"{body} {m['prep']} {np}"
    return end_sentence(m["main"]), [upper_first(end_sentence(claim))]


def _nl_subject_relative(
    s: str, lang: str | None, ctx: NameContext
) -> tuple[str, list[str]] | None:
    m = _NL_REL.match(s) if lang == "nl" else None
    if not m or _SAYING.search(m["main"]) or len(words(m["main"])) < 4:
        return None
    body = m["body"].strip()
    toks = token_spans(body)
    if len(toks) < 3 or not _verbish(toks[-1][0]):
        return None
    first = toks[0][0]
    if first.lower() in _DETS | PRONOUNS | NL_SUBJ_PRONOUNS or first[:1].isupper():
        return None  # "die de gemeente liet opstellen"
    np = _np_before(m["main"], "nl")
    if not np:
        return None
    owner = _owner(m["main"], ctx)
    noun = np.partition(" ")[2]
    if owner and re.search(rf"(?i)\been\s+{re.escape(noun)}\b", m["main"]):
        np = f"{np} van {owner}"  # "een petitie gestart" -> "de petitie van de huisartsenkring"
    k = next(i for i, t in enumerate(toks) if _verbish(t[0]))
    rest = (body[: toks[k][1]] + body[toks[k][2] :]).split()
    claim = " ".join([np, toks[k][0], *rest])
    return end_sentence(m["main"]), [upper_first(end_sentence(claim))]


def trailing_clause(s: str, lang: str | None, ctx: NameContext) -> tuple[str, list[str]] | None:
    """(the main clause, the trailing clause's claim) for the four forms above, else None."""
    if any(q in s for q in '"“”„'):
        return None
    return (
        _time_clause(s, lang, ctx)
        or _quantified(s, lang)
        or _prep_relative(s, lang)
        or _nl_subject_relative(s, lang, ctx)
        or None
    )
