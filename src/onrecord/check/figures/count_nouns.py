"""Whether two count nouns name one thing, in English, Dutch or across the two: "cows" and
"koeien", "passengers" and "passagiers". Amounts clash only when they count one thing
(:func:`onrecord.check.contradictions.opposition.amount_clash`).
"""

from __future__ import annotations

from onrecord.check.quantities.types import COUNT, MONEY, Quantity

__all__ = ["same_measure", "same_unit"]

# Count nouns whose English and Dutch forms share no stem (the quantities lexicon normalises
# staff/medewerkers, member/leden and the like; cognates such as passenger/passagier and
# patient/patiënt match by their first four letters): frequent things counted in mail.
_COUNT_NOUNS = {
    form: group
    for group, forms in {
        "cow": "cow cows koe koei koeien",
        "pig": "pig pigs varken varkens",
        "sheep": "sheep schaap schapen",
        "animal": "animal animals dier dieren",
        "household": "household households huishouden huishoudens",
        "home": "home homes house houses dwelling dwellings woning woningen huis huizen",
        "child": "child children kind kinderen",
        "pupil": "pupil pupils leerling leerlingen scholier scholieren",
        "visitor": "visitor visitors bezoeker bezoekers",
        "traveller": "traveller travellers traveler travelers reiziger reizigers",
        "doctor": "doctor doctors arts artsen dokter dokters",
        "nurse": "nurse nurses verpleegkundige verpleegkundigen",
        "bed": "bed beds bedden",
        "car": "car cars auto auto's autos",
        "boat": "boat boats ship ships boot boten schip schepen",
        "flight": "flight flights vlucht vluchten",
        "tree": "tree trees boom bomen",
        "farm": "farm farms boerderij boerderijen",
        "shop": "shop shops store stores winkel winkels",
        "job": "job jobs baan banen",
        "ticket": "ticket tickets kaartje kaartjes",
        "customer": "customer customers client clients klant klanten",
        "employee": "employee employees werknemer werknemers medewerker medewerkers",
        "tonne": "tonne tonnes ton tons",
        "litre": "litre litres liter liters",
        "turbine": "turbine turbines windmolen windmolens",
        "panel": "panel panels paneel panelen zonnepaneel zonnepanelen",
    }.items()
    for form in forms.split()
}


def same_unit(u: str | None, v: str | None) -> bool:
    """Two count nouns (as :func:`onrecord.check.quantities.quantities` gives them) name one
    thing: equal, one group of :data:`_COUNT_NOUNS`, or four first letters in common
    ("passenger" / "passagier")."""
    if not u or not v:
        return u == v
    u, v = u.lower(), v.lower()
    if u == v or (len(u) >= 4 and len(v) >= 4 and u[:4] == v[:4]):
        return True
    gu = _COUNT_NOUNS.get(u)
    return gu is not None and gu == _COUNT_NOUNS.get(v)


def same_measure(p: Quantity, h: Quantity) -> bool:
    """Two quantities of one kind are in one measure: counts of one thing, sums in one
    currency (a sum with no currency is none), other kinds in one unit. The callers add what
    their comparison needs of the rest (rates, changes, time roles)."""
    if p.kind != h.kind:
        return False
    if p.kind == COUNT:
        return same_unit(p.unit, h.unit)
    if p.kind == MONEY:
        return bool(p.unit) and p.unit == h.unit
    return p.unit == h.unit
