"""Salience: is a statement a proposition worth judging, or mail chatter?

:func:`chatter_reason` names why a statement is not worth judging (a claim check's evidence, a
side of a self-contradiction, a timeline stance), or returns None for a statement with
propositional content. Reasons:

- ``salutation``: "Marcus, Sam, Greta,", "Hi all,", "Beste Jan,", "Dear Board";
- ``sign-off``: "Best,", "Cheers, M.", "Met vriendelijke groet", "Sent from my iPhone";
- ``thanks``: "Thanks!", "Thank you so much for this.", "Bedankt!";
- ``scheduling``: meetings, calls, meals and travel ("Lunch on Friday?", "Can we move the call
  to 3pm?", "Not the steak place again please.", "Ik ben er morgen niet");
- ``pleasantry``: "Hope you're well", "Have a great weekend", "Fijn weekend", "Let me know if
  you have any questions.";
- ``fragment``: too little content to be a claim: no content word at all ("See below.", "That's
  it."), a bare assent or dissent ("Yup", "Akkoord", "+1", "No": their meaning travels by the
  endorsement links), a question with fewer than three content words, an "it"/"this" clause
  with fewer than three ("It just isn't zero."), any other clause with fewer than two (one with
  an "I"/"we"/"you" subject: "I will pay for it." is a commitment), fewer than three without a
  verb; title-case lines (names, job titles, headings), header and label lines ("Subject:
  ...", "Tel: ..."), a presented attachment ("Attached is the draft."), code and patches.

Numbers and amounts are content words ("The budget is $1B."). Rules and word lists
(:mod:`onrecord.check.statements.salience_words`, :mod:`onrecord.check.statements.salience_formulas`) are English and
Dutch first, German and French basics. Pure and fast: regular expressions and set lookups,
some 25 µs for a short statement (60 µs on average over the Enron mailboxes' statements).
"""

from __future__ import annotations

import itertools
import re

from onrecord.check.quantities import quantities
from onrecord.check.statements import salience_formulas as F
from onrecord.check.statements.salience_words import (
    ADDRESS_WORDS,
    AUX,
    DEMONSTRATIVE,
    DETERMINERS,
    DISCOURSE,
    EXISTENTIAL,
    PAST,
    RESOLVED,
    SCHEDULING,
    SCHEDULING_WEAK,
    STOP,
    STOP_ANY,
    STOP_EN,
    TIME,
)
from onrecord.check.statements.status import request
from onrecord.mail.assent import classify as _assent

__all__ = ["REASONS", "chatter_reason", "is_chatter"]

SALUTATION, SIGN_OFF, THANKS = "salutation", "sign-off", "thanks"
SCHEDULING_REASON, FRAGMENT, PLEASANTRY = "scheduling", "fragment", "pleasantry"
REASONS = (SALUTATION, SIGN_OFF, THANKS, SCHEDULING_REASON, FRAGMENT, PLEASANTRY)

