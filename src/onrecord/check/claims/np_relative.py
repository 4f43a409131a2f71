"""A non-restrictive "which"-clause after a noun phrase that ends the sentence: a claim of its own.

:func:`onrecord.check.claims.clauses.split_relative` splits a relative clause after a name; writers put
as many after a described thing: "... caused by a faulty switch, which was replaced on 3
December", "Wierzbicki signed a new four-year contract in January 2025, which contains no release
clause", "... from the Lantern Walk, which raised £310,000 in September", "... engaged an external
adviser, Lindgate Actuarial, which confirmed a shortfall". The relative clause says something of
its antecedent, the last noun phrase with an article or possessive (a time phrase may follow it:
"in January 2025"); an indefinite article becomes definite in the new claim ("The faulty switch
was replaced on 3 December."). "which" standing for the whole clause ("..., which means ...",
"..., which we reported", "... of the particles, which points to ...") is left alone: its verb
is one of consequence, does not agree with the noun phrase, or it is no subject relative. A
relative closed by a comma before the main clause's verb ("that the contract, which ran until
2030, was void") gives that verb back to the main clause. English only: a Dutch "die"/"dat"
after the verb cluster points back past it.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import PREPOSITIONS, is_verb
from onrecord.check.language.claim_names import NameContext, token_spans
from onrecord.check.language.claim_text import DETERMINERS, end_sentence, upper_first, words

__all__ = ["np_relative"]

_REL = re.compile(r"^(?P<main>.+?),\s+which\s+(?P<body>.+?)(?P<end>[.!]?)$")
#: verbs after which "which" is the whole clause: "..., which means the pool will close"
_CLAUSAL = frozenset(
    [
        "means",
        "meant",
        "led",
        "leads",
        "prompted",
        "prompts",
        "caused",
        "causes",
        "made",
        "makes",
        "explains",
        "explained",
        "angered",
        "surprised",
        "shocked",
        "suggests",
        "suggested",
        "would",
        "could",
        "might",
    ]
)
#: words that open an object relative or no clause: "which we reported", "which the board ..."
_NOT_VERB = (
    frozenset(["i", "we", "you", "he", "she", "they", "it", "who", "this", "these", "those", "not"])
    | DETERMINERS
)
_DETS = DETERMINERS | {"our", "my", "your", "this", "that", "these", "those"}
_TIME = re.compile(
    r"(?i)\s+(?:in|on|since|from)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|\d{4})(?:\s+\d{4})?$"
)


def _antecedent(main: str) -> str | None:
    """The noun phrase that ends ``main`` (a time phrase after it aside), with its article."""
    core = _TIME.sub("", main.rstrip())
    toks = token_spans(core)
    for k in range(len(toks) - 1, max(len(toks) - 7, 0), -1):
        w = toks[k][0]
        if w.lower() in _DETS:
            after = toks[k + 1 :]
            if not after or any(
                is_verb(t[0], "en") or t[0].lower() in PREPOSITIONS or t[0] == "and" for t in after
            ):
                return None
            return core[toks[k][1] :].strip()
        if is_verb(w, "en"):
            return None
    return None


def _disagrees(np: str, verb: str) -> bool:
    """A plural noun phrase before a verb of the singular ("71 percent of the particles, which
    points to ..."): "which" stands for the whole clause, not for the noun phrase."""
    head = (words(np) or [""])[-1].lower()
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s"))
    low = verb.lower()
    if low in ("is", "was", "has", "does"):
        return plural
    return plural and low.endswith("s") and not low.endswith(("ss", "us")) and low not in _S_ADVERBS


#: adverbs in -s that may stand where the verb is ("which sometimes ...")
_S_ADVERBS = frozenset(["sometimes", "perhaps", "always", "afterwards", "thus", "nevertheless"])


def _definite(np: str) -> str:
    first, _, rest = np.partition(" ")
    return f"the {rest}" if first.lower() in ("a", "an") else np


def np_relative(s: str, lang: str | None, ctx: NameContext) -> tuple[str, list[str]] | None:
    """(the main clause, the relative clause's claim) for "..., NP, which VERB ...", else None."""
    if lang == "nl":
        return None
    m = _REL.match(s)
    if not m or len(words(m["main"])) < 4:
        return None
    body = token_spans(m["body"])
    if len(body) < 2 or body[0][0].lower() in _CLAUSAL:
        return None
    k = 0
    while k < len(body) - 1 and body[k][0].lower() in ("also", "then", "later", "now", "still"):
        k += 1
    first = body[k][0]
    if not first.islower() or first in _NOT_VERB or first in PREPOSITIONS:
        return None  # "which we reported", "which the board approved": an object relative
    main = m["main"]
    head, _, last = main.rpartition(", ")
    names = [n for n in ctx.mentions(last) if n.kind in ("person", "unknown", "org")]
    if head and names and names[0].start == 0 and _antecedent(head):
        np = " ".join(last.split())  # "an external adviser, Lindgate Actuarial, which ..."
    else:
        np = _antecedent(main) or ""
    if not np or _disagrees(np, first):
        return None
    rel, after = m["body"].strip(), ""
    closed = _CLOSED.match(rel)
    if closed and _verb_like(closed["verb"]):
        # "... that the contract, which ran until 2030, was void": the relative closes before
        # the main clause's verb, which goes back to its clause
        rel, after = closed["rel"], " " + closed["after"]
    return end_sentence(main + after), [upper_first(end_sentence(f"{_definite(np)} {rel}"))]


#: a relative clause closed by a comma, the main clause's verb after it
_CLOSED = re.compile(r"^(?P<rel>[^,]+),\s+(?P<after>(?P<verb>[a-z]+)\b.*)$")


def _verb_like(word: str) -> bool:
    """``word`` may be a finite verb: one the lists know, or a past or third person form."""
    return is_verb(word, "en") or (word.endswith(("ed", "s")) and not word.endswith("ss"))
