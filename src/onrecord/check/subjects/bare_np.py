"""A subject without an article: "planning permission was granted", "staff were told".

English drops the article before mass nouns and plurals, so the subject of a reported clause
or of a clause to split can be a bare noun phrase. Read by its shape alone such a phrase is
indistinguishable from an object ("said goodbye to"), so only one followed by a finite
auxiliary counts: the auxiliary shows a clause starts there.
"""

from __future__ import annotations

from onrecord.check.language.claim_lexicon import PREPOSITIONS, TIME_WORDS, is_verb

__all__ = ["AUXILIARIES_EN", "bare_np_before_aux"]

#: finite auxiliaries that open a clause's verb right after its subject
AUXILIARIES_EN = frozenset(
    [
        "is",
        "was",
        "were",
        "are",
        "has",
        "had",
        "have",
        "will",
        "would",
        "can",
        "could",
        "did",
        "does",
        "do",
        "should",
        "must",
    ]
)


def bare_np_before_aux(toks: list[str], lang: str | None) -> int:
    """Length of a bare noun phrase (one or two lower-case words, no article) at the start of
    ``toks`` that an auxiliary follows: "planning permission was" -> 2; else 0. The first word
    may carry the sentence's capital ("Planning permission was granted")."""
    if lang == "nl":
        return 0
    k = 0
    while k < min(len(toks), 3) and (toks[k][:1].islower() or (k == 0 and toks[k][1:].islower())):
        if is_verb(toks[k], lang) or toks[k].lower() in AUXILIARIES_EN:
            break
        k += 1
    aux = k < len(toks) and toks[k].lower() in AUXILIARIES_EN
    first = toks[0].lower() if toks else ""
    return k if 1 <= k <= 2 and aux and first not in PREPOSITIONS | TIME_WORDS else 0
