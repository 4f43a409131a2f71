"""Speech frames in the reporting past that :mod:`onrecord.check.claims.claimant` leaves to the caller.

A news report gives most of its sources' claims in the past tense: "X claimed that S", "the
league confirmed on Friday that S", "In a statement, its chief executive, X, said S", "Raadslid
X (Partij) betoogde dat S", "X zei daarover dat S", "Twee collega's verklaarden ter zitting dat
S", "Wel liet de zorggroep in een persbericht weten dat S", and at the end "S, oordeelt de
kantonrechter". The gold conventions make these the
speaker's claims; only an addressee ("told me", "zei tegen deze omroep") or a year between verb
and "that" keeps a claim about what was said then. The main patterns accept the past only for
documents ("the complaint alleged"), so these frames are tried last, on a document's sentences
(``reported``), and only where the framer is a short noun phrase and the rest opens a clause.
The perfect frames the same way ("X heeft bekendgemaakt dat S", "X has said that S"), and so does
the Dutch present after a speaker with an apposition ("De wethouder, Anna Bos, zegt dat S"),
which the main patterns do not take.

Each function returns (framer, the claim without its frame) or None; the framer is a noun
phrase still to be turned into a claimant by the caller.
"""

from __future__ import annotations

import re

from onrecord.check.language.article_lexicon import is_pronominal_adverb
from onrecord.check.language.claim_lexicon import PREPOSITIONS, TIME_WORDS, is_verb
from onrecord.check.language.claim_names import TOKEN_RE, NameContext
from onrecord.check.language.claim_text import DETERMINERS, end_sentence, upper_first, words
from onrecord.check.language.nl_order import (
    SEPARABLE_PARTICLES,
    reorder_nl_sub,
    reorder_subordinate,
)

__all__ = ["past_frame"]

