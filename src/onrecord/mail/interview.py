"""Questions and answers of an interview: whose words each part of the text is.

In a Q/A interview only the answers are the interviewee's. The questions are the interviewer's
(a question that restates the interviewee's old pledge is not her saying it again), and so is
the introduction above the first question. Three layouts are recognised:

1. speaker labels at the start of a line: "V:"/"A:", "Q:"/"A:", "Vraag:"/"Antwoord:",
   "**Interviewer:**" / "**Reed:**" (each of two labels at least twice);
2. emphasised question paragraphs (Markdown ``**…?**``, HTML ``<p><strong>…?</strong></p>``,
   passed in as spans), each followed by the answer;
3. in a document known to be an interview (its byline says so), a one-line paragraph ending in
   "?" followed by the answer.

An op-ed's rhetorical question ("Why does this matter?") is only a question of layout 3, which
needs the byline to say "interview": it stays the author's.

Who answers: the interviewee the byline names, or, where a writer's byline ("By Moira Tulloch")
sits above emphasised questions, the guest the introduction presents (:func:`guest_of`); the
writer then asks the questions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from onrecord.ingest.byline import PERSON_NAME, names_match
from onrecord.text.first_names import FEMALE_FIRST, MALE_FIRST

__all__ = ["Piece", "Turn", "attribute", "find_turns", "guest_of"]

_QUESTION_LABELS = frozenset(
    ["q", "v", "vraag", "question", "interviewer", "interviewster", "journalist", "int"]
)
_ANSWER_LABELS = frozenset(["a", "antwoord", "answer"])
_NAME_LABEL = (
    r"[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+(?:(?:van|de|der|den|ter|ten|von)[ \t]+)*[A-ZÀ-Þ][\w'’.-]*){0,3}"
)
_LABEL = re.compile(
    rf"^[ \t]*(?:\*\*|__)?(?P<label>{_NAME_LABEL})(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+(?=\S)",
    re.M,
)
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
#: A plain question paragraph (layout 3) is one line no longer than this.
MAX_QUESTION_CHARS = 300


@dataclass(slots=True)
class Turn:
    """One question or answer: its text's span (label and emphasis markers excluded), and the
    speaker's label as written ("Reed"; "" for "V", "Q", "A" ...)."""

    start: int
    end: int
    question: bool
    speaker: str = ""
    labelled: bool = False  # the layout has speaker labels (an interview beyond doubt)


@dataclass(slots=True)
class Piece:
    """A span of the document and who said it ("" for nobody known)."""

    start: int
    end: int
    author: str
    question: bool = False


def find_turns(
    text: str,
    emphasised: list[tuple[int, int]] | None = None,
    interview: bool = False,
    names: tuple[str, str] = ("", ""),
) -> list[Turn]:
    """The document's questions and answers in order, or [] when it has no Q/A layout.
    ``names`` are (interviewee, interviewer) as far as known, to tell two speakers apart."""
    return (
        _labelled(text, names)
        or _emphasised(text, emphasised or [])
        or (_plain(text) if interview else [])
    )


def _labelled(text: str, names: tuple[str, str]) -> list[Turn]:
    marks = [(m, m.group("label").strip()) for m in _LABEL.finditer(text)]
    counts = Counter(label.lower() for _, label in marks)
    kept = {k for k, n in counts.items() if n >= 2}
    marks = [(m, label) for m, label in marks if label.lower() in kept]
    if len(kept) < 2 or len(marks) < 4:
        return []
    turns = []
    for i, (m, label) in enumerate(marks):
        end = marks[i + 1][0].start() if i + 1 < len(marks) else len(text)
        body = text[m.end() : end]
        turns.append(Turn(m.end(), m.end() + len(body.rstrip()), False, label, True))
    asks = _askers(turns, text, names)
    if not asks or len(asks) == len(kept):
        return []
    for t in turns:
        t.question = t.speaker.lower() in asks
        if t.speaker.lower() in _QUESTION_LABELS | _ANSWER_LABELS:
            t.speaker = ""
    return turns


