"""Claims to check against the record: from the command line, a JSONL/CSV file, or extracted
from a document (Markdown, HTML, PDF, plain text).

Extraction from a document (:func:`claims_from_text`), sentence by sentence
(:func:`onrecord.text.sentences.split_sentences`):

* dropped: Markdown headings and short lines without final punctuation that stand alone
  (headings), questions, boilerplate (bylines, "Read more"/"Lees ook", copyright, cookie and
  newsletter notices, navigation with ``|``/``»`` separators, captions, publication dates),
  pure opinions ("This is shocking.", "Dit is schandalig!", "I think ...", "Volgens mij ...")
  and fragments of fewer than four words;
* the claimant framing is taken off: "According to X, S", "S, according to X", "X claims /
  alleges / contends / says that S" (present tense, or any tense when X is a document such as
  "the complaint"), "Volgens X <verb> <subject> ..." (reordered: "Volgens de aanklacht wilde
  Vale ..." -> "Vale wilde ..."), "... volgens X ...", "S, aldus X", "X stelt/beweert dat S"
  (the subordinate clause reordered when simple). X becomes the claimant; otherwise the
  document's author is. Past-tense speech by a person ("Vale insisted that ...") is not
  framing: it is the claim itself, of kind ``about_speech``;
* compound sentences are split at "and"/"but"/"en"/"maar" (and ";") when a verb or a new
  subject and verb follow: "Vale agreed to X and proposed Y" -> "Vale agreed to X." +
  "Vale proposed Y."; "between Lumen and Vale Motors" stays whole;
* a clause-initial "He"/"She"/"Hij"/"Zij" becomes the person named in the same sentence before
  it, or else in the previous sentence (or the one before, when the previous names none), when
  exactly one person is named there;
* the subject is the person the claim is about (see :mod:`onrecord.check.claim_names`).

``original`` is always the exact sentence (``source_text[span[0]:span[1]]``); ``text`` is the
claim as it will be judged: markup removed, whitespace collapsed, framing removed, pronouns
resolved. Claims from arguments, JSONL and CSV have ``span`` None and are never split.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from onrecord.check.claim_lexicon import (
    ADVERBS,
    BOILERPLATE_ANY_RE,
    BOILERPLATE_RE,
    BYLINE_RE,
    COPULAS,
    DOC_FRAMERS,
    EVALUATIVE,
    FRAME_LEGAL_EN,
    FRAME_PAST_EN,
    FRAME_PAST_NL,
    FRAME_PRESENT_EN,
    FRAME_PRESENT_NL,
    INTENSIFIERS,
    NAV_SEPARATORS,
    OPINION_HEAD,
    OPINION_RE,
    SPEECH_EN,
    SPEECH_EN_AMBIGUOUS,
    SPEECH_EN_BASE,
    SPEECH_EN_PASSIVE,
    SPEECH_EN_PRECEDERS,
    SPEECH_NL,
    SPEECH_NL_MULTI,
    TITLES,
    is_verb,
)
from onrecord.check.claim_names import TOKEN_RE, NameContext
from onrecord.ingest.documents import parse_document, read, split_front_matter
from onrecord.text.lang import UND, detect_langs, detect_message_langs
from onrecord.text.sentences import split_sentences

__all__ = [
    "ABOUT_SPEECH",
    "FACT",
    "Claim",
    "ClaimsError",
    "claims_from_args",
    "claims_from_file",
    "claims_from_text",
]

ABOUT_SPEECH = "about_speech"
FACT = "fact"


class ClaimsError(ValueError):
    """Input that cannot be read as claims; the message says what is wrong and where."""


@dataclass(slots=True)
class Claim:
    text: str  # the claim as it will be judged
    original: str  # the sentence as written
    lang: str  # ISO 639-1, or "und"
    subject: str | None  # the person (else organisation) the claim is about, as written
    claimant: str | None  # who makes the claim
    source: str | None  # file path or "argument"
    span: tuple[int, int] | None  # span of `original` in the source text
    kind: str  # "about_speech" or "fact"


# ------------------------------------------------------------------------------------------
# Markup and small helpers
# ------------------------------------------------------------------------------------------

_LINE_MARKERS = re.compile(r"(?m)^[ \t]*(?:>[ \t]*)*(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?")
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s")
_LIST_MARK = re.compile(r"^\s*(?:>\s*)*(?:[-*+•]|\d{1,3}[.)])\s+")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_EMPH = re.compile(r"(?<![\w*])[*_](\S(?:.*?\S)?)[*_](?![\w*])")
_CODE = re.compile(r"`([^`]*)`")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_CLOSERS = "\"'”’»)]"
_QUOTES = "\"'“”‘’«»„"
_PRONOUNS = {"he", "she", "hij", "zij"}
# fmt: off
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "de", "het", "een", "zijn", "haar", "hun"}
)
# fmt: on
_NL_SUBJ_PRONOUNS = {"hij", "zij", "ze", "het", "men", "wij", "we", "ik", "jij", "u"}


def _clean(s: str) -> str:
    """A sentence without Markdown/HTML markup, on one line."""
    s = _LINE_MARKERS.sub("", s)
    s = s.lstrip("#").lstrip() if _HEADING_MARK.match(s) else s
    s = _IMAGE.sub("", s)
    s = _LINK.sub(r"\1", s)
    s = _FOOTNOTE.sub("", s)
    s = _STRONG.sub(r"\2", s)
    s = _EMPH.sub(r"\1", s)
    s = _CODE.sub(r"\1", s)
    s = _TAG.sub("", s)
    return " ".join(s.split())


def _words(s: str) -> list[str]:
    return TOKEN_RE.findall(s)


def _upper_first(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _end(s: str, final: str = ".") -> str:
    """``s`` ending in sentence punctuation."""
    s = s.rstrip(" ,;:")
    return s if s and s[-1] in ".!?…" + _CLOSERS else s + final


def _final_punct(s: str) -> str:
    m = re.search(r"[.!?…]+[" + re.escape(_CLOSERS) + r"]*$", s)
    return m.group() if m else "."


def _strip_quotes(s: str) -> str:
    s = s.strip()
    if len(s) > 2 and s[0] in _QUOTES and s.rstrip(".")[-1:] in _QUOTES:
        s = s[1:].rstrip(".").rstrip(_QUOTES)
    return s.strip(" ," + _QUOTES)


def _norm_lang(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().lower().replace("_", "-").split("-")[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _lang_words(lang: str | None) -> tuple[bool, bool]:
    return lang != "nl", lang != "en"  # (English rules, Dutch rules)


# ------------------------------------------------------------------------------------------
# What is not a claim
# ------------------------------------------------------------------------------------------


def _alone_on_line(body: str, a: int, b: int) -> bool:
    before = body[:a].rstrip(" \t")
    after = body[b:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _split_short_lines(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a sentence after a short line of its own without final punctuation ("Lees ook:
    ...", a byline, an HTML heading) that the sentence splitter joined to the next line."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while True:
            nl = body.find("\n", a, b)
            if nl < 0:
                break
            line_start = body.rfind("\n", 0, a) + 1
            line = body[a:nl].rstrip()
            nxt = body[nl:b].lstrip()
            if (
                not body[line_start:a].strip()
                and len(body[line_start:nl].rstrip()) <= 60
                and line
                and line.rstrip(_CLOSERS)[-1:] not in ".!?…,;"
                and nxt[:1].isupper()
            ):
                out.append((a, a + len(line)))
                a = b - len(nxt)
                continue
            break
        out.append((a, b))
    return out


def _is_heading(original: str, clean: str, body: str, a: int, b: int) -> bool:
    if _HEADING_MARK.match(original) or re.fullmatch(r"[=\-*_ ]{3,}", clean):
        return True
    if clean.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…", ":", ";"):
        return False
    words = _words(clean)
    if _LIST_MARK.match(original) and len(words) >= 5:
        return False  # a list item without a final period
    return _alone_on_line(body, a, b) and len(words) <= 15


def _is_boilerplate(clean: str) -> bool:
    words = _words(clean)
    n = len(words)
    if BYLINE_RE.match(clean) and n <= 8:
        return True
    if BOILERPLATE_RE.match(clean) and n <= 15:
        return True
    if BOILERPLATE_ANY_RE.search(clean) and n <= 25:
        return True
    if len(NAV_SEPARATORS.findall(f" {clean} ")) >= 2:
        return True
    return bool(_URL.search(clean)) and len(_words(_URL.sub(" ", clean))) < 4


def _is_question(clean: str) -> bool:
    return clean.rstrip(_CLOSERS + " ").endswith("?")


def _is_opinion(clean: str) -> bool:
    if OPINION_RE.search(clean):
        return True
    words = [w.lower() for w in _words(clean)]
    has_digit = any(c.isdigit() for c in clean)
    if (
        len(words) >= 3
        and words[0] in OPINION_HEAD
        and words[1] in COPULAS
        and not has_digit
        and len(words) <= 12
    ):
        rest = words[2:]
        while rest and rest[0] in INTENSIFIERS:
            rest = rest[1:]
        if rest and rest[0] in EVALUATIVE:
            return True
    if clean.rstrip(_CLOSERS).endswith("!") and len(words) <= 8 and not has_digit:
        return any(w in EVALUATIVE for w in words)
    return False


# ------------------------------------------------------------------------------------------
# Claimant framing
# ------------------------------------------------------------------------------------------


def _claimant_name(c: str, ctx: NameContext) -> str | None:
    """The framer as a claimant: a person's name when the phrase is titles + a name."""
    c = _strip_quotes(" ".join(c.split())).strip(" .,")
    if not c or len(_words(c)) > 8:
        return None
    ms = [m for m in ctx.mentions(c) if m.kind in ("person", "unknown")]
    if len(ms) == 1:
        rest = (c[: ms[0].start] + c[ms[0].end :]).lower()
        if all(w in TITLES or w in _DETERMINERS for w in _words(rest)):
            return ms[0].text
    first, _, tail = c.partition(" ")
    if first.lower() in _DETERMINERS and tail:
        c = f"{first.lower()} {tail}"
    return c


