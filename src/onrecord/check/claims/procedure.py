"""What a reader or party may or must do next, which no record holds: an instruction to the
reader ("Owners can check whether their unit is affected at tidewell.example/recall", "Wie een
kaart via een doorverkoper heeft gekocht, moet zich tot die verkoper wenden") and a term still
open to a party ("Udink heeft twee weken om in hoger beroep te gaan", "The company has 28 days
to respond") are the document's procedure ("meta"); a promise with a term still running in the
present tense ("Kaarthouders krijgen hun geld binnen dertig dagen teruggestort", "Refunds are
paid within 14 days") is an announcement, decided with the tense by
:func:`checkworthy.is_announcement`.

What stays a claim: the same in the past ("Udink had twee weken om ...", "paid within 14
days"), and what a plan imposes on a group ("Na de sluiting moeten patiënten naar de post in
Ommelingen"): only the generic "wie"/"anyone who" subject, a reader's act (check, contact,
apply) or a term to act ("twee weken om") makes a sentence an instruction.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import PREPOSITIONS, WISH_WORDS

__all__ = ["addressee_duty", "bare_condition", "fronted_wish", "is_instruction", "within_term"]

_NUM = (
    r"(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|veertien|dertig|zestig|"
    r"a|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty|sixty)"
)
_UNIT = r"(?:werk)?(?:dagen|weken|maanden)|(?:working\s+|business\s+)?(?:days|weeks|months)"

_INSTRUCTION_RE = re.compile(
    # a generic "whoever" subject with a duty or a right: "Wie een kaart ... heeft gekocht,
    # moet zich tot die verkoper wenden", "Anyone who bought a ticket can ..."
    r"(?i)^(?:wie|whoever|anyone\s+who|those\s+who|customers\s+who|owners\s+who)\s+[^,?]{3,90}"
    r"?,?\s+(?:moet|moeten|kan|kunnen|mag|mogen|must|can|may|should)\b|"
    # a reader's act: "Owners can check whether ...", "Klanten kunnen contact opnemen met ..."
    r"^(?:owners|customers|users|readers|residents|members|parents|passengers|ticket\s*holders|"
    r"you|klanten|eigenaren|eigenaars|gebruikers|lezers|bewoners|ouders|kaarthouders|u)\s+"
    r"(?:\w+\s+){0,3}?(?:can|may|should|kunnen|kan|moeten|mogen)\s+(?:\w+\s+){0,2}?"
    r"(?:check|contact|call|email|e-mail|register|apply|visit|request|return|find\s+out|"
    r"controleren|nagaan|bellen|mailen|aanmelden|terugbrengen|terugsturen|aanvragen|"
    r"contact\s+opnemen|zich\s+melden)\b|"
    # a term still open to act: "heeft twee weken om in hoger beroep te gaan", "has 28 days to"
    rf"\b(?:heeft|hebben|krijgt|krijgen|has|have|gets|get)\s+(?:nog\s+|still\s+)?{_NUM}\s+"
    rf"(?:{_UNIT})\s+(?:om|to)\b"
)

#: a call to the reader, in the imperative: "Forward this email to a friend", "Stuur een brief
#: naar de redactie", "Please reply to ..." (the verb, then what it acts on)
_CALL_RE = re.compile(
    r"^[\"“„‘']?\s*(?:(?:please|graag)\s+)?(?:forward|reply|read|click|subscribe|share|contact|"
    r"call|e-?mail|write|visit|join|donate|follow|listen|watch|download|register|send|tell|sign|"
    r"stuur|lees|klik|abonneer|deel|bel|mail|bezoek|volg|luister|kijk|schrijf|meld|neem|doe|"
    r"word)\s+(?:this|these|the|a|an|our|your|us|me|it|to|on|for|up|in|een|de|het|dit|deze|ons|"
    r"onze|je|jouw|uw|via|naar|op|mee|contact|lid)\b",
    re.IGNORECASE,
)
#: a speech frame after it: "Read the report, Vale told Okafor" reports what was said
_SAID_AFTER = re.compile(
    r"(?i),\s*[^,]{0,40}\b(?:said|says|wrote|writes|told|tells|asked|replied|zei|zegt|schreef|"
    r"schrijft|vroeg|antwoordde)\b"
)
#: what the addressee of a letter must do: "U moet de vaten ... opslaan", "You must repay ..."
_DUTY_RE = re.compile(r"(?i)^(?:u|you)\s+(?:moet|dient|must|need\s+to|have\s+to)\b")
_WITHIN_RE = re.compile(rf"(?i)\b(?:binnen|within)\s+{_NUM}\s+(?:{_UNIT})\b")
#: a term someone is held to: "Corbeck's repairs policy promises to fix damp within 90 days" is a
#: stated commitment, which the record can hold against them
_HELD_TO_RE = re.compile(
    r"(?i)\b(?:promises?|promised|pledges?|guarantees?|requires?|states?|says?|policy|belooft|"
    r"beloven|garandeert|garanderen|vereist|stelt|zegt|beleid|regeling)\b"
)


def is_instruction(clean: str) -> bool:
    """``clean`` tells a reader or a party what they may or must do next (present tense)."""
    if _INSTRUCTION_RE.search(clean):
        return True
    return _CALL_RE.match(clean) is not None and not _SAID_AFTER.search(clean)


def addressee_duty(clean: str) -> bool:
    """``clean`` tells the letter's addressee what they must do: an act still to come."""
    return _DUTY_RE.match(clean.strip()) is not None


def within_term(clean: str) -> bool:
    """``clean`` names a term counted from now ("binnen dertig dagen", "within 14 days"): with
    a present tense, a promise still to be kept."""
    return _WITHIN_RE.search(clean) is not None and _HELD_TO_RE.search(clean) is None


#: a condition standing alone, the answer to a question: "Only if a club meets our valuation.",
#: "Alleen als de provincie meebetaalt." (a condition with its main clause, "Als de raad
#: instemt, begint de bouw", is left to the tense of that clause)
_BARE_CONDITION_RE = re.compile(
    r"(?i)^[\"“„‘']?\s*(?:only\s+if|unless|alleen\s+als|pas\s+als|tenzij|mits)\s+"
    # no main clause after it: "Only if X met it would the board have sold him" has one
    r"(?![^,;:]*\b(?:would|will|could|can|did|does|zou|zal|kon|kan|werd|wordt)\b)"
    r"[^,;:]{3,80}[.!]?[\"”’']?\s*$"
)


def bare_condition(clean: str) -> bool:
    """``clean`` is only a condition, with no main clause: it states nothing that happened."""
    return _BARE_CONDITION_RE.match(clean.strip()) is not None


def fronted_wish(main: list[str]) -> bool:
    """The main clause (lower-cased words) opens with a prepositional adjunct and its finite
    verb is a wish ("Op de plek van het zwembad wil projectontwikkelaar Dommelhof 48 woningen
    bouwen", "Next year the council wants ..."): an intention put after the place or time."""
    if not main or main[0] not in PREPOSITIONS:
        return False
    return any(w in WISH_WORDS for w in main[1:12])
