"""Kinds of organisation: the nouns that name one ("de zorggroep", "the mill"), and the
public bodies and unions that "the company" or "het bedrijf" never refers to."""

from __future__ import annotations

import re

from onrecord.text.wordsets import wordset as _w

# Nouns that say what kind of organisation a name is ("verzekeraar DeltaZorg", "Korvane paper
# mill", "Havenstad Zorggroep", "Supportersvereniging De Molenaars", "the union Bond Papier"): a
# description with that noun ("de verzekeraar", "the mill", "de zorggroep") refers to that
# organisation. Dutch compounds count by their last part ("zorgverzekeraar", "papierfabriek").
ORG_TYPE_NOUNS = _w(
    """
    club sportclub voetbalclub vereniging bond vakbond union zorggroep groep group ziekenhuis
    hospital verzekeraar insurer fabriek factory mill plant bureau agency firm bedrijf company
    ontwikkelaar developer maker fabrikant manufacturer operator exploitant uitgever publisher
    krant newspaper gemeente municipality stichting foundation lab laboratorium startup
    start-up utility consultancy bank fonds fund partij party omroep broadcaster brouwerij
    brewery rederij shipping school universiteit university rechtbank court toezichthouder
    regulator inspectie inspectorate waterschap city stad raad council committee commissie
    airline bouwer aannemer trust corporatie beheerder instituut institute coöperatie
    cooperatie cooperative co-op watchdog authority autoriteit charity
    liefdadigheidsinstelling kring praktijk hospice theater museum bibliotheek library dienst
    """
)

#: Organisation nouns that may stand for any kind of organisation, a public body included.
ANY_ORG = frozenset(
    [
        "organisatie",
        "organisation",
        "organization",
        "directie",
        "board",
        "bestuur",
        "management",
        "leiding",
    ]
)
#: Words of a public body's or a union's name: never "the company" or "het bedrijf".
PUBLIC_BODY = frozenset(
    [
        "agency",
        "authority",
        "autoriteit",
        "inspectie",
        "inspectorate",
        "inspection",
        "council",
        "raad",
        "court",
        "rechtbank",
        "ministry",
        "ministerie",
        "gemeente",
        "municipality",
        "union",
        "bond",
        "vakbond",
        "fnv",
        "cnv",
        "police",
        "politie",
        "commission",
        "commissie",
        "parliament",
        "tribunal",
        "regulator",
        "toezichthouder",
        "provincie",
        "province",
        "city",
        "stad",
        "waterschap",
        "om",
        "office",
    ]
)
#: Words of a public body's name that make it a regulator ("Office of Rail Safety", "Food
#: Standards Agency", "Autoriteit Persoonsgegevens"): "the regulator", "de toezichthouder".
REGULATOR_WORDS = frozenset(
    ["office", "authority", "autoriteit", "agency", "inspectorate", "inspectie", "commission"]
)
REGULATOR_KINDS = ("regulator", "toezichthouder", "watchdog")


def public_body(name: str) -> bool:
    """A public body's or a union's name ("Food Standards Agency", "de inspectie")."""
    return any(t.lower() in PUBLIC_BODY for t in re.findall(r"[\w-]+", name))


#: places an organisation runs, named like one ("windpark Oude Polder", "zwembad De Kikker")
_FACILITIES = _w(
    "park windpark zonnepark zwembad bad boerderij makerij kwekerij bakkerij keten chain pool "
    "baths centrum centre center hotel kerk church sporthal stadion stadium theater theatre "
    "museum arena ijsbaan schouwburg bibliotheek"
)


def org_kind(noun: str) -> bool:
    """``noun`` names a kind of organisation or of the places one runs, a Dutch compound by
    its last part ("tomatenkwekerij", "papierfabriek"); not a person's role or an animal."""
    w = noun.lower()
    kinds = ORG_TYPE_NOUNS | _FACILITIES
    return w in kinds or any(w.endswith(k) and len(w) >= len(k) + 3 for k in kinds if len(k) > 3)
