"""What the judge reads of a claim: its speech frame taken off.

A claim such as "Vale insisted that Lumen share its science" has two parts: *who* said it
(the frame) and *what* was said (the content). Who said it is settled by the evidence relation
(the subject's own mail, an endorsement, someone else's mail), so the judge reads only the
content, "Lumen share its science": a small NLI model reads framed sentences badly ("Marcus
Vale wrote: …" premises came out neutral on pairs whose bare sentences it got right).

* :func:`strip_frame` takes off an assertion frame ("X said/argued/insisted/wrote (that) S",
  "X told Y that S", Dutch "X zei/stelde/vond dat S") and turns a commitment ("X pledged/
  promised/vowed to V") into "X will V". A negated frame ("X never said that S", "X denied
  that S", "X ontkende dat S") is marked ``negated``: evidence for S then counts against the
  claim. Frames whose object is not a clause ("X proposed a merger", "X wanted full control",
  "X stemde in met het voorstel om …") are kept: there the frame is the content.
  The verb's frame runs up to the first "that"/"dat" through a date, an addressee and an
  adverb ("reported in April 2020 that", "bevestigde in november 2018 tegenover wethouder
  Bosman dat"), and Dutch puts it second after a fronted phrase ("In juli 2019 beloofde
  Verhoeven het personeel dat S") or last in the perfect ("heeft de ouders nooit beloofd dat S").

The first person of the statements is put in the third person by :mod:`.first_person`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from onrecord.check.claims.rebuttal import DENIED

__all__ = ["NL_NOT_A_VERB", "Framed", "strip_frame"]


@dataclass(frozen=True, slots=True)
class Framed:
    content: str  # what the judge reads as the hypothesis
    frame: str | None  # the speech verb taken off, or None when the claim is read whole
    negated: bool = False  # "never said that S": evidence for S is evidence against the claim
    prefix: str = ""  # the frame's words before the content ("In March 2018 Brandt told the team")


_ADV = r"(?:(?:always|repeatedly|also|openly|publicly|privately|explicitly|clearly|once|then|"
_ADV += r"later|first|even|still|already|often|in \d{4}|in (?:early|late|mid-)?\d{4})\s+)*"
_ASSERT_EN = (
    r"said|says|wrote|writes|argued|argues|insisted|insists|claimed|claims|stated|states|"
    r"maintained|maintains|believed|believes|thought|thinks|felt|feels|admitted|admits|"
    r"acknowledged|acknowledges|conceded|concedes|agreed|agrees|warned|warns|suggested|"
    r"suggests|proposed|proposes|asserted|asserts|contended|contends|declared|declares|"
    r"conceded|confirmed|confirms|explained|explains|noted|notes|emailed|replied|argue|insist|"
    r"say|write|claim|state|believe|think|admit|acknowledge|agree|suggest|propose|confirm|"
    r"reported|reports|pointed out|points out|mentioned|mentions|complained|complains|"
    r"observed|observes|recalled|recalls|indicated|indicates|announced|announces|stressed|"
    r"stresses|emphasised|emphasized|repeated|repeats|conceded|assured|estimated|estimates|"
    r"calculated|calculates|reckoned|reckons|predicted|predicts|forecast|forecasts|concluded|"
    r"concludes|expected|expects|pledged|pledges|vowed|vows|guaranteed|guarantees|alleged|"
    r"alleges|testified|testifies|made (?:it )?clear|makes (?:it )?clear"
)
_TOLD_EN = (
    r"told|tells|assured|assures|promised|promises|warned|warns|reminded|reminds|wrote to|"
    r"informed|informs|reassured|reassures|emailed|wrote back to|replied to"
)
_NEG_EN = r"(?:never|not|did not|didn't|does not|doesn't|has never|had never|would never)\s+"
_DENY_EN = r"denied|denies|disputed|disputes|rejected the idea|rejects the idea"
_COMMIT_EN = r"pledged|pledges|promised|promises|vowed|vows|committed|commits|offered|offers"
# a subordinating word opens a clause, not a name: "Toen Smit zei dat S, …" is no frame
_NOT_CLAUSE = (
    r"(?!(?:Toen|Als|Nadat|Omdat|Hoewel|Terwijl|When|After|Although|Because|While|If|Once)\s)"
)
_NAME = (
    r"(?:[A-Z][\w'’.-]*\s+(?:(?:de|van|der|den|ter|te|von|da|di|le|la)\s+){0,2}){0,3}"
    r"[A-Z][\w'’.-]*|[Hh]e|[Ss]he|[Tt]hey"
)
_SUBJ = rf"{_NOT_CLAUSE}(?P<subj>{_NAME})"
_ASSERT_NL = (
    r"zei|zegt|zeiden|schreef|schrijft|stelde|stelt|beweerde|beweert|vond|vindt|betoogde|"
    r"betoogt|verklaarde|verklaart|erkende|erkent|benadrukte|benadrukt|meende|meent|dacht|denkt|"
    r"mailde|antwoordde|bevestigde|bevestigt|waarschuwde|waarschuwt|gaf toe|hield vol|"
    r"was het (?:ermee )?eens|is het (?:ermee )?eens|stond erop|meldde|meldt|vertelde|"
    r"vertelt|verzekerde|verzekert|beloofde|belooft|liet|laat|wees|wijst|gaf|geeft|merkte|"
    r"merkt|legde|opperde|oppert|suggereerde|suggereert|herhaalde|herhaalt|klaagde|klaagt|"
    r"antwoordt|mailt|schreef terug|schatte|schat|rekende|rekent|becijferde|becijfert|"
    r"verwachtte|verwacht|concludeerde|concludeert|oordeelde|oordeelt|zegde|zegt|kondigde|"
    r"kondigt|garandeerde|garandeert|voorspelde|voorspelt|hield|houdt|maakte|maakt|deelde|deelt|"
    r"voerde|voert|wierp|werpt"
)
# who a Dutch speech verb is addressed to, and its particle: "meldde Okafor dat", "schreef aan
# Vale dat", "wees de raad erop dat", "liet hem weten dat", "gaf aan dat", "merkte op dat"
_NL_NAME = (
    r"(?:[A-Z][\w'’.-]*(?:\s+(?:de|van|der|den|ter|te)){0,2}(?:\s+[A-Z][\w'’.-]*)?|"
    r"hem|haar|hen|hun|ons|me|mij|iedereen|het \w+|de \w+)"
)
_NL_PARTICLE = r"(?:erop|weten|aan|op|uit|toe|voor|vast|vol|bekend|mee|tegen)"
#: Verbs that say something only with their particle: "hield vol dat" (not "hield er rekening
#: mee dat"), "maakte bekend", "deelde mee", "voerde aan", "wierp tegen"
_NL_WITH_PARTICLE = {
    "hield": "vol", "houdt": "vol", "maakte": "bekend", "maakt": "bekend", "deelde": "mee",
    "deelt": "mee", "voerde": "aan", "voert": "aan", "wierp": "tegen", "werpt": "tegen",
}  # fmt: skip
# when, to whom and how, in any order, up to four of them: "bevestigde in november 2018
# tegenover wethouder Bosman dat", "schreef het personeel in januari 2021 dat", "gaf tegenover
# Verhagen eerlijk toe dat", "hield tot zijn vertrek vol dat"
_NL_WHEN = (
    r"(?:in|op|begin|eind|medio|voor|na|tijdens|tot|bij)\s+(?:(?:de|het|zijn|haar|hun)\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:\d{1,2}\s+)?(?:\d{4}|[a-z]+)"
)
_NL_HOW = r"altijd|steeds|ook|openlijk|toen|later|al|nog|zelf|eerlijk|opnieuw|nogmaals|instemmend"
_NL_ADDR = (
    rf"(?:\s+(?:{_NL_WHEN}|(?:(?:aan|tegen|tegenover)\s+(?:[a-z]+\s+)?)?{_NL_NAME}|{_NL_HOW})){{0,4}}"
    rf"(?:\s+{_NL_PARTICLE})?"
)
# or, between verb and "dat", up to six words of any kind ending in a particle ("liet het team
# in december 2019 instemmend weten dat"): the first "dat" ends the frame
_NL_MID = rf"(?:{_NL_ADDR}|(?:\s+[\w.,'’-]+){{1,6}}?\s+{_NL_PARTICLE})"
_DENY_NL = r"ontkende|ontkent|betwistte|betwist"
_NEG_NL = r"(?:heeft\s+)?nooit\s+(?:ge(?:zegd|schreven|steld|vonden|beweerd)\s+)?"

# to whom, when and how, in any order, up to three of them: "reported in April 2020 that",
# "admitted to a parent that", "pointed out to Hoekstra in June 2022 that"
_EN_WHOM = (
    r"(?:to\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?|him|her|them|us|me|the board|the team|"
    r"colleagues|staff|investors|reporters)|to\s+(?:the|a|an|his|her|their|its)\s+\w+"
)
_EN_WHEN = (
    r"(?:in|on|during|by|before|after)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4}"
)
_EN_HOW = (
    r"also|publicly|privately|already|again|repeatedly|openly|later|first|explicitly|in writing"
)
_EN_THAT = re.compile(
    rf"^{_SUBJ}\s+(?P<neg>{_NEG_EN})?{_ADV}(?:(?P<deny>{_DENY_EN})|(?P<verb>{_ASSERT_EN}))"
    rf"(?:\s+(?:{_EN_WHOM}|{_EN_WHEN}|{_EN_HOW})){{0,3}}\s*,?\s+that\s+(?P<rest>.+)$"
)
# "told the chair of the council in 2016 that S": whoever was told (up to eight words, a date
# among them, or none: "never promised that S") ends at the first "that"; without one ("told
# Van Rijn to stop …") no frame
_EN_TOLD = re.compile(
    rf"^{_SUBJ}\s+(?P<neg>{_NEG_EN})?{_ADV}(?P<verb>{_TOLD_EN})"
    rf"(?:\s+(?!that\b)[\w'’.,-]+){{0,8}}?\s+that\s+(?P<rest>.+)$"
)
# "told Vale he would inform the team": a name or pronoun, then a clause with a pronoun subject
_EN_TOLD_BARE = re.compile(
    rf"^{_SUBJ}\s+(?P<neg>{_NEG_EN})?{_ADV}(?P<verb>{_TOLD_EN})\s+"
    rf"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?|him|her|them|us|me)\s+"
    rf"(?P<rest>(?:he|she|they|it|we|there)\s.+)$"
)
# "said the nonprofit could raise …": a bare clause after a saying verb (subject + verb)
_EN_BARE = re.compile(
    rf"^{_SUBJ}\s+(?P<neg>{_NEG_EN})?{_ADV}(?P<verb>said|says|wrote|writes|argued|argues|"
    rf"insisted|insists|claimed|claims|thought|thinks|believed|believes|felt|feels)\s+"
    rf"(?P<rest>(?:the|a|an|it|he|she|they|we|there|this|that|[A-Z][\w'’-]*)\s.+)$"
)
_EN_COMMIT = re.compile(
    rf"^{_SUBJ}\s+(?P<neg>{_NEG_EN})?{_ADV}(?P<verb>{_COMMIT_EN})\s+"
    rf"(?:(?:[A-Z][\w'’.-]*|him|her|them|us|the \w+)\s+)?to\s+"
    rf"(?P<rest>(?!the\b|a\b|an\b|\w+ing\b)\w.+)$"
)
_NL_DAT = re.compile(
    rf"^{_SUBJ}\s+(?P<neg>{_NEG_NL})?(?:(?:altijd|steeds|ook|openlijk|toen|later|al|nog|"
    rf"in \d{{4}})\s+)*(?:(?P<deny>{_DENY_NL})|(?P<verb>{_ASSERT_NL})){_NL_MID}"
    rf"(?:\s+(?:altijd|steeds|ook|openlijk|toen|later|in (?:[a-z]+ )?\d{{4}}))*\s*,?\s+dat\s+(?P<rest>.+)$"
)
# "X heeft (de ouders) nooit beloofd dat S": the perfect, the participle last
_NL_PERFECT = re.compile(
    rf"^{_SUBJ}\s+(?:heeft|hebben|had|hadden)\s+(?:[\w'’.-]+\s+){{0,6}}?(?P<neg>(?:nooit|niet)\s+)?"
    r"(?P<verb>gezegd|geschreven|gesteld|beweerd|gemeld|gewaarschuwd|gegarandeerd|beloofd|"
    r"toegezegd|verzekerd|verteld|bevestigd|erkend|laten weten)\s*,?\s+dat\s+(?P<rest>.+)$"
)
# Dutch verb-second after a fronted phrase: "In juli 2019 beloofde Verhoeven het personeel dat
# S", "Na de verkiezingen van maart 2019 schreef Altena de leden dat S"
_NL_FRONTED = re.compile(
    rf"^(?:In|Op|Na|Bij|Tijdens|Begin|Eind|Medio|Vanaf|Sinds|Voor)\s(?:[^,\s]+\s+){{0,9}}?"
    rf"(?P<verb>{_ASSERT_NL})\s+{_SUBJ}(?P<tail>\s.+\sdat\s.+)$"
)
# "According to Vale, S" / "Volgens Vale S": the content is S
_ACCORDING = re.compile(rf"^(?:[Aa]ccording to|[Vv]olgens)\s+{_SUBJ}\s*,?\s+(?P<rest>.+)$")
_LEAD_TIME = re.compile(
    r"^(?:In|On|Op|Begin|Eind|Early|Late|Medio)\s+(?:[A-Za-z]+\s+){0,2}(?:\d{1,2}\s+)?\d{4},?\s+"
)
_CLAUSE_END = re.compile(r"[.!?]*\s*$")
#: A verb in the words after a bare "said"/"wrote": what tells a clause ("the plan was late")
#: from an object ("the plan himself")
_EN_FINITE = re.compile(
    r"\b(?:is|was|were|are|am|be|been|had|has|have|would|will|could|should|can|did|does|do|"
    r"must|might|may|shall|[a-z]{2,}ed|[a-z]{3,}(?<!s)s)\b"
)


def _bare_clause(rest: str) -> bool:
    """Whether the words after a bare speech verb are a clause: a pronoun or name starts one;
    a determiner must be followed by a verb ("the board approved it", not "the plan himself")."""
    words = rest.lower().split()
    if not words or words[0] not in ("the", "a", "an"):
        return True
    # the verb comes after the noun: "the revised plan himself" has an adjective in -ed
    return _EN_FINITE.search(" ".join(words[2:])) is not None


_MANDATIVE = set(
    [
        "insisted",
        "insists",
        "demanded",
        "demands",
        "urged",
        "urges",
        "proposed",
        "proposes",
        "suggested",
        "suggests",
        "recommended",
        "recommends",
        "asked",
        "asks",
        "insist",
        "demand",
        "urge",
        "propose",
        "suggest",
        "recommend",
    ]
)
_FINITE = set(
    [
        "is",
        "was",
        "are",
        "were",
        "will",
        "would",
        "should",
        "must",
        "can",
        "could",
        "may",
        "might",
        "has",
        "had",
        "have",
        "does",
        "did",
        "do",
        "shall",
        "isn't",
        "wasn't",
        "won't",
        "wouldn't",
        "can't",
        "couldn't",
        "doesn't",
        "didn't",
        "hasn't",
    ]
)
# "that Lumen share its science": a name, then a bare verb (the mandative subjunctive)
_SUBJUNCTIVE = re.compile(r"^((?:[A-Z][\w'’.-]*\s+){1,3})([a-z]+)\b")


def _clause(rest: str, subj: str, verb: str = "") -> str:
    """The content clause as a sentence: a leading "he"/"she" that refers back to the subject
    becomes the subject's name; after "insisted/demanded/proposed that" a bare verb gets its
    "should" ("Lumen share its science" -> "Lumen should share its science"); the first letter
    is capitalised, a full stop added."""
    rest = _CLAUSE_END.sub("", rest.strip())
    if subj[:1].isupper() and subj.lower() not in ("he", "she", "they"):
        rest = re.sub(r"^(?:he|she|hij|zij|ze)\b", subj, rest, flags=re.I)
    rest = re.sub(r",?\s+(and|en) (?:that|dat)\s+", r" \1 ", rest)  # "dat A en dat B": both read
    m = _SUBJUNCTIVE.match(rest) if verb in _MANDATIVE else None
    if m and m.group(2) not in _FINITE and not m.group(2).endswith(("s", "ed")):
        rest = f"{m.group(1)}should {rest[m.start(2) :]}"
    return (rest[:1].upper() + rest[1:] + ".") if rest else ""


_NL_FINITE = set(
    [
        "is",
        "was",
        "zijn",
        "waren",
        "heeft",
        "had",
        "hebben",
        "hadden",
        "wil",
        "wilde",
        "wilden",
        "kan",
        "kon",
        "konden",
        "moet",
        "moest",
        "moesten",
        "zal",
        "zou",
        "zouden",
        "mag",
        "mocht",
        "werd",
        "wordt",
        "werden",
        "gaat",
        "ging",
        "gingen",
        "blijft",
        "bleef",
        "komt",
        "kwam",
        "staat",
        "stond",
    ]
)
_NL_DET = set(
    ["de", "het", "een", "zijn", "haar", "hun", "dit", "deze", "die", "dat", "ons", "onze", "mijn"]
)
_NL_NP_END = set(
    [
        "nog",
        "niet",
        "al",
        "ook",
        "wel",
        "geen",
        "nooit",
        "zeker",
        "echt",
        "toen",
        "dan",
        "daarom",
        "in",
        "op",
        "voor",
        "met",
        "bij",
        "aan",
        "te",
        "om",
        "van",
        "door",
        "over",
        "uit",
        "naar",
        "er",
        "zo",
        "erg",
        "heel",
        "zeer",
        "genoeg",
        "altijd",
        "steeds",
        "pas",
        "maar",
    ]
)


#: Dutch words that start or end a noun phrase, never a verb (used by :mod:`.first_person` too)
NL_NOT_A_VERB = frozenset(_NL_DET | _NL_NP_END)

_NL_TIME = re.compile(
    r"^(?:in|op|begin|eind|medio|vanaf|sinds|tot)\s+(?:[a-z]+\s+){0,2}(?:\d{1,2}\s+)?\d{4}\b"
)


def _nl_det_np(words: list[str], at: int) -> int:
    """The end of the noun phrase "de nieuwe versie" that starts with a determiner at ``at``:
    up to the next adverb, preposition or determiner, and no further than its noun (a Dutch
    attributive adjective ends in -e, so a word that does not is the noun: "de kelder | onder
    doordat ..." keeps the particle out)."""
    n = at + 1
    while n < min(len(words), at + 4) and words[n].lower() not in _NL_NP_END | _NL_DET:
        n += 1
        if not words[n - 1].lower().endswith("e"):
            break
    return n


def _nl_uninvert(rest: str, any_verb: bool = False) -> str:
    """Dutch verb-second after a fronted phrase ("[Volgens X] was de nieuwe versie nog niet
    rijp") back to subject first ("de nieuwe versie was nog niet rijp"); a time phrase right
    after the verb is fronted instead ("had in januari 2019 geen patiënt …" -> "in januari
    2019 had geen patiënt …"). ``any_verb``: the first word is the finite verb whatever it is
    (after "Volgens X": "telde Lindewolde …"). Other text unchanged."""
    words = rest.split()
    if len(words) < 3:
        return rest
    first = words[0].lower()
    verbal = first in _NL_FINITE or (
        any_verb and first.isalpha() and words[0].islower() and first not in _NL_DET | _NL_NP_END
    )
    if not verbal:
        return rest
    verb, after = words[0], words[1:]
    t = _NL_TIME.match(" ".join(after))
    if t:
        n = len(t.group(0).split())
        return " ".join([*after[:n], verb, *after[n:]])
    if after[0].lower() in _NL_DET:
        n = _nl_det_np(after, 0)
        if n + 1 < len(after) and after[n].lower() == "van" and after[n + 1].lower() in _NL_DET:
            n = _nl_det_np(after, n + 1)  # "de helft van de oudere leden"
    elif after[0][:1].isupper() or after[0].lower() in ("hij", "zij", "ze", "het", "er", "men"):
        n = 1
        while n < len(after) and after[n][:1].isupper():
            n += 1
    elif first in _NL_FINITE and after[0].isalpha() and after[0].lower() not in _NL_NP_END:
        n = 1  # a bare noun phrase: "was private equity in mei gegroeid"
        while (
            n < min(len(after), 3)
            and after[n].isalpha()
            and after[n].lower() not in (_NL_NP_END | _NL_DET)
        ):
            n += 1
    else:
        return rest
    if n >= len(after):
        return rest
    return " ".join([*after[:n], verb, *after[n:]])


_DENIED = re.compile(rf"^(?:{'|'.join(DENIED.values())}):\s+(?P<rest>.+)$")


def strip_frame(text: str, fronted: bool = True) -> Framed:
    """The claim's content and frame (see the module docstring); the claim whole when no frame
    of the kinds handled is found. ``fronted``: a Dutch verb-second frame after a fronted
    phrase is looked for (not again in the sentence it is rewritten to)."""
    s = " ".join(text.split())
    denied = _DENIED.match(s)  # "Niet waar: S" (claims/rebuttal.py): evidence for S counts against
    if denied and len(denied.group("rest").split()) >= 3:
        inner = strip_frame(denied.group("rest"))
        return replace(inner, frame=inner.frame or "not true", negated=not inner.negated)
    lead = _LEAD_TIME.match(s)
    if lead and lead.end() < len(s):  # "In March 2018 Brandt told …": the date is the premises'
        framed = strip_frame(s[lead.end() :])
        if framed.frame is not None:
            return replace(framed, prefix=s[: lead.end()] + framed.prefix)
    front = _NL_FRONTED.match(s) if fronted else None
    if front:  # "In juli 2019 beloofde Verhoeven …" read as "Verhoeven beloofde …"
        subj, verb = front.group("subj"), front.group("verb")
        framed = strip_frame(f"{subj} {verb}{front.group('tail')}", fronted=False)
        if framed.frame is not None:
            cut = len(framed.prefix) - len(subj) - len(verb) - 1 + front.start("tail")
            return replace(framed, prefix=s[:cut])
    for rx in (_EN_THAT, _NL_DAT, _EN_TOLD, _EN_TOLD_BARE, _EN_BARE, _NL_PERFECT):
        m = rx.match(s)
        if rx is _EN_BARE and m and not _bare_clause(m.group("rest")):
            continue  # "Brandt wrote the revised plan himself": an object, not a clause
        need = _NL_WITH_PARTICLE.get((m.groupdict().get("verb") or "").lower()) if m else None
        if m and need and not re.search(rf"\b{need}\s*,?\s+dat\s+$", s[: m.start("rest")]):
            continue
        if m and len(m.group("rest").split()) >= 3:
            deny = bool(m.groupdict().get("deny"))
            verb = m.groupdict().get("verb") or m.groupdict().get("deny") or ""
            negated = bool(m.group("neg")) != deny
            content = _clause(m.group("rest"), m.group("subj"), verb.lower())
            return Framed(content, verb.lower(), negated, s[: m.start("rest")])
    m = _ACCORDING.match(s)
    if m and len(m.group("rest").split()) >= 3:
        rest = _nl_uninvert(m.group("rest"), any_verb=s[:1] in "Vv")
        content = _clause(rest, m.group("subj"))
        return Framed(content, "according to", False, s[: m.start("rest")])
    m = _EN_COMMIT.match(s)
    if m and len(m.group("rest").split()) >= 2:
        subj = m.group("subj")
        will = "would never" if m.group("neg") else "will"
        rest = _CLAUSE_END.sub("", m.group("rest"))
        prefix = s[: m.start("rest")]
        return Framed(f"{subj} {will} {rest}.", m.group("verb").lower(), False, prefix)
    return Framed(s, None, False)