def _framer_ok(c: str, lang: str | None) -> bool:
    """``c`` can be the subject of a framing verb: a short noun phrase."""
    words = _words(c)
    if not words or len(words) > 7 or "," in c:
        return False
    if not (words[0][:1].isupper() or words[0].lower() in _DETERMINERS):
        return False
    return not any(is_verb(w, lang) for w in words[1:])


def _is_doc_framer(c: str) -> bool:
    words = [w.lower() for w in _words(c)]
    return bool(words) and words[-1] in DOC_FRAMERS


def _subject_np(
    words: list[tuple[str, int, int]], ctx: NameContext, text: str, lang: str | None
) -> int:
    """Number of tokens at the start of ``words`` that make a subject (pronoun, name or a
    determiner + noun); 0 when none is found."""
    if not words:
        return 0
    w0 = words[0][0]
    if w0.lower() in _NL_SUBJ_PRONOUNS | _PRONOUNS:
        return 1
    for m in ctx.mentions(text[words[0][1] :]):
        if m.start == 0:
            end = words[0][1] + m.end
            return sum(1 for w in words if w[2] <= end)
        break
    if w0.lower() in _DETERMINERS:  # "the company", "de raad van bestuur" (up to 3 words)
        for n in (2, 3):
            if len(words) > n and is_verb(words[n][0], lang) and not is_verb(words[n - 1][0], lang):
                return n
    return 0


