"""One-off happenings in English and Dutch, and the words of a sentence that name them.

A date belongs to a verb. "In maart 2021 stemde Van der Linden in met het voorstel …" dates
her agreeing, "Zeef went live on 1 February" the launch: a claim's date and a statement's date
are of one event only when both sides attach them to the same happening. The happenings here
are acts that take place once, at a time that can be named (a bridge opens, a contract is
signed, a trial is halted, a school closes, programmes move, an audit is postponed): a state
("the fund stood at 104 percent"), a stance ("backed the plan", "schaarde zich achter") or a
speech act ("proposed", "told") is not one of them; its date is when it was held or said.
Used by :mod:`onrecord.check.verdicts.same_time`.
"""

from __future__ import annotations

import re

__all__ = ["BREAK", "HAPPENINGS", "happening_at", "happenings"]

#: happening -> one pattern over both languages (whole words, case-insensitive); Dutch
#: separable verbs are matched by their particle-free forms and their participles
HAPPENINGS: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"\b(?:{pattern})\b", re.I)
    for name, pattern in {
        "open": r"open(?:s|ed)?|opent|openen|opende(?:n)?|geopend|opengaan|opengaat|"
        r"opengegaan|in\s+gebruik\s+genomen",
        "close": r"close[sd]?|shut(?:s)?(?:\s+down)?|sluit(?:en)?|sloot|sloten|gesloten|"
        r"dichtgaan|dichtgaat|dichtgegaan|ging\s+dicht|gaat\s+dicht",
        "sign": r"sign(?:s|ed)?|tekenen|tekende(?:n)?|getekend|ondertekend|ondertekenen|"
        r"ondertekende(?:n)?",
        "halt": r"halt(?:s|ed)?|stop(?:s|ped)?|stopgezet|stopzetten|stopte(?:n)?|gestopt|"
        r"stilgelegd|stilleggen|legde\s+\w+\s+stil|terminated|suspended|geschorst|"
        r"opgeschort",
        "move": r"move[sd]?|relocate[sd]?|verhuizen|verhuist|verhuisde(?:n)?|verhuisd|"
        r"verplaats(?:en|t|te|ten)?|overgeplaatst|overbrengen",
        "start": r"start(?:s|ed)?|began|begun|begins?|beginnen|begint|begon(?:nen)?|"
        r"begonnen|gestart|startte(?:n)?|van\s+start|launch(?:es|ed)?|lanceren|"
        r"lanceerde(?:n)?|gelanceerd|went\s+live|go(?:es)?\s+live|live\s+gegaan|ging\s+live",
        "end": r"end(?:s|ed)|finish(?:es|ed)|completed|afgerond|rondde\s+\w+\s+af|voltooid|"
        r"eindigde(?:n)?|geëindigd|opgeleverd|delivered",
        "postpone": r"postpone[sd]?|delay(?:s|ed)?|defer(?:s|red)?|uitstellen|uitgesteld|"
        r"stelde(?:n)?\s+(?:\w+\s+){0,4}uit|verschoven|verschuiven",
        "introduce": r"introduce[sd]?|invoeren|ingevoerd|voerde(?:n)?\s+(?:\w+\s+){0,4}in|"
        r"took\s+effect|takes\s+effect|in\s+werking",
        "sell": r"sold|sells?|verkocht(?:en)?|verkopen|verkoopt",
        "acquire": r"acquired|bought|took\s+over|overgenomen|nam(?:en)?\s+\w+\s+over|gekocht|"
        r"kocht(?:en)?",
        "merge": r"merged?|fuseerde(?:n)?|gefuseerd|fuseren",
        "publish": r"publish(?:es|ed)?|posted|gepubliceerd|publiceerde(?:n)?|publiceren|"
        r"openbaar\s+gemaakt|released",
        "resign": r"resign(?:s|ed)?|stepped\s+down|step\s+down|afgetreden|trad\s+\w+\s+af|"
        r"aftreden|opgestapt|stapte\s+op",
        "appoint": r"appoint(?:s|ed)?|benoemd|benoemde(?:n)?|benoemen|hired|aangenomen",
        "dismiss": r"dismiss(?:ed|es)?|fired|laid\s+off|ontslagen|ontsloeg(?:en)?|ontslaan",
        "raise": r"raise[sd]?|increase[sd]?|verhogen|verhoogd|verhoogde(?:n)?",
    }.items()
}


