"""A claim about an act toward a change, not about the change: "In februari 2019 weigerde
Brouwer de huren harder te laten stijgen dan de inflatie", "Zuidema did not want the private
equity increase mentioned in the members' newsletter", "De huurderscommissie vroeg het bestuur
de huurstijging niet hoger te laten uitvallen dan de inflatie".

:func:`onrecord.check.figures.direction.opposed` compares which way two sentences say a thing changed.
In such a claim the change is the object of refusing, asking, wanting, agreeing, proposing or
telling: the claim says nothing about which way the thing went, and a statement that it rose
("Het bestuur heeft besloten de huur met 3,9 procent te verhogen") or the writer's own promise
that it would not ("de huren stijgen niet harder dan de inflatie") does not oppose it by
direction. On the training cases every claim of this shape that the direction rule turned
against was supported by the record. A change reported in a "that"/"dat" clause ("told staff
that rents would rise", "meldde dat de prijs was verlaagd") is the claim's content and still
counts. English and Dutch; word patterns, no model.
"""

from __future__ import annotations

import re

__all__ = ["act_toward_change"]

_GAP = r"(?:[\w'’-]+\s+){0,8}?"
#: verbs of an act or stance toward a course of action, not a report of it
_ATTITUDE = re.compile(
    r"\b(?:refus\w*|declin(?:e|es|ed|ing)\s+to|reject\w*|oppos\w*|object(?:s|ed|ing)?\s+to|"
    r"want(?:s|ed|ing)?|ask(?:s|ed|ing)?|request\w*|urg(?:e|es|ed|ing)|agree\w*|approv\w*|"
    r"endors\w*|back(?:s|ed|ing)?|signed\s+off|propos\w*|suggest\w*|recommend\w*|advis\w*|"
    r"mention\w*|consult\w*|comment\w*|inform\w*|told\s+(?:[\w'’-]+\s+){0,5}?about|"
    r"weiger\w*|geweigerd|w(?:ees|ezen)\s+|vroeg(?:en)?|gevraagd|verzocht|verzoek\w*|"
    r"wil|wilde(?:n)?|gewild|stemde(?:n)?\s+|keurde(?:n)?\s+|ging(?:en)?\s+|"
    r"stelde(?:n)?\s+|voorgesteld|adviseer\w*|geadviseerd|verzet\w*|bezwaar\w*|"
    r"(?:was|waren)\s+(?:\w+\s+)?tegen)",
    re.I,
)
#: what the act is toward: a change named by a verb or a noun
_CHANGE = re.compile(
    r"\b(?:increas\w*|rais\w*|ris(?:e|es|ing)|cut|cuts|lower\w*|reduc\w*|decreas\w*|"
    r"stijg\w*|stijging\w*|huurstijging\w*|verhog\w*|verhoging\w*|verlag\w*|verlaging\w*|"
    r"hoger|lager|omhoog|omlaag|bezuinig\w*)\b",
    re.I,
)
_THAT = re.compile(r"\b(?:that|dat)\b", re.I)


def act_toward_change(claim: str) -> bool:
    """The claim's change stands under a verb of refusing, asking, wanting, agreeing, proposing
    or telling about, with no "that"/"dat" in between (see the module)."""
    for m in _CHANGE.finditer(claim):
        before = claim[: m.start()]
        acts = list(_ATTITUDE.finditer(before))
        if acts and not _THAT.search(before[acts[-1].end() :]):
            return True
    return False
