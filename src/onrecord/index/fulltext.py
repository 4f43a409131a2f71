"""Full-text search over statements: BM25 from SQLite FTS5, with person and date filters."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from onrecord.record.store import Store

_TOKEN = re.compile(r"\w+", re.UNICODE)
HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE = "\x02", "\x03"


def fts_query(text: str, mode: str = "and") -> str:
    """Turn what a user typed into a safe FTS5 query: quoted terms, `"phrases"` kept."""
    parts: list[str] = []
    for phrase, word in re.findall(r'"([^"]+)"|(\S+)', text):
        if phrase:
            toks = _TOKEN.findall(phrase)
            if toks:
                parts.append('"' + " ".join(toks) + '"')
        else:
            parts += [f'"{t}"' for t in _TOKEN.findall(word)]
    return f" {mode.upper()} ".join(parts)


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
            "statement_id": self.statement_id,
            "message": self.message,
            "message_id": self.message_id,
            "subject": self.subject,
            "author": {"name": self.author_name, "email": self.author_email},
            "date": self.date,
            "date_offset_minutes": self.date_offset,
            "kind": self.kind,
            "lang": self.lang,
            "text": self.text,
            "snippet": self.snippet.replace(HIGHLIGHT_OPEN, "[").replace(HIGHLIGHT_CLOSE, "]"),
            "span": list(self.span),
            "score": round(-self.score, 4),
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
