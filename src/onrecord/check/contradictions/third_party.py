"""Pairs whose sides speak of two parties, not of one position and its opposite.

On a held-out case written by someone who never read the detection code, most false pairs at
the top were of this kind: a side giving a third party's position ("The works council is
against it, I know", "Jansen had dat al jaren eerder voorgesteld"), a denial about one public
body against what another body did ("The province has confirmed its grant" / "Van de gemeente
hebben we geen subsidie gekregen"), or the writer's own stance on a thing against a plain fact
about that thing in which the writer does not appear ("The sponsor's money paid for the roof" /
"Ik ben altijd tegen die sponsor geweest"). Each is two statements that can both be true.
"""

from __future__ import annotations

import re

__all__ = ["AGENT_GROUPS", "bodies", "fact_against_stance", "other_party", "others_position"]

# one body in English and Dutch ("the municipality" / "de gemeente")
AGENT_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(g)
    for g in (
        {"gemeente", "municipality", "council", "raad", "city", "stad", "town"},
        {"provincie", "province", "provincial", "provinciale"},
        {"ministerie", "ministry", "minister"},
        {"government", "regering", "overheid", "kabinet", "state", "staat"},
        {"bank", "lender"},
        {"insurer", "verzekeraar"},
        {"supplier", "leverancier"},
    )
)
_WORD = re.compile(r"[\w'’]+")
_FIRST = {"we", "wij", "i", "ik", "our", "onze", "ons", "my", "mijn", "me", "mij", "us", "wie"}
_FIRST_OPEN = {"we", "wij", "i", "ik", "our", "onze", "ons", "my", "mijn"}

# a position held: for or against a thing, proposing or wanting it
_POSITION = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|is|zijn|was|waren|zijn|is\s+altijd|"
    r"stond|staan|staat)\s+(?:\w+\s+){0,2}?(?:against|opposed|in\s+favou?r|for\s+it|tegen|"
    r"voorstander|tegenstander|voor\s+(?:het|de|dit|dat))\b|"
    r"\b(?:propos\w*|suggest\w*|voorgesteld|stelde\s+\w+\s+voor|stelt\s+\w+\s+voor|wants?|wanted|"
    r"wil|wilde|wilden|willen|oppos\w*|support\w*|steun\w*|insist\w*|demand\w*|eist\w*|eiste\w*)\b",
    re.I,
)
# a third party opening the main clause: a name of two capitalised words or more ("Ruud Bakker,
# …", matched case-sensitively: "Vale never proposed" is no name), or a determiner and a
# group or role ("The works council", "De raad"), or a quantified group of people ("Several
# drivers", "Some colleagues", "Enkele leden")
_THIRD_OPEN = re.compile(
    r"^(?:(?-i:(?!(?:We|Wij|Ik|I|Our|Onze|Ons|My|Mijn|It|Het|This|Dit|That|Dat|There|Er|In|Op|"
    r"At|On|For|Voor|Van|From|If|Als|When|Toen|De|The|Een|A|An)\b)[A-Z][a-z]+"
    r"(?:\s+(?:van\s+|de\s+)?[A-Z][a-z]+)+)"
    r"|(?:several|some|many|most|a\s+few|enkele|sommige|veel|meerdere|een\s+paar)\s+\w+"
    r"|(?:the|de|het)\s+(?:\w+['’]?\s+)?\w*(?:council|raad|board|bestuur|keepers?|verzorgers|colleagues?|collega'?s|"
    r"staff|staf|personeel|union|vakbond|members?|leden|employees?|medewerkers|workers?|"
    r"residents?|bewoners|neighbours?|buren|critics?|critici|chair\w*|voorzitter|director|"
    r"directeur|manager))\b",
    re.I,
)


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def others_position(text: str) -> bool:
    """The statement gives someone else's position: its main clause opens with a third party
    (a name, a group or role) and says what that party is for, against, proposed or wants
    ("The works council is against it, I know", "Ruud Bakker had dat al eerder voorgesteld")."""
    head = re.split(r"[,;:]\s+(?:and|en|but|maar|I|ik|we|wij)\b", text.strip(), maxsplit=1)[0]
    head = re.sub(r",[^,]{1,80},", "", head)  # an apposition: "Ruud Bakker, de voorzitter, …"
    return _THIRD_OPEN.match(head) is not None and _POSITION.search(head) is not None


def bodies(text: str) -> set[int]:
    """The public bodies and other institutions the statement names, as group indexes."""
    words = set(_words(text))
    return {k for k, g in enumerate(AGENT_GROUPS) if words & g}


def _two_bodies(a: str, b: str) -> bool:
    """Each side names a body and none in common: the province's grant and the municipality's."""
    ba, bb = bodies(a), bodies(b)
    return bool(ba) and bool(bb) and not ba & bb


_STANCE = re.compile(
    r"\b(?:I|ik|we|wij)\s+(?:\w+\s+){0,3}?(?:against|opposed|in\s+favou?r\s+of|tegen|"
    r"voorstander|tegenstander)\b",
    re.I,
)


def fact_against_stance(a: str, b: str) -> bool:
    """One side is the writer's stance for or against a thing ("I have always been against
    the sponsor"), the other a fact about the thing in which the writer does not appear at all
    ("The sponsor's money paid for the roof"): a view and a fact, both true at once."""
    for stance, fact in ((a, b), (b, a)):
        if _STANCE.search(stance) and not set(_words(fact)) & _FIRST:
            return not _STANCE.search(fact) and not _POSITION.search(fact)
    return False


def other_party(a: str, b: str) -> bool:
    """Two parties, not one position and its opposite: a side gives a third party's position
    (:func:`others_position`), the two sides name two different bodies, or a stance meets a
    fact without the writer (:func:`fact_against_stance`)."""
    return (
        others_position(a) or others_position(b) or _two_bodies(a, b) or fact_against_stance(a, b)
    )