_VERBS_EN = (
    "said|added|claimed|argued|stated|insisted|maintained|alleged|explained|acknowledged|"
    "admitted|conceded|noted|stressed|emphasised|emphasized|confirmed"
)
#: verbs that frame without "that": "X said every result had been checked"
_BARE_EN = {"said", "added", "insisted", "argued", "claimed"}
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_ADJ_EN = (
    rf"(?:on\s+(?:{_WEEKDAYS})|yesterday|today|last\s+week|earlier|later|also|again|"
    r"(?:after|before)\s+the\s+(?:broadcast|hearing|meeting|vote|publication))"
)
#: "A spokesperson for Stonecrop Maintenance": the organisation speaks
_SPOKES = re.compile(
    r"(?i)^(?:a|an|the|een|de)\s+(?:spokes(?:person|man|woman)|woordvoerder|woordvoerster)\s+"
    r"(?:for|of|at|van)\s+(?P<org>.+)$"
)
_POSS_EN = r"(?:its|his|her|their|the|a|an)"
_PAST_EN = re.compile(
    # an optional fronted statement ("In a statement, "); a letter, an email or an interview
    # named first keeps a claim about what was said in it
    r"^(?:In\s+a\s+(?:written\s+)?statement,\s+)?"
    # the speaker, with an optional apposition ("its chief executive, Martin Kessock,")
    rf"(?P<who>(?:[A-Z]|{_POSS_EN}\s)[^,]{{1,60}}?(?:,\s+(?!who\b|which\b)[^,]{{2,60}}?,)?)\s+"
    # the perfect too: "Veluwenet has confirmed that S"
    rf"(?:(?:has|have)\s+)?(?P<verb>{_VERBS_EN})(?:\s+{_ADJ_EN})?\s+(?P<that>that\s+)?"
    r"(?P<rest>\S.+)$"
)
_VERBS_NL = (
    "zei|zeiden|betoogde|betoogden|stelde|stelden|verklaarde|verklaarden|beweerde|beweerden|"
    "erkende|erkenden|bevestigde|bevestigden|benadrukte|benadrukten|meldde|meldden|oordeelde|"
    "oordeelden|concludeerde|concludeerden|verzekerde|herhaalde|wees|wezen|"
    # the present, for a speaker the main patterns do not take: "De burgemeester, Anna Bos, zegt"
    "zegt|zeggen|stelt|stellen|verklaart|verklaren|beweert|beweren|bevestigt|erkent|benadrukt"
)
#: the perfect: "Veluwenet heeft maandag bekendgemaakt dat S", "X heeft laten weten dat S"
_PERFECT_NL = (
    r"(?:heeft|hebben)(?P<padj>(?:\s+[\w'’-]+){0,2}?)\s+(?:gezegd|betoogd|gesteld|verklaard|"
    r"beweerd|erkend|bevestigd|benadrukt|gemeld|herhaald|bekendgemaakt|laten\s+weten)"
)
_PAST_NL = re.compile(
    # the speaker, with an optional apposition ("De burgemeester, Anna Bos,")
    r"^(?P<who>[A-Z][^,()]{1,60}?(?:,\s+(?!die\b|dat\b|wie\b)[^,]{2,60}?,)?)"
    r"(?:\s+\([^()]{1,40}\))?\s+"
    rf"(?:(?P<verb>{_VERBS_NL})(?P<adj>(?:\s+[\w'’-]+){{0,3}}?)|{_PERFECT_NL})\s+dat\s+"
    r"(?P<rest>\S.+)$"
)
#: ", oordeelt de kantonrechter.", ", concludeerde de rechtbank.": a court's or person's finding
_END_NL = re.compile(
    r"^(?P<rest>.+?),\s*(?:zo\s+)?(?P<verb>oordeelt|oordeelde|concludeert|concludeerde|erkent|"
    r"erkende|benadrukt|benadrukte|vindt|vond|betoogt|betoogde|stelt|stelde)\s+"
    # "..., stelt de gemeente in hetzelfde voorstel.": where it says so is no part of who
    r"(?P<who>[^,]{2,60}?)(?:\s+in\s+(?:het|hetzelfde|dat|de|een|haar|zijn)\s+[\w-]+)?[.!]?$"
)
#: "Wel liet de zorggroep in een persbericht weten dat S", "De bond liet dinsdag weten dat S":
#: the past of "laat weten", with a statement or a day as adjunct (an addressee, "aan de raad",
#: keeps a claim about the speech)
_STATEMENT_NL = (
    r"(?:in|via)\s+(?:een|de|het|haar|zijn|hun)\s+(?:persbericht|verklaring|reactie|brief)"
)
_LIET_NL = re.compile(
    r"^(?:(?:Wel|Ook|Daarna|Later|Eerder|Toen|Inmiddels|Vervolgens|Gisteren|Maandag|Dinsdag|"
    r"Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag)\s+(?P<verb1>liet|lieten)\s+"
    r"(?P<who1>(?:de|het|een|[A-Z][\w-]*)(?:\s+[\w-]+){0,3}?)|"
    r"(?P<who2>[A-Z][^,()]{1,60}?)\s+(?P<verb2>liet|lieten))"
    rf"(?:\s+(?:{_STATEMENT_NL}|gisteren|eerder|ook|dinsdag|maandag|woensdag|donderdag|vrijdag|"
    r"zaterdag|zondag))*\s+weten\s+dat\s+(?P<rest>\S.+)$"
)
#: an addressee, a medium or a year between verb and "dat" keeps a claim about the speech
#: itself ("zei tegen deze omroep", "zei in de krant", "zei in 2019")
_ADDRESSEE_NL = re.compile(
    # ... and in the perfect, "always" and "never" ("heeft altijd gezegd dat S": a claim about
    # what was said) and a subject after the verb ("In september hebben wij ... gemeld dat")
    r"(?i)\b(?:tegen|tegenover|aan|in|altijd|nooit|niet|wij|we|ik|hij|zij|ze|u)\b|\b(?:19|20)\d\d\b"
)


#: lowercase words inside names and roles ("Frank van Oostveen", "the chair of the board")
_NAME_PARTICLES = {"van", "de", "der", "den", "het", "of", "the", "ter", "te"}


def _np_ok(who: str, lang: str | None) -> bool:
    """``who`` can speak: a short noun phrase opening with a capital or a determiner, no verb."""
    ws = words(who)
    if not ws or len(ws) > 8:
        return False
    first = ws[0]
    if any(w in PREPOSITIONS and w not in _NAME_PARTICLES for w in ws[1:]):
        return False  # "hij in de krant zei dat S": a medium, a claim about the speech
    if not (first[:1].isupper() or first.lower() in DETERMINERS):
        return False
    if first.lower() in ("it", "het", "this", "that", "dit", "dat", "there", "er"):
        return False
    if first.lower() in PREPOSITIONS or is_pronominal_adverb(first):
        return False  # "In september hebben wij ...", "Daarin stelt u ...": no speaker
    return not any(is_verb(w, lang) for w in ws[1:] if w[:1].islower())


