"""What a document says an organisation is, by the common noun right before its name
("provincie Peelland", "busbedrijf Kempenlijn", "adviesbureau Stroomlijn", "the regulator
Ofcom"), so that a later definite description with that noun ("de provincie", "het
busbedrijf", "het bedrijf" after "busbedrijf X", "the regulator") stands for it. The word lists
of organisation kinds cannot know every kind a writer uses; the document's own introduction
does."""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import (
    ADVERBS,
    COMMON,
    PERSON_NOUNS,
    PREPOSITIONS,
    is_title,
)
from onrecord.check.language.claim_text import DETERMINERS
from onrecord.check.language.org_kinds import org_kind

__all__ = ["kind_named", "kind_noun", "kind_referent", "learn_kind"]

_LAST_WORD = re.compile(r"(?:^|[\s(])([a-zà-ÿ][\w-]{3,})\s+$")
_DEFINITE = frozenset({"de", "het", "the", "deze", "die", "dit", "this", "that"})
#: the shortest ending of a compound that still names a kind ("busbedrijf" -> "bedrijf")
_MIN_TAIL = 4


def kind_noun(before: str) -> str | None:
    """The lower-case noun right before a name (``before`` is the text up to the name) that
    says what the name is, or None: no function word, adverb, title or person noun."""
    m = _LAST_WORD.search(before)
    if not m:
        return None
    w = m.group(1).lower()
    if w in PREPOSITIONS | DETERMINERS | COMMON | ADVERBS or w in PERSON_NOUNS or is_title(w):
        return None
    return w


#: a governing body of the organisation or town named after "van": "de gemeenteraad van
#: Elzendonk", "het bestuur van De Berkenhof"; "de raad", "het bestuur" later stand for it
_BODY_OF = re.compile(
    r"(?i)\b(?:de|het)\s+(?:\w+\s+)?(gemeenteraad|raad|college|gemeentebestuur|bestuur|directie)"
    r"\s+van\s+$"
)


def learn_kind(kinds: dict[str, str], before: str, name: str) -> None:
    """Record in ``kinds`` (most recent last) the kind noun right before ``name``, if any, or
    the body it names ("de gemeenteraad van X")."""
    body = _BODY_OF.search(before)
    kind = body.group(1).lower() if body else kind_noun(before)
    if kind:
        kinds.pop(kind, None)
        kinds[kind] = name


#: a publication named by its title: "the Tidewater Parents blog", "de Dorpsstem-nieuwsbrief"
_PUBLICATION_AFTER = re.compile(
    r"^\s*[- ]\s*(?:blog|newsletter|website|podcast|nieuwsbrief|magazine|column)\b", re.I
)


def kind_named(before: str, after: str = "") -> bool:
    """The text before a name ends in a kind of organisation or facility ("windpark", "the
    charity"), or a publication's noun follows it ("the Tidewater Parents blog"): the name is
    an organisation's, though it reads like a person's ("Oude Polder")."""
    return org_kind(kind_noun(before) or "") or _PUBLICATION_AFTER.match(after) is not None


def kind_referent(noun: str, kinds: dict[str, str], det: str = "de") -> str | None:
    """The organisation a definite description (``det`` ``noun``) stands for: the one
    introduced with that noun, or with a compound that ends in it ("het bedrijf" after
    "busbedrijf Kempenlijn"), the most recent introduction first."""
    if det.lower() not in _DEFINITE:  # "haar afdeling", "a firm": not the one introduced
        return None
    w = noun.lower()
    if w in kinds:
        return kinds[w]
    for kind in reversed(list(kinds)):
        if len(w) >= _MIN_TAIL and kind.endswith(w) and len(kind) >= len(w) + 3:
            return kinds[kind]
    return None
