"""One figure of one matter, read wider than :mod:`onrecord.check.figures.same_matter` reads it.

The judge reads "Kestrel bood aan te verlengen voor 400.000 euro per jaar" against "Kestrel has
offered to extend the agreement at 450,000 euros a year", or "save 9.6 million" against "In
totaal besparen we 6,9 miljoen euro", as entailment (0.97, 0.93): same matter, and it does not
weigh the number. :func:`onrecord.check.figures.same_matter.conflict` leaves these to the judge: it
asks for an exact figure on both sides and for the same concept word next to both amounts,
which across languages ("save" / "besparen", "committed" / "draagt bij") rarely holds.
:func:`clash` decides more of them, with the same guards against two figures of two things:

- each side states the compared kind (money, count, share, length of time) once, as a change
  or a level ("245 euro, 65 euro meer dan voor corona" names two), in one unit (a rate per
  day on both sides or on neither), not hedged, needed or negated; a bound
  ("more than 1.5 million", "ruim een miljoen", "about three years") is its interval, an exact
  number its rounding slack; two bounds of one direction ("no more than 45 million" / "het
  budget van 48 miljoen wordt niet overschreden": at most 48) clash when their limits differ;
- the two intervals do not overlap, and where one is a limit and the other a figure, neither
  side pledges the limit ("guaranteeing a milk price of at least 35 cents" / "the average
  milk price we paid came to 32.4 cents": the guarantee is not the price);
- one matter: a concept of :data:`GROUPS` (English and Dutch words of one figure: "save" /
  "bespar", "pay" / "betaald" / "bijdrage", "offer" / "bod") or one word (five letters in
  common: "province" / "provincie") within :data:`NEAR` words of both amounts, the words of a
  year right before an amount counted as its own ("to 2026 at 450,000 euros"); where both
  sides name a measure noun (profit, loss, budget, debt …), the same one; where one side
  does, a word of :data:`GROUPS` (a club's loss and its equity share only the club);
- not one item of a list ("Ten tweede … wat 0,9 miljoen euro bespaart": a part of the 9.6
  million the claim gives for the whole plan) nor a further one ("nog eens 15 procent"), not
  two periods (both sides date the figure, at times that do not meet; an end date "to 2026"
  does not date it), not a claim of two times, not a statement that names the claim's
  number elsewhere, and not a statement that measures its figure against another time unless
  the claim measures against the same one ("32 percent fewer than in 2017" / "24 procent
  minder dan in 2017").

:func:`sign_clash` reads one amount as a profit on one side and as a loss on the other ("made a
profit of 1.2 million" / "made a loss of 1.2 million"): the number agrees, the figure does not.
"""

from __future__ import annotations

import re

from onrecord.check.figures.amount_matter import MEASURES
from onrecord.check.figures.count_nouns import same_measure
from onrecord.check.quantities import quantities
from onrecord.check.quantities.intervals import disjoint, interval
from onrecord.check.quantities.types import COUNT, DATE, DURATION, MONEY, PERCENT, YEAR, Quantity
from onrecord.text.months import MONTH_NAME_PATTERN, MONTHS

__all__ = ["GROUPS", "NEAR", "clash", "dated_apart", "months_apart", "part", "sign_clash"]

