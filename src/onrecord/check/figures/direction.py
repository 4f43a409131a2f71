"""Which way a change goes: "the budget was increased by ten percent" against "we cut the
budget by ten percent" is a contradiction the judge reads as agreement (same words, same
number). :func:`opposed` says when two sentences report changes in opposite directions of the
same thing: the same amount, or the same content word, in both.
"""

from __future__ import annotations

import re

from onrecord.check.quantities import quantities

__all__ = ["denied", "direction", "opposed"]

_UP = {
    "increase", "increased", "increases", "increasing", "rose", "rise", "rises", "risen",
    "raised", "raise", "raises", "grew", "grow", "grows", "grown", "doubled",
    "tripled", "expanded", "boosted", "climbed", "verhoogd", "verhoogde", "verhoogt", "verhogen",
    "gestegen", "steeg", "stegen", "stijgt", "stijgen", "toegenomen", "nam", "groeide",
    "gegroeid", "groeit", "verdubbeld", "verdubbelde", "uitgebreid", "omhoog",
}  # fmt: skip
_DOWN = {
    "decrease", "decreased", "decreases", "decreasing", "fell", "fall", "falls", "fallen",
    "dropped", "drop", "drops", "cut", "cuts", "reduced", "reduce", "reduces", "lowered",
    "lowers", "shrank", "shrunk", "declined", "decline", "halved", "slashed",
    "verlaagd", "verlaagde", "verlaagt", "verlagen", "gedaald", "daalde", "daalden", "daalt",
    "dalen", "afgenomen", "kromp", "gekrompen", "gehalveerd", "bezuinigd",
    "bezuinigde", "verminderd", "verminderde", "gesneden", "omlaag",
}  # fmt: skip
_WORD = re.compile(r"\w+")
_HIGHER = {"higher", "hoger", "hogere"}
# a comparative against an earlier time or amount ("than in 2020", "dan vorig jaar"); not
# against a plan ("lower than expected")
_COMPARED = re.compile(
    r"\b(higher|lower|hoger|hogere|lager|lagere)\b(?=(?:\s+[\w-]+){0,3}\s+(?:than|dan)\s(?!(?:we\s+|wij\s+)?(?:expected|planned|forecast|budgeted|verwacht|gepland|begroot)))",
    re.I,
)
# "nam toe" / "nam af": the particle decides
_NL_PARTICLE = {"toe": 1, "af": -1}
_NEGATION = {"not", "no", "never", "niet", "geen", "nooit"}
# no change: "about as many e-bikes as in 2019", "evenveel als vorig jaar", "unchanged"
_SAME = re.compile(
    r"\b(?:as\s+(?:many|much)\s+(?:[\w-]+\s+){0,3}?as|the\s+same\s+as|unchanged|"
    r"(?:were|was|stayed|remained)\s+flat|evenveel|net\s+zoveel|ongewijzigd|gelijk\s+gebleven)\b",
    re.I,
)
# a denied change of any kind: "Parking fees have not changed since 2017", "zijn nooit veranderd"
_NOT_CHANGED = re.compile(
    r"\b(?:not|never|niet|nooit)\s+(?:\w+\s+){0,2}?(?:changed|altered|gewijzigd|veranderd)\b|"
    r"\b(?:hasn't|haven't|didn't|did\s+not|has\s+not|have\s+not)\s+(?:\w+\s+)?change\b",
    re.I,
)


# a change stated by its two amounts: "Per 1 oktober gaat de dagkaart van 34 naar 41 euro",
# "the fare goes from 2.50 to 2.80": a verb of going, then "from X to Y" (not "from 2019 to
# 2022", not opening hours "from 9 to 5" without a verb of going)
_FROM_TO = re.compile(
    r"\b(?:go|goes|went|going|gone|move[sd]?|gaat|gaan|ging|gingen|gegaan)\s+(?:[\w'’]+\s+){0,4}?"
    r"(?:from|van)\s+(?:€\s*|\$\s*)?(\d+(?:[.,]\d+)?)\s*(?:euros?|dollars?|%|procent|percent)?"
    r"\s+(?:to|naar|tot)\s+(?:€\s*|\$\s*)?(\d+(?:[.,]\d+)?)\b",
    re.I,
)


def _from_to(m: re.Match[str]) -> str:
    x, y = (float(g.replace(",", ".")) for g in m.groups())
    if x == y or all(1900 <= v <= 2100 and v.is_integer() for v in (x, y)):
        return m.group(0)
    return "rose" if y > x else "fell"


