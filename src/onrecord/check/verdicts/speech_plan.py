"""A plan to speak is not the speech: "Ik zal de raad voorstellen het bestemmingsplan niet aan
te passen" (written on 1 March) does not show that the alderman proposed it to the council.

The evidence policy takes a proposal in the present ("I propose that we …", "Ik stel voor …",
"we should …") as the speech act a claim about speech reports
(:func:`onrecord.check.verdicts.evidence.modality`): the mail is the proposal. A future auxiliary
before a verb of speaking ("I will propose to the board", "Ik zal de raad voorstellen", "we
gaan de bewoners informeren", "I'll tell the works council on Tuesday") announces a speech to
someone else, later: the claim that it was made needs a record of it.

The other way round, a claim that someone *said* or *wrote* something ("Hoekstra said he stood
behind the decision and that most customers never read their agreements anyway") is borne out
by the mail that says it, whatever plan the mail also states ("We passen de
verwerkersovereenkomst per 1 januari aan; de meeste klanten lezen die toch niet."):
:func:`said_claim` tells such claims from claims of a speech act with its own time and
audience ("presented the plan to the board in June").
"""

from __future__ import annotations

import re

__all__ = ["attitude_claim", "plans_speech", "said_claim"]

# a future auxiliary, then within eight words a verb of proposing, telling or announcing
_SPEECH_PLAN = re.compile(
    r"\b(?:will|shall|'ll|going\s+to|zal|zullen|ga|gaan)\b(?:\s+[\w'’-]+){0,8}?\s+"
    r"(?:propose|suggest|tell|inform|announce|present|report|recommend|advise|put\s+it\s+to|"
    r"voorstellen|voorleggen|vertellen|informeren|melden|aankondigen|presenteren|adviseren|"
    r"aanbevelen)\b",
    re.I,
)


def plans_speech(said: str) -> bool:
    """``said`` announces that its writer will propose, tell or announce something (a future
    auxiliary before a verb of speaking), not the speech itself."""
    return _SPEECH_PLAN.search(said.replace("’", "'")) is not None


# a verb of saying or writing, not of an act before an audience (presenting, telling the board)
_SAID = re.compile(
    r"\b(?:said|says|wrote|writes|stated|states|remarked|schreef|schrijft|zei|zegt|stelde\s+dat|"
    r"merkte\s+op)\b",
    re.I,
)


def said_claim(claim: str) -> bool:
    """The claim is that its subject said or wrote something: the mail saying it is that."""
    return _SAID.search(claim) is not None


# a verb of a state of mind, not of an act: what the subject thought, wanted or found
_ATTITUDE = re.compile(
    r"\b(?:found|finds|thought|thinks|believed|believes|felt|feels|wanted|wants|wished|hoped|"
    r"feared|expected|considered|regarded|deemed|was\s+(?:against|in\s+favou?r)|"
    r"vond(?:en)?|vindt|dacht(?:en)?|denkt|geloofde(?:n)?|wilde(?:n)?|wil|hoopte(?:n)?|"
    r"vreesde(?:n)?|verwachtte(?:n)?|achtte(?:n)?|(?:was|waren)\s+(?:\S+\s+){0,4}?tegen|"
    r"(?:was|waren)\s+voor)\b",
    re.I,
)


def attitude_claim(claim: str) -> bool:
    """The claim is of a state of mind ("vond het acceptabel dat", "wanted", "was against"),
    not of an act: what the mail says of a later time is its content, not a plan of the act
    (a claim of an act, "presented the plan to the board in June", is not shown by a mail
    that plans it)."""
    return _ATTITUDE.search(claim) is not None
