"""Assent: a short reply that agrees ("Yup", "Akkoord", "+1") or disagrees ("No", "Oneens").

Such a reply carries the meaning of what it answers: the endorser is on record as standing behind
(or against) those statements, dated at the reply. This module recognizes the short reply and
picks what it answers within one message; linking to the parent message's statements when the
reply quotes nothing happens in the store, which knows the thread.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from onrecord.mail.stance import RESERVATION, comment_stance, sentence_stance
from onrecord.record.model import Assent, Segment, SegmentKind, Statement

AGREE, DISAGREE = "agree", "disagree"

# Whole-reply phrases, after lower-casing and stripping punctuation, greetings and sign-offs.
_AGREE = {
    # English
    "yes",
    "yup",
    "yep",
    "yeah",
    "yea",
    "ya",
    "ok",
    "okay",
    "k",
    "agreed",
    "agree",
    "i agree",
    "fully agree",
    "totally agree",
    "completely agree",
    "absolutely",
    "exactly",
    "exactly my point",
    "my point exactly",
    "correct",
    "right",
    "sure",
    "sounds good",
    "sounds great",
    "sounds right",
    "looks good",
    "lgtm",
    "makes sense",
    "fine",
    "fine by me",
    "fine with me",
    "good with me",
    "works for me",
    "approved",
    "i approve",
    "go ahead",
    "lets do it",
    "let's do it",
    "lets do this",
    "let's do this",
    "do it",
    "deal",
    "+1",
    "+ 1",
    "same",
    "same here",
    "me too",
    "ditto",
    "indeed",
    "true",
    "100%",
    "definitely",
    "of course",
    "yes please",
    "yes agreed",
    "agreed 100%",
    "i'm in",
    "im in",
    "count me in",
    "support",
    "i support this",
    "no objection",
    "no objections",
    "no problem",
    "sgtm",
    "ack",
    "acked",
    "yes exactly",
    "yup exactly",
    "totally",
    "good idea",
    "great idea",
    "that's right",
    "thats right",
    "very much agree",
    "strongly agree",
    "exactly right",
    "spot on",
    "well said",
    "that's correct",
    "thats correct",
    "that is correct",
    # Dutch
    "ja",
    "jep",
    "jup",
    "akkoord",
    "akkoord van mijn kant",
    "eens",
    "mee eens",
    "helemaal mee eens",
    "ben het eens",
    "ik ben het ermee eens",
    "ik ben het eens",
    "klopt",
    "dat klopt",
    "prima",
    "prima zo",
    "goed",
    "goed zo",
    "is goed",
    "dat is goed",
    "prima idee",
    "goed idee",
    "doen",
    "doen we",
    "doen we het",
    "zo doen we het",
    "zo doen we",
    "eens zo doen we het",
    "eens doen we",
    "prima zo doen we het",
    "akkoord zo doen we het",
    "goed zo doen we het",
    "precies mijn punt",
    "prima doen we",
    "goed doen we",
    "ok doen we",
    "oke doen we",
    "akkoord doen we",
    "top doen we",
    "klopt helemaal",
    "klopt precies",
    "helemaal waar",
    "dat is waar",
    "top",
    "uitstekend",
    "zeker",
    "absoluut",
    "precies",
    "inderdaad",
    "akkoord hoor",
    "oke",
    "oké",
    "okee",
    "helemaal goed",
    "dat lijkt me goed",
    "lijkt me goed",
    "ok voor mij",
    "akkoord voor mij",
    "van harte eens",
    "geen bezwaar",
    "geen probleem",
    # German / French
    "einverstanden",
    "stimme zu",
    "genau",
    "richtig",
    "passt",
    "d'accord",
    "daccord",
    "je suis d'accord",
    "tout à fait",
    "exactement",
    "oui",
    "parfait",
}
_DISAGREE = {
    "no",
    "nope",
    "nah",
    "disagree",
    "i disagree",
    "strongly disagree",
    "not agreed",
    "don't agree",
    "dont agree",
    "i don't agree",
    "i dont agree",
    "-1",
    "- 1",
    "no way",
    "absolutely not",
    "definitely not",
    "not at all",
    "wrong",
    "incorrect",
    "not true",
    "rejected",
    "i object",
    "objection",
    "no thanks",
    "no thank you",
    "not ok",
    "not okay",
    "that's wrong",
    "thats wrong",
    "that is wrong",
    "no that's wrong",
    "no thats wrong",
    "no that is wrong",
    "nonsense",
    # Dutch
    "nee",
    "neen",
    "oneens",
    "niet mee eens",
    "ben het niet eens",
    "ik ben het er niet mee eens",
    "ik ben het niet eens",
    "klopt niet",
    "dat klopt niet",
    "geen goed idee",
    "niet akkoord",
    "absoluut niet",
    "zeker niet",
    "liever niet",
    "nee hoor",
    "klopt helemaal niet",
    "onzin",
    # German / French
    "nein",
    "nicht einverstanden",
    "stimme nicht zu",
    "non",
    "pas d'accord",
    "pas daccord",
}
_EMOJI_AGREE = {"👍", "👌", "✅", "💯", "🙌", "👏", "✔", "✔️", "☑️"}
_EMOJI_DISAGREE = {"👎", "❌", "🙅", "✖", "✖️"}

_GREETING = re.compile(
    r"^(hi|hey|hello|dear|beste|hoi|hallo|ha|dag|lieve|guten tag|bonjour)\b[^,.!\n]{0,30}[,.!]?\s*",
    re.IGNORECASE,
)
_SIGNOFF = re.compile(
    r"(\s*[,.!-]?\s*(thanks|thank you|thx|cheers|best|regards|groet|groeten|gr|bedankt|dank|"
    r"dank je|dankjewel|mvg|met vriendelijke groet|vg)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)
# a cover note that may follow the assent: "Klopt helemaal, zie hieronder", "Agreed, see below"
_COVER = re.compile(
    r"[\s,.;:!-]*\b(?:see below|see attached|see the mail below|fyi|zie hieronder|zie onder|"
    r"zie bijlage|zie beneden|ter info|ter informatie)\b[\s.:!]*$",
    re.IGNORECASE,
)
# a sentence of thanks or apology only, read past to find the answer
_COURTESY = re.compile(
    r"^(?:thanks|thank you|many thanks|sorry|bedankt|dank je|dank u|dankjewel|sorry)\b[^.!?]{0,60}"
    r"[.!]?$",
    re.IGNORECASE,
)
# a line that only names whom the reply is for: "Mark,", "Rick --"
_VOCATIVE = re.compile(r"^[A-Za-z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?\s*(?:,|:|--?)$")


# a sentence that only hands on what follows: "See below.", "Forwarding Oliver's note below.",
# "Zie hieronder het voorstel van Greg.", "Ter info.", "Hieronder het plan van Kamphuis.", "FYI,
# the latest from Hollink-Marsh.", "In case you haven't seen it yet."
_HANDING_ON = re.compile(
    r"^(?:[A-Z][\w'-]*\s*,\s*)?(?:fyi\b|ter\s+info(?:rmatie)?\b|ter\s+kennisname\b|for\s+your\s+"
    r"(?:information|records)\b|forwarding\b|doorgestuurd\b|in\s+case\s+you\s+(?:haven't|have\s+not"
    r"|missed)\b|(?:\w+\s+(?:again\s*,\s*)?)?see\s+(?:below|(?:the\s+|\w+'s\s+)?[\w-]+(?:\s+[\w-]+)?"
    r"\s+below)\b|zie\s+(?:hier)?(?:onder|beneden)\b|hieronder\b|below\s*:|lees\s+(?:dit|even))"
    r"[^.!?]{0,90}[.!:]?$",
    re.IGNORECASE,
)


def _aside(sentence: str) -> bool:
    """A thanks, an apology, a vocative or a note handing on the text below, before the answer
    itself (when it takes no side of its own)."""
    s = sentence.strip()
    if not (_COURTESY.match(s) or _VOCATIVE.match(s) or _HANDING_ON.match(s)):
        return False
    return classify(s) is None and sentence_stance(s) is None


_PUNCT = re.compile(r"[^\w\s+%'’-]", re.UNICODE)
_WS = re.compile(r"\s+")
MAX_WORDS = 8


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("’", "'").strip()
    text = _GREETING.sub("", text)
    text = _SIGNOFF.sub("", text)
    text = _COVER.sub("", text)
    text = _PUNCT.sub(" ", text.lower())
    return _WS.sub(" ", text).strip().rstrip("-").strip()


def classify(text: str, sender_names: Sequence[str] = ()) -> str | None:
    """``"agree"``, ``"disagree"`` or None for a reply's whole authored text."""
    raw = text.strip()
    if not raw or len(raw) > 120 or raw.endswith("?"):  # "OK?", "Akkoord?": a question back
        return None
    symbols = {c for c in raw if not c.isspace()}
    if symbols and symbols <= _EMOJI_AGREE | set("!.,"):
        return AGREE if symbols & _EMOJI_AGREE else None
    if symbols and symbols <= _EMOJI_DISAGREE | set("!.,"):
        return DISAGREE if symbols & _EMOJI_DISAGREE else None
    norm = _norm(raw)
    for name in sender_names:  # "Yup, Marcus" / "Akkoord. Daan"
        for part in name.lower().split():
            if len(part) > 1 and part in norm:  # (the regex below finds nothing otherwise)
                norm = re.sub(rf"(^|\s){re.escape(part)}($|\s)", " ", norm).strip()
    norm = _WS.sub(" ", norm).strip()
    if not norm or len(norm.split()) > MAX_WORDS:
        return None
    if norm in _AGREE:
        return AGREE
    if norm in _DISAGREE:
        return DISAGREE
    # "yes, agreed" / "akkoord, prima": every clause an assent of the same direction
    clauses = [c.strip() for c in re.split(r"\s+(?:and|en|und|et)\s+|\s{2,}", norm) if c.strip()]
    words = norm.split()
    if all(w in _AGREE for w in words) or (len(clauses) > 1 and all(c in _AGREE for c in clauses)):
        return AGREE
    if words and words[0] in _DISAGREE and all(w in _DISAGREE | {"way", "not"} for w in words):
        return DISAGREE
    return None


