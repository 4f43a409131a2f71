"""A state its writer says has ended ("no longer", "niet langer", "niet meer", "geen ... meer")
is the opposite of a claim that it holds.

"Ik sluit samenwerking met Nieuw Noordveen na 2023 niet langer uit." (June 2022) against
"Altena sloot samenwerking met Nieuw Noordveen in 2022 uit"; "Een eigen stadion is voor een club
als de onze een luxe die we ons niet meer kunnen veroorloven." against "In mei 2021 vond Manders
dat een club als FC Dijkhaven haar stadion zelf hoort te bezitten": the builtin judge matches the
content and loses the marker of the ending, and reads the pair as entailment (0.86-0.95). The
marker says the state held before and holds no longer, so for a claim that it holds at the time
of the statement (or names no time) the judge's entailment is a contradiction:
:func:`ended_state` swaps the two where

- the statement's clause with the marker shares a content word with the claim (the ending is of
  the claim's matter: "er is geen kinderkaart meer" says nothing about a price rise in the same
  sentence);
- the claim itself is not negated, names no ending or change ("liet het doel los", "gave up",
  "no longer", "cut back"): those agree with an ending;
- the claim names no time before the statement: "no longer" in 2022 says the state held in
  2018, so it bears out "Altena ruled it out in 2018" rather than refuting it.
"""

from __future__ import annotations

import re

from onrecord.check.contradictions.opposition import _stems, ends, negated
from onrecord.check.statements.period import Period, in_period
from onrecord.check.verdicts.evidence import Evidence, add_note, negate
from onrecord.text.dates import parse_iso

__all__ = ["ENDED_NOTE", "ended_clause", "ended_state"]

ENDED_NOTE = "says the state no longer holds"

#: the judge's entailment, at least, that the rule reads as the ending lost
MIN_ENTAILMENT = 0.5

# "no longer", "not ... any longer/anymore", "niet langer", "niet meer" (not "niet meer dan",
# "not more than"), "geen ... meer" with at most three words between (not "geen cent meer")
_ENDED = re.compile(
    r"\b(?:no\s+longer|not\s+(?:\w+\s+){0,6}?any\s*(?:longer|more)|\w*n't\s+(?:\w+\s+){0,6}?"
    r"any\s*(?:longer|more)|niet\s+langer|niet\s+meer(?!\s+dan)|"
    r"geen\s+(?!(?:cent|euro|dag|minuut|seconde)\b)(?:\w+\s+){1,3}?meer(?!\s+dan))\b",
    re.I,
)
# a claim that names the ending or a change itself agrees with "no longer"
_CHANGE = re.compile(
    r"\b(?:no\s+longer|niet\s+langer|niet\s+meer|any\s*more|changed|veranderde|draaide\s+bij|"
    r"reversed|dropped|liet\s+(?:\S+\s+){0,6}?(?:los|vallen)|bracht\s+(?:\S+\s+){0,6}?terug|"
    r"reduced|cut\s+back|verlaagde|backed\s+away|came\s+round|turned\s+against)\b",
    re.I,
)
_CLAUSE = re.compile(r"[^,;:]+")


def ended_clause(statement: str) -> str | None:
    """The clause of ``statement`` (up to a comma, semicolon or colon) that says a state no
    longer holds; None where none does."""
    for c in _CLAUSE.finditer(statement):
        if _ENDED.search(c.group()):
            return c.group()
    return None


def _content(text: str) -> set[str]:
    """The stems of the content words of ``text``, years and numbers left out."""
    return {s for s in _stems(text) if not s[:1].isdigit()}


def _before(period: Period | None, date: str | None) -> bool:
    """The claim's period ends before the statement was written."""
    if period is None:
        return False
    d = parse_iso(date)
    if d is None or in_period(date, period):
        return False
    return (d.year, d.month) > (period.year, period.month or 12)


def ended_state(e: Evidence, claim_text: str, period: Period | None) -> None:
    """Read the judge's entailment as a contradiction where the statement says the claimed
    state no longer holds (see the module)."""
    j = e.judgment
    if j is None or e.hit.via_endorsement is not None:
        return  # a reply's agreement or disagreement turns what it quotes: left to the judge
    p = j.probs
    if p.get("entailment", 0.0) < MIN_ENTAILMENT or p["entailment"] <= p.get("contradiction", 0):
        return
    if negated(claim_text) or ends(claim_text) or _CHANGE.search(claim_text):
        return
    if _before(period, e.hit.date):
        return
    clause = ended_clause(e.hit.text)
    if clause is None or not _content(clause) & _content(claim_text):
        return
    e.judgment = negate(j)
    add_note(e, ENDED_NOTE)