def _opens_clause(rest: str, lang: str | None) -> bool:
    """``rest`` opens a clause: not a preposition or time first, and a verb within ten words
    ("the evening slowdowns in Leedham and Carrow were caused ...")."""
    toks = [m.group() for m in TOKEN_RE.finditer(rest)]
    if len(toks) < 3 or toks[0].lower() in PREPOSITIONS | TIME_WORDS | {"to", "goodbye"}:
        return False
    return any(is_verb(t, lang) for t in toks[1:11])


def _speaker(who: str) -> str:
    """The name in "its chief executive, Martin Kessock" (an apposition), else ``who``."""
    parts = [p.strip() for p in who.split(",") if p.strip()]
    named = parts[1].split() if len(parts) == 2 else []
    while named and not named[0][:1].isupper():
        named = named[1:]  # "Zijn advocaat, mr. Koen Lafeber": the title goes
    if named:
        return " ".join(named)
    return parts[0] if parts else who


#: "confirmed that it had signed": what the speaker confirms of itself is its own claim; what it
#: confirms of another ("the engineering firm confirmed that the dam is safe", in the dam
#: owner's statement) is a report of the vouching (dev's gold and h9's/h10's agree on this)
_SELF_WORDS = {"it", "he", "she", "they", "we", "its", "his", "her", "their", "our"}


def _about_itself(rest: str, who: str) -> bool:
    first = (words(rest)[:1] or [""])[0]
    return first.lower() in _SELF_WORDS or (bool(first) and first in words(who))


#: what follows "dat" when "dat" is the object and a particle ends the verb ("wees dat voorstel
#: in maart af", "wees dat af"): no clause, so no frame
_OBJECT_DAT = re.compile(r"^(?:[^\s\"“]+\s+){0,5}?(?:" + "|".join(SEPARABLE_PARTICLES) + r")[.!]?$")


def past_frame(s: str, lang: str | None, ctx: NameContext) -> tuple[str, str] | None:
    """(framer, claim) for a reporting-past frame of a document's sentence, else None."""
    if lang != "nl":
        m = _PAST_EN.match(s)
        if m and (m["that"] or m["verb"] in _BARE_EN):
            who = _speaker(m["who"])
            spokes = _SPOKES.match(who)
            who = spokes["org"] if spokes else who
            if m["verb"] == "confirmed" and not _about_itself(m["rest"], m["who"]):
                return None  # "Vandermeer confirmed that the dam is safe": a vouching reported
            if _np_ok(who, "en") and _opens_clause(m["rest"], "en"):
                return who, upper_first(end_sentence(m["rest"]))
    if lang != "en":
        m = _PAST_NL.match(s)
        m = None if m and _OBJECT_DAT.match(m["rest"]) else m  # "Verbaan wees dat af."
        if m and not _ADDRESSEE_NL.search(m["adj"] or m["padj"] or ""):
            who = _speaker(m["who"].strip())
            zou = re.search(r"\bzou(?:den)?\b", m["rest"])
            if _np_ok(who, "nl") and not ((m["verb"] or "").startswith(("zei", "zeg")) and zou):
                clause = reorder_nl_sub(m["rest"], ctx)
                if clause == m["rest"]:
                    clause = reorder_subordinate(m["rest"], ctx)
                return who, upper_first(clause)
        m = _LIET_NL.match(s)
        who = (m["who1"] or m["who2"] or "").strip() if m else ""
        if m and _np_ok(who, "nl"):
            clause = reorder_nl_sub(m["rest"], ctx)
            if clause == m["rest"]:
                clause = reorder_subordinate(m["rest"], ctx)
            return who, upper_first(clause)
        m = _END_NL.match(s)
        if m:
            who = m["who"].strip()
            if _np_ok(who, "nl") and len(words(m["rest"])) >= 3:
                return who, end_sentence(m["rest"].strip())
    return None
