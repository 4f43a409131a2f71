"""When the claim's event happened against when the statement says the same event happened.

The judge does not weigh a date and cannot read a relative one: "De nieuwe brug gaat in het
voorjaar van 2020 open" entails "the new bridge would open in the spring of 2021" for it (0.92),
"I propose that we move all programmes … from September 2022" entails "voorgesteld om de
opleidingen al per september 2021 te verhuizen" (0.96), and "Afgelopen vrijdag hebben we het
contract getekend", written on Monday 13 January 2020, entails "signed … on 13 January 2020"
(0.96) while "op 10 januari 2020" reads as neutral. Here the two times of one event are
compared (:func:`relate`):

- the claim names one time of its event (:func:`~onrecord.check.verdicts.event_time.event_times`: a
  point, a start or an end; the date of a frame of saying, proposing or deciding is not the
  event's: "In April 2019 Hoekstra proposed to close the school" dates the proposal);
- both times are attached to the same happening (:mod:`onrecord.check.verdicts.happenings`: opening,
  signing, halting, moving, postponing …) within a few words, so a date of another act of the
  same matter ("eiste in 2015 een vergoeding" / "in 2019 een vergoeding aangeboden", "stemde in
  maart 2021 in met …" / "delay publication until mid-2022") is never compared;
- the roles agree: a happening takes place at its point or its start ("closes on 30 June" /
  "sluit per 31 december", "from September 2022" / "in september 2021"), an end ("until",
  "tot") is compared with an end; the statement's relative times are read against the day it was
  written ("last Friday", "gisteren", "vorige week", "tot maart").

Times that do not meet contradict the claim where the judge read the statement as about it
(entailment or contradiction at least :data:`SAME_MATTER`: a contradiction the judge read is
then proved, as :func:`~onrecord.check.verdicts.ruled.ruled_against` needs), or where the two
name the same thing ("the Dedza office") and the judge did not read it as another matter
(neutral under :data:`UNRELATED`: it sees two dates and leaves them neutral): the
contradiction becomes :data:`TIME_CONFLICT`.
A relative time of the statement that falls within the claim's, of an event reported as done
by then, supports it where the statement names what the claim names (a shared name): the
judge could not see that "last Friday" was 27 November. Neither side may be negated ("did not
open in 2021" is no time of an opening).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from onrecord.check.verdicts.event_time import When, event_times, written_day
from onrecord.check.verdicts.evidence import Evidence
from onrecord.check.verdicts.happenings import BREAK, happening_at
from onrecord.check.verdicts.ruled import prove
from onrecord.check.verdicts.verdict_model import negated
from onrecord.models.base import Judgment

__all__ = [
    "CONFLICT",
    "SAME",
    "SAME_MATTER",
    "TIME_CONFLICT",
    "TIME_SUPPORT",
    "TimeMatch",
    "relate",
    "same_time",
]

CONFLICT, SAME = "conflict", "same"
#: The judge's entailment that shows it read the statement as about the claim's event.
SAME_MATTER = 0.5
#: A statement the judge reads as this neutral is about another matter, whatever its names and
#: times ("Onder het personeel gaat het gerucht dat verloskunde volgend jaar dichtgaat" against
#: a claim about a proposal to close it per 1 July 2022: 0.99).
UNRELATED = 0.9
#: The contradiction a statement gets when its time of the claim's event is another one.
TIME_CONFLICT = 0.85
#: The entailment a statement gets when its relative time is the claim's time.
TIME_SUPPORT = 0.8
_MONTHS_AND_DAYS = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|januari|februari|maart|mei|juni|juli|augustus|oktober|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"zaterdag|zondag|the|het|de|in|op|on)$",
    re.I,
)
_WORD = re.compile(r"[\w-]+|[.!?:]")
_DIGIT = re.compile(r"\d")


def _names(text: str) -> set[str]:
    """Capitalised words not opening a sentence (names: "Kestrel", "ZENIT-2", "Brennan")."""
    out: set[str] = set()
    before = "."
    for w in _WORD.findall(text):
        if w[0].isupper() and before not in ".!?:" and len(w) > 2 and not _MONTHS_AND_DAYS.match(w):
            out.add(w.lower())
        before = w
    return out


def _attached(text: str, t: When) -> set[str]:
    return happening_at(text, t.start, t.start + len(t.text))


def _clause(text: str, t: When) -> str:
    """The words of ``text`` around the time ``t`` up to a sentence end or an "and"/"en"."""
    a = max((m.end() for m in BREAK.finditer(text, 0, t.start)), default=0)
    m = BREAK.search(text, t.start + len(t.text))
    return text[a : m.start() if m else len(text)]


def _other_things(claim: str, c: When, statement: str, t: When) -> bool:
    """Each side's clause names what the other does not ("shut down its Amsterdam cluster in
    June" / "we shut down the Frankfurt cluster yesterday"): two happenings of one kind."""
    theirs, mine = _names(_clause(statement, t)), _names(_clause(claim, c))
    return bool(theirs - _names(claim) and mine - theirs)


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """How the statement's time of the claim's happening relates to the claim's."""

    relation: str  # CONFLICT or SAME
    why: str
    relative: bool  # the statement's time was read against its writing date
    shared_name: bool  # the two name one thing by name ("Kestrel", "Brennan Pharma")
    other_figures: bool  # the claim states a figure besides its time: its fact is that


