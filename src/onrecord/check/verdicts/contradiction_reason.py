"""Why a statement contradicts a claim, when there is a reason one can point at.

A fact-checker calls a statement a contradiction of a claim only with a reason to show: one
side negated where the other is not ("never", "nooit", "refused", "weigerde", "opposed",
"tegen" on one side only), opposite words ("raise"/"lower", "open"/"close", "verhoogd"/
"verlaagd"), an amount, a year or a status that clashes (done against refused or not yet
decided). The builtin judge reads far more as contradiction: a paraphrase ("If we sell,
Ravenwijk becomes a feeder club for a Belgian second-tier side." against "De Graaf opposed the
sale, warning that Ravenwijk would end up supplying players to a Belgian second-tier side."),
most often across languages.

:func:`reason` names the first reason that holds between a statement and a claim's content,
each side read in its own language, or None. It reuses the detectors of the project
(:func:`onrecord.check.contradictions.opposition.opposition`: polarity, antonyms, amounts, changes each way;
:func:`onrecord.check.statements.period.other_times`: other years; :func:`onrecord.check.statements.status.status`:
an open matter against a settled one) and adds one: a verb of refusing or opposing on one side
only. Word lists, no model; English and Dutch.
"""

from __future__ import annotations

import re

from onrecord.check.contradictions.opposition import (
    AMOUNT,
    ANTONYM,
    POLARITY,
    ends,
    hedged_side,
    negated,
    opposition,
)
from onrecord.check.quantities import quantities
from onrecord.check.quantities.types import DATE, YEAR
from onrecord.check.statements.clause_polarity import main_part
from onrecord.check.statements.period import other_times, years_named
from onrecord.check.statements.status import DONE, UNDECIDED, past, status
from onrecord.check.verdicts.refusal_scope import keeps
from onrecord.text.months import MONTHS
from onrecord.text.sentences import split_sentences

__all__ = ["REFUSAL", "RULE", "STATUS", "TIME", "noted", "reason", "refuses", "same_amounts"]

REFUSAL, STATUS, TIME, RULE = "refusal", "status", "time", "rule"

#: the notes of the rules that make a statement contradict a claim on their own reading
#: (:func:`onrecord.check.verdicts.amount_evidence.amounts`, :func:`onrecord.check.verdicts.evidence.modality`, a
#: negated frame)
_RULE_NOTES = (
    "amounts differ", "changes go opposite ways", "with a hedge, not with certainty",
    "left open, not decided", "frame is negated", "a hedge of the same matter",
    "denies proposing it", "opposite words read as agreement",
)  # fmt: skip


def noted(note: str) -> str | None:
    """``RULE`` when a rule's note says why the statement contradicts the claim, else None."""
    return RULE if any(n in note for n in _RULE_NOTES) else None


#: refusing, rejecting, opposing, denying, blocking: a "no" said with a verb
_REFUSAL = re.compile(
    r"\b(?:refus\w*|reject\w*|declin\w*|oppos\w*|object(?:s|ed|ing|ion)\b|disagree\w*|den(?:y|ies|ied)|veto\w*|block(?:ed|ing)|blocks?\s+(?=(?:the|it|this|that|any|all|every|our|their|his|her|a|an)\b)|"
    r"turn(?:s|ed)?\s+down|vot(?:e|es|ed)\s+against|push(?:es|ed)?\s+back|"
    r"weiger\w*|geweigerd|afwijz\w*|afgewezen|wees\s+(?:\w+\s+){0,8}?af|wezen\s+(?:\w+\s+){0,8}?af|"
    r"verzet\w*|ontken\w*|blokkeer\w*|geblokkeerd|tegengehouden|stemde\w*\s+(?:\w+\s+){0,4}?tegen|"
    r"tegengestemd|tegenstander\w*|bezwaar\w*|oneens|onjuist|renounc\w*|waive[sd]?|gave\s+up|given\s+up|afstand\s+(?:\w+\s+){0,2}?gedaan|onwaar|incorrect|untrue|klopt\s+niet)\b",
    re.I,
)


#: going on as before: "Verloskunde gaat gewoon door", "the service continues", "blijft open"
_GOES_ON = re.compile(
    r"\b(?:continu\w*|goes\s+on|going\s+on|carr(?:y|ies|ied)\s+on|stays?\s+open|remains?\s+open|"
    r"(?:gaat|gaan|ging|gingen)\s+(?:\w+\s+){0,2}?door|doorgaan|voortgezet|blijft\s+open|"
    r"blijven\s+open|(?:houd|houdt|houden|hield|hielden)\s+(?:\w+\s+){0,3}?vast|vasthoud\w*|"
    r"stick(?:s|ing)?\s+to|stuck\s+to|holds?\s+to|holding\s+to|keeps?\s+to)\b",
    re.I,
)
#: over against under a budget or a limit: "20,000 over budget" / "under budget"
_OVER = re.compile(r"\b(?:over|above|boven|overschre\w*|exceed\w*)\b", re.I)
_UNDER = re.compile(r"\b(?:under|below|onder|binnen|within)\b", re.I)
_LIMIT = re.compile(r"\b(?:budget|begroting|limit|ceiling|plafond|grens|cap)\b", re.I)


