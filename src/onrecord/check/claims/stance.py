"""Sentences whose shape makes them the writer's stance, not a checkable event.

Word lists of evaluative words miss most commentary by another writer; the shapes below hold
whatever the words:

* a counterfactual duty: "Dat had wel moeten gebeuren", "X had eerder aan de bel moeten
  trekken", "The board should have acted" (what ought to
  be, not what is; a bare "should" is often reported content: "wrote that it should stay");
* an open question as the subject: "Of het park weer opengaat, is nog onzeker", "Whether the
  investors will stay is another question";
* an exclamation without a verb: "Na de zomer!", "Not again!";
* the writer's own attitude in the first person singular and the present tense, no number or
  date in it: "Ik gun de voetballers hun veld", "Het argument ..., begrijp ik heus", "I am
  grateful to the members" (a past act, "Ik heb de wethouder op 3 februari gemaild", is a
  claim);
* a Dutch future with "gaan": "De Wilgenhoek gaat de uitspraak bestuderen" (an announcement).
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import is_verb
from onrecord.check.language.claim_text import words
from onrecord.check.language.verb_forms import PAST_WORDS

__all__ = ["first_person_attitude", "is_going_to", "is_stance"]

_OUGHT = re.compile(
    r"(?i)\b(?:had|hadden)\b(?:\s+[\w'-]+){0,8}?\s+(?:moeten|mogen)\b(?![\w\s]*\b(?:om|dat)\b)"
    r"|\b(?:should|ought\s+to)\s+(?:not\s+|never\s+|also\s+)?have\s+[a-z]+(?:ed|en|t)\b"
)
_OPEN_QUESTION = re.compile(
    r"(?i)^(?:whether|of)\s[^,]{3,120}?,?\s+(?:is|remains|blijft|was)\b.{0,40}"
    r"(?:unclear|open|unknown|question|seen|onzeker|onduidelijk|vraag|afwachten|onbekend)"
)
_FIRST_SINGULAR = frozenset({"i", "ik"})
_OPENERS = frozenset({"maar", "en", "but", "and", "toch", "yet", "dus", "so"})
#: a perfect, a past, a future or a request: a report or an announcement, no attitude
_NOT_ATTITUDE = frozenset(
    [
        "heb",
        "hebben",
        "had",
        "have",
        "has",
        "was",
        "were",
        "did",
        "werd",
        "ben",
        "zijn",
        "kreeg",
        "schreef",
        "stuurde",
        "will",
        "shall",
        "zal",
        "zullen",
        "ga",
        "gaan",
        "verzoek",
        "vraag",
        "ask",
        "request",
        "urge",
        "demand",
        "eis",
        "never",
        "nooit",
    ]
)
#: words before "ik" that open a subordinate clause or a list: no inversion
_CLAUSE_WORDS = frozenset(
    [
        "dat",
        "als",
        "wat",
        "die",
        "omdat",
        "toen",
        "want",
        "of",
        "en",
        "maar",
        "zoals",
        "waar",
        "wie",
    ]
)
_PREPS = frozenset(
    ["met", "naar", "in", "op", "voor", "bij", "aan", "uit", "van", "over", "tot", "na", "om"]
)
_DATES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "januari",
        "februari",
        "maart",
        "mei",
        "juni",
        "juli",
        "augustus",
        "oktober",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "yesterday",
        "gisteren",
        "vorig",
        "vorige",
        "last",
    ]
)
_GOING = re.compile(
    r"(?i)\b(?:ga|gaat|gaan)\s+(?!om\b|over\b|er\b|door\b|uit\b)((?:[\w'-]+\s+){0,5}?)"
    r"([a-z]{3,}en)\b(?=\s*(?:[,.;:!]|\s+en\b|$))"
)


def first_person_attitude(clean: str) -> bool:
    """First person singular, present tense, nothing dated or counted."""
    if any(c.isdigit() for c in clean):
        return False
    ws = [w.lower() for w in words(clean)]
    while ws and ws[0] in _OPENERS:
        ws = ws[1:]
    if len(ws) < 3:
        return False
    # "Ik gun ...", "I am grateful ...", or the inverted "..., begrijp ik heus" / "Dan vind ik"
    first = ws[0] in _FIRST_SINGULAR
    inverted = any(
        w == "ik" and ws[i - 1].isalpha() and ws[i - 1] not in _CLAUSE_WORDS
        for i, w in enumerate(ws)
        if i
    )
    if not (first or inverted):
        return False
    if any(
        w in _NOT_ATTITUDE
        or w in PAST_WORDS
        or w in _DATES
        or (w.endswith("ed") and len(w) > 4 and is_verb(w, "en"))
        for w in ws
    ):
        return False
    return not any(w.endswith(("de", "te")) and is_verb(w, "nl") and len(w) > 4 for w in ws)


def is_stance(clean: str) -> bool:
    """``clean`` is the writer's stance by its shape (see the module's doc)."""
    s = clean.strip()
    if _OUGHT.search(s) or _OPEN_QUESTION.search(s):
        return True
    ws = words(s)
    exclaims = s.rstrip("'\"’”").endswith("!") and len(ws) <= 6
    if exclaims and not any(is_verb(w, "nl") or is_verb(w, "en") for w in ws[1:]):
        return True
    return first_person_attitude(s)


def is_going_to(clean: str) -> bool:
    """A Dutch future with "gaan" and an infinitive closing its clause: "De Wilgenhoek gaat
    de uitspraak bestuderen en ...", not "Het gaat om drie miljoen"."""
    for m in _GOING.finditer(clean):
        between = m.group(1).lower().split()
        if not any(c.isdigit() for c in m.group(1)) and not _PREPS.intersection(between):
            return True
    return False
