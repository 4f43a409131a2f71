"""Dutch verb-second by the verb's form: after a fronted adjunct ("Sinds 5 januari rijdt
Kempenlijn ...", "Volgens de wethouder kost het bad ...", "Op 14 oktober ontsloeg gedaagde
haar ...") the finite verb comes second and the subject right after it. The word lists know
only some verbs; writers use others, so the verb is recognised by its form (a present in -t or
-en, a past in -de/-te/-den/-ten, a few irregular forms) in the one position where Dutch allows
it: after the adjunct's noun phrase, before a subject.

Also the bare legal roles ("gedaagde", "eiseres", "verweerster") that Dutch court reports use
as names, without an article: they start a subject like a name does."""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import COMMON, PREPOSITIONS, QUANTIFIERS, is_verb
from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.claim_text import DETERMINERS, NL_SUBJ_PRONOUNS
from onrecord.check.language.nl_inverted import bare_subject_end, date_pp_end
from onrecord.text.wordsets import wordset as _w

__all__ = ["bare_role", "nl_finite_form", "starts_subject", "v2_at", "v2_verb"]


#: Irregular present and past forms the word lists may lack (the rest is recognised by form).
_IRREGULAR = _w(
    """
    is was waren zijn heeft had hadden kan kon konden wil wilde wilden moet moest moesten mag
    mocht zal zou zouden gaat ging gingen komt kwam kwamen ligt lag lagen zit zat zaten staat
    stond stonden doet deed deden ziet zag zagen krijgt kreeg kregen blijft bleef bleken bleek
    geeft gaf gaven neemt nam namen vindt vond vonden weet wist wisten valt viel vielen kent
    loopt liep liepen houdt hield hielden laat liet lieten
    """
)
#: Legal roles used as names, without an article, in Dutch court reports.
_BARE_ROLES = frozenset(
    {"gedaagde", "gedaagden", "eiser", "eiseres", "eisers", "verweerder", "verweerster"}
)
#: Words in -t or -en that are never a finite verb where a verb could stand.
_NOT_FINITE = frozenset(
    {
        *("niet", "echt", "net", "zelfs", "pas", "toen", "dan", "even", "eigen", "tegen"),
        *("boven", "beneden", "binnen", "buiten", "achter", "open", "ongeveer", "ruim"),
        *("eerst", "laatst", "meest", "minst", "best", "alleen", "samen", "bovendien"),
    }
)
_PRESENT_T = re.compile(r"[a-zë]{2,}[^aeiou\W]t|[a-zë]*(?:eert|oot|aat|uit|eet|oet)")
_PLURAL_EN = re.compile(r"[a-zë]{2,}en")


def bare_role(word: str) -> bool:
    """``word`` is a legal role that stands for a party without an article ("gedaagde")."""
    return word.lower() in _BARE_ROLES


def nl_finite_form(word: str) -> bool:
    """``word`` has the form of a Dutch finite verb: in the word lists, irregular, a present
    in -t ("rijdt", "kost", "riskeert") or -en ("komen"), a weak past ("schrapte")."""
    if not word or not word[0].islower():
        return False
    w = word.lower()
    if w in _NOT_FINITE or w in PREPOSITIONS or w in DETERMINERS or w in _BARE_ROLES:
        return False
    if is_verb(w, "nl") or w in _IRREGULAR:
        return True
    return bool(_PRESENT_T.fullmatch(w) or _PLURAL_EN.fullmatch(w))


def starts_subject(toks: list[tuple[str, int, int]], j: int, ctx: NameContext, text: str) -> bool:
    """The token at ``j`` can open a subject: a pronoun, article, quantifier, number, bare
    legal role or a name; a bare plural or a possessive phrase; any of these after a date."""
    if j >= len(toks):
        return False
    w = toks[j][0]
    lw = w.lower()
    if lw in NL_SUBJ_PRONOUNS - {"het"} or lw in DETERMINERS or lw in QUANTIFIERS:
        return True
    if w.isdigit() or bare_role(w):
        return True
    if w[:1].isupper():
        return any(m.start == 0 for m in ctx.mentions(text[toks[j][1] :])[:1])
    at = date_pp_end(text, toks[j][1])
    if at > toks[j][1]:  # "is op 9 mei een overgangsregeling": the subject after the date
        k = next((n for n in range(j, len(toks)) if toks[n][1] >= at), len(toks))
        return starts_subject(toks, k, ctx, text)
    return bare_subject_end(toks, j) is not None  # "moeten patiënten", "werd mijn contract"


def v2_verb(toks: list[tuple[str, int, int]], i: int, ctx: NameContext, text: str) -> int | None:
    """The index of the finite verb after a fronted prepositional adjunct that starts at
    ``i`` ("Sinds 5 januari rijdt Kempenlijn": 3), or None: the first word after the
    adjunct's noun phrase with a verb's form that a subject follows; not right after an
    article or preposition ("de advocaat", "op staande voet"), and before any comma."""
    if i >= len(toks) or toks[i][0].lower() not in PREPOSITIONS:
        return None
    for j in range(i + 2, min(len(toks) - 1, i + 8)):
        if "," in text[toks[j - 1][2] : toks[j][1]]:
            return None  # "Op 14 oktober, na ...,": a comma ends the word-order evidence
        if v2_at(toks, j, ctx, text):
            return j
    return None


def v2_at(toks: list[tuple[str, int, int]], j: int, ctx: NameContext, text: str) -> bool:
    """The token at ``j`` is a finite verb in second position after a noun phrase: a verb's
    form, not right after an article, preposition or function word, and a subject after it."""
    if j < 1 or j + 1 >= len(toks):
        return False
    if toks[j - 1][0].lower() in DETERMINERS | PREPOSITIONS | COMMON:
        return False
    return nl_finite_form(toks[j][0]) and starts_subject(toks, j + 1, ctx, text)