#: Content words a formula ("Thanks for ...", "Have a great weekend ...") may carry after it
#: and still be chatter.
FORMULA_TAIL = 4
#: Title-case lines without a verb of at most this many words are names, titles or headings
#: (longer ones only with a phone number: a signature); longer ones may be news headlines.
TITLE_WORDS = 6
#: A line with a code token (a brace, "->", "foo(", "return", ...) and no final full stop is
#: code when this share of its characters are code marks.
CODE_SHARE = 0.08

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"'})
_NOISE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\[(?:image|cid:[^\]]*)\]", re.I)
_LIST_MARK = re.compile(r"^(?:\(?\d{1,3}[.)]|[-*•>#·▪◦]+|\(?[a-z][.)])\s+", re.I)
_NEGATED = {"can't": "can not", "won't": "will not", "shan't": "shall not", "cannot": "can not"}
_NEG = re.compile(r"\b(?:can't|won't|shan't|cannot)\b|n't\b", re.I)
_CLITIC = re.compile(r"(?<=\w)'(s|re|m|ll|ve|d)\b", re.I)
_ELISION = re.compile(r"\b(c|d|j|l|m|n|s|t|qu|jusqu|lorsqu|puisqu)'(?=\w)", re.I)
_TOKEN = re.compile(r"[$€£]?\d(?:[\d.,:/]*\d)?(?:[^\W\d_]+|%)?|[^\W\d_]+(?:[-'][^\W\d_]+)*")
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d\d)?(?:am|pm|u|h|uur)|\d{1,2}[:.]\d\d|\d{1,2}(?:st|nd|rd|th)")
_SEPARATOR = re.compile(r"\s*(?:[,:;!]+|\s[-–—]{1,2}\s)\s*")
_CODE_MARKS = "{}();=<>[]|&*\\_#"
_VOCATIVE_END = re.compile(r"[,:\-–—]")
_ALNUM = re.compile(r"[^\W_]")
_PHONE = re.compile(r"\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}|\+\d{2}[\s\d()-]{8,}")
_WORDISH = re.compile(r"[^\s,;:!]+")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{1,2}")
# A verb that a following determiner makes transitive: "meeting the deadline", "call the loan".
_TRANSITIVE = frozenset({"meet", "meeting", "call", "calling", "book", "treffen"})
# "Let us stay where we are": a proposal of the writer's, like "we".
_LET_US = frozenset(
    {("let", "us"), ("let", "s"), ("laten", "we"), ("laat", "ons"), ("lass", "uns")}
)
_SCHEDULE_OR_TIME = SCHEDULING | TIME
#: Number words of the clock ("om tien uur", "at ten"): logistics, like digits.
_CLOCK_NUMBERS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "elf", "twaalf", "half",
})  # fmt: skip
_MONTH_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "januari", "februari", "maart", "mei", "juni", "juli",
    "augustus", "oktober",
})  # fmt: skip
#: What may stand around a time after "See you" or "Tot": "See you in January.", "tot volgende week"
_WHEN_WORDS = frozenset({"in", "on", "at", "next", "the", "this", "op", "volgende", "volgend", "deze", "dit", "tot"})  # fmt: skip
#: Quantifiers before a determiner: "All our panels ...", "Al onze zonnepanelen ...".
_PREDETERMINERS = frozenset({"all", "both", "al", "alle", "beide", "half"})
# a Dutch separable verb's particle closing the clause makes its verb a content verb: "De
# verkoop gaat door." says as much as "The sale goes ahead."
_NL_PARTICLES = frozenset(
    {"door", "af", "aan", "op", "uit", "mee", "terug", "weg", "toe", "voort", "stil", "plaats"}
)
_NEGATIONS = frozenset(
    {"not", "never", "niet", "nooit", "geen", "nicht", "nie", "kein", "pas"}
    # a negated subject is a claim too: "Nobody was made redundant.", "Niemand is ontslagen."
    | {"nobody", "nothing", "none", "niemand", "niets", "niemals", "personne", "rien"}
)
# "It is her call.": a call that is someone's is their decision, not a phone call
_POSSESSIVE = frozenset({"my", "your", "his", "her", "our", "their"})
_COPULA = frozenset({"is", "was", "s", "it's", "remains"})
_FOR = frozenset({"for", "voor", "für", "pour"})
_CLAUSE_MARKERS = frozenset({"that", "dat", "dass", "que", "because", "omdat", "weil", "parce"})
_DIGIT = re.compile(r"\d")
_CONTRAST = re.compile(r"\b(?:but|maar|however|echter|aber|mais)\b", re.I)
# the person thanked and what they did, in one relative clause: "Dank aan Sanne, die drie weken
# lang dozen heeft geteld." is gratitude, not a report
_THANKED = re.compile(r"^(?:aan|to)\s+(?:[\w'’-]+\s*){1,3},\s*(?:die|who)\b[^,;:]*[.!]?\s*$", re.I)


