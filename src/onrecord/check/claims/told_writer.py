"""Speech addressed to the writer or the publication: the speaker's claim, asserted now.

"..., zo bevestigde zij mij.", "..., zo liet de wethouder ons desgevraagd weten.", "Staff have
told this programme that S", "Two residents have told the Courier that S": a source telling the
writer (or the paper) is how the article sources its claim, like "according to X", whatever the
tense (the writers of h11's opinion piece and h12's interview: the speaker is the claimant). A
speaker telling someone else ("X told the council that S", "zei tegen de raad dat S") reports a
speech and stays a claim about it; so does a past "told this newspaper in 2019".

Each function returns (framer, the claim without its frame) or None.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_text import end_sentence, upper_first, words
from onrecord.check.language.press import MASTHEAD

__all__ = ["told_paper_perfect", "told_writer_end"]

_VERBS_NL = (
    r"(?:bevestigde|bevestigden|bevestigt|vertelde|vertelden|vertelt|zei|zeiden|zegt|schreef|"
    r"schrijft|erkende|erkent|mailde|liet|laat|lieten)"
)
#: the writer or the paper as addressee after the speaker: "mij", "ons", "desgevraagd",
#: "tegenover deze krant", "aan deze krant"
_TO_WRITER_NL = (
    r"(?:mij|me|ons)(?:\s+desgevraagd)?|desgevraagd|"
    r"(?:tegenover|aan)\s+(?:deze|onze)\s+(?:krant|redactie|omroep|verslaggever)"
)
_END_NL = re.compile(
    rf"^(?P<rest>.+?),\s*zo\s+{_VERBS_NL}\s+(?P<who>[^,]{{2,60}}?)\s+(?:{_TO_WRITER_NL})"
    r"(?:\s+weten)?\s*[.!]?$"
)
_PAPER_EN = (
    r"(?:this|our)\s+(?:programme|program|newspaper|paper|station|website|reporter)|"
    rf"the\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+{MASTHEAD}"
)
_PERFECT_EN = re.compile(
    rf"^(?P<who>[A-Z][^,]{{1,60}}?)\s+(?:has|have)\s+(?:also\s+)?told\s+(?:{_PAPER_EN})\s+"
    r"that\s+(?P<rest>\S.+)$"
)


def told_writer_end(s: str) -> tuple[str, str] | None:
    """The speaker and S of "S, zo bevestigde zij mij."."""
    m = _END_NL.match(s)
    if not m or len(words(m["rest"])) < 3 or len(words(m["who"])) > 6:
        return None
    return m["who"].strip(), end_sentence(m["rest"].strip())


def told_paper_perfect(s: str) -> tuple[str, str] | None:
    """The speaker and S of "Staff have told this programme that S"."""
    m = _PERFECT_EN.match(s)
    if not m or len(words(m["who"])) > 6:
        return None
    return m["who"].strip(), upper_first(end_sentence(m["rest"].strip()))
