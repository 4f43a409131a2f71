"""The evidence a name and its article give that it is an organisation's, not a person's.

A multi-word capitalised name without a known first name was read as a person's ("Morrow
Mutual", "Corrant Construction", "Saltreach Hospice"), and an organisation that wrote the
article ("Veldlijn B.V.", "Tidewell Energy press office") became a known person: the claims
about it then got a person's subject, and "it"/"we" in the next sentences skipped it. The
evidence used here, in English and Dutch:

* the name's own last word is the kind of business or body it is ("... Mutual", "...
  Construction", "... Gazette", "... FC"), or its first word is ("Windpark De Kraaienhorst",
  "Festival Lichtval", "Bakkerij Van Oostveen"), or its last word is a Dutch compound of such a
  kind ("Nationaal Energiefonds", "Sluisveense Courant");
* the article puts a kind of organisation in apposition before it ("our insurer, Morrow
  Mutual", "the builder, Corrant Construction", "de huidige vervoerder, Noordpijl");
* an author whose name says it is an organisation or its desk ("Veldlijn B.V.", "Redactie
  Omroep Haverbroek", "Tidewell Energy press office").

A name that opens with a first name from the name lists stays a person's ("Grace Hospice" is
not read as a hospice), and a title before a name keeps it a person's (the caller's split).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from onrecord.check.language.claim_lexicon import PERSON_NOUNS, is_title
from onrecord.check.language.name_form import norm_name
from onrecord.check.language.org_kinds import ORG_TYPE_NOUNS
from onrecord.text.first_names import FEMALE_FIRST, MALE_FIRST
from onrecord.text.wordsets import wordset as _w

__all__ = [
    "author_org",
    "is_newsroom",
    "kind_apposition",
    "org_by_words",
]

#: last words of a business's or body's own name, no person's surname (English and Dutch)
ORG_NAME_ENDS = _w(
    """
    mutual construction constructions builders haulage hospice alliance leisure gazette
    courier herald chronicle radio fm tv podcast courant dagblad omroep fc afc rangers athletic
    wanderers league ales brewery bakery bakkerij refrigeration blasting audio maintenance
    storage organics aggregates advies planning rescue society partnership cooperative
    co-op estates properties housing healthcare clinic pharmacy academy centre center theatre
    festival orchestra garage farms nurseries quarry quarries
    """
)
#: first words of a business's own name: "Windpark De Kraaienhorst", "Festival Lichtval"
ORG_NAME_FIRSTS = _w(
    """
    festival bakkerij brouwerij dagblad omroep redactie hoofdredactie
    camping hotel restaurant garage kinderopvang apotheek
    """
)
#: Dutch compounds of these ending a name are an organisation's ("Nationaal Energiefonds")
_COMPOUND_ENDS = ("fonds", "courant", "krant", "omroep", "bedrijf", "fabriek", "vereniging")
#: nouns for a kind of organisation that may stand in apposition before its name, besides the
#: kinds of ``ORG_TYPE_NOUNS``
_APPOSITION_KINDS = _w(
    """
    builder contractor supplier insurer lender landlord carrier retailer vervoerder leverancier
    verhuurder aannemer station paper broadcaster bakery bakkerij charity
    """
)
_APPOSITION_RE = re.compile(
    r"\b(?:the|its|our|their|his|her|a|an|de|het|haar|zijn|onze|ons|hun|een)"
    r"(?:\s+[^\W\d_]+){0,2}?\s+([^\W\d_]+)\s*,\s*$",
    re.IGNORECASE,
)
#: a role and a preposition before the kind: "De voorzitter van de club, Wouter Brandsen" (the
#: name is the chairman's, not the club's)
_ROLE_OF_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:of|van|bij|at|for|voor|from|met|with)\s*$", re.I)
#: an author that is an organisation's press desk: the desk goes, the organisation stays
_DESK_RE = re.compile(r"\s+(?:press\s+office|persvoorlichting|communicatie)$", re.IGNORECASE)
#: an author that is a newsroom, a broadcaster or a paper: the article reports others' words
_NEWSROOM_RE = re.compile(
    r"(?i)\b(?:(?:hoofd)?redactie|staff|newsroom|desk|radio|omroep|fm|tv|podcast|courant|"
    r"dagblad|krant|gazette|courier|herald|chronicle|times|news|journal|post|weekly|daily|"
    r"magazine|\w*blad)\b"
)
_LEGAL_FORMS = frozenset({"bv", "nv", "ltd", "limited", "plc", "llp", "gmbh", "inc"})


def _first_name(tok: str) -> bool:
    return tok in FEMALE_FIRST or tok in MALE_FIRST


def _compound_kind(word: str) -> bool:
    return any(word.endswith(k) and len(word) > len(k) + 2 for k in _COMPOUND_ENDS)


def org_by_words(name: str) -> bool:
    """The words of a multi-word name say it is an organisation's: its last word is the kind of
    business ("Morrow Mutual", "Harwood Athletic FC"), its first word is ("Festival Lichtval"),
    or its last word is a Dutch compound of a kind ("Nationaal Energiefonds"). A name opening
    with a first name is a person's."""
    toks = norm_name(name).split()
    if len(toks) < 2 or _first_name(toks[0]):
        return False
    if not name.split()[-1][:1].isupper():
        return False
    return toks[-1] in ORG_NAME_ENDS or toks[0] in ORG_NAME_FIRSTS or _compound_kind(toks[-1])


def kind_apposition(before: str) -> bool:
    """The text before a name ends in a kind of organisation set off by a comma: "our insurer,"
    "the builder," "de huidige vervoerder," -- the name after it is that organisation."""
    m = _APPOSITION_RE.search(before)
    if not m:
        return False
    role = _ROLE_OF_BEFORE.search(before[: m.start()])
    if role and (is_title(role.group(1).lower()) or role.group(1).lower() in PERSON_NOUNS):
        return False  # "de voorzitter van de club, Wouter Brandsen": the name is the chairman
    noun = m.group(1).lower()
    if noun in _APPOSITION_KINDS or noun in ORG_TYPE_NOUNS:
        return True
    return any(noun.endswith(k) and len(noun) > len(k) + 2 for k in ORG_TYPE_NOUNS if len(k) >= 5)


def is_newsroom(author: str) -> bool:
    """An author line names a newsroom, a broadcaster or a paper ("Redactie Energiekrant",
    "Crumb & Crust Weekly", "Vakblad Glas & Groen"): its articles report others' affairs."""
    return _NEWSROOM_RE.search(author) is not None


def author_org(author: str, classify: Callable[[str], str | None]) -> str | None:
    """The organisation an author line names, where it names one: "Veldlijn B.V." (a legal
    form), "Tidewell Energy press office" (a desk: "Tidewell Energy"), "Redactie Omroep
    Haverbroek" ("Omroep Haverbroek"), or a name ``classify`` (the name context's words-only
    test) types as an organisation ("org"). A person's name gives None."""
    name = " ".join(author.split(",")[0].split())
    if not name or is_newsroom(name):
        return None  # a newsroom's "we" is no claim's subject: the speakers' own "we" is
    desk = _DESK_RE.sub("", name).strip()
    toks = norm_name(name).split()
    if desk and desk != name:
        return desk
    if len(toks) > 1 and (toks[-1] in _LEGAL_FORMS or "".join(toks[-2:]) in _LEGAL_FORMS):
        return name
    if classify(name) == "org":
        return name
    return None