_JOINING_AND = re.compile(r"^(?:and|en|und|et)\s+(?=\w)", re.I)


# ---------------------------------------------------------------------------- helpers
def _split(text: str) -> str:
    """Contractions split, case kept ("isn't" -> "is not", "It's" -> "It s", "c'est" ->
    "c est"), so that the word lists see every word."""
    if "'" not in text and "annot" not in text:
        return text
    text = _NEG.sub(lambda m: " " + _NEGATED.get(m.group(0).lower(), " not"), text)
    text = _CLITIC.sub(r" \1", text)
    return _ELISION.sub(r"\1 ", text)


_STOPS = {lang: words if lang == "en" else words | STOP_EN for lang, words in STOP.items()}


def _stop(lang: str | None) -> frozenset[str]:
    """The stop words of ``lang`` (with English ones: mail mixes them in), else of all."""
    return _STOPS.get(lang or "", STOP_ANY)


def _content(tokens: list[str], stop: frozenset[str]) -> list[str]:
    """Words not in ``stop`` (two letters or more), numbers and amounts."""
    return [t for t in tokens if t[0].isdigit() or t[0] in "$€£" or (len(t) > 1 and t not in stop)]


def _name_like(word: str) -> bool:
    """A token of a name list: capitalised, not a function word, not an "-ly" adverb."""
    low = word.lower().rstrip(".")
    if _INITIALS.fullmatch(word):
        return True
    if low in ADDRESS_WORDS or word in ADDRESS_WORDS:
        return True
    if not word[:1].isupper() or low in STOP_ANY or low in DISCOURSE or low in TIME:
        return False
    if (len(word) > 4 and word.isupper()) or low.endswith(("ly", "ing")):
        return False  # "STEPS FOR APPROVAL:", "Unfortunately,", "Governing Law:"
    return word.replace(".", "").replace("-", "").replace("'", "").isalpha()


def _addressees(text: str, pos: int, greeted: bool) -> int | None:
    """Where a list of addressees from ``pos`` ends ("Marcus, Sam, Greta," / "all,"), past its
    punctuation; None when there is none. Without a greeting word it must end in a separator."""
    end = None
    first = True
    while True:
        m = _SEPARATOR.search(text, pos)
        words = text[pos : m.start() if m else len(text)].split()
        if words:
            ok = len(words) <= 5 and all(_name_like(w) for w in words)
            # after a greeting word, a group or a role: "Geachte leden van de raad,"
            ok = ok or (
                greeted
                and first
                and m is not None
                and len(words) <= 6
                and not any(w.lower().strip(".,;:!") in AUX for w in words)
            )
        else:
            ok = first and greeted and m is not None  # "Hi," / "Hello!"
        if not ok or (m is not None and not greeted and not _VOCATIVE_END.search(m.group())):
            return end  # without a greeting, names end in ",", ":" or a dash ("Prima!": none)
        if m is None:  # to the end: "Dear Board", "Hi all"
            return len(text) if greeted or end is not None else None
        end = pos = m.end()
        first = False


def _salutation_end(text: str) -> int | None:
    """Where a leading salutation ("Hi all,", "Marcus, Sam,") ends, or None."""
    m = F.GREETING.match(text)
    if m:
        return _addressees(text, m.end(), greeted=True)
    return _addressees(text, 0, greeted=False)


