"""The scanner of quantity extraction: masks what is not a quantity (times of day, versions,
ids, URLs), reads dates first, then walks the tokens and reads each number phrase: the number
(digits, words, vague amounts such as "dozens"), its scale ("million", "bn"), a range ("5-10"),
and what it is: money (a currency), a percentage or fraction, a year, or a count (the noun it
counts). ``_Scanner`` combines the date reading of ``_Dates`` and the usage reading of
``_Usage``.
"""

from __future__ import annotations

import re

from onrecord.check.quantities.dates import _Dates
from onrecord.check.quantities.durations import (
    DURATION_CHANGE,
    _Durations,
    duration_unit,
    is_time_unit,
    joined,
)
from onrecord.check.quantities.lexicon import (
    _ADDITIONAL,
    _ADJ,
    _CHANGE_VERB,
    _CLAUSE_END,
    _COMPARATIVE,
    _CONCEPT,
    _COUNT_CONCEPTS,
    _CURRENCY_CODE,
    _CURRENCY_SYM,
    _CURRENCY_WORD,
    _EN_SMALL,
    _ERA_AD,
    _ERA_BC,
    _FRACTION_WHOLE,
    _FRACTIONS,
    _GROUPED,
    _HALF,
    _HEDGES,
    _INSUFFICIENT,
    _INVARIANT_PLURAL,
    _KNOWN_COUNT_NOUN,
    _MEASURE,
    _MONTHS,
    _NEED_VERB,
    _NL_SMALL,
    _NOT_NOUN,
    _OF,
    _OFFSET,
    _ONE,
    _PARTICIPLE,
    _PERCENT_WORDS,
    _QUAL_WORDS,
    _SCALE,
    _STOP,
    _SUFFICE,
    _SUFFIX_SCALE,
    _TIME_QUALIFIERS,
    _VAGUE_MULT,
    _VAGUE_PLURAL,
    _w,
)
from onrecord.check.quantities.masks import MASKS_AFTER_DATES, MASKS_FIRST
from onrecord.check.quantities.numbers import _acronym, _parse_num, _word_value
from onrecord.check.quantities.tokens import _stem, _tokens
from onrecord.check.quantities.types import COUNT, DURATION, MONEY, PERCENT, YEAR, _Raw

#: Halving is a change by half ("halve the budget", "gehalveerd"); Dutch "halve" is "half a"
_HALVING = _w(
    "halved halving halveren halveert halveerde halveerden gehalveerd halvering halbiert "
    "halbieren halbierte"
)
#: English singular time units: before a noun they are a modifier ("a 7 year gap")
_EN_SINGULAR_TIME = _w("second minute hour day week month year")
#: Before a number and "uur": a time of day ("om drie uur", "tot vijf uur"), no duration
_CLOCK_BEFORE = _w("om tegen rond vanaf van tot omstreeks uiterlijk sinds")
# "one" after these is the number, not a pronoun ("only one vet"); "één" always is
_SOLE = _w("only just exactly maar slechts precies")
# "één ding wil ik toevoegen", "one of the": no count
_ONE_NOT_COUNTED = _w("ding thing van of op in keer moment")
#: where a clause ends, looking back from a number for "the number of" / "het aantal"
_CLAUSE_END_MARKS = _CLAUSE_END | {","}


# the words of a half ("half" only before "of the"; the others after "de"/"die"/"la")
_HALVES = ("half", "helft", "hälfte", "moitié")


