"""Full-text search over statements: BM25 from SQLite FTS5, with person and date filters."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from onrecord.record.store import Store

_TOKEN = re.compile(r"\w+", re.UNICODE)
HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE = "\x02", "\x03"


# Function words that match nearly every statement: in "any term" (OR) mode they would rank
# noise first, so they are left out there (English, Dutch, German, French).
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "from",
        "has",
        "have",
        "he",
        "her",
        "his",
        "i",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "she",
        "so",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "will",
        "with",
        "you",
        "your",
        "not",
        "no",
        "do",
        "did",
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "is",
        "dat",
        "die",
        "op",
        "te",
        "met",
        "voor",
        "niet",
        "zijn",
        "er",
        "aan",
        "om",
        "ook",
        "als",
        "bij",
        "of",
        "maar",
        "wat",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "ik",
        "je",
        "jij",
        "u",
        "dit",
        "deze",
        "naar",
        "uit",
        "tot",
        "dan",
        "nog",
        "wel",
        "heeft",
        "hebben",
        "was",
        "werd",
        "wordt",
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "ein",
        "eine",
        "zu",
        "den",
        "mit",
        "von",
        "dem",
        "des",
        "auf",
        "für",
        "sich",
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "et",
        "est",
        "pas",
        "du",
        "que",
        "qui",
        "en",
        "dans",
        "pour",
        "sur",
        "au",
        "ce",
        "il",
        "elle",
    ]
)


def fts_terms(text: str, mode: str = "and") -> list[str]:
    """The quoted terms (and `"phrases"`) of what a user typed, as :func:`fts_query` joins
    them; in OR mode function words are dropped (unless nothing else is left)."""
    parts: list[str] = []
    for phrase, word in re.findall(r'"([^"]+)"|(\S+)', text):
        if phrase:
            toks = _TOKEN.findall(phrase)
            if toks:
                parts.append('"' + " ".join(toks) + '"')
        else:
            parts += [f'"{t}"' for t in _TOKEN.findall(word)]
    if mode == "or":
        content = [p for p in parts if p.strip('"').lower() not in STOPWORDS]
        parts = content or parts
    return parts


def fts_query(text: str, mode: str = "and") -> str:
    """Turn what a user typed into a safe FTS5 query: quoted terms, `"phrases"` kept; in OR
    mode function words are dropped (unless nothing else is left)."""
    return f" {mode.upper()} ".join(fts_terms(text, mode))


def fold(term: str) -> str:
    """A term as FTS5's ``unicode61 remove_diacritics 2`` tokenizer stores it (lower case,
    no accents), to look up its document frequency."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", term.casefold()) if not unicodedata.combining(c)
    )


def cheap_terms(
    terms: list[str], doc_freq: dict[str, int], postings: int, keep: int = 2
) -> list[str]:
    """The rarest ``terms`` whose document frequencies add up to at most ``postings`` (at least
    the ``keep`` rarest), in their original order. An OR query costs one score per posting of
    every term, and the commonest terms of a claim ("should", "think", "meeting") cost the most
    while weighing least in BM25 (lowest IDF). Terms of unknown frequency (phrases) count 0."""
    by_rarity = sorted(range(len(terms)), key=lambda i: (doc_freq.get(terms[i], 0), i))
    kept: set[int] = set()
    total = 0
    for n, i in enumerate(by_rarity):
        df = doc_freq.get(terms[i], 0)
        if n >= keep and total + df > postings:
            break
        kept.add(i)
        total += df
    return [t for i, t in enumerate(terms) if i in kept]


@dataclass
class Hit:
    statement_id: int
    message: int
    message_id: str | None
    subject: str
    author_name: str
    author_email: str
    date: str | None
    date_offset: int | None
    kind: str
    lang: str
    text: str
    snippet: str  # highlights between \x02 and \x03
    span: tuple[int, int]
    score: float

    def as_dict(self) -> dict[str, Any]:
        return {
            **statement_fields(self),
            "snippet": self.snippet.replace(HIGHLIGHT_OPEN, "[").replace(HIGHLIGHT_CLOSE, "]"),
            "span": list(self.span),
            "score": round(-self.score, 4),
        }


def statement_fields(hit: Any) -> dict[str, Any]:
    """The JSON fields every kind of statement hit shares (search, hybrid retrieval)."""
    return {
        "statement_id": hit.statement_id,
        "message": hit.message,
        "message_id": hit.message_id,
        "subject": hit.subject,
        "author": {"name": hit.author_name, "email": hit.author_email},
        "date": hit.date,
        "date_offset_minutes": hit.date_offset,
        "kind": hit.kind,
        "lang": hit.lang,
        "text": hit.text,
    }


def search(
    store: Store,
    query: str,
    *,
    emails: list[str] | None = None,
    names: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    kinds: tuple[str, ...] = ("authored",),
    limit: int = 20,
) -> list[Hit]:
    """BM25 over statements; all terms must match, else any term (ranked)."""
    rows: list[Any] = []
    for mode in ("and", "or"):
        match = fts_query(query, mode)
        if not match:
            return []
        rows = store.search(
            match, emails=emails, names=names, since=since, until=until, kinds=kinds, limit=limit
        )
        if rows:
            break
    return [
        Hit(
            statement_id=r["id"],
            message=r["message"],
            message_id=r["message_id"],
            subject=r["subject"],
            author_name=r["author_name"],
            author_email=r["author_email"],
            date=r["date"],
            date_offset=r["date_offset"],
            kind=r["kind"],
            lang=r["lang"],
            text=r["text"],
            snippet=r["snippet"],
            span=(r["start"], r["end"]),
            score=r["score"],
        )
        for r in rows
    ]
