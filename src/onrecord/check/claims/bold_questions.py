"""An interview printed with its questions in bold and its answers as plain paragraphs.

Many newspapers print an interview without speaker labels: the interviewer's turns are whole
paragraphs in bold ("**Did you tell the ministry?**"), the answers follow as plain text ("Yes.
Our cost model went from £1.4 billion to £2.1 billion ..."). Every sentence of an answer is the
guest's, as if "..., Farrant said" followed it, and its "I", "we" and "our" are the guest's. The
guest is the person the title interviews ("an interview with Lydia Farrant", "interview met
oud-wethouder Gerrit Vos") or, when the title names no one, the first person the introduction
names ("Lydia Farrant ran the Ravensmoor Rail Link project for four years.").

The layout is the one the ingest reads (``mail/interview.find_turns`` over
``text/markdown.emphasised_paragraphs``: two emphasised questions at least, each followed by its
answer), and only in a document with no speaker labels of its own; the introduction before the
first question, and every emphasised paragraph, stay the author's.
"""

from __future__ import annotations

import re

from onrecord.check.claims.checkworthy import dateline_length
from onrecord.check.language.claim_lexicon import BYLINE_MORE_RE, BYLINE_RE
from onrecord.check.language.claim_names import NameContext
from onrecord.mail.interview import find_turns, guest_of
from onrecord.text.first_names import FEMALE_FIRST, MALE_FIRST
from onrecord.text.markdown import emphasised_paragraphs

__all__ = ["answer_labels"]

_FIRST = FEMALE_FIRST | MALE_FIRST


def _person(text: str, ctx: NameContext, author: str | None) -> str | None:
    """The first person ``text`` names who is not the author: a person of the record or one
    with a known first name before any other name read as a person ("Skerrin Ferries")."""
    persons = [
        " ".join(m.text.split())
        for m in ctx.mentions(text)
        if m.kind == "person" and not (author and ctx.same_person(m.text, author))
    ]
    sure = [p for p in persons if ctx.known_match(p) or p.split()[0].lower() in _FIRST]
    return (sure or persons or [None])[0]


def intro_guest(intro: str, ctx: NameContext, author: str | None) -> str | None:
    """The first person the introduction names, paragraph by paragraph, its byline and dateline
    left out ("By Moira Tulloch, Islands Editor" / "**PORT ANSELL** — ... Declan Furey, ..."):
    the guest where the ingest's reading (the title's "interview with", the questions' address,
    ``mail/interview.guest_of``) found none."""
    for para in re.split(r"\n\s*\n", intro):
        para = para.strip()
        if BYLINE_RE.match(para) or BYLINE_MORE_RE.match(para):
            continue
        if guest := _person(para[dateline_length(para) :], ctx, author):
            return guest
    return None


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
    # the layout the ingest reads too (mail/interview.py): two emphasised questions at least
    turns = find_turns(body, emphasised_paragraphs(body))
    answers = [(t.start, t.end) for t in turns if not t.question]
    if not answers:
        return labels
    intro = body[: min(t.start for t in turns)]
    # the guest the ingest gives the answers to, else the first person the intro names
    guest = guest_of(body, turns, author or "", title) or intro_guest(intro, ctx, author)
    if not guest:
        return labels
    return [
        (guest, 0) if any(a <= s < b for a, b in answers) else label
        for (s, _), label in zip(spans, labels, strict=True)
    ]
