"""Explicit comparison of amounts, numbers and dates between a premise and a hypothesis.

An NLI judge reads "$1B" and "only $100 million" as two sentences about money and rarely notices
that the amounts disagree. This module extracts the quantities a sentence states and compares
them as intervals, so a claim check can see a number clash (or agreement) directly. It is
stdlib only, rule-based and fast (compiled patterns; every text is analysed once and cached, a
comparison of analysed texts costs some 0.1 ms).

Usage::

    compare(statement_text, claim_text, lang_p="nl", lang_h="en")  # QuantityCheck | None
    quantities("Lumen had twaalf medewerkers in januari 2017.", "nl")  # [Quantity, ...]

Pass the statement's own text, not a framed premise; the claim checker's frame ("On 13 Jan
2016, Marcus Vale wrote: ") is recognised and skipped anyway.

Extraction (:func:`quantities`)
===============================

Each :class:`Quantity` is an interval ``[lo, hi]`` (``lo_open``/``hi_open`` mark strict bounds)
of one ``kind``:

``money``
    An amount with a currency (``$``, ``US$``, ``USD``, ``dollar(s)``, ``€``, ``EUR``,
    ``euro(s)``, ``£``, ``GBP``, ``pound(s)``; ``unit`` is the ISO code) or a bare large amount
    ("5 million", "the billions this needs": ``unit`` None, compatible with any currency).
    Scales: ``k``, ``m``/``mn``/``mln``/``M``/``Mio``, ``bn``/``B``/``mld``/``mrd``, hundred,
    thousand, million, billion, honderd, duizend, miljoen, miljard, Million(en), Milliarde(n),
    million(s), milliard(s) (German and French "Billion"/"billion" are 10^12); "half a
    million", "4 and a half million", "anderhalf miljoen", Dutch compounds ("vijfduizend").
``percent``
    ``%``, percent, per cent, procent, Prozent, pour cent, and fractions ("half of", "a third",
    "a fifth", "two thirds", "de helft", "een derde", "driekwart"); ``unit`` ``%`` (``pp`` for
    percentage points, never compared with ``%``).
``count``
    A number with the noun it counts: "40 staff", "twaalf medewerkers", "three offices",
    "dozens of engineers", "honderden mensen", "187 km". ``unit`` is the head noun ("twelve
    studio albums" → album, "a 7 year gap" → gap), normalised across English, Dutch, German and
    French for common nouns (staff = employees = people = medewerkers = Mitarbeiter …), else a
    crude stem. No noun, no count: "one of the", "no one", "at 40", "we hired 40." are not read.
``year``
    "in 2016", "since 2019", "before 2016", "between 2015 and 2017", "in the 1990s", "in de
    jaren 80", "85 BC": ``lo``/``hi`` are years.
``date``
    A month, day or part of a year: "in januari 2017", "13 January 2016", "2016-01-13",
    "13-01-2016" (an ambiguous 02/03/2016 covers both readings), "early 2016": ``lo``/``hi``
    are proleptic ordinals (``datetime.date.toordinal``), ``unit`` ``day``, ``month`` or
    ``part``. Years and dates compare with each other.

``qualifier`` names the time role (``point`` after in/on/op/im/en, ``since``, ``until``,
``before``, ``after``, ``by``, ``between``, ``around``); a year or date without one ("the 2016
budget", "e-mails uit 2016", "In the 2016 election") is a ``mention``.

Values: exact numbers have ``lo == hi`` and a rounding ``slack`` of 0.4 × the place of their
last significant digit ("40" ± 4, "$1.2B" ± 40M, "12" ± 0.4); bounds and hedges widen them:
"more than 30" (30, inf), "at least 40" [40, inf), "under/less than 5" [0, 5), "up to / at most
5" [0, 5], "about/roughly/around/ongeveer/zo'n" ±15 %, "almost/nearly/bijna" [0.85x, x],
"just over/ruim" (x, 1.15x], "only/slechts/maar" x, "40 or more", "5-10 million", "between 40
and 50", "ten or fifteen thousand". Vague amounts: "a few/een paar" [2, 5], "several/enkele"
[2, 9], "a couple of" [2, 3] times the scale ("several hundred million" [2e8, 9e8], "a few
hundred million" [2e8, 5e8]); "dozens" [24, 100), "tientallen" [20, 100), "hundreds/honderden"
[200, 1000), "thousands" [2e3, 1e6), "tens of thousands/tienduizenden" [2e4, 1e5), "millions"
[2e6, 1e9), "hundreds of millions" [2e8, 1e9), "billions/miljarden" [2e9, inf). Numbers follow
the text's language: "1.000.000", "2,5 miljoen", "€ 2,5 mln" in Dutch, German and French,
"1,000,000" and "2.5" in English; a lone "1.500"/"1,500" whose reading depends on the language
is skipped when ``lang`` is not given and the text does not make it clear.

Not quantities: times of day ("at 3pm", "om 15.00 uur", "10:30"), phone numbers, versions
("3.2.1", "v2", "version 3.2"), IP addresses, list markers, ids ("#123", "nr. 5", "page 4",
"art. 5", message ids, URLs, e-mail addresses), ordinals ("2nd", "the third meeting"), codes
and names with numbers ("Q3", "A4", "COVID-19", "Formula 3", "PlayStation 3"), arithmetic
("10 minus 4").

How the sentence uses each quantity:

- ``negated``: a negation governs the amount, with at most one word (the verb) between ("will
  never raise the billions", "didn't offer $1B", "geen 5 miljoen", Dutch "de 5 miljoen niet
  opgehaald"); not "didn't expect to raise $5M", "not only $5M", "no one raised $5M". A negated
  bound flips instead: "hasn't raised more than $5M" is at most $5M.
- ``enough``: True for "X is/would be enough", "X is more than enough", "X volstaat", "X is
  voldoende", "X reicht"; False for "X won't be enough", "X is far from enough", "X falls
  short", "X is niet genoeg", "X volstaat niet", "X is te weinig", "X ne suffit pas"; None
  otherwise, also for "enough time" (enough of something else).
- ``need`` (and ``need_negated``): the amount is what something needs or costs ("needs
  billions", "will cost $2M", "$5M is needed", "heeft 5 miljoen nodig", "we don't need $5M").
  ``plain`` is False when the amount is only the subject of a sufficiency or the object of a
  need; "raise the billions this needs" is both a raised amount and a need.
- ``per``: a rate ("$5M a year", "per maand", "each day", "annually"); ``change``: a change or
  difference, not a level ("grew by 20 %", "met 20 % gestegen", "$500,000 more than", "four
  other formations", "15 years ago"); ``hedged``: "possibly", "misschien", "could be".
- ``context``: content words near the number with their distance (up to the neighbouring
  quantity or the clause end; commas and conjunctions count as three words), normalised across
  languages for common money, staff, event and organisation words; names kept as they are.

Comparison (:func:`compare`)
============================

Each hypothesis quantity looks for a premise quantity of the same kind (money with a compatible
currency, no conversion; percent with the same unit; counts of the same noun; years and dates
together), the same rate and change/level role, and the same use (plain amounts with plain
amounts, sufficiency and need statements with each other). Among several candidates it pairs
with the one whose context words next to the number are shared most (score: the sum over shared
words of 1 / (distance in the hypothesis × distance in the premise)), only if that score is at
least 0.2 and 1.5 times the runner-up's. A lone candidate for a lone quantity pairs when any
context word is shared, or when one side is a bare fragment ("only $100 million"); times pair
when the sentences share any content word. Otherwise the quantity stays unpaired: ambiguity
gives no answer rather than a guess.

Each pair gets a relation:

``consistent``
    The premise's interval lies within the hypothesis' (an exact hypothesis number counts with
    its rounding slack): "$1.2B" vs "more than a billion", "$1.23B" vs "$1.2B", "in 2016" vs
    "between 2015 and 2017", "this needs billions" vs "several hundred million won't be
    enough". One way only: "more than a billion" vs "$1.2B" is ``overlap``.
``conflict``
    - amounts: disjoint intervals even after the rounding slack of exact numbers ("$1B" vs
      "$100 million", "ten percent" vs "a fifth", "40 staff" vs "twaalf medewerkers"; not "$1B"
      vs "$1.3B", "40" vs "42", "more than $1B" vs "$1B"), unless either side is hedged, or a
      percentage may be the complement of the other and a sentence negates or speaks of "the
      rest" ("80 % of the market" vs "20 % is not controlled by them");
    - negation: one side denies, with the same verb, a money or percentage amount the other
      asserts ("will never raise the billions" vs "could raise billions");
    - sufficiency: about the same amount, one side enough and the other not ("several hundred
      million won't be enough" vs "a few hundred million would be enough"), or no needed amount
      satisfies both ("billions needed" vs "a few hundred million would be enough", "$100M is
      enough" vs "$150M is not enough");
    - times: disjoint event times (point, before, after, by, between, around; not "since" or
      "until", not a mention) when both sentences name the same one-off event (founded, born,
      died, began, launched, released, joined, left, resigned, signed, first, … in any supported
      language): "founded in 2017" vs "founded in 2019", or both sides are bare time expressions
      ("in 2017" vs "in 2019"). "We spent $2M in 2016" vs "in 2017" is two different years,
      not a contradiction.

    A conflict is dropped (the quantity counts as unmatched) when another pairing agrees: the
    premise states the hypothesis' very number elsewhere ("54 novels, including seven under a
    pen name" vs "7 novels under a pen name"), or the hypothesis the premise's, or another
    candidate is consistent and scores at least a third as well, or the conflict's own score is
    below 0.5.
``overlap``
    Neither: the intervals overlap without containment, or the times differ without a one-off
    event. When the paired times differ, or the hypothesis' event times match none of the
    premise's, amount conflicts of the same pair are reported as overlap (different periods,
    different facts).

The result is one :class:`QuantityCheck` for the whole hypothesis: ``conflict`` when any pair
conflicts (money first, then counts, percentages, times), else ``consistent`` when every pair is
consistent, else ``overlap``; ``pairs`` holds every pair's check and ``unmatched`` counts the
hypothesis quantities that found no partner. ``None`` when the hypothesis states no quantity,
the premise none of a comparable kind, or no pair could be made.

Precision over recall: a wrong ``conflict`` would turn into a confidently wrong verdict, so
every rule above errs toward ``overlap`` or ``None``. ``benchmarks/quantities_eval.py``
measures it on FEVER, ANLI, MultiNLI, Breaking NLI and English-Dutch translations.
"""

