"""Direct speech in a published document: the quoted words are the speaker's.

A news article, press release or blog that quotes a person prints that person's words:
'"This is a difficult decision, but it is the right one," says Marieke Dijkstra.' /
'"Het was onze eigen keuze," zegt Van Lier nu. "De licentiecommissie heeft ons nooit opgedragen
de club te verkopen."' / 'Directeur Annelies Roodenburg: "Onze onafhankelijkheid is niet te
koop."'. The record gives the words inside the quotation marks to the speaker (as an
interview's answers are the interviewee's); the frame around them ("says Marieke Dijkstra")
stays the document author's. Words someone *wrote* ('Okafor wrote: "..."', "schreef X") are
not taken: they are a mail's or a letter's, which the record holds, or should hold, with their
own date; a quotation here is dated by the document.

A quotation is the speaker's only where the document names them at it, by a speech verb right
after the closing mark (", says X", ", zegt X", ", aldus X", "X said.") or by "X:" / "X zei:"
right before the opening one; a quotation that follows such a framed one in the same paragraph,
with no frame of its own, goes on in the same voice. A quotation that opens a sentence and is
put in a pronoun's mouth ('"...," zegt hij.', 'she said') or follows a sentence of reported
speech ('Oosterhout zegt dat ... . "Ik heb ..."') is the one person the sentence before names
("Statenlid Wim Tuinstra wil opheldering."), and nobody's where it names two. Short quoted
phrases ("noemt het "pijnlijk voor het dorp"", scare quotes) have no frame and stay the
author's, as do quotations in a group's mouth ("says a spokesperson"). A surname alone ("zegt
Bakker") is the full name the document gave before ("Oppositieraadslid Ilse Bakker"), and a
quotation whose speaker the document never named in full stays the author's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.ingest.byline import PERSON_NAME, names_match
from onrecord.text.first_names import FEMALE_FIRST, MALE_FIRST

__all__ = ["Spoken", "spoken_quotes"]

_FIRST = FEMALE_FIRST | MALE_FIRST
#: the words inside a pair of double quotation marks, on one paragraph
_QUOTE = re.compile(r"[\"“„](?P<q>[^\"“”„]{12,1200}?)[\"”]")
_SAY = (
    r"(?:says|said|adds|added|explains|explained|insists|insisted|recalls|recalled|"
    r"warns|warned|admits|admitted|told\s+(?:me|us|the\s+\w+|\w+)|zegt|zei|zeggen|zeiden|aldus|"
    r"vertelt|vertelde|benadrukt|benadrukte|erkent|erkende|waarschuwt|"
    r"waarschuwde|laat\s+weten|liet\s+weten|reageert|reageerde)"
)
_SURNAME = (
    r"(?:(?:[Vv]an|[Dd]e|[Vv]an\s+der|[Vv]an\s+den|[Vv]an\s+de|[Tt]er|[Tt]en)\s+)?[A-ZÀ-Þ][\w'’-]+"
)
_WHO = rf"(?:{PERSON_NAME}|{_SURNAME})"
#: role words before a name after the verb: "says chairman Joost van Lier", "zegt voorzitter X"
_ROLE = r"(?:[a-zà-ÿ][\w-]*\s+){0,3}?"
_PRONOUN = r"(?:hij|zij|ze|he|she)"
_AFTER = re.compile(
    rf"\s*,?\s*(?:{_SAY}\s+(?P<p>{_PRONOUN})\b|(?P<q>{_PRONOUN})\s+{_SAY}\b|"
    rf"{_SAY}\s+{_ROLE}(?P<a>{_WHO})|(?P<b>{_WHO})\s+{_SAY})\b",
    re.UNICODE,
)
_SAYS = re.compile(rf"\b{_SAY}\b")
#: a quotation that opens a sentence: only a full stop, "?" or "!" and spaces before its mark
_OPENS = re.compile(r"[.!?][\"”’]?\s*$")
#: where the sentence before a quotation starts: after the last full stop, "?" or "!"
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")
_BEFORE = re.compile(
    rf"(?P<who>{_WHO})(?:\s+{_SAY}(?:\s+[^:\"“„\n]{{0,40}})?)?\s*:\s*$", re.UNICODE
)
_PERSON = re.compile(PERSON_NAME)
_SURNAME_RE = re.compile(_SURNAME)
_ONE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")


@dataclass(frozen=True, slots=True)
class Spoken:
    """A quotation's words (between the marks, without a closing comma) and who said them."""

    start: int
    end: int
    speaker: str