#: past forms of stopping :func:`onrecord.check.contradictions.opposition.ends` leaves out
_STOPPED = re.compile(
    r"\b(?:stopte|stopten|hield\s+op|hielden\s+op|ophield|liet(?:en)?\s+(?:\S+\s+){0,8}?los|"
    r"dropped|abandoned)\b",
    re.I,
)


def _ends(text: str) -> bool:
    return ends(text) or _STOPPED.search(text) is not None


def goes_on_against_end(a: str, b: str) -> bool:
    """One side says a thing goes on, the other that it stops or closes ("Verloskunde gaat
    gewoon door" / "verloskunde stopte voorlopig")."""
    ga, gb = _GOES_ON.search(a) is not None, _GOES_ON.search(b) is not None
    # the going-on side may have an ending word too ("Verloskunde" reads as "verloren")
    return (ga and not gb and _ends(b)) or (gb and not ga and _ends(a))


#: an option kept open against one ruled out ("was now an option" / "is still off the table",
#: "bespreekbaar" / "out of the question")
_OPTION = re.compile(
    r"\b(?:an\s+option|on\s+the\s+table|open\s+to|bespreekbaar|een\s+optie|denkbaar)\b", re.I
)
_RULED_OUT = re.compile(
    r"\b(?:off\s+the\s+table|out\s+of\s+the\s+question|ruled?\s+out|rules\s+out|no\s+option|"
    r"niet\s+bespreekbaar|geen\s+optie|uitgesloten|uit\s+den\s+boze|geen\s+sprake\s+van)\b",
    re.I,
)


def option_against_ruled_out(a: str, b: str) -> bool:
    """One side keeps an option open, the other rules it out."""
    oa, ob = _OPTION.search(a) is not None, _OPTION.search(b) is not None
    ra, rb = _RULED_OUT.search(a) is not None, _RULED_OUT.search(b) is not None
    return (oa and not ra and rb and not ob) or (ob and not rb and ra and not oa)


def over_against_under(a: str, b: str) -> bool:
    """One side is over a budget or a limit, the other under or within it."""
    if not (_LIMIT.search(a) and _LIMIT.search(b)):
        return False
    oa, ob = _OVER.search(a) is not None, _OVER.search(b) is not None
    ua, ub = _UNDER.search(a) is not None, _UNDER.search(b) is not None
    return (oa and not ua and ub and not ob) or (ob and not ub and ua and not oa)


def refuses(text: str) -> bool:
    """The statement says no with a verb: refusing, rejecting, opposing, denying, blocking."""
    return _REFUSAL.search(text) is not None


#: a refusal named, not made: "When he forwarded Dijkstra's refusal"
_REFUSAL_NOUN = re.compile(
    r"\b(?:refusals?|rejections?|objections?|opposition|denials?|afwijzing(?:en)?|weigering(?:en)?)\b",
    re.I,
)
#: a denial made by the negation itself ("Dat gerucht klopt niet"): no refusal besides it
_DENIED_BY_NEGATION = re.compile(
    r"\b(?:klopt|klopte|klopten)\s+(?:\w+\s+)?niet\b|\bniet\s+waar\b", re.I
)


def _refuses_itself(text: str) -> bool:
    """The main clause says no with a refusing verb, not only with its negation."""
    return refuses(_REFUSAL_NOUN.sub(" ", _DENIED_BY_NEGATION.sub(" ", main_part(text))))


_WORD = re.compile(r"[\w'’]+")
#: a number in digits, with thousands separators ("25.000", "30,000") or a decimal ("3,4")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
#: a month by name; "may"/"mart" in lower case are other words
_MONTH = re.compile(
    r"\b(?:"
    + "|".join(sorted((k for k in MONTHS if len(k) > 3 or k == "mei"), key=len, reverse=True))
    + r"|May)\b",
    re.I,
)


def negations(text: str) -> int:
    """How many negation words the statement has (0 when :func:`negated` finds none: "not
    only", "without problems" negate nothing)."""
    if not negated(text):
        return 0
    return sum(1 for w in _WORD.findall(text) if negated(w))


def _number(s: str) -> float:
    parts = re.split(r"[.,]", s)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        return float("".join(parts))  # "25.000", "30,000"
    if len(parts) == 2:
        return float(f"{parts[0]}.{parts[1]}")  # "3,4", "2.9"
    return float(parts[0]) if len(parts) == 1 else float("nan")