def _askers(turns: list[Turn], text: str, names: tuple[str, str]) -> set[str]:
    """The labels (lowered) whose turns are the questions."""
    labels = {t.speaker.lower(): t.speaker for t in turns}
    asks = {k for k in labels if k in _QUESTION_LABELS}
    answers = {k for k in labels if k in _ANSWER_LABELS}
    interviewee, interviewer = names
    for k, label in labels.items():
        if k in asks or k in answers:
            continue
        if interviewer and names_match(label, interviewer):
            asks.add(k)
        elif interviewee and names_match(label, interviewee):
            answers.add(k)
    rest = set(labels) - asks - answers
    if rest and (asks or answers):
        (answers if asks else asks).update(rest)
    elif rest:  # two names, nobody known: the one whose turns are questions asks
        share = {
            k: sum(text[t.start : t.end].rstrip("*_ \n").endswith("?") for t in turns
                   if t.speaker.lower() == k) / sum(t.speaker.lower() == k for t in turns)
            for k in rest
        }  # fmt: skip
        top = max(share.values())
        if top < 0.5 or sorted(share.values())[-2:] == [top, top]:
            return set()
        asks = {k for k, v in share.items() if v == top}
    return asks


def _emphasised(text: str, spans: list[tuple[int, int]]) -> list[Turn]:
    asked = [(a, b) for a, b in spans if "?" in text[a:b]]
    if len(asked) < 2:
        return []
    questions = [(a, b) for a, b in spans if a >= asked[0][0]]
    return _with_answers(text, questions)


def _plain(text: str) -> list[Turn]:
    paras = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    questions = []
    for i, (a, b) in enumerate(paras[:-1]):
        para = text[a:b].strip()
        nxt = text[paras[i + 1][0] : paras[i + 1][1]].strip()
        if (
            "\n" not in para
            and len(para) <= MAX_QUESTION_CHARS
            and para.rstrip("*_").endswith("?")
            and not nxt.rstrip("*_").endswith("?")
        ):
            questions.append((a, b))
    return _with_answers(text, questions) if len(questions) >= 2 else []


def _with_answers(text: str, questions: list[tuple[int, int]]) -> list[Turn]:
    turns = []
    for i, (a, b) in enumerate(questions):
        qa, qb = _inside_markers(text, a, b)
        turns.append(Turn(qa, qb, True))
        stop = questions[i + 1][0] if i + 1 < len(questions) else len(text)
        body = text[b:stop]
        if body.strip():
            lead = len(body) - len(body.lstrip())
            turns.append(Turn(b + lead, b + len(body.rstrip()), False))
    return turns


def _inside_markers(text: str, a: int, b: int) -> tuple[int, int]:
    """The span without white space and the emphasis markers around it."""
    while a < b and text[a] in " \t\n*_":
        a += 1
    while b > a and text[b - 1] in " \t\n*_":
        b -= 1
    return a, b


def attribute(
    text: str, turns: list[Turn], interviewee: str, interviewer: str, interview: bool = False
) -> list[Piece]:
    """The document cut into pieces with their authors: the questions the interviewer's (a
    labelled speaker's full name where it matches a known one), the answers the interviewee's.
    The introduction is the interviewer's in a document that is an interview beyond doubt (its
    byline says so: ``interview``, or it has speaker labels); otherwise (bold questions in a
    FAQ or an op-ed written by its author) it stays the interviewee's."""
    known = [n for n in (interviewee, interviewer) if n]

    def who(turn: Turn) -> str:
        if turn.speaker:
            return next((n for n in known if names_match(turn.speaker, n)), turn.speaker)
        return interviewer if turn.question else interviewee

    pieces = []
    intro = text[: text.rfind("\n", 0, turns[0].start) + 1] if turns else ""
    if intro.strip():
        journalist = interview or turns[0].labelled
        start, end = len(intro) - len(intro.lstrip()), len(intro.rstrip())
        pieces.append(Piece(start, end, interviewer if journalist else interviewee))
    for t in turns:
        if text[t.start : t.end].strip():
            pieces.append(Piece(t.start, t.end, who(t), t.question))
    return pieces


