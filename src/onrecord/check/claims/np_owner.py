"""A demonstrative noun phrase that opens a claim names whose thing it is.

"Samen Haverbroek diende wel een motie in die ... Die motie werd unaniem aangenomen.": judged
alone, "Die motie" could be any motion, and no archive search can find it. When the sentence
right before introduced the thing with an indefinite article ("een motie", "a motion") or,
for a letter or an e-mail, by the verb of writing it ("Lautenbach schreef aan Zorgkring dat
..."), the one who did so owns it: "De motie van Samen Haverbroek werd unaniem aangenomen",
"Op de brief van Fenna Lautenbach is nooit gereageerd", "Halloran's letter had arrived". The
claim's subject becomes that owner where the claim had only the thing itself (or nothing) as
its subject. What ``np_referent`` resolves (an earlier phrase that already says which one)
comes first; this is its fallback.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from onrecord.check.claims.name_swap import genitive

__all__ = ["WRITING_VERBS", "WRITTEN_NOUNS", "owned_phrase", "with_full_name", "with_owner"]

C = TypeVar("C", bound=Any)

_DET = {"die": "de", "deze": "de", "dat": "het", "dit": "het"}
_DET_EN = frozenset({"this", "that", "these", "those"})
#: a preposition before the phrase at the claim's start ("Op die brief", "On that letter")
_PREPS = r"op|aan|over|in|met|van|bij|tegen|voor|on|to|about|in|with|against|for|of"
_OPENING = re.compile(
    rf"^(?P<prep>(?i:{_PREPS})\s+)?(?P<det>(?i:die|deze|dat|dit|this|that|these|those))\s+"
    r"(?P<noun>[a-zà-ÿ][\w-]*[a-zà-ÿ])\b"
)
#: things that the verb of writing them introduces
WRITTEN_NOUNS = frozenset(
    {"brief", "letter", "e-mail", "email", "mail", "bericht", "message", "memo", "appje"}
)
#: the verbs of writing one, in English and Dutch
WRITING_VERBS = (
    "schreef|schreven|schrijft|schrijven|geschreven|mailde|mailden|e-mailde|appte|wrote|writes"
    "|written|emailed|e-mailed|texted"
)
_WRITES = re.compile(rf"(?i)\b(?:{WRITING_VERBS})\b")
#: a run of capitalised words (with Dutch name particles inside) in the earlier claim
_NAME_RUN = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:van|de|der|den|ter|te)?\s*[A-ZÀ-Ý][\w'’-]*)*")
#: times and amounts are no one's: "That year", "Dat jaar"
_NOT_OWNED = frozenset({"year", "jaar", "week", "day", "dag", "month", "maand", "time", "keer"})
#: after the noun, words that already say which one it is
_SAYS_WHICH = re.compile(
    r"(?i)^\s*(?:van|over|uit|om|dat|die|waarin|waarop|of|about|from|by|to|that|which|who)\b"
)
_ARTICLES = frozenset({"de", "het", "een", "the", "a", "an"})
_TITLES = frozenset({"wethouder", "burgemeester", "coalitiepartij", "minister", "mr", "ms"})


def _introduced(noun: str, text: str) -> bool:
    """Whether ``text`` brings in a ``noun`` as a new thing: "een motie", "a new letter", or a
    letter by the verb of writing it."""
    if re.search(rf"(?i)\b(?:een|a|an)\s+(?:\w+\s+)?{re.escape(noun)}\b", text):
        return True
    return noun.lower() in WRITTEN_NOUNS and bool(_WRITES.search(text))


def _owner_as_written(subject: str, text: str) -> str:
    """The owner's name as the earlier claim writes it ("Samen Haverbroek" for "Samen"), its
    title left aside."""
    words = set(subject.split())
    for run in _NAME_RUN.findall(text):
        parts = run.split()
        while parts and parts[0].lower() in _TITLES:
            parts = parts[1:]
        if parts and words <= set(parts):
            return " ".join(parts)
    return subject


def owned_phrase(det: str, noun: str, owner: str) -> str:
    """The thing a demonstrative pointed at, written as its owner's: "that letter" ->
    "Halloran's letter", "die motie" -> "de motie van Samen Haverbroek", "dat bericht" -> "het
    bericht van ..."."""
    if det.lower() in _DET_EN:
        return f"{genitive(owner, 'en')} {noun}"
    return f"{_DET[det.lower()]} {noun} van {owner}"


def with_owner(claim: C, earlier: C) -> C:
    """``claim`` with its opening demonstrative phrase ("Die motie", "Op die brief") owned by
    the subject of ``earlier`` (the claim right before) where that claim introduced the thing;
    ``claim`` itself otherwise."""
    m = _OPENING.match(claim.text)
    owner = earlier.subject
    if m is None or not owner or not owner[:1].isupper() or owner.split()[0].lower() in _ARTICLES:
        return claim  # "De gemeente": a description, not a name to own a thing by
    noun = m.group("noun")
    if (
        noun.lower() in _NOT_OWNED
        or _SAYS_WHICH.match(claim.text[m.end() :])  # "Die e-mail van 3 mei": says which
        or not _introduced(noun, earlier.text)
        or owner.lower() in claim.text[m.end() :].lower()
    ):
        return claim
    phrase = owned_phrase(m.group("det"), noun, _owner_as_written(owner, earlier.text))
    prep = m.group("prep") or ""
    head = f"{prep}{phrase}"
    text = head[:1].upper() + head[1:] + claim.text[m.end() :]
    subject = claim.subject
    if subject is None or not subject[:1].isupper() or noun.lower() in subject.lower():
        subject = owner  # "een motie": the thing is no party; its owner is
    return dataclasses.replace(claim, text=text, subject=subject)


#: "The compressor" at a claim's start: a definite article and one noun, then the verb
_SHORT = re.compile(r"^(?P<det>The|De|Het)\s+(?P<noun>[a-zà-ÿ][\w-]*[a-zà-ÿ])\s+(?=[a-zà-ÿ])")


def with_full_name(claim: C, earlier: C) -> C:
    """``claim`` opening with a short definite description ("The compressor was not
    replaced.") that ``earlier`` wrote with its name before the noun ("the Chamber 3
    compressor", "de Kampe-hal"): the name put back, so the claim says which one it is."""
    m = _SHORT.match(claim.text)
    if m is None:
        return claim
    noun = re.escape(m.group("noun"))
    full = re.search(
        rf"\b(?i:the|de|het)\s+((?:[A-ZÀ-Ý][\w'’-]*|\d[\w.,]*)(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|\d[\w.,]*))"
        rf"{{0,2}})\s+{noun}\b",
        earlier.text,
    )
    if full is None:
        return claim
    text = f"{m.group('det')} {full.group(1)} {m.group('noun')} {claim.text[m.end() :]}"
    return dataclasses.replace(claim, text=text)
