"""A demonstrative noun phrase in a claim gets the words that said which thing it is.

"Vellinga citeerde uit een e-mail van de projectleider van 19 februari ... Hulsebosch erkende
dat zij die e-mail had ontvangen": judged alone, "die e-mail" could be any e-mail, so the claim
cannot be checked. "die/deze/dat/dit/that/this/these/those" + noun becomes the noun phrase of
the nearest earlier sentence (at most three back) with that noun as its head, together with
what followed it there to say which one ("van de projectleider van 19 februari", "of the
planning committee", "van 6 miljoen euro"): "de e-mail van de projectleider van 19 februari".
When the earlier phrase adds nothing ("een motie", "the report") the claim keeps its wording;
a demonstrative whose noun says what it is already ("that plan to ...", "die e-mail van ...")
is left alone, and so is a noun the sentences before never named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onrecord.check.claims.written_referent import written_referent
from onrecord.check.language.claim_lexicon import is_verb

__all__ = ["with_referent"]

_DEMONSTRATIVE = {"die": "de", "deze": "de", "dat": "het", "dit": "het"}
_DEMONSTRATIVE |= {"that": "the", "this": "the", "these": "the", "those": "the"}
_NP = re.compile(
    r"(?i)(?<![\w'’-])(" + "|".join(_DEMONSTRATIVE) + r")\s+([a-zà-ÿ][\w-]*[a-zà-ÿ])\b"
)
#: after the noun, words that already say which one it is
_HAS_CONTENT = re.compile(
    r"(?i)^\s*(?:van|over|uit|om|dat|die|waarin|waarop|of|about|from|by|to|that|which|who"
    r"|where|in which)\b"
)
_NOT_NOUN = frozenset(
    {
        "de", "het", "een", "the", "a", "an", "ze", "zij", "hij", "er", "we", "wij",
        "ik", "je", "u", "niet", "ook", "al", "nog", "wel", "is", "was", "he", "she", "it",
        "they", "i", "you", "not", "also", "had", "has", "would", "could",
    }
)  # fmt: skip
_ARTICLES = frozenset({"een", "de", "het", "a", "an", "the"})
_PREPS = frozenset({"van", "over", "uit", "voor", "aan", "of", "about", "from", "by", "for", "on"})
_PREPS |= frozenset({"to"})
#: "dat"/"that" opens a clause after a verb; a determiner at the clause's start or after these
_CONJUNCTION = frozenset({"dat", "that"})
_PREPS_ALL = _PREPS | frozenset({"op", "in", "met", "bij", "naar", "door", "at", "with", "into"})
_DETS = frozenset({"de", "het", "een", "the", "a", "an", "zijn", "haar", "hun", "his", "her"})
_DETS |= frozenset({"its", "their"})
_NUMBERISH = re.compile(r"(?i)^(?:\d[\d.,]*|miljoen|miljard|duizend|million|billion|thousand)$")
_UNITS = frozenset({"euro", "pond", "procent", "pounds", "percent", "dollar", "dollars"})
_MONTHS = frozenset(
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "january",
        "february",
        "march",
        "june",
        "july",
        "august",
        "october",
    ]
)
#: a word between an article and its noun that is no noun itself: an adjective ("nieuwe",
#: "nieuw", "written", "annual") or a number ("drie", "12")
_ADJECTIVE = re.compile(
    r"^(?:[a-zà-ÿ]+(?:e|en|ed|al|ic|ful|ous|ive|ern|ish|ary|ig|isch)|\d[\d.,]*)$"
)
_WORD = re.compile(r"\d[\d.,]*\d|[\w'’-]+|[^\w\s]")


def _modifiers(words: list[str]) -> int:
    """How many of ``words`` (what follows a noun) say which one it is: prepositional phrases
    of a determiner and a noun, or of a name, number, amount or date."""
    used = 0
    i = 0
    while i < len(words) and words[i].lower() in _PREPS:
        j = i + 1
        det = j < len(words) and words[j].lower() in _DETS
        j += det
        if j < len(words) and words[j][:1].islower() and words[j].lower() not in _PREPS_ALL:
            j += 1  # "de projectleider", "bureau Klimaatwerk"
        got = j
        while j < len(words) and (
            words[j][:1].isupper() or _NUMBERISH.match(words[j]) or words[j].lower() in _MONTHS
        ):
            j += 1
        if j > got or (det and got > i + 2):
            if j < len(words) and words[j].lower() in _UNITS:
                j += 1
            used = i = j
        else:
            break
    return used


def _antecedent(noun: str, before: Sequence[str]) -> str | None:
    """The nearest earlier noun phrase headed by ``noun`` with the words that followed it to
    say which one, without its article; None when there is none or it adds nothing."""
    head = re.compile(rf"(?i)^[\w-]*{re.escape(noun)}$")
    for sentence in reversed(before[-3:]):
        words = _WORD.findall(sentence)
        for k in range(len(words) - 1, 0, -1):
            if not head.match(words[k]):
                continue
            start = k - 1 if words[k - 1].lower() in _ARTICLES else None
            if start is None and k > 1 and words[k - 2].lower() in _ARTICLES:
                start = k - 2 if _ADJECTIVE.match(words[k - 1]) else None  # "een nieuw veld"
            if start is None:
                continue
            more = _modifiers(words[k + 1 :])
            if more == 0 and start == k - 1 and words[k].lower() == noun.lower():
                return None  # "een motie": nothing to add
            return " ".join(words[start + 1 : k + 1 + more])
    return None


def with_referent(clause: str, before: Sequence[str]) -> str:
    """``clause`` with its first demonstrative noun phrase ("die e-mail", "that report") written
    as the earlier noun phrase it points back to; ``clause`` itself when there is none."""
    for m in _NP.finditer(clause):
        det, noun = m.group(1), m.group(2)
        if (
            noun.lower() in _NOT_NOUN
            or is_verb(noun.lower())
            or _HAS_CONTENT.match(clause[m.end() :])
        ):
            continue
        prev = clause[: m.start()].split()[-1:]
        if det.lower() in _CONJUNCTION and prev and prev[0].lower() not in _PREPS_ALL:
            continue  # "zei dat bewoners klagen": a conjunction, not a determiner
        found = _antecedent(noun, before)
        if found is None:
            continue
        article = _DEMONSTRATIVE[det.lower()]
        article = article.capitalize() if det[:1].isupper() else article
        return f"{clause[: m.start()]}{article} {found}{clause[m.end() :]}"
    return written_referent(clause, before)  # "that email" after "X wrote to Y on 8 March"
