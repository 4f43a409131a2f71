"""Speech frames other writers use that :mod:`onrecord.check.claims.claimant`'s main patterns miss.

Each returns (framer, the claim without its frame) or None; the framer is a noun phrase still
to be turned into a claimant by the caller.

* a speaker between two halves of a quotation: '"The vans were sold," Mr Obi said, "because
  nobody wanted them."', '"S1," zegt Smit, "S2."';
* a speaker before a colon and a quotation: 'Wethouder Anna de Vries: "S"', 'Pike: "S"';
* Dutch inversion after a fronted adjunct: "In dat interview beweert X dat S", "Daarin stelt
  X dat S" (the present speech verbs of "X stelt dat S");
* a news adjunct between an English speech verb and "that": "X said on Monday that S", "X said
  through her lawyer that S", "X confirmed in a statement that S" (a year or a date stays a
  claim about what was said then: "X said in 2017 that S");
* a source at the end in Dutch: "S, blijkt uit interne stukken.", "S, zo bleek uit de notulen."
  (as "Uit interne stukken blijkt dat S": the article's own source, no claimant; the frame
  kept in the claim had made "De coöperatie betaalt 1,4 miljoen euro" its subject);
* a speaker's relative clause after a frame at the end: '"S," zegt Smit, die de vereniging
  sinds 2018 leidt.', '"S," said Pike, who joined in 2010.' (the frame is read without it).
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import FRAME_PRESENT_NL, is_title, is_verb
from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.claim_text import end_sentence, words

_OPEN = "\"“„«'‘"
_CLOSE = "\"”»'’"
_SPEECH_EN = (
    "said|says|added|adds|wrote|writes|told\\s+[\\w-]+|explained|explains|insisted|insists|"
    "continued|went\\s+on|confirmed|confirms|answered|replied"
)
_SPEECH_NL = (
    "zegt|zei|stelt|stelde|schrijft|schreef|voegt\\s+\\w+\\s+toe|vervolgt|vervolgde|"
    "benadrukt|benadrukte|antwoordt|antwoordde|aldus"
)
_MID_QUOTE = re.compile(
    rf"^[{_OPEN}](?P<a>[^{_OPEN}{_CLOSE}]{{3,}}?)[,.]?[{_CLOSE}]\s+(?:(?P<who>[^,]{{2,50}}?)\s+"
    rf"(?:{_SPEECH_EN}|{_SPEECH_NL})|(?:{_SPEECH_EN}|{_SPEECH_NL})\s+(?P<who2>[^,]{{2,50}}?))"
    rf"(?:\s+[^,]{{1,30}}?)?[,:]\s*[{_OPEN}](?P<b>[^{_OPEN}{_CLOSE}]{{3,}}?)[{_CLOSE}]?\s*$"
)
_COLON = re.compile(rf"^(?P<who>[^:{_OPEN}]{{2,60}}?):\s*[{_OPEN}](?P<rest>.+?)[{_CLOSE}]?\s*$")
#: what may stand before the verb in "In dat interview beweert X dat S"
_FRONTED_NL = re.compile(
    r"(?i)^(?:(?:in|op|tijdens|bij|na|via|tegenover)\s+[^,]{2,40}|daarin|daarop|hierin|hierop|"
    r"nu|inmiddels|ook)$"
)
_AFTER_VERB_NL = re.compile(r"^\s*(?P<who>[^,]{2,60}?)\s+dat\s+(?P<rest>.+)$")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_ADJ_EN = (
    rf"(?:on\s+(?:{_WEEKDAYS})|(?:through|via)\s+(?:a|an|the|his|her|its|their)\s+[\w-]+"
    r"(?:\s+[\w-]+)?|in\s+(?:a|an)\s+(?:written\s+)?(?:statement|response|reply|email|e-mail|"
    rf"letter)(?:\s+on\s+(?:{_WEEKDAYS}))?)"
)
_NEWS_ADJUNCT_EN = re.compile(
    r"^(?P<who>[A-Z][^,]{1,60}?(?:,\s+(?!who\b|which\b)[^,]{2,60}?,)?)\s+"
    rf"(?:(?:said|says|added)\s+{_ADJ_EN}|(?P<bare>confirmed|confirms|stated|states)(?:\s+{_ADJ_EN})?)"
    r"\s+that\s+(?P<rest>\S.+)$"
)
# "Dat het bedrijf verlies leed, ontkent Molenkamp niet.", "That the plant lost money, Obi
# does not deny.": the fronted clause is the speaker's claim
_FRONTED_THAT = re.compile(
    r"^(?:Dat|That)\s+(?P<rest>[^,]{5,160}),\s+(?:(?P<verb>ontkent|erkent|bevestigt|zegt)\s+"
    r"(?P<who>[^,]{2,50}?)(?P<neg>\s+niet)?|(?P<who2>[^,]{2,50}?)\s+(?:does\s+not\s+deny|"
    r"doesn't\s+deny|admits|concedes|confirms))\s*[.!]?$"
)
_TRAILING_RELATIVE = re.compile(r",\s+(?:who|die)\s+[^,]{3,120}[.!]?$")


def _speaker_ok(who: str, ctx: NameContext, lang: str | None) -> bool:
    """A short noun phrase naming a speaker: a name (after a role), a role, a pronoun."""
    ws = words(who)
    if not ws or len(ws) > 7 or any(is_verb(w, lang) for w in ws[1:]):
        return False
    if len(ws) == 1 and ws[0].lower() in ("he", "she", "they", "hij", "zij", "ze"):
        return True
    return bool(ctx.mentions(who)) or is_title(ws[0]) or ws[0].lower() in ("the", "de", "het")


def mid_quote(s: str, lang: str | None, ctx: NameContext) -> tuple[str, str] | None:
    """'"S1," X said, "S2."' -> (X, "S1 S2.")."""
    m = _MID_QUOTE.match(s.strip())
    if not m:
        return None
    who = (m["who"] or m["who2"] or "").strip()
    if not _speaker_ok(who, ctx, lang):
        return None
    a, b = m["a"].strip(), m["b"].strip()
    return who, end_sentence(f"{a} {b}")


def colon_quote(s: str, lang: str | None, ctx: NameContext) -> tuple[str, str] | None:
    """'Wethouder Anna de Vries: "S"' -> ("Wethouder Anna de Vries", "S")."""
    m = _COLON.match(s.strip())
    if not m or not _speaker_ok(m["who"], ctx, lang):
        return None
    ws = words(m["who"])
    if not (ws[0][:1].isupper()):
        return None
    return m["who"].strip(), end_sentence(m["rest"].strip())


def fronted_nl(s: str, ctx: NameContext) -> tuple[str, str] | None:
    """ "In dat interview beweert X dat S" -> (X, S as it stands after "dat")."""
    for verb in re.finditer(r"\b[a-z]+\b", s[:80]):
        if verb.group() not in FRAME_PRESENT_NL:
            continue
        tail = _AFTER_VERB_NL.match(s[verb.end() :])
        if not _FRONTED_NL.match(s[: verb.start()].strip()) or not tail:
            return None
        if not _speaker_ok(tail["who"], ctx, "nl"):
            return None
        return tail["who"].strip(), tail["rest"].strip()
    return None


def news_adjunct_en(s: str, ctx: NameContext) -> tuple[str, str] | None:
    """ "X said on Monday that S", "X said through her lawyer that S", "Its shop steward, Gary
    Pike, confirmed that S" (a person confirms: the claim is S; "The firm confirmed that the dam
    is safe" stays the firm's act) -> (X, S)."""
    m = _NEWS_ADJUNCT_EN.match(s)
    if not m:
        return None
    if m["bare"] and not any(x.kind == "person" for x in ctx.mentions(m["who"])):
        return None
    return m["who"].strip(), m["rest"].strip()