def relate(claim: str, statement: str, written: date | None) -> TimeMatch | None:
    """How the times ``claim`` (its content) and ``statement`` (written on ``written``) give
    one happening relate, or None when they name no such pair (see the module docstring)."""
    if negated(claim) or negated(statement):
        return None
    mine = [(t, h) for t in event_times(claim) if (h := _attached(claim, t))]
    if len(mine) != 1:
        return None
    c, happening = mine[0]
    theirs = [
        t
        for t in event_times(statement, written)
        if _kind(t) == _kind(c) and _attached(statement, t) & happening
    ]
    if not theirs or any(_other_things(claim, c, statement, t) for t in theirs):
        return None
    what = "/".join(sorted(happening))
    shared = bool(_names(claim) & _names(statement))
    figures = bool(_DIGIT.search(claim[: c.start] + claim[c.start + len(c.text) :]))
    t = theirs[0]
    if all(x.disjoint(c) for x in theirs):
        why = f"another time of the same {what}: '{t.text}' ({_day(t)}) vs '{c.text}'"
        return TimeMatch(CONFLICT, why, all(x.relative for x in theirs), shared, figures)
    if len(theirs) == 1 and t.within(c):
        if written is not None and t.hi > written:
            return None  # a plan: "next Friday" does not show it was done then
        why = f"the same time of the {what}: '{t.text}' ({_day(t)}) is '{c.text}'"
        return TimeMatch(SAME, why, t.relative, shared, figures)
    return None


def _kind(t: When) -> str:
    """A happening takes place at its point or its start ("closes on 30 June" / "sluit per 31
    december"); an end ("postponed until June") is another question."""
    return "until" if t.role == "until" else "at"


def _day(t: When) -> str:
    return t.lo.isoformat() if t.lo == t.hi else f"{t.lo.isoformat()}..{t.hi.isoformat()}"


def _decides(m: TimeMatch, probs: dict[str, float]) -> bool:
    """Whether the match is strong enough to move the judge: a conflict where the judge read
    the statement as about the claim (entailment, or a contradiction the times then prove), or
    where the statement's time is one the judge cannot read, the two name the same thing and
    the judge did not read it as another matter; a same time only of that second kind, for a
    claim whose fact is its time (no other figure) and a statement the judge did not read
    against it."""
    named = m.shared_name and probs.get("neutral", 0.0) < UNRELATED
    plain = m.relative and named
    if m.relation == CONFLICT:
        # the judge read the statement as about the claim, either way: for it, or already
        # against it (then the two times prove its reading)
        about = max(probs.get("entailment", 0.0), probs.get("contradiction", 0.0))
        return about >= SAME_MATTER or named
    return plain and not m.other_figures and probs.get("contradiction", 0.0) < SAME_MATTER


def same_time(e: Evidence, claim_content: str) -> None:
    """Move a judged piece of evidence toward what its time of the claim's event says (see
    the module docstring)."""
    j = e.judgment
    if j is None:
        return
    hit = e.hit
    src = hit.via_endorsement or hit
    written = written_day(src.date, hit.date_offset if src is hit else None)
    m = relate(claim_content, src.text, written)
    p = dict(j.probs)
    if m is None or not _decides(m, p):
        return
    rel, why = m.relation, m.why
    factor = float(j.extra.get("modality_plan", 1.0))
    if rel == CONFLICT:
        key, value = "contradiction", TIME_CONFLICT * factor
    else:
        key, value = "entailment", TIME_SUPPORT * factor
    if p.get(key, 0.0) < value:
        rest = [k for k in ("entailment", "neutral", "contradiction") if k != key]
        left = max(1e-9, sum(p.get(k, 0.0) for k in rest))
        new = {k: p.get(k, 0.0) * (1.0 - value) / left for k in rest}
        new[key] = value
        label = max(new, key=lambda k: new[k])
        e.judgment = Judgment(label, new, j.judge, j.rationale, j.quote, dict(j.extra))
    elif rel != CONFLICT or factor < 1.0:
        return
    if rel == CONFLICT and factor >= 1.0 and e.judgment is not None:
        prove(e.judgment)  # the judge's contradiction, or the rule's: two times of one event
    why = ("dates differ: " if rel == CONFLICT else "same date: ") + why
    e.note = (e.note + "; " if e.note else "") + why
