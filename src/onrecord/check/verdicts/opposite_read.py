"""A statement the judge reads as agreeing with the claim while the two name opposite acts or
states (:func:`onrecord.check.verdicts.opposite_words.opposite_words`): the judge read the content and
missed which way it goes, so its reading is turned round.

"The board approved the plan this morning, unanimously." against "Ashford meldde dat het
bestuur het plan had verworpen" (entailment 0.90), "In 2019 nemen we twee nieuwe verslaggevers
aan" against "dat er twee verslaggevers zouden verdwijnen" (0.85): the judge's entailment says
the two are about one matter, the opposite words say they disagree on it. On the training cases
every statement the judge read as entailing a claim across such a pair belonged to a claim the
record contradicts (seven claims, all predicted supported before). Where the claim's frame is
negated ("never said that …") the judge's reading of the content was already turned, and this
turns it back.
"""

from __future__ import annotations

from onrecord.check.verdicts.evidence import Evidence, add_note
from onrecord.check.verdicts.frames import Framed
from onrecord.check.verdicts.opposite_words import opposite_words
from onrecord.models.base import Judgment

__all__ = ["OPPOSITE_NOTE", "opposite_read"]

#: The note of a reading turned round; :mod:`onrecord.check.verdicts.contradiction_reason` counts it
#: as a reason to show.
OPPOSITE_NOTE = "opposite words read as agreement"


def opposite_read(e: Evidence, framed: Framed) -> None:
    """Turn the judge's reading round (entailment and contradiction exchanged) where it read
    the statement as agreeing with the claim's content, at least as likely as not, and the two
    name opposite acts or states."""
    j = e.judgment
    if j is None:
        return
    p = dict(j.probs)
    agrees = p.get("contradiction" if framed.negated else "entailment", 0.0)
    if agrees < 0.5:
        return
    via = e.hit.via_endorsement
    if via is not None and via.stance != "agree":
        return  # "disagreed with": the reply already turns the text round
    said = via.text if via is not None else e.hit.text
    pair = opposite_words(said, framed.content)
    if pair is None:
        return
    p["entailment"], p["contradiction"] = p.get("contradiction", 0.0), p.get("entailment", 0.0)
    label = max(p, key=lambda k: p[k])
    e.judgment = Judgment(label, p, j.judge, j.rationale, j.quote, dict(j.extra, opposite=pair))
    why = f"{OPPOSITE_NOTE} ({pair})"
    add_note(e, why)
