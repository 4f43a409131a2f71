"""Sentences that read as statements yet hold no claim of the writer's to be held to.

Three kinds reached the top of the self-contradiction ranking on the held-out cases:

- a bare dependent clause, the answer to an interviewer's question with its main clause left
  to the question ("Dat ik begrijp dat het voor sommige mensen wennen is." after "Wat wilt u de
  omwonenden zeggen?"): a fragment, whose matter is in the question;
- an elliptical sentence whose verb phrase is left to the sentence before ("Our books don't
  have to be.", "Our readers care about it, the booksellers care about it, and so do I."): a
  fragment, its matter elsewhere;
- a word of sympathy for the listener ("I know this is not what they want to hear.", "Ik
  begrijp dat het voor sommige mensen wennen is.", "I understand your disappointment."):
  pleasantry around the news, which the judge nevertheless pairs with other soft sentences.

:func:`non_claim` names the kind, or returns None. English and Dutch.
"""

from __future__ import annotations

import re

__all__ = ["FRAGMENT", "SYMPATHY", "non_claim"]

FRAGMENT, SYMPATHY = "fragment", "sympathy"

# "Dat ik …", "Dat we …": a complement clause standing alone (not "Dat is …", a demonstrative)
_DEPENDENT = re.compile(
    r"^(?:dat|zodat|opdat)\s+(?:ik|we|wij|je|jij|u|hij|zij|ze|het|er|men|onze|mijn|de|dit)\b",
    re.I,
)
# ... unless a main clause follows it: "Dat we sluiten, is een gerucht."
_MAIN_AFTER = re.compile(
    r",\s*(?:is|was|zijn|waren|heeft|hebben|had|klopt|staat|blijft|betekent|wil|kan|moet|zal|"
    r"wist|weet|weten|vind|vinden|zeg|zeggen)\b",
    re.I,
)
# a verb phrase left out at the end of a short sentence: "Our books don't have to be.",
# "Neither can we." ("We will pay what we have to." says what is paid: not short enough)
_ELLIPSIS = re.compile(
    r"(?:\b(?:have|has|had|need|needs|needed|ought|want|wants|wanted|going)\s+to(?:\s+be)?|"
    r"\b(?:so|neither|nor)\s+(?:do|does|did|am|is|are|was|were|have|has|had|can|could|will|"
    r"would|shall|should|must)\s+(?:I|we|they|he|she|you|it)|"
    r"\b(?:do|does|did|can|will|would|should)(?:n't|\s+not)(?:\s+(?:either|too))?)\s*[.!]?\s*$",
    re.I,
)
#: An ellipsis makes a fragment of a sentence of at most this many words...
MAX_ELLIPSIS_WORDS = 6
# ... or of one whose clause before it ends in "it": "Our readers care about it, …, and so do I."
_IT = re.compile(r"\b(?:it|this|that)\s*[,;]", re.I)


# the listener's feelings, not the matter: "not what they want to hear", "even wennen"
_SYMPATHY = re.compile(
    r"\b(?:(?:not\s+)?what\s+\w+\s+(?:want|wants|wanted|would\s+like)\s+to\s+hear|"
    r"(?:niet\s+)?wat\s+\w+\s+(?:wil|willen|wilde|wilden)\s+horen|"
    r"(?:even\s+|flink\s+)?wennen\s+(?:is|zijn|was|wordt)|takes\s+(?:some\s+)?getting\s+used\s+to|"
    r"(?:understand|understood|begrijp|begrepen|snap)\s+(?:\w+\s+){0,3}?(?:disappointment|"
    r"teleurstelling|frustrati\w+|ongerustheid|onrust|boosheid|anger|zorgen|concerns))\b",
    re.I,
)
# a sentence that goes on to the matter: "I understand the concerns, but the runway stays"
_BUT = re.compile(r"\b(?:but|maar|however|echter|toch)\b", re.I)
#: Sympathy holds the sentence only up to this many words.
MAX_SYMPATHY_WORDS = 16


def non_claim(text: str) -> str | None:
    """:data:`FRAGMENT` for a bare dependent clause or an ellipsis, :data:`SYMPATHY` for a word of sympathy
    for the listener, else None."""
    t = text.strip()
    if _DEPENDENT.match(t) and not _MAIN_AFTER.search(t):
        return FRAGMENT
    n = len(re.findall(r"[\w'’]+", t))
    if _ELLIPSIS.search(t) and (n <= MAX_ELLIPSIS_WORDS or _IT.search(t)):
        return FRAGMENT
    if (
        _SYMPATHY.search(t)
        and not _BUT.search(t)
        and len(re.findall(r"\w+", t)) <= MAX_SYMPATHY_WORDS
    ):
        return SYMPATHY
    return None