from __future__ import annotations

import contextlib
import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from onrecord.check.quantities_lexicon import (
    _ADDITIONAL,
    _ADJ,
    _ANY_NUMBER,
    _BE,
    _CHANGE_VERB,
    _CLAUSE_END,
    _COMPARATIVE,
    _CONCEPT,
    _COORD,
    _COUNT_CONCEPTS,
    _CURRENCY_CODE,
    _CURRENCY_SYM,
    _CURRENCY_WORD,
    _DATE_PATTERNS,
    _DE_HINT,
    _DE_SMALL,
    _DECIMAL_COMMA_LANGS,
    _EN_HINT,
    _EN_SMALL,
    _ENOUGH,
    _ENOUGH_BETWEEN,
    _ERA_AD,
    _ERA_BC,
    _EVENTS,
    _FR_HINT,
    _FR_SMALL,
    _FRACTION_WHOLE,
    _FRACTIONS,
    _GOV_SKIP,
    _GROUPED,
    _HALF,
    _HEDGES,
    _HINT_WORDS,
    _INSUFFICIENT,
    _INVARIANT_PLURAL,
    _KNOWN_COUNT_NOUN,
    _MASKS_AFTER_DATES,
    _MASKS_FIRST,
    _MEASURE,
    _MONTHS,
    _NEED_BETWEEN,
    _NEED_PRED,
    _NEED_VERB,
    _NEG,
    _NEG_ADJACENT,
    _NEG_SKIP,
    _NL_HINT,
    _NL_SMALL,
    _NL_TENS,
    _NL_UNITS,
    _NOT_NOUN,
    _OF,
    _OFFSET,
    _ONE,
    _PART_OF_YEAR,
    _PARTICIPLE,
    _PER_UNITS,
    _PER_WORDS,
    _PERCENT_WORDS,
    _QUAL_LANGS,
    _QUAL_NAMES,
    _QUAL_WORDS,
    _QUALIFIERS,
    _RATE_WORDS,
    _REST,
    _SCALE,
    _SOFT_BREAK,
    _STOP,
    _SUFFICE,
    _SUFFICIENCY,
    _SUFFIX_QUAL,
    _SUFFIX_SCALE,
    _TIME_QUALIFIERS,
    _TOKEN,
    _TOO_LITTLE,
    _VAGUE_MULT,
    _VAGUE_PLURAL,
    _WEEKDAYS,
    _YEAR_RANGE,
)

__all__ = ["Quantity", "QuantityCheck", "compare", "quantities"]

INF = math.inf
CONSISTENT, CONFLICT, OVERLAP = "consistent", "conflict", "overlap"
MONEY, PERCENT, COUNT, YEAR, DATE = "money", "percent", "count", "year", "date"

# --------------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quantity:
    """One stated quantity as an interval; see the module docstring for the fields' meaning."""

    kind: str  # money | percent | count | year | date
    lo: float
    hi: float
    unit: str | None
    span: tuple[int, int]
    text: str
    lo_open: bool = False
    hi_open: bool = False
    qualifier: str | None = None  # the bound/hedge/time word: "more than", "about", "since", …
    enough: bool | None = None
    need: bool = False
    negated: bool = False
    per: str | None = None  # a rate: "per year" → "year"
    change: bool = False  # a change or difference ("grew by 20 %", "$5M more than"), no level
    hedged: bool = False  # "possibly three months", "it could be two"
    slack: float = 0.0  # rounding allowance of an exact stated number (0 for bounds, vague)
    mention: bool = False  # a year/date named without an event-time preposition
    plain: bool = True  # also a plain amount (not only the subject of enough / object of need)
    need_negated: bool = False
    verb: str | None = field(default=None, repr=False)  # the nearest content word, governing
    context: tuple[tuple[str, int], ...] = field(default=(), repr=False)  # (concept, distance)

    @property
    def exact(self) -> bool:
        return self.lo == self.hi and not (self.lo_open or self.hi_open)


@dataclass(frozen=True, slots=True)
class QuantityCheck:
    """The comparison of a premise with a hypothesis (see :func:`compare`)."""

    relation: str  # consistent | conflict | overlap
    premise_q: Quantity
    hypothesis_q: Quantity
    why: str
    pairs: tuple[QuantityCheck, ...] = ()  # every pair compared (this one included)
    unmatched: int = 0  # hypothesis quantities without a premise partner


# --------------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------------


class _Tok:
    __slots__ = ("end", "kind", "low", "sp", "start", "text")

    def __init__(self, kind: str, text: str, start: int, end: int, sp: bool) -> None:
        self.kind = kind
        self.text = text
        self.low = text.lower().replace("’", "'")
        self.start = start
        self.end = end
        self.sp = sp  # whitespace (or the start) before


def _tokens(masked: str) -> list[_Tok]:
    out: list[_Tok] = []
    prev_end = -1
    for m in _TOKEN.finditer(masked):
        a, b = m.span()
        out.append(_Tok(m.lastgroup or "punct", m.group(), a, b, prev_end < 0 or a > prev_end))
        prev_end = b
    return out


def _guess_lang(text: str) -> str | None:
    words = [w.lower() for w in _HINT_WORDS.findall(text)]
    scores = {
        "en": sum(w in _EN_HINT for w in words),
        "nl": sum(w in _NL_HINT for w in words),
        "de": sum(w in _DE_HINT for w in words),
        "fr": sum(w in _FR_HINT for w in words),
    }
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] >= 2 and ranked[0] > ranked[1]:
        return max(scores, key=lambda k: scores[k])
    return None


