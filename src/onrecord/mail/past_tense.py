"""Whether a sentence narrates in the simple past ("The part arrived in September.", "Het bezoek
kwam er niet."), told apart from a perfect, a passive or an adjective that only looks past.

:func:`simple_past` is meant to be precise rather than complete: a page's author telling what
happened after a printed mail narrates in the simple past, while the mail itself (a promise, a
plan, a request) speaks in the present or future. A form it cannot tell (a Dutch plural "-den",
a noun in "-de") is not counted.

* English: an irregular past ("went", "said", "was") or an ``-ed`` word that no auxiliary,
  article or possessive precedes ("has promised", "is based", "a detailed plan", "as agreed" are not).
* Dutch: a strong past from a list ("kwam", "kreeg", "werd"), or a weak singular past whose
  ending follows 't kofschip ("werkte", "miste" after t/k/f/s/ch/p; "woonde", "belde" after
  anything else), not a superlative, an ordinal, a present participle ("volgende") or one of the
  common adjectives and nouns of that shape ("goede", "beste", "periode").
"""

from __future__ import annotations

import re

__all__ = ["guess_lang", "simple_past"]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_EN_IRREGULAR = _set(
    "was were did didn't wasn't weren't went came told said wrote sent took gave made left knew "
    "saw paid began brought bought thought found kept held stood sat ran met heard felt lost "
    "spoke broke chose drove fell flew forgot got grew hid led meant rose sold shut spent stole "
    "struck swore taught threw understood won wore"
)
# words before an "-ed" form that make it a participle or an adjective, not a past tense
_EN_NOT_PAST_BEFORE = _set(
    "has have 've is are am 's 're 'm be been being will would to get gets a an the this that "
    "these those our your my his her their its very more most well fully much so too as if "
    "when unless once where"
)
_EN_ED_NOT_VERB = _set("indeed need speed seed feed breed exceed proceed succeed bed red")
_NL_STRONG = _set(
    "was waren had hadden ging gingen kwam kwamen zag zagen liep liepen dacht dachten bracht "
    "brachten zocht kocht vond vonden bleef bleven schreef schreven sprak spraken nam namen gaf "
    "gaven hield hielden stond stonden lag lagen zat zaten kreeg kregen werd werden zei zeiden "
    "deed deden kon konden wilde wilden moest moesten mocht mochten zou zouden wist wisten bleek "
    "bleken begon begonnen liet lieten vroeg vroegen trok trokken wees hing viel vielen sloot "
    "sloten koos las lazen droeg verloor verliet ontving vertrok besloot bood boden "
    "betaalde stuurde"
)
_KOFSCHIP = frozenset("tkfsp")  # plus "ch"
_NL_NOT_PAST = _set(
    "beste goede oude rode dode brede wijde harde korte vaste echte juiste slechte lichte rechte "
    "zachte witte tweede derde vierde vijfde zesde zevende achtste negende tiende twintigste "
    "beide periode methode ronde vrede waarde aarde ziekte diepte grootte weide zonde bende "
    "ellende heide mede gezonde bekende genoemde gewenste meeste eerste"
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ']+")
_EN_FUNCTION = _set(
    "the a an and of to in is are it not we i you he she they this that with for on was will "
    "be have has our my"
)
_NL_FUNCTION = _set(
    "de het een en van in is niet wij we ik je jij hij zij ze dit dat met voor op er ook naar "
    "bij nog ons onze mijn u uw wordt zijn"
)


def guess_lang(text: str) -> str:
    """The language of ``text`` by its function words: "en", "nl", or "" when they do not tell."""
    words = [w.lower() for w in _WORD.findall(text)]
    en = sum(w in _EN_FUNCTION for w in words)
    nl = sum(w in _NL_FUNCTION for w in words)
    return "en" if en > nl else "nl" if nl > en else ""


def _en_past(words: list[str]) -> bool:
    for i, w in enumerate(words):
        if w in _EN_IRREGULAR:
            return True
        if len(w) >= 5 and w.endswith("ed") and w not in _EN_ED_NOT_VERB:
            before = words[i - 1] if i else ""
            if before not in _EN_NOT_PAST_BEFORE and not before.endswith("'s"):
                return True
    return False


def _nl_weak_past(w: str) -> bool:
    if len(w) < 5 or w in _NL_NOT_PAST or not w.endswith(("de", "te")):
        return False
    if w.endswith(("ende", "ande", "ste")) and len(w) > 6:
        return False  # "volgende", "bestaande", "laatste"
    stem = w[:-2]
    voiceless = stem[-1] in _KOFSCHIP or stem.endswith("ch")
    return voiceless == w.endswith("te")


def simple_past(text: str, lang: str = "") -> bool:
    """Whether ``text`` has a verb in the simple past, read as ``lang`` ("en" or "nl"; guessed
    from ``text`` when empty; where it cannot be told, only the forms no other reading has)."""
    words = [w.lower() for w in _WORD.findall(text)]
    lang = lang or guess_lang(text)
    if lang == "en":
        return _en_past(words)
    if lang == "nl":
        return any(w in _NL_STRONG or _nl_weak_past(w) for w in words)
    return any(w in _EN_IRREGULAR or w in _NL_STRONG for w in words)
