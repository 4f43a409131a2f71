"""Times still to come that the date rules do not name: a season, a year after the document's,
and "zodra"/"as soon as". In a present-tense clause they make a plan or a schedule, not a
report ("de coöperatie organiseert in het najaar een informatieavond", "een pendelbus, in ieder
geval tot 2029" in 2025, "De overige negen volgen zodra we genoeg mensen hebben opgeleid").

Why a module of its own: :mod:`month_ahead` knows months and ``FUTURE_TIME_RE`` knows "next
spring" and "over zes weken", but writers announce with a bare season ("in het voorjaar", "this
autumn"), with a year ("vanaf 2027", "until 2029") and with a condition still to be met. A past
tense or perfect anywhere in the main clause still makes it a report ("In het najaar van 2023
sloot de gemeente het bad"), which the caller checks; a year is only ahead against the
document's own year, and one used as a name ("de projectnaam Dammerwolde 2027") has no
preposition of time before it.
"""

from __future__ import annotations

import re

__all__ = ["as_soon_as", "reported_content", "season_ahead", "year_ahead"]

#: a season without a year, or with "this"/"coming": "in het najaar", "this autumn", "komende
#: zomer"; not "every winter" or "elke zomer" (a habit), nor one with a year (left to the year
#: rule) or "of last year"/"van vorig jaar"
_SEASON_RE = re.compile(
    r"(?i)(?<!\belke\s)(?<!\bevery\s)(?<!\bieder\s)\b(?:in\s+(?:het|de|the)|dit|deze|this)\s+"
    r"(voorjaar|najaar|zomer|winter|herfst|lente|spring|summer|autumn|fall|winter)\b"
    r"(?!\s+(?:van|of)\b)(?!\s*,?\s*(?:19|20)\d\d)"
)
#: a year with a preposition of time: "tot 2029", "vanaf 2027", "until 2029", "in het voorjaar
#: van 2026", "by 2030", "per 1 januari 2027"
_YEAR_RE = re.compile(
    r"(?i)\b(?:in|tot|vanaf|per|uiterlijk|from|until|till|by|through|before|na|after)\s+"
    r"(?:(?:\d{1,2}\s+)?[a-z]{3,9}\s+|(?:het|de|the)\s+\w+\s+(?:van|of)\s+)?((?:19|20)\d\d)\b"
)
#: a plain report of what someone said, up to its "dat"/"that": "Voorzitter Holtkamp liet na
#: afloop weten dat", "the firm said that"; not a denial or a confirmation (a stance of its own)
_REPORTED_RE = re.compile(
    r"(?i)\b(?:liet|laat|lieten|laten)\s+(?:\w+\s+){0,3}?weten\s+dat\b|"
    r"\b(?:zei|zeiden|zegt|zeggen|meldde|meldden|meldt|kondigde|kondigt|schreef|schrijft)\s+"
    r"(?:\w+\s+){0,4}?dat\b|"
    r"\b(?:said|says|told\s+\w+|announced|announces|wrote|writes)\s+(?:\w+\s+){0,3}?that\b"
)
#: a condition still to be met: "zodra we genoeg mensen hebben opgeleid", "as soon as"
_AS_SOON_RE = re.compile(r"(?i)\b(?:zodra|as\s+soon\s+as)\b")


def season_ahead(clean: str) -> bool:
    """``clean`` names a season without a year ("in het najaar", "this spring")."""
    return _SEASON_RE.search(clean) is not None


def year_ahead(clean: str, year: int | None) -> bool:
    """``clean`` names, after a preposition of time, a year after ``year`` (the document's)."""
    if year is None:
        return False
    return any(int(m.group(1)) > year for m in _YEAR_RE.finditer(clean))


def reported_content(clean: str) -> str | None:
    """What a plain report in ``clean`` says someone said ("dat de coöperatie in het najaar een
    informatieavond organiseert"), whose own tense decides whether it is a plan; else None."""
    m = _REPORTED_RE.search(clean)
    return clean[m.end() :] if m else None


def as_soon_as(clean: str) -> str | None:
    """The main clause of a sentence with "zodra"/"as soon as" ("De overige negen volgen",
    whose tense decides; "Zodra de brief binnenkwam, belde zij": after the comma), or None."""
    m = _AS_SOON_RE.search(clean)
    if not m:
        return None
    if clean[: m.start()].strip(" \"'“„‘"):
        return clean[: m.start()]
    comma = clean.find(",", m.end())
    return clean[comma + 1 :] if comma >= 0 else None