#: How many words from the amount a shared concept may stand (on both sides).
NEAR = 5
#: Words of one figure across English and Dutch (stems: a concept matches the stem it starts
#: with). The quantity reader already makes some one concept ("bood … aan" → offer).
GROUPS: tuple[tuple[str, ...], ...] = (
    ("sav", "bespar", "bespaa"),
    ("cost", "kost", "kosten", "meerkost", "expens", "uitgav"),
    ("pay", "paid", "betaal", "betal", "bijdra", "draagt", "contribut", "committ", "brought",
     "bracht"),
    ("offer", "bied", "bod", "bood"),
    ("extend", "verleng", "prolong"),
    ("price", "prijs", "koopprijs", "worth", "waard", "valu"),
    ("invest", "spend", "spent", "besteed", "bested", "uitgeven"),
    ("budget", "begrot"),
    ("revenue", "turnover", "omzet"),
    ("debt", "schuld"),
    ("subsid", "grant"),
    ("salar", "salaris", "loon", "wage"),
    ("rent", "huur"),
    ("fee", "tarief", "tarieven"),
    ("cut", "bezuinig", "korting", "reduct", "verlag", "lower"),
    ("sell", "sold", "verkoop", "verkocht"),
    ("buy", "bought", "koop", "kocht", "acqui", "overname", "overgenomen"),
    ("overschrijd", "overrun", "exceed", "duurder"),
    ("take_time", "dur", "duur"),
    ("loss", "verlies"),
    ("profit", "winst"),
    ("deficit", "tekort"),
    ("surplus", "overschot"),
)  # fmt: skip
_POSITIVE = ("profit", "winst", "surplus", "overschot")
_NEGATIVE = ("loss", "verlies", "deficit", "tekort")
#: Days in a rate's period ("per week" → 7).
_PER_DAYS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
    "month": 30.44, "quarter": 91.31, "year": 365.25,
}  # fmt: skip
_KINDS = (MONEY, COUNT, PERCENT, DURATION)
_TIMES = (YEAR, DATE)
# time roles that do not date the figure: "extend the agreement to 2026 at 450,000 euros a year"
_NOT_ITS_TIME = ("until", "by", "before", "after")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# a figure measured against another time: "32 percent fewer than in 2017", "down from 1,420 in
# 2014", "vergeleken met 2019"
_AGAINST = re.compile(
    r"\b(?:than|dan|from|van|compared\s+(?:to|with)|vergeleken\s+met|ten\s+opzichte\s+van|"
    r"tegen(?:over)?)\s+(?:in\s+)?(?:(?:\d{1,2}\s+)?[a-z]+\s+)?((?:19|20)\d\d)\b",
    re.I,
)
# "het budget van 48 miljoen wordt niet overschreden", "will not exceed 48 million": at most 48
_NOT_EXCEEDED = re.compile(r"\b(?:overschr\w*|exceed\w*|go(?:es|ing)?\s+over|gaan?\s+over)\b", re.I)
# the end of a month of a year ("at the end of March 2021", "eind maart 2021"), a month named
# without its year ("at the end of September"), the end of a year ("at the end of 2022")
_MONTH_END = re.compile(
    rf"\b(?:(?:at\s+)?the\s+end\s+of|eind|ultimo|einde)\s+({MONTH_NAME_PATTERN})\s+(?:19|20)\d\d\b",
    re.I,
)
_MONTH_ALONE = re.compile(rf"\b({MONTH_NAME_PATTERN})\b(?!\s+(?:19|20)\d\d\b|\s+\d)", re.I)
_YEAR_END = re.compile(r"\b(?:(?:at\s+)?the\s+end\s+of|eind|ultimo|einde)\s+(?:19|20)\d\d\b", re.I)
# a year an agreement runs to: "extend the agreement to 2026", "verlengen tot en met 2026"
_END = re.compile(r"\b(?:to|till|through|tot(?:\s+en\s+met)?|t/m)\s+$", re.I)
# a limit pledged, not a figure stated: "guaranteeing a milk price of at least 35 cents"
_PLEDGE = re.compile(
    r"\b(?:guarant\w*|garand\w*|promis\w*|beloo?f\w*|pledg\w*|toezeg\w*|zegde\w*)", re.I
)
# one item of a list gives a part, not the figure: "Ten tweede … wat 0,9 miljoen euro bespaart";
# a further one is another: "de optie uitoefenen op nog eens 15 procent, voor 1,5 miljoen euro"
_PART = re.compile(
    r"\b(?:ten\s+(?:eerste|tweede|derde|vierde|vijfde)|(?:first|second|third|fourth)(?:ly)?\s*,"
    r"|nog\s+eens|a\s+further|another)\b",
    re.I,
)
# qualifiers that bound the amount one way
_UPPER = ("at most", "less than", "almost")
_LOWER = ("at least", "more than", "just over")


def _group(c: str) -> int | None:
    for n, stems in enumerate(GROUPS):
        if any(c.startswith(s) for s in stems):
            return n
    return None


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]:
        return True
    ga = _group(a)
    return ga is not None and ga == _group(b)


def _words(q: Quantity, qs: list[Quantity]) -> set[str]:
    """The concepts within :data:`NEAR` words of ``q``, with those of a year or date right
    before it ("to 2026 at 450,000 euros": the year's words were the amount's), less the noun a
    count counts (what makes two counts alike, not one matter)."""
    ctx = [c for c, d in q.context if d <= NEAR]
    for t in qs:
        if t.kind in _TIMES and 0 <= q.span[0] - t.span[1] <= 4:
            ctx += [c for c, d in t.context if d <= NEAR]
    unit = (q.unit or "")[:4].casefold() if q.kind == COUNT else ""
    return {
        c for c in ctx
        if len(c) >= 3 and c not in ("total", "totaal", "compar", "<sufficiency>", "<need>")
        and not (unit and c.casefold().startswith(unit))
    }  # fmt: skip