def _words(text: str) -> list[str]:
    text = _FROM_TO.sub(_from_to, text)
    text = re.sub(r"\b(?:went|gone|go|goes|going)\s+(up|down)\b", r"\1ward", text, flags=re.I)
    # "a higher milk price than in 2020", "een hogere melkprijs dan vorig jaar": a rise
    text = _COMPARED.sub(lambda m: "rose" if m.group(1).lower() in _HIGHER else "fell", text)
    words = [w.lower() for w in _WORD.findall(text)]
    return [{"upward": "rose", "downward": "fell"}.get(w, w) for w in words]


def _way(words: list[str]) -> int | None:
    up = any(w in _UP for w in words if w != "nam")
    down = any(w in _DOWN for w in words)
    if "nam" in words:
        for w in words[words.index("nam") + 1 :]:
            if w in _NL_PARTICLE:
                up, down = (up or _NL_PARTICLE[w] > 0), (down or _NL_PARTICLE[w] < 0)
                break
    if up == down:
        return None
    return 1 if up else -1


# a coordinated clause after a comma, a colon or a semicolon: "De fustprijs is met zes procent
# omhoog gegaan, en voor zover ik weet is geen enkel café weggegaan." reports a rise; the
# negation is of another matter
_CLAUSE = re.compile(r"[;:]|,\s*(?:and|en|but|maar)\s+", re.I)


# a trailing correction of the figure: "met 12% gedaald, niet met 28%", "rose by 12%, not 28%",
# "52 elektrische bussen, niet de 60 uit het vlootplan": the negation denies the other number,
# not the change
_NOT_THAT_FIGURE = re.compile(
    r",\s*(?:and\s+|en\s+)?(?:not|niet)\s+(?:(?:met|by|de|the|van|of|op)\s+)?[€$£]?\s*\d[^,;.]*",
    re.I,
)


def _negated_change(text: str) -> bool:
    """A negation stands in a clause that reports a change (or in a sentence where no clause
    does): only there does it deny the change. A trailing correction of the figure ("…, niet
    met 28%") denies no change."""
    text = _NOT_THAT_FIGURE.sub(" ", text)
    clauses = [_words(c) for c in _CLAUSE.split(text)]
    changing = [c for c in clauses if _way(c) is not None] or clauses
    return any(w in _NEGATION for c in changing for w in c)


def direction(text: str) -> int | None:
    """+1 for a rise, -1 for a fall, 0 for no change ("about as many as in 2019", "have not
    changed since 2017"), None when
    the sentence reports none (or both, or a negated one). A negation in a coordinated clause
    without the change denies no change."""
    words = _words(text)
    if _NOT_CHANGED.search(text) and _way(words) is None:
        return 0
    if _negated_change(text):
        return None
    way = _way(words)
    if way is None and _SAME.search(text):
        return 0
    return way


def denied(text: str) -> int | None:
    """The direction of a change the sentence denies ("Onze prijzen gaan dit jaar niet
    omhoog.": +1), or None."""
    words = _words(text)
    if not _negated_change(text):
        return None
    return _way(words)


def _values(text: str, lang: str | None) -> set[tuple[str, float]]:
    return {(q.kind, round(q.lo, 3)) for q in quantities(text, lang) if q.kind != "year"}


# words of five letters or more that name no thing: units, adverbs, function words
_NOT_A_THING = {
    "percent", "procent", "million", "millions", "miljoen", "billion", "miljard", "euros",
    "dollar", "dollars", "again", "opnieuw", "still", "about", "ongeveer", "since", "sinds",
    "years", "jaren", "there", "their", "which", "after", "before", "other", "would", "could",
    "should", "zullen", "zouden", "kunnen", "moeten", "blijft", "blijven", "being", "these",
    "those", "deze", "where", "while", "under", "above", "tegen", "onder", "boven", "totaal",
    "total", "every", "almost", "bijna", "slightly", "enigszins", "sterk", "sharply",
}  # fmt: skip


def _content(text: str) -> set[str]:
    words = {w.lower() for w in _WORD.findall(text) if len(w) >= 5 and not w.isdigit()}
    return words - _UP - _DOWN - _NOT_A_THING


def opposed(premise: str, hypothesis: str, lang_p: str | None, lang_h: str | None) -> bool:
    """The two sentences report changes in opposite directions of the same thing, or one denies
    the change the other reports ("gaan dit jaar niet omhoog" / "twee keer verhoogd")."""
    dp, dh = direction(premise), direction(hypothesis)
    if dp is None and dh:
        dp = -dh if denied(premise) == dh else None
    elif dh is None and dp:
        dh = -dp if denied(hypothesis) == dp else None
    if dp is None or dh is None or dp == dh:
        return False
    if _values(premise, lang_p) & _values(hypothesis, lang_h):
        return True
    return bool(_content(premise) & _content(hypothesis))
