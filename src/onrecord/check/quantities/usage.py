"""How a sentence uses an amount, for quantity extraction: the bound or hedge around it ("more
than", "about", "or more") and the interval it makes, a rate ("a year"), a change ("grew by"),
hedging ("possibly"), negation ("never raised", "niet opgehaald"), sufficiency ("won't be
enough", "volstaat") and need ("needs billions", "heeft 5 miljoen nodig"). ``_Usage`` is a mixin
of the scanner; :meth:`_Usage._finish` applies it all to a quantity just read.
"""

from __future__ import annotations

from onrecord.check.quantities.lexicon import (
    _BE,
    _CHANGE_VERB,
    _CLAUSE_END,
    _ENOUGH,
    _ENOUGH_BETWEEN,
    _EXCEED,
    _GOV_SKIP,
    _HEDGES,
    _INSUFFICIENT,
    _KNOWN_COUNT_NOUN,
    _NEED_BETWEEN,
    _NEED_PRED,
    _NEED_VERB,
    _NEG,
    _NEG_ADJACENT,
    _NEG_SKIP,
    _PER_UNITS,
    _PER_WORDS,
    _QUAL_LANGS,
    _QUAL_NAMES,
    _QUALIFIERS,
    _RATE_WORDS,
    _SOFT_BREAK,
    _STOP,
    _SUFFICE,
    _SUFFIX_QUAL,
    _TOO_LITTLE,
    _w,
)
from onrecord.check.quantities.tokens import _content, _ScanBase
from onrecord.check.quantities.types import DURATION, INF, MONEY, PERCENT, _Raw

#: Verbs of need that, before a duration, say how long something lasts
_TAKES = _w("take takes took taking cost costs kost kosten kostte kostten")
#: a word right after a share or a sum that measures it against another level, as a change:
#: "32 percent lower", "28% below the 2016 level", "6 procent hoger", "4% minder CO2", "5% up"
_CHANGE_AFTER = _w(
    "lower higher below above less more fewer down up lager hoger onder boven minder meer"
)


class _Usage(_ScanBase):
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
        # the verb of a Dutch change may stand a clause away: "verhoogt per 1 juli de huur met
        # 3,9 procent"
        clause: list[str] = []
        for x in range(raw.t0 - 1, max(-1, raw.t0 - 8), -1):
            if self._low(x) in _CLAUSE_END or self._low(x) in _SOFT_BREAK:
                break
            clause.append(self._low(x))
        if before[-1:] in (["by"], ["another"], ["nog"], ["um"], ["add"], ["adds"], ["added"]) or (
            before[-1:] in (["met"], ["de"])
            and any(w in _CHANGE_VERB for w in clause + self._words_after(raw.t1, 3))
        ):
            raw.change = True
        after = self._words_after(raw.t1, 3)
        if raw.kind in (PERCENT, MONEY) and (
            before[-1:] in (["down"], ["up"]) or (after and after[0] in _CHANGE_AFTER)
        ):
            raw.change = True  # "costs are down 71 percent", "6 procent hoger dan vorig jaar"
        if after[:2] in (["more", "than"], ["less", "than"], ["fewer", "than"], ["meer", "dan"]):
            raw.change = True  # "$500,000 more than last year": a difference
        if after[:2] in (["minder", "dan"], ["mehr", "als"], ["weniger", "als"]):
            raw.change = True
        raw.hedged = self._hedged(raw)
        neg = self._negation_before(raw.t0)
        need_before = self._need_before(raw.t0, raw.kind == DURATION)
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
        if neg and op is None and self._exceed_near(raw):
            neg, op = False, "le"  # "will not exceed $5M", "wordt niet overschreden": at most
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
        elif op == "well_over":  # "ruim een miljoen" is also 1.2 million
            raw.lo, raw.hi, raw.lo_open = lo, hi * 1.3, True
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

    def _exceed_near(self, raw: _Raw) -> bool:
        """A verb of going over the amount next to its negation: two words before it ("not
        exceed $5M") or three after it ("48 miljoen wordt niet overschreden")."""
        near = [self._low(x) for x in range(max(0, raw.t0 - 2), raw.t0)]
        return any(w in _EXCEED for w in near + self._words_after(raw.t1, 3))

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

    def _need_before(self, i: int, duration: bool = False) -> bool | None:
        """A need verb governing the amount at token ``i``: None, or whether it is negated.
        A duration that something takes ("takes ten working days", "kost twee uur") is how
        long it lasts, not a need."""
        k, seen = i - 1, 0
        while k >= 0 and seen <= 4:
            t = self.toks[k]
            if t.kind != "word":
                return None
            if duration and t.low in _TAKES:
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
                # "een verhoging van 2,9 procent is nodig": the size of the rise that is
                # needed, as "we need a rise of 3.9%" gives it
                elif self._low(raw.t0 - 1) in ("van", "of") and self._low(raw.t0 - 2).isalpha():
                    raw.plain = True
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