def _tail(rest: str, reason: str, lang: str | None, depth: int) -> str | None:
    """The reason for a formula followed by ``rest``: the formula's, unless ``rest`` holds a
    proposition (after punctuation: what it is; run on: a clause, a number or too much)."""
    stripped = rest.lstrip(" ,.;:!?-–—()")
    stop = _stop(lang)
    tokens = _TOKEN.findall(stripped)
    content = _content(tokens, stop)
    if not content:
        return reason
    if any(c in rest[: len(rest) - len(stripped)] for c in ",.;:!?-–—"):
        sub = _analyse(stripped, lang, depth + 1, expanded=True)
        return reason if sub == FRAGMENT else sub
    if reason == THANKS and _THANKED.match(stripped):
        return reason
    if any(t in _CLAUSE_MARKERS for t in tokens):
        return None
    # "Dank voor het aanbod, maar ik verkoop het stadion niet": what follows "but" is said
    m = _CONTRAST.search(stripped)
    if m and _analyse(stripped[m.end() :], lang, depth + 1, expanded=True) is None:
        return None
    # "Thank you for choosing a Red Carnation Hotel for your stay in London." is chatter too
    limit = (
        2 * FORMULA_TAIL
        if tokens[0] in _FOR and not any(t in AUX for t in tokens)
        else FORMULA_TAIL
    )
    return reason if len(content) <= limit else None


# ---------------------------------------------------------------------------- the rules
# Dutch and German compounds whose head is a social or scheduled event: "kerstborrel",
# "nieuwjaarsreceptie", "teamuitje", "afscheidsdiner", "personeelsfeest"
_EVENT_HEADS = (
    "borrel", "receptie", "diner", "lunch", "etentje", "uitje", "feest", "ontbijt",
    "vergadering", "afspraak", "feier",
)  # fmt: skip


def _event_compound(token: str) -> bool:
    return len(token) >= 8 and any(
        token.endswith(h) and len(token) - len(h) >= 3 for h in _EVENT_HEADS
    )


def _scheduling(words: list[str], lower: list[str], stop: frozenset[str]) -> bool:
    """About a meeting, call, meal or trip (or only about when): a strong scheduling word with
    at most one other content word (two with a time, none reported done), or a time with only
    availability words. Names do not count ("Lunch with Marcus on Friday?")."""
    if _SCHEDULE_OR_TIME.isdisjoint(lower) and not any(
        t[0].isdigit() and _CLOCK.fullmatch(t) for t in lower
    ):
        return False
    strong = weak = times = rest = 0
    reported = not PAST.isdisjoint(lower)  # "He told me he would go on vacation soon."
    shouting = sum(w.isupper() for w in words) > len(words) / 2  # no names to tell apart
    for i, t in enumerate(lower):
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        named = i > 0 and words[i][:1].isupper() and not shouting  # "Algemene Vergadering"
        after = lower[i + 2] if i + 2 < len(lower) else ""
        transitive = t in _TRANSITIVE and nxt in DETERMINERS and after not in TIME
        decision = (
            t == "call" and i >= 2 and lower[i - 1] in _POSSESSIVE and lower[i - 2] in _COPULA
        )
        if decision:
            rest += 1
        elif (t in SCHEDULING or _event_compound(t)) and not named and not transitive:
            strong += 1
        elif t in TIME or _CLOCK.fullmatch(t):
            times += 1
        elif t in SCHEDULING_WEAK:
            weak += 1
        elif t.isdigit() or t in _CLOCK_NUMBERS:
            continue  # a phone number, a room, a head count, "om tien uur": logistics
        elif (t[0].isdigit() or t[0] in "$€£" or (len(t) > 1 and t not in stop)) and not named:
            rest += 1
            if rest > 2:
                return False
            done = t.endswith("ed") and len(t) > 4 and lower[i - 1] not in AUX
            reported = reported or done
    if reported:  # "US Steel was placed on Call Credit": a fact, not a plan
        return False
    if strong:
        return rest <= 1 or (rest <= 2 and times > 0)
    return times > 0 and rest == 0


def _code(text: str) -> bool:
    """A line of source code or of a patch ("+ return ret;", "diff --git a/..."): not prose
    (no final ".", "?", "!" or ":"), a code token, and some share of code marks."""
    if F.CODE_START.match(text) or F.DIFFSTAT.search(text):
        return True
    if text.endswith((".", "?", "!", ":")) or not F.CODE_TOKEN.search(text):
        return False
    marks = sum(text.count(c) for c in _CODE_MARKS)
    return marks >= CODE_SHARE * len(text.replace(" ", ""))