def _stem(word: str) -> str:
    """A concept for a listed form, else the word itself (a name) or a crude stem."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    c = _CONCEPT.get(w)
    if c:
        return c
    if word[:1].isupper():
        return w  # a name: kept whole
    for suf in ("ings", "ing", "ed", "es", "s", "en", "e"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def _content(t: _Tok) -> str | None:
    """The concept of a content word, or None for function words, numbers and lexicon words."""
    if t.kind != "word" or len(t.low) < 2:
        return None
    low = t.low
    if low in _STOP or low in _QUAL_WORDS or low in _SCALE or low in _CURRENCY_WORD:
        return None
    if low in _NEG or low.endswith("n't") or low in _ENOUGH or low in _SUFFICE or low in _BE:
        return None
    if low in _VAGUE_PLURAL or low in _MONTHS or low in _EN_SMALL or low in _NL_SMALL:
        return None
    if low in _HEDGES:
        return None
    return _stem(t.text)


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------


def _place_of_int(digits: str) -> float:
    stripped = digits.rstrip("0")
    return float(10 ** (len(digits) - len(stripped))) if stripped else 1.0


def _parse_num(s: str, decimal_comma: bool, sure: bool) -> tuple[float, float] | None:
    """(value, place of the last significant digit) of a digit string, or None."""
    if "." in s and "," in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        th = "." if dec == "," else ","
        intpart, frac = s.rsplit(dec, 1)
        groups = intpart.split(th)
        if dec in intpart or not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
            return None
        return float("".join(groups) + "." + frac), 10.0 ** -len(frac)
    sep = "." if "." in s else "," if "," in s else None
    if sep is None:
        if (len(s) > 1 and s[0] == "0") or len(s) > 10:
            return None  # 020, ids
        return float(s), _place_of_int(s)
    parts = s.split(sep)
    if len(parts) > 2:
        if not 1 <= len(parts[0]) <= 3 or any(len(g) != 3 for g in parts[1:]):
            return None
        digits = "".join(parts)
        return float(digits), _place_of_int(digits)
    a, b = parts
    if len(b) == 3 and 1 <= len(a) <= 3 and a != "0":  # 1.500 / 1,500: the language decides
        if not sure:
            return None
        if (sep == ".") == decimal_comma:
            return float(a + b), _place_of_int(a + b)
    if len(a) > 1 and a[0] == "0":
        return None
    return float(a + "." + b), 10.0 ** -len(b)


def _nl_word_number(w: str) -> float | None:
    w = w.replace("ë", "e")
    if w in _NL_SMALL:
        return _NL_SMALL[w]
    for word, scale in (("duizend", 1000), ("honderd", 100)):
        i = w.find(word)
        if i >= 0:
            left, right = w[:i], w[i + len(word) :]
            lv = 1.0 if not left else _nl_word_number(left)
            rv = 0.0 if not right else _nl_word_number(right)
            if lv is None or rv is None:
                return None
            return lv * scale + rv
    m = re.fullmatch(r"(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en([a-z]+)", w)
    if m and m.group(2) in _NL_TENS:
        return _NL_UNITS[m.group(1)] + _NL_SMALL[m.group(2)]
    return None


def _word_value(low: str, lang: str | None) -> tuple[float, float] | None:
    """(value, place) of one number word ("twelve", "twenty-five", "vijfentwintig")."""
    if low in _EN_SMALL:
        v = _EN_SMALL[low]
        return v, (10.0 if v >= 20 and v % 10 == 0 else 1.0)
    if "-" in low:
        a, _, b = low.partition("-")
        if _EN_SMALL.get(a, 0) >= 20 and b in _EN_SMALL and _EN_SMALL[b] < 10:
            return _EN_SMALL[a] + _EN_SMALL[b], 1.0
        return None
    if low == "dozen":
        return 12.0, 1.0
    v: float | None = None
    if lang in (None, "nl") or low in _NL_SMALL:
        v = _nl_word_number(low)
    if v is None and low in _DE_SMALL and lang in (None, "de"):
        v = _DE_SMALL[low]
    if v is None and low in _FR_SMALL and lang in (None, "fr"):
        v = _FR_SMALL[low]
    if v is None:
        return None
    return v, _place_of_int(str(int(v)))


def _acronym(word: str) -> bool:
    """A unit or acronym such as MW, MMBtu, EPs (not a capitalised name)."""
    return len(word) <= 6 and sum(ch.isupper() for ch in word) >= 2


def _year_start(y: float) -> float:
    """Ordinal of 1 January of year ``y`` (proleptic; years before 1 extrapolated)."""
    if 1 <= y <= 9999:
        return float(date(int(y), 1, 1).toordinal())
    return math.floor((y - 1) * 365.2425) + 1.0


# --------------------------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------------------------


@dataclass
class _Raw:
    """A quantity while it is being built."""

    kind: str
    lo: float
    hi: float
    unit: str | None
    t0: int = 0  # first token (qualifiers and currency included)
    t1: int = 0  # past the last token
    lo_open: bool = False
    hi_open: bool = False
    qualifier: str | None = None
    slack: float = 0.0
    per: str | None = None
    change: bool = False
    hedged: bool = False
    mention: bool = False
    enough: bool | None = None
    need: bool = False
    need_negated: bool = False
    negated: bool = False
    plain: bool = True
    mods: tuple[str, ...] = ()


class _Scanner:
    def __init__(self, text: str, lang: str | None) -> None:
        self.text = text
        given = (lang or "").split("-")[0].split("_")[0].lower()
        if given in ("", "und", "unknown", "none", "zxx"):
            self.lang = _guess_lang(text)
            self.sure = self.lang is not None
        else:
            self.lang, self.sure = given, True
        self.decimal_comma = self.lang in _DECIMAL_COMMA_LANGS
        self.toks: list[_Tok] = []
        self.numbers: set[float] = set()  # every number read, quantity or not

    # ---- masking and dates ------------------------------------------------------------------

    def run(self) -> list[_Raw]:
        chars = list(self.text)
        self._mask(chars, _MASKS_FIRST)
        pre: dict[int, _Raw] = {}
        self._dates(chars, pre)
        self._mask(chars, _MASKS_AFTER_DATES)
        self.toks = _tokens("".join(chars))
        out: list[_Raw] = []
        i, n = 0, len(self.toks)
        while i < n:
            t = self.toks[i]
            got: _Raw | None
            if t.kind == "q":
                got = pre.get(t.start)
                if got is not None:
                    got.t0, got.t1 = i, i + 1
                    self._time_role(got, i)
            else:
                got = self._phrase(i)
                if got is None and t.kind in ("num", "word") and (v := self._value(i)):
                    self.numbers.add(v[0])
            if got is None:
                i += 1
                continue
            out.append(got)
            i = max(got.t1, i + 1)
        return out

    @staticmethod
    def _mask(chars: list[str], patterns: list[re.Pattern[str]]) -> None:
        text = "".join(chars)
        for rx in patterns:
            for m in rx.finditer(text):
                a, b = m.span()
                if b > a and not _GROUPED.fullmatch(m.group()) and "\x01" not in m.group():
                    chars[a:b] = "\x00" * (b - a)

    def _dates(self, chars: list[str], pre: dict[int, _Raw]) -> None:
        def take(a: int, b: int, raw: _Raw) -> None:
            if not any(c in "\x00\x01" for c in chars[a:b]):
                chars[a:b] = "\x01" * (b - a)
                pre[a] = raw

        for style, rx in _DATE_PATTERNS:
            for m in rx.finditer("".join(chars)):
                got = self._date_match(style, m)
                if got is not None:
                    take(m.start(), m.end(), got)
        for m in _YEAR_RANGE.finditer("".join(chars)):
            y1, y2 = int(m.group(2)), int(m.group(3))
            sep = m.group(0)[m.end(2) - m.start() : m.start(3) - m.start()].strip().lower()
            pre_word = (m.group("pre") or "").lower()
            if sep in ("and", "en", "und", "et") and pre_word not in (
                "between",
                "tussen",
                "zwischen",
                "entre",
            ):
                continue  # "in 2016 and 2017": two years
            if y2 <= y1 or y2 - y1 > 100:
                continue
            take(m.start(), m.end(), _Raw(YEAR, float(y1), float(y2), "year", qualifier="between"))

    def _date_match(self, style: str, m: re.Match[str]) -> _Raw | None:
        g = m.groups()
        unit = "day"
        try:
            if style == "dmy":
                lo = hi = date(int(g[2]), int(_MONTHS[g[1].lower()]), int(g[0])).toordinal()
            elif style == "mdy":
                lo = hi = date(int(g[2]), int(_MONTHS[g[0].lower()]), int(g[1])).toordinal()
            elif style == "iso":
                lo = hi = date(int(g[0]), int(g[1]), int(g[2])).toordinal()
            elif style == "num":
                a, b, y = int(g[0]), int(g[2]), int(g[3])
                if self.lang not in (None, "en") or a > 12:
                    options = [(a, b)]  # day first
                elif b > 12:
                    options = [(b, a)]  # US month first
                else:
                    options = [(a, b), (b, a)]  # ambiguous: both readings
                ords = []
                for d, mo in options:
                    with contextlib.suppress(ValueError):
                        ords.append(date(y, mo, d).toordinal())
                if not ords:
                    return None
                lo, hi = min(ords), max(ords)
            else:  # month and year
                if g[0].lower() in ("may", "mar", "mars", "jan") and not g[0][0].isupper():
                    return None
                mo, y = int(_MONTHS[g[0].lower()]), int(g[1])
                lo = date(y, mo, 1).toordinal()
                hi = (date(y + 1, 1, 1) if mo == 12 else date(y, mo + 1, 1)).toordinal() - 1
                unit = "month"
        except (ValueError, KeyError):
            return None
        if not 1800 <= date.fromordinal(lo).year <= 2100:
            return None
        return _Raw(DATE, float(lo), float(hi), unit)

    def _time_role(self, raw: _Raw, i: int) -> None:
        """The time role from the words before the date or year at token ``i``."""
        j = i - 1
        if self._low(j) == "-" and not self.toks[j].sp:
            j -= 1  # mid-2016
        if raw.kind == YEAR and raw.lo == raw.hi and self._low(j) in _PART_OF_YEAR:
            m0, m1 = _PART_OF_YEAR[self._low(j)]
            y = int(raw.lo)
            raw.kind, raw.unit = DATE, "part"
            raw.lo = float(date(y, m0, 1).toordinal())
            raw.hi = float((date(y + 1, 1, 1) if m1 == 12 else date(y, m1 + 1, 1)).toordinal() - 1)
            raw.t0 = j
            j -= 1
        else:
            j = i - 1
        if raw.qualifier == "between":
            return
        if self._low(j) == "," and self._low(j - 1) in _WEEKDAYS:
            j -= 2  # "by Friday, March 3rd 2017"
        elif self._low(j) in _WEEKDAYS:
            j -= 1
        words: list[str] = []
        k = j
        while k >= 0 and len(words) < 3 and self.toks[k].kind in ("word", "punct"):
            if self.toks[k].kind == "punct" and self.toks[k].low not in (".", "/"):
                break
            words.insert(0, self.toks[k].low)
            k -= 1
        role = None
        for n in (3, 2, 1):
            if len(words) >= n and (r := _TIME_QUALIFIERS.get(tuple(words[-n:]))):
                role, raw.t0 = r, j - n + 1
                break
        if role == "point" and words[-1:] == ["en"] and self.lang != "fr":
            role = None  # Dutch "en" is "and"
        decade = raw.kind == YEAR and raw.hi - raw.lo == 9
        if role is not None and words[-1] in ("the", "de", "het") and not decade:
            role = None  # "in the 2016 election": the year names the election
        if role is None:
            raw.mention, raw.qualifier = True, None
            return
        raw.qualifier = role
        if role == "since":
            raw.hi = INF
        elif role in ("until", "by"):
            raw.lo = -INF
        elif role == "before":
            raw.lo, raw.hi, raw.hi_open = -INF, raw.lo, True
        elif role == "after":
            raw.lo, raw.hi, raw.lo_open = raw.hi, INF, True
        elif role == "around":
            pad = 1 if raw.kind == YEAR else 183
            raw.lo, raw.hi = raw.lo - pad, raw.hi + pad

    # ---- tokens -----------------------------------------------------------------------------

    def _tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def _low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def _seq(self, i: int, n: int) -> tuple[str, ...]:
        return tuple(self._low(i + k) for k in range(n))

    def _sentence_start(self, i: int) -> bool:
        """Token ``i`` begins a sentence (or a line, a quote, a bracket)."""
        if i == 0:
            return True
        prev = self.toks[i - 1]
        if prev.kind == "punct" and prev.low in ".!?:;\"“‘'(-–—•*>":
            return True
        return "\n" in self.text[prev.end : self.toks[i].start]

    def _amount_word(self, j: int) -> bool:
        """A scale, currency or percent word at token ``j``: what follows a number is an amount."""
        t = self._tok(j)
        if t is None:
            return False
        low = t.low
        return (
            (low in _SCALE and len(low) > 2)
            or low in _CURRENCY_WORD
            or t.text in _CURRENCY_CODE
            or low in ("%", "percent", "procent", "prozent", "pour")
        )

    def _is_name(self, i: int) -> bool:
        """A capitalised word inside a sentence, not one of our lexicon words: part of a name."""
        t = self._tok(i)
        if t is None or t.kind != "word" or not t.text[:1].isupper() or self._sentence_start(i):
            return False
        low = t.low
        return not (
            low in _STOP
            or low in _QUAL_WORDS
            or low in _MONTHS
            or t.text in _CURRENCY_CODE
            or low in _CURRENCY_WORD
            or low in _TIME_QUALIFIERS
            or low in _CONCEPT
            or low in _HEDGES
        )

    # ---- number phrases ---------------------------------------------------------------------

    def _value(self, i: int) -> tuple[float, float, float, int, str | None] | None:
        """A number at token ``i``: (lo, hi, place, next index, vague label) or None."""
        t = self._tok(i)
        if t is None:
            return None
        if t.kind == "num":
            prev = self._tok(i - 1)
            if prev is not None and not t.sp and prev.kind in ("word", "num", "mask", "q"):
                return None  # v2, A4, Q3
            if prev is not None and not t.sp and prev.low in ("#", "/", "."):
                return None
            if self._is_name(i - 1) and not self._amount_word(i + 1):
                return None  # Formula 3, PlayStation 3, Boeing 747 (not "Nordwind 1.2 million")
            got = _parse_num(t.text, self.decimal_comma, self.sure)
            if got is None:
                return None
            v, place = got
            j = i + 1
            nxt = self._tok(j)
            if nxt is not None and not nxt.sp and nxt.kind == "word":
                low = nxt.low
                if low == "s" and re.fullmatch(r"1[89]\d0|20\d0", t.text):
                    return v, v, place, j, None  # the 1990s
                if low not in _SUFFIX_SCALE:
                    return None  # 2nd, 3pm, 5x, 4G
                if nxt.text in ("k", "m", "b") and not self._currency_near(i):
                    return None  # 5m (metres?), 50k (anything)
                v, place = v * _SUFFIX_SCALE[low], place * _SUFFIX_SCALE[low]
                j += 1
                if self._low(j) == "." and low in ("mln", "mio", "mrd", "mld"):
                    j += 1
            elif nxt is not None and not nxt.sp and nxt.low == ".":
                after = self._tok(j + 1)
                if after is not None and not after.sp:
                    return None
            if self._seq(j, 3) in _HALF or self._seq(j, 2) in _HALF:
                v += 0.5 * (1.0 if place >= 1 else 0.0)
                place = 0.5
                j += 3 if self._seq(j, 3) in _HALF else 2
            return v, v, place, j, None
        if t.kind != "word":
            return None
        low = t.low
        if t.text[:1].isupper() and not self._sentence_start(i) and low not in _ONE:
            return None  # Formula One, the Big Four
        for key, (a, b) in _VAGUE_MULT.items():
            n = len(key)
            if self._seq(i, n) == key and self._low(i + n) in _SCALE:
                return a, b, 0.0, i + n, " ".join(key)
        if low in _VAGUE_PLURAL:
            a, b = _VAGUE_PLURAL[low]
            k = i + 2 if self._low(i + 1) in ("of", "van") else i + 1
            nxt = self._low(k)
            if a < 1e6 and nxt in _VAGUE_PLURAL and _VAGUE_PLURAL[nxt][0] >= 1e3:
                scale = _SCALE.get(nxt, 1.0)  # "tens of millions", "honderden miljoenen"
                return a * scale, b * scale, 0.0, k + 1, f"{low} of {nxt}"
            return a, b, 0.0, i + 1, low
        nxt = self._low(i + 1)
        if low in _ONE:
            if nxt in _SCALE and nxt not in _SUFFIX_SCALE and not nxt.endswith("s"):
                return 1.0, 1.0, 1.0, i + 1, None
            if nxt == "dozen":
                return 12.0, 12.0, 1.0, i + 2, None
            if low in ("one", "één") and nxt in _KNOWN_COUNT_NOUN and self._low(i - 1) != "no":
                return 1.0, 1.0, 1.0, i + 1, None
            if low in ("a", "een") and nxt == "half" and self._low(i + 2) in _SCALE:
                return 0.5, 0.5, 0.1, i + 2, None
            return None
        if low == "half" and nxt in ("a", "an") and self._low(i + 2) in _SCALE:
            return 0.5, 0.5, 0.1, i + 2, None
        if low in ("anderhalf", "anderhalve"):
            return 1.5, 1.5, 0.1, i + 1, None
        got = _word_value(low, self.lang)
        if got is None:
            return None
        v, place = got
        j = i + 1
        if low in _EN_SMALL or "-" in low:  # "two hundred and fifty", "twenty five"
            if v >= 20 and v % 10 == 0 and _EN_SMALL.get(self._low(j), 10) < 10:
                v, place, j = v + _EN_SMALL[self._low(j)], 1.0, j + 1
            if self._low(j) == "hundred":
                v, place, j = v * 100, 100.0, j + 1
                k = j + 1 if self._low(j) == "and" else j
                rest = _word_value(self._low(k), "en") if self._low(k) in _EN_SMALL else None
                if rest is not None:
                    v, place, j = v + rest[0], 1.0, k + 1
        if self._seq(j, 3) in _HALF:
            v, place, j = v + 0.5, 0.5, j + 3
        return v, v, place, j, None

    def _currency_near(self, i: int) -> bool:
        prev = self._tok(i - 1)
        if prev is not None and (prev.low in _CURRENCY_SYM or prev.text in _CURRENCY_CODE):
            return True
        nxt = self._low(i + 2)
        return nxt in _CURRENCY_WORD or nxt in _CURRENCY_SYM

    def _currency_after(self, j: int) -> tuple[str | None, int]:
        t = self._tok(j)
        if t is None:
            return None, j
        if t.kind == "sym" and t.low in _CURRENCY_SYM:
            return _CURRENCY_SYM[t.low], j + 1
        if t.low in _CURRENCY_WORD and (t.low != "eur" or t.text in ("EUR", "eur")):
            return _CURRENCY_WORD[t.low], j + 1
        if t.low.startswith("d'") and t.low[2:] in _CURRENCY_WORD:  # "millions d'euros"
            return _CURRENCY_WORD[t.low[2:]], j + 1
        if t.low in ("of", "aan", "an", "de", "d'") and self._low(j + 1) in _CURRENCY_WORD:
            return _CURRENCY_WORD[self._low(j + 1)], j + 2
        return None, j

    def _percent_after(self, j: int) -> tuple[str | None, int]:
        if self._low(j) in ("%", "‰") and self.toks[j].kind == "sym":
            return ("%", j + 1) if self._low(j) == "%" else (None, j)
        for n in (3, 2, 1):
            unit = _PERCENT_WORDS.get(self._seq(j, n))
            if unit:
                return unit, j + n
        return None, j

    def _fraction(self, i: int) -> _Raw | None:
        """ "a fifth of", "half of the", "de helft van", "two thirds", "driekwart"."""
        low = self._low(i)
        if self.toks[i].text[:1].isupper() and not self._sentence_start(i):
            return None
        if low in _FRACTION_WHOLE:
            v, j = _FRACTION_WHOLE[low], i + 1
        else:
            mult, j = 1.0, i
            if low in _ONE or low in ("de", "die", "la", "the"):
                j = i + 1
            elif low in _EN_SMALL or low in _NL_SMALL:
                wv = _word_value(low, self.lang)
                if wv is None or wv[0] > 9:
                    return None
                mult, j = wv[0], i + 1
            frac = self._low(j)
            if frac not in _FRACTIONS:
                return None
            if frac == "half":
                if j != i or self._low(j + 1) not in ("of", "the", "our", "their"):
                    return None  # "a half", "half an hour"
            elif frac in ("helft", "hälfte", "moitié"):
                if low not in ("de", "die", "la"):
                    return None
            elif j == i or low in ("de", "die", "la", "the"):
                return None  # "third", "the third day"
            if mult > 1 and not frac.endswith("s") and frac not in ("derde", "vijfde", "tiende"):
                return None
            v, j = _FRACTIONS[frac] * mult, j + 1
            nxt = self._tok(j)
            if frac != "half" and nxt is not None and nxt.kind == "word" and nxt.low not in _OF:
                return None  # "a third meeting": an ordinal
        if v > 100:
            return None
        return _Raw(PERCENT, v, v, "%", i, j, slack=0.06 * v)

    def _phrase(self, i: int) -> _Raw | None:
        t = self.toks[i]
        if t.kind == "word" and (frac := self._fraction(i)) is not None:
            self._finish(frac)
            return frac
        cur, c0, start = None, i, i
        if t.kind == "sym" and t.low in _CURRENCY_SYM:
            nxt = self._tok(i + 1)
            if nxt is None or nxt.kind != "num":
                return None
            start, cur = i + 1, _CURRENCY_SYM[t.low]
            u = self._tok(i - 1)
            if u is not None and not t.sp and u.text in ("US", "A", "C", "NZ", "HK"):
                c0, cur = i - 1, ("USD" if u.text == "US" else None)
        elif t.text in _CURRENCY_CODE and self._low(i + 1) not in ("", "."):
            start, cur = i + 1, _CURRENCY_CODE[t.text]
        elif (
            t.kind == "word" and t.text in ("US", "A", "C", "NZ", "HK") and self._low(i + 1) == "$"
        ):
            return None  # read at the "$"
        got = self._value(start)
        if got is None:
            return None
        lo, hi, place, j, vague = got
        qual = self._qualifier_before(c0)
        conn = self._low(j)
        # "fell from 60 to 55 points" is a change: read the number after "to" on its own;
        # "salaries from $50k to $80k" is a range
        if self._low(c0 - 1) in ("from", "van", "von") and conn in ("to", "tot", "bis", "-", "–"):
            k = j + 2 if self._low(j + 1) in _CURRENCY_SYM else j + 1
            nxt = self._value(k)
            before = {self._low(x) for x in range(max(0, c0 - 4), c0 - 1)}
            if nxt is None or nxt[0] * self._scale(nxt[3])[0] <= hi or before & _CHANGE_VERB:
                return None
        if self._low(c0 - 1) in ("minus", "plus", "times", "divided") or conn == "minus":
            return None  # arithmetic: "10 minus 4 miles"
        range_hi = None
        adjacent = self._tok(j)
        if (
            vague is None
            and adjacent is not None
            and adjacent.kind == "word"
            and (adjacent.low in _EN_SMALL or adjacent.low in _NL_SMALL)
            and self.toks[start].kind == "word"
            and (got2 := self._value(j)) is not None
            and got2[0] > hi
        ):
            range_hi = got2  # "thirteen fourteen years ago"
            conn = ""
        elif vague is None and (
            conn in ("-", "–", "to", "tot", "à", "bis", "or")
            or (conn == "of" and self.lang == "nl")
            or (qual is not None and qual[0] == "between" and conn in ("and", "en", "und", "et"))
        ):
            k = j + 1
            if self._low(k) in _CURRENCY_SYM:
                k += 1
            got2 = self._value(k)
            if got2 is not None and got2[4] is None:
                range_hi = got2
        if range_hi is not None:
            _, hi2, _, j2, _ = range_hi
            s1, _j = self._scale(j)
            s2, j3 = self._scale(j2)
            if s1 != 1.0:  # "$5M to $10M"
                lo, hi = lo * s1, hi2 * (s2 if s2 != 1.0 else s1)
            else:  # "5-10 million", "ten or fifteen thousand"
                lo, hi = lo * s2, hi2 * s2
            if hi < lo:
                if conn not in ("-", "–"):
                    return None
                lo, hi = hi, lo  # "4.2-3.9 million years ago"
            scale, j, place = max(s1, s2), j3, 0.0
        else:
            scale, j = self._scale(j)
            lo, hi, place = lo * scale, hi * scale, place * scale
        pct, jp = self._percent_after(j)
        post_cur, jc = self._currency_after(j)
        additional, mods = False, ()
        if pct is not None and cur is None:
            kind, unit, end = PERCENT, pct, jp
        elif cur is not None or post_cur is not None:
            if cur is not None and post_cur is not None and cur != post_cur:
                return None
            kind, unit, end = MONEY, cur or post_cur, (jc if post_cur is not None else j)
        else:
            era = self._low(j)
            numeric = self.toks[start].kind == "num" and vague is None and range_hi is None
            if numeric and scale == 1.0 and lo == int(lo) and (era in _ERA_BC or era in _ERA_AD):
                if era in _ERA_AD and self.toks[j].text not in ("AD", "CE"):
                    return None
                y = -lo if era in _ERA_BC else lo
                yr = _Raw(YEAR, y, y, "year", start, j + 1)
                self._time_role(yr, start)
                return yr
            noun, jn, additional, mods = self._noun(j, vague)
            short_decade = (
                numeric
                and scale == 1.0
                and self._low(start - 1) in ("jaren", "jahre")
                and re.fullmatch(r"[3-9]0", self.toks[start].text) is not None
            )
            if short_decade:  # "de jaren 80"
                yr = _Raw(YEAR, 1900 + lo, 1909 + lo, "year", start - 1, start + 1)
                self._time_role(yr, start - 1)
                return yr
            year_like = (
                numeric
                and scale == 1.0
                and re.fullmatch(r"(1[89]\d\d|20\d\d)", self.toks[start].text) is not None
            )
            if year_like:
                yr = _Raw(YEAR, lo, hi, "year", start, start + 1)
                decade = self.toks[start].text.endswith("0") and (
                    (self._low(j) == "s" and not self.toks[j].sp)
                    or (self._seq(j, 2) == ("'", "s") and not self.toks[j].sp)
                )
                at = start
                if decade:
                    yr.hi += 9
                    yr.t1 = j + (1 if self._low(j) == "s" else 2)
                    noun = None
                elif self._low(start - 1) in ("jaren", "jahre") and yr.lo % 10 == 0:
                    yr.hi += 9  # "in de jaren 1930"
                    at = yr.t0 = start - 1
                    noun = None
                self._time_role(yr, at)
                if noun is None or not yr.mention or noun not in _COUNT_CONCEPTS:
                    return yr
                kind, unit, end = COUNT, noun, jn  # "2000 staff"
            elif noun is not None:
                kind, unit, end = COUNT, noun, jn
            elif scale >= 1e6 or (vague is not None and lo >= 1e6):
                kind, unit, end = MONEY, None, j
            else:
                return None
        first = self.toks[start]
        if kind == COUNT and first.low in _ONE and unit not in _COUNT_CONCEPTS and scale == 1.0:
            return None
        raw = _Raw(kind, lo, hi, unit, c0, end, mods=mods)
        raw.change = additional or self._low(end) in _OFFSET
        if vague is not None:
            raw.qualifier = vague
        elif range_hi is not None:
            raw.qualifier = "range"
        else:
            raw.slack = 0.4 * place
        self._finish(raw)
        return raw

    def _scale(self, j: int) -> tuple[float, int]:
        scale = 1.0
        for _ in range(2):
            t = self._tok(j)
            if t is None or t.low not in _SCALE:
                break
            low = t.low
            if len(low) <= 2 and low not in ("mn", "bn", "tn"):
                break  # "5 m", "5 k": not a scale on their own
            if low == "cent" and self.lang != "fr":
                break
            s = _SCALE[low]
            if low in ("billion", "billions") and self.lang in ("de", "fr"):
                s = 1e12
            scale *= s
            j += 1
            if self._low(j) == "." and low in ("mln", "mio", "mrd", "mld", "bn", "mn"):
                j += 1
        return scale, j

    def _noun(self, j: int, vague: str | None) -> tuple[str | None, int, bool, tuple[str, ...]]:
        """The noun a number counts, from token ``j``: (unit, next index, additional, the
        words before the head: "twelve studio albums" → album, ("studio",))."""
        k = j
        if vague is not None and self._low(k) in ("of", "van", "de", "d'"):
            k += 1
            if self._low(k) in ("the", "de", "het", "our", "onze"):
                return None, j, False, ()
        additional = False
        run: list[str] = []
        end = k
        for n in range(4):
            t = self._tok(k + n)
            if t is None or t.kind != "word" or (n and not t.sp):
                break
            low = t.low
            if not run and low in _ADDITIONAL:
                additional = True
                continue
            if not run and (low in _ADJ or low.endswith("-time")):
                continue
            if low in ("total", "totaal", "in-total"):
                continue
            if t.text[:1].isupper() and low not in _KNOWN_COUNT_NOUN and not _acronym(t.text):
                break  # a name: "16 Primetime Emmy nominations" (but "500 MW", "3 EPs")
            if low in _NOT_NOUN or low.endswith("n't") or _word_value(low, self.lang):
                break
            if not run and not self._noun_like(low):
                break  # a verb: "5 miljoen volstaat", "de miljarden ophalen"
            c = _CONCEPT.get(low)
            if run and ((c is not None and c not in _COUNT_CONCEPTS) or low.endswith("ed")):
                break  # "12 engineers joined", "40 staff worked"
            if not run and low.endswith("ed") and low not in _KNOWN_COUNT_NOUN:
                break
            run.append(low)
            end = k + n + 1
            if low in _MEASURE or low in _INVARIANT_PLURAL or (c == "time"):
                break
            if len(low) > 3 and low.endswith("s") and not low.endswith("ss"):
                break  # the plural is the head: "two refs officiate", not "7 year gap"
        if not run:
            return None, j, False, ()
        head = run[-1]
        if _CONCEPT.get(head) == "time" and self._low(end) in _COMPARATIVE:
            return None, j, False, ()  # "three times as much"
        mods = tuple(_stem(w) for w in run[: run.index(head)])
        return _MEASURE.get(head) or _stem(head), end, additional, mods

    def _noun_like(self, low: str) -> bool:
        """Whether the first word after a number can be the noun it counts."""
        if low in _KNOWN_COUNT_NOUN or low in _MEASURE:
            return True
        if low in _SUFFICE or low in _NEED_VERB or low in _INSUFFICIENT:
            return False
        c = _CONCEPT.get(low)
        if c is not None and c not in _COUNT_CONCEPTS and not low.endswith("s"):
            return False  # "ophalen", "invested"
        if self.lang in ("nl", "de"):
            if _PARTICIPLE.match(low):
                return False  # "opgehaald", "gekregen"
            return low.endswith(("s", "en", "er", "e")) or len(low) <= 4
        return True

    def _qualifier_before(self, i: int) -> tuple[str, int] | None:
        """The bound or hedge ending right before token ``i``: (op, first token index)."""
        words: list[str] = []
        k = i - 1
        while k >= 0 and len(words) < 4:
            t = self.toks[k]
            if t.kind not in ("word", "punct") or (t.kind == "punct" and t.low != "."):
                break
            words.insert(0, t.low)
            k -= 1
        for n in (4, 3, 2, 1):
            if len(words) < n:
                continue
            key = tuple(words[-n:])
            op = _QUALIFIERS.get(key)
            if op is None:
                continue
            langs = _QUAL_LANGS.get(key)
            if langs is not None and self.lang not in langs:
                continue
            if key == ("tot",) and self._tok(i - 2) is not None and self.toks[i - 2].kind == "num":
                continue  # "van 5 tot 10"
            return op, i - n
        return None

    # ---- what surrounds the number ----------------------------------------------------------

    def _finish(self, raw: _Raw) -> None:
        """Qualifiers, rate, change, negation, sufficiency and need around ``raw``."""
        q = self._qualifier_before(raw.t0)
        op = None
        if q is not None:
            op, raw.t0 = q
        for n in (2, 1):
            sop = _SUFFIX_QUAL.get(self._seq(raw.t1, n))
            if sop is None:
                continue
            if n == 1 and self.toks[raw.t1].sp and self._low(raw.t1) == "+":
                continue
            if op is None or op == "only":
                op = sop
                raw.t1 += n
            break
        self._rate(raw)
        before = [self._low(x) for x in range(max(0, raw.t0 - 3), raw.t0)]
        if before[-1:] in (["by"], ["another"], ["nog"], ["um"]) or (
            before[-1:] in (["met"], ["de"])
            and any(w in _CHANGE_VERB for w in before + self._words_after(raw.t1, 3))
        ):
            raw.change = True
        after = self._words_after(raw.t1, 3)
        if after[:2] in (["more", "than"], ["less", "than"], ["fewer", "than"], ["meer", "dan"]):
            raw.change = True  # "$500,000 more than last year": a difference
        if after[:2] in (["minder", "dan"], ["mehr", "als"], ["weniger", "als"]):
            raw.change = True
        raw.hedged = self._hedged(raw)
        neg = self._negation_before(raw.t0)
        need_before = self._need_before(raw.t0)
        if need_before is not None:
            raw.need, raw.plain, raw.need_negated = True, False, need_before
            neg = False
        self._sufficiency(raw)
        if raw.enough is None and not raw.need:
            self._need_after(raw)
        if raw.enough is None and not raw.need and not neg:
            neg = self._negation_after(raw)
        if raw.enough is not None:
            neg = False  # "not even $5M would be enough": the sufficiency carries it
        if op is not None:
            if neg and op in ("gt", "ge", "lt", "le"):
                op = {"gt": "le", "ge": "lt", "lt": "ge", "le": "gt"}[op]
                neg = False
            self._apply_op(raw, op)
        raw.negated = neg

    def _words_after(self, k: int, n: int) -> list[str]:
        return [self._low(x) for x in range(k, k + n)]

    def _rate(self, raw: _Raw) -> None:
        """ "$5M a year", "per maand", "each day" (within the clause), "annually", "jaarlijks
        zo'n 250.000 euro"."""
        for x in range(raw.t1, min(len(self.toks), raw.t1 + 7)):
            t = self.toks[x]
            if t.kind in ("num", "q") or (t.kind == "punct" and t.low in _CLAUSE_END):
                break
            low = t.low
            if low in _RATE_WORDS:
                raw.per = _RATE_WORDS[low]
                return
            unit = _PER_UNITS.get(self._low(x + 1))
            if low in _PER_WORDS and unit and self._low(x + 2) not in ("ago", "geleden", "later"):
                if low in ("a", "an") and x != raw.t1:
                    continue  # only "$5M a year", not "… for a year"
                raw.per = unit
                if x == raw.t1:
                    raw.t1 = x + 2
                return
        for x in range(max(0, raw.t0 - 3), raw.t0):
            if self.toks[x].low in _RATE_WORDS:
                raw.per = _RATE_WORDS[self.toks[x].low]

    def _hedged(self, raw: _Raw) -> bool:
        lo, hi = max(0, raw.t0 - 8), min(len(self.toks), raw.t1 + 6)
        for x in range(lo, hi):
            t = self.toks[x]
            if t.kind == "punct" and t.low in _CLAUSE_END:
                if x < raw.t0:
                    continue
                break
            if t.low in _HEDGES:
                return True
        return self._seq(raw.t0 - 2, 2) in (
            ("could", "be"),
            ("might", "be"),
            ("may", "be"),
            ("kan", "zijn"),
            ("zou", "kunnen"),
        )

    def _apply_op(self, raw: _Raw, op: str) -> None:
        lo, hi = raw.lo, raw.hi
        raw.qualifier = _QUAL_NAMES.get(op, raw.qualifier)
        if op == "gt":
            raw.lo, raw.hi, raw.lo_open, raw.hi_open = hi, INF, True, False
        elif op == "ge":
            raw.lo, raw.hi = lo, INF
        elif op == "lt":
            raw.lo, raw.hi, raw.hi_open = 0.0, lo, True
        elif op == "le":
            raw.lo, raw.hi = 0.0, hi
        elif op == "approx":
            raw.lo, raw.hi = lo * 0.85, hi * 1.15
        elif op == "almost":
            raw.lo, raw.hi = lo * 0.85, hi
        elif op == "just_over":
            raw.lo, raw.hi, raw.lo_open = lo, hi * 1.15, True
        if op not in ("only", "between"):
            raw.slack = 0.0

    def _negation_before(self, i: int) -> bool:
        """A negation governing the amount that starts at token ``i`` (at most one word, the
        verb, between them: "never raise the billions", "didn't offer $1B", "geen 5 miljoen")."""
        k, content = i - 1, 0
        while k >= 0 and i - k <= 5:
            t = self.toks[k]
            if t.kind in ("num", "q", "mask", "sym") or (t.kind == "punct" and t.low != "'"):
                return False
            low = t.low
            if low in _NEG_ADJACENT:
                return k == i - 1
            if low in _NEG or low.endswith("n't") or (low == "pas" and self.lang == "fr"):
                return content <= 1 and self._low(k + 1) not in ("only", "just", "alleen", "nur")
            if low not in _NEG_SKIP:
                content += 1
                if content > 2:
                    return False
            k -= 1
        return False

    def _negation_after(self, raw: _Raw) -> bool:
        """Dutch/German word order: "de 5 miljoen niet opgehaald"."""
        if self.lang not in ("nl", "de"):
            return False
        k = raw.t1
        for step in range(2):
            low = self._low(k + step)
            if low in ("niet", "nooit", "nicht", "nie"):
                rest = self.toks[k + step + 1 : k + step + 3]
                return (
                    not rest
                    or rest[0].kind == "punct"
                    or (rest[0].kind == "word" and (len(rest) == 1 or rest[1].kind == "punct"))
                )
            t = self._tok(k + step)
            if t is None or t.kind != "word" or low in _ENOUGH or low in _NEED_PRED:
                return False
        return False

    def _need_before(self, i: int) -> bool | None:
        """A need verb governing the amount at token ``i``: None, or whether it is negated."""
        k, seen = i - 1, 0
        while k >= 0 and seen <= 4:
            t = self.toks[k]
            if t.kind != "word":
                return None
            if t.low in _NEED_VERB:
                return self._negation_before(k) or self._low(i - 1) in _NEG_ADJACENT
            if t.low not in _NEED_BETWEEN:
                return None
            seen += 1
            k -= 1
        return None

    def _need_after(self, raw: _Raw) -> None:
        """ "5 miljoen is nodig", "the billions this needs", "heeft 5 miljoen nodig"."""
        words = []
        for x in range(raw.t1, min(len(self.toks), raw.t1 + 5)):
            if self.toks[x].kind != "word":
                break
            words.append(self.toks[x].low)
        for n, w in enumerate(words):
            if w in _NEED_PRED or (w in _NEED_VERB and n >= 1 and w not in ("take", "takes")):
                pre = words[:n]
                raw.need = True
                raw.need_negated = any(x in _NEG or x.endswith("n't") for x in pre) or (
                    self._low(raw.t0 - 1) in _NEG_ADJACENT
                )
                relative = any(
                    x in ("that", "which", "this", "it", "we", "they", "die", "dat", "ze", "wij")
                    for x in pre
                )
                # "raise the billions this needs": also a plain amount of "raise"
                raw.plain = relative and self._governed(raw.t0)
                if raw.plain:
                    raw.need_negated = False
                return
            if w in _STOP or w in _NEG or w.endswith("n't") or w in _BE:
                continue
            if n == 0 and (w in _KNOWN_COUNT_NOUN or self.toks[raw.t1].text[:1].isupper()):
                continue
            return

    def _governed(self, i: int) -> bool:
        """A content word (the verb) before the amount at token ``i`` in the same clause."""
        k = i - 1
        while k >= 0 and i - k <= 4:
            t = self.toks[k]
            if t.kind != "word":
                return False
            if t.low not in _GOV_SKIP and t.low not in _NEG and not t.low.endswith("n't"):
                return True
            k -= 1
        return False

    def _sufficiency(self, raw: _Raw) -> None:
        """ "X won't be enough", "X would be enough", "X volstaat niet", "X is te weinig"."""
        neg = False
        start = raw.t1
        if self._low(start) in ("of", "aan", "van") and self._tok(start + 1) is not None:
            start += 2  # "$5M of funding won't be enough"
        for x in range(start, min(len(self.toks), start + 7)):
            t = self.toks[x]
            if t.kind in ("num", "q") or (t.kind == "punct" and t.low in _CLAUSE_END):
                break
            low = t.low
            pair = (low, self._low(x + 1))
            if low in _NEG or low.endswith("n't") or pair == ("far", "from"):
                neg = True
                continue
            if low in _ENOUGH or low in _SUFFICE or low in _INSUFFICIENT or pair in _TOO_LITTLE:
                nxt = self._tok(x + (2 if pair in _TOO_LITTLE else 1))
                if (
                    low in _ENOUGH
                    and nxt is not None
                    and _content(nxt) is not None
                    and nxt.low not in ("money", "geld", "funding", "financiering", "cash")
                ):
                    return  # "enough time": enough of something else
                if low in _SUFFICE:
                    after = (self._low(x + 1), self._low(x + 2))
                    neg = neg or any(a in _NEG or a == "pas" for a in after)
                if low in _INSUFFICIENT or pair in _TOO_LITTLE:
                    raw.enough = neg
                else:
                    raw.enough = not neg
                raw.plain = False
                return
            if low not in _ENOUGH_BETWEEN and t.kind != "punct":
                break
        # before: "genoeg aan 5 miljoen", "niet genoeg aan"
        if self._low(raw.t0 - 1) in ("aan", "mit", "avec") and self._low(raw.t0 - 2) in _ENOUGH:
            raw.enough = self._low(raw.t0 - 3) not in _NEG
            raw.plain = False


