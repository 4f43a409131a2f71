"""Who wrote a document and when, from its byline or standfirst.

Public statements rarely carry front matter: they say who wrote them in the first lines
("*By Tobias Reed, commercial director of Uitgeverij Wolkenveld. The Trade List, 6 February
2024.*", "Door Marloes de Kanter", "Verklaring van X aan de commissie ..., 12 mei 2023",
"Interview met X"). Without an author none of a document's sentences are anybody's
statements, so the checks never see them. Only a line that *opens* with a byline form and
names a person (2-4 capitalised words, particles such as "de"/"van" allowed) followed by
nothing or a separator counts: a name merely mentioned in a sentence ("Door Mark Rutte is het
kabinet gevallen") is never taken. The role after the comma is dropped. Explicit metadata wins
over what is found here (the caller decides; see :mod:`onrecord.ingest.documents`).

An interview form ("Interview met X", "An interview with X", "X in gesprek met Y") makes X the
interviewee: the author of the answers; a writer's byline ("Door Y") in such a document names
the interviewer. So does a standfirst that introduces one person by age ("Directeur X (52)
over …") above a body of questions and answers (:mod:`onrecord.ingest.standfirst`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from onrecord.ingest.bydate import find_date, is_dateline
from onrecord.ingest.standfirst import standfirst_interviewee

__all__ = ["PERSON_NAME", "Byline", "find_byline", "names_match"]

#: How many paragraphs at the top of a document may hold the byline or standfirst.
HEAD_PARAGRAPHS = 6
#: A byline paragraph is short; a longer one is prose that happens to start with "Door ...".
MAX_BYLINE_CHARS = 300

_UP, _LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_CAP = (
    rf"(?:[{_UP}](?:[{_LO}]+|[{_LO}]*['’][{_UP}]?[{_LO}]+)(?:[{_UP}][{_LO}]+)?"
    rf"(?:-[{_UP}]?[{_LO}]+)*|[A-Z]\.(?:[A-Z]\.)*)"
)
_PARTICLE = r"(?:van|de|der|den|ter|ten|te|het|'t|von|zu|du|da|di|del|della|le|la|al|bin|ibn)"
_NAME = rf"{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_CAP}){{1,4}}"
#: a person's name as written: two to five capitalised words, particles between them
PERSON_NAME = _NAME
_HONORIFIC = r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mw|Mevr|Dhr|Ir|Drs|mr|dr|ir|drs|prof|dhr|mevr)\.?[ \t]+)*"
# what may follow the name: the end, a separator, a role after a comma, a parenthesis
_AFTER = r"(?=[ \t]*(?:$|[,|·•—–(\[]|-[ \t]|\.(?:[ \t]|$)|\*|_))"

_WRITER = re.compile(
    rf"^(?:By|Written by|Door|Geschreven door|Tekst|Text|Words)[ \t]*:?[ \t]+{_HONORIFIC}"
    rf"(?P<name>{_NAME}){_AFTER}"
)
_STATEMENT = re.compile(
    r"^(?i:(?:Een[ \t]+)?(?:ingezonden[ \t]+)?(?:brief|opiniestuk|column|bijdrage|verklaring|"
    r"reactie|toespraak|getuigenis)[ \t]+van|(?:An?[ \t]+)?(?:open[ \t]+)?(?:letter|statement|"
    r"opinion|op-ed|column|speech|testimony|remarks)[ \t]+(?:by|from|of)|(?:Opening|Written|"
    r"Closing)[ \t]+statement[ \t]+(?:by|of|from))"
    rf"[ \t]+{_HONORIFIC}(?P<name>{_NAME})"
    r"(?:(?=[ \t]+(?:aan|tegenover|voor|bij|to|before|at)[ \t])|" + _AFTER + ")"
)
_INTERVIEW = re.compile(
    r"^(?i:(?:Een[ \t]+)?(?:interview|gesprek|vraaggesprek)[ \t]+met|In[ \t]+gesprek[ \t]+met|"
    r"(?:An?[ \t]+)?(?:interview|conversation|Q&A)[ \t]+with)"
    rf"[ \t]+{_HONORIFIC}(?P<name>{_NAME}){_AFTER}"
)
_IN_CONVERSATION = re.compile(
    rf"^{_HONORIFIC}(?P<name>{_NAME})[ \t]+(?:in[ \t]+gesprek[ \t]+met|in[ \t]+conversation"
    rf"[ \t]+with|interviewed[ \t]+by|geïnterviewd[ \t]+door)[ \t]+{_HONORIFIC}"
    rf"(?P<other>{_NAME}){_AFTER}"
)
_REST_WRITER = re.compile(
    rf"\b(?:[Dd]oor|[Bb]y|[Tt]ekst:?|[Tt]ext:?)[ \t]+{_HONORIFIC}(?P<name>{_NAME}){_AFTER}"
)
# a standfirst that opens with the speaker's name and role ("*Marloes de Kanter, hoofdredacteur
# van X. Uitgesproken op 15 maart 2023.*"): taken only in an emphasised paragraph that also
# dates the piece and says it was spoken or is a statement (here or in the heading)
_SIGNED = re.compile(rf"^{_HONORIFIC}(?P<name>{_NAME})[ \t]*,[ \t]")
_DELIVERED = re.compile(
    r"\b(?i:uitgesproken|gesproken|ingesproken|voorgedragen|gehouden|inspraak|inspreker|"
    r"verklaring|toespraak|speech|statement|testimony|getuigenis|remarks|spoken|delivered|"
    r"read out|presented|opmerkingen)\b"
)
# a heading that ends in the interview form: '"Kiezen durven": interview met Ingrid Verhulst'
_TAIL = re.compile(r"(?:[:|]|[ \t][–—-][ \t])[ \t]*")
# the end of a standfirst's first sentence
_FIRST = re.compile(r"(?<=[0-9a-z])\.[ \t]+(?=[A-Z])")
# a byline names one person: "By Jane Doe and John Smith" is not one author
_CO_AUTHOR = re.compile(r"^[ \t]*(?:and|en|&|und|et)[ \t]+[A-Z]")
# words that make a "name" an organisation or a desk, not a person
_NOT_PERSON = frozenset(
    [
        "staff",
        "redactie",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editorial",
        "editors",
        "editor",
        "board",
        "team",
        "news",
        "desk",
        "press",
        "agency",
        "bureau",
        "the",
        "de",
        "het",
        "een",
        "our",
        "onze",
        "an",
        "a",
        "newsroom",
        "nieuwsdienst",
        "persbureau",
    ]
)
_MARKUP = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]*)?(?:[*_]{1,3})?")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")


@dataclass(slots=True)
class Byline:
    """What the top of a document says about it: ``author`` (the interviewee in an interview),
    ``date`` (ISO, or ""), ``interviewer``, whether it is an ``interview``, and the ``spans`` of
    the byline and dateline paragraphs (nobody's statements)."""

    author: str = ""
    date: str = ""
    interviewer: str = ""
    interview: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)


