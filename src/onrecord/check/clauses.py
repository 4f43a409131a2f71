"""Splitting a sentence that makes two assertions into two claims.

Compound sentences are split at "and"/"but"/"en"/"maar" (and ";") when a verb or a new subject
and verb follow: "Vale agreed to X and proposed Y" -> "Vale agreed to X." + "Vale proposed Y.";
"between Lumen and Vale Motors" stays whole.
"""

from __future__ import annotations

import re

from onrecord.check.claim_lexicon import ADVERBS, is_verb
from onrecord.check.claim_names import TOKEN_RE, NameContext
from onrecord.check.claim_text import (
    DETERMINERS,
    PRONOUNS,
    end_sentence,
    lang_words,
    upper_first,
    words,
)
from onrecord.check.claimant import det_np, reorder_subordinate, subject_np


def _inside_quotes_or_parens(s: str, pos: int) -> bool:
    head = s[:pos]
    if head.count("(") > head.count(")"):
        return True
    if head.count("“") > head.count("”"):
        return True
    return head.count('"') % 2 == 1


def _subject_prefix(clause: str, ctx: NameContext, lang: str | None) -> str | None:
    """The subject phrase of ``clause`` to repeat before a verb-only conjunct."""
    toks = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(clause)]
    for k, (w, start, _) in enumerate(toks[:8]):
        if k and is_verb(w, lang):
            prefix = clause[:start].strip(" ,")
            first = toks[0][0]
            if (
                first[:1].isupper()
                and (first.lower() in DETERMINERS | PRONOUNS or ctx.mentions(prefix))
                and not any(p in prefix for p in ",;:")
                and prefix.split()[0].lower() not in ("in", "on", "at", "op", "na", "toen")
            ):
                return prefix
            break
    subj = ctx.subject(clause)
    return subj if subj and ctx.classify(subj) in ("person", "unknown") else None


def split_compound(s: str, lang: str | None, ctx: NameContext) -> list[str]:
    en, nl = lang_words(lang)
    conj = [c for c, ok in (("and", en), ("but", en), ("en", nl), ("maar", nl)) if ok]
    pattern = re.compile(r"(?:,\s*)?\s(" + "|".join(conj) + r")\s+|;\s+")
    for m in pattern.finditer(s):
        head = s[: m.start()]
        tail = s[m.end() :]
        if _inside_quotes_or_parens(s, m.start()) or len(words(head)) < 3:
            continue
        if re.search(r"(?i)\b(?:both|zowel|either|neither|between|tussen)\b", head):
            continue
        toks = [(t.group(), t.start(), t.end()) for t in TOKEN_RE.finditer(tail)]
        k = 0
        while k < min(len(toks), 2) and toks[k][0].lower() in ADVERBS:
            k += 1
        if k >= len(toks) or len(toks) < 2:
            continue
        new_clause: str | None = None
        if m.group(0).strip() == ";":
            if len(toks) >= 3:
                new_clause = tail
        elif is_verb(toks[k][0], lang):
            subj = _subject_prefix(head, ctx, lang)
            if subj:
                new_clause = f"{subj} {tail}"
        else:
            n = subject_np(toks, ctx, tail, lang)
            if n and n < len(toks) and is_verb(toks[n][0], lang):
                new_clause = tail
        if new_clause is None:
            continue
        first = end_sentence(head.strip())
        return [first, *split_compound(upper_first(new_clause.strip()), lang, ctx)]
    return [s]


_BECAUSE = re.compile(
    r"^(?P<main>.+?\b(?:klaagde|klaagden|klaagt|sleepte|sleept|sued|sues)\b.+?)\s*,?\s+"
    r"(?P<why>(?:omdat|because|alleging\s+that|claiming\s+that)\s+.+)$",
    re.I,
)
_SHOWS = re.compile(
    r"^(?P<main>.+?),?\s+(?:that|which)\s+(?:show|shows|showed|prove|proves|proved|reveal|"
    r"reveals|revealed)\s+(?:that\s+)?(?P<what>.+)$|"
    r"^(?P<nlmain>.+?),?\s+(?:waaruit|waarin)\s+(?:\w+\s+)?(?:blijkt|bleek|staat|stond)\s+"
    r"dat\s+(?P<nlwhat>.+)$",
    re.I,
)
_WHILE = re.compile(r"^(?P<main>.+?),\s*(?:terwijl|whereas|while)\s+(?P<other>.+)$", re.I)


def _has_clause(s: str, ctx: NameContext, lang: str | None) -> bool:
    toks = [(t.group(), t.start(), t.end()) for t in TOKEN_RE.finditer(s)]
    n = subject_np(toks, ctx, s, lang) or det_np(toks)
    return bool(n) and any(is_verb(t[0], lang) for t in toks[n:])


def _subordinate(s: str, lang: str | None, ctx: NameContext) -> str:
    s = end_sentence(s.strip())
    return upper_first(reorder_subordinate(s, ctx) if lang == "nl" else s)


def split_assertions(s: str, lang: str | None, ctx: NameContext) -> list[tuple[str, bool]]:
    """The assertions of a sentence, each with whether it is claimed by the subject of the
    first ("Vale klaagde Lumen aan omdat het lab zijn missie zou hebben verlaten": the second
    is Vale's claim, not the document's)."""
    m = _BECAUSE.match(s)
    if m:
        why = re.sub(r"(?i)^(?:omdat|because|alleging\s+that|claiming\s+that)\s+", "", m["why"])
        if _has_clause(why, ctx, lang):
            first = [(c, False) for c in split_compound(end_sentence(m["main"]), lang, ctx)]
            return [*first, (_subordinate(why, lang, ctx), True)]
    m = _SHOWS.match(s)
    if m:
        main, what = (m["main"], m["what"]) if m["main"] else (m["nlmain"], m["nlwhat"])
        if len(words(main)) >= 3 and _has_clause(what, ctx, lang):
            first = split_compound(end_sentence(main), lang, ctx)
            return [(c, False) for c in [*first, _subordinate(what, lang, ctx)]]
    m = _WHILE.match(s)
    if m and len(words(m["main"])) >= 3 and _has_clause(m["other"], ctx, lang):
        first = split_compound(end_sentence(m["main"]), lang, ctx)
        return [(c, False) for c in [*first, _subordinate(m["other"], lang, ctx)]]
    return [(c, False) for c in split_compound(s, lang, ctx)]
