"""Where a mail printed in a page with no element around it ends: where the author's prose resumes.

A blog post or article may print a mail as plain paragraphs (header lines, then the body) with
nothing to set it apart: no blockquote, no rule, no sign-off. :func:`end_at_prose` ends such a
printed body before the first of its paragraphs (never its first) that reads as the page's own
prose rather than the mail's:

* **strong** (one is enough): the paragraph names the mail's sender in the third person ("In that
  mail, Tom did not mention ...", "Shah declined to say why ...", "Dat schreef De Groot ...");
  it opens by pointing back at what was printed ("That is what ... wrote", "Dat schreef ...",
  "In that mail, ...", "In die mail ..."); it carries the next number of the page's own
  numbered paragraphs (a declaration's "5. He never sent the terms." after its "4.", a
  pleading's "2.7" after its "2.6").
* **weak** (two are needed): a third-person subject with a past-tense reporting verb ("Two days
  later she wrote ...", "hij antwoordde"), or a "he"/"she" opening the paragraph that nobody in
  the body above could stand for; the mail itself as a noun ("about the mail", "de mail",
  "either mail"); the reporter's own framing ("When I asked ...", "Asked about ...",
  "Desgevraagd", "according to"); a recipient named in the third person with a past-tense verb;
  a change of voice (the body spoke as "I"/"we" or to "you", this paragraph reports in the past
  tense with no first or second person); a change of tense (nothing in the body above is in the simple past,
  this paragraph narrates in it: "The part arrived in September.", "Het bezoek kwam er niet.",
  and neither it nor anything after it in the body speaks as "I"/"we" or to "you", or looks
  like a sign-off); a sentence about writing right above the next printed mail's header ("Two
  days later she wrote to the same list again.").

A paragraph that is only the sender's name (a bare signature: "Ilse") ends the body too when a
paragraph of prose follows it. Paragraphs that address someone ("Tom, ..."), sign off ("-Tom"),
introduce a quote ("Tom wrote:") or carry an address are never read as prose. Mails held by an
element of their own (a blockquote, a ``<pre>``, an italic run) are left to
:mod:`onrecord.mail.printed_bounds`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from onrecord.mail.exhibits import PrintedMail
from onrecord.mail.past_tense import guess_lang, simple_past
from onrecord.mail.printed_bounds import cut_body, holder
from onrecord.record.model import Statement

__all__ = ["end_at_prose", "paragraph_number", "reads_as_page_prose", "without_paragraph_numbers"]

_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")
_PARTICLES = frozenset(
    {"de", "van", "der", "den", "ter", "ten", "het", "von", "vom", "zu", "la", "le", "du", "da",
     "dos", "del", "di", "mc", "st"}
)  # fmt: skip
_PAST_REPORT = (
    r"(?:wrote|replied|answered|responded|said|added|declined|refused|mailed|e-?mailed|sent"
    r"|asked|told|insisted|claimed|denied|admitted|forwarded|did not|didn't|never|later|had"
    r"|schreef|antwoordde|reageerde|zei|voegde|weigerde|mailde|stuurde|vroeg|beweerde|ontkende"
    r"|erkende|had|was|wist|liet)"
)
_PRONOUN_REPORT = re.compile(
    rf"(?:^|[,;]\s*|\b(?:later|then|after(?:wards)?|that day|the next day|daarna|later|toen|"
    rf"dezelfde dag|een dag later|days later|weeks later|dagen later)\s+)"
    rf"(?:he|she|they|hij|zij|ze)\s+(?:\w+\s+)?{_PAST_REPORT}\b",
    re.I,
)
_MAIL_NOUN = re.compile(
    r"\b(?:that|the|this|his|her|their|those|these|either|both|neither|each|die|de|dat|deze|zijn"
    r"|haar|hun|het|beide|allebei)\s+"
    r"(?:e-?mails?|mails?|mailtjes?|messages?|berichten|bericht)\b",
    re.I,
)
_REPORTER = re.compile(
    r"\b(?:when\s+(?:i|we)\s+(?:asked|spoke|called|contacted|reached)|asked\s+about|when\s+asked"
    r"|(?:i|we)\s+(?:asked|contacted|spoke\s+to|called|reached)|according\s+to|told\s+(?:me|us)"
    r"|in\s+(?:an?\s+)?(?:interview|statement)|desgevraagd|volgens|gevraagd\s+naar"
    r"|(?:ik|wij|we)\s+(?:vroeg|vroegen|sprak|spraken|belde|belden)|tegen\s+(?:deze\s+krant|ons|mij))\b",
    re.I,
)
_POINT_BACK = re.compile(
    r"^(?:(?:that|this|so)\s+(?:is\s+|was\s+)?(?:what\s+)?(?:\w+\s+){0,3}?(?:wrote|said|mailed)"
    r"|(?:dat|dit|zo)\s+(?:schreef|mailde|zei|antwoordde)"
    r"|(?:in|with|after|na|met)\s+(?:that|this|the|his|her|those|die|deze|de|dat|zijn|haar)\s+"
    r"(?:e-?mail|mail|message|mailtje|bericht)\b(?!\s+(?:you|je|u)\b))",
    re.I,
)
# a sentence that leads into the next printed mail: "Two days later she wrote to the list again."
_WRITES = re.compile(
    r"\b(?:wrote|replied|answered|responded|mailed|e-?mailed|forwarded|followed up|wrote back"
    r"|schreef|antwoordde|reageerde|mailde|stuurde|volgde)\b",
    re.I,
)
_FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|i've|i'll|we|we're|we've|our|my|ik|wij|we|ons|onze|mijn)\b", re.I
)
# past-tense markers: English -ed verbs and common irregulars, Dutch weak (-de/-te) and strong forms
_PAST = re.compile(
    r"\b(?:was|were|had|did|didn't|never|went|came|told|said|wrote|sent|took|gave|made|left|knew"
    r"|saw|paid|[a-z]{3,}ed|ging|kwam|was|waren|had|hadden|zei|schreef|stuurde|nam|gaf|liet"
    r"|wist|zag|bleef|werd|werden|nooit|[a-z]{3,}(?:de|te|den|ten))\b",
    re.I,
)
_PRONOUN_PAST = re.compile(
    r"^(?:(?:\w+\s+){0,3}?(?:later|then|after|afterwards|daarna|toen|later),?\s+)?"
    r"(?:he|she|hij|zij)\s+(?:\w+\s+)?(?:[a-z]{3,}ed|was|had|did|didn't|never|went|told|said"
    r"|wrote|sent|took|gave|made|left|knew|paid|[a-z]{3,}(?:de|te)|was|had|zei|schreef|nam|gaf"
    r"|liet|wist|zag|bleef|werd|ging|kwam|nooit)\b",
    re.I,
)
# a person the body itself names or points at, whom a later "he"/"she" could stand for
_THIRD_PARTY = re.compile(
    r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b|\b(?:he|she|him|her|his|hij|zij|hem|haar)\b"
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|je|jij|jullie|uw)\b", re.I)
# a paragraph number: "5. ", "(5) ", "5) ", "2.7 " before a capital
_PARA_NUMBER = re.compile(
    r"[ \t]*(?:\((\d{1,3})\)|(\d{1,3}(?:\.\d{1,2})+)\.?|(\d{1,3})[.)])[ \t]+(?=[A-Z\"“‘'(])"
)
_NOT_PROSE = re.compile(r"@|^\s*>|:\s*$|^(?:p\.?\s?s\.?|n\.?b\.?)\b", re.I | re.M)


def _names(full: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_][\w'-]+", full) if w.lower() not in _PARTICLES]


def _sender_names(pm: PrintedMail) -> list[str]:
    """The sender's name words, or those of a personal address ("andrej.novak@" -> Andrej,
    Novak) where the page printed the address only."""
    if pm.sender is None:
        return []
    if pm.sender.name:
        return _names(pm.sender.name)
    local = pm.sender.email.split("@", 1)[0]
    parts = re.split(r"[._-]+", local)
    if len(parts) < 2 or not all(p.isalpha() and len(p) >= 3 for p in parts):
        return []  # "info@", "a.b@", "staff@": no name to go by
    return [p.capitalize() for p in parts if p.lower() not in _PARTICLES]


def _third_person(para: str, names: Sequence[str]) -> bool:
    """Whether ``para`` mentions one of ``names`` in the third person (not as the addressee, a
    sign-off or a self-introduction)."""
    for name in names:
        for m in re.finditer(rf"(?<![\w@.-]){re.escape(name)}(?![\w@-])", para):
            before, after = para[: m.start()].rstrip(), para[m.end() :]
            if not before and after.lstrip().startswith(","):
                continue  # "Tom, ..." (the addressee)
            if before.endswith(("-", "—", "–", "~")) or re.search(
                r"\b(?:i'm|i am|this is|name is|naam is|ik ben|met|hier is)$", before, re.I
            ):
                continue
            if re.match(r"\s+(?:here|hier)\b", after, re.I):
                continue
            return True
    return False


def _sentence(para: str) -> bool:
    words = para.split()
    return len(words) >= 5 and para.rstrip()[-1:] in ".!?\"”'"


def paragraph_number(para: str) -> tuple[int, ...] | None:
    """The number a paragraph opens with ("5. He never ..." -> (5,), "2.7 De ..." -> (2, 7))."""
    m = _PARA_NUMBER.match(para)
    if m is None:
        return None
    return tuple(int(n) for n in (m.group(1) or m.group(2) or m.group(3)).split("."))


def _page_numbers(text: str) -> list[tuple[int, ...]]:
    """The numbers of the numbered paragraphs in ``text`` (a stretch of the page's own text)."""
    out = []
    for m in re.finditer(r"(?:\A|\n[ \t]*\n)\s*", text):
        n = paragraph_number(text[m.end() : m.end() + 40])
        if n is not None:
            out.append(n)
    return out


def reads_as_page_prose(
    para: str,
    pm: PrintedMail,
    leads_in: bool = False,
    before: Sequence[str] = (),
    after: Sequence[str] = (),
    numbered: tuple[int, ...] | None = None,
) -> bool:
    """Whether a paragraph after a printed mail's first paragraph is the page author's;
    ``leads_in``: the next printed mail's header follows right after it; ``before``/``after``:
    the body's paragraphs above and below it; ``numbered``: the last number of the page's own
    numbered paragraphs above the mail."""
    para = " ".join(para.split())
    if not _sentence(para) or _NOT_PROSE.search(para):
        return False
    num = paragraph_number(para)
    if num is not None and numbered is not None and len(num) == len(numbered) and num > numbered:
        return True
    sender = _sender_names(pm)
    if _third_person(para, sender) or _POINT_BACK.search(para):
        return True
    recipients = [n for a in [*pm.to, *pm.cc] if a.name for n in _names(a.name)]
    weak = [
        # "she wrote", or a "he"/"she" the body gives nothing to stand for (one signal)
        bool(_PRONOUN_REPORT.search(para)) or _unbound_pronoun(para, before),
        bool(_MAIL_NOUN.search(para)) and not _SECOND_PERSON.search(para),
        bool(_REPORTER.search(para)),
        _third_person(para, recipients)
        and re.search(rf"\b{_PAST_REPORT}\b", para, re.I) is not None,
        leads_in and _WRITES.search(para) is not None,
        _voice_change(para, before),
        _tense_change(para, before, after),
    ]
    return sum(weak) >= 2


def _voice_change(para: str, before: Sequence[str]) -> bool:
    """The body spoke in the first person or to its reader ("We will not merge ...", "Ik bel je
    morgen", "as requested by your engineers") and this paragraph reports in the past tense
    with neither a first nor a second person."""
    return (
        any(_FIRST_PERSON.search(b) or _SECOND_PERSON.search(b) for b in before)
        and not _FIRST_PERSON.search(para)
        and not _SECOND_PERSON.search(para)
        and (_PAST.search(para) is not None or simple_past(para))
    )


def _tense_change(para: str, before: Sequence[str], after: Sequence[str]) -> bool:
    """Nothing in the body above is in the simple past (a plan, a promise, a request) and this
    paragraph narrates in it, and from here to the body's end nobody speaks as "I"/"we" or to
    "you" and nothing looks like a sign-off: the page's author telling what happened next."""
    lang = guess_lang(" ".join([*before, para]))
    if not before or not lang or any(simple_past(b, lang) for b in before):
        return False
    if not simple_past(para, lang):
        return False
    for p in (para, *after):
        p = " ".join(p.split())
        if _FIRST_PERSON.search(p) or _SECOND_PERSON.search(p):
            return False
        if len(p.split()) < 3 or p[-1:] not in ".!?\"”'":
            return False  # a sign-off, a name, a contact line
    return True


def _unbound_pronoun(para: str, before: Sequence[str]) -> bool:
    """The paragraph opens with "He/She/Zij" and a past-tense verb, and the body above names
    nobody the pronoun could stand for: it is the sender, seen from outside the mail."""
    if not _PRONOUN_PAST.search(para):
        return False
    return not any(_THIRD_PARTY.search(b) for b in before)


def _bare_signature(para: str, pm: PrintedMail) -> bool:
    """A paragraph that is nothing but (part of) the sender's name: "Ilse", "-- Ilse Janssen"."""
    words = _names(para.strip(" \t\n-—–~"))
    sender = set(_names(pm.sender.name)) if pm.sender and pm.sender.name else set()
    return bool(words) and len(words) <= 3 and set(words) <= sender and len(para.strip()) < 40


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _PARA_BREAK.finditer(text, start, end):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:end].strip():
        out.append((pos, end))
    return out