# --------------------------------------------------------------------------------------------
# Context windows
# --------------------------------------------------------------------------------------------


def _windows(
    toks: list[_Tok], raws: list[_Raw]
) -> list[tuple[tuple[tuple[str, int], ...], str | None]]:
    """Content words next to each quantity (with their distance), up to the neighbouring
    quantity or the clause end; commas and conjunctions count as three words. And the verb: the
    nearest content word before the amount (after it, in Dutch word order)."""
    spans = [(r.t0, r.t1) for r in raws]
    ctxs: list[dict[str, int]] = []
    verbs: list[str | None] = []
    for n, (a, b) in enumerate(spans):
        left_stop = spans[n - 1][1] if n else 0
        right_stop = spans[n + 1][0] if n + 1 < len(spans) else len(toks)
        ctx: dict[str, int] = {}
        if raws[n].kind == COUNT and raws[n].unit:
            ctx[raws[n].unit] = 1
        for m in raws[n].mods:
            ctx[m] = 1
        if raws[n].enough is not None or raws[n].need:
            ctx[_SUFFICIENCY] = 2  # statements of what suffices are about the same question
        near: list[tuple[int, str]] = []
        for rng in (range(a - 1, max(left_stop, a - 9) - 1, -1), range(b, min(right_stop, b + 7))):
            dist = 0
            for k in rng:
                t = toks[k]
                if t.kind == "punct" and t.low in _CLAUSE_END:
                    break
                if t.kind == "punct" and t.low in "()\"“”'‘’-–—":
                    continue
                dist += 3 if t.low in _SOFT_BREAK else 1
                c = _content(t)
                if c is not None:
                    if c not in ctx or ctx[c] > dist:
                        ctx[c] = dist
                    if dist <= 3:
                        near.append((dist if k < a else dist + 1, c))
        ctxs.append(ctx)
        verbs.append(min(near)[1] if near else None)
    # coordinated quantities ("$5M and $2M") share their context: their roles are not told apart
    for n in range(1, len(spans)):
        between = toks[spans[n - 1][1] : spans[n][0]]
        if between and all(t.low in _COORD for t in between) and raws[n - 1].kind == raws[n].kind:
            merged = dict(ctxs[n - 1])
            for c, d in ctxs[n].items():
                merged[c] = min(d, merged.get(c, d))
            ctxs[n - 1] = ctxs[n] = merged
    return [(tuple(sorted(c.items())), v) for c, v in zip(ctxs, verbs)]


