"""The Dutch subject after the finite verb when it has no article and no name: after a fronted
adjunct the verb comes second and the subject follows it, and that subject may be a bare
plural ("Sindsdien moeten patiënten naar Marnewoude", "Volgens de dorpsraad hebben
omwonenden veertig klachten ingediend"), a possessive phrase ("Op 2 november werd mijn
contract niet verlengd"), or stand behind a date ("Met de ondernemingsraad van Noordpijl is op
9 mei een overgangsregeling afgesproken"). Without these the subject was lost, and a name inside
the fronted adjunct ("Noordpijl", "de dorpsraad") took its place."""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import (
    COMMON,
    PREPOSITIONS,
    QUANTIFIERS,
    SENTENCE_ADVERBS,
)
from onrecord.check.language.claim_text import DETERMINERS
from onrecord.text.months import MONTH_NAME_PATTERN

__all__ = ["FRONT_TIME_ADVERBS", "bare_subject_end", "date_pp_end", "plural_noun"]

_MONTH = f"(?:{MONTH_NAME_PATTERN})"
#: a date as an adjunct between the verb and its subject: "op 9 mei", "in 2019", "sinds
#: januari 2023", "op 2 november 2024"
_DATE_PP = re.compile(
    r"(?:op|in|sinds|vanaf|per|tot|rond|begin|eind|medio)\s+"
    r"(?:\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?|" + _MONTH + r"(?:\s+\d{4})?|\d{4})\b\s*"
)
#: Dutch adverbs of time that open a main clause before its verb ("Sindsdien moeten
#: patiënten ...", "Inmiddels heeft de club ..."); never a subordinating "toen"/"nu"
FRONT_TIME_ADVERBS = frozenset(
    {
        *("sindsdien", "inmiddels", "intussen", "destijds", "nadien", "voorheen", "vroeger"),
        *("jaarlijks", "dagelijks", "wekelijks", "maandelijks", "doorgaans", "meestal"),
    }
)
#: possessives that open a subject after the verb ("werd mijn contract", "heeft onze club")
_POSSESSIVE = frozenset({"mijn", "onze", "ons", "uw", "jouw", "zijn", "haar", "hun"})
#: prefixes of participles and verbs that stand right after the finite verb when a clause has
#: no subject ("werd besloten om", "is gebleken dat", "werd verwacht"), never a bare plural
_VERB_PREFIXES = ("ge", "be", "ver", "ont", "her", "er", "toe")
#: agent and person plurals in -ers/-aars/-ars ("bewoners", "verzekeraars"): nouns whatever
#: their prefix
_AGENT_PLURAL = re.compile(r"[a-zëéï]{2,}(?:ers|aars|ars)")
_PLURAL_EN = re.compile(r"[a-zëéï]{3,}(?:en|s)")
#: words in -en/-s that are not nouns where a subject could stand
_NOT_NOUN = frozenset(
    {
        *("echter", "eens", "steeds", "soms", "dus", "ooit", "nooit", "reeds", "verder"),
        *("alleen", "samen", "boven", "beneden", "binnen", "buiten", "tegen", "open"),
        *("misschien", "even", "eigen", "volgens", "ongeveer", "tevens", "evenmin", "slechts"),
        *("opnieuw", "althans", "daarentegen", "eveneens", "nadien", "sindsdien", "onlangs"),
        *("er", "daar", "hier", "toen", "dan", "nu", "nog", "al", "ook", "wel", "niet"),
        *("nergens", "ergens", "overal", "elders", "anders", "overigens", "trouwens", "zelfs"),
        *("eerder", "later", "sneller", "langer", "minder", "meer", "vaker", "verder"),
    }
)


def date_pp_end(text: str, pos: int) -> int:
    """Where the rest starts when ``text[pos:]`` opens with a date adjunct ("op 9 mei "),
    else ``pos``: the date is never the subject, which follows it."""
    m = _DATE_PP.match(text, pos)
    return m.end() if m else pos


def plural_noun(word: str) -> bool:
    """``word`` has the form of a bare plural noun where a subject could stand."""
    w = word.lower()
    if not word[:1].islower() or w in _NOT_NOUN or w in COMMON | PREPOSITIONS | DETERMINERS:
        return False
    if w in SENTENCE_ADVERBS or w in QUANTIFIERS:
        return False
    if _AGENT_PLURAL.fullmatch(w):
        return True
    return bool(_PLURAL_EN.fullmatch(w)) and not w.startswith(_VERB_PREFIXES)


def bare_subject_end(toks: list[tuple[str, int, int]], j: int) -> int | None:
    """The token index where a subject without article or name that opens at ``j`` ends
    (exclusive): a possessive with its noun ("mijn contract" -> j + 2) or a bare plural noun
    ("patiënten", "omwonenden", "bewoners" -> j + 1); None otherwise. Only meant right after a
    Dutch finite verb in second position."""
    if j >= len(toks):
        return None
    w = toks[j][0]
    if w.lower() in _POSSESSIVE:
        if j + 1 < len(toks) and toks[j + 1][0][:1].islower():
            noun = toks[j + 1][0].lower()
            if noun not in COMMON | PREPOSITIONS | DETERMINERS | _NOT_NOUN:
                return j + 2
        return None
    if plural_noun(w):
        nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
        # "patiënten na vijf uur", "omwonenden sinds 2022": a phrase of its own follows,
        # not a verb at the end ("werd besloten.")
        if nxt and (
            nxt.lower() in PREPOSITIONS | SENTENCE_ADVERBS | _NOT_NOUN or nxt[:1].isdigit()
        ):
            return j + 1
        if nxt and nxt.lower() in DETERMINERS | QUANTIFIERS:
            return j + 1
    return None