class _Scanner(_Dates, _Durations):
    """Reads the quantities of one text: ``run`` returns them as ``_Raw`` in order."""

    def run(self) -> list[_Raw]:
        chars = list(self.text)
        self._mask(chars, MASKS_FIRST)
        pre: dict[int, _Raw] = {}
        self._dates(chars, pre)
        self._mask(chars, MASKS_AFTER_DATES)
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
            if out and self._joined(out[-1], got):
                i = max(got.t1, i + 1)
                continue
            out.append(got)
            i = max(got.t1, i + 1)
        return out

    def _joined(self, first: _Raw, second: _Raw) -> bool:
        """ "3 hours and 35 minutes": the second part added to the first."""
        between = [self._low(x) for x in range(first.t1, second.t0)]
        heads = self._low(first.t1 - 1), self._low(second.t1 - 1)
        return joined(first, second, heads[0], heads[1], between)

    @staticmethod
    def _mask(chars: list[str], patterns: list[re.Pattern[str]]) -> None:
        text = "".join(chars)
        for rx in patterns:
            for m in rx.finditer(text):
                a, b = m.span()
                if b > a and not _GROUPED.fullmatch(m.group()) and "\x01" not in m.group():
                    chars[a:b] = "\x00" * (b - a)

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
            if self._sole_one(i):
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

    def _sole_one(self, i: int) -> bool:
        """ "één" (the Dutch numeral, never the article "een") or "one" after "only", "just",
        "maar", "slechts" before a noun: "maar één dierenarts", "only one vet" count one."""
        low, nxt = self._low(i), self._low(i + 1)
        if low not in ("one", "één") or nxt in _ONE_NOT_COUNTED:
            return False
        if low == "one" and self._low(i - 1) not in _SOLE:
            return False
        t = self._tok(i + 1)
        return t is not None and t.kind == "word" and self._noun_like(nxt)

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
        if low in _HALVING or (low == "halve" and self.lang == "en"):
            return _Raw(PERCENT, 50.0, 50.0, "%", i, i + 1, change=True)  # a cut by half
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
            elif frac in _HALVES[1:]:
                if low not in ("de", "die", "la"):
                    return None
            elif j == i or low in ("de", "die", "la", "the"):
                return None  # "third", "the third day"
            if (
                mult > 1
                and not frac.endswith("s")
                and frac not in ("derde", "vijfde", "tiende", "kwart")
            ):
                return None
            v, j = _FRACTIONS[frac] * mult, j + 1
            nxt = self._tok(j)
            if (
                frac not in _HALVES
                and nxt is not None
                and nxt.kind == "word"
                and nxt.low not in _OF
            ):
                return None  # "a third meeting": an ordinal ("voor de helft op hun geld" is none)
        if v > 100:
            return None
        return _Raw(PERCENT, v, v, "%", i, j, slack=0.06 * v)

    def _phrase(self, i: int) -> _Raw | None:
        t = self.toks[i]
        if t.kind == "word" and (dur := self._word_duration(i)) is not None:
            self._finish(dur)
            dur.change = dur.change or self._low(dur.t1) in DURATION_CHANGE
            return dur
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
            elif scale == 1.0 and (counted := self._number_of_before(start)) is not None:
                kind, unit, end = COUNT, counted, j  # "het aantal nachtslots gaat naar tien"
            else:
                return None
            if kind == COUNT and (dur := self._duration_noun(start, j, end)) is not None:
                if dur[0] == "time of day":
                    return None
                kind, unit = DURATION, dur[0]
                lo, hi, place = lo * dur[1], hi * dur[1], place * dur[1]
        first = self.toks[start]
        if (
            kind == COUNT
            and first.low in _ONE
            and unit not in _COUNT_CONCEPTS
            and scale == 1.0
            and not self._sole_one(start)
        ):
            return None
        raw = _Raw(kind, lo, hi, unit, c0, end, mods=mods)
        raw.change = additional or self._low(end) in _OFFSET
        if kind == DURATION and self._low(end) in DURATION_CHANGE:
            raw.change = True  # "35 minutes longer", "tien minuten extra"
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
            if not self._noun_like(low):
                break  # a verb: "5 miljoen volstaat"; a predicate: "twee artsen aanwezig"
            c = _CONCEPT.get(low)
            if run and ((c is not None and c not in _COUNT_CONCEPTS) or low.endswith("ed")):
                break  # "12 engineers joined", "40 staff worked"
            if not run and low.endswith("ed") and low not in _KNOWN_COUNT_NOUN:
                break
            run.append(low)
            end = k + n + 1
            if low in _MEASURE or low in _INVARIANT_PLURAL or c == "time":
                break
            if is_time_unit(low) and not (
                low in _EN_SINGULAR_TIME and self._noun_follows(k + n + 1)
            ):
                break  # "tien minuten langer"; not "a 7 year gap", "a 45 minute drive"
            if len(low) > 3 and low.endswith("s") and not low.endswith("ss"):
                break  # the plural is the head: "two refs officiate", not "7 year gap"
        if not run:
            return None, j, False, ()
        head = run[-1]
        if _CONCEPT.get(head) == "time" and self._low(end) in _COMPARATIVE:
            return None, j, False, ()  # "three times as much"
        mods = tuple(_stem(w) for w in run[: run.index(head)])
        return _MEASURE.get(head) or _stem(head), end, additional, mods

    def _number_of_before(self, start: int) -> str | None:
        """The noun a bare number counts when its clause opened with "the number of X" / "het
        aantal X" ("het aantal nachtslots gaat naar tien per week", "the number of night slots
        was cut to four"): X's stem, else None."""
        for k in range(start - 1, max(-1, start - 12), -1):
            t = self.toks[k]
            if t.kind == "punct" and t.low in _CLAUSE_END_MARKS:
                return None
            if t.low not in ("aantal", "number"):
                continue
            if self._low(k - 1) in ("a", "een"):
                return None  # "a number of people", "een aantal mensen": some, not a count
            x = k + 1
            while self._low(x) in ("of", "van", "aan", "the", "de", "het", "our", "onze"):
                x += 1
            words = [self._low(n) for n in range(x, min(x + 2, start))]
            if not words or not all(self._tok(x + n).kind == "word" for n in range(len(words))):
                return None
            head = words[0]
            if (
                len(words) == 2
                and len(words[1]) > 3
                and words[1] not in _NOT_NOUN
                and self._noun_like(words[1])
                and words[1].endswith("s")
            ):
                head = words[1]  # "the number of night slots"
            if not self._noun_like(head) or _word_value(head, self.lang):
                return None
            return _MEASURE.get(head) or _stem(head)
        return None

    def _duration_noun(self, start: int, j: int, end: int) -> tuple[str, float] | None:
        """The unit and factor when the noun a number (from token ``start``) counts (tokens
        ``j`` to ``end``) is a time unit ("35 minutes", "ten working days"); ("time of day", 0)
        for "om drie uur", "van 9 tot 17 uur"."""
        got = duration_unit(tuple(self._low(x) for x in range(max(j, end - 2), end)))
        if got is None:
            return None
        if self._low(end - 1) == "uur" and self._low(start - 1) in _CLOCK_BEFORE:
            return "time of day", 0.0
        return got

    def _noun_follows(self, k: int) -> bool:
        """A word that can head a count follows at token ``k`` ("a 7 year gap")."""
        t = self._tok(k)
        return (
            t is not None
            and t.kind == "word"
            and t.low not in _NOT_NOUN
            and not t.low.endswith("n't")
            and t.low not in DURATION_CHANGE
            and _CONCEPT.get(t.low) is None
        )

    def _noun_like(self, low: str) -> bool:
        """Whether the first word after a number can be the noun it counts."""
        if low in _KNOWN_COUNT_NOUN or low in _MEASURE or is_time_unit(low):
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
