"""An appeal to the addressee: the writer asks someone to act, and states no position of their own.

"Ik wil u vragen de vergunning voor onze tweede helling te steunen." (to a council committee)
asks the committee for a vote; against "Een tweede helling is voor deze werf niet nodig." the
judge reads a contradiction, yet the appeal says what the writer wants done on behalf of the
company now, not that the earlier view was wrong. An own stance in the other words of the
statement ("Ik vraag u het voorstel te steunen, want ik ben tegen …") is read by the stance
rules; :func:`appeal` only sees the request form. English and Dutch.
"""

from __future__ import annotations

import re

__all__ = ["APPEAL", "appeal"]

#: Rank factor of a pair of which one side is an appeal to the addressee (the other not).
APPEAL = 0.5

_APPEAL = re.compile(
    r"^\s*(?:(?:daarom|therefore|so|dus|tot\s+slot|finally|ten\s+slotte)\s*,?\s+)?(?:"
    r"(?:ik|wij|we)\s+(?:wil|willen|zou|zouden)\s+(?:u|jullie|de\s+\w+|het\s+\w+)\s+(?:\w+\s+)?"
    r"(?:vragen|verzoeken|oproepen)\b|"
    r"(?:ik|wij|we)\s+(?:vraag|vragen|verzoek|verzoeken|roep|roepen)\s+(?:u|jullie|de\s+\w+|"
    r"het\s+\w+)\b|"
    r"(?:I|we)\s+(?:would\s+(?:like\s+to\s+)?|want\s+to\s+|must\s+)?(?:ask|urge|call\s+on|"
    r"request|invite|beg)\s+(?:you|the\s+\w+|this\s+\w+)\s+(?:\w+\s+)?to\b)",
    re.I,
)


def appeal(text: str) -> bool:
    """The statement asks its addressee to act ("I ask you to support …", "Ik wil u vragen …
    te steunen", "Wij roepen de gemeente op …")."""
    return _APPEAL.search(text) is not None