# --------------------------------------------------------------------------------------------
# Public extraction
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Analysis:
    quantities: tuple[Quantity, ...]
    words: frozenset[str]  # content concepts of the whole text
    events: frozenset[str]  # one-off event concepts named in the text
    numbers: frozenset[float] = frozenset()  # every exact number, quantity or not
    complement: bool = False  # a negation or "the rest": percentages may be of the other part


@lru_cache(maxsize=4096)
def _analyse(text: str, lang: str | None) -> _Analysis:
    if not text or not _ANY_NUMBER.search(text):
        return _Analysis((), frozenset(), frozenset())  # most statements: nothing to read
    sc = _Scanner(text, lang)
    raws = sorted(sc.run(), key=lambda r: r.t0)
    toks = sc.toks
    qs = []
    for r, (ctx, verb) in zip(raws, _windows(toks, raws)):
        a, b = toks[r.t0].start, toks[r.t1 - 1].end
        qs.append(
            Quantity(
                kind=r.kind,
                lo=float(r.lo),
                hi=float(r.hi),
                unit=r.unit,
                span=(a, b),
                text=text[a:b],
                lo_open=r.lo_open,
                hi_open=r.hi_open,
                qualifier=r.qualifier,
                enough=r.enough,
                need=r.need,
                negated=r.negated,
                per=r.per,
                change=r.change,
                hedged=r.hedged,
                slack=r.slack,
                mention=r.mention,
                plain=r.plain,
                need_negated=r.need_negated,
                verb=verb,
                context=ctx,
            )
        )
    words = frozenset(c for t in toks if (c := _content(t)) is not None)
    numbers = frozenset(sc.numbers | {q.lo for q in qs if q.exact and q.kind != DATE})
    complement = any(
        t.low in _NEG or t.low in _NEG_ADJACENT or t.low.endswith("n't") or t.low in _REST
        for t in toks
    )
    events = frozenset(w for w in words if w in _EVENTS)
    return _Analysis(tuple(qs), words, events, numbers, complement)


def quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """The quantities ``text`` states, in order (see the module docstring)."""
    return list(_analyse(text, lang).quantities)


# --------------------------------------------------------------------------------------------
# Intervals
# --------------------------------------------------------------------------------------------

_Iv = tuple[float, float, bool, bool]  # lo, hi, lo_open, hi_open


def _iv(q: Quantity, widen: bool = False) -> _Iv:
    if q.kind in (YEAR, DATE):
        return _days(q)
    if widen and q.exact and q.slack:
        return (q.lo - q.slack, q.hi + q.slack, False, False)
    return (q.lo, q.hi, q.lo_open, q.hi_open)


def _days(q: Quantity) -> _Iv:
    """A year or date as an interval of day ordinals."""
    if q.kind == DATE:
        return (q.lo, q.hi, q.lo_open, q.hi_open)
    lo = -INF if q.lo == -INF else _year_start(q.lo)
    hi = INF if q.hi == INF else _year_start(q.hi + 1) - 1
    if q.lo_open and lo != -INF:  # after 2016: after its last day
        lo = _year_start(q.lo + 1) - 1
    if q.hi_open and hi != INF:  # before 2016: before its first day
        hi = _year_start(q.hi)
    return (lo, hi, q.lo_open, q.hi_open)


def _within(a: _Iv, b: _Iv) -> bool:
    """Interval ``a`` lies within ``b``."""
    alo, ahi, alo_o, ahi_o = a
    blo, bhi, blo_o, bhi_o = b
    lo_ok = alo > blo or (alo == blo and (not blo_o or alo_o))
    hi_ok = ahi < bhi or (ahi == bhi and (not bhi_o or ahi_o))
    return lo_ok and hi_ok


