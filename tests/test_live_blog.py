"""A live blog: each entry opens with its time stamp, which is layout, not the sentence's first
words (taken for them, it hid the speaker's frame and became a place)."""

from __future__ import annotations

from onrecord.check.claims.checkworthy import dateline_length, line_place
from onrecord.check.claims.extract import claims_from_text

BLOG = """---
title: "Live: the water board questioned by the council"
author: Live desk
lang: en
---
**14:05** Good afternoon. The hearing on the Marlow reservoir starts shortly.

**14:32** Board chair Petra Lindqvist told councillors that the reservoir wall had been \
inspected in April.

**14:51** Lindqvist responds that the repair budget was cut by the previous board.
"""


def test_the_time_stamp_is_cut_and_the_frame_found() -> None:
    claims = {c.text: c for c in claims_from_text(BLOG, lang="en")}
    wall = next(c for t, c in claims.items() if "inspected in April" in t)
    assert not wall.text.startswith("14")
    assert wall.claimant == "Petra Lindqvist"
    budget = next(c for t, c in claims.items() if "repair budget" in t)
    assert budget.text == "The repair budget was cut by the previous board."
    assert (budget.claimant or "").endswith("Lindqvist")


def test_time_stamps_and_what_is_no_time_stamp() -> None:
    assert dateline_length("**19:39** Oudkerk erkent dat ze die mail kreeg.") == 10
    assert dateline_length("**19.39 uur** - De raad stemt.") == len("**19.39 uur** - ")
    assert dateline_length("11:30 Farrow confirms that Kestrel hired 600 crew.") == 6
    # a time stamp is no place
    assert line_place("**19:39** Oudkerk erkent het.", 10) == ""
    # a number that opens a sentence is no time stamp
    assert dateline_length("10.000 mensen kwamen naar het plein.") == 0
    assert dateline_length("12.50 euro per maand is te veel.") == 0