def _full_names(text: str, author: str) -> list[tuple[int, str]]:
    """(position, name) of every person named in full, a known first name first ("Directeur
    Annelies Roodenburg" -> "Annelies Roodenburg"), the author aside."""
    out = []
    for m in _PERSON.finditer(text):
        words = m.group(0).split()
        first = next((i for i, w in enumerate(words) if w.lower() in _FIRST), None)
        if first is None:
            continue
        words = words[first:]
        if len(words) > 2 and words[1][:1].isupper() and words[2][:1].islower():
            words = words[:2]  # "Ilse Bakker van Stadsbelang": her party follows her name
        name = " ".join(words)
        if len(words) >= 2 and not (author and names_match(name, author)):
            out.append((m.start(), name))
    return out


def _speaker(written: str, at: int, named: list[tuple[int, str]]) -> str:
    """The full name ``written`` stands for: itself where it opens with a known first name,
    else the last full name before ``at`` that it names ("Van Lier" -> "Joost van Lier")."""
    words = written.split()
    first = next((i for i, w in enumerate(words) if w.lower() in _FIRST), None)
    if first is not None and len(words) - first >= 2:
        return " ".join(words[first:])
    for pos, name in reversed(named):  # in document order: the nearest before ``at`` first
        if pos < at and names_match(written, name):
            return name
    return ""


def _sentence_before(text: str, start: int, end: int) -> int:
    """Where the sentence that ends at ``end`` starts (not before ``start``)."""
    cut = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.end() < end:
            cut = m.end()
    return cut


def _named_before(text: str, start: int, end: int, named: list[tuple[int, str]]) -> str:
    """The one person the sentence before ``end`` (within ``start``..``end``) names: "Statenlid
    Wim Tuinstra wil opheldering." before '"...," zegt hij.'; "" where it names none or two."""
    cut = _sentence_before(text, start, end)
    sentence = text[cut:end]
    found = {n for p, n in named if cut <= p < end}
    for m in _SURNAME_RE.finditer(sentence):
        if who := _speaker(m.group(0), cut + m.start(), named):
            found.add(who)
    return found.pop() if len(found) == 1 else ""


def spoken_quotes(text: str, author: str = "") -> list[Spoken]:
    """The quotations of ``text`` with a named speaker, in order."""
    text = _ONE_BREAK.sub(" ", text)  # a name or frame wrapped onto the next line; same offsets
    named = _full_names(text, author)
    out: list[Spoken] = []
    last: tuple[int, str] | None = None  # where the last framed quotation's frame ended, by whom
    for m in _QUOTE.finditer(text):
        words = m.group("q")
        if "\n\n" in words or len(words.split()) < 4:
            continue
        after = _AFTER.match(text, m.end())
        # "X:" / "X zei:" within the paragraph, in the few words before the opening mark
        para = text.rfind("\n\n", 0, m.start())
        para = para + 2 if para >= 0 else 0
        before = _BEFORE.search(text, max(para, m.start() - 200), m.start())
        who = ""
        opens = m.start() == para or _OPENS.search(text, max(para, m.start() - 4), m.start())
        if after and (after.group("p") or after.group("q")):  # '"...," zegt hij.'
            if opens:
                who = _named_before(text, max(para, m.start() - 400), m.start(), named)
        elif after:
            written = after.group("a") or after.group("b")
            who = _speaker(written, m.start(), named)
        elif before:
            who = _speaker(before.group("who"), before.start(), named)
        elif (
            last
            and text[last[0] : m.start()].strip(" \t\n.") == ""
            and "\n\n" not in text[last[0] : m.start()]
        ):
            who = last[1]  # the next quotation of the same voice
        elif opens:  # 'Oosterhout zegt dat hij ... overvallen. "Ik heb het pas ...": he goes on
            start = _sentence_before(text, max(para, m.start() - 400), m.start())
            if _SAYS.search(text, start, m.start()):
                who = _named_before(text, start, m.start(), named)
        if not who or (author and names_match(who, author)):
            last = None
            continue
        start, end = m.start("q"), m.end("q")
        while end > start and text[end - 1] in " ,":
            end -= 1
        out.append(Spoken(start, end, who))
        frame_end = m.end()
        if after:
            stop = text.find(".", after.end())
            frame_end = stop + 1 if stop >= 0 else m.end()
        last = (frame_end, who)
    return out
