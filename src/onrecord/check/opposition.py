"""Whether two statements on one matter say opposite things: the evidence a self-contradiction
needs besides the judge's word.

The builtin judge reads two sentences on one topic as contradicting far too often: a plan and
its execution ("The new pier will open in May." and "The new pier opened this week."), a
restatement ("We will never build on farmland." and "Solar panels belong on roofs, not on
farmland."), two matters of one project. A real self-contradiction almost always shows one of:

- ``polarity``: one side is negated and the other not ("We will not raise the fares" / "We
  raised the fares"; "Ik ben tegen …" / "I have always been in favour of …");
- ``antonym``: a pair of opposite words ("open"/"closing", "passed"/"failed", "support"/
  "oppose", "verhoogd"/"verlaagd"), in English, Dutch or across the two;
- ``amount``: a number that clashes with the other side's number of the same kind and unit
  (:func:`onrecord.check.quantities.compare`), or a change in the opposite direction
  (:func:`onrecord.check.direction.opposed`).

:func:`opposition` names the first that holds, or None. :func:`reported` says a statement
gives someone else's view ("Ruud thinks …", "Ruud Hermans, our harbour master, says …"), and
:func:`hedged_side` that it is a hedge or a conditional: neither is the writer's own position.
Word lists, no model; English and Dutch.
"""

from __future__ import annotations

import re

from onrecord.check.direction import direction, opposed
from onrecord.check.modality import _CONDITIONAL_START, _HEDGE, _main_clause
from onrecord.check.quantities import compare

__all__ = [
    "AMOUNT", "ANTONYM", "POLARITY", "antonyms", "hedged_side", "negated", "opposition", "reported",
    "stance_factor",
]  # fmt: skip

POLARITY, ANTONYM, AMOUNT = "polarity", "antonym", "amount"

_WORD = re.compile(r"[\w'’]+")
_NEGATIONS = {
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without",
    "against", "niet", "nooit", "geen", "niemand", "niets", "niks", "zonder", "tegen",
    "nergens", "allerminst",
}  # fmt: skip
# "no longer", "not only … but", "tegen de tijd dat" (by the time): no negation of the claim
_NOT_NEGATION = re.compile(
    r"\b(?:not only|niet alleen|no doubt|zonder twijfel|tegen de tijd|tegen\s+(?:mij|me|hem|haar|"
    r"ons|hen|jou|u|iedereen)\b|nothing but)",
    re.I,
)

# Opposite words as stems (a word matches a stem it starts with); a pair matches when one
# side has a stem of one group and the other a stem of the other group, and neither has both.
_ANTONYMS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("open",), ("clos", "shut", "sluit", "geslot", "dicht")),
    (("start", "begin", "begon"), ("stop", "end", "ended", "beëind", "beeind")),
    (("pass", "gehaald", "geslaagd"), ("fail", "gezakt", "mislukt")),
    (("support", "favour", "favor", "steun", "voorstander"), ("oppos", "against",
                                                                         "tegenstander")),
    (("buy", "bought", "purchas", "koop", "kocht", "gekocht", "aankoop"),
     ("sell", "sold", "verkoop", "verkocht")),
    (("hire", "hired", "aangenomen", "nemen aan"), ("fire", "fired", "laid off", "lay off",
                                                      "ontsla", "ontslag")),
    (("win", "won", "gewonnen"), ("lose", "lost", "verlor", "verloren")),
    (("accept", "approv", "aanvaard", "goedgekeurd", "goedkeur", "akkoord"),
     ("reject", "refus", "declin", "afgewez", "afwijz", "weiger")),
    (("profit", "winst"), ("loss", "verlies")),
    (("keep", "kept", "retain", "behoud", "houden"), ("cancel", "terminat", "scrap", "opzeg",
                                                       "opgezegd", "schrap")),
    (("stay", "remain", "blijf", "blijv", "bleef"), ("leav", "left", "vertrek", "vertrok")),
    (("more", "meer"), ("fewer", "less", "minder")),
    (("alone", "alleen"), ("together", "samen", "partner")),
)  # fmt: skip


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def negated(text: str) -> bool:
    """The statement is negated: a negation word ("not", "never", "n't", "niet", "geen",
    "tegen" as "against") outside fixed phrases that negate nothing ("not only")."""
    text = _NOT_NEGATION.sub(" ", text)
    return any(w in _NEGATIONS or w.endswith("n't") for w in _words(text))


