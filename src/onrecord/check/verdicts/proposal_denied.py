"""A claim that someone proposed or recommended something, against their own "I am not
suggesting that": the denial of the proposal is what the record says.

"Ashworth adviseerde in juni 2020 om de studiemateriaalbijdrage te verhogen" against Ashworth's
"I am not recommending a fee increase at this point."; "Ashford proposed in September 2019 to
reduce the number of printed editions" against "I'm not suggesting we touch the print days yet,
but I'd like a plan by Christmas."; "Ashworth stelde voor om de campus te sluiten" against "I am
not suggesting we close anything". The judge reads these as neutral (0.72-0.97): the words of
the matter are the same and it does not weigh the negated verb of proposing. A reader does: the
writer says in so many words that they do not propose it (yet), and a claim that they proposed
it then is contradicted by their mail of that time.

:func:`proposal_claim` tells a claim of proposing, recommending or advising ("proposed",
"suggested", "recommended", "advised", "urged", "stelde voor", "adviseerde", "raadde aan",
"pleitte voor"); :func:`denies_proposal` a statement whose writer denies proposing ("I am not
suggesting …", "I do not recommend …", "Ik stel niet voor …", "ik raad het af", "ik pleit niet
voor …"). Not a denial: a question ("Am I not suggesting …?"), a reported denial of another
("He is not proposing …": the caller takes only the subject's own words).

:func:`denied_proposal` asks both, and that the denial is of the claim's matter: written in
the period the claim names (the mail of that time), and, in one language, sharing a content
word with the claim ("printed editions" / "print days"); a claim that names no time needs that
shared word. "Claire Hughes suggested selling the site to another developer" is not
contradicted by her "I am not proposing demolition at this stage".
"""

from __future__ import annotations

import re

from onrecord.check.statements.period import claim_period, in_period
from onrecord.check.verdicts.firm_hedge import shared_words

__all__ = ["denied_proposal", "denies_proposal", "proposal_claim"]

_PROPOSAL_CLAIM = re.compile(
    r"\b(?:propos(?:ed|es)|suggest(?:ed|s)|recommend(?:ed|s)|advis(?:ed|es)|urged?|"
    r"argued\s+for|called\s+for|pleaded\s+for|stelde\w*\s+(?:\S+\s+){0,8}?voor|"
    r"(?:heeft|hebben|had)\s+(?:\S+\s+){0,6}?voorgesteld|adviseerde\w*|geadviseerd|"
    r"raadde\w*\s+(?:\S+\s+){0,6}?aan|aangeraden|pleitte\w*|bepleitte\w*|drong\w*\s+(?:\S+\s+){0,6}?aan)\b",
    re.I,
)
_FIRST = r"(?:i|we|i'm|we're|ik|wij|we)"
_DENIED = re.compile(
    rf"\b{_FIRST}\s+(?:am\s+|are\s+|do\s+|did\s+|will\s+|would\s+)?(?:not|never|n't)\s+"
    r"(?:\w+\s+){0,2}?(?:suggest|propos|recommend|advis|urg|argu\w*\s+for|call\w*\s+for)\w*|"
    rf"\b{_FIRST}\s+(?:do|did|would|will|am|are)n't\s+(?:\w+\s+){{0,2}}?"
    r"(?:suggest|propos|recommend|advis|urg)\w*|"
    r"\b(?:stel|stellen)\s+(?:ik|we|wij)?\s*(?:\S+\s+){0,6}?(?:niet|geen)\s+(?:\S+\s+){0,6}?voor\b|"
    r"\b(?:ik|wij|we)\s+(?:\S+\s+){0,2}?(?:niet|geen)\s+(?:\S+\s+){0,3}?(?:voorstellen|"
    r"voorstander|adviseren|aanraden|aanbevelen|pleiten)\b|"
    r"\b(?:ik|wij|we)\s+(?:stel|stellen)\s+(?:\S+\s+){0,3}?niets\s+voor\b|"
    r"\b(?:raad|raden)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,4}?af\b|"
    r"\b(?:ik|wij|we)\s+(?:raad|raden)\s+(?:\S+\s+){0,4}?af\b|"
    r"\b(?:ik|wij|we)\s+(?:heb|hebben)\s+(?:\S+\s+){0,3}?(?:niet|nooit)\s+(?:\S+\s+){0,4}?"
    r"(?:voorgesteld|geadviseerd|aangeraden|gepleit)\b|"
    r"\b(?:i|we)\s+(?:would\s+)?(?:advise|argue|recommend)\s+against\b",
    re.I,
)


def proposal_claim(claim: str) -> bool:
    """The claim is that its subject proposed, recommended, advised or urged something."""
    return _PROPOSAL_CLAIM.search(claim) is not None


def denies_proposal(said: str) -> bool:
    """The writer says they do not propose, recommend or advise it (see the module); a
    question is no denial."""
    if said.rstrip().endswith("?"):
        return False
    return _DENIED.search(said.replace("’", "'")) is not None


def denied_proposal(
    claim: str,
    content: str,
    said: str,
    lang_claim: str | None,
    lang_said: str | None,
    date: str | None,
) -> bool:
    """The subject's statement ``said`` (written on ``date``) denies proposing what ``claim``
    (its ``content`` without the frame) says they proposed (see the module)."""
    if not proposal_claim(claim) or not denies_proposal(said):
        return False
    period = claim_period(claim)
    if period is not None and not in_period(date, period):
        return False
    if lang_claim and lang_claim == lang_said:
        return shared_words(said, content, lang_said) >= 1
    return period is not None