def _measures(words: set[str]) -> set[int]:
    return {n for c in words for n, m in enumerate(MEASURES) if c.startswith(m[:5])}


def _one_matter(p: Quantity, h: Quantity, ps: list[Quantity], hs: list[Quantity]) -> bool:
    wp, wh = _words(p, ps), _words(h, hs)
    mp, mh = _measures(wp), _measures(wh)
    if mp and mh and not mp & mh:
        return False  # "loss" is no "deficit"
    if bool(mp) != bool(mh):  # "a loss of 1.3 million" / "the club's negative equity": the
        # shared word must be a word of the figure, not the club both are of
        return any(_group(a) is not None and _group(a) == _group(b) for a in wp for b in wh)
    return any(_same(a, b) for a in wp for b in wh)


def _bound(q: Quantity, said: str) -> Quantity:
    """An amount not to be exceeded ("budget van 48 miljoen wordt niet overschreden", read as at
    most 48 by the quantity reader) is a limit of what it costs."""
    if (q.negated or q.qualifier == "at most") and q.kind == MONEY and _NOT_EXCEEDED.search(said):
        return Quantity(
            q.kind, 0.0, q.hi, q.unit, q.span, q.text, qualifier="at most", per=q.per,
            context=(*q.context, ("cost", 1)),
        )  # fmt: skip
    return q


def _usable(q: Quantity) -> bool:
    need = q.need and q.qualifier not in (*_UPPER, *_LOWER)  # "would cost no more than 45"
    return (
        q.kind in _KINDS
        and not (q.negated or q.hedged or need or q.need_negated)
        and q.enough is None
        and (q.per is None or q.per in _PER_DAYS)
    )


def _alike(p: Quantity, h: Quantity) -> bool:
    if (p.per is None) != (h.per is None) or p.change != h.change:
        return False
    return same_measure(p, h)


def _interval(q: Quantity, widen: bool = True) -> tuple[float, float, bool, bool]:
    """The amount as an interval per day for a rate; ``widen``: with an exact number's
    rounding slack."""
    lo, hi, lo_o, hi_o = interval(q, widen)
    d = _PER_DAYS[q.per] if q.per else 1.0
    return (lo / d, hi / d, lo_o, hi_o)


def _side(q: Quantity) -> str | None:
    if q.qualifier in _UPPER:
        return "upper"
    if q.qualifier in _LOWER:
        return "lower"
    return None


def _differs(p: Quantity, h: Quantity, pledge: bool) -> bool:
    """The two give other figures; a limit against a figure not where one side pledges the
    limit (a guaranteed minimum price is not the price paid)."""
    if disjoint(_interval(p), _interval(h)):
        return not (pledge and (_side(p) is None) != (_side(h) is None))
    # two limits of one direction: what was promised is the limit itself
    side = _side(h)
    if side is None or side != _side(p):
        return False
    a = p.hi if side == "upper" else p.lo
    b = h.hi if side == "upper" else h.lo
    return abs(a - b) > 0.02 * max(abs(a), abs(b))


def _times(text: str, lang: str | None) -> list[Quantity]:
    """The times that date a figure: not an end ("to 2026") nor the time a figure is measured
    against ("fewer than in 2017")."""
    against = [m.span(1) for m in _AGAINST.finditer(text)]
    return [
        q for q in quantities(text, lang)
        if q.kind in _TIMES and not q.negated and q.qualifier not in _NOT_ITS_TIME
        and not _END.search(text, 0, q.span[0])
        and not any(a <= q.span[0] < b or q.span[0] <= a < q.span[1] for a, b in against)
    ]  # fmt: skip


def _months(text: str, bare: bool) -> set[int]:
    """The months a figure is dated by: ``bare``, those named without a year ("at the end of
    September", "eind maart": of the writer's year); else the month whose end dates a level
    ("at the end of 2022", "eind 2022": December; "at the end of March 2021"). A month of an act
    ("In June 2020 Clarke proposed a rise of 1.3%") dates the act, not the figure."""
    if not bare:
        out = {MONTHS[m.group(1).lower()] for m in _MONTH_END.finditer(text)}
        return out | ({12} if _YEAR_END.search(text) else set())
    return {
        MONTHS[m.group(1).lower()]
        for m in _MONTH_ALONE.finditer(text)
        if m.group(1) != "may"  # the verb, not the month
    }


