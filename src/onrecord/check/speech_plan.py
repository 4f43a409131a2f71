"""A plan to speak is not the speech: "Ik zal de raad voorstellen het bestemmingsplan niet aan
te passen" (written on 1 March) does not show that the alderman proposed it to the council.

The evidence policy takes a proposal in the present ("I propose that we …", "Ik stel voor …",
"we should …") as the speech act a claim about speech reports
(:func:`onrecord.check.evidence.modality`): the mail is the proposal. A future auxiliary
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

__all__ = ["plans_speech", "said_claim", "speech_act_claim"]

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


# a verb of a speech act before an audience: proposing, presenting, announcing, telling
_SPEECH_ACT = re.compile(
    r"\b(?:proposed|proposes|suggested|presented|announced|told|informed|reported|recommended|"
    r"advised|promised|assured|pledged|warned|asked|put\s+(?:it|\w+)\s+to|"
    r"stelde(?:n)?\s+(?:\S+\s+){0,8}?voor|presenteerde(?:n)?|kondigde(?:n)?\s+(?:\S+\s+){0,8}?aan|"
    r"vertelde(?:n)?|informeerde(?:n)?|meldde(?:n)?|adviseerde(?:n)?|raadde(?:n)?\s+(?:\S+\s+)"
    r"{0,8}?aan|beloofde(?:n)?|verzekerde(?:n)?|waarschuwde(?:n)?|vroeg(?:en)?|"
    r"legde(?:n)?\s+(?:\S+\s+){0,8}?voor)\b",
    re.I,
)


def speech_act_claim(claim: str) -> bool:
    """The claim reports a speech act with its own occasion ("presented the plan to the board in
    June", "stelde de gemeenteraad voor"), which a mail planning it does not show; a claim of an
    attitude ("vond het acceptabel dat", "wanted", "was against") is none: what the mail says
    about a later time is its content, not a plan of the act."""
    return _SPEECH_ACT.search(claim) is not None