def _person(name: str) -> str:
    name = " ".join(name.split())
    caps = [w for w in name.split() if w[:1].isupper()]
    if any(w.lower().strip(".") in _NOT_PERSON for w in caps[:1] + caps[-1:]):
        return ""  # "The Trade List", "Reuters Staff", "Redactie Techblad"
    return name if 2 <= len(caps) <= 4 else ""


def _clean(line: str) -> str:
    line = _MARKUP.sub("", line, count=1)
    return line.rstrip().rstrip("*_").rstrip()


def _match(pattern: re.Pattern[str], line: str) -> tuple[str, str, int] | None:
    m = pattern.match(line)
    if not m:
        return None
    if _CO_AUTHOR.match(line[m.end("name") :]):
        return None
    name = _person(m.group("name"))
    return (name, line[m.end() :], m.end()) if name else None


def find_byline(text: str, title: str = "") -> Byline:
    """The byline, interview line and dateline among the first paragraphs of ``text`` (and an
    interview form in ``title``)."""
    found = Byline()
    writer = ""
    heads = [title] + [
        p.group(0)
        for p in islice(_PARAGRAPH.finditer(text), HEAD_PARAGRAPHS)
        if p.group(0).lstrip().startswith("#")
    ]
    spoken = any(_DELIVERED.search(h) for h in heads if h)
    for m in islice(_PARAGRAPH.finditer(text), HEAD_PARAGRAPHS):
        para = m.group(0)
        if para.lstrip().startswith("#"):
            # a heading is no byline, but its tail may be an interview form
            if not found.interview and (tail := _tail_interview(_clean(para))):
                found.author, found.interview = tail, True
            continue
        if len(para.strip()) > MAX_BYLINE_CHARS:
            continue
        line = _clean(" ".join(para.split()))
        hit = False
        conv = _IN_CONVERSATION.match(line)
        if conv and _person(conv.group("name")) and _person(conv.group("other")):
            found.author = found.author or _person(conv.group("name"))
            found.interviewer = found.interviewer or _person(conv.group("other"))
            found.interview = hit = True
            rest = line[conv.end() :]
        elif (got := _match(_INTERVIEW, line)) is not None:
            found.author = found.author or got[0]
            found.interview = hit = True
            rest = got[1]
            inner = _REST_WRITER.search(rest)
            if inner is not None and _person(inner.group("name")):
                writer = writer or _person(inner.group("name"))
        elif (
            got := _match(_STATEMENT, line) or _match(_WRITER, line) or _signed(para, line, spoken)
        ) is not None:
            writer = writer or got[0]
            rest, hit = got[1], True
        else:
            rest = ""
        if hit:
            found.date = found.date or find_date(rest)
            found.spans.append(_span(m.start(), para))
        elif is_dateline(line):
            found.date = found.date or find_date(line)
            found.spans.append(_span(m.start(), para))
        elif para.lstrip().startswith(("*", "_")) and is_dateline(_FIRST.split(line, 1)[0]):
            # a standfirst that opens with its dateline: "*Boekvak, 18 april 2023. Ingrid ...*"
            found.date = found.date or find_date(_FIRST.split(line, 1)[0])
    if not found.interview and title and (got_tail := _tail_interview(_clean(title))):
        found.author, found.interview = got_tail, True
    if not found.interview and title:
        got = _match(_INTERVIEW, _clean(title))
        conv = _IN_CONVERSATION.match(_clean(title))
        if conv and _person(conv.group("name")) and _person(conv.group("other")):
            found.author, found.interviewer = (
                _person(conv.group("name")),
                _person(conv.group("other")),
            )
            found.interview = True
        elif got is not None:
            found.author, found.interview = got[0], True
    aged = "" if found.interview else _person(standfirst_interviewee(text, _NAME))
    if aged and not (writer and names_match(writer, aged)):
        # a standfirst introducing one person by age, above questions and answers
        found.author, found.interview = aged, True
        writer = writer or _dateline_writer(text)
    if found.interview:
        if writer and not names_match(writer, found.author):
            found.interviewer = found.interviewer or writer
    else:
        found.author = writer
    return found