def _reorder_nl_main(rest: str, ctx: NameContext) -> str | None:
    """Verb-first after "Volgens X": "wilde Vale de controle" -> "Vale wilde de controle"."""
    toks = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(rest)]
    if len(toks) < 2 or not is_verb(toks[0][0], "nl"):
        return None
    n = _subject_np(toks[1:], ctx, rest, "nl")
    if not n:
        return None
    verb = rest[: toks[0][2]]
    subj = rest[toks[1][1] : toks[n][2]]
    after = rest[toks[n][2] :].lstrip()
    if subj.lower() in _NL_SUBJ_PRONOUNS:
        subj = subj.lower()
    return f"{subj} {verb} {after}".strip()


def _reorder_nl_sub(clause: str, ctx: NameContext) -> str:
    """Verb-final after "dat": "Vale de controle wilde" -> "Vale wilde de controle"."""
    punct = _final_punct(clause) if clause.rstrip()[-1:] in ".!?" else ""
    body = clause.rstrip(" .!?")
    toks = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(body)]
    n = _subject_np(toks, ctx, body, "nl")
    if not n or len(toks) < n + 2:
        return clause
    k = len(toks)
    while k > n + 1 and len(toks) - k < 3:
        w = toks[k - 1][0]
        nonfinite = re.fullmatch(r"[a-zë]{2,}en|ge[a-zë]{2,}[dt]", w) is not None
        if is_verb(w, "nl") or nonfinite:
            k -= 1
            continue
        break
    while k < len(toks) and not is_verb(toks[k][0], "nl"):
        k += 1  # the cluster starts with the finite verb
    if k >= len(toks):
        return clause
    cluster = [t[0] for t in toks[k:]]
    subj = body[: toks[n - 1][2]]
    middle = body[toks[n - 1][2] : toks[k - 1][2]].strip()
    parts = [subj, cluster[0], middle, *cluster[1:]]
    return " ".join(p for p in parts if p) + (punct or "")


