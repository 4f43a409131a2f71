"""Lines about the reporting, not about the matter, that writers add in both languages: the
right of reply ("X was invited to respond", "had not replied by the time of broadcast"), where
to watch or read more ("De hele vergadering is terug te kijken via ...", "kunnen ... bekijken
op veldlijn.nl"), attachments ("Copies ... are attached as Annexes A to F") and a correction
note ("In een eerdere versie van dit profiel stond ...", "Onze excuses daarvoor."): meta.

And a writer's own feeling, which no record can confirm ("Ik ben boos", "I am not the only
one", "Honestly, I think ..."): commentary."""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import is_verb

__all__ = ["META_NOTE_RE", "OWN_FEELING_RE", "SCHEDULED_RE", "is_form_field"]

META_NOTE_RE = re.compile(
    # the right of reply
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:invited|asked|approached)\s+(?:to\s+(?:respond|"
    r"comment|reply)|for\s+(?:a\s+)?(?:comment|response|reaction))\b|"
    r"\b(?:had|has|have)\s+not\s+(?:yet\s+)?(?:replied|responded)\s+by\s+the\s+time\s+(?:of\s+)?"
    r"(?:broadcast|publication|writing|going\s+to\s+press|this\s+\w+\s+went)\b|"
    r"\b(?:was|waren|is|zijn)\s+niet\s+bereikbaar\s+voor\s+(?:commentaar|een\s+reactie)\b|"
    # who is not named: "The surveyor was not named", "Hij wil niet met zijn naam in de krant"
    r"^(?:the|de|het|this|that)\s+[\w-]+\s+(?:was|were|is|are)\s+not\s+(?:named|identified)"
    r"\s*\.?$|\bdeclined\s+to\s+be\s+(?:named|identified)\b|\bwil(?:de)?\s+niet\s+met\s+"
    r"(?:zijn|haar|de)\s+naam\b|"
    # where to watch or read it
    r"\b(?:is|zijn|was)\s+(?:\w+\s+){0,2}?(?:terug\s+te\s+(?:kijken|zien|luisteren)|"
    r"na\s+te\s+(?:lezen|kijken|luisteren))\b|"
    r"\b(?:can|may)\s+be\s+(?:watched|viewed|read|found|streamed)\s+(?:again\s+)?(?:on|at|via)\b|"
    r"\b(?:bekijken|raadplegen|nalezen|vinden|lezen)\s+(?:op|via)\s+(?:www\.)?[\w-]+\."
    r"(?:nl|be|com|org|net|eu|uk)\b|"
    r"\b(?:view|find|read|check)\s+(?:\S+\s+){0,6}?(?:on|at)\s+(?:www\.)?[\w-]+\."
    r"(?:com|org|net|uk|co\.uk|eu)\b|"
    # attachments
    r"\b(?:is|are)\s+attached\s+(?:as|to|at|hereto)\b|\b(?:is|zijn)\s+(?:als\s+bijlage\s+)?"
    r"bijgevoegd\b|"
    # a correction note
    r"^(?:rectificatie:\s*|correction:\s*)?(?:in\s+een\s+eerdere\s+versie\s+van\s+(?:dit|het)\s+"
    r"\w+|an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+\w+)\b|"
    r"^(?:onze|our)\s+(?:excuses|apologies)\b|^we\s+apologi[sz]e\s+for\s+(?:the|this|that)\s+"
    r"(?:error|mistake)\b",
    re.I,
)

OWN_FEELING_RE = re.compile(
    r"^(?:en\s+|and\s+)?(?:ik\s+ben|wij\s+zijn|we\s+zijn|i\s+am|i['’]m|we\s+are|we['’]re)\s+"
    r"(?:(?:zo|heel|erg|echt|so|very|really)\s+)?(?:boos|woedend|kwaad|teleurgesteld|verdrietig|"
    r"trots|bang|bezorgd|gefrustreerd|angry|furious|disappointed|upset|proud|worried|"
    r"frustrated)\b|"
    r"^(?:en\s+|and\s+)?(?:ik\s+ben|i\s+am|i['’]m)\s+niet\s+de\s+enige\b|"
    r"^(?:and\s+)?i['’]?m\s+not\s+the\s+only\s+one\b|^(?:and\s+)?i\s+am\s+not\s+the\s+only\s+one\b|"
    # "Honestly, I think the moor can take it": a sentence adverb, then the belief
    r"^\w+,\s+(?:i|we|ik|wij)\s+(?:think|believe|feel|denk|vind|vinden|geloof)\b|"
    # the writer rejecting an explanation: "we do not accept that explanation", "Wij
    # accepteren die uitleg niet"
    r"^(?:we|i)\s+(?:do\s+not|don['’]t|cannot|can['’]t|will\s+not)\s+accept\s+(?:that|this|the|"
    r"their|its|his|her)\s+(?:explanation|argument|reasoning|account|excuse)\b|"
    r"^(?:wij|we|ik)\s+(?:accepteren|accepteer|aanvaarden|aanvaard)\s+(?:die|deze|dat|dit|de|"
    r"het)\s+(?:uitleg|verklaring|redenering|argument|excuus)\s+niet\b|"
    # the writer's invitation: "Dat valt te controleren, en ik nodig de raad uit dat te doen"
    r"\b(?:ik|wij|we)\s+nodig(?:en)?\s+(?:\w+\s+){1,4}uit\b|\b(?:i|we)\s+invite\s+(?:the|you)\b|"
    # the writer's weighing: "The case raises uncomfortable questions for an industry ...",
    # "Five months is a very long time to ..."
    r"^(?:the|this|that|de|deze|die|dit)\s+(?:case|affair|ruling|episode|zaak|kwestie|uitspraak)"
    r"\s+(?:raises|roept)\s+(?:\w+\s+)?(?:questions|vragen)\b|"
    r"\b(?:is|was)\s+(?:a\s+)?(?:very|far\s+too|too|an\s+awfully|erg|veel\s+te|heel)\s+"
    r"(?:long|lang)(?:e)?\s+(?:time|tijd)\b",
    re.I,
)

#: a scheduled step stated in the present tense: "Volgend voorjaar stemmen de leden over het
#: plan", "De renovatie moet in het voorjaar van 2026 klaar zijn", "Next spring members vote"
SCHEDULED_RE = re.compile(
    r"^(?:volgend|volgende|komend|komende)\s+(?:jaar|week|maand|voorjaar|najaar|zomer|winter|"
    r"kwartaal|maandag|dinsdag|woensdag|donderdag|vrijdag)\b|"
    r"^(?:next|later\s+this)\s+(?:year|week|month|spring|summer|autumn|winter|quarter)\b|"
    r"\bmoet(?:en)?\s+(?:\w+\s+){0,6}?(?:klaar|af|gereed|voltooid|afgerond)\s+zijn\b|"
    r"\b(?:is|are)\s+due\s+to\s+be\s+(?:completed|finished|ready)\b",
    re.I,
)

#: a form's bold label at the start of a line: "**Complainant:**", "**Betreft:**", "**Date:**"
#: (not a speaker's label in a transcript: "**Meijer:** Er zijn te weinig aannemers.")
_FIELD_LABEL = re.compile(
    r"(?i)^\s*\*\*(?:complainant|landlord|tenant|respondent|applicant|claimant|defendant|"
    r"date|re|subject|case|case\s+no\.?|reference|our\s+ref|address|klager|verhuurder|huurder|"
    r"datum|betreft|kenmerk|zaak|zaaknummer|adres|onderwerp):\*\*"
)


def is_form_field(original: str, clean: str) -> bool:
    """``original`` is a form's field ("**Complainant:** Larchfield Court Residents'
    Association, on behalf of 46 households"), its value without a verb: no claim."""
    if not _FIELD_LABEL.match(original):
        return False
    return not any(is_verb(w) for w in re.findall(r"[\w'’-]+", clean))
