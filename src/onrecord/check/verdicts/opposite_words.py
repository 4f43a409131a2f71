"""Opposite words the builtin judge reads as agreement, between a statement and a claim.

The judge matches content and is blind to which of two opposite acts or states a sentence
names, most of all across languages: "The board approved the plan this morning" entails "het
bestuur had het plan verworpen" for it (0.90), "I recommend that the college informs the
council before the summer recess" entails "de raad pas na de zomer te informeren" (0.93), "Ik
stel voor dat we de start van de renovatie uitstellen" entails "de start naar voren te halen"
(0.90), "The quality of education is sufficient" entails "onvoldoende" (0.89). On the training
cases such pairs made claims that the record contradicts come out supported.

:func:`opposite_words` names the pair of opposite acts or states one side names and the other
names the other way, each side in its own language (English or Dutch), or None. The pairs are
those of acts and states with one clear opposite (approve / reject, before / after a named
moment, postpone / bring forward, hold on to / let go, hire / cut jobs, demolish / renovate,
keep / give back, sufficient / insufficient, higher / lower, confirm / refute). A side with
words of both members ("A, not B") counts by its positive part: "worden gerenoveerd, niet
gesloopt" names a renovation, "would be demolished, not renovated" a demolition. A negation on
one side only turns the pair into agreement ("niet openbaar" / "intern gehouden"), so then
there is none.
Word patterns, no model.
"""

from __future__ import annotations

import re

from onrecord.check.contradictions.opposition import negated
from onrecord.check.statements.clause_polarity import main_part
from onrecord.check.verdicts.contradiction_reason import refuses

__all__ = ["PAIRS", "opposite_words", "positive_part"]


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.I)


_GAP = r"(?:[\w'’-]+\s+){0,12}?"

#: (name, one side, the other side): each a pattern that must match at a word's start.
PAIRS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    (
        "approve/reject",
        _rx(r"approv", r"goedgekeurd", r"goedkeur", rf"keurde(?:n)?\s+{_GAP}goed\b",
            r"ingestemd", rf"stemde(?:n)?\s+{_GAP}in\s+met", r"instemm"),
        _rx(r"reject", r"verwerp", r"verworpen", r"afgewezen", r"afwijz",
            rf"w(?:ees|ezen)\s+{_GAP}af\b", r"afgekeurd", r"afkeur",
            rf"keurde(?:n)?\s+{_GAP}af\b", r"turn(?:ed|s)?\s+down", r"voted\s+against",
            rf"stemde(?:n)?\s+{_GAP}tegen\b"),
    ),
    (
        # before or after a named moment: a season, a recess, an election, a deadline
        "before/after",
        _rx(r"(?:before|vóór|voor)\s+(?:the\s+|de\s+|het\s+)?(?:summer|zomer|winter|"
            r"christmas|kerst|recess|reces|holiday|vakantie|election|verkiezing|deadline)"),
        _rx(r"(?:after|na)\s+(?:the\s+|de\s+|het\s+)?(?:summer|zomer|winter|christmas|kerst|"
            r"recess|reces|holiday|vakantie|election|verkiezing|deadline)"),
    ),
    (
        "postpone/bring forward",
        _rx(r"postpon", r"uitstel", r"uitgesteld", rf"stel(?:t|len|de|den)?\s+{_GAP}uit\b",
            r"put\s+off", r"push(?:ed)?\s+back"),
        _rx(r"bring\s+forward", r"brought\s+forward", rf"bring(?:s|ing)?\s+{_GAP}forward",
            r"naar\s+voren\s+(?:te\s+)?(?:halen|gehaald|haalde)", r"vervroeg"),
    ),
    (
        "hold on/let go",
        _rx(r"vasthoud", r"vastgehouden", rf"h(?:oud|oudt|ouden|ield|ielden)\s+{_GAP}vast\b",
            r"(?:stick|stuck|sticks|sticking)\s+to", r"(?:hold|holds|held|holding)\s+(?:on\s+)?to"),
        _rx(r"loslat", r"losgelaten", rf"l(?:aat|aten|iet|ieten)\s+{_GAP}los\b",
            r"let\s+go\s+of", r"abandon", r"gave\s+up", r"give\s+up", r"opgegeven"),
    ),
    (
        "hire/cut jobs",
        _rx(r"hire", r"hiring", r"recruit", rf"n(?:eem|eemt|emen|am|amen)\s+{_GAP}aan\b",
            r"aangetrokken", r"extra\s+(?:staff|people|mensen|medewerkers)"),
        _rx(r"verdwijn", r"verdwenen", r"lay\s+off", r"laid\s+off", r"ontsla", r"ontslagen",
            r"made\s+redundant", r"job\s+cuts", r"cut\s+(?:\w+\s+)?jobs", r"banen\s+schrappen"),
    ),
    (
        "demolish/renovate",
        _rx(r"demoli", r"knock(?:ed|ing)?\s+down", r"tear(?:ing)?\s+down", r"torn\s+down",
            r"sloop", r"slopen", r"gesloopt"),
        _rx(r"renovat", r"renoveer", r"renoveren", r"gerenoveerd", r"opknap", r"opgeknapt"),
    ),
    (
        "keep/give back",
        _rx(r"keep\b", r"keeps\b", r"kept\b", r"houden\b", r"behouden\b", r"behoud\b"),
        _rx(r"return(?:s|ed)?\b", r"give\s+back", r"gave\s+back", r"giving\s+back",
            r"teruggeven", r"teruggegeven", rf"g(?:eef|eeft|even|af|aven)\s+{_GAP}terug\b"),
    ),
    (
        "sufficient/insufficient",
        _rx(r"sufficient", r"adequate", r"voldoende", r"op\s+orde\b"),
        _rx(r"insufficient", r"inadequate", r"onvoldoende", r"ontoereikend", r"zeer\s+zwak"),
    ),
    (
        # a comparative state, not a change (a change's direction is the figures' rule): "Their
        # board wants a higher price" / "wilde een lagere prijs"
        "higher/lower",
        _rx(r"higher\b", r"hoger(?:e)?\b", r"duurder", r"more\s+expensive"),
        _rx(r"lower\b", r"lager(?:e)?\b", r"goedkoper", r"cheaper"),
    ),
    (
        "confirm/refute",
        _rx(r"confirm", r"bevestig"),
        _rx(r"refut", r"disprov", r"weerleg", r"ontkracht"),
    ),
)  # fmt: skip