def _split_at_that(
    s: str, that: str, verbs_ok: Callable[[str, str], bool], lang: str | None
) -> tuple[str, str] | None:
    """(framer, rest) for "<framer> [adverb] <verb> that <rest>"."""
    for m in re.finditer(rf"\s{that}\s", s):
        head = s[: m.start()]
        hw = [(x.group(), x.start()) for x in TOKEN_RE.finditer(head)]
        if len(hw) < 2:
            continue
        verb, vpos = hw[-1]
        framer_end = vpos
        if len(hw) >= 3 and hw[-2][0].lower() in ADVERBS:
            framer_end = hw[-2][1]
        framer = head[:framer_end].strip()
        if verbs_ok(verb, framer) and _framer_ok(framer, lang):
            return framer, s[m.end() :].strip()
        if len(_words(head)) > 9:
            break
    return None


def _strip_framing(s: str, lang: str | None, ctx: NameContext) -> tuple[str | None, str]:
    """(claimant or None, the claim without its framing)."""
    en, nl = _lang_words(lang)
    if en:
        m = re.match(r"(?i)^according\s+to\s+([^,]{2,80}?),\s*(.+)$", s)
        if m:
            return _claimant_name(m.group(1), ctx), _upper_first(m.group(2))
        m = re.match(r"(?i)^(.+?),\s*according\s+to\s+([^,]{2,80}?)\s*([.!]?)$", s)
        if m:
            return _claimant_name(m.group(2), ctx), _end(_strip_quotes(m.group(1)))
        frame_verbs = "says|claims|argues|contends|alleges|insists|writes|maintains"
        m = re.match(
            rf"^(.+?),[{_QUOTES}]?\s+(?:([^,]{{2,60}}?)\s+(?:{frame_verbs})|(?:{frame_verbs})\s+([^,]{{2,60}}?))[.!]?$",
            s,
        )
        if m and _framer_ok(m.group(2) or m.group(3), lang):
            return _claimant_name(m.group(2) or m.group(3), ctx), _end(_strip_quotes(m.group(1)))

        def en_ok(verb: str, framer: str) -> bool:
            v = verb.lower()
            if not verb[:1].islower():
                return False
            return (
                v in FRAME_PRESENT_EN
                or v in FRAME_LEGAL_EN
                or (v in FRAME_PAST_EN and _is_doc_framer(framer))
            )

        got = _split_at_that(s, "that", en_ok, lang)
        if got:
            return _claimant_name(got[0], ctx), _upper_first(got[1])
    if nl:
        m = re.match(r"(?i)^volgens\s+(.+)$", s)
        if m and not re.match(r"(?i)volgens\s+(?:mij|ons)\b", s):
            rest = m.group(1)
            comma = re.match(r"^([^,]{2,80}),\s*(.+)$", rest)
            if comma and len(_words(comma.group(1))) <= 8:
                return _claimant_name(comma.group(1), ctx), _upper_first(comma.group(2))
            toks = [(t.group(), t.start(), t.end()) for t in TOKEN_RE.finditer(rest)]
            for k in range(1, min(len(toks), 8)):
                if is_verb(toks[k][0], "nl"):
                    framer = rest[: toks[k - 1][2]]
                    reordered = _reorder_nl_main(rest[toks[k][1] :], ctx)
                    if reordered:
                        return _claimant_name(framer, ctx), _upper_first(reordered)
                    break
        m = re.search(
            r"(?i)(?:,\s*|\s)volgens\s+((?:de|het|een|zijn|haar|hun)\s+[\w-]+|(?:[A-Z][\w'’-]*\s?)+)(?:\s*,)?(?=\s|[.!]$)",
            s,
        )
        if m and m.start() > 0 and not re.match(r"(?i)(?:mij|ons)\b", m.group(1)):
            claimant = _claimant_name(m.group(1), ctx)
            rest = (s[: m.start()] + " " + s[m.end() :].lstrip(" ,")).strip()
            rest = re.sub(r"\s+([.!,])", r"\1", rest)
            return claimant, _end(" ".join(rest.split()))
        m = re.match(
            r"^(.+?),\s*(?:aldus|zegt|stelt|meldt|schrijft|beweert|zo\s+(?:zegt|stelt|meldt|schrijft))\s+([^,]{2,60}?)[.!]?$",
            s,
        )
        if m and _framer_ok(m.group(2), "nl"):
            return _claimant_name(m.group(2), ctx), _end(_strip_quotes(m.group(1)))

        def nl_ok(verb: str, framer: str) -> bool:
            v = verb.lower()
            if not verb[:1].islower():
                return False
            return v in FRAME_PRESENT_NL or (v in FRAME_PAST_NL and _is_doc_framer(framer))

        got = _split_at_that(s, "dat", nl_ok, "nl")
        if got:
            return _claimant_name(got[0], ctx), _upper_first(_reorder_nl_sub(got[1], ctx))
    return None, s