def find_assents(
    segments: Sequence[Segment], statements: Sequence[Statement], text: str, sender_name: str = ""
) -> list[Assent]:
    """Each authored part that is a bare assent, with what it answers in this message.

    Inline reply: the quoted passage right above it. Top-posted reply: the quoted text below it
    (its first quoted block and what that block quotes). No quote at all: no targets here; the
    store then links the parent message's authored statements.
    """
    names = [sender_name] if sender_name else []
    by_segment: dict[int, list[int]] = {}
    for i, st in enumerate(statements):
        by_segment.setdefault(st.segment, []).append(i)
    out: list[Assent] = []
    authored = [i for i, s in enumerate(segments) if s.kind == SegmentKind.AUTHORED]
    for si in authored:
        seg = segments[si]
        own = by_segment.get(si)
        if not own:
            continue
        # the whole reply is an assent ("Yup"), or it opens with one ("Agreed. And …"), after
        # any thanks or apology ("Thank you for checking on that. I am fine with it.")
        lead = next((k for k, i in enumerate(own) if not _aside(statements[i].text)), 0)
        pick = own[lead]
        stance = classify(text[seg.start : seg.end], names) or classify(statements[pick].text)
        if stance is None:
            # a comment that takes a side: "Andrej is exactly right." above a forward (its
            # first sentences), "You're right." or "Looks fine to me." opening a reply (its
            # first sentence)
            most = 3 if _forward_below(si, segments, by_segment) else 1
            found = comment_stance([statements[i].text for i in own[lead:]], most=most)
            if found is None:
                continue
            pick, stance = own[lead + found[0]], found[1]
        after = own.index(pick) + 1
        if after < len(own) and RESERVATION.match(statements[own[after]].text):
            continue  # "Looks fine. But only if Legal agrees": no plain assent
        if stance == AGREE and partial(
            statements[pick].text, [statements[i].text for i in own[after : after + 3]]
        ):
            continue
        targets = _targets(si, segments, by_segment)
        # a "No." to "Do we mention it?" answers the question; it neither agrees nor
        # disagrees with a statement
        asked = [i for i in targets if statements[i].text.rstrip().endswith("?")]
        if asked and len(asked) == len(targets):
            continue
        targets = [i for i in targets if i not in asked]
        out.append(Assent(statement=pick, stance=stance, targets=targets))
    return out


