"""Which of several organisations a definite description stands for, by what the article
calls each one.

An article with a company, the fund that backs it and the court that judged it has three
organisations, and "the company" is only one of them: "Pedalfreight raised £14 million from
Glasshouse Ventures, a London fund ... Last year, though, the company lost £6.2 million" (the
company, not the fund). The article says what each organisation is: by its own name
("Glasshouse Ventures", "Tennisvereniging De Berkenhof", "Windpark De Kraaienhorst"), by a noun
right before it ("rechtbank Noord-Kempen", "the scooter firm Zipwell") or by an apposition
("Glasshouse Ventures, a London fund"). A description's head noun belongs to a family of kinds
(a club is a "vereniging", a fund is no company): it stands for an organisation of its family,
never one the article puts in another family, and "het park" is the organisation whose name
ends in it ("Windpark De Kraaienhorst").
"""

from __future__ import annotations

import re
from typing import Any

from onrecord.check.language.claim_names import norm_name
from onrecord.text.wordsets import wordset as _w

__all__ = [
    "body_owner",
    "described_referent",
    "family_of",
    "kind_clash",
    "org_families",
    "topic_of_kind",
]

#: families of organisation kinds: a description with one noun of a family may stand for an
#: organisation introduced with another ("de club" for "tennisvereniging De Berkenhof")
_FAMILIES: dict[str, frozenset[str]] = {
    "company": _w(
        "company firm bedrijf onderneming concern business maker fabrikant manufacturer "
        "operator exploitant startup start-up bouwer aannemer builder contractor developer "
        "ontwikkelaar brouwerij brewery rederij uitgever publisher airline carrier"
    ),
    "fund": _w(
        "fund fonds ventures capital investor investeerder belegger fondsbeheerder investment"
    ),
    "club": _w("club vereniging sportclub voetbalclub team"),
    "league": _w("league competitie federation federatie"),
    "court": _w("court rechtbank tribunal gerechtshof"),
    "public": _w(
        "gemeente municipality council provincie province city stad waterschap ministerie "
        "ministry regulator toezichthouder inspectie inspectorate authority autoriteit "
        "watchdog"
    ),
    "union": _w("union vakbond"),
}
#: the shortest tail of a compound that still names a kind ("windpark" -> "park")
_MIN_TAIL = 4
_PLURAL = re.compile(r"(?:en|s)$")


def family_of(noun: str) -> str | None:
    """The family of a kind noun, a Dutch compound by its last part ("tennisvereniging")."""
    w = noun.lower()
    for fam, nouns in _FAMILIES.items():
        if w in nouns:
            return fam
    for fam, nouns in _FAMILIES.items():
        if any(w.endswith(n) and len(w) >= len(n) + 3 for n in nouns if len(n) >= _MIN_TAIL):
            return fam
    return None


def _same_org(a: str, b: str) -> bool:
    """``a`` and ``b`` name the same organisation, one the other's first words ("Glasshouse",
    "Glasshouse Ventures")."""
    x, y = norm_name(a).split(), norm_name(b).split()
    if not x or not y:
        return False
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return long_[: len(short)] == short or long_[-len(short) :] == short


def _tail_of(short: str, long_: str) -> bool:
    """``short`` is the last words of the longer name ``long_``."""
    x, y = norm_name(short).split(), norm_name(long_).split()
    return 0 < len(x) < len(y) and y[-len(x) :] == x


def _apposition_kinds(disc: Any, org: str) -> list[str]:
    """The nouns an apposition gives ``org`` in the sentences read so far: "Glasshouse
    Ventures, a London fund that ..." -> ["fund"]."""
    sentences, index = disc.around
    out: list[str] = []
    rx = re.compile(
        re.escape(org) + r"[\w ]{0,30}?,\s+(?:a|an|een|the|de|het)\s+(?:[\w-]+\s+){0,2}?([\w-]+)"
        r"(?=\s+(?:that|which|who|die|dat|of|van|in|met|with)\b|[,.])"
    )
    for s in sentences[: index + 1]:
        out += [m.group(1).lower() for m in rx.finditer(s)]
    return out


def _typed(disc: Any, noun: str, org: str) -> bool:
    """The discourse learned ``noun`` as a kind of ``org`` ("coöperatie Zonnedak")."""
    name = disc.types.get(noun) or disc.kinds.get(noun)
    return bool(name) and _same_org(name, org)


def org_families(disc: Any, org: str) -> set[str]:
    """The families of kinds the article puts ``org`` in: by its name's words, the nouns
    the discourse learned for it ("rechtbank Noord-Kempen") and its appositions."""
    nouns = [w for w in re.findall(r"[\w-]+", org)]
    nouns += [k for k, n in {**disc.types, **disc.kinds}.items() if _same_org(n, org)]
    nouns += _apposition_kinds(disc, org)
    return {f for f in map(family_of, nouns) if f}


def kind_clash(disc: Any, head: str, org: str) -> bool:
    """The article puts ``org`` in another family than the description's ``head``: "the
    company" is never the fund, "de club" never the court."""
    fam = family_of(head)
    if not fam:
        return False
    fams = org_families(disc, org)
    return bool(fams) and fam not in fams


