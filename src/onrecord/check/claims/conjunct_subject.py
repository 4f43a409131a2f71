"""The subject a second verb phrase shares, past an apposition or a fronted adverbial.

"Vale agreed to X and proposed Y" is split into two claims with "Vale" repeated
(:func:`onrecord.check.claims.clauses.split_compound`). Writers put more before the verb than a bare
subject, and the split was lost whenever they did:

* an apposition around the name: "Her co-founder, Rupert Aldane, a former management
  consultant, joined in 2017 and put £40,000 ...", "The Defendant's night supervisor, Stuart
  Fenby, saw the alarm but did not call ...", "De directeur van Hoornblad, Olaf Brinkerink,
  zat ... en ...": the name is the subject;
* an English adverbial before the subject: "Today the company runs ... and employs ...",
  "Since the fire we have fitted ... and hired ...", "In 2019, the club ...": the words from
  the subject on.

Not past a verb of saying: in "In a statement, Quenby said it was 'disappointed' and was
considering an appeal" the second verb may be the reported speaker's, not the framer's.

A conjunct may itself open with an adverbial before its own subject: "..., and by the end of
2018 he had cleared debts of £1.8 million", Dutch "..., en daar kwam de verkoop niet ter
sprake" (the verb second, its subject after it): a clause of its own (:func:`fronted_clause`).
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import PREPOSITIONS, SPEECH_EN, SPEECH_NL, is_verb
from onrecord.check.language.claim_names import NameContext, token_spans
from onrecord.check.language.claim_text import DETERMINERS

__all__ = ["core_clause", "fronted_clause"]

_KINDS = ("person", "unknown", "org")
#: a one-word English adverbial that may open a clause before its subject
_FRONT_EN = frozenset(
    {"today", "now", "yesterday", "currently", "recently", "meanwhile", "later", "earlier"}
)
_SUBJ_PRONOUNS_EN = frozenset({"i", "we", "he", "she", "they", "it", "nobody"})
#: Dutch adverbs after which the finite verb comes second: "en daar kwam de verkoop ..."
_FRONT_NL = frozenset(
    {"daar", "toen", "daarna", "sindsdien", "inmiddels", "vervolgens", "nu", "intussen"}
)
_SUBJ_PRONOUNS_NL = frozenset({"ik", "wij", "we", "hij", "zij", "ze", "het", "niemand"})


def _apposed_name(head: str, ctx: NameContext) -> str | None:
    """The clause from the name on when a comma-set segment before the verb is only a name:
    "Her co-founder, Rupert Aldane, a former ..., joined" -> "Rupert Aldane joined"."""
    segments = [p.strip() for p in head.split(",")]
    if len(segments) < 2:
        return None
    for i, seg in enumerate(segments[:-1]):
        names = [m for m in ctx.mentions(seg) if m.kind in _KINDS]
        if len(names) != 1 or names[0].start > 0 or names[0].end < len(seg) - 1:
            continue
        # the segments after the name up to the verb are descriptions: "a former consultant"
        rest = segments[i + 1 :]
        between = rest[:-1]
        if all(token_spans(b) and token_spans(b)[0][0].lower() in DETERMINERS for b in between):
            return f"{seg} {rest[-1]}"
    return None


def _fronted_en(head: str, ctx: NameContext) -> str | None:
    """The clause from its subject on after an English fronted adverbial, else None."""
    comma = re.match(
        r"^(?:In|On|At|By|After|Before|During|Since|Until|Last|This|As|For|Under|Despite"
        r"|Following|Within|Throughout|Over)\b[^,]{1,40},\s+",
        head,
    )
    if comma:
        return head[comma.end() :]
    toks = token_spans(head)
    if len(toks) < 3:
        return None
    first = toks[0][0].lower()
    if first not in _FRONT_EN and first not in PREPOSITIONS:
        return None
    mention_starts = {m.start for m in ctx.mentions(head) if m.kind in _KINDS}
    for k in range(1, min(len(toks) - 1, 8)):
        w, start, _ = toks[k]
        prev = toks[k - 1][0].lower()
        if w.lower() in _SUBJ_PRONOUNS_EN:
            return head[start:]
        if prev in PREPOSITIONS or prev in DETERMINERS or prev == "of":
            continue  # the object of the fronted preposition: "Since the fire", "In May"
        if w.lower() in DETERMINERS or start in mention_starts:
            return head[start:]
    return None


def core_clause(head: str, ctx: NameContext, lang: str | None) -> str | None:
    """``head`` from its subject on, past an apposition or (English) a fronted adverbial;
    None when it has neither."""
    core = _apposed_name(head, ctx)
    if core is None and lang != "nl":
        core = _fronted_en(head, ctx)
    if core and {w.lower() for w, _, _ in token_spans(core)} & (SPEECH_EN | SPEECH_NL):
        return None  # "..., Quenby said it was 'disappointed' and was considering": its words
    return core if core and core != head else None


def fronted_clause(tail: str, ctx: NameContext, lang: str | None) -> bool:
    """``tail`` (after "and"/"en") is a clause of its own that opens with an adverbial: an
    English preposition's phrase then a subject pronoun or name and a verb ("by the end of 2018
    he had cleared ..."), a Dutch adverb then the finite verb ("daar kwam de verkoop ...")."""
    toks = token_spans(tail)
    if len(toks) < 3:
        return False
    first = toks[0][0].lower()
    if lang != "en" and first in _FRONT_NL and is_verb(toks[1][0], "nl"):
        return True
    if lang == "nl" or first not in PREPOSITIONS:
        return False
    ends = {m.start: m.end for m in ctx.mentions(tail) if m.kind in _KINDS}
    for k in range(2, min(len(toks) - 1, 9)):
        w, start, end = toks[k]
        if w.lower() in _SUBJ_PRONOUNS_EN or start in ends:
            after = [t for t in toks[k + 1 :] if t[1] >= ends.get(start, end)]
            return bool(after) and is_verb(after[0][0], "en")
    return False
