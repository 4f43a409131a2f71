"""The interviewee of a question-and-answer piece whose standfirst introduces them by age.

Magazine interviews often carry no "Interview met X" line: the standfirst introduces the
person the way the press does, with their age in parentheses ("Directeur Marloes Tielenburg
(52) over Poolse rompen, een tweede helling en de toekomst van de binnenvaart."), the writer's
name stands in a dateline ("*Vaart & Werf, 14 juni 2023 — door Femke Aalbers*") and the body
alternates questions and answers. Without an author none of the answers are anybody's
statements. :func:`standfirst_interviewee` names that person where the head of the document
introduces exactly one person so and at least :data:`MIN_QUESTIONS` paragraphs of the body are
questions; the caller (:func:`onrecord.ingest.byline.find_byline`) makes them the author of
the answers.
"""

from __future__ import annotations

import re
from itertools import islice

__all__ = ["MIN_QUESTIONS", "standfirst_interviewee"]

#: Question paragraphs a body needs to be read as an interview.
MIN_QUESTIONS = 3
#: Paragraphs at the top that may hold the standfirst.
HEAD = 6
#: A question paragraph is short.
MAX_QUESTION_CHARS = 300

# a role before the name, capitalised at the start of the standfirst ("Directeur Marloes
# Tielenburg (52)", "CEO Jane Doe (48)"): by a word list, or by the endings of Dutch and English
# nouns of office where the "name" has three capitalised words or more
_ROLE = re.compile(
    r"^(?:ceo|cfo|coo|cto|dr|prof|mr|mrs|ms|oprichter|founder|chef|topman|topvrouw|minister|"
    r"burgemeester|wethouder|voorzitter|chair|chairman|chairwoman|president|eigenaar|owner|"
    r"hoogleraar|professor|bedrijfsleider|manager|\w+(?:eur|euse|ster|tor|man|vrouw|ent))$",
    re.I,
)
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_MARKUP = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]*)?[*_]{0,3}|[*_]{1,3}[ \t]*$")


def standfirst_interviewee(text: str, name_pattern: str) -> str:
    """The one person the head introduces with an age ("Marloes Tielenburg (52)") in a piece
    of questions and answers, or ""; ``name_pattern`` is the byline module's name pattern."""
    aged = re.compile(rf"(?<![\w-])(?P<name>{name_pattern})[ \t]*\((?:\d{{2}})\)")
    paragraphs = [m.group(0) for m in _PARAGRAPH.finditer(text)]
    names = {
        _without_role(m.group("name"))
        for p in islice(paragraphs, HEAD)
        if not p.lstrip().startswith("#")
        for m in aged.finditer(" ".join(p.split()))
    }
    if len(names) != 1:
        return ""
    questions = sum(
        1
        for p in paragraphs[1:]
        if len(p) <= MAX_QUESTION_CHARS and _MARKUP.sub("", p.strip()).rstrip().endswith("?")
    )
    return names.pop() if questions >= MIN_QUESTIONS else ""


def _without_role(name: str) -> str:
    """The name without a leading role word ("Directeur Marloes Tielenburg" -> "Marloes
    Tielenburg"); a two-word name stays as it is."""
    words = name.split()
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) >= 3 and _ROLE.match(words[0].rstrip(".")):
        words = words[1:]
    return " ".join(words)
