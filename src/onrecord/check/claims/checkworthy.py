"""Which sentences of a document are claims, and why the others are not.

A sentence is a claim when it asserts something the record could support or contradict: an
event, a statement, a position, a quantity. The others are skipped with one reason
(:class:`Skipped`, shown by ``onrecord check --file DOC --all``):

* ``markup``: HTML comments in Markdown or HTML (``<!-- Do not ingest this file. -->``);
* ``heading``: Markdown headings, and short lines of their own without final punctuation;
* ``dateline``: such a line that is a dateline ("Persbericht - Utrecht, 15 februari 2023");
  a dateline glued to the first sentence ("AMSTERDAM - ...") is cut off the claim instead;
* ``byline`` ("Door ...", "By ...", "Posted by ...", "Additional reporting by ...", the
  author's biography in an emphasised line), ``boilerplate`` ("Lees ook", copyright,
  cookie and newsletter notices, navigation, captions, contact lines);
* ``question``;
* ``commentary``: opinion, doubt and feeling ("This is shocking.", "Het is opvallend dat ...",
  "It is unclear whether ...", "Dat is pijnlijk ...", "Perhaps ...", "We are saddened ..."), the
  article's framing of itself ("This is the story of how ..."), open questions ("Questions
  remain about ..."), others' characterisation in the present ("Colleagues describe her as
  ..."), a judgement of what was just said ("Dat klopt niet."), corporate stance ("We take ...
  seriously", "Our customers deserve better", "X blijft achter zijn voorstel staan", "stands by
  its decision"), a party's judgement of a case ("Plaintiff's lawsuit is without merit"), what
  someone deserves ("Passengers deserve answers"), feelings, reactions and hopes ("Supporters
  are furious.", "Smit moet erom lachen.", "Smit hoopt op eerherstel"), "There is nothing to
  discuss", a verdict in a word that is not on record ("Morton called the talks 'a
  betrayal'"), a spoken quote that only voices its speaker: a present-tense remark or a state
  of mind ("'Riders are not a cost to be minimised,' she says.", :mod:`spoken_quote`), the
  speaker's own feeling or standing ("Zo boos ... ben ik zelden geweest", "ik doe niet alsof
  ...", :mod:`own_view`);
* ``meta``: the article's own process, not the record ("X did not respond to a request for
  comment", "wilde niet reageren", "Noot voor de redactie", "Plaintiff brings this action",
  "Lumen denies each allegation not expressly admitted", "wil niet ingaan op de zaak"),
  an instruction to the reader or a term open to a party ("Owners can check whether ...",
  "heeft twee weken om in hoger beroep te gaan", :mod:`procedure`);
* ``announcement``: future action or intention ("Het bedrijf zegt de aanklacht te zullen
  aanvechten.", "Lumen Labs will move to dismiss", "We intend to ..."), and a demand or call
  the document's author makes in the present tense ("Plaintiff demands a trial by jury", "De
  bond roept Nordwind op ..."), a present tense with a time still to come ("De inspectie doet
  volgende maand uitspraak", "debatteert op 24 september", "The hearing is scheduled for ...")
  and "gaat in hoger beroep"; a promise reported in the past ("beloofde dat ...") is a claim,
  and so is a date in a year before the document's ("Wij hoorden het pas op 1 maart 2021") and
  "plans" as a noun ("She now backs plans to build ..."); also a term still running ("krijgen
  hun geld binnen dertig dagen"), a condition standing alone ("Only if a club meets our
  valuation.") and a wish after a fronted adjunct ("Op de plek wil X 48 woningen bouwen");
* ``fragment``: fewer than four words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from onrecord.check.claims.captions import is_caption
from onrecord.check.claims.doc_notes import doc_note
from onrecord.check.claims.evaluative_copula import evaluative_copula
from onrecord.check.claims.meta_notes import (
    META_NOTE_RE,
    OWN_FEELING_RE,
    SCHEDULED_RE,
    is_form_field,
)
from onrecord.check.claims.month_ahead import month_ahead
from onrecord.check.claims.nl_past import nl_past
from onrecord.check.claims.own_reporting import own_reporting
from onrecord.check.claims.own_view import is_own_view
from onrecord.check.claims.procedure import (
    addressee_duty,
    bare_condition,
    fronted_wish,
    is_instruction,
    within_term,
)
from onrecord.check.claims.reaction import reaction_reason
from onrecord.check.claims.scene import is_scene
from onrecord.check.claims.spoken_quote import voices_only
from onrecord.check.claims.stance import is_going_to, is_stance
from onrecord.check.claims.time_ahead import as_soon_as, reported_content, season_ahead, year_ahead
from onrecord.check.language.article_lexicon import COMMENTARY_MORE_RE, FUTURE_MORE_RE, META_MORE_RE
from onrecord.check.language.claim_lexicon import (
    BOILERPLATE_ANY_RE,
    BOILERPLATE_RE,
    BYLINE_MORE_RE,
    BYLINE_RE,
    COMMENTARY_RE,
    COPULAS,
    DATELINE_LINE_RE,
    DATELINE_RE,
    DEMONSTRATIVES,
    EVALUATIVE,
    FUTURE_AUX,
    FUTURE_RE,
    FUTURE_TIME_RE,
    GOING_TO_COURT_RE,
    INTENSIFIERS,
    META_RE,
    NAV_SEPARATORS,
    NL_NOT_VERBS,
    NOUN_BEFORE_FUTURE,
    OPINION_HEAD,
    OPINION_RE,
    PERFORMATIVE,
    SPEECH_EN,
    SPEECH_NL,
    WISH_WORDS,
    is_verb,
)
from onrecord.check.language.claim_names import TOKEN_RE
from onrecord.check.language.verb_forms import PAST_WORDS

__all__ = [
    "REASONS",
    "Skipped",
    "blank_comments",
    "dateline_length",
    "dateline_place",
    "is_announcement",
    "is_opinion",
    "skip_reason",
    "split_short_lines",
]

REASONS = (
    "markup",
    "heading",
    "dateline",
    "byline",
    "boilerplate",
    "question",
    "commentary",
    "meta",
    "announcement",
    "fragment",
)
CLOSERS = "\"'”’»)]"
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s")
_LIST_MARK = re.compile(r"^\s*(?:>\s*)*(?:[-*+•]|\d{1,3}[.)])\s+")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_CONTACT = re.compile(
    r"(?i)^(?:for\s+(?:media|press)\s+inquiries|voor\s+(?:meer\s+)?informatie|contact)\b"
)


@dataclass(slots=True)
class Skipped:
    """A sentence of a document that is not a claim, and why."""

    original: str  # the sentence as written
    span: tuple[int, int] | None  # its span in the source text
    reason: str  # one of REASONS
    by: str = "rules"  # who decided: the rules, or "model" (claims/worthiness.py)


def words(s: str) -> list[str]:
    return TOKEN_RE.findall(s)


def blank_comments(body: str) -> tuple[str, list[tuple[int, int]]]:
    """``body`` with its HTML comments replaced by spaces (offsets kept), and their spans."""
    spans = [(m.start(), m.end()) for m in _COMMENT.finditer(body)]
    out = body
    for a, b in spans:
        out = out[:a] + "".join(c if c == "\n" else " " for c in out[a:b]) + out[b:]
    return out, spans


def _alone_on_line(body: str, a: int, b: int) -> bool:
    before = body[:a].rstrip(" \t")
    after = body[b:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def split_short_lines(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a sentence after a short line of its own without final punctuation ("Lees ook:
    ...", a byline, an HTML heading) that the sentence splitter joined to the next line."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while True:
            nl = body.find("\n", a, b)
            if nl < 0:
                break
            line_start = body.rfind("\n", 0, a) + 1
            line = body[a:nl].rstrip()
            nxt = body[nl:b].lstrip()
            if (
                not body[line_start:a].strip()
                and len(body[line_start:nl].rstrip()) <= 60
                and line
                and line.rstrip(CLOSERS)[-1:] not in ".!?…,;"
                and nxt[:1].isupper()
            ):
                out.append((a, a + len(line)))
                a = b - len(nxt)
                continue
            break
        out.append((a, b))
    return out


#: a dateline with the place in a name's case and a date: "Vlierhoven, 27 mei 2025 – ",
#: "Leeds, 3 March 2025 - ", "Leeds, March 3, 2025 — " (the date tells it from an apposition)
_DATED_PLACE_RE = re.compile(
    r"^[\s*_]*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}[\s*_]*,\s*"
    r"(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})"
    r"[\s*_]*[-–—]{1,2}\s+(?=\S)"
)


#: a live blog's time stamp opening an entry: "**10:26** ", "**19.39 uur** - ", "11:30 "
_TIME_STAMP_RE = re.compile(
    r"^\s*(?:(?:\*\*|__)\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:uur|u|h|am|pm))?\s*(?:\*\*|__)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d)\s*(?:[-–—]\s*)?(?=[A-Z\"'‘“])"
)


def dateline_length(original: str) -> int:
    """Characters of a dateline at the start of ``original`` ("AMSTERDAM - ", "Vlierhoven, 27
    mei 2025 – ") or of a live blog's time stamp ("**10:26** "), or 0: taken for the
    sentence's first words, the place became its subject, the time hid its frame."""
    m = DATELINE_RE.match(original) or _DATED_PLACE_RE.match(original)
    m = m or _TIME_STAMP_RE.match(original)
    return m.end() if m else 0


#: a dateline on a line of its own without a year: "HAVERBROEK, 9 oktober", "ASKERBY, 17
#: September" (the place in capitals, then the day and month)
_PLACE_DAY_RE = re.compile(
    r"[\s*_]*[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}[\s*_]*,\s*\d{1,2}\s+[A-Za-z]{3,9}\.?[\s*_]*"
)


def line_place(original: str, cut: int) -> str:
    """The place of the dateline at the start of ``original`` (``cut`` characters long), or of
    a dateline line ("HAVERBROEK, 9 oktober"); else ""."""
    if cut:
        return "" if _TIME_STAMP_RE.match(original) else dateline_place(original[:cut])
    return dateline_place(original) if _PLACE_DAY_RE.fullmatch(original.strip()) else ""


def dateline_place(dateline: str) -> str:
    """The place of a dateline ("**BARNSHAW** - " -> "Barnshaw", "Vlierhoven, 27 mei 2025 – "
    -> "Vlierhoven")."""
    place = re.split(r"[,(\-–—]", dateline.strip(" *_\n"), maxsplit=1)[0].strip(" *_")
    return place.title() if place.isupper() else place


def _is_heading(original: str, clean: str, body: str, a: int, b: int) -> bool:
    if _HEADING_MARK.match(original) or re.fullmatch(r"[=\-*_ ]{3,}", clean):
        return True
    if clean.rstrip(CLOSERS)[-1:] in (".", "!", "?", "…", ":", ";"):
        return False
    n = len(words(clean))
    if _LIST_MARK.match(original) and n >= 5:
        return False  # a list item without a final period
    return _alone_on_line(body, a, b) and n <= 15


def _boilerplate(clean: str) -> str | None:
    n = len(words(clean))
    if (BYLINE_RE.match(clean) or BYLINE_MORE_RE.match(clean)) and n <= 8:
        return "byline"
    if BOILERPLATE_RE.match(clean) and n <= 15:
        return "boilerplate"
    if BOILERPLATE_ANY_RE.search(clean) and n <= 25:
        return "boilerplate"
    if len(NAV_SEPARATORS.findall(f" {clean} ")) >= 2:
        return "boilerplate"
    if _CONTACT.match(clean) or (_EMAIL.search(clean) and n <= 12):
        return "boilerplate"
    if _URL.search(clean) and len(words(_URL.sub(" ", clean))) < 4:
        return "boilerplate"
    return None


def _author_note(original: str, clean: str, author: str) -> bool:
    """An emphasised line about the author: "*Fiona Ward is a former investigator.*"."""
    s = original.strip()
    if len(s) < 3 or s[0] not in "*_" or s.rstrip(".")[-1:] not in "*_":
        return False
    surname = author.split()[-1].lower() if author.split() else ""
    return len(words(clean)) <= 25 and surname in (w.lower() for w in words(clean))


#: "That's", "It's" in a speaker's words: the copula of "That is", "It is"
_CONTRACTED_IS = re.compile(r"(?i)\b(that|this|it)['’]s\b")


def is_opinion(clean: str) -> bool:
    """The writer's evaluation, doubt or feeling."""
    if OPINION_RE.search(clean) or COMMENTARY_RE.search(clean) or is_stance(clean):
        return True
    if COMMENTARY_MORE_RE.search(clean) or OWN_FEELING_RE.search(clean):
        return True
    if evaluative_copula(clean):  # "It is not acceptable.", "X is geen luxe."
        return True
    clean = _CONTRACTED_IS.sub(r"\1 is", clean)  # "That's a distinction": spoken, as written
    ws = [w.lower() for w in words(clean)]
    has_digit = any(c.isdigit() for c in clean)
    if len(ws) >= 3 and ws[0] in OPINION_HEAD and ws[1] in COPULAS:
        rest = ws[2:]
        while rest and rest[0] in INTENSIFIERS:
            rest = rest[1:]
        if rest and rest[0] in EVALUATIVE and len(ws) <= 12 and not has_digit:
            return True
        # "Dat is pijnlijk voor ...", "Dit is een klap ...": a judgement of what was just said
        # the speaker's own "I" names nobody: "That is a distinction, I accept, ..."
        if ws[0] in DEMONSTRATIVES and not any(
            w[:1].isupper() and w != "I" for w in words(clean)[1:]
        ):
            return True
    if clean.rstrip(CLOSERS).endswith("!") and len(ws) <= 8 and not has_digit:
        return any(w in EVALUATIVE for w in ws)
    if _evaluative_quote(clean):
        return True
    return any(w in EVALUATIVE for w in ws) and _evaluates(ws)


_CALLED = re.compile(
    r"(?i)\b(?:called|calls|call|noemde|noemden|noemt|noemen)\b[^'\"“‘]{0,60}?['\"“‘]([^'\"”’]{2,60})"
)
# A time or a medium makes it a statement on record ("called it 'unavoidable' in a letter")
_ON_RECORD = re.compile(
    r"(?i)\b(?:19|20)\d\d\b|\b(?:destijds|toen|at\s+the\s+time|then)\b|"
    r"\bin\s+(?:a|an|his|her|their|een|zijn|haar|hun)\s+(?:\w+\s+)?(?:letter|e-?mail|mail|memo|"
    r"message|note|brief|bericht|notitie)\b"
)


def _evaluative_quote(clean: str) -> bool:
    """Someone's verdict in a word, as a reaction: "Morton called the talks 'a betrayal'" (not
    "Pryce called the rise 'unavoidable' in a letter": that is on record)."""
    m = _CALLED.search(clean)
    if not m or _ON_RECORD.search(clean):
        return False
    return any(w.lower() in EVALUATIVE for w in words(m.group(1)))


def _evaluates(ws: list[str]) -> bool:
    """ "X's conduct is a betrayal ...": a copula followed (soon) by an evaluative word."""
    for i, w in enumerate(ws[:-1]):
        if w in SPEECH_EN or w in SPEECH_NL:
            return False  # "He said the board was wrong": what someone said
        if w in COPULAS:
            tail = [t for t in ws[i + 1 : i + 5] if t not in INTENSIFIERS]
            return any(t in EVALUATIVE for t in tail[:3])
    return False


def _main_clause(clean: str) -> list[str]:
    """Lower-cased words of the main clause: up to "that"/"dat" or a comma."""
    out: list[str] = []
    for w in words(clean):
        lw = w.lower()
        if lw in ("that", "dat", "whether", "omdat", "because"):
            break
        out.append(lw)
    return out


def is_announcement(
    clean: str, author_acts: bool = False, year: int | None = None, month: int | None = None
) -> bool:
    """Future action or intention in the main clause; with ``author_acts`` (the subject is the
    document's author), also a demand or call in the present tense. ``year``: the document's
    (else this one): a date in an earlier year is past, whatever the tense looks like;
    ``month``: the document's, against which a month named without a year is still to come."""
    main = _main_clause(clean)
    if any(not _nominal(clean, m.start()) for m in FUTURE_RE.finditer(clean)):
        return True
    if FUTURE_MORE_RE.search(clean):
        return True
    if GOING_TO_COURT_RE.search(clean) or is_going_to(clean):
        return True
    if any(w in FUTURE_AUX for w in main[:8]):
        return True
    when = FUTURE_TIME_RE.search(clean)
    if when and _HABITUAL.search(clean[: when.start()]):
        when = None  # "still rides a delivery shift every Friday": a habit, not a date to come
    if when and not _has_past(clean) and not _year_before(clean, when.end(), year):
        return True  # "De rechtbank doet over zes weken uitspraak", "Marsh appears on Thursday"
    if month_ahead(clean, month) and not _has_past(clean):
        return True  # "Vanaf 1 maart komen lijn 62 en lijn 64 terug" in January
    if (season_ahead(clean) or year_ahead(clean, year)) and not _has_past(clean):
        return True  # "organiseert in het najaar een informatieavond", "tot 2029" in 2025
    said = reported_content(clean)
    if said and _time_ahead(said, year, month) and not _has_past(said):
        return True  # "Holtkamp liet weten dat de coöperatie in het najaar ... organiseert"
    if within_term(clean) and not _has_past(clean):
        return True  # "Kaarthouders krijgen hun geld binnen dertig dagen teruggestort"
    main_part = as_soon_as(clean)
    if main_part is not None and not _has_past(main_part):
        return True  # "De overige negen volgen zodra we genoeg mensen hebben opgeleid"
    # a sum demanded ("Volgens de dagvaarding eist het bedrijf 1,35 miljoen euro") is what a
    # claim says, no plan
    sum_demanded = any(w in _DEMANDS for w in main[:8]) and _SUM.search(clean)
    if any(w in WISH_WORDS for w in main[:6]) and not _has_past(clean) and not sum_demanded:
        return True  # "De medeoprichter wil nu een schadevergoeding van het bedrijf."
    if fronted_wish(main) and not _has_past(clean) and not sum_demanded:
        return True  # "Op de plek van het zwembad wil projectontwikkelaar X 48 woningen bouwen"
    return author_acts and any(w in PERFORMATIVE for w in main[:6])


_DEMANDS = frozenset({"eist", "eisen", "demands", "seeking"})
_SUM = re.compile(
    r"(?i)[€$£]\s*\d|\d\s*(?:euros?|dollars?|pounds?|miljoen|million|miljard|billion)\b"
)


def _time_ahead(said: str, year: int | None, month: int | None) -> bool:
    """``said`` (what someone said) names a time still to come: a date, a month, a season or a
    year after the document's."""
    when = FUTURE_TIME_RE.search(said)
    if when and not _HABITUAL.search(said[: when.start()]):
        return True
    return month_ahead(said, month) or season_ahead(said) or year_ahead(said, year)


#: "every Friday", "elke vrijdag", "iedere maand": a recurring time is a habit, no plan
_HABITUAL = re.compile(r"(?i)\b(?:every|each|elke|iedere)\s+$")


def _nominal(clean: str, start: int) -> bool:
    """The future word at ``start`` is a noun ("She now backs plans to build", "the aim to"),
    not a verb ("Lumen plans to appeal"): an article, possessive, preposition or a verb of
    support comes before it."""
    word = clean[start:].split(None, 1)[0].lower()
    if word not in ("plans", "plan", "aims", "aim", "hopes", "hope"):
        return False
    before = words(clean[:start])
    return bool(before) and before[-1].lower() in NOUN_BEFORE_FUTURE


def _year_before(clean: str, end: int, year: int | None) -> bool:
    """The time word at ``end`` is a date with a year before ``year`` ("Wij hoorden het nieuws
    pas op 1 maart 2021" in a press release of 2024): a report, not an announcement."""
    m = re.match(r"\s*,?\s*((?:19|20)\d\d)\b", clean[end:])
    return bool(m) and int(m.group(1)) < (year or date.today().year)


_NL_WEAK_SINGULAR = re.compile(r"^[^\W\d_]{3,}(?:de|te)$")
# Adjectives in -de/-te that say when, not that it happened: "volgende maand", "komende week".
_NOT_PAST = NL_NOT_VERBS | {"volgende", "komende", "aanstaande", "eerstvolgende", "laatste"}


#: English pasts that are other Dutch words ("met" = with), and words that show a sentence is
#: Dutch
_DUTCH_HOMOGRAPHS = frozenset({"met", "lost"})
_DUTCH_MARKS = frozenset({"de", "het", "een", "van", "wij", "ik", "zij", "niet", "aan", "en"})


def _has_past(clean: str) -> bool:
    """A past tense or a perfect auxiliary anywhere in the sentence ("heeft dinsdag ...
    openbaar gemaakt", "reageerde daarop", "proposed in June"): it reports, not announces."""
    if nl_past(words(clean)):  # "heb ik ... gestuurd", "bestond uit"
        return True
    prev = ""
    toks = words(clean)
    dutch = bool(_DUTCH_MARKS.intersection(w.lower() for w in toks))
    for w in toks:
        lw = w.lower()
        if lw in PAST_WORDS and not (dutch and lw in _DUTCH_HOMOGRAPHS):
            return True
        # a weak past plural right after its subject, a name or a pronoun ("Lammers en Gert
        # Scholten ondertekenden op 3 februari", "Zij meldden"); not a noun ("de momenten")
        if (
            lw.endswith(("den", "ten"))
            and _NL_WEAK_SINGULAR.match(lw[:-1])
            and (prev[:1].isupper() or prev.lower() in ("zij", "ze", "wij", "we", "jullie"))
            and is_verb(w, "nl")
        ):
            return True
        # an English past in -ed; in Dutch only a strong past in -eed ("reed", "gleed"), not
        # "gebied" or "bied"
        if is_verb(w, "en") and lw.endswith("ed") and (not dutch or lw.endswith("eed")):
            return True
        # a weak past, "-ende" included ("tekende"; a participle here only costs an
        # announcement); not "-den": "familieleden"
        if w[:1].islower() and _NL_WEAK_SINGULAR.match(lw) and lw not in _NOT_PAST:
            return True
        prev = w
    return False


#: a quoted question with its asker after it: '"Waarom moest dit zo snel?", vroeg Arendsen.',
#: '"Why now?" asked one member.'
_QUOTED_QUESTION = re.compile(
    r"\?\s*[\"”’']\s*,?\s*(?:vroeg|vraagt|vroegen|asked|asks|wondered|wonders)\b[^.?!]{0,60}\.?\s*$",
    re.I,
)


def skip_reason(
    original: str, clean: str, body: str, a: int, b: int, author: str | None = None
) -> str | None:
    """Why the sentence ``original`` (``clean``: without markup) is not a claim, or None.
    Announcements need the sentence's subject and are decided by :func:`is_announcement`.
    ``author``: the document's, whose biography in an emphasised line is a byline."""
    if not clean or is_form_field(original, clean):
        return "markup"  # "**Complainant:** X, on behalf of ...": a form's field, no claim
    if author and _author_note(original, clean, author):
        return "byline"  # "*Fiona Ward is a former air accident investigator.*"
    if is_caption(body, a, b):
        return "caption"  # "*Nadia Whitcombe at the Kelsham depot.*"
    if _is_heading(original, clean, body, a, b):
        dated = DATELINE_LINE_RE.search(clean) or _PLACE_DAY_RE.fullmatch(clean.strip())
        if dated and not _HEADING_MARK.match(original):
            return "dateline"
        return _boilerplate(clean) or "heading"
    reason = _boilerplate(clean)
    if reason:
        return reason
    if clean.rstrip(CLOSERS + " ").endswith("?") or _QUOTED_QUESTION.search(clean):
        return "question"  # also '"Waarom moest dit zo snel?", vroeg Arendsen.'
    if META_RE.search(clean) or META_MORE_RE.search(clean) or META_NOTE_RE.search(clean):
        return "meta"
    if doc_note(original, clean) or own_reporting(clean):
        return "meta"  # "Daarin schreven wij dat ...", "has given this newspaper 300 pages"
    if is_instruction(clean):  # "Owners can check whether ...", "heeft twee weken om ..."
        return "meta"
    reaction = reaction_reason(clean)  # "Crennick Foods denies the allegations."
    if reaction:
        return reaction
    if is_opinion(clean):
        return "commentary"
    if is_own_view(clean):  # "Zo boos als deze week ben ik zelden geweest"
        return "commentary"
    if is_scene(clean):  # "In het trappenhuis van nummer 40 ruikt het naar natte kranten."
        return "commentary"
    if voices_only(clean, _has_past):  # "'Riders are not a cost to be minimised,' she says."
        return "commentary"
    if bare_condition(clean) or addressee_duty(clean):  # "Only if ...", "U moet de vaten ..."
        return "announcement"
    if FUTURE_MORE_RE.search(clean) or SCHEDULED_RE.search(clean):
        return "announcement"  # "De rechter doet naar verwachting in maart uitspraak"
    ws = words(clean)
    if len(ws) < 3 or (len(ws) < 4 and not any(w[:1].islower() for w in ws[1:])):
        return "fragment"
    return None
