"""Small text helpers of claim extraction: markup removal, words, sentence ends, quotes."""

from __future__ import annotations

import re

from onrecord.check.language.claim_names import TOKEN_RE

_LINE_MARKERS = re.compile(r"(?m)^[ \t]*(?:>[ \t]*)*(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?")
HEADING_MARK = re.compile(r"^\s*#{1,6}\s")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_EMPH = re.compile(r"(?<![\w*])[*_](\S(?:.*?\S)?)[*_](?![\w*])")
_CODE = re.compile(r"`([^`]*)`")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
CLOSERS = "\"'”’»)]"
QUOTES = "\"'“”‘’«»„"
PRONOUNS = {"he", "she", "hij", "zij"}
# fmt: off
DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "de", "het", "een", "zijn", "haar", "hun"}
)
# fmt: on
#: the indefinite articles: "a spokesperson", "een woordvoerder" bring in someone new
INDEFINITE_ARTICLES = frozenset({"a", "an", "een"})
#: articles never followed by a finite verb ("De omwonenden", "the used cars"; not "het", also
#: a subject pronoun: "het kostte")
ARTICLES = INDEFINITE_ARTICLES | {"the", "de"}
NL_SUBJ_PRONOUNS = {"hij", "zij", "ze", "het", "men", "wij", "we", "ik", "jij", "u"}


def clean_markup(s: str) -> str:
    """A sentence without Markdown/HTML markup, on one line."""
    s = _LINE_MARKERS.sub("", s)
    s = s.lstrip("#").lstrip() if HEADING_MARK.match(s) else s
    s = _IMAGE.sub("", s)
    s = _LINK.sub(r"\1", s)
    s = _FOOTNOTE.sub("", s)
    s = _STRONG.sub(r"\2", s)
    s = _EMPH.sub(r"\1", s)
    s = _CODE.sub(r"\1", s)
    s = _TAG.sub("", s)
    return " ".join(s.split())


def words(s: str) -> list[str]:
    return TOKEN_RE.findall(s)


def upper_first(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


#: a conjunction that opens a sentence and ties it to the one before ("But", "Maar")
_OPENING_CONJUNCTION = re.compile(r"^(?:But|And|Yet|Maar|En)\s+(?=[\w'‘“\"])")


def without_conjunction(s: str) -> str:
    """``s`` without the conjunction that opens it: "Maar de ambtenaren wisten het al eerder."
    -> "De ambtenaren wisten het al eerder.", "And Quayle accepted it." -> "Quayle accepted
    it."; a claim is read on its own."""
    m = _OPENING_CONJUNCTION.match(s)
    return upper_first(s[m.end() :]) if m and len(s[m.end() :].split()) >= 3 else s


def end_sentence(s: str, final: str = ".") -> str:
    """``s`` ending in sentence punctuation."""
    s = s.rstrip(" ,;:")
    return s if s and s[-1] in ".!?…" + CLOSERS else s + final


def final_punct(s: str) -> str:
    m = re.search(r"[.!?…]+[" + re.escape(CLOSERS) + r"]*$", s)
    return m.group() if m else "."


def strip_quotes(s: str) -> str:
    s = s.strip()
    if len(s) > 2 and s[0] in QUOTES and s.rstrip(".")[-1:] in QUOTES:
        s = s[1:].rstrip(".").rstrip(QUOTES)
    return s.strip(" ," + QUOTES)


def norm_lang(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().lower().replace("_", "-").split("-")[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def lang_words(lang: str | None) -> tuple[bool, bool]:
    return lang != "nl", lang != "en"  # (English rules, Dutch rules)
