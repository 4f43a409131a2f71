"""Rule 9d: a rumour the writer passes on is not what they say is so.

"Op de redactie gaat het gerucht dat Redstone de doordeweekse edities wil schrappen", "In
Lindewolde gaan verhalen rond dat de hogeschool de campus daar wil sluiten", "Ik hoor dat er in
het orkest geruchten gaan dat er toch musici uit moeten": the writer reports what others say,
most often to deny it in the next sentence. The judge reads the rumour's content as the
writer's: entailment 0.90-0.97 of "Brouwer verzette zich tegen de bezuinigingen die Redstone
wilde doorvoeren", contradiction 0.72 of "Kloosterman promised in 2017 that the Lindewolde
campus would stay open". On the training and development cases such sentences were read 384
times for a claim, and were a deciding statement 3 times.

Where the statement's main clause passes on a rumour (:func:`passes_on_rumour`), the judge's
entailment and contradiction keep :data:`RUMOUR_FACTOR` (as a question's); the rest becomes
neutral. Not for a claim whose act answers a rumour: confirming or denying it ("Dijkstra
confirmed to the works council that the ward would close next year": her passing the rumour on
is what shows she did not confirm it), or hearing of it; nor for a reply to it ("Dat gerucht
klopt niet." is its writer's answer). English and Dutch.
"""

from __future__ import annotations

import re

from onrecord.check.verdicts.evidence import Evidence
from onrecord.check.verdicts.questions import QUESTION_FACTOR, keep_share

__all__ = ["RUMOUR", "RUMOUR_FACTOR", "passes_on_rumour", "rumoured"]

RUMOUR_FACTOR = QUESTION_FACTOR
RUMOUR = "a rumour the writer passes on, not what they say is so"

# a rumour (or hearsay) whose content follows as a that-clause, before any full stop or colon:
# "gaat het gerucht dat", "gaan verhalen rond dat", "there are rumours that", "I hear that";
# not "because the rumours keep coming back: as long as I chair the board, …"
_RUMOUR = re.compile(
    r"\b(?:geruchte?n?|verhalen\s+rond|rumou?rs?|word\s+(?:is|has\s+it)|ik\s+hoor|"
    r"i\s+(?:hear|have\s+heard|'ve\s+heard)|people\s+are\s+saying|"
    r"er\s+wordt\s+(?:gezegd|gefluisterd))\b[^.;:!?]{0,60}?\b(?:dat|that)\b",
    re.I,
)
# a claim whose act answers or hears a rumour
_ANSWERS = re.compile(
    r"\b(?:confirm\w*|den(?:y|ies|ied)|bevestig\w*|ontken\w*|heard|hoorde\w*|gehoord|"
    r"rumou?rs?|geruchte?n?)\b",
    re.I,
)


def passes_on_rumour(text: str) -> bool:
    """The sentence reports a rumour or hearsay and its content ("Er gaan geruchten dat …")."""
    return _RUMOUR.search(text) is not None


def rumoured(e: Evidence, claim_text: str) -> None:
    """Rule 9d (see the module): a rumour passed on is no evidence of its content."""
    if e.judgment is None or e.hit.via_endorsement is not None or _ANSWERS.search(claim_text):
        return  # a reply to a rumour ("Dat gerucht klopt niet.") is the replier's own answer
    if passes_on_rumour(e.hit.text):
        keep_share(e, RUMOUR_FACTOR, RUMOUR, "rumour")
