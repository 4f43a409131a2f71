"""A subject phrase in a claim written as the name it stands for ("She" -> "Grace Adeyemi",
"Haar bezwaar" -> "Anouk Verbeeks bezwaar"): a claim is checked on its own, so it names whom
it is about."""

from __future__ import annotations

import re

from onrecord.check.language.claim_text import upper_first
from onrecord.check.language.org_kinds import public_body
from onrecord.check.language.verb_agreement import agree_with_name
from onrecord.check.subjects.coref import Discourse, is_description, party_word
from onrecord.check.subjects.groups import keep_phrase

__all__ = ["genitive", "keeps_wording", "replace_phrase"]


def replace_phrase(
    clause: str, phrase: str, name: str, lang: str | None = None, disc: Discourse | None = None
) -> str:
    """``clause`` with its subject ``phrase`` (a pronoun or description) replaced by ``name``;
    a possessive keeps its noun ("Her request" -> "Grace Adeyemi's request", "Haar bezwaar" ->
    "Anouk Verbeeks bezwaar"), and so does a first-person one of an organisation or of the
    writer (known to ``disc``) when the noun is no party ("Our cash position" -> "Quillfeather's
    cash position"; "Onze club" is the club, "Mijn moeder" the mother); a description keeps its
    case ("In 2019 the city cut ...")."""
    m = re.search(r"(?<![\w'’-])" + re.escape(phrase) + r"(?![\w'’-])", clause)
    if not m or re.match(rf"\s+(?:van|of)\s+(?:the\s+)?{re.escape(name)}\b", clause[m.end() :]):
        return clause  # "de gemeenteraad van Zwaanswijk" names its body already
    first, _, noun = phrase.partition(" ")
    if first.lower() == "zijn" and noun.split()[0].lower() in ("de", "het", "een"):
        return clause  # "Sindsdien zijn de levertijden ...": the verb, no "his"
    inner = re.search(r"\s(its|zijn|hun)\s", phrase)
    if noun and (
        first.lower() in POSSESSIVE_PRONOUNS
        or (
            first.lower() in _FIRST_POSSESSIVES
            and disc is not None
            and (disc.ctx.classify(name) == "org" or disc.is_author(name))
            and not party_word((noun.split() or [""])[-1])
        )
    ):
        name = f"{genitive(name, lang)} {noun}"
    elif inner and not is_description(name):  # "Three of its turboprops": only "its" goes
        name = phrase[: inner.start(1)] + genitive(name, lang) + phrase[inner.end(1) :]
    elif m.start() > 0 and is_description(name):
        name = name[:1].lower() + name[1:]
    out = clause[: m.start()] + name + clause[m.end() :]
    if phrase.lower() in _FIRST_PERSONS and not _PLURAL_NAME.search(name):
        # "I still have that email" -> "Margaret Ilsley still has", "Daarmee besparen we" ->
        # "Daarmee bespaart Drechtmond"; "Tobias Reyes and Hannah Ilori have" stays plural
        out = agree_with_name(out, m.start(), m.start() + len(name), phrase, lang)
    return upper_first(out) if m.start() == 0 else out


_FIRST_PERSONS = frozenset({"i", "ik", "we", "wij"})
#: two parties named: "Tobias Reyes and Hannah Ilori" (not "College van burgemeester en
#: wethouders", one body)
_PLURAL_NAME = re.compile(r"\s(?:and|en)\s+[A-Z]")


POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "zijn", "haar", "hun"})
_FIRST_POSSESSIVES = frozenset({"our", "my", "onze", "ons", "mijn"})
_INDEFINITE = frozenset({"a", "an", "een", "another", "some"})


def keeps_wording(disc: Discourse, phrase: str | None, name: str) -> bool:
    """The subject ``phrase`` stays as written, not as the name it resolved to: it names someone
    or a group (:func:`keep_phrase`); it describes a thing ("de renovatie" of the Zuiderhof,
    "that offer" of the one who made it: the name would say something else), or someone new
    ("een nieuwe aannemer", "a second inspector": not whom the text named before). A thing
    the ``name`` is named after is that name ("The pool" -> "Brackwater Pool")."""
    toks = (phrase or "").lower().split()
    if not toks or phrase == name:
        return True
    if keep_phrase(disc.ctx, phrase) or toks[0] in _INDEFINITE:
        return True
    if toks[0] in POSSESSIVE_PRONOUNS | _FIRST_POSSESSIVES:
        return False  # "Its bid" -> "Greystone Environmental's bid"
    party = disc.is_entity_noun(phrase) or public_body(toks[-1])  # "de provincie"
    # "The pool" of Brackwater Pool, "de bloemenkwekerij" of Kwekerij De Waard, "het park" of
    # windpark Hoge Akker (a kind the text named it by)
    named = [w for w in name.lower().split() if len(w) > 3]
    named_after = any(toks[-1].endswith(w) for w in named) or any(
        k.endswith(toks[-1]) for k in disc.kinds
    )
    return is_description(phrase) and not party and not named_after


def genitive(name: str, lang: str | None) -> str:
    """ "Grace Adeyemi's", "Verbeeks", "Lumens", "Okafors", "Jansens'" (Dutch: 's after a
    vowel, ' after a sibilant)."""
    if lang != "nl":
        return f"{name}'" if name.endswith("s") else f"{name}'s"
    if name[-1:].lower() in "aiouy":
        return f"{name}'s"
    return f"{name}'" if name[-1:].lower() in "sxz" else f"{name}s"