def _disjoint(a: _Iv, b: _Iv) -> bool:
    alo, ahi, alo_o, ahi_o = a
    blo, bhi, blo_o, bhi_o = b
    if ahi < blo or bhi < alo:
        return True
    if ahi == blo and (ahi_o or blo_o):
        return True
    return bhi == alo and (bhi_o or alo_o)


def _fmt(v: float) -> str:
    if v in (INF, -INF):
        return "∞" if v > 0 else "-∞"
    for div, suf in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e4, "k")):
        if abs(v) >= div:
            return f"{v / div:.4g}{suf}"
    return f"{v:.4g}"


def _fmt_iv(q: Quantity) -> str:
    if q.kind in (YEAR, DATE):
        lo, hi = _days(q)[:2]

        def d(x: float) -> str:
            if x in (INF, -INF):
                return "…"
            if x < 1:
                return f"{q.lo:.0f}" if q.kind == YEAR else "?"
            return date.fromordinal(int(x)).isoformat()

        return d(lo) if lo == hi else f"{d(lo)}..{d(hi)}"
    if q.exact:
        return _fmt(q.lo)
    left = "(" if q.lo_open else "["
    right = ")" if q.hi_open or q.hi == INF else "]"
    return f"{left}{_fmt(q.lo)}, {_fmt(q.hi)}{right}"


def _desc(q: Quantity) -> str:
    bits = [repr(q.text), _fmt_iv(q)]
    if q.unit and q.kind in (MONEY, COUNT):
        bits.append(q.unit)
    if q.per:
        bits.append(f"per {q.per}")
    if q.negated:
        bits.append("negated")
    if q.enough is not None:
        bits.append("enough" if q.enough else "not enough")
    if q.need:
        bits.append("not needed" if q.need_negated else "needed")
    return " ".join(bits)


# --------------------------------------------------------------------------------------------
# Comparison
# --------------------------------------------------------------------------------------------

#: A hypothesis quantity pairs with the best-scoring premise quantity when several are possible
#: only if its score is at least this (a shared word next to both numbers) and at least
#: ``_MARGIN`` times the runner-up's.
_MIN_SCORE = 0.2
_MARGIN = 1.5
#: A conflict stands against a non-conflicting alternative pairing only when it scores at
#: least ``_ALT_MARGIN`` times better and at least ``_STRONG``.
_ALT_MARGIN = 3.0
_STRONG = 0.5
_KIND_ORDER = {MONEY: 0, COUNT: 1, PERCENT: 2, "time": 3}
_TIME_CONFLICT_ROLES = frozenset({"point", "before", "after", "by", "between", "around"})


def _group(q: Quantity) -> str:
    return "time" if q.kind in (YEAR, DATE) else q.kind


def _suff(q: Quantity) -> bool:
    return q.enough is not None or q.need