# a "no" said with a verb of ruling out: "ruled out knocking down", "sloot uit", "uitgesloten"
_RULED_OUT = _rx(
    r"rul(?:e|es|ed|ing)\s+out",
    rf"sl(?:uit|oot|oten)\s+{_GAP}uit\b",
    r"uitgesloten",
    r"off\s+the\s+table",
    r"out\s+of\s+the\s+question",
)
# an exclusive condition turns the act around: "We will only keep the painting if the sale was
# voluntary" gives it back otherwise; "tenzij", "unless", "alleen als"
_ONLY_IF = _rx(
    r"only\s+(?:[\w'’-]+\s+){0,6}?if\b",
    r"unless\b",
    r"tenzij\b",
    r"alleen\s+(?:[\w'’-]+\s+){0,6}?(?:als|indien)\b",
)

# a trailing contrast that names what is left out: "…, not renovated", "…, niet gesloopt"
_CONTRAST = re.compile(r",\s*(?:and\s+|en\s+|but\s+|maar\s+)?(?:not|niet)\b[^,;.]*", re.I)


def positive_part(text: str) -> str:
    """The text without a trailing contrast that names what is left out ("…, niet gesloopt")."""
    return _CONTRAST.sub(" ", main_part(text))


def _side(text: str, one: re.Pattern[str], other: re.Pattern[str]) -> int:
    """+1 where ``text`` names only the first member, -1 only the second, 0 both or none."""
    a, b = one.search(text) is not None, other.search(text) is not None
    return 0 if a == b else (1 if a else -1)


def _denies(text: str, one: re.Pattern[str], other: re.Pattern[str]) -> bool:
    """The side says no (a negation, or a verb of refusing or ruling out) outside the pair's
    own words: "rejected" is one member of a pair, "ruled out knocking down" denies the other."""
    rest = other.sub(" ", one.sub(" ", text))
    return negated(rest) != (refuses(rest) or _RULED_OUT.search(rest) is not None)


def opposite_words(statement: str, claim: str) -> str | None:
    """The name of a pair of opposite acts or states of which ``statement`` names one and
    ``claim`` the other (see the module), or None. Each side counts by its positive part, and
    both must say no alike (both or neither); an exclusive condition ("only if", "tenzij") on
    either side leaves the pair undecided."""
    if _ONLY_IF.search(statement) or _ONLY_IF.search(claim):
        return None
    s, c = positive_part(statement), positive_part(claim)
    for name, one, other in PAIRS:
        ws, wc = _side(s, one, other), _side(c, one, other)
        if ws and wc and ws != wc and _denies(s, one, other) == _denies(c, one, other):
            return name
    return None
