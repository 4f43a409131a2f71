"""A verdict on the proposal a reply answers or a comment forwards, in English and Dutch.

"This is a fair offer", "Good plan", "Goed aanbod van Marlowe", "Ik vind het een goed plan",
"Ik vind het advies van de DSMB verstandig", "I think we should take it", "Mijn advies is om
het aan te nemen" back what they answer; "This is not going to happen", "Dit gaat niet
gebeuren", "Not interested", "I'm against this", "I can't support it" reject it. A bare
assent word opening a clause ("Yup, keep it internal.", "Akkoord, dat nemen we zo op.") agrees.

Every pattern is anchored at the sentence's start (after a vocative or a "yes,"): an appraisal
inside a longer sentence ("the timing is right", "a good plan for the weekend would be …") is
the writer's own statement about something else. The noun must name a proposal (offer, plan,
advice, decision, Dutch compounds ending in one: "overdrachtsplan"), and the phrase must end
there, or go on with a name ("of Marlowe", "voor Melkvaart") or a new clause after a comma.
"""

from __future__ import annotations

import re

__all__ = ["appraisal"]

AGREE, DISAGREE = "agree", "disagree"

_LEAD = r"^(?:[A-Za-z]+\s*,\s*)?(?:(?:yes|yeah|ok|okay|ja|oké|oke|well|nou)\b[\s,.!:;-]*)?"
_PROPOSAL_EN = (
    r"(?:offer|proposal|plan|idea|deal|suggestion|advice|decision|approach|solution|compromise"
    r"|bid|opportunity|call)"
)
_PROPOSAL_NL = r"(?:\w*(?:plan|voorstel|aanbod|bod|idee|advies|besluit)|oplossing|compromis|kans)"
_GOOD_EN = (
    r"(?:(?:really|very|genuinely|truly|an?\s+)\s*)*(?:fair|good|great|excellent|sensible|reasonable"
    r"|generous|solid|sound|strong|smart|wise|realistic|careful)"
)
_GOOD_NL = (
    r"(?:(?:een|echt|heel|zeer|erg|bijzonder)\s+)*(?:goed|prima|uitstekend|sterk|verstandig"
    r"|redelijk|eerlijk|fair|mooi|genereus|realistisch|zorgvuldig|terecht)e?"
)
# the phrase ends: a name after "of"/"van" ("Goed aanbod van Marlowe"), then the sentence's end
# or a new clause after a comma or colon
_END = (
    r"(?:\s+(?:from|of|by|for|van|voor)\s+(?:the\s+|de\s+|het\s+)?[\w'-]+(?:\s+[A-Z][\w'-]*)?)?"
    r"\s*(?:[.!,;:]|\s-|$)"
)
_VERDICT = (
    # "This is a fair offer", "That's a good plan", "Good plan", "Fair offer from Marlowe"
    rf"{_LEAD}(?:(?:this|that|it)(?:'s|\s+is|\s+seems|\s+looks)\s+(?:like\s+)?)?(?:an?\s+)?"
    rf"{_GOOD_EN}\s+{_PROPOSAL_EN}s?{_END}"
    rf"|{_LEAD}i\s+think\s+(?:this|that|it)\s+is\s+(?:an?\s+)?{_GOOD_EN}\s+{_PROPOSAL_EN}{_END}"
    # "Goed aanbod van Marlowe", "Ik vind dit een goed voorstel", "Dit is een goed plan"
    rf"|{_LEAD}(?:(?:ik\s+)?vind\s+(?:ik\s+)?(?:dit|dat|het)\s+|(?:dit|dat|het)\s+(?:is|lijkt\s+me)\s+)?"
    rf"{_GOOD_NL}\s+{_PROPOSAL_NL}{_END}"
    # "Ik vind het advies van de DSMB verstandig", "Ik vind je voorstel goed"
    rf"|{_LEAD}ik\s+vind\s+(?:het|dit|dat|de|je|jouw|uw|zijn|haar|hun)\s+{_PROPOSAL_NL}"
    r"(?:\s+van\s+(?:de\s+|het\s+)?[\w'-]+)?\s+"
    rf"{_GOOD_NL}{_END}"
    # accepting what is offered: "I think we should take it", "Mijn advies is om het aan te nemen"
    r"|^(?:i\s+think\s+)?we\s+should\s+(?:take|accept|grab|sign)\s+(?:this|it|that|the\s+offer)\b"
    r"(?:\s+with\s+both\s+hands)?\s*(?:[.!,;:]|$)"
    r"|^(?:mijn\s+advies\s+is\s+(?:om\s+)?(?:het|dit|dat|het\s+aanbod)\s+aan\s+te\s+nemen"
    r"|(?:ik\s+denk\s+dat\s+)?we\s+(?:dit|dat|het)\s+(?:moeten|zouden\s+moeten)\s+(?:aannemen|accepteren"
    r"|tekenen))\b"
    r"|^(?:en\s+)?ik\s+wil\s+(?:dit|dat|het)\s+(?:graag\s+)?tekenen\b"
    # "This is exactly what we need", "Dit is precies de financiering die het lab nodig heeft"
    r"|^(?:this|dit)\s+is\s+(?:precies|exactly|just)\s+(?:wat|what|the\s+\w+|de\s+\w+|het\s+\w+)"
    r"(?:\s+(?:die|dat|that|which))?\s+(?:\w+\s+){0,3}?(?:nodig\s+(?:heeft|hebben|had|hadden)"
    r"|needs?|needed|hoped\s+for|op\s+(?:hoopte|hoopten|hoopt))\s*(?:[.!,;:]|$)"
    # "Dit is onze redding", "This is our lifeline", "Eindelijk iemand die het zegt zoals het is"
    r"|^(?:(?:dit|dat)\s+is\s+(?:onze|de)\s+redding|(?:this|that)\s+is\s+(?:our|a)\s+(?:lifeline"
    r"|salvation))\s*(?:[.!,;:]|$)|\bzeg(?:t|gen)?\s+(?:het\s+)?zoals\s+het\s+is\b|\btells?\s+it\s+like\s+it\s+is\b"
    # an assent word opening a clause: "Yup, keep it internal.", "Akkoord, dat nemen we zo op."
    r"|^(?:yup|yep|agreed|akkoord|eens|dat\s+klopt|klopt|inderdaad|indeed|exactly|precies)\s*"
    r"[,;:\u2013-]\s*(?=\w)"
)
_REJECT = (
    r"^(?:(?:this|that|it)\s+(?:is\s+not|isn't|is\s+never|'s\s+not)\s+going\s+to\s+happen"
    r"|(?:dit|dat|het)\s+(?:gaat|zal)\s+(?:echt\s+|dus\s+)?niet\s+gebeuren"
    r"|not\s+interested|niet\s+(?:ge)?interesseerd"
    r"|(?:i'm|i\s+am)\s+(?:\w+\s+)?against\s+(?:this|it|that)"
    r"|ik\s+ben\s+(?:hier|daar|er)\s+(?:\w+\s+)?tegen)\b"
    r"|\bi\s+(?:can't|cannot|can\s+not|won't|will\s+not)\s+support\s+(?:this|it|that)\b"
    r"|\bik\s+(?:kan|wil)\s+(?:hier\s+|daar\s+|er\s+)?niet\s+(?:mee\s+)?(?:instemmen|akkoord\s+gaan)\b"
    r"|\bik\s+ben\s+(?:hier|daar|er)\s+tegen\s*[.!]*$"
)
_VERDICT_RE = re.compile(_VERDICT, re.IGNORECASE)
_REJECT_RE = re.compile(_REJECT, re.IGNORECASE)


def appraisal(sentence: str) -> tuple[str, re.Match[str]] | None:
    """(stance, match) for a sentence that judges the proposal it answers, or None."""
    m = _REJECT_RE.search(sentence)
    if m:
        return DISAGREE, m
    m = _VERDICT_RE.search(sentence)
    if m:
        return AGREE, m
    return None