_FIRST = FEMALE_FIRST | MALE_FIRST
_HONORIFIC = r"(?:Dr|Prof|Mr|Mrs|Ms|Mw|Mevr|Dhr|Mevrouw|Meneer|Burgemeester|Wethouder)\.?"
_PRESENTED = re.compile(
    rf"(?:(?P<hon>\b{_HONORIFIC}[ \t]+)(?P<surname>[A-ZÀ-Þ][\w'’-]+)|(?P<name>{PERSON_NAME}))"
)
#: the introduction or title says that someone was interviewed
_INTERVIEWED = re.compile(
    r"(?i)\b(?:interview\w*|spoke\s+(?:to|with)|talked\s+(?:to|with)|talks\s+(?:to|about)|"
    r"speaks\s+to|spreekt\s+met|"
    r"asked\s+(?:him|her|them)|q\s*&\s*a|(?:in\s+)?gesprek\w*|sprak(?:en)?\s+(?:met|hem|haar)|"
    r"vroeg(?:en)?\s+(?:hem|haar)|vertelt|vertelde)\b"
)
#: "an interview with", "interview met", "in gesprek met": the guest is named next
_INTERVIEW_WITH = re.compile(
    r"(?i)\b(?:interview(?:ed)?\s+(?:with|met)|in\s+gesprek\s+met|talks?\s+to|speaks?\s+to|"
    r"spreekt\s+met|q\s*&\s*a\s+with)\s+"
)
#: the guest's name after it, role words before it allowed ("oud-wethouder Gerrit Vos")
_NAMED = re.compile(rf"(?:[a-zà-ÿ][\w-]*\s+){{0,2}}(?P<name>{PERSON_NAME})")
#: a question that opens by addressing the guest: "Mevrouw Hoekstra, wanneer ...?"
_ADDRESSED = re.compile(rf"\s*{_HONORIFIC}[ \t]+(?P<surname>[A-ZÀ-Þ][\w'’-]+),")
#: a front matter line the parser could not read ("author: Owen Castellano"): not prose
_FIELD_LINE = re.compile(r"(?m)^[a-z_]+:[ \t].*$")
#: a question put to the person opposite: "you", "your", "u", "je", "jij", "jullie"
_YOU = re.compile(r"(?i)\b(?:you|your|yours|u|uw|je|jij|jou|jouw|jullie)\b")


def guest_of(text: str, turns: list[Turn], writer: str, title: str = "") -> str:
    """The guest of an interview printed as emphasised questions and plain answers without
    speaker labels, where the byline names only its ``writer`` ("By Moira Tulloch" above "Declan
    Furey has been harbour master of Port Ansell since 2019. We spoke to him about ..."), and
    only where the title or introduction says it is an interview or most questions speak to
    someone ("you", "u", "je"): the person the title or introduction interviews ("an interview
    with Lydia Farrant"), else the one the questions address ("Mevrouw Hoekstra, wanneer ...?"
    is the introduction's Gerda Hoekstra), else the first person the introduction names who is
    not the writer (a known first name, or an honorific before a surname). "" otherwise: an
    explainer's or op-ed's question headings stay their writer's."""
    if not turns or turns[0].labelled:
        return ""
    head = text[: text.rfind("\n", 0, turns[0].start) + 1]
    intro = _FIELD_LINE.sub("", head)
    questions = [text[t.start : t.end] for t in turns if t.question]
    spoken_to = sum(bool(_YOU.search(q)) for q in questions) * 2 > len(questions)
    addressed = [m["surname"] for q in questions if (m := _ADDRESSED.match(q))]
    if not (spoken_to or addressed or _INTERVIEWED.search(head) or _INTERVIEWED.search(title)):
        return ""

    def other(name: str) -> bool:
        return not (writer and (names_match(name, writer) or names_match(writer, name)))

    for where in (title, head):
        for m in _INTERVIEW_WITH.finditer(where):
            if (named := _NAMED.match(where, m.end())) and other(named["name"]):
                return " ".join(named["name"].split())
    names = [
        (" ".join((m["name"] or f"{m['hon'].strip()} {m['surname']}").split()), bool(m["hon"]))
        for m in _PRESENTED.finditer(intro)
    ]
    for surname in addressed:  # "Mevrouw Hoekstra, ...?": the full name the intro gave
        full = next((n for n, hon in names if not hon and names_match(surname, n)), None)
        if full and other(full):
            return full
    for name, hon in names:
        if other(name) and (hon or name.split()[0].lower() in _FIRST):
            return name
    return ""
