"""A party's reaction to what others said, with no content of its own: the document's
commentary or meta, not a claim to check ("Crennick Foods denies the allegations", "Whitcombe
disputes that account", "Quillon will contest them in full", "The club is aware of reports in
today's newspapers", "De zorgkring laat weten niet in te gaan op individuele cliënten").

The shape decides, not the party: a subject, a verb of stance toward what was said (deny,
dispute, reject, contest; ontkennen, betwisten), and as its object only a reference back to
what was said (the allegations, that account, those findings, them; de beschuldigingen, die
lezing). A reaction that carries content of its own ("denies that it ever kept tests back",
"disputes the figure of 17 swabs") has a that-clause, a number or a name after the verb, and
stays a claim."""

from __future__ import annotations

import re

__all__ = ["reaction_reason"]

_SUBJECT = r"^[A-Z\"'‘“][^,;:.!?]{0,70}?\s"
_ADV_EN = r"(?:(?:also|strongly|firmly|categorically|flatly|fully|still)\s+)?"
_STANCE_EN = (
    r"(?:will\s+|would\s+|is\s+to\s+|intends\s+to\s+)?(?:denies|deny|denied|disputes|dispute|"
    r"disputed|rejects|reject|rejected|contests|contest|contested|challenges|challenge|"
    r"disagrees\s+with|disagree\s+with|disagreed\s+with|refutes|refute|"
    r"(?:is|are|was|were)\s+aware\s+of|notes?|noted|has\s+noted|have\s+noted)"
)
_ADV_NL = r"(?:(?:ook|stellig|ten\s+stelligste|nog\s+steeds|volledig)\s+)?"
_STANCE_NL = (
    r"(?:ontkent|ontkennen|ontkende|betwist|betwisten|betwistte|bestrijdt|bestrijden|"
    r"weerspreekt|weerspreken|verwerpt|verwerpen|is\s+het\s+(?:daar\s+)?niet\s+eens\s+met|"
    r"is\s+het\s+oneens\s+met|herkent\s+zich\s+niet\s+in|is\s+op\s+de\s+hoogte\s+van)"
)
_DET = (
    r"(?:the|these|those|that|this|its|such|all|any|his|her|their|de|die|dat|deze|dit|het|"
    r"alle|zijn|haar|hun)\s+(?:[a-z][\w'’-]*\s+){0,2}"
)
_WHAT_WAS_SAID = (
    r"(?:allegations?|claims?|accusations?|account|findings|reports?|comments?|criticism|"
    r"conclusions?|version|characteri[sz]ation|suggestions?|assertions?|statements?|story|"
    r"stories|reporting|remarks|beschuldigingen|aantijgingen|verwijten|lezing|kritiek|"
    r"bevindingen|conclusies|berichtgeving|verhaal|beweringen|weergave|uitspraken)"
)
_REACTION = re.compile(
    rf"{_SUBJECT}(?:{_ADV_EN}{_STANCE_EN}|{_ADV_NL}{_STANCE_NL})\s+"
    rf"(?:{_DET})?{_WHAT_WAS_SAID}\b"
)
#: a promise to fight what was said, its object a pronoun: "Quillon will contest them in full";
#: a bare "Voss denies this" answers one claim and is a claim itself
_WILL_CONTEST = re.compile(
    rf"{_SUBJECT}(?:will|shall|zal|zullen)\s+{_ADV_EN}(?:contest|challenge|dispute|fight|"
    r"aanvechten|bestrijden|betwisten)\s+(?:them|it|this|these|ze|dat|dit|die|deze)"
    r"(?:\s+(?:in\s+full|fully|vigorously|firmly|volledig))?\s*[.!]?$"
)
#: content after the object: a that-clause, or a relative clause that says what was said
_CONTENT = re.compile(r"(?i)\b(?:that|which|dat|die|waarin|waaruit|who)\s+\w+")
#: declining to answer: "laat weten niet in te gaan op ...", "wilde niet reageren op ..."
_DECLINE_NL = re.compile(
    r"(?i)\bniet\s+(?:in\s+te\s+gaan|te\s+willen\s+reageren|te\s+reageren|inhoudelijk\s+te\s+"
    r"reageren)\s+op\b[^\d]*$"
)
#: setting out one's position: "The club wishes to set out the facts."
_PREFACE = re.compile(
    r"(?i)^[^,;:]{2,70}?\s(?:wishes|wants|would\s+like|wil|willen)\s+(?:graag\s+)?"
    r"(?:to\s+)?(?:set\s+out|clarify|correct|explain|state)\s+the\s+(?:facts|record|position)"
    r"\s*[.!]?$"
)


def reaction_reason(clean: str) -> str | None:
    """ "commentary" for a stance toward what was said, "meta" for declining to answer or
    announcing one's position; None when the sentence is no such reaction."""
    s = " ".join(clean.split())
    m = _REACTION.match(s)
    if m and not _CONTENT.search(s[m.end() :]) and not re.search(r"\d", s):
        return (
            "meta" if re.search(r"(?i)\baware\s+of\b|\bop\s+de\s+hoogte\b", s) else ("commentary")
        )
    if _WILL_CONTEST.match(s):
        return "commentary"
    if _DECLINE_NL.search(s) or _PREFACE.match(s):
        return "meta"
    return None
