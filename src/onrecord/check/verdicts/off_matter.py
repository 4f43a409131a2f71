"""Rule 9b: a negation or a figure on another matter of the claim's topic is no reason to
contradict the claim.

Rule 9 (:func:`onrecord.check.verdicts.evidence.unreasoned`) keeps the judge's contradiction where a
reason shows: one side negated, another amount. Sentences of one topic carry such things about
other matters of it: "Redstone investeert de komende drie jaar 5 miljoen euro in onze digitale
producten." is no answer to "Redstone betaalde bij de overname in 2018 meer dan 20 miljoen euro
voor Lindeveld Media." (0.94), nor "Oppositieraadslid Ilse Bakker overweegt een motie van
wantrouwen." (a negation? "wantrouwen") to "Ilse Bakker voted against the Vaartbrug budget"
(0.75). Where the only reason is a negation or an amount and the statement shares no word of
the claim's matter (:func:`onrecord.check.verdicts.claim_matter.on_matter`: names, numbers and words of
measure aside), the contradiction is read as another matter's: it keeps
:data:`onrecord.check.verdicts.evidence.UNREASONED_FACTOR`, the rest becomes neutral. A contradiction a
rule made (a hedge of a firm claim, amounts compared) is left to that rule.
"""

from __future__ import annotations

from onrecord.check.claims.extract import Claim
from onrecord.check.contradictions.opposition import AMOUNT, POLARITY
from onrecord.check.verdicts.claim_matter import on_matter
from onrecord.check.verdicts.contradiction_reason import noted, reason
from onrecord.check.verdicts.evidence import UNREASONED_FACTOR, Evidence, add_note, when
from onrecord.check.verdicts.frames import Framed
from onrecord.check.verdicts.ruled import raised
from onrecord.models.base import Judgment

__all__ = ["OFF_MATTER", "off_matter"]

OFF_MATTER = "a negation or figure of another matter of the topic, not of the claim's"
#: the reasons a sentence of the topic carries about any of its matters
_LOOSE = (POLARITY, AMOUNT)


def off_matter(e: Evidence, claim: Claim, framed: Framed) -> None:
    """Rule 9b (see the module): scale down a contradiction whose only reason lies on another
    matter of the claim's topic."""
    j = e.judgment
    if j is None or j.label != "contradiction" or framed.negated or "unreasoned" in j.extra:
        return
    if e.hit.via_endorsement is not None or noted(e.note or "") or raised(j):
        return
    said = e.hit.text
    date = when(e.hit.date, e.hit.date_offset)
    texts = [said] + [p.removeprefix(date) for p, _ in e.readings[1 : e.alternatives + 1]]
    claims = {framed.content, claim.text}
    why = {reason(t, c, e.hit.lang, claim.lang, e.hit.date) for t in texts for c in claims}
    why.discard(None)
    if not why or not why <= set(_LOOSE):
        return
    if any(on_matter(t, c, e.hit.lang, claim.lang) for t in texts for c in claims):
        return
    p = dict(j.probs)
    con = p.get("contradiction", 0.0)
    p["contradiction"] = con * UNREASONED_FACTOR
    p["neutral"] = p.get("neutral", 0.0) + con - p["contradiction"]
    label = max(p, key=lambda k: p[k])
    e.judgment = Judgment(label, p, j.judge, j.rationale, j.quote, dict(j.extra, off_matter=con))
    add_note(e, OFF_MATTER)
