"""Which clause of a statement a negation belongs to, where counting negations misleads.

:func:`onrecord.check.contradictions.opposition.opposition` reads a pair as opposed by polarity when one side
is negated and the other is not. Three shapes of real self-contradiction have a negation on
both sides, so that count sees none:

- a pledge and its denial: "I have promised the residents that no aircraft will land after
  23:00" / "Ik heb de omwonenden nooit beloofd dat er na elf uur geen vliegtuigen meer zouden
  landen": the promise is negated on one side only; what was promised is negated on both
  (:func:`speech_polarity`);
- a weak negation both sides share: "a fuel truck crossed the runway without clearance" / "Er
  is nog nooit een voertuig zonder toestemming de baan op gereden": "without"/"zonder" is part
  of the matter, "nooit" is the denial (:func:`drop_shared_weak`);
- a consequence after a colon: "Vanaf mei krijgen jouw cafés ons bier in plastic fusten: dan
  hoeven we de lege fusten niet meer op te halen." states the switch; the negation is in what
  follows from it (:func:`main_part`).

Word lists, no model; English and Dutch.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# a verb of promising, saying or assuring, then "that"/"dat" a few words on (whom it was
# promised to: "never promised the drivers at the depot that"): the head clause
_SPEECH_HEAD = re.compile(
    r"^(?P<head>.*?\b(?:promis\w*|pledg\w*|guarant\w*|assur\w*|vow\w*|swor\w*|said|say|says|"
    r"told|tell|announc\w*|beloof\w*|beloofd|belooft|beloven|toegezegd|zegde|gezegd|zei|zeg|"
    r"zegt|verzeker\w*|garandeer\w*|gegarandeerd|aangekondigd|kondigde|beweerd)\b"
    r"(?:\s+[\w'’]+){0,7}?)\s*,?\s+(?:that|dat)\s+(?P<rest>.+)$",
    re.I,
)
WITHOUT = re.compile(r"\b(?:without|zonder)\b", re.I)
# a colon after a full clause (six words or more): what follows explains or draws a
# consequence; a short lead-in ("As for the cafés: …", "Let me be clear: …") is no clause
_CLAUSE_WORDS = 6


# a state of being off, said without a negation: "dat de sneeuwkanonnen 's nachts uit blijven"
# promises what "na 23.00 uur niet meer draaien" promises
_OFF_STATE = re.compile(
    r"\b(?:(?:blijven|blijft|bleven|staan|staat|stonden)\s+(?:[\w'’]+\s+){0,3}?(?:uit|stil|dicht)|"
    r"(?:uit|stil|dicht)\s+(?:blijven|blijft|bleven|staan|staat)|stilstaan|stilstaat|"
    r"(?:stay|stays|stayed|remain|remains|remained|be|are|is|kept|keep)\s+(?:\w+\s+)?"
    r"(?:off|silent|quiet|shut|closed|switched\s+off))\b",
    re.I,
)


def _denies(text: str, negated: Callable[[str], bool]) -> bool:
    return negated(text) or _OFF_STATE.search(text) is not None


def speech_polarity(a: str, b: str, negated: Callable[[str], bool]) -> bool:
    """Both sides report a promise or a saying ("promised that …", "nooit beloofd dat …"),
    what follows "that" is negated (or a state of being off: "uit blijven", "stay off") on both
    or on neither, and the head clause on one side only: a pledge and its denial."""
    ma, mb = _SPEECH_HEAD.match(a.strip()), _SPEECH_HEAD.match(b.strip())
    if ma is None or mb is None:
        return False
    if _denies(ma.group("rest"), negated) != _denies(mb.group("rest"), negated):
        return False
    return negated(ma.group("head")) != negated(mb.group("head"))


# "Without the grant the hall would never have been built", "Zonder de lening was de hal er
# nooit gekomen": a counterfactual of the past, whose negation affirms that what "without"
# takes away was there (not "Without the subsidy the project cannot go ahead": a need)
_COUNTERFACTUAL = re.compile(r"^\W*(?:(?:but|and|maar|en)\s+)?(?:without|zonder)\b", re.I)
_PAST_UNREAL = re.compile(
    r"\b(?:would|could|might)(?:\s+(?:never|not)|n[’']t)\s+(?:\w+\s+)?have\b"
    r"|\b(?:was|waren|had|hadden|zou|zouden)\b[^,;.]*\b(?:nooit|niet)\b",
    re.I,
)
_NEGATION_WORD = re.compile(r"\b(?:never|not|no|nooit|niet|geen)\b|n[’']t\b", re.I)
# a label before a colon, no clause of its own: "One thing to keep in mind:", "Voor de
# duidelijkheid:", "Het belangrijkste punt:"
_LEAD_IN = re.compile(
    r"^\W*(?:(?:one|another|the|a|an|my|our|een|het|de|nog|mijn|ons|onze)\s+(?:[\w'’]+\s+){0,2}?"
    r"(?:thing|point|fact|note|reminder|question|issue|word|matter|ding|punt|feit|vraag|"
    r"kwestie|opmerking|woord|zaak)\b|.*\b(?:keep|bear)\s+in\s+mind\b|.*\b(?:to\s+be\s+clear|"
    r"let\s+me\s+be\s+clear|for\s+the\s+record|om\s+te\s+onthouden|voor\s+de\s+duidelijkheid|"
    r"laat\s+me\s+duidelijk\s+zijn)\b)",
    re.I,
)


def counterfactual(text: str) -> str:
    """The statement with the negation of a counterfactual "without …, never …" taken off
    (with "without"): "Zonder de 400.000 euro was de hal er nooit gekomen" says the money came,
    no denial; any other statement as it is."""
    if not _COUNTERFACTUAL.match(text) or not _PAST_UNREAL.search(text):
        return text
    return _NEGATION_WORD.sub(" ", WITHOUT.sub(" ", text, count=1))


def drop_shared_weak(a: str, b: str) -> tuple[str, str]:
    """Both sides say "without"/"zonder": left out of both, so that the negation that remains
    is the one that denies. A counterfactual side loses its negation (:func:`counterfactual`)."""
    a, b = counterfactual(a), counterfactual(b)
    if WITHOUT.search(a) and WITHOUT.search(b):
        return WITHOUT.sub(" ", a), WITHOUT.sub(" ", b)
    return a, b


def main_part(text: str) -> str:
    """The statement up to a colon that follows a full clause; the whole text otherwise (also
    after a label: "One thing to keep in mind: we never …")."""
    main, colon, rest = text.partition(": ")
    if _LEAD_IN.match(main):
        return text
    if colon and rest.strip() and len(re.findall(r"[\w'’]+", main)) >= _CLAUSE_WORDS:
        return main
    return text
