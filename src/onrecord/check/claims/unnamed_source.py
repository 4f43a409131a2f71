"""Unnamed sources that frame a sentence from its end.

News writers cite people they do not name by their number and kind: "..., three members said.",
"..., two people familiar with the matter said.", "..., aldus twee oud-chauffeurs van het
bedrijf.". The gold convention makes such a source its own claimant ("unnamed sources are their
own claimant and subject"), so the phrase is kept whole, with what qualifies it ("familiar with
the matter", "van het bedrijf"), where the ordinary end-framer stops at its first preposition or
wants a capital or an article. Dutch also frames with a past "liet ... weten" after "zo" ("...,
zo liet een woordvoerder van de provincie weten."), which the present-tense end frames lack, and
with a party that makes it known ("..., maakte het zuivelconcern bekend.").
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import QUANTIFIERS, is_verb
from onrecord.check.language.claim_text import words

#: "familiar with the matter", "close to the board", "van het bedrijf", "of the club": what may
#: follow the counted noun and still be part of the source
_QUALIFIER = re.compile(
    r"(?i)^(?:(?:familiar|close|involved)\s+(?:with|to|in)|bekend\s+met|betrokken\s+bij|"
    r"of|van|at|bij|in|from|uit)\b"
)
_NUMBER = re.compile(r"^\d+$")
#: quantifiers that count people; "about"/"over"/"ruim" open amounts, never a source
_NOT_COUNT = frozenset({"about", "around", "over", "almost", "nearly", "ruim", "circa", "ongeveer"})


def counted_source(phrase: str, lang: str | None) -> str | None:
    """``phrase`` as an unnamed source when it counts people ("three members", "two people
    familiar with the matter", "twee oud-chauffeurs van het bedrijf", "several of the drivers");
    None when it is anything else (a name, a clause: "two of them had left", an amount)."""
    phrase = " ".join(phrase.split()).strip(" ,.")
    ws = words(phrase)
    if not 2 <= len(ws) <= 8:
        return None
    head = ws[0].lower()
    if head in _NOT_COUNT or not (head in QUANTIFIERS or _NUMBER.match(head)):
        return None
    if any(is_verb(w, lang) for w in ws[1:]):
        return None
    if ws[1][:1].isupper():
        return None  # "Two Rivers Trust": a name
    tail = phrase.split(None, 2)[2] if len(ws) > 2 else ""
    if tail and not _QUALIFIER.match(tail):
        return None
    return phrase


_WHEN = (
    r"(?:(?:desgevraagd|schriftelijk|telefonisch|eerder|ook|vandaag|gisteren|maandag|dinsdag|"
    r"woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"
)
_LETS_KNOW_END = re.compile(
    r"^(?P<claim>.+?),\s*(?:zo\s+(?:liet|lieten|laat|laten)\s+(?P<who>[^,]{2,60}?)\s+"
    rf"{_WHEN}weten"
    # a party that makes it known: "..., maakte het zuivelconcern bekend." (a document it stands
    # in, "..., staat in het jaarverslag.", is the article's own source, as "..., blijkt uit X.")
    rf"|(?:zo\s+)?(?:maakte|maakten|maakt)\s+(?P<maker>[^,]{{2,60}}?)\s+{_WHEN}bekend)[.!]?$"
)


def lets_know_end(s: str) -> tuple[str, str] | None:
    """(speaker, claim) of "S, zo liet X weten." (an adverb or a day may stand before "weten")
    and "S, maakte X bekend."; None when the sentence does not end so. The speaker is a noun
    phrase, at most seven words."""
    m = _LETS_KNOW_END.match(s.strip())
    if not m:
        return None
    who = m["who"] or m["maker"]
    if len(words(who)) > 7 or any(is_verb(w, "nl") for w in words(who)):
        return None
    claim = m["claim"].rstrip(" ,")
    return who, claim + "."