# ------------------------------------------------------------------------------------------
# Compound split and pronouns
# ------------------------------------------------------------------------------------------


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
                and (first.lower() in _DETERMINERS | _PRONOUNS or ctx.mentions(prefix))
                and not any(p in prefix for p in ",;:")
                and prefix.split()[0].lower() not in ("in", "on", "at", "op", "na", "toen")
            ):
                return prefix
            break
    subj = ctx.subject(clause)
    return subj if subj and ctx.classify(subj) in ("person", "unknown") else None


def _split_compound(s: str, lang: str | None, ctx: NameContext) -> list[str]:
    en, nl = _lang_words(lang)
    conj = [c for c, ok in (("and", en), ("but", en), ("en", nl), ("maar", nl)) if ok]
    pattern = re.compile(r"(?:,\s*)?\s(" + "|".join(conj) + r")\s+|;\s+")
    for m in pattern.finditer(s):
        head = s[: m.start()]
        tail = s[m.end() :]
        if _inside_quotes_or_parens(s, m.start()) or len(_words(head)) < 3:
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
            n = _subject_np(toks, ctx, tail, lang)
            if n and n < len(toks) and is_verb(toks[n][0], lang):
                new_clause = tail
        if new_clause is None:
            continue
        first = _end(head.strip())
        return [first, *_split_compound(_upper_first(new_clause.strip()), lang, ctx)]
    return [s]


def _resolve_pronoun(
    clause: str, before: list[str], history: list[list[str]], ctx: NameContext
) -> str:
    """Replace a clause-initial he/she/hij/zij by the one person named just before."""
    m = re.match(r"(?i)^(he|she|hij|zij)\b", clause)
    if not m:
        return clause
    name = _antecedent(before, history, ctx)
    return name + clause[m.end() :] if name else clause


def _antecedent(before: list[str], history: list[list[str]], ctx: NameContext) -> str | None:
    here: list[str] = []
    for text in before:
        for p in ctx.persons(text):
            if not any(ctx.same_person(p.text, q) for q in here):
                here.append(p.text)
    if len(here) == 1:
        return here[0]
    if here:
        return None
    for persons in reversed(history[-2:]):
        if len(persons) == 1:
            return persons[0]
        if persons:
            return None
    return None


# ------------------------------------------------------------------------------------------
# Kind
# ------------------------------------------------------------------------------------------


_BE = {"be", "been", "being", "is", "are", "was", "were"}


def _kind(text: str) -> str:
    toks = _words(text)
    for i, w in enumerate(toks):
        if not w[:1].islower():
            continue
        lw = w.lower()
        prev = toks[i - 1] if i else ""
        if lw in SPEECH_EN_AMBIGUOUS:
            if prev[:1].isupper() or prev.lower() in ("he", "she", "it", "they", "also"):
                return ABOUT_SPEECH
            continue
        if lw in SPEECH_EN_PASSIVE and prev.lower() in _BE:
            continue  # "were to be offered a post", "was told to leave": not the subject's speech
        if lw in SPEECH_EN or lw in SPEECH_NL:
            return ABOUT_SPEECH
        if lw in SPEECH_EN_BASE and prev.lower() in SPEECH_EN_PRECEDERS:
            return ABOUT_SPEECH
    return ABOUT_SPEECH if SPEECH_NL_MULTI.search(text) else FACT


