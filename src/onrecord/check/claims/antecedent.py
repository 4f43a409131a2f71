"""A claim that leans on an earlier sentence through a noun phrase is made standalone.

"Lumen Labs promised that its research would be shared openly with the public. ... Lumen
abandoned that promise when it began to keep its research internal in 2016": judged alone, the
second claim does not say what was promised, so it can never be decided. A demonstrative,
definite or possessive noun phrase ("that promise", "this plan", "the proposal", "its pledge",
"die belofte", "dat voorstel", "deze toezegging") whose noun names a speech act or plan gets
the content of that act from the nearest earlier sentence (at most three back) whose verb names
the same kind of act: "promised that S" -> "the promise that S", "proposed to V" -> "the
proposal to V", "beloofde dat S" -> "de belofte dat S", "stelde voor om te V" -> "het voorstel
om te V". Without such a sentence the claim is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onrecord.check.language.claim_lexicon import is_verb
from onrecord.check.language.claim_text import DETERMINERS

__all__ = ["with_content"]

#: Kinds of act: the nouns that name one, and the verb forms that report one (a Dutch
#: separable verb as its finite form, its particle coming later: "stelde ... voor").
_ACTS: dict[str, tuple[tuple[str, ...], str]] = {
    "promise": (
        (
            "promise",
            "pledge",
            "vow",
            "commitment",
            "assurance",
            "guarantee",
            "undertaking",
            "belofte",
            "toezegging",
            "gelofte",
            "garantie",
        ),
        r"promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|commit(?:s|ted|ting)?"
        r"|assur(?:e|es|ed|ing)|guarantee(?:s|d|ing)?|undert(?:ake|akes|ook|aken|aking)"
        r"|belo(?:of|oft|ofde|ofden|ofd|ven)|toegezegd|toezeggen"
        r"|(?:zegt|zegde|zegden|zeggen)\b[^.;:]{0,60}?\btoe"
        r"|garande(?:ert|erde|erden|erd|ren)",
    ),
    "proposal": (
        ("proposal", "plan", "suggestion", "offer", "voorstel", "aanbod", "suggestie"),
        r"propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|offer(?:s|ed|ing)?|plann(?:ed|ing)|plans"
        r"|voorgesteld|voorstellen|(?:stelt|stelde|stelden)\b[^.;:]{0,60}?\bvoor"
        r"|aangeboden|(?:biedt|bood|boden)\b[^.;:]{0,60}?\baan|suggereerde|suggereert",
    ),
    "decision": (
        ("decision", "resolution", "besluit", "beslissing"),
        r"decid(?:e|es|ed|ing)|resolv(?:e|es|ed)|beslo(?:ot|ten)|besliste",
    ),
    "claim": (
        ("claim", "assertion", "statement", "bewering", "stelling", "verklaring"),
        r"claim(?:s|ed|ing)?|assert(?:s|ed|ing)?|stat(?:e|es|ed)|beweer(?:t|de|den|d)"
        r"|verklaar(?:t|de|den|d)",
    ),
    "announcement": (
        ("announcement", "aankondiging"),
        r"announc(?:e|es|ed|ing)|aangekondigd|(?:kondigt|kondigde|kondigden)\b[^.;:]{0,60}?\baan",
    ),
    "threat": (
        ("threat", "dreigement"),
        r"threaten(?:s|ed|ing)?|dreig(?:t|de|den|d)",
    ),
    "demand": (
        ("demand", "request", "eis", "verzoek"),
        r"demand(?:s|ed|ing)?|request(?:s|ed|ing)?|eis(?:t|te|ten)|geëist|verzo(?:cht|ekt)",
    ),
    "warning": (("warning", "waarschuwing"), r"warn(?:s|ed|ing)?|waarschuw(?:t|de|den|d)"),
    "agreement": (("agreement", "afspraak"), r"agree(?:s|d)?|afgesproken|(?:spraken|sprak)\s+af"),
}
_NOUN_KIND = {noun: kind for kind, (nouns, _) in _ACTS.items() for noun in nouns}
_VERB_RE = {kind: re.compile(r"(?i)\b(?:" + verbs + r")\b") for kind, (_, verbs) in _ACTS.items()}
#: Dutch nouns that take "het" (the others take "de")
_HET_NOUNS = frozenset({"voorstel", "plan", "aanbod", "besluit", "dreigement", "verzoek"})
_DEMONSTRATIVES = {"that": "the", "this": "the", "die": "de", "deze": "de", "dat": "het"}
_DEMONSTRATIVES |= {"dit": "het"}
_KEPT_DETS = frozenset({"the", "de", "het", "its", "his", "her", "their", "zijn", "haar", "hun"})
_NP_RE = re.compile(
    r"(?i)(?<![\w'’-])(" + "|".join([*_DEMONSTRATIVES, *_KEPT_DETS]) + r")\s+(\w+)\b"
)
#: After the noun, words that already say what it is ("the promise to ...", "het voorstel om",
#: "the plan that he made", "the promise he made", "de belofte van ...") or that make it
#: another noun ("plan-")
_HAS_CONTENT = re.compile(
    r"(?i)^(?:\s+(?:to|that|which|who|of|for|about|om|dat|die|van|voor|over|aan|he|she|it|they"
    r"|we|i|you|hij|zij|ze|wij|ik|men)\b|[-'’])"
)
#: What a reported act says: "that S", "to V" (English); "dat S", "om ... te V" (Dutch)
_COMPLEMENT = re.compile(
    r"(?i)\b(?:that|dat|om)\s+\S|\bto\s+(?!(?:the|a|an|his|her|its|their)\b)(?-i:[a-z])"
)
#: Where the content ends: the sentence's end, a new clause ("; ", ", but", ", maar")
_CONTENT_END = re.compile(
    r"(?i)\s*(?:[;:]|\s[-–—]\s|,\s+(?:but|maar|which|terwijl|while|although|hoewel|a|an|een)\b"
    r"|[.!?…]+[\"'”’»)]*\s*$)"
)
_MAX_WORDS = 30


def _content(sentence: str, kind: str) -> str | None:
    """What the act of ``kind`` that ``sentence`` reports says ("that S", "to V"), or None."""
    for verb in _VERB_RE[kind].finditer(sentence):
        prev = sentence[: verb.start()].split()[-1:]
        if prev and prev[0].lower() in _NOT_BEFORE_VERB:
            continue  # "its promise that ...", "the plan that he made": a noun, not the verb
        rest = sentence[verb.end() :]
        comp = _COMPLEMENT.search(rest)
        between = rest[: comp.start()].split() if comp else []
        # the complement follows its verb, an object or an adverbial in between at most, not
        # another clause ("promised openness, and Vale said that ...")
        if not comp or len(between) > 5 or any(_new_clause(w) for w in between):
            continue
        body = rest[comp.start() :]
        end = _CONTENT_END.search(body)
        body = body[: end.start()] if end else body
        if comp.group().lower().startswith("om") and not re.search(r"(?i)\bte\s+\w+", body):
            continue  # "om" without "te V" is a preposition ("om 9 uur")
        if 2 <= len(body.split()) <= _MAX_WORDS:
            return body
    return None


_NOT_BEFORE_VERB = DETERMINERS | {"this", "these", "those", "dit", "deze"}
_CLAUSE_WORDS = frozenset({"and", "but", "or", "en", "maar", "of", "which", "who", "die", "wie"})


def _new_clause(word: str) -> bool:
    return word.endswith((",", ";")) or word.lower() in _CLAUSE_WORDS or is_verb(word.strip(",."))


def with_content(clause: str, before: Sequence[str]) -> str:
    """``clause`` with its first noun phrase that names an earlier act ("that promise") given
    that act's content from the nearest of the sentences ``before`` (oldest first) that reports
    it; ``clause`` itself when there is none."""
    for m in _NP_RE.finditer(clause):
        det, noun = m.group(1), m.group(2)
        kind = _NOUN_KIND.get(noun.lower())
        if kind is None or _HAS_CONTENT.match(clause[m.end() :]):
            continue
        content = next(
            (c for s in reversed(before[-3:]) if (c := _content(s, kind)) is not None), None
        )
        if content is None:
            return clause
        new_det = _DEMONSTRATIVES.get(det.lower())
        if new_det in ("de", "het"):
            new_det = "het" if noun.lower() in _HET_NOUNS else "de"
        if new_det is None:
            new_det = det
        elif det[:1].isupper():
            new_det = new_det.capitalize()
        return f"{clause[: m.start()]}{new_det} {noun} {content}{clause[m.end() :]}"
    return clause