#: "Dat rapport is ...", "That report was ...": a demonstrative before a noun and its verb
_DEMONSTRATIVE_DAT = re.compile(
    r"(?i)^(?:dat|that)\s+[a-zà-ÿ][\w-]+\s+(?:is|was|wordt|werd|heeft|had|zal|kan|moet|"
    r"has|have|will|would|can|could|must|should)\b"
)


def fronted_that(s: str, ctx: NameContext, lang: str | None) -> tuple[str, str] | None:
    """ "Dat S, ontkent X niet" / "That S, X does not deny" -> (X, S); "Dat S, ontkent X" (a
    denial) is no frame."""
    m = _FRONTED_THAT.match(s.strip())
    if not m or (m["verb"] == "ontkent" and not m["neg"]):
        return None
    if _DEMONSTRATIVE_DAT.match(s.strip()):
        return None  # "Dat rapport is nooit gedeeld, zegt X": "that report", a main clause
    who = (m["who"] or m["who2"] or "").strip()
    if not _speaker_ok(who, ctx, lang):
        return None
    return who, end_sentence(m["rest"].strip())


def without_trailing_relative(s: str) -> str | None:
    """``s`` without a relative clause after its closing frame ("..., zegt Smit, die de
    vereniging sinds 2018 leidt." -> "..., zegt Smit."); None when there is none."""
    m = _TRAILING_RELATIVE.search(s)
    if not m or m.start() < 10:
        return None
    return s[: m.start()] + "."


_SHOWN_BY = re.compile(
    r"^(?P<s>.{12,}?),\s+(?:zo\s+)?(?:blijkt|bleek)\s+(?:ook\s+)?uit\s+(?P<src>[^,]{2,100}?)\s*[.!]?$"
)


def shown_by(s: str) -> tuple[str, str] | None:
    """(the source, S) of "S, (zo) blijkt uit <source>.", else None."""
    m = _SHOWN_BY.match(s.strip())
    if m is None or len(words(m["s"])) < 3:
        return None
    return m["src"], end_sentence(m["s"])
