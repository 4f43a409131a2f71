"""A spoken quote that only voices its speaker: a present-tense remark or a state of mind, not a
report ("'Riders are not a cost to be minimised,' she says.", "'Safety is not something we
compromise on,' said the chief executive", "'Nobody in this room wanted to be here tonight,' he
said.", "'Ze dachten dat we het wel zouden slikken,' zegt Boersema.").

Such a quote is on record as having been said, and the article reports it as such; there is
nothing in it the record could support or contradict. What a quote reports is past ("'We
acted the day we had a positive test,' she said."), has a figure or a date ("'Every animal in
our care sees a vet within 48 hours'"), or was written, not spoken ("'We are well over,' Rudge
wrote.": a line of a mail, which is on record). Those stay claims.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["quote_content", "voices_only"]

_OPEN = "\"“„‘'"
_CLOSE = "\"”’'"
#: an opening quote, its content, a closing quote and what follows ("," she said.)
_LEADING_RE = re.compile(r"^\s*[\"“„‘'](?P<q>.+?)[\"”’'](?P<tail>\s*[,.]?\s*[^\"“„”]*)$")
#: "she said: "...", "Outside the hearing, she said: "...""
_TRAILING_RE = re.compile(r"^(?P<head>[^\"“„”]{3,120}?):\s*[\"“„](?P<q>.+?)[\"”]?\s*$")
#: verbs of speaking (not of writing: a written line is on record)
_SPOKEN_RE = re.compile(
    r"(?i)\b(?:said|says|say|told|tells|added|adds|explained|explains|recalls|recalled|"
    r"zei|zegt|zeggen|zeiden|vertelt|vertelde|voegt|voegde|aldus|legt|legde)\b"
)
_WRITTEN_RE = re.compile(r"(?i)\b(?:wrote|writes|schreef|schrijft|e-?mailed|texted|posted)\b")
#: a state of mind: a feeling ("It feels like ..."), or the wish, belief or view of the
#: speaker, of nobody or of a "they" ("I only ever wanted ...", "Ze dachten dat ...", "Ik heb
#: nooit een lege zaal gezien als mislukking"); not a named person's ("She wanted the report
#: buried": a claim about her)
_ATTITUDE_RE = re.compile(
    r"(?i)\b(?:feels?|felt|voelt|voelde)\s+(?:like|as\s+if|als)\b|"
    r"\b(?:i|we|ik|wij|ze|zij|they|nobody|niemand|no\s+one)\b(?:\s+\w+){0,4}?\s+"
    r"(?:wanted|thought|believed|dacht|dachten|wilde|wilden)\b|"
    r"\b(?:zie|ziet|zag|gezien|see|saw|seen|regard|regarded)\b.*\b(?:als|as)\s+(?:een\s+|a\s+)?"
    r"(?:mislukking|succes|failure|success|bedreiging|threat|kans|opportunity)\b"
)
_DIGIT_RE = re.compile(r"\d")
#: a Dutch perfect the shared past test misses, a strong participle in -en or a short one:
#: "heb de taxatie nooit gezien", "heb niets achtergehouden", "heb ik het op papier gezet"
_NL_PERFECT_RE = re.compile(
    r"(?i)\b(?:heb|hebt|heeft|hebben|had|hadden|ben|bent|is|zijn|was|waren)\b.*"
    r"(?:\b[a-z]{0,6}ge[a-zà-ÿ]{2,}(?:en|d|t)\b|\b[a-z]{0,6}ge[a-z]{0,3}aan\b|"
    # an infinitive for a participle: "Ik heb elk contract laten aftekenen"
    r"\b(?:laten|doen|willen|kunnen|moeten|mogen|zien|horen|helpen)\s+[a-zà-ÿ]{3,}en\b)"
)
#: English strong pasts the shared list lacks: "I never saw the valuation"
_EN_PAST_TEXT = """
saw heard got put set let spent lent understood forgot drove rode broke stole froze woke shook
fought bought caught taught threw grew drew flew blew hid bit fed rang sang sat slept swore tore
wore won
"""
_EN_PAST = frozenset(_EN_PAST_TEXT.split())
#: a passive infinitive is no past: "a cost to be minimised"
_TO_BE_RE = re.compile(r"(?i)\bto\s+be\s+\w+ed\b")
#: a judgement of truth is a stated position, said in any tense: "'De metingen van de
#: provincie kloppen niet.'", "'That is simply untrue,' she said."
_TRUTH_RE = re.compile(
    r"(?i)\b(?:klopt|kloppen|klopte|waar|onwaar|juist|onjuist|true|untrue|correct|incorrect|"
    r"false|wrong|accurate|inaccurate)\b"
)


def quote_content(clean: str) -> str | None:
    """The quoted words of a sentence that is a spoken quote (a quote with "she said", "zegt
    hij" or nothing after it, or "she said:" before it), else None."""
    m = _LEADING_RE.match(clean)
    if m:
        tail = m.group("tail").strip(" ,.")
        if not tail or (_SPOKEN_RE.search(tail) and not _WRITTEN_RE.search(tail)):
            return m.group("q")
        return None
    m = _TRAILING_RE.match(clean)
    if m and _SPOKEN_RE.search(m.group("head")) and not _WRITTEN_RE.search(m.group("head")):
        return m.group("q")
    return None


def voices_only(clean: str, has_past: Callable[[str], bool]) -> bool:
    """``clean`` is a spoken quote without a figure that is a present-tense remark or a state
    of mind; ``has_past`` (the shared test) tells a report by its tense."""
    q = quote_content(clean)
    if q is None or _DIGIT_RE.search(q) or _TRUTH_RE.search(q):
        return False
    if _ATTITUDE_RE.search(q):
        return True
    if _EN_PAST.intersection(w.lower() for w in re.findall(r"[\w']+", q)):
        return False
    return not has_past(_TO_BE_RE.sub(" ", q)) and not _NL_PERFECT_RE.search(q)
