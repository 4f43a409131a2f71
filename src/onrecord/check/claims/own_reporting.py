"""The publication's own reporting as the matter of a sentence: what "we" wrote or reported
("Daarin schreven wij dat ...", "Verder meldden wij dat ...", "In ons artikel ... stonden enkele
onjuistheden"), what the newsroom asked or was given ("The Dales Courier has asked the club for
a copy of the minutes", "She has given this newspaper more than 300 pages of internal
documents") and who did not speak to it ("Zij heeft daarover zelf niet met onze redactie
gesproken"): meta.

A correction repeats the wrong report in the past tense, and a profile says how the reporter
got the papers; both read as claims about the people named, but they are claims about the
publication, which the record does not hold. What someone confirmed or told the paper
("De raad van toezicht heeft dat tegenover deze krant bevestigd", "told this newspaper that
...") is the speaker's claim and stays one.
"""

from __future__ import annotations

import re

from onrecord.check.language.press import MASTHEAD

__all__ = ["own_reporting"]

#: the paper by its name or as "this newspaper"/"deze krant"/"onze redactie"
_PAPER = (
    r"(?:this\s+(?:newspaper|paper|programme|station|site)|deze\s+(?:krant|redactie|omroep)|"
    r"onze\s+(?:redactie|krant|verslaggever)|our\s+(?:newsroom|reporter)|"
    rf"the\s+[A-Z][\w-]+\s+{MASTHEAD})"
)
_OWN_REPORTING_RE = re.compile(
    # "Daarin schreven wij", "Verder meldden wij dat", "we reported that"; not a letter the
    # author wrote ("Wij schreven de gemeente op 3 maart"), nor "zoals wij schreven" in the
    # corrected sentence, which states the fact
    r"(?i)^(?:daarin|hierin|verder|eerder|ook|bovendien|toen)\s+(?:schreven|meldden|"
    r"berichtten|stelden)\s+(?:wij|we)\b|"
    r"\b(?:wij|we)\s+(?:meldden|berichtten)\s+(?:\w+\s+){0,3}?dat\b|"
    r"\bwe\s+(?:reported|wrongly\s+reported|incorrectly\s+reported)\s+(?:\w+\s+){0,3}?that\b|"
    r"\b(?:in|from)\s+(?:ons|our)\s+(?:artikel|bericht|stuk|article|report|story|piece)\b|"
    # the newsroom's request, the papers handed to it, a source that did not speak to it
    r"\b" + _PAPER + r"\s+(?:has|had|heeft|had)\s+(?:asked|requested|gevraagd|verzocht)\b|"
    r"\b(?:given|shown|handed|gave|showed|gaf|gegeven|overhandigd|getoond)\s+" + _PAPER + r"\b|"
    r"\bniet\s+met\s+" + _PAPER + r"\s+(?:gesproken|willen\s+spreken)\b|"
    r"\b(?:has|have|had)\s+not\s+spoken\s+to\s+" + _PAPER + r"\b"
)


def own_reporting(clean: str) -> bool:
    """``clean`` is about the publication's own reporting: meta."""
    return _OWN_REPORTING_RE.search(clean) is not None