def _cut(
    text: str, pm: PrintedMail, next_start: int | None, numbered: tuple[int, ...] | None
) -> int | None:
    paras = _paragraphs(text, pm.body_start, pm.body_end)
    for k in range(1, len(paras)):
        s, e = paras[k]
        para = text[s:e]
        leads_in = next_start is not None and not text[e:next_start].strip()
        before = [text[a:b] for a, b in paras[:k]]
        after = [text[a:b] for a, b in paras[k + 1 :]]
        if reads_as_page_prose(para, pm, leads_in, before, after, numbered):
            return paras[k - 1][1]
        if k + 1 < len(paras) and _bare_signature(para, pm):
            nxt = text[paras[k + 1][0] : paras[k + 1][1]]
            if _sentence(" ".join(nxt.split())) and not _NOT_PROSE.search(nxt):
                return e
    return None


def end_at_prose(
    text: str, mails: list[PrintedMail], blocks: Sequence[tuple[int, int]] = ()
) -> list[PrintedMail]:
    """``mails`` (in place), each body not held by an element of its own cut where the page's
    prose resumes."""
    numbers: list[tuple[int, ...]] = []  # the page's own numbered paragraphs so far
    for i, pm in enumerate(mails):
        numbers += _page_numbers(text[mails[i - 1].end if i else 0 : pm.start])
        first = pm.body_start
        while first < pm.body_end and text[first].isspace():
            first += 1
        if first >= pm.body_end or holder(blocks, first, lo=pm.start) is not None:
            continue
        nxt = mails[i + 1].start if i + 1 < len(mails) else None
        end = _cut(text, pm, nxt, numbers[-1] if numbers else None)
        if end is not None:
            cut_body(text, pm, end)
    return mails


def without_paragraph_numbers(text: str, statements: list[Statement]) -> list[Statement]:
    """A page's statements, each that opens a line with a paragraph number ("5. He never sent
    the terms.", "2.7 De woning ...") without it: the number is the filing's, not the sentence."""
    out = []
    for st in statements:
        m = _PARA_NUMBER.match(st.text)
        line_start = st.start == 0 or not text[text.rfind("\n", 0, st.start) + 1 : st.start].strip()
        if m is not None and line_start and m.end() < len(st.text):
            st = replace(st, text=st.text[m.end() :], start=st.start + m.end())
        out.append(st)
    return out