def happenings(text: str) -> set[str]:
    """The happenings ``text`` names."""
    return {name for name, rx in HAPPENINGS.items() if rx.search(text)}


#: How many words a time may stand from the word of its happening ("per 1 augustus 2022 te
#: sluiten", "the new bridge would open in the spring of 2021").
REACH = 8
_WORD = re.compile(r"\w+")
BREAK = re.compile(r"[.;!?]|\b(?:and|en|but|maar|while|terwijl|whereas|because|omdat)\b", re.I)
# Dutch "sluiten" with a particle is another verb: aansluiten (join), uitsluiten (rule out),
# afsluiten (conclude)
_NOT_CLOSING = re.compile(r"\s+(?:zich\b|(?:[\w'’-]+\s+){0,6}?(?:aan|uit|af)\b)", re.I)
_ARTICLE = re.compile(r"\b(?:het|the)\s+$", re.I)
# "open" as a state: kept, staying, remaining open
_KEPT_OPEN = re.compile(
    r"\b(?:keep|keeps|keeping|kept|stay|stays|staying|stayed|remain|remains|remained|"
    r"blijft|blijven|bleef|bleven|houden|houdt|hield|hielden)\b[^.;]*$",
    re.I,
)
_OPEN_KEPT = re.compile(
    r"\s+(?:te\s+)?(?:blijven|blijft|bleef|bleven|houden|houdt|gehouden)\b", re.I
)
# another act between a time and a happening takes the time: "In 2021 Hoekstra still opposed
# moving …", "turned down Callahan's proposal to move …", "estimated that moving …", "backed
# signing the deal in September 2019", "keurde in 2020 het voorstel goed om … te sluiten"
_OTHER_ACT = re.compile(
    r"\b(?:backed|supported|opposed|rejected|approved|accepted|endorsed|estimated|predicted|"
    r"expected|turned\s+down|went\s+along|sided|attended|voted|discussed|criticised|"
    r"criticized|doubted|learned|learnt|heard|feared|wanted|refused|considered|advocated|"
    r"argued\s+for|called\s+for|pushed\s+for|pleitte(?:n)?|pleit|drong\s+aan|"
    r"proposal|plan|plans|request|offer|promise|decision|idea|intention|deal\s+to|"
    r"steunde(?:n)?|keurde(?:n)?|goedgekeurd|wees|afgewezen|verwierp(?:en)?|verzette|"
    r"schatte(?:n)?|voorspelde(?:n)?|woonde|stemde(?:n)?|besprak(?:en)?|bekritiseerde|"
    r"twijfelde(?:n)?|hoorde(?:n)?|vreesde(?:n)?|weigerde(?:n)?|overwoog|wilde(?:n)?|"
    r"voorstel|plannen|verzoek|bod|belofte|besluit|idee)\b",
    re.I,
)


def happening_at(text: str, start: int, end: int) -> set[str]:
    """The happenings named within :data:`REACH` words of ``text[start:end]`` (a time), in its
    own clause: no sentence end, coordinating "and"/"en" or other act between them. Only
    verbs name a happening here: a noun ("the opening", "de sluiting") or a gerund ("backed
    signing") is the object of another act, whose time it is."""
    out: set[str] = set()
    for name, rx in HAPPENINGS.items():
        for m in rx.finditer(text):
            if _ARTICLE.search(text, max(0, m.start() - 5), m.start()):
                continue  # "het sluiten van verloskunde": a noun, the object of another act
            if name == "close" and _NOT_CLOSING.match(text, m.end()):
                continue  # "sloot zich aan bij" (joined), "sluit samenwerking uit" (rules out)
            if name == "open" and (
                _KEPT_OPEN.search(text, max(0, m.start() - 40), m.start())
                or _OPEN_KEPT.match(text, m.end())
            ):
                continue  # "keeping the office open", "open zou blijven": a state
            a, b = (m.end(), start) if m.end() <= start else (end, m.start())
            if a > b:
                out.add(name)  # the time is inside the happening's words
                continue
            gap = text[a:b]
            if (
                len(_WORD.findall(gap)) <= REACH
                and not BREAK.search(gap)
                and not _OTHER_ACT.search(gap)
            ):
                out.add(name)
                break
    return out
