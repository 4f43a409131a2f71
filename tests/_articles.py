"""Helpers of the article-extraction tests: a Markdown document with front matter, and the
claim that holds some words."""

from __future__ import annotations

from onrecord.check.claims.extract import Claim


def doc(author: str, lang: str, body: str) -> str:
    return f"---\nauthor: {author}\nlang: {lang}\n---\n{body}\n"


def by_text(claims: list[Claim], part: str) -> Claim:
    """The first claim whose text holds ``part`` (the test fails naming them all if none)."""
    hits = [c for c in claims if part in c.text]
    assert hits, (part, [c.text for c in claims])
    return hits[0]
