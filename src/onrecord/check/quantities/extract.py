"""Quantity extraction: runs the scanner over a text, adds each quantity's context words and
governing verb, and caches the analysis of each text (``_analyse``, used by the comparison);
:func:`quantities` is the public entry point.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from onrecord.check.quantities.durations import DURATION_WORDS
from onrecord.check.quantities.lexicon import (
    _ANY_NUMBER,
    _CLAUSE_END,
    _COORD,
    _EVENTS,
    _NEG,
    _NEG_ADJACENT,
    _REST,
    _SOFT_BREAK,
    _SUFFICIENCY,
)
from onrecord.check.quantities.scan import _Scanner
from onrecord.check.quantities.tokens import _content, _Tok
from onrecord.check.quantities.types import COUNT, DATE, Quantity, _Raw


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


@dataclass(frozen=True, slots=True)
class _Analysis:
    quantities: tuple[Quantity, ...]
    words: frozenset[str]  # content concepts of the whole text
    events: frozenset[str]  # one-off event concepts named in the text
    numbers: frozenset[float] = frozenset()  # every exact number, quantity or not
    complement: bool = False  # a negation or "the rest": percentages may be of the other part


@lru_cache(maxsize=4096)
def _analyse(text: str, lang: str | None) -> _Analysis:
    if not text or not (_ANY_NUMBER.search(text) or DURATION_WORDS.search(text)):
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
    """The quantities ``text`` states, in order (see :mod:`onrecord.check.quantities`)."""
    return list(_analyse(text, lang).quantities)