def _resolved_subject(lower: list[str], i: int, stop: frozenset[str]) -> bool:
    """An "I"/"we"/"you" subject among the first words, after function words only ("So here
    we give it a dummy one."), with a word after it."""
    for j in range(i, min(i + 4, len(lower) - 1)):
        if lower[j] in RESOLVED:
            return True
        if lower[j] not in stop or lower[j] in DEMONSTRATIVE:
            return False
    return False


def _fragment(
    raw: str, words: list[str], lower: list[str], stop: frozenset[str], lang: str | None
) -> bool:
    """Too little content for a claim, by its subject and verb (see the module docstring)."""
    content = _content(lower, stop)
    n = len(content)
    if n == 0:
        return True
    text = raw.rstrip(" \"')]}»")
    # an amount is the most checkable content there is ("Het wordt 1,6 procent.")
    n += 1 if _DIGIT.search(raw) and quantities(raw, lang) else 0
    if text.endswith("?"):
        return n < (2 if request(raw.strip()) else 3)  # asking is an act
    i = 0
    while i < len(lower) - 1 and lower[i] in DISCOURSE:
        i += 1
    if lower[i] in _PREDETERMINERS and i + 2 < len(lower) and lower[i + 1] in DETERMINERS:
        i += 1
    first = lower[i]
    nxt = lower[i + 1] if i + 1 < len(lower) else ""
    # a noun subject, a verb and its particle at the end: "De verkoop gaat (gewoon) door."
    n += lang == "nl" and first in DETERMINERS and nxt not in stop and lower[-1] in _NL_PARTICLES
    aux = any(t in AUX for t in lower[i + 1 :])
    clause = (
        aux
        or any(t in PAST or (len(t) > 4 and t.endswith("ed")) for t in lower)
        or bool(re.search(r"\w\s*:\s+\w", raw))
    )
    # a negation is content once there is some: "De fusie gaat niet door." (not "We will not.")
    n += any(t in _NEGATIONS for t in lower)
    if (first, nxt) in _LET_US or _resolved_subject(lower, i, stop):
        return n < 1
    if lang != "de" and any(
        t in EXISTENTIAL and u in AUX for t, u in itertools.pairwise(lower)
    ):  # "So to me there is no ambiguity.", "Er is geen budget."
        return n < 1
    if first in DEMONSTRATIVE and (
        first in ("it", "es", "ça", "cela", "ceci", "c", "ce") or not nxt or nxt in stop
    ):
        return n < 3
    # a determiner, its noun and two words more: a subject and its verb in Dutch or German
    # word order, where the verb is no auxiliary ("De fusie gaat niet door.")
    clause = clause or (first in DETERMINERS and nxt not in stop and len(lower) - i >= 4)
    if not clause:
        alpha = [w for w in words if w[0].isalpha()]
        if (_PHONE.search(raw) and len(alpha) <= TITLE_WORDS) or (
            (2 <= len(alpha) <= TITLE_WORDS or _PHONE.search(raw))
            and text[-1:] not in ".!"
            and sum(w[0].isupper() for w in alpha) >= 0.75 * len(alpha)
        ):
            return True  # a name, a job title, a heading, a signature line
        return n < 3
    return n < 2


_MARKUP_LINE = re.compile(r"^(?:#{1,6}\s|([*_]{1,3})[^*_].*[^*_]\1$)")


