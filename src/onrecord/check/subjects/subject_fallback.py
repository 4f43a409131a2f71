"""The last resort when the rules found no subject at all: the noun phrase as written.

"Library staff were told of the vote by email", "Patiënten moeten dan naar de post in
Ommelinge": a subject with no article (a mass noun, a plural) is invisible to the description
rules, and the claim was left about no one. A bare noun phrase right before its verb is the
subject as written; a pronoun, a demonstrative or an adverb in that place is not.
"""

from __future__ import annotations

from onrecord.check.language.claim_lexicon import NL_VERBS, PREPOSITIONS, is_verb
from onrecord.check.language.claim_text import DETERMINERS, PRONOUNS, words
from onrecord.check.subjects.bare_np import bare_np_before_aux
from onrecord.check.subjects.coref import Discourse
from onrecord.check.subjects.subject_np import NL_AUX

__all__ = ["last_resort"]

#: words that open a clause without being its bare subject: "Dat is onjuist", "Sindsdien"
_NOT_BARE = frozenset(
    [
        "dat",
        "dit",
        "die",
        "het",
        "er",
        "there",
        "here",  # "Here is what I do know."
        "hier",
        "daar",
        "that",
        "this",
        "it",
        "what",
        "which",
        "who",
        "wat",
        "wie",
        "when",  # "When did you first think ...?": a question word, no subject
        "where",
        "why",
        "how",
        "wanneer",
        "waarom",
        "hoe",
        "waar",
        "sindsdien",
        "daarna",
        "toen",
        "nu",
        "inmiddels",
        "ook",
        "wel",
        "niet",
        "dan",
        "daarom",
        "please",  # "Please do not share ...": a request, no bare subject
        "kindly",
    ]
)


def last_resort(disc: Discourse, clause: str, phrase: str | None) -> str | None:
    """A subject for a clause the rules left without one; None when nothing fits."""
    ws = words(clause)
    low = [w.lower() for w in ws]
    if phrase or not ws or low[0] in _NOT_BARE or low[0] in DETERMINERS | PRONOUNS:
        return None
    n = bare_np_before_aux(ws[:4], "en")
    if n:
        return " ".join(ws[:n])
    if (
        len(ws) > 2
        and ws[0][:1].isupper()
        and low[0] not in PREPOSITIONS
        and not is_verb(ws[0], "nl")
        and low[0] not in NL_VERBS
        and low[1] in NL_AUX
        and low[0].endswith(("en", "ers", "s"))
        and low[0] in disc.ctx.lower_words  # a noun the text also writes in lower case
    ):
        return ws[0]  # "Patiënten moeten dan naar de post"
    return None