# ------------------------------------------------------------------------------------------
# Public API
# ------------------------------------------------------------------------------------------


def claims_from_text(
    text: str,
    *,
    author: str | None = None,
    source: str | None = None,
    lang: str | None = None,
    names: Sequence[str] = (),
) -> list[Claim]:
    """The check-worthy claims of a document's text (Markdown front matter allowed: its
    ``author`` and ``lang`` are used when not given). Spans index ``text``."""
    fields, body = split_front_matter(text)
    offset = len(text) - len(body)
    author = (author or fields.get("author") or "").strip() or None
    hint = _norm_lang(lang) or _norm_lang(fields.get("lang"))
    spans = _split_short_lines(body, split_sentences(body, hint))
    originals = [body[a:b] for a, b in spans]
    cleaned = [_clean(s) for s in originals]
    if hint:
        doc_lang, langs = hint, detect_langs(cleaned, hint=hint)
    else:
        doc_lang, langs = detect_message_langs(cleaned)
    ctx = NameContext(cleaned, names)

    claims: list[Claim] = []
    history: list[list[str]] = []  # persons named in each earlier sentence
    for (a, b), original, clean, sent_lang in zip(spans, originals, cleaned, langs):
        if not clean or _is_heading(original, clean, body, a, b) or _is_boilerplate(clean):
            continue
        sent_lang = sent_lang if sent_lang != UND else doc_lang
        rule_lang = sent_lang if sent_lang in ("en", "nl") else None
        persons_before = history
        if _is_question(clean) or _is_opinion(clean) or len(_words(clean)) < 4:
            history.append([p.text for p in ctx.persons(clean)])
            continue
        claimant, rest = _strip_framing(clean, rule_lang, ctx)
        explicit = claimant is not None
        if claimant and claimant.lower() in _PRONOUNS:
            claimant = _antecedent([], persons_before, ctx) or claimant
        rest = _resolve_pronoun(rest, [], persons_before, ctx)
        clauses = _split_compound(rest, rule_lang, ctx)
        done: list[str] = []
        for clause in clauses:
            clause = _upper_first(_resolve_pronoun(clause, done, persons_before, ctx))
            done.append(clause)
            claims.append(
                Claim(
                    text=clause,
                    original=original,
                    lang=sent_lang,
                    subject=ctx.subject(clause, exclude=claimant if explicit else None),
                    claimant=claimant if explicit else author,
                    source=source,
                    span=(a + offset, b + offset),
                    kind=_kind(clause),
                )
            )
        resolved = " ".join([*([claimant] if explicit and claimant else []), *done])
        history.append([p.text for p in ctx.persons(resolved)])
    return claims


def _single(
    text: str,
    ctx: NameContext,
    lang: str,
    source: str | None,
    *,
    subject: str | None = None,
    claimant: str | None = None,
    kind: str | None = None,
) -> Claim:
    clean = " ".join(text.split())
    rule_lang = lang if lang in ("en", "nl") else None
    framed_by, rest = _strip_framing(clean, rule_lang, ctx)
    return Claim(
        text=rest,
        original=text,
        lang=lang,
        subject=subject or ctx.subject(rest, exclude=framed_by),
        claimant=claimant or framed_by,
        source=source,
        span=None,
        kind=kind if kind in (ABOUT_SPEECH, FACT) else _kind(rest),
    )


def _langs_for(texts: Sequence[str], given: Sequence[str | None]) -> list[str]:
    cleaned = [" ".join(t.split()) for t in texts]
    hint, detected = detect_message_langs(cleaned)
    if hint != UND:
        detected = detect_langs(cleaned, hint=hint)
    return [g or d for g, d in zip(given, detected)]


def claims_from_args(texts: Sequence[str], *, names: Sequence[str] = ()) -> list[Claim]:
    """One claim per (non-blank) argument, whole: framing removed, subject and kind found."""
    texts = [t for t in texts if t and t.strip()]
    ctx = NameContext([" ".join(t.split()) for t in texts], names)
    langs = _langs_for(texts, [None] * len(texts))
    return [_single(t.strip(), ctx, lg, "argument") for t, lg in zip(texts, langs)]