def months_apart(said: str, claim: str) -> bool:
    """The statement dates its figure by a month of its writer's year, and the claim by
    another month ("96.8 percent at the end of September" / "at the end of 2022, 97.5")."""
    ms, mc = _months(said, bare=True), _months(claim, bare=False)
    return bool(ms and mc) and not ms & mc


def dated_apart(said: str, claim: str, lang_s: str | None, lang_c: str | None) -> bool:
    """The statement dates its figure at a time the claim's does not meet."""
    if months_apart(said, claim):
        return True
    ts, tc = _times(said, lang_s), _times(claim, lang_c)
    return bool(ts and tc) and not any(
        not disjoint(interval(a), interval(b)) for a in ts for b in tc
    )


def _two_times(claim: str, lang: str | None) -> bool:
    ts = _times(claim, lang)
    return any(disjoint(interval(a), interval(b)) for a in ts for b in ts)


def _restated(said: str, h: Quantity) -> bool:
    digits = {re.sub(r"[.,]", "", n) for n in _NUMBER.findall(said)}
    return h.lo == int(h.lo) and str(int(h.lo)) in digits


def _against_other(said: str, claim: str) -> bool:
    """The statement measures its figure against another time, and the claim not against the
    same one."""
    ys = {m.group(1) for m in _AGAINST.finditer(said)}
    return bool(ys) and not ys <= {m.group(1) for m in _AGAINST.finditer(claim)}


def clash(said: str, claim: str, lang_said: str | None, lang_claim: str | None) -> str | None:
    """Why ``said`` gives another figure of the claim's matter (see the module), or None."""
    return _figure(said, claim, lang_said, lang_claim, part=False)


def part(said: str, claim: str, lang_said: str | None, lang_claim: str | None) -> str | None:
    """Why ``said`` gives one part of the figure the claim gives for the whole ("Ten tweede …
    wat 0,9 miljoen euro bespaart" / "the plan was meant to save 9.6 million"), or None: it
    neither bears the claim's figure out nor contradicts it."""
    return _figure(said, claim, lang_said, lang_claim, part=True)


def _figure(
    said: str, claim: str, lang_said: str | None, lang_claim: str | None, part: bool
) -> str | None:
    if (_PART.search(said) is not None) != part:
        return None
    all_s, all_c = quantities(said, lang_said), quantities(claim, lang_claim)
    qs = [_bound(q, said) for q in all_s]
    qs = [q for q in qs if _usable(q)]
    qh = [q for q in all_c if _usable(q)]
    for h in qh:
        match = [p for p in qs if _alike(p, h)]
        if len(match) != 1 or sum(_alike(match[0], o) for o in qh) != 1:
            continue
        p = match[0]
        if sum(q.kind == p.kind for q in all_s) != 1 or sum(q.kind == h.kind for q in all_c) != 1:
            continue  # "kost 245 euro, 65 euro meer dan voor corona": which is the claim's?
        pledge = bool(_PLEDGE.search(said) or _PLEDGE.search(claim))
        if not _differs(p, h, pledge) or not _one_matter(p, h, all_s, all_c):
            continue
        if (
            _restated(said, h)
            or dated_apart(said, claim, lang_said, lang_claim)
            or _two_times(claim, lang_claim)
            or _against_other(said, claim)
        ):
            continue
        return f"{'a part of the' if part else 'one'} figure, {h.kind}: {p.text!r} vs {h.text!r}"
    return None


def _sign(words: set[str]) -> int:
    pos = any(c.startswith(s) for c in words for s in _POSITIVE)
    neg = any(c.startswith(s) for c in words for s in _NEGATIVE)
    return 0 if pos == neg else (1 if pos else -1)


def sign_clash(said: str, claim: str, lang_said: str | None, lang_claim: str | None) -> str | None:
    """One sum of money a profit on one side and a loss on the other, or None."""
    all_s, all_c = quantities(said, lang_said), quantities(claim, lang_claim)
    qs = [q for q in all_s if _usable(q) and q.kind == MONEY]
    qh = [q for q in all_c if _usable(q) and q.kind == MONEY]
    if len(qs) != 1 or len(qh) != 1 or not _alike(qs[0], qh[0]):
        return None
    p, h = qs[0], qh[0]
    sp, sh = _sign(_words(p, all_s)), _sign(_words(h, all_c))
    if sp == 0 or sh == 0 or sp == sh or disjoint(_interval(p), _interval(h)):
        return None
    if dated_apart(said, claim, lang_said, lang_claim):
        return None
    return f"a {'profit' if sh > 0 else 'loss'} against a {'profit' if sp > 0 else 'loss'}"