# a day, a date or a clock time in the assent itself: "Friday at 12:30 works for me", "Prima,
# dinsdag om tien uur": it accepts an appointment, not the statements above it
_APPOINTMENT = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:maan|dins|woens|donder|vrij|zater|zon)dag"
    r"\b|\b(?:tomorrow|tonight|next week|morgen|overmorgen|vanavond|volgende week)\b"
    r"|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:am|pm|uur)\b|\bom\s+(?:een|twee|drie|vier|vijf|zes|zeven"
    r"|acht|negen|tien|elf|twaalf|half)\b",
    re.IGNORECASE,
)
# a later sentence that doubts or rejects what was answered: "Not so sure about the bikes,
# though.", "Over de fietsen twijfel ik nog."
_DOUBT = re.compile(
    r"\bnot\s+(?:so\s+|too\s+|entirely\s+|completely\s+|at\s+all\s+)?(?:sure|convinced)\b"
    r"|\bi\s+(?:doubt|have\s+(?:my\s+|some\s+|serious\s+)?doubts)\b|\bless\s+sure\b"
    r"|\btwijfel|\bniet\s+(?:zo\s+|helemaal\s+)?(?:zeker|overtuigd)\b"
    r"|\bweet\s+(?:ik\s+)?(?:het\s+)?(?:nog\s+)?niet\s+(?:zo\s+)?zeker\b"
    r"|\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:wrong|incorrect|mistaken|not right)\b"
    r"|\bklopt\s+(?:\w+\s+)?niet\b|\bis\s+(?:\w+\s+)?(?:onjuist|fout)\b",
    re.IGNORECASE,
)


