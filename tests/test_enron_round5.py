"""Header forms found on the round-5 development messages of the hand-labelled Enron sample
(issue 14; ``benchmarks/data/enron-segments``, n 448-480, drawn by ``draw_round5.py``): the lines
of each fixture are real Enron mail. Header lines never become statements and the quoted writer
comes from the header.
"""

from __future__ import annotations

from _segments import run, writer_of
from onrecord.mail.notes_table import match_notes_table
from onrecord.record.model import Address, SegmentKind

K = SegmentKind
OTHERS = (K.QUOTED, K.FORWARDED)

# dev n 464: a Notes header drawn as two text tables under a forward marker, the writer's
# address cut by its cell ("WMcgov1047@ao" / "l.com"), the table's lines wrapped again
TABLE = [
    "rather wait until Jan. or Feb. that's fine with me too.  Just let me know.",
    "----- Forwarded by Mark Taylor/HOU/ECT on 09/05/2000 05:04 PM -----",
    "|--------+----------------------->",
    "|        |          WMcgov1047@ao|",
    "|        |          l.com        |",
    "|        |                       |",
    "|        |          08/21/2000   |",
    "|        |          08:14 PM     |",
    "|        |                       |",
    "|--------+----------------------->",
    "",
    ">----------------------------------------------------------------------------|",
    "",
    "|                                                                            |",
    "  |       To:     Mark.Taylor@enron.com,",
    "amh5h@virginia.edu                    |",
    "  |",
    "cc:                                                                  |",
    "  |       Subject:     Re: Welcome",
    "home!                                       |",
    "",
    ">----------------------------------------------------------------------------|",
    "",
    "",
    "Hey Mark, nice to hear from you.  I am glad you enjoyed the wedding.  It went",
    "by so fast for me but it seems that people had a good time.",
]


def test_notes_header_drawn_as_a_table() -> None:
    text, segs, spoken = run(TABLE, Address("Linda Hayman", "lhayman@skadden.com"))
    assert not any("|" in s or "Welcome" in s or "virginia.edu" in s for s in spoken)
    assert any(s.startswith("Hey Mark, nice to hear from you.") for s in spoken)
    assert writer_of(text, segs, "Hey Mark") == "wmcgov1047@aol.com"


def test_a_table_without_header_fields_is_no_header() -> None:
    """A boxed disclaimer (dev n 454) and a table of figures (dev n 458) hold no To field."""
    boxed = [
        "|------------------------------------------------------------------|",
        "|NOTE:  The information in this email is confidential and may be   |",
        "|legally privileged.  If you are not the intended recipient, you   |",
        "|------------------------------------------------------------------|",
    ]
    figures = [
        "|-------------------------------|",
        "|  Potential Market Conditions  |",
        "|-------------------------------|",
        "| Winter Peak Capacity          |",
        "| 26,700                        |",
        "|-------------------------------|",
    ]
    assert match_notes_table(boxed, 0) is None
    assert match_notes_table(figures, 0) is None


def test_two_column_header_with_a_piece_shifted_by_one_column() -> None:
    """Dev n 458: the left column's address and date one column left of its first line."""
    lines = [
        "                    Aleck.Dadson@",
        "                   enron.com            To:",
        "david.matthews@cgc.enbridge.com",
        "                                        cc:",
        "                   06/14/2001           Subject:     Re: PACE presentation",
        "                   12:27 PM",
        "",
        "",
        "David, here are some observations in response to your questions: a) You are",
        "correct that we would expect Ontario-based generators to pursue economic",
        "export opportunities in the connected US markets.",
    ]
    text, segs, spoken = run(lines, Address("", "david.matthews@cgc.enbridge.com"))
    assert not any("Aleck.Dadson@" in s or "12:27 PM" in s for s in spoken)
    assert writer_of(text, segs, "David, here are") == "aleck.dadson@enron.com"


def test_two_column_header_with_its_date_below_blank_lines() -> None:
    """Dev n 453: the left column's date three blank lines under Subject."""
    lines = [
        '                    "Shapiro,',
        "",
        '                    Richard"                 To:',
        "<ken.randolph@dynegy.com>",
        "                    <Richard.Shapiro@        cc:",
        "",
        "                    enron.com>               Subject:     Notre Dame",
        "",
        "",
        "",
        "                    11/06/01 07:42 AM",
        "",
        "",
        "If Notre Dame is brought to closure( my hope is that it will), once that",
        "occurs, I'd like to figure out with you, or whomever you deem",
        "appropriate from Dynegy a couple of things.",
    ]
    text, segs, spoken = run(lines, Address("", "ken.e.randolph@dynegy.com"))
    assert not any("07:42 AM" in s for s in spoken)
    assert writer_of(text, segs, "If Notre Dame") == "richard.shapiro@enron.com"
