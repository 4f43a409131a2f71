"""Tokens of a (masked) text for quantity extraction: the token type, the tokenizer, a guess at
the text's language, the concept of a content word, and ``_ScanBase``, which holds a text's
language and tokens and looks at them by index (the base class of the scanner's parts).
"""

from __future__ import annotations

from onrecord.check.quantities.lexicon import (
    _BE,
    _CONCEPT,
    _CURRENCY_WORD,
    _DE_HINT,
    _DECIMAL_COMMA_LANGS,
    _EN_HINT,
    _EN_SMALL,
    _ENOUGH,
    _FR_HINT,
    _HEDGES,
    _HINT_WORDS,
    _MONTHS,
    _NEG,
    _NL_HINT,
    _NL_SMALL,
    _QUAL_WORDS,
    _SCALE,
    _STOP,
    _SUFFICE,
    _TOKEN,
    _VAGUE_PLURAL,
)


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


class _ScanBase:
    """A text's language and tokens, and how to look at them: the base of the scanner mixins."""

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