def _dateline_writer(text: str) -> str:
    """A writer named inside a head paragraph ("*Vaart & Werf, 14 juni 2023 — door Femke
    Aalbers*"), or ""."""
    for m in islice(_PARAGRAPH.finditer(text), HEAD_PARAGRAPHS):
        line = _clean(" ".join(m.group(0).split()))
        inner = _REST_WRITER.search(line)
        if inner is not None and len(line) <= MAX_BYLINE_CHARS and _person(inner.group("name")):
            return _person(inner.group("name"))
    return ""


def _tail_interview(heading: str) -> str:
    """The interviewee of a heading whose last part is an interview form ('"Durven kiezen":
    interview met Ingrid Verhulst', "Q&A - An interview with Jane Doe"), or ""."""
    parts = _TAIL.split(heading)
    if len(parts) < 2:
        return ""
    got = _match(_INTERVIEW, parts[-1].strip().strip("*_\"'“”‘’").strip())
    return got[0] if got else ""


def _signed(para: str, line: str, spoken: bool) -> tuple[str, str, int] | None:
    """A standfirst that opens with a person's name and role: only an emphasised paragraph
    that dates the piece and says it is a statement or was spoken (here or in a heading)."""
    if not para.lstrip().startswith(("*", "_")):
        return None
    if not find_date(line) or not (spoken or _DELIVERED.search(line)):
        return None
    return _match(_SIGNED, line)


def _span(start: int, para: str) -> tuple[int, int]:
    lead = len(para) - len(para.lstrip())
    return start + lead, start + len(para.rstrip())


def names_match(short: str, full: str) -> bool:
    """Whether ``short`` ("Reed", "De Kanter", "T. Reed") names the person ``full`` ("Tobias
    Reed"): the same surname, and the same initial where ``short`` gives one."""
    a, b = short.lower().replace(".", ". ").split(), full.lower().split()
    if not a or not b:
        return False
    if a == b:
        return True
    particles = set(_PARTICLE.strip("(?:)").split("|"))
    core_a = [w for w in a if w not in particles and not w.endswith(".")]
    core_b = [w for w in b if w not in particles]
    if not core_a or not core_b or core_a[-1] != core_b[-1]:
        return False
    initials = [w[0] for w in a if w.endswith(".")]
    firsts = [w for w in core_a[:-1]]
    if firsts and firsts[0] != core_b[0]:
        return False
    return not initials or initials[0] == core_b[0][0]