def _rows_jsonl(text: str, where: str) -> list[dict[str, str | None]]:
    rows: list[dict[str, str | None]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ClaimsError(f"{where}:{n}: not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise ClaimsError(f'{where}:{n}: expected an object like {{"claim": "..."}}')
        claim = obj.get("claim", obj.get("text"))
        if not isinstance(claim, str) or not claim.strip():
            raise ClaimsError(f'{where}:{n}: no "claim" string')
        row: dict[str, str | None] = {"claim": claim}
        for key in ("subject", "lang", "claimant", "kind"):
            value = obj.get(key)
            if value is not None and not isinstance(value, str):
                raise ClaimsError(f'{where}:{n}: "{key}" must be a string')
            row[key] = value.strip() if isinstance(value, str) and value.strip() else None
        rows.append(row)
    return rows


def _rows_csv(text: str, where: str) -> list[dict[str, str | None]]:
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel_tab if where.lower().endswith(".tsv") else csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader, None)
        if not header:
            raise ClaimsError(f"{where}: empty CSV file, expected a header with a 'claim' column")
        columns = [h.strip().lstrip("\ufeff").lower() for h in header]
        if "claim" not in columns:
            shown = ", ".join(repr(h) for h in header) or "none"
            raise ClaimsError(f"{where}: no 'claim' column in the CSV header (columns: {shown})")
        rows: list[dict[str, str | None]] = []
        for record in reader:
            cells = dict(zip(columns, record))
            claim = (cells.get("claim") or "").strip()
            if not claim:
                continue
            row: dict[str, str | None] = {"claim": claim}
            for key in ("subject", "lang", "claimant", "kind"):
                row[key] = (cells.get(key) or "").strip() or None
            rows.append(row)
    except csv.Error as exc:
        raise ClaimsError(f"{where}:{reader.line_num}: bad CSV ({exc})") from None
    return rows


def _claims_from_rows(
    rows: list[dict[str, str | None]], source: str, names: Sequence[str]
) -> list[Claim]:
    texts = [r["claim"] or "" for r in rows]
    ctx = NameContext([" ".join(t.split()) for t in texts], names)
    langs = _langs_for(texts, [_norm_lang(r.get("lang")) for r in rows])
    return [
        _single(
            (r["claim"] or "").strip(),
            ctx,
            lg,
            source,
            subject=r.get("subject"),
            claimant=r.get("claimant"),
            kind=r.get("kind"),
        )
        for r, lg in zip(rows, langs)
    ]


def claims_from_file(path: Path, *, names: Sequence[str] = ()) -> list[Claim]:
    """Claims from ``path``: ``.jsonl`` (one ``{"claim": ..., "subject"?, "lang"?,
    "claimant"?}`` per line), ``.csv``/``.tsv`` (a ``claim`` column, optional ``subject``,
    ``lang``, ``claimant``), or a document (``.md``, ``.html``, ``.pdf``, ``.txt``, anything
    else) from which claims are extracted. Raises :class:`ClaimsError` on bad input."""
    path = Path(path)
    where = str(path)
    if not path.exists():
        raise ClaimsError(f"{where}: no such file")
    if not path.is_file():
        raise ClaimsError(f"{where}: not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ClaimsError(f"{where}: cannot read ({exc.strerror or exc})") from None
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".csv", ".tsv"):
        from onrecord.text.extract import decode_text

        text = decode_text(data)[0].removeprefix("\ufeff")
        rows = (
            _rows_jsonl(text, where) if suffix in (".jsonl", ".ndjson") else _rows_csv(text, where)
        )
        return _claims_from_rows(rows, where, names)
    item = next(read(path))
    if item.error == "empty document":
        return []
    if item.error:
        raise ClaimsError(f"{where}: {item.error}")
    ctype = item.meta.get("content_type", "")
    if ctype not in ("application/pdf", "text/html") and b"\x00" in data[:4096]:
        raise ClaimsError(f"{where}: a binary file, not a document or a claims list")
    doc = parse_document(item, {})
    if ctype in ("text/markdown", "text/plain"):
        from onrecord.text.extract import decode_text

        # the whole decoded file, so that spans index the file's text (front matter included)
        full = decode_text(data)[0].removeprefix("\ufeff")
        if full.endswith(doc.text):
            return claims_from_text(
                full, author=doc.author or None, source=where, lang=doc.lang or None, names=names
            )
    if ctype == "application/pdf" and not doc.text.strip():
        raise ClaimsError(f"{where}: no text could be extracted from this PDF")
    return claims_from_text(
        doc.text, author=doc.author or None, source=where, lang=doc.lang or None, names=names
    )