def partial(assent: str, rest: Sequence[str]) -> bool:
    """Whether an agreeing reply agrees with less than the whole message it answers: the
    assent names an appointment ("Sounds good, Friday at 12:30 works for me.") or one of the
    next sentences doubts or rejects something ("Not so sure about the bikes, though."). Such a
    reply is on record in its own words; it endorses none of the quoted statements."""
    if _APPOINTMENT.search(assent):
        return True
    return any(_DOUBT.search(t) or sentence_stance(t) == DISAGREE for t in rest)


def _forward_below(si: int, segments: Sequence[Segment], by_segment: dict[int, list[int]]) -> bool:
    """Whether the first part with statements below segment ``si`` is a forwarded message."""
    for j in range(si + 1, len(segments)):
        if by_segment.get(j):
            return segments[j].kind == SegmentKind.FORWARDED
    return False


def _is_quote(seg: Segment) -> bool:
    return seg.kind in (SegmentKind.QUOTED, SegmentKind.FORWARDED)


def _targets(si: int, segments: Sequence[Segment], by_segment: dict[int, list[int]]) -> list[int]:
    # inline: the nearest quoted block above, skipping blank-only/boilerplate neighbours
    for j in range(si - 1, -1, -1):
        if _is_quote(segments[j]) and by_segment.get(j):
            if segments[j].depth <= 1:
                return by_segment[j]
        elif segments[j].kind == SegmentKind.AUTHORED:
            break
    # top-posted: the quoted or forwarded text below, at the shallowest depth present
    below = [
        j for j in range(si + 1, len(segments)) if _is_quote(segments[j]) and by_segment.get(j)
    ]
    if not below:
        return []
    # the message it quotes: its text at the shallowest depth (a forward inside it included),
    # not what that message itself quoted
    depth = min(max(segments[j].depth, 1) for j in below)
    return [i for j in below if max(segments[j].depth, 1) == depth for i in by_segment[j]]
