"""The press by its masthead: the last word of a paper's or broadcaster's name ("the Cumbria
Herald", "BBC Radio Bristol", "The Kelby Sands Gazette"). A regex alternation, capitalised as
names are; the frames that set the press apart from a party (``told the Courier that S``,
``the Gazette has seen a copy``, ``has asked this newspaper``) share it."""

from __future__ import annotations

__all__ = ["MASTHEAD"]

MASTHEAD = (
    r"(?:Radio|TV|Television|News|Times|Post|Herald|Journal|Gazette|Guardian|Telegraph|Observer|"
    r"Echo|Chronicle|Courier|Mail|Express|Standard|Mirror|Argus|Advertiser|Press|Examiner|Record)"
)
