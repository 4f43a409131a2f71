"""The writer's scene and portrait, which no record holds: what a place smells like ("In het
trappenhuis van nummer 40 ruikt het naar natte kranten"), what anyone who visits sees ("Wie hem
op een dinsdagmiddag in de foyer spreekt, ziet hem eerst de kopjes opruimen"), a character in a
phrase ("Hij is geen man van grote woorden", "She is not a woman given to drama"), a metaphor
that recasts what was just said ("Voor een oudere patiënt zonder auto is dat geen ritje, maar
een expeditie") and background that places the story ("Het is niet de eerste keer dat
isolatiesubsidies in opspraak raken"): commentary.

Each form is general in both languages; what they share is that the sentence describes or
frames, with nobody's act, statement or figure in it. A named smell in a tenant's complaint
("De slaapkamer ruikt naar schimmel") has a subject of its own and stays a claim; only the
impersonal "ruikt het"/"it smells" sets a scene.
"""

from __future__ import annotations

import re

__all__ = ["is_scene"]

_SCENE_RE = re.compile(
    # an impersonal smell or sound: "ruikt het naar natte kranten", "it smells of bleach"
    r"(?i)\b(?:ruikt|rook|riekt|klinkt)\s+het\s+(?:\w+\s+){0,2}?naar\b|"
    r"\bit\s+(?:smells|smelled|smelt|reeks|reeked)\s+of\b|"
    # whoever visits sees: "Wie hem ... spreekt, ziet hem eerst ...", "Anyone who visits
    # finds ..."
    r"^(?:wie|whoever|anyone\s+who|those\s+who)\s+[^,]{3,80},?\s+(?:ziet|hoort|merkt|vindt|"
    r"treft|sees|hears|notices|finds|will\s+see|will\s+find)\b|"
    # a character in a phrase: "Hij is geen man van grote woorden", "not a man given to"
    r"\b(?:is|was)\s+geen\s+(?:man|vrouw|mens|type|prater|bestuurder)\s+(?:van|die)\b|"
    r"\b(?:is|was)\s+not\s+(?:a|the)\s+(?:man|woman|person|type)\s+(?:of|who|given\s+to|to)\b|"
    # a metaphor that recasts: "is dat geen ritje, maar een expeditie", "not a trip but an
    # expedition"
    r"\b(?:is|was)\s+(?:dat|dit|het)\s+geen\s+\w+,?\s+maar\s+een\s+\w+\s*[.!]?$|"
    r"\b(?:is|was)\s+not\s+an?\s+\w+,?\s+but\s+an?\s+\w+\s*[.!]?$|"
    # background that places the story
    r"^(?:het\s+is\s+niet\s+de\s+eerste\s+keer\s+dat|it\s+is\s+not\s+the\s+first\s+time\s+"
    r"(?:that\s+)?(?:a|an|the)?\s*\w+s\b)"
)


def is_scene(clean: str) -> bool:
    """``clean`` sets a scene, portrays or frames, with no claim of anyone's in it."""
    return _SCENE_RE.search(clean) is not None
