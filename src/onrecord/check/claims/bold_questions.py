"""An interview printed with its questions in bold and its answers as plain paragraphs.

Many newspapers print an interview without speaker labels: the interviewer's turns are whole
paragraphs in bold ("**Did you tell the ministry?**"), the answers follow as plain text ("Yes.
Our cost model went from £1.4 billion to £2.1 billion ..."). Every sentence of an answer is the
guest's, as if "..., Farrant said" followed it, and its "I", "we" and "our" are the guest's. The
guest is the person the title interviews ("an interview with Lydia Farrant", "interview met
oud-wethouder Gerrit Vos") or, when the title names no one, the first person the introduction
names ("Lydia Farrant ran the Ravensmoor Rail Link project for four years.").

Only a document with no speaker labels of its own, at least two bold turns and a question among
them reads this way; the introduction before the first bold turn stays the author's.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.claim_text import clean_markup

__all__ = ["answer_labels"]

#: a paragraph that is one bold turn: "**Meneer Vos, wanneer wist u ...?**"
_BOLD_TURN = re.compile(r"^\s*(?:\*\*|__)(?P<turn>[^*_].*?)(?:\*\*|__)\s*$", re.S)
#: the title's pointer to its guest: "an interview with", "interview met", "in gesprek met"
_INTERVIEWS = re.compile(
    r"(?i)\b(?:interview(?:ed)?\s+(?:with|met)|in\s+gesprek\s+met|talks\s+to|speaks\s+to"
    r"|spreekt\s+met|q\s*&\s*a\s+with)\b"
)
#: a paragraph the answers never hold: a heading, an italic note, a rule, a byline
_NOT_ANSWER = re.compile(
    r"^\s*(?:#|\*[^*]|_[^_]|---|(?i:door|by)\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*$)"
)


def _paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph of ``body``."""
    out, start = [], 0
    for m in re.finditer(r"\n[ \t]*\n", body):
        if body[start : m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if body[start:].strip():
        out.append((start, len(body)))
    return out


def _person(text: str, ctx: NameContext, author: str | None) -> str | None:
    """The first person ``text`` names who is not the author."""
    for m in ctx.mentions(text):
        if m.kind == "person" and not (author and ctx.same_person(m.text, author)):
            return " ".join(m.text.split())
    return None


def guest_of(title: str, intro: str, ctx: NameContext, author: str | None) -> str | None:
    """The person interviewed: named after the title's "interview with", else the first person
    the introduction names."""
    m = _INTERVIEWS.search(title)
    return (_person(title[m.end() :], ctx, author) if m else None) or _person(intro, ctx, author)


def answer_labels(
    body: str,
    spans: list[tuple[int, int]],
    labels: list[tuple[str | None, int]],
    ctx: NameContext,
    author: str | None,
    title: str,
) -> list[tuple[str | None, int]]:
    """``labels`` with each answer sentence of a bold-question interview labelled with its
    guest; ``labels`` unchanged for any other document."""
    if any(label for label, _ in labels):
        return labels
    paras = _paragraphs(body)
    bold = [i for i, (a, b) in enumerate(paras) if _BOLD_TURN.match(body[a:b])]
    if len(bold) < 2 or not any("?" in body[paras[i][0] : paras[i][1]] for i in bold):
        return labels
    intro = " ".join(clean_markup(body[a:b]) for a, b in paras[: bold[0]])
    guest = guest_of(title, intro, ctx, author)
    if not guest:
        return labels
    answers = [
        (a, b)
        for i, (a, b) in enumerate(paras)
        if i > bold[0] and i not in bold and not _NOT_ANSWER.match(body[a:b])
    ]
    return [
        (guest, 0) if any(a <= s < b for a, b in answers) else label
        for (s, _), label in zip(spans, labels, strict=True)
    ]