def described_referent(disc: Any, head: str) -> str | None:
    """The organisation a short definite description with ``head`` stands for: the latest
    whose name holds the noun, or a compound ending in it ("the museum" for "the Ledbury
    Museum of Science", "het park" for "Windpark De Kraaienhorst"), else the latest the
    article puts in the head's family ("de club" for "tennisvereniging De Berkenhof"),
    organisations that were subjects first. A compound head names an organisation by the
    last part of its own name ("de tomatenkwekerij" for "Kwekerij Van Oordt")."""
    w = head.lower()

    def holds(o: str) -> bool:
        toks = [t.lower() for t in re.findall(r"[\w-]+", o)]
        return w in toks or (
            len(w) >= _MIN_TAIL
            and not _PLURAL.search(w)  # "de artsen": people, not "Huisartsen Lingezoom"
            and any(t.endswith(w) and len(t) >= len(w) + 3 for t in toks)
        )

    def compound_of(o: str) -> bool:  # "de tomatenkwekerij" for "Kwekerij Van Oordt"
        toks = [t.lower() for t in re.findall(r"[\w-]+", o)]
        return any(len(t) >= 5 and w.endswith(t) and len(w) >= len(t) + 3 for t in toks)

    named = [o for o in disc.persons + disc.orgs if holds(o)]
    # "the baths" is "Millbrook Baths", not the campaign "Save Millbrook Baths" named after it
    named = [o for o in named if not any(p != o and _tail_of(p, o) for p in named)]
    named = named or [o for o in disc.orgs if compound_of(o)]
    if named:
        return named[-1]
    fam = family_of(w)
    if not fam:  # "the cooperative" for "Hollow Fen Energy, a cooperative that ...": the
        # organisation the article called so, by apposition or a noun before its name
        for pool in (disc.org_subjects, disc.orgs):
            fits = [o for o in pool if w in _apposition_kinds(disc, o) or _typed(disc, w, o)]
            if fits:
                return fits[-1]
        return None
    if w in _FAMILIES["company"]:
        return None  # "the company": the organisation spoken of, not one of its kind
    for pool in (disc.org_subjects, disc.orgs):
        fits = [o for o in pool if fam in org_families(disc, o)]
        if fits:
            return fits[-1]
    return None


#: the governing body of an organisation, named by the organisation's kind or name
_BODIES = _w("board bestuur directie management")
#: bodies an article may introduce by a description alone ("the harbour board")
_BODY_HEADS = _w("board committee council bestuur commissie raad directie")
#: words before a body's noun that describe no particular body ("the same board")
_NO_MODIFIER = _w(
    "same new whole full entire next other own previous former current old "
    "zelfde nieuwe hele volledige voltallige andere vorige huidige oude eigen"
)


def body_owner(disc: Any, toks: list[str]) -> str | None:
    """The organisation whose body a description names by its kind or name: "the trust
    board" (Tidewater Academy Trust), "the club board" (tennisvereniging De Berkenhof); "the
    board" the body the article introduced as "the harbour board" or "de gemeenteraad" when
    no organisation is named by the noun (not the company named last)."""
    if len(toks) == 3 and toks[0] in ("the", "de", "het") and toks[2] in _BODIES:
        return described_referent(disc, toks[1])
    if len(toks) != 2 or toks[0] not in ("the", "de", "het") or toks[1] not in _BODY_HEADS:
        return None
    if any(toks[1] in re.findall(r"[\w-]+", o.lower()) for o in disc.orgs):
        return None  # "the council" after "Marrowby County Council"
    head = re.escape(toks[1])
    if re.search(rf"(?i)\b{toks[0]}\s+{head}(?:['’]s|\s+(?:of|van))\b", disc.sentence or ""):
        return None  # "The council's monitoring officer", "de raad van bestuur": as written
    rx = re.compile(
        rf"\b(?:[Tt]he|[Dd]e|[Hh]et)\s+(?:(?P<mod>[a-z][\w'’-]+)\s+{head}\b"
        rf"|(?:[a-z]\w+e\s+)?[a-z]\w{{3,}}{head}\b"
        rf"|{head}\s+(?:of|van)\s+(?!(?:the|de|het|een|an?)\b)[a-z]\w+\b(?!\s+[A-Z]))"
    )
    sentences, index = disc.around
    for s in reversed(sentences[:index]):
        found = [m for m in rx.finditer(s) if (m["mod"] or "") not in _NO_MODIFIER]
        if found:  # "the board" after "The trust board agreed": the trust's
            mod = found[-1]["mod"]
            owner = described_referent(disc, mod) if mod and toks[1] in _BODIES else None
            return owner or found[-1].group(0)
    return None


_MOUTHPIECE = r"(?i)\b(?:spokes(?:man|woman|person)|woordvoerd(?:er|ster)|representative)\s+(?:for|of|van)\s+(?:the\s+|de\s+|het\s+)?"
_OWN_DESCRIPTION = re.compile(r"(?i)^(?:the|het|de)\s+([\w-]+)$")


def mouthpiece_org(disc: Any, phrase: str | None, speaker: str | None) -> str | None:
    """The organisation a spokesperson speaks for, for "the company" in what they said: "A
    spokesperson for Stonecrop Maintenance said that the company 'fulfilled every
    obligation'" (Stonecrop, not the housing association the article is about); not when
    the article puts the organisation in another family than the description's noun."""
    m = _OWN_DESCRIPTION.match(" ".join((phrase or "").split()))
    if not m or not speaker or not family_of(m.group(1)):
        return None
    if not re.search(_MOUTHPIECE + re.escape(speaker) + r"\b", disc.sentence):
        return None
    return None if kind_clash(disc, m.group(1), speaker) else speaker


def topic_of_kind(disc: Any, phrase: str) -> str | None:
    """The organisation the text is about, for a description of its affairs ("The club's 2024
    accounts"), unless a kind noun of the description puts it in another family: the club's
    accounts are not the Marches League's, though the league fined the club just before."""
    topic = disc.topic_org()
    kinds = re.findall(r"[^\W\d_]+", phrase)
    return None if topic and any(kind_clash(disc, w, topic) for w in kinds) else topic
