"""The stance of a comment written above a forwarded (or quoted) message.

"Andrej is exactly right.", "See below, I agree", "Klopt helemaal, zie hieronder", "Marcus heeft
gelijk" agree with what follows; "This is nonsense:", "Dit klopt niet", "Andrej is wrong" reject
it. A cover note ("FYI", "see below", "ter info", "Forwarding for your records") takes no side.
:func:`sentence_stance` reads one sentence; :func:`comment_stance` a comment's first sentences.

Rules, in order: a question or a conditional ("if", "als") takes no side; a rejection phrase
wins over an agreement phrase ("niet mee eens" holds "mee eens"); an agreement phrase after a
negation ("I don't think Andrej is right") is a rejection. An agreement by a bare "is right"
needs a person or the forwarded text as its subject ("Andrej is right", "she's right", "this
is exactly right"), so "the timing is right" is no endorsement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["comment_stance", "sentence_stance"]

AGREE, DISAGREE = "agree", "disagree"
#: A longer sentence says more than its stance: it stays its writer's statement, no endorsement.
MAX_WORDS = 12

_ADV = r"(?:exactly|absolutely|completely|totally|entirely|quite|so|100%|dead|spot|perfectly|fully)"
# a name as written (capitalised), or a pronoun or the forwarded text in any case
_SUBJECT = (
    r"(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}|(?i:you|he|she|they|this|that|it|all of this|every word"
    r"|everything (?:below|here|he says|she says)|what (?:he|she|they|\w+) (?:says|writes|wrote|said)))"
)
_AGREE_EN = (
    rf"(?:^|[,:;.]\s*|\b(?i:think|says?)\s+){_SUBJECT}(?:\s+(?i:is|are|was|were)|(?i:'s|'re))\s+"
    rf"(?i:{_ADV}\s+)?(?i:right|correct|spot on|on point|on the money)\b"
    r"|(?i:\bi\s+(?:fully\s+|completely\s+|totally\s+|entirely\s+|strongly\s+|wholeheartedly\s+"
    r"|very much\s+|100%\s+)?agree\b)"
    r"|(?i:\b(?:couldn't|could not|can't|cannot) agree more\b)"
    r"|(?i:\bwell said\b|\bhear,? hear\b|\bspot on\b|\bexactly (?:this|right)\b|\bnail(?:s|ed) it\b"
    r"|\bi (?:fully |completely )?(?:support|endorse|second) (?:this|that|every word|him|her)\b"
    r"|\b(?:this|that|it) is (?:exactly |absolutely |completely )?(?:right|correct|true)\b"
    r"|^agreed\b|\bthe same here\b|^\+1\b)"
)
_AGREE_NL = (
    r"\bklopt\s+(?:helemaal|precies|volledig|als een bus)\b"
    r"|\b(?:dit|dat|het)\s+klopt\b|^klopt\b"
    r"|\bheeft\s+(?:helemaal\s+|volkomen\s+|volledig\s+|groot\s+|100%\s+|absoluut\s+)?gelijk\b"
    r"|\bmee\s+eens\b|\bhelemaal\s+eens\b|\beens\s+met\s+\w+"
    r"|\bprecies\s+wat\s+ik\s+(?:bedoel|zeg|denk)\b|\bgoed\s+(?:punt|gezegd)\b"
    r"|\bsluit\s+me\s+(?:hier\s*|daar\s*)?(?:bij\s+)?aan\b|\bonderschrijf\b|\bhelemaal\s+waar\b"
)
# a clause start: where "that's wrong" is the writer's verdict, not "everything that's wrong"
_CLAUSE = r"(?:^|[,:;.!]\s*|\b(?i:and|but|i think|en|maar|want)\s+)"
_VERB = r"(?:\s+(?i:is|are|was|were)|(?i:'s|'re))\s+"
# rejections with a subject (case matters for names: compiled without IGNORECASE)
_DISAGREE_NAMED = (
    rf"{_CLAUSE}(?i:this|that|it){_VERB}(?i:(?:complete|total|utter|pure|absolute|simply|just|"
    r"plain|really)\s+)?(?i:nonsense|rubbish|garbage|bs|bullshit|wrong|false|untrue|not true|"
    r"incorrect|misleading|a lie|lies|not what happened|not correct|not right)\b"
    rf"|{_CLAUSE}{_SUBJECT}{_VERB}(?i:(?:completely|totally|simply|just|dead)\s+)?"
    r"(?i:wrong|mistaken|not right|not correct|lying)\b"
)
_DISAGREE_ALL = (
    r"^(?:nonsense|rubbish|not true|wrong|false)\b"
    r"|\bi\s+(?:strongly\s+|completely\s+|totally\s+|fully\s+)?disagree\b"
    r"|\b(?:don't|do not|cannot|can't)\s+agree\b|\bdon't believe (?:a word|this|it)\b"
    r"|\b(?:dit|dat|het)\s+is\s+(?:echt\s+|complete\s+|totale\s+|klinkklare\s+|pure\s+|gewoon\s+)?"
    r"(?:onzin|nonsens|onjuist|niet waar|niet juist|flauwekul|onwaar|fout|gelul|kletskoek)\b"
    r"|^(?:onzin|nonsens|flauwekul|klopt niet)\b"
    r"|\bklopt\s+(?:helemaal\s+|echt\s+|gewoon\s+)?(?:niet|niets|geen\s+hout)\b"
    r"|\bheeft\s+(?:helemaal\s+|volkomen\s+)?(?:ongelijk|geen\s+gelijk)\b"
    r"|\bniet\s+mee\s+eens\b|\boneens\b|\bniet\s+(?:waar|juist|correct)\b"
)
_AGREE_RE = re.compile(_AGREE_EN)  # case matters for names; the rest is marked (?i:)
_AGREE_NL_RE = re.compile(_AGREE_NL, re.IGNORECASE)
_DISAGREE_RE = re.compile(_DISAGREE_ALL, re.IGNORECASE)
_DISAGREE_NAMED_RE = re.compile(_DISAGREE_NAMED)
_NEGATION = re.compile(
    r"\b(?:not|never|no|don't|doesn't|isn't|wasn't|didn't|hardly|niet|nooit|geen)\b|n't\b",
    re.IGNORECASE,
)
# a partial assent ("I agree with the timeline but not the budget") takes no side
_BUT = re.compile(r"\b(?:but|except|however|although|though|maar|behalve|echter|hoewel)\b", re.I)
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether|als|indien|tenzij|of\s+\w+\s+gelijk)\b", re.I)


def sentence_stance(sentence: str) -> str | None:
    """``"agree"``, ``"disagree"`` or None for one sentence of a comment."""
    s = " ".join(sentence.replace("’", "'").split())
    if not s or len(s.split()) > MAX_WORDS or s.endswith("?"):
        return None
    if _DISAGREE_RE.search(s) or _DISAGREE_NAMED_RE.search(s):
        return DISAGREE
    m = _AGREE_RE.search(s) or _AGREE_NL_RE.search(s)
    if m is None:
        return None
    before = s[: m.start()]
    if _CONDITIONAL.search(s[: m.end() + 30]) or _BUT.search(s, m.end()):
        return None
    if _NEGATION.search(before):
        return DISAGREE
    return AGREE


def comment_stance(sentences: Sequence[str], most: int = 3) -> tuple[int, str] | None:
    """(index of the sentence that takes a side, stance) for a comment's sentences, or None:
    its first ``most`` sentences are read, and they must not take both sides."""
    found = [(i, st) for i, s in enumerate(sentences[:most]) if (st := sentence_stance(s))]
    if not found or len({st for _, st in found}) > 1:
        return None
    return found[0]
