"""Two figures of one thing at two times, the verb said once: two claims.

"De Klimop had 61 pupils in October 2020 and 55 in October 2021"; "Volgens Ashworth bedroeg de
overhead 11 procent in 2017 en 15 procent in 2022"; "Haskerdam maakte in 2015 41.500 ton kaas en
in 2019 40.000 ton". The second half has no verb of its own (it is gapped), so the clause
splitter leaves the sentence whole, and the judge reads it against statements that each give
one of the two figures: one right and one wrong figure should make the claim mixed, not
whichever the nearest statement says. :func:`gapped_parts` writes the second half out in full:
the first half with its last figures (and its time, where the second half names one) replaced
by those of the second: "De Klimop had 55 pupils in October 2021".

A second half that opens as the first half's time phrase does ("verzette zich in 2020 tegen het
sloopplan van Reid en in 2022 tegen de verlaging naar 110 sociale huurwoningen") replaces the
first half from its time on: "verzette zich in 2022 tegen de verlaging ...".

Only where the second half is short, has no verb, names nothing the first half does not ("4,000
season tickets and 300 children's tickets" counts two things), and gives as many figures
(numbers that are not years) as the first half has, at most; "between 2017 and 2020" (a range)
gives none.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import is_verb
from onrecord.check.language.claim_names import TOKEN_RE
from onrecord.text.months import MONTHS

__all__ = ["gapped_parts"]

#: the most words a gapped second half has ("and 200,000 euros per season from 2020")
MAX_WORDS = 8
#: ... when it repeats the first half's time and the word after it ("en in 2022 tegen de
#: verlaging naar 110 sociale huurwoningen")
MAX_PHRASE = 12

_YEAR = r"(?:19|20)\d\d"
_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_TIME = re.compile(rf"\b(?:(?:{_MONTH})\.?\s+)?{_YEAR}\b", re.I)
# a figure: a number that is not a year ("61", "41.500", "225,000", "111,9", "35.6")
_FIGURE = re.compile(rf"(?<![\w.,])(?!{_YEAR}\b)\d+(?:[.,]\d+)*(?![\w])")
_OPENS = re.compile(
    rf"(?P<prep>in|op|on|eind|begin|since|sinds|vanaf|from)\s+{_TIME.pattern}\s+(?P<word>\w+)\b",
    re.I,
)
_AND = re.compile(r",?\s+(?:and|en)\s+", re.I)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def _replace(text: str, old: list[tuple[int, int, str]], new: list[str]) -> str:
    """``text`` with the spans ``old`` replaced by ``new`` (same length, in order)."""
    out, at = [], 0
    for (s, e, _), n in zip(old, new, strict=True):
        out += [text[at:s], n]
        at = e
    return "".join([*out, text[at:]])


def _same_frame(first: str, second: str) -> str | None:
    """ "in 2022 tegen de verlaging" after "verzette zich in 2020 tegen het sloopplan": the
    second half opens with a time and the word after it as the first half has them; the first
    half up to its time, then the second half."""
    m = _OPENS.match(second)
    if m is None:
        return None
    prep, word = re.escape(m["prep"]), re.escape(m["word"])
    old = re.search(rf"\b{prep}\s+{_TIME.pattern}\s+{word}\b", first, re.I)
    if old is None:
        return None
    return first[: old.start()] + second


def gapped_parts(text: str, lang: str | None) -> list[str]:
    """The claim once per time it gives a figure for (see the module); ``[text]`` otherwise."""
    joins = list(_AND.finditer(text))
    if not joins:
        return [text]
    j = joins[-1]
    first, second = text[: j.start()], text[j.end() :].strip().rstrip(".")
    words = [w.group() for w in TOKEN_RE.finditer(second)]
    if not words or len(words) > MAX_PHRASE or any(is_verb(w, lang) for w in words):
        return [text]
    phrase = _same_frame(first, second)
    if phrase is not None:
        return [f"{first.rstrip(',')}.", f"{phrase}."]
    if len(words) > MAX_WORDS:
        return [text]
    said = {w.group().lower() for w in TOKEN_RE.finditer(first)}
    rest = _TIME.sub(" ", _FIGURE.sub(" ", second))
    if any(w.group().lower() not in said for w in TOKEN_RE.finditer(rest)):
        return [text]  # "4,000 season tickets and 300 children's tickets": another thing
    if re.search(r"\b(?:between|tussen|from|van)\s+\S+$", first, re.I) and not _spans(
        _FIGURE, second
    ):
        return [text]
    figures, times = _spans(_FIGURE, second), _spans(_TIME, second)
    old_figures, old_times = _spans(_FIGURE, first), _spans(_TIME, first)
    if not figures or len(figures) > len(old_figures) or (times and not old_times):
        return [text]
    if len(times) > 1:
        return [text]
    swaps = old_figures[-len(figures) :] + old_times[-1:] * bool(times)
    values = [f[2] for f in figures] + [t[2] for t in times]
    order = sorted(range(len(swaps)), key=lambda k: swaps[k][0])
    if len({swaps[k][0] for k in order}) != len(order):
        return [text]
    later = _replace(first, [swaps[k] for k in order], [values[k] for k in order])
    return [f"{first.rstrip(',')}.", f"{later}."]
