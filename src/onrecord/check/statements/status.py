"""A statement's status in time and commitment: done, planned, hedged or undecided.

The judge reads content against content: "Ik presenteer het in juni aan de raad van bestuur"
(written in May) and "Verbeek presented the plan to the board in June" share every word that
matters, and it reads entailment. A journalist reads the tense and the date: in May, "in June"
is still to come, so the mail is a plan, not a report that it was presented. Likewise "I am not
recommending that yet, but it has to be on the table" keeps an option open: it is neither the
claim that he would close the ward nor its denial.

:func:`status` says which of these a statement is, from its words and the date of its mail:

* ``PLANNED``: a plan, intention or proposal (:func:`onrecord.check.statements.modality.prospective`; one
  named by a noun, "My suggestion is that …": :func:`onrecord.check.statements.proposal_nouns.proposed`),
  or a present-tense sentence about a time after the mail's date ("I present it in June",
  written in May; "we send the letter next week", "morgen bellen we de aannemer").
  A pledge for as long as something holds ("Zolang ik directeur ben, komen er geen
  nachtvluchten", "as long as I chair the board, the campus stays open") is a plan too: it
  says what will be, not what became of it.
* ``UNDECIDED``: an option kept open, a matter not decided yet ("not recommending that yet",
  "it has to be on the table", "nobody has decided anything", "nog geen besluit", "een optie").
* ``HEDGED``: uncertain or conditional (:func:`onrecord.check.statements.modality.hedged`).
* ``DONE``: anything else: a report or a statement of fact.

What each status may decide is the evidence policy's (:func:`onrecord.check.verdicts.evidence.modality`).
"""

from __future__ import annotations

import re
from datetime import datetime

from onrecord.check.statements.modality import hedged, prospective
from onrecord.check.statements.proposal_nouns import proposed
from onrecord.mail.past_tense import simple_past
from onrecord.text.dates import parse_iso
from onrecord.text.months import MONTHS

__all__ = [
    "DONE",
    "HEDGED",
    "PLANNED",
    "UNDECIDED",
    "later_time",
    "pledge",
    "status",
    "undecided",
]

DONE, PLANNED, HEDGED, UNDECIDED = "done", "planned", "hedged", "undecided"

#: An option kept open or a matter not decided yet. "yet"/"nog" only with a negation: "not
#: … yet", "nog niet", "nog geen" ("has the report arrived yet?" is a question, not a status).
_UNDECIDED = re.compile(
    r"\b(?:not\s+(?:\w+\s+){0,3}?yet|(?:no|nothing|nobody|no\s+one)\s+(?:\w+\s+){0,3}?"
    r"(?:decided|decision)\w*(?:\s+\w+){0,3}?\s+yet|on\s+the\s+table|"
    r"(?:an|one|another)\s+option|still\s+open|open\s+question|undecided|"
    r"(?:has|have)\s+not\s+(?:been\s+)?decided|no\s+decision|"
    r"nog\s+(?:niet|geen|niets|niemand)|op\s+tafel|een\s+optie|(?:nog\s+)?open\s+vraag|"
    r"niet\s+van\s+de\s+baan|geen\s+(?:definitief\s+)?besluit|onbeslist)\b",
    re.I,
)