def _comparable(p: Quantity, h: Quantity) -> bool:
    g = _group(p)
    if g != _group(h):
        return False
    if g == "time":
        return True
    if p.per != h.per or p.change != h.change:
        return False
    if g == MONEY and p.unit and h.unit and p.unit != h.unit:
        return False
    if g in (PERCENT, COUNT) and p.unit != h.unit:
        return False
    if _suff(p) and _suff(h):
        return True
    if p.enough is not None or h.enough is not None:
        return False
    return p.plain and h.plain


def _score(p: Quantity, h: Quantity) -> float:
    """Shared context: the sum over shared words of 1 / (distance in h × distance in p)."""
    pc = dict(p.context)
    return sum(
        1.0 / (d * pc[c]) for c, d in h.context if c in pc and not (h.kind == COUNT and c == h.unit)
    )


def _bare(q: Quantity) -> bool:
    """No context beyond the counted noun (a fragment such as "only $100 million")."""
    return all(c == q.unit for c, _ in q.context)


def _relate_amount(p: Quantity, h: Quantity, complement: bool = False) -> tuple[str, str]:
    pi, hi = _iv(p), _iv(h)
    if p.negated or h.negated:
        # a denial contradicts an assertion only of the same act on the same amount
        same_act = p.kind in (MONEY, PERCENT) and p.verb is not None and p.verb == h.verb
        if p.negated and h.negated:
            if _within(hi, pi):
                return CONSISTENT, "both deny; the premise denies at least as much"
            return OVERLAP, "both deny, different amounts"
        if p.negated:
            if _within(hi, pi) and same_act:
                return CONFLICT, f"the premise denies the amount the hypothesis states ({p.verb})"
            return OVERLAP, "the premise denies an amount"
        if _within(pi, hi) and same_act:
            return CONFLICT, f"the hypothesis denies the amount the premise states ({p.verb})"
        if _disjoint(_iv(p, True), _iv(h, True)):
            return CONSISTENT, "the hypothesis denies an amount the premise does not state"
        return OVERLAP, "the hypothesis denies an amount"
    if _within(pi, _iv(h, True)):
        return CONSISTENT, "the premise's amount lies within the hypothesis'"
    if _disjoint(_iv(p, True), _iv(h, True)):
        if p.kind == PERCENT and complement:
            lo, hi_, _, _ = _iv(p, True)
            if not _disjoint((100 - hi_, 100 - lo, False, False), _iv(h, True)):
                return OVERLAP, "the percentages may be of complementary parts"
        return CONFLICT, "the amounts do not overlap"
    return OVERLAP, "the amounts overlap without one containing the other"


def _threshold(q: Quantity, widen: bool) -> _Iv:
    """What a sufficiency or need statement says about the amount needed (the threshold)."""
    lo, hi, lo_o, hi_o = _iv(q, widen)
    if q.enough is True:
        return (0.0, hi, False, hi_o)
    if q.enough is False:
        return (lo, INF, True, False)
    if q.need_negated:
        return (0.0, lo, False, True)
    return (lo, hi, lo_o, hi_o)


def _relate_sufficiency(p: Quantity, h: Quantity) -> tuple[str, str]:
    opposite = p.enough is not None and h.enough is not None and p.enough != h.enough
    if opposite and not _disjoint(_iv(p, True), _iv(h, True)):
        return CONFLICT, "about the same amount: one says enough, the other not"
    if _within(_threshold(p, False), _threshold(h, True)):
        return CONSISTENT, "the premise's need or sufficiency implies the hypothesis'"
    if _disjoint(_threshold(p, True), _threshold(h, True)):
        return CONFLICT, "no amount needed satisfies both"
    return OVERLAP, "the sufficiency statements are compatible"


def _relate_time(p: Quantity, h: Quantity, pa: _Analysis, ha: _Analysis) -> tuple[str, str, bool]:
    """(relation, why, times differ) for two times."""
    pi, hi = _days(p), _days(h)
    if _within(pi, hi):
        return CONSISTENT, "the premise's time lies within the hypothesis'", False
    if not _disjoint(pi, hi):
        return OVERLAP, "the times overlap", False
    if p.mention or h.mention:
        return OVERLAP, "different times, one named in passing", True
    if p.qualifier not in _TIME_CONFLICT_ROLES or h.qualifier not in _TIME_CONFLICT_ROLES:
        return OVERLAP, "different times, but since/until leave room", True
    if not pa.words and not ha.words:
        return CONFLICT, "different times (bare time expressions)", True
    shared = pa.events & ha.events
    if not shared:
        return OVERLAP, "different times; no one-off event ties them to one moment", True
    why = f"different times for the same one-off event ({', '.join(sorted(shared))})"
    return CONFLICT, why, True


def _relate(p: Quantity, h: Quantity, pa: _Analysis, ha: _Analysis) -> tuple[str, str, bool]:
    if _group(h) == "time":
        rel, why, differ = _relate_time(p, h, pa, ha)
    elif _suff(p) and _suff(h):
        (rel, why), differ = _relate_sufficiency(p, h), False
    else:
        (rel, why), differ = _relate_amount(p, h, pa.complement or ha.complement), False
    if rel == CONFLICT and (p.hedged or h.hedged):
        rel, why = OVERLAP, why + ", but hedged (possibly, could be)"
    return rel, why, differ


def _pick(
    h: Quantity, cands: list[Quantity], ha: _Analysis, pa: _Analysis
) -> tuple[Quantity, float] | None:
    """The premise quantity ``h`` pairs with and its score, or None (none, or ambiguous)."""
    peers = [q for q in ha.quantities if any(_comparable(c, q) for c in cands)]
    scored = sorted(((_score(p, h), n, p) for n, p in enumerate(cands)), key=lambda x: -x[0])
    best, _, p = scored[0]
    if len(cands) == 1 and len(peers) == 1:
        if best > 0:
            return p, best
        if _group(h) == "time":
            return (p, 0.0) if ha.words & pa.words or not ha.words or not pa.words else None
        if _bare(h) or _bare(p):
            return p, 0.0
        return None
    second = scored[1][0] if len(scored) > 1 else 0.0
    if best < _MIN_SCORE or second * _MARGIN > best:
        return None
    return p, best


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _contested(
    p: Quantity, h: Quantity, score: float, cands: list[Quantity], ha: _Analysis, pa: _Analysis
) -> bool:
    """Another pairing agrees where this one conflicts: which amount is meant is unclear. The
    premise stating the hypothesis' very number anywhere (an elliptical "seven under a pen
    name", another amount) is such a pairing."""
    if h.exact and h.kind != DATE and any(_same(v, h.lo) for v in pa.numbers if v != p.lo):
        return True
    if p.exact and p.kind != DATE and any(_same(v, p.lo) for v in ha.numbers if v != h.lo):
        return True
    alternatives = [(q, h) for q in cands if q is not p] + [
        (p, q) for q in ha.quantities if q is not h and _comparable(p, q)
    ]
    return any(
        (score < _STRONG or _score(a, b) * _ALT_MARGIN > score)
        and _relate(a, b, pa, ha)[0] != CONFLICT
        for a, b in alternatives
    )


def compare(
    premise: str, hypothesis: str, lang_p: str | None = None, lang_h: str | None = None
) -> QuantityCheck | None:
    """Compare the quantities ``hypothesis`` states with those of ``premise``.

    Returns None when the hypothesis states no quantity, the premise none of a comparable kind,
    or no pairing is clear; else the overall relation (see the module docstring). Results are
    cached per text, so calling it for many premises against one claim is cheap."""
    if not premise or not hypothesis:
        return None
    ha = _analyse(hypothesis, lang_h)
    if not ha.quantities:
        return None
    pa = _analyse(premise, lang_p)
    if not pa.quantities:
        return None
    checks: list[tuple[int, QuantityCheck]] = []
    unmatched = 0
    times_differ = False
    for h in ha.quantities:
        cands = [p for p in pa.quantities if _comparable(p, h)]
        picked = _pick(h, cands, ha, pa) if cands else None
        if picked is None:
            unmatched += 1
            continue
        p, score = picked
        rel, why, differ = _relate(p, h, pa, ha)
        if rel == CONFLICT and _contested(p, h, score, cands, ha, pa):
            unmatched += 1
            continue
        times_differ |= differ
        checks.append(
            (_KIND_ORDER[_group(h)], QuantityCheck(rel, p, h, f"{_desc(p)} vs {_desc(h)}: {why}"))
        )
    if not checks:
        return None
    # different periods, different facts: the hypothesis' event times match none of the premise's
    h_times = [_days(q) for q in ha.quantities if _group(q) == "time" and not q.mention]
    p_times = [_days(q) for q in pa.quantities if _group(q) == "time"]
    if h_times and p_times and all(_disjoint(a, b) for a in h_times for b in p_times):
        times_differ = True
    if times_differ:
        checks = [(o, _downgrade(c) if _group(c.hypothesis_q) != "time" else c) for o, c in checks]
    pairs = tuple(c for _, c in checks)
    ordered = [c for _, c in sorted(checks, key=lambda oc: oc[0])]
    conflicts = [c for c in ordered if c.relation == CONFLICT]
    if conflicts:
        best = conflicts[0]
    elif all(c.relation == CONSISTENT for c in pairs):
        best = ordered[0]
    else:
        best = next(c for c in ordered if c.relation == OVERLAP)
    return QuantityCheck(
        best.relation, best.premise_q, best.hypothesis_q, best.why, pairs, unmatched
    )


def _downgrade(c: QuantityCheck) -> QuantityCheck:
    if c.relation != CONFLICT:
        return c
    why = c.why + " (but the sentences are about different times)"
    return QuantityCheck(OVERLAP, c.premise_q, c.hypothesis_q, why)
