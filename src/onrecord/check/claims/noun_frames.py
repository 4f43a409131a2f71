"""Speech frames that are no verb of saying followed by "that".

A speaker asserts S just as much when the writer puts S in a noun ("De zorggroep onderbouwt het
besluit met de stelling dat S", "verdedigde het besluit met de opmerking dat S", "defended the
cut with the argument that S"), in a habit of telling ("X likes to tell visitors that S", "X
vertelt graag dat S"), or in a document the speaker points to or quotes from ("Hij wees op een
e-mail van 4 november, waarin Hoefnagel ... schreef dat S", "Vellinga citeerde uit een e-mail
van de projectleider waarin al sprake was van ...", "She pointed to a letter in which ...").
The gold convention makes these the speaker's claims (README: "verdedigde het besluit in de raad
met de opmerking dat" is the speaker's claim; a document a party cites is that party's
evidence). A document the speaker only wrote or sent to a party stays a claim about speech, and
is not matched here: the document must be pointed to, cited or quoted from.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.claim_text import DETERMINERS, upper_first, words
from onrecord.check.language.nl_order import reorder_nl_sub, reorder_subordinate

_PRONOUNS = frozenset({"hij", "zij", "ze", "he", "she", "they", "it", "we", "wij"})
_NOUN_THAT = re.compile(
    r"(?i)\s(?:met\s+(?:de|het)\s+(?:stelling|opmerking|mededeling|redenering|uitleg|argument|"
    r"bewering)\s+dat|with\s+the\s+(?:argument|claim|assertion|explanation|remark)\s+that)\s+"
)
_HABIT_THAT = re.compile(
    r"(?i)\s(?:likes|loves|never\s+tires\s+of\s+telling|vertelt\s+graag|vertelt\s+altijd)"
    r"(?:\s+to\s+tell)?(?:\s+(?:\w+\s+){0,2}?)?\s*(?:that|dat)\s+"
)
_DOC_NOUNS = (
    r"e-?mails?|mails?|brief|brieven|letters?|rapport|report|notulen|minutes|memo|verslag|"
    r"documents?|appje|bericht|nota|presentatie|presentation"
)
_CITES_DOC = re.compile(
    r"(?i)\s(?:wees|wijst|wezen|wijzen)\s+op|\s(?:citeerde|citeert|citeerden)\s+uit|"
    r"\s(?:verwees|verwijst|verwezen)\s+naar|\s(?:pointed|points|referred|refers)\s+to|"
    r"\s(?:quoted|quotes)\s+from|\scited|\scites"
)
_DOC_THEN_WHICH = re.compile(
    rf"(?i)^\s+(?:een|de|het|zijn|haar|hun|an?|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_DOC_NOUNS})\b[^,]{{0,80}}?,?\s+(?:waarin|in\s+which)\s+\S"
)


def _speaker(before: str) -> str | None:
    """The subject that opens ``before``, when a lower-case word (its verb) follows it: an
    article and a noun ("De zorggroep onderbouwt ..."), or words with capitals ("Wethouder
    Jansen verdedigde ...", "Gideon Farrant likes ..."), or a pronoun ("Hij wees ...")."""
    toks = [t.group() for t in re.finditer(r"[\w'’-]+", before)]
    if len(toks) < 2:
        return None
    if toks[0].lower() in DETERMINERS and toks[0][:1].isupper():
        n = 2
    elif toks[0].lower() in _PRONOUNS:
        n = 1
    else:
        n = 0
        while n < len(toks) and toks[n][:1].isupper():
            n += 1
    if not n or n >= len(toks) or n > 5 or not toks[n][:1].islower():
        return None
    return " ".join(toks[:n])


def _frame_parts(s: str) -> tuple[str, str, bool] | None:
    """(speaker, clause, True) of a sentence framed by a noun or a habit of telling ("X ... met
    de stelling dat S", "X likes to tell visitors that S": S, still in subordinate order), or
    (speaker, sentence, False) of one where the speaker points to or quotes from a document
    whose content a relative clause gives (the content is the speaker's claim; the sentence
    stays whole, as it says whose document it is). None otherwise."""
    m = _NOUN_THAT.search(s) or _HABIT_THAT.search(s)
    if m:
        who = _speaker(s)
        if who and m.re is _HABIT_THAT and len(words(who)) != len(words(s[: m.start()])):
            who = None  # "X likes to tell": the habit right after its speaker
        rest = s[m.end() :].strip()
        return (who, rest, True) if who and len(words(rest)) >= 3 else None
    m = _CITES_DOC.search(s)
    if m and _DOC_THEN_WHICH.match(s[m.end() :]):
        who = _speaker(s)
        if who and len(words(who)) == len(words(s[: m.start()])):
            return who, s, False
    return None


#: the verbs of a Dutch existential clause with "er" ("er komen", "er is", "er werken")
_ER_VERBS = frozenset(
    re.findall(
        r"\w+",
        """
        is zijn was waren komt komen kwam kwamen woont wonen woonde woonden werkt werken werkte
        werkten staat staan stond stonden ligt liggen lag lagen zit zitten zat zaten bestaat
        bestaan bestond bestonden gebeurt gebeuren gebeurde gebeurden ontbreekt ontbreken ontbrak
        ontbraken speelt spelen speelde speelden verdwijnt verdwijnen verdween verdwenen
        """,
    )
)
_ER_CLAUSE = re.compile(r"^(?i:er)\s+(?P<mid>.+?)\s+(?P<verb>[a-z]+)(?P<end>[.!]?)$")


def expletive_main(clause: str) -> str:
    """A Dutch subordinate clause with "er" and its verb last in main order ("er gemiddeld maar
    1,6 patiënten per nacht komen" -> "Er komen gemiddeld maar 1,6 patiënten per nacht."), where
    the general reordering leaves it as it was; any other clause (one in main order already: "er
    wonen nu 40 gezinnen") unchanged."""
    m = _ER_CLAUSE.match(clause.strip())
    if not m or m["verb"] not in _ER_VERBS or m["mid"].split()[0].lower() in _ER_VERBS:
        return clause
    return f"Er {m['verb']} {m['mid']}{m['end'] or '.'}"


def noun_frame(s: str, lang: str | None, ctx: NameContext) -> tuple[str, str] | None:
    """(speaker, claim) of a sentence framed by a noun, a habit of telling or a document the
    speaker cites (see :func:`_frame_parts`); a Dutch clause after "dat" in main order."""
    got = _frame_parts(s)
    if not got:
        return None
    who, clause, subordinate = got
    if subordinate and lang == "nl":
        for reorder in (reorder_nl_sub, reorder_subordinate, lambda c, _: expletive_main(c)):
            if (done := reorder(clause, ctx)) != clause:
                clause = done
                break
    return who, upper_first(clause)
