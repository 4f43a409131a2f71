"""Whether a statement speaks of the claim's matter, not only of its topic: a word of what the
claim says happened, beyond the names both share.

Sentences of one topic share its names: the company, the project, the person ("Redstone",
"ZENIT-2", "Ilse Bakker"). The builtin judge reads a negation or another figure in such a
sentence as a contradiction of any claim about that topic ("Redstone investeert de komende drie
jaar 5 miljoen euro in onze digitale producten." against "Redstone betaalde bij de overname in
2018 meer dan 20 miljoen euro voor Lindeveld Media.": 0.94; "Oppositieraadslid Ilse Bakker
overweegt een motie van wantrouwen." against "Ilse Bakker voted against the Vaartbrug budget in
2016.": 0.75), and a negation or a figure is then a reason to show
(:func:`onrecord.check.verdicts.contradiction_reason.reason`) although it is a reason about another
matter. :func:`on_matter` asks for a content word in common that is no name, no number and no
word of money, measure or time: by its first letters (words of one origin across English and
Dutch: "budget" / "budget", "merger" / "merger"), by a bilingual concept
(:mod:`onrecord.check.contradictions.concepts`, or an act of money: paying, costing, buying or selling,
investing, saving) or, across languages, by a word and its translation in the
multilingual embedder's space (:func:`onrecord.check.contradictions.cross_matter.translated`). English and
Dutch; word lists, no model besides the embedder.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from onrecord.check.contradictions.concepts import concepts
from onrecord.check.contradictions.cross_matter import COGNATE, cognates, translated

if TYPE_CHECKING:
    from onrecord.models.embedders import Embedder

__all__ = ["matter_words", "on_matter"]

_WORD = re.compile(r"[\w'’]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
#: words of money, measure, amount and order that two figures of two matters share ("euro",
#: "million", "procent", "totaal"); cut like :func:`onrecord.check.contradictions.cross_matter.cognates`
_MEASURE = frozenset(
    w[:COGNATE]
    for w in (
        "euro", "euros", "dollar", "dollars", "pound", "pounds", "cent", "cents", "million",
        "millions", "miljoen", "miljard", "billion", "thousand", "duizend", "percent",
        "procent", "procentpunt", "points", "punten", "total", "totaal", "more", "meer",
        "less", "minder", "than", "about", "ongeveer", "around", "some",
        "first", "eerste", "second", "tweede", "third", "derde", "last", "laatste", "still",
        "already", "again", "opnieuw", "every", "elke", "iedere", "each", "later",
        "after", "before", "sinds", "since", "until", "spring", "voorjaar", "summer", "zomer",
        "autumn", "najaar", "winter", "eind", "einde", "begin", "start",
    )
)  # fmt: skip
_FIRST = re.compile(r"(?:^|[.:;!?]\s+|[\"‘“(]\s*|^-\s*)$")


#: acts of money in English and Dutch, by concept: a figure paid and one invested are two
#: matters ("Redstone investeert 5 miljoen euro" / "Redstone betaalde 20 miljoen euro"), a
#: figure paid and one paid one ("Datamark will pay Nordwind 1.2 million euros a year" /
#: "Datamark betaalt Nordwind twee miljoen euro per jaar": "pay" is too short a word to compare)
_MONEY_ACTS: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"\b(?:{pattern})\b", re.I)
    for name, pattern in {
        "pay": r"pay|pays|paid|paying|payments?|betaal\w*|betal\w*",
        "cost": r"costs?|costing|kost|kosten|kostte|kostten|gekost",
        "trade": r"buys?|buying|bought|sells?|selling|sold|sales?|purchase[sd]?|koop\w*|kocht\w*|"
        r"gekocht|verko\w*|verkocht\w*",
        "invest": r"invest\w*|investe\w*|geïnvesteerd|geinvesteerd",
        "save": r"sav(?:e|es|ed|ing|ings)|bespa\w*|bezuinig\w*",
    }.items()
}


def _acts(text: str) -> set[str]:
    return {name for name, pattern in _MONEY_ACTS.items() if pattern.search(text)}


def _capitals(text: str) -> tuple[set[str], set[str]]:
    """The words of ``text`` written with a capital inside a sentence or with a digit, and
    those written with a capital at a sentence's start, casefolded."""
    inside, first = set(), set()
    for m in _WORD.finditer(text):
        w = m.group()
        if re.search(r"\d", w) or (w[0].isupper() and not _FIRST.search(text[: m.start()])):
            inside.add(w.casefold())
        elif w[0].isupper():
            first.add(w.casefold())
    return inside, first


def _names(a: str, b: str) -> set[str]:
    """The names of ``a`` and ``b``: words written with a capital inside a sentence or with a
    digit ("Ilse Bakker", "ZENIT-2", "CO2"), and a sentence's capitalised first word that the
    other side writes with a capital too ("Redstone investeert" / "Redstone betaalde"), evened
    and cut like :func:`~onrecord.check.contradictions.cross_matter.cognates`. A capital at a sentence's start
    alone makes no name ("Reflagging is still off the table" / "reflagging part of the fleet")."""
    (ia, fa), (ib, fb) = _capitals(a), _capitals(b)
    words = ia | ib | (fa & (ib | fb)) | (fb & (ia | fa))
    return {c for w in words for c in cognates(w, None) | {w[:COGNATE]}}


def _figures(text: str) -> set[str]:
    """The numbers of ``text`` that are no year ("4.100", "48", "11,2")."""
    out = {re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text)}
    return {n for n in out if not _YEAR.match(n)}


def matter_words(text: str, lang: str | None, names: set[str]) -> set[str]:
    """The content words of ``text`` that are no name (of either side), no number and no word
    of money, measure or time, cut to :data:`~onrecord.check.contradictions.cross_matter.COGNATE` letters."""
    return {w for w in cognates(text, lang) if w not in names and w not in _MEASURE}


def _plain(text: str, names: set[str]) -> str:
    """``text`` without its names, numbers and words of measure (for word translation)."""
    kept = [
        w
        for w in _WORD.findall(text)
        if not re.search(r"\d", w) and not (cognates(w, None) & (names | _MEASURE))
    ]
    return " ".join(kept)


def on_matter(
    statement: str,
    claim: str,
    lang_s: str | None,
    lang_c: str | None,
    embedder: Embedder | None = None,
) -> bool:
    """``statement`` and ``claim`` share a content word that is no name, number or word of
    measure (see the module): by its first letters, by a concept or, across languages, in
    translation."""
    names = _names(statement, claim)
    ws, wc = matter_words(statement, lang_s, names), matter_words(claim, lang_c, names)
    if ws & wc or _figures(statement) & _figures(claim):
        return True
    if concepts(statement) & concepts(claim) or _acts(statement) & _acts(claim):
        return True
    if not ws or not wc:
        return False
    return translated(_plain(statement, names), _plain(claim, names), lang_s, lang_c, embedder)