def amounts(text: str, lang: str | None) -> set[float]:
    """The amounts a statement names, years and dates left out: its numbers in digits and the
    values of its quantities ("1,2 miljoen", "zeven musici")."""
    out = {q.lo for q in quantities(text, lang) if q.kind not in (YEAR, DATE) and q.lo == q.lo}
    for m in _NUMBER.finditer(text):
        v = _number(m.group())
        if v == v and not (len(m.group()) == 4 and 1900 <= v <= 2100):
            out.add(v)
    return out


#: below this, amounts are exact: "118 patiënten" is not "120", "96.8 percent" not "97.5"; from
#: here on a 2 % slack takes rounding ("1,15 miljoen" / "1,148,000")
ROUNDED_FROM = 1000.0


def _near(v: float, values: set[float]) -> bool:
    return any(
        v == w or (min(abs(v), abs(w)) >= ROUNDED_FROM and abs(v - w) <= 0.02 * max(abs(v), abs(w)))
        for w in values
    )


def other_amounts(a: str, b: str, lang_a: str | None, lang_b: str | None) -> bool:
    """Each side names an amount the other does not ("9 of the 34 trees" / "12 of the 34"):
    the looser reading of a clashing amount, for a contradiction the judge already read."""
    va, vb = amounts(a, lang_a), amounts(b, lang_b)
    return any(not _near(v, vb) for v in va) and any(not _near(v, va) for v in vb)


def same_amounts(statement: str, claim: str, lang_s: str | None, lang_c: str | None) -> bool:
    """The claim names amounts and the statement names every one of them ("€400,000 for a 25%
    stake" / "een belang van 25 procent voor 400.000 euro"): their content aligns."""
    vc = amounts(claim, lang_c)
    vs = amounts(statement, lang_s)
    return bool(vc) and all(_near(v, vs) for v in vc)


def other_months(a: str, b: str) -> bool:
    """Both sides name months, and no month of one is a month of the other ("went live on 1
    February" / "on 1 January 2021")."""
    ma = {MONTHS.get(m.group().lower()) for m in _MONTH.finditer(a)}
    mb = {MONTHS.get(m.group().lower()) for m in _MONTH.finditer(b)}
    return bool(ma) and bool(mb) and not ma & mb


def reason(
    statement: str,
    claim: str,
    lang_s: str | None = None,
    lang_c: str | None = None,
    date: str | None = None,
) -> str | None:
    """Why ``statement`` (written on ``date``) may contradict ``claim`` (its content, without
    the speech frame): ``polarity``, ``antonym``, ``amount`` (:mod:`onrecord.check.contradictions.opposition`),
    ``refusal`` (a refusing verb on one side only, the other side firm and not negated),
    ``time`` (they are about different years), ``status`` (one side leaves open what the other
    says was done), or None: no reason to show."""
    ns, nc = negations(main_part(statement)), negations(main_part(claim))
    rs, rc = refuses(statement), refuses(claim)
    # a refusal in the main clause of the side without the negation says no as well: "wees een
    # sluiting af" / "Er is geen enkel plan om verloskunde te sluiten", "refused to sign" /
    # "did not sign"
    spans = split_sentences(statement, lang_s)
    own = statement[spans[-1][0] : spans[-1][1]] if spans else statement  # not its context
    ms, mc, no = _refuses_itself(own), _refuses_itself(claim), negations(main_part(own))
    said_no_both = (no % 2 == 1 and nc % 2 == 0 and mc and not ms) or (
        nc % 2 == 1 and no % 2 == 0 and ms and not mc
    )
    why = opposition(statement, claim, lang_s, lang_c)
    if why is not None and not (why == POLARITY and said_no_both):
        return why
    if (
        goes_on_against_end(statement, claim)
        or over_against_under(statement, claim)
        or option_against_ruled_out(statement, claim)
    ):
        return ANTONYM
    if ns % 2 != nc % 2 and not said_no_both:
        # one side's main clause negated ("Ik sta achter dit besluit" / "stond niet achter het
        # besluit"), or two negations that are none ("nooit beloofd dat … niet")
        return POLARITY
    if other_amounts(statement, claim, lang_s, lang_c):
        return AMOUNT
    if rs != rc:
        # the other side must say yes, firmly: not negated, not a condition or a hedge ("If we
        # sell, Ravenwijk becomes a feeder club" warns against the sale "De Graaf opposed"),
        # and not what a refused ending keeps (:func:`onrecord.check.verdicts.refusal_scope.keeps`)
        refusing, other = (statement, claim) if rs else (claim, statement)
        m = _REFUSAL.search(refusing)
        scope = refusing[m.end() :] if m else ""
        if not (negated(other) or hedged_side(other) or keeps(scope, other)):
            return REFUSAL
    ys, yc = years_named(statement), years_named(claim)
    if (
        other_times(statement, date, claim, None)
        or other_months(statement, claim)
        or (ys and yc and not ys & yc)
    ):
        return TIME
    ss, sc = status(statement, date), status(claim)
    if (ss == UNDECIDED and sc == DONE and past(claim)) or (
        sc == UNDECIDED and ss == DONE and past(statement)
    ):
        return STATUS
    return None