def _has(text: str, stems: tuple[str, ...]) -> bool:
    low = " " + " ".join(_words(text)) + " "
    return any(f" {s}" in low for s in stems)


def antonyms(a: str, b: str) -> bool:
    """One side has a word of an opposite pair and the other side its opposite."""
    for one, other in _ANTONYMS:
        a1, a2, b1, b2 = _has(a, one), _has(a, other), _has(b, one), _has(b, other)
        if (a1 and b2 and not a2 and not b1) or (a2 and b1 and not a1 and not b2):
            return True
    return False


def opposition(a: str, b: str, lang_a: str | None = None, lang_b: str | None = None) -> str | None:
    """Why two statements on one matter may say opposite things, or None: ``polarity``,
    ``antonym`` or ``amount`` (see the module's docstring)."""
    if negated(a) != negated(b):
        return POLARITY
    if antonyms(a, b):
        return ANTONYM
    da, db = direction(a), direction(b)
    if da is not None and db is not None and da != db:
        return ANTONYM  # "went down" / "gestegen": a change each way, in any two languages
    q = compare(a, b, lang_a, lang_b)
    if q is not None and q.relation == "conflict":
        return AMOUNT
    if opposed(a, b, lang_a, lang_b):
        return AMOUNT
    return None


_REPORTED = re.compile(
    r"^(?!(?:We|Wij|Ik|Our|Onze|My|Mijn)\b)(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}|"
    r"(?i:he|she|they|hij|zij|ze)|(?i:the|de|het)\s+\w+)"
    r"(?:,[^,]{1,60},)?\s+(?:says?|said|thinks?|thought|believes?|believed|claims?|claimed|"
    r"argues?|argued|feels?|expects?|zegt|zei|denkt|dacht|vindt|vond|gelooft|geloofde|"
    r"verwacht|meent|beweert)\b"
)


def reported(text: str) -> bool:
    """The statement gives someone else's view ("Ruud thinks the station will be ready.",
    "Ruud Hermans, our harbour master, says …", "De bank denkt …"), not the writer's."""
    return _REPORTED.match(text.strip()) is not None


def hedged_side(text: str) -> bool:
    """The writer's main clause is a hedge or a condition ("If they keep rising, we may have to
    …", "We may need a loan, but …"); a hedge word in a clause it governs ("Ik heb nooit gewild
    dat de dienst zou stoppen") is not the writer's doubt."""
    words = _words(text)
    if not words:
        return False
    if words[0] in _CONDITIONAL_START:
        return True
    raw = _WORD.findall(text)
    main = _main_clause(words)
    return any(w in _HEDGE and raw[i] != "May" for i, w in enumerate(main))


#: Rank factor of a pair with no visible opposition (no negation on one side only, no opposite
#: words, no clashing amount): a plan and its execution, a restatement, two matters of one
#: project. On the three development cases this class held most false positives.
NO_OPPOSITION = 0.2
#: Rank factor of a pair of which a side gives someone else's view ("Ruud thinks …").
REPORTED = 0.3
#: Rank factor of a pair of which a side is a hedge or a condition.
HEDGED = 0.5


def stance_factor(a: str, b: str, lang_a: str | None = None, lang_b: str | None = None) -> float:
    """The rank factor of a pair from how its sides stand to each other: :data:`NO_OPPOSITION`,
    :data:`REPORTED`, :data:`HEDGED` (multiplied), 1.0 for two own, firm, opposed statements."""
    f = 1.0 if opposition(a, b, lang_a, lang_b) else NO_OPPOSITION
    if reported(a) or reported(b):
        f *= REPORTED
    if hedged_side(a) or hedged_side(b):
        f *= HEDGED
    return f