def _analyse(text: str, lang: str | None, depth: int, expanded: bool = False) -> str | None:
    """:func:`chatter_reason` of ``text``; ``depth`` counts the formulas and salutations taken
    off before it, ``expanded`` says it is the lower-cased rest of a formula (no salutation)."""
    text = text.translate(_QUOTES)
    if "@" in text or "http" in text or "www" in text or "[" in text:
        text = _NOISE.sub(" ", text)
    if _MARKUP_LINE.match(text.strip()):
        return FRAGMENT  # a Markdown heading or an all-emphasis line: a title, a byline
    text = _LIST_MARK.sub("", text.strip()).strip()
    if not _ALNUM.search(text):
        return FRAGMENT
    if F.HEADER_START.match(text) or len(F.HEADER.findall(text)) >= 2 or _code(text):
        return FRAGMENT
    split = _split(text)
    form = " ".join(split.lower().split())
    if F.LABEL.match(form) or F.ATTRIBUTION.match(form):
        return FRAGMENT
    if F.SCHEDULE_LABEL.match(form):
        return SCHEDULING_REASON
    m = F.SIGN_OFF.match(form)
    if (m and _signature(text, form, m.end())) or F.SENT_FROM.match(form):
        return SIGN_OFF
    if not expanded and depth < 2:
        end = _salutation_end(text)
        if end is not None:
            # "Merry Christmas everyone, and see you all in January!": the joining "and"
            rest = _JOINING_AND.sub("", text[end:].strip())
            if not _ALNUM.search(rest):
                return SALUTATION
            sub = _analyse(rest, lang, depth + 1)
            if sub != FRAGMENT:
                return sub
    if depth < 2:
        for pattern, reason in ((F.THANKS, THANKS), (F.PLEASANTRY, PLEASANTRY)):
            m = pattern.match(form)
            if m:
                return _tail(form[m.end() :], reason, lang, depth)
    if F.PLEASANTRY_ALONE.match(form):
        return PLEASANTRY
    if len(text) <= 120 and _assent(text) is not None:
        return FRAGMENT
    stop = _stop(lang)
    words = _TOKEN.findall(split)
    lower = [w.lower() for w in words]
    if not lower:
        return FRAGMENT
    if "|" in text and len(lower) <= 16 and not any(t in AUX for t in lower):
        return FRAGMENT  # a signature's title line: "Iris Dekker | Manager | Kroonvaart B.V."
    if F.INTRO.match(form) and not any(t in AUX for t in lower):
        return FRAGMENT
    if F.PRESENTING.match(form) and not any(t in _CLAUSE_MARKERS for t in lower):
        return FRAGMENT
    if _scheduling(words, lower, stop):
        return SCHEDULING_REASON
    if _fragment(text, words, lower, stop, lang):
        return FRAGMENT
    return None


def _signature(text: str, form: str, phrase_end: int) -> bool:
    """What follows a sign-off phrase is a signature: nothing, a few name-like words ("Cheers,
    M.", "Best regards, Marcus Vale, CEO") or a place ("Groeten uit Amsterdam")."""
    tail = form[phrase_end:].strip(" ,.;:!-–—")
    if not tail or re.fullmatch(r"(?:uit|from|aus|de|van)\s+\S+(?:\s+\S+)?", tail):
        return True
    when = tail.split()
    if (
        len(when) <= 4
        and any(w in TIME or w in _MONTH_NAMES for w in when)
        and all(w in TIME or w in _MONTH_NAMES or w in _WHEN_WORDS for w in when)
    ):  # "See you in January.", "Tot volgende week."
        return True
    skip = len(_WORDISH.findall(form[:phrase_end]))
    names = [w for w in _WORDISH.findall(text)[skip:] if _ALNUM.search(w)]
    return 0 < len(names) <= 8 and all(_name_like(w) for w in names)


def chatter_reason(text: str, lang: str | None = None) -> str | None:
    """Why ``text`` is not a proposition worth judging (one of :data:`REASONS`), or None when it
    has propositional content. ``lang`` (ISO 639-1, e.g. a statement's detected language)
    picks the stop words; without it (or "und"), those of all four languages that are no
    content word in another."""
    return _analyse(text, lang, 0)


def is_chatter(text: str, lang: str | None = None) -> bool:
    """``chatter_reason(text, lang) is not None``: leave this statement out of judging."""
    return _analyse(text, lang, 0) is not None
