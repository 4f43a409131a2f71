"""A second reported clause joined by "and that"/"en dat": a claim of its own.

"Corrigan said that it had replaced a faulty sensor in 2022 and that its corrected readings
never exceeded the limit" reports two things; the frame is stripped before the rest is split,
so what is left is "it had replaced a faulty sensor in 2022 and that its corrected readings
never exceeded the limit": the part after "and that" is the second claim, made by the same
speaker. "and that is why ..." (a demonstrative, no clause after it) is no second complement.
A Dutch "dat"-clause is verb-final; each half is put in main-clause order on its own ("hij het
geld had gebruikt ... en dat hij alles wilde terugbetalen" -> "hij had het geld gebruikt ...
en dat hij wilde alles terugbetalen"), never the finite verb of one moved into the other.
"""

from __future__ import annotations

from onrecord.check.language.claim_lexicon import ADVERBS, PREPOSITIONS, is_verb
from onrecord.check.language.claim_names import NameContext, token_spans
from onrecord.check.language.nl_order import det_np, reorder_subordinate, subject_np

_THAT = frozenset({"that", "dat"})


def second_complement(tail: str, lang: str | None, ctx: NameContext) -> str | None:
    """The clause after "and"/"en" when it is a second "that"-clause ("that its corrected
    readings never exceeded the limit" -> "its corrected readings never exceeded the limit"),
    else None. The clause must have a subject and a verb of its own."""
    toks = token_spans(tail)
    if len(toks) < 3 or toks[0][0].lower() not in _THAT:
        return None
    rest = tail[toks[1][1] :]
    inner = token_spans(rest)
    n = subject_np(inner, ctx, rest, lang) or det_np(inner) or _bare_np(inner, lang)
    if not n or n >= len(inner) or not any(is_verb(t[0], lang) for t in inner[n : n + 4]):
        return None
    if lang == "nl" and not is_verb(inner[n][0], "nl"):
        return reorder_subordinate(rest, ctx)  # "de kascommissie pas in 2022 werd opgericht"
    return rest


def _bare_np(toks: list[tuple[str, int, int]], lang: str | None) -> int:
    """Tokens of a noun phrase without an article before the first verb ("passengers were
    never at risk", "twaalf medewerkers hebben"): one to three words, none a verb or a
    preposition; 0 when the clause opens with its verb ("that is why")."""
    for k, (w, _, _) in enumerate(toks[:4]):
        if is_verb(w, lang):
            return k
        if w.lower() in PREPOSITIONS | ADVERBS:
            return 0
    return 0