#: Words that put a sentence in the past or the perfect: a report, whatever time it names. A
#: Dutch simple past is read by :func:`onrecord.mail.past_tense.simple_past`, which tells it from
#: a present participle ("bestaande"), a superlative ("meeste") or a plural noun ("velden").
_PAST = re.compile(
    r"\b(?:was|were|had|did|has\s+been|have\s+been|yesterday|last\s+(?:week|month|year|night)|"
    r"ago|already|(?!need|indeed|proceed|speed|exceed|succeed)\w+ed|werd|werden|waren|hadden|"
    r"gisteren|vorige\s+(?:week|maand)|vorig\s+jaar|vanochtend|gisteravond)\b",
    re.I,
)
#: The Dutch perfect: an auxiliary and a participle ("we hebben het team verteld"; "hebben …
#: nodig" is the present).
_NL_AUX = re.compile(r"\b(?:heb|hebt|heeft|hebben|ben|bent|is|zijn)\b", re.I)
_NL_PARTICIPLE = re.compile(r"\b(?:ge|ver|be|ont|her|er)\w{2,}(?:d|t|en)\b", re.I)
#: A time after the moment of writing, whatever the month: "next week", "tomorrow",
#: "volgende week", "morgen", "straks", "binnenkort".
_AHEAD = re.compile(
    r"\b(?:next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|quarter)|"
    r"tomorrow|soon|later\s+this\s+(?:week|month|year)|in\s+the\s+coming\s+(?:days|weeks|months)|"
    r"volgende\s+(?:week|maand|maandag|dinsdag|woensdag|donderdag|vrijdag)|volgend\s+jaar|"
    r"komende\s+(?:week|maand|maandag|dinsdag|woensdag|donderdag|vrijdag)|morgen|straks|"
    r"binnenkort|overmorgen|de\s+komende\s+(?:dagen|weken|maanden))\b",
    re.I,
)
_MONTH_NAMES = "|".join(sorted((k for k in MONTHS if len(k) > 3 or k == "mei"), key=len))
#: "in June", "in juni", "on 3 June", "op 3 juni", "in June 2019": a month, maybe a year
_IN_MONTH = re.compile(
    rf"\b(?:in|on|op|per|vanaf|from|by|before|vóór|voor)\s+(?:(?:begin|eind|early|late|mid|"
    rf"half)\s+)?(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{_MONTH_NAMES})\b(?:\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)
#: "in 2020", "vanaf 2021", "from early 2022": a year, to compare with the year of writing
_IN_YEAR = re.compile(
    r"\b(?:in|from|vanaf|per|by|tegen|before|vóór|voor)\s+(?:(?:begin|eind|early|late|mid|"
    r"half)\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*(?:[-/]\d|euro|%|procent|per\s*cent))",
    re.I,
)
#: A month these words name without a year, earlier in the year than the mail, is next year's:
#: "We passen de overeenkomst per 1 januari aan" (written in September).
_FROM_WORDS = frozenset(("per", "vanaf", "from", "by"))


#: A request or an order: the mail itself is the act of asking ("Please prepare a press
#: release", "Could you call him on Monday", "Kun je …", "Graag …").
_REQUEST = re.compile(
    r"\s*(?:(?:but|and|so|maar|en|dus)\s+)?(?:please|pls|kindly|could\s+you|can\s+you|would\s+you|"
    r"will\s+you|graag|kun\s+je|kan\s+je|kunt\s+u|kun\s+jij|wil\s+je|wilt\s+u|zou\s+je|"
    r"zoudt\s+u|zou\s+u)\b",
    re.I,
)


# a participle of a separable verb: "vastgehouden", "opgegeven"
_NL_SEPARABLE = re.compile(r"\b\w+ge\w{2,}(?:d|t|en)\b", re.I)
#: A pledge for as long as something holds: "zolang ik voorzitter ben", "as long as I chair".
_AS_LONG_AS = re.compile(r"\b(?:zolang|(?:as|so)\s+long\s+as)\b[^,;.]*", re.I)


def pledge(text: str) -> bool:
    """A commitment for as long as something holds, not said in the past ("Er wordt niemand
    ontslagen zolang ik er iets over te zeggen heb"; not "Aan het plafond heb ik vastgehouden
    zolang dat verantwoord was")."""
    m = _AS_LONG_AS.search(text)
    if m is None:
        return False
    rest = text[: m.start()] + text[m.end() :]
    separable = _NL_AUX.search(rest) is not None and _NL_SEPARABLE.search(rest) is not None
    return not (past(rest) or separable)


def request(text: str) -> bool:
    """The statement asks or orders ("Could you send us the script?", "Graag voor vrijdag"):
    the mail itself is the act."""
    return _REQUEST.match(text) is not None


def undecided(text: str) -> bool:
    """An option kept open or a matter not yet decided ("not recommending that yet", "on the
    table", "nog geen besluit")."""
    return _UNDECIDED.search(text) is not None


def later_time(text: str, date: str | None) -> bool:
    """The sentence names a time after its writing: "next week", "morgen", a month (with or
    without a year, with or without a day) after the month or day of ``date`` ("in June" or "op
    27 april", written on 14 April 2019; "per 1 januari", written in September: next January),
    or a later year ("in 2020 investeren we", written in 2019)."""
    if _AHEAD.search(text):
        return True
    written = parse_iso(date)
    if written is None:
        return False
    if any(int(m.group("year")) > written.year for m in _IN_YEAR.finditer(text)):
        return True
    return any(_after(m, written) for m in _IN_MONTH.finditer(text))


def _after(m: re.Match[str], written: datetime) -> bool:
    month = MONTHS[m.group("month").lower()]
    if m.group("year"):
        year = int(m.group("year"))
    elif month < written.month and m.group(0).split()[0].lower() in _FROM_WORDS:
        year = written.year + 1  # "per 1 januari", written in September
    else:
        year = written.year
    day = int(m.group("day")) if m.group("day") else 0
    return (year, month, day) > (written.year, written.month, written.day if day else 0)


def past(text: str) -> bool:
    """A past-tense or perfect sentence: a report of what was done."""
    if _PAST.search(text) or simple_past(text):
        return True
    return _NL_AUX.search(text) is not None and _NL_PARTICIPLE.search(text) is not None


def status(text: str, date: str | None = None) -> str:
    """The statement's status (module docstring): ``PLANNED``, ``UNDECIDED``, ``HEDGED`` or
    ``DONE``. A plan by tense ("I present it in June") needs the mail's ``date``."""
    if request(text):
        return DONE  # asking is the act: "Could you call him on Monday?"
    if prospective(text) or proposed(text) or pledge(text):
        return PLANNED
    if undecided(text):
        return UNDECIDED
    if hedged(text):
        return HEDGED
    if later_time(text, date) and not past(text):
        return PLANNED
    return DONE
