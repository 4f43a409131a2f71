"""Reading single numbers for quantity extraction: digit strings in the text's number format
("1.500", "2,5", "1,000,000") and number words in English, Dutch, German and French ("twelve",
"twenty-five", "vijfentwintig"), each with the place of its last significant digit.
"""

from __future__ import annotations

import re

from onrecord.check.quantities.lexicon import (
    _DE_SMALL,
    _EN_SMALL,
    _FR_SMALL,
    _NL_SMALL,
    _NL_TENS,
    _NL_UNITS,
)


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


def word_number(word: str) -> float | None:
    """The value of an English or Dutch number word ("five" -> 5, "één" -> 1), or None."""
    low = word.lower()
    got = _word_value(low, "en") or _word_value(low, "nl")
    return None if got is None else got[0]


def number_word(word: str) -> bool:
    """``word`` is an English or Dutch number word ("Twelve", "Forty-two", "Vijfentwintig")."""
    return word_number(word) is not None


def _acronym(word: str) -> bool:
    """A unit or acronym such as MW, MMBtu, EPs (not a capitalised name)."""
    return len(word) <= 6 and sum(ch.isupper() for ch in word) >= 2


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")


def digit_figures(text: str) -> set[str]:
    """The numbers written in digits that are not years, without their separators, so that
    "1,150" and "1.150", "3,8" and "3.8" meet: a quick test of whether two sentences give the
    same figures, without reading their units."""
    out = set()
    for m in _DIGITS.finditer(text):
        if not _YEAR.fullmatch(m.group()):
            out.add(re.sub(r"[.,]", "", m.group()).lstrip("0") or "0")
    return out
