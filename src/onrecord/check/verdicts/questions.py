"""Rule 9c: a question says nothing of what is so.

"Woensdag om half één bij Café De Sleutel?" asks; it does not report a lunch ("Sophie van der
Linden and Femke de Graaf had lunch at Café De Sleutel in September 2018": the judge 0.90), nor
does "Can I put that date in the transparency report?" report that the date was put there
(0.95), and "Zijn er al besluiten genomen over de papieren krant?" denies no decision (0.96).
Where the statement is a direct question and the claim is a fact (not about what someone said,
asked, proposed or objected: the question is then the act the claim reports), the judge's
entailment and contradiction keep :data:`QUESTION_FACTOR`; the rest becomes neutral. English
and Dutch.
"""

from __future__ import annotations

import re

from onrecord.check.claims.extract import ABOUT_SPEECH, Claim
from onrecord.check.verdicts.evidence import Evidence, add_note
from onrecord.check.verdicts.frames import Framed
from onrecord.models.base import Judgment

__all__ = ["QUESTION", "QUESTION_FACTOR", "asked", "is_question", "keep_share", "question_act"]

#: What is kept of the judge's entailment and contradiction of a question (as of a plan:
#: :data:`onrecord.check.verdicts.evidence.PLAN_FACTOR`).
QUESTION_FACTOR = 0.35
QUESTION = "a question, not a statement of what is so"

_END = re.compile(r"\?[\s\"'”’»)]*$")
#: claims whose act a question may be: asking, requesting, proposing, inviting, objecting,
#: agreeing ("Dijkhuis requested that…", "Kuipers never raised any objection…", "sided with")
_ASKING = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|quer(?:y|ied)|question(?:ed)?|"
    r"propos(?:e|es|ed|ing|al)|suggest(?:s|ed|ing|ion)?|invit(?:e|es|ed|ing|ation)|"
    r"object(?:s|ed|ing|ion)|raised?|urged?|press(?:ed)?|push(?:ed)?|agree(?:d|s)?|"
    r"sided|wanted to know|vroeg(?:en)?|vragen|gevraagd|verzo(?:ek|cht)\w*|stelde(?:n)? \S+ voor|"
    r"voorstel\w*|voorgesteld|nodigde\w*|uitgenodigd|bezwaar|drong\w*|aangedrongen|"
    r"informeerde\w*|eens|akkoord)\b",
    re.I,
)


def is_question(text: str) -> bool:
    """``text`` is a direct question: it ends with a question mark."""
    return _END.search(text.strip()) is not None


def question_act(claim: str) -> bool:
    """The claim reports an act a question may be (asking, proposing, objecting, agreeing)."""
    return _ASKING.search(claim) is not None


def asked(e: Evidence, claim: Claim, framed: Framed) -> None:
    """Rule 9c (see the module): a question is no evidence of a fact, either way."""
    j = e.judgment
    if j is None or claim.kind == ABOUT_SPEECH or framed.frame is not None:
        return
    said = e.hit.via_endorsement.text if e.hit.via_endorsement else e.hit.text
    if not is_question(said) or question_act(claim.text):
        return
    keep_share(e, QUESTION_FACTOR, QUESTION, "question")


def keep_share(e: Evidence, factor: float, why: str, mark: str) -> None:
    """Keep ``factor`` of the judge's entailment and contradiction of ``e`` (the rest becomes
    neutral), marked in the judgment's extras as ``mark`` and noted ``why``."""
    j = e.judgment
    if j is None:
        return
    p = dict(j.probs)
    ent = p.get("entailment", 0.0) * factor
    con = p.get("contradiction", 0.0) * factor
    p = {"entailment": ent, "neutral": 1.0 - ent - con, "contradiction": con}
    label = max(p, key=lambda k: p[k])
    e.judgment = Judgment(label, p, j.judge, j.rationale, j.quote, {**j.extra, mark: True})
    add_note(e, why)
