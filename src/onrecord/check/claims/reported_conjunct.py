"""A second predicate that is a verb of saying reports the framer's second claim.

"Aspley confirmed that the letter had arrived but said no decision on the contract had been
taken." is split by the gold convention into two claims of Aspley's: "The letter had arrived." and
"No decision on the contract had been taken.". Split after the frame is stripped, the second verb
took the subject of the first complement ("The letter said no decision ..."), or kept its frame
("Hulsebosch zei dat de cijfers toen nog 'onbetrouwbaar' waren", about Hulsebosch instead of the
figures). Here the sentence is cut before the frame is stripped, the frame's speaker is put before
the second verb, and each part is stripped of its own frame: both parts are the speaker's claims,
each about its own subject.

Only when the head is framed by the same speaker ("X confirmed that A"); "She declined an
interview but said ..." (no frame in the head) is left to the ordinary split.
"""

from __future__ import annotations

import re

from onrecord.check.claims.claimant import strip_framing
from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.claim_text import end_sentence

__all__ = ["reported_conjunct"]

_REPORTING = (
    r"said|says|told|tells|added|adds|insisted|insists|argued|argues|stated|states|claimed|"
    r"claims|maintained|maintains|noted|notes|warned|warns|"
    r"zei|zegt|stelde|stelt|benadrukte|benadrukt|beweerde|beweert|verklaarde|verklaart|"
    r"waarschuwde|waarschuwt|voegde\s+(?:eraan\s+)?toe"
)
_SECOND = re.compile(
    rf"^(?P<head>[^\"“”;]{{12,}}?)(?:,\s*|\s+)(?:but|and|maar|en)\s+(?:also\s+|ook\s+)?"
    rf"(?P<verb>{_REPORTING})\s+(?P<body>\S.+)$",
    re.I,
)


def reported_conjunct(
    clean: str, framer: str | None, lang: str | None, ctx: NameContext
) -> tuple[str, str] | None:
    """What the head reports and what the second verb of saying reports, when ``framer``
    frames both ("X confirmed that A but said B" -> ("A.", "B.")), else None."""
    m = _SECOND.match(clean.strip())
    if not m or not framer:
        return None
    first_framer, first = strip_framing(end_sentence(m["head"].strip()), lang, ctx, reported=True)
    second_framer, second = strip_framing(
        f"{framer} {m['verb']} {m['body']}", lang, ctx, reported=True
    )
    if first_framer != framer or second_framer != framer or first == second:
        return None
    return first, second
