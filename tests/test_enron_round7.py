"""Lotus Notes header shapes of round 7 (issue 14): a "Sent by:" line over blank lines, sender
details ("Extn:") between "From: NAME on DATE" and To, a two-column header whose name line
carries To with a cc list wrapped mid-address, and a two-column header re-wrapped under ``>>>>``
quoting. The synthetic fixtures are written for each shape from the Notes memo form (names and
text made up); the real ones are lines of Enron mail outside every labelled split. Header lines
never become statements and the quoted writer comes from the header.
"""

from __future__ import annotations

from _segments import run, writer_of
from onrecord.mail.notes import match_notes_header
from onrecord.mail.quotes import match_header_block
from onrecord.record.model import Address, Segment, SegmentKind

K = SegmentKind
OTHERS = (K.QUOTED, K.FORWARDED)
ME = Address("Lena Hart", "lena.hart@enron.com")
FIELDS = ("To:", "cc:", "Subject:", "Sent by", "Extn", "Location:", "09/18/2000", "05/14/2001")

INTRO = ["Please see the note below and let me know what you think.", ""]
BODY = [
    "",
    "The board book is due to the printer on Friday.  Please send me your sections by",
    "Wednesday noon.",
]


def _run(lines: list[str], sender: Address = ME) -> tuple[str, list[Segment], list[str]]:
    return run(lines, sender)


def _header_silent(spoken: list[str]) -> bool:
    return not any(f in s for s in spoken for f in FIELDS)


# -- "Sent by:" over blank lines


def test_sent_by_between_name_and_date_over_a_blank_line() -> None:
    lines = [
        *INTRO,
        "Thomas Reilly",
        "Sent by: Monica Alvarez",
        "",
        "05/14/2001 09:12 AM",
        "",
        "To: Lena Hart/HOU/ECT@ECT, Paul Greer/NA/Enron@Enron",
        "cc: Dana Wolfe/HOU/ECT@ECT",
        "Subject: Board materials for the June meeting",
        *BODY,
    ]
    text, segs, spoken = _run(lines)
    assert _header_silent(spoken) and not any(s == "Thomas Reilly" for s in spoken)
    assert writer_of(text, segs, "The board book") == "Thomas Reilly"
    assert spoken[0].startswith("Please see the note below")


def test_sent_by_alone_over_a_blank_line_then_the_fields() -> None:
    """The sender lines lost: the "Sent by:" name is the only writer the header gives."""
    lines = [
        *INTRO,
        "Sent by: Monica Alvarez",
        "",
        "To: Lena Hart/HOU/ECT@ECT, Paul Greer/NA/Enron@Enron",
        "cc: Dana Wolfe/HOU/ECT@ECT",
        "Subject: Board materials for the June meeting",
        *BODY,
    ]
    text, segs, spoken = _run(lines)
    assert _header_silent(spoken)
    assert writer_of(text, segs, "The board book") == "Monica Alvarez"


def test_real_sent_by_over_blank_lines_under_a_forward() -> None:
    """Enron mail outside the labelled splits (shapiro-r.federal_legis_): a list server's
    "Sent by:" two blank lines above To, the fields apart by blank lines."""
    lines = [
        "---------------------- Forwarded by Christi L Nicolay/HOU/ECT on 09/15/2000",
        "02:51 PM ---------------------------",
        "",
        "",
        '"Richard B. Bulman" <rb.bulman@mapp.org>@mapp.org on 09/15/2000 11:06:23 AM',
        "",
        "Sent by:  owner-mc@mapp.org",
        "",
        "",
        "To:   <mc@mapp.org>",
        "cc:",
        "",
        "Subject:  Reliability Legislation",
        "",
        "",
        "NERC is seeking help to pass reliability legislation this year.  We have",
        "been asked to pass the attached information on to the MAPP members and",
        "request their support.",
    ]
    text, segs, spoken = _run(lines, Address("", "james.steffes@enron.com"))
    assert _header_silent(spoken) and not any("owner-mc" in s for s in spoken)
    assert writer_of(text, segs, "NERC is seeking") == "rb.bulman@mapp.org"


# -- sender details between "From: NAME on DATE" and To


def test_from_on_date_over_an_extension_line() -> None:
    lines = [
        "Can you take a look at this before Friday?",
        "",
        "From: Nigel Barrett on 14/03/2001 10:22 GMT",
        "Extn: 36452",
        "To: Paul Dawson/LON/ECT@ECT, Richard Lewis/LON/ECT@ECT",
        "cc: Tom Briggs/LON/ECT@ECT",
        "Subject: Interconnector capacity auction",
        "",
        "The auction rules were published this morning.  We need a view on the reserve",
        "price by the end of the week.",
    ]
    text, segs, spoken = _run(lines)
    assert _header_silent(spoken) and not any("Nigel Barrett" in s for s in spoken)
    assert writer_of(text, segs, "The auction rules") == "Nigel Barrett"


def test_extension_and_location_lines_over_a_blank_line() -> None:
    lines = [
        "Can you take a look at this before Friday?",
        "",
        "From: Nigel Barrett on 03/14/2001 10:22 AM",
        "Extn: 3-6452",
        "Location: EB 3817",
        "",
        "To: Paul Dawson/LON/ECT@ECT, Richard Lewis/LON/ECT@ECT",
        "cc:",
        "Subject: Interconnector capacity auction",
        "",
        "The auction rules were published this morning.",
    ]
    found = match_notes_header(lines, 2)
    assert found is not None and found.end == 8 and found.author.name == "Nigel Barrett"
    text, segs, spoken = _run(lines)
    assert _header_silent(spoken)
    assert writer_of(text, segs, "The auction rules") == "Nigel Barrett"


def test_name_and_date_lines_over_an_extension_line() -> None:
    lines = [
        "Nigel Barrett",
        "14/03/2001 10:22",
        "Extn: 36452",
        "To: Paul Dawson/LON/ECT@ECT",
        "cc: Tom Briggs/LON/ECT@ECT",
        "Subject: Interconnector capacity auction",
        "",
        "The auction rules were published this morning.",
    ]
    found = match_notes_header(lines, 0)
    assert found is not None and found.end == 5 and found.author.name == "Nigel Barrett"


def test_an_outlook_from_with_a_notes_date_names_the_writer_alone() -> None:
    """Enron mail outside the labelled splits (shapiro-r.organizational_issues): an Outlook
    block whose From holds a Notes name "on DATE"; the date is no part of the writer."""
    lines = [
        "From:\tGuillermo Canovas/SA/Enron@ENRON <mailto:Canovas/SA/Enron@ENRON> on "
        "08/30/2001 10:04 AM CDT",
        "To:\tSergio Assad/SA/Enron@Enron <mailto:Assad/SA/Enron@Enron>",
        "",
        "Subject:\tTechnical international regulatory support",
        "",
        "Sergio,",
    ]
    block = match_header_block(lines, 0)
    assert block is not None and block.author.name == "Guillermo Canovas/SA/Enron@ENRON"
    assert block.date is not None and (block.date.month, block.date.day) == (8, 30)


def test_a_signature_with_an_extension_and_no_to_is_no_header() -> None:
    lines = [
        "Thanks for your prompt attention to this matter.",
        "",
        "Nigel Barrett",
        "14/03/2001 10:22",
        "Extn: 36452",
        "",
        "The auction rules were published this morning, so I will call you later.",
    ]
    assert match_notes_header(lines, 2) is None
    _, _, spoken = _run(lines)
    assert any(s.startswith("The auction rules were published") for s in spoken)


# -- a two-column header whose name line carries To


def test_name_line_carries_to_and_cc_wraps_mid_address() -> None:
    lines = [
        "Mark -- see below.  I think we should accept.",
        "",
        "                    Anne Whitfield               To:     Mark Taylor/HOU/ECT@ECT",
        "                    09/18/2000 02:41 PM          cc:     Ben Ortiz/HOU/ECT@ECT, Sara "
        "Shackleton/HOU/ECT@ECT, Tana Jo",
        "nes/HOU/ECT@ECT, Carol St Clair/HOU/ECT@ECT, Susan Flynn/HOU/ECT@ECT, Mary Co",
        "ok/HOU/ECT@ECT",
        "                                                 Subject:     RE: Master agreement",
        "",
        "",
        "",
        "Mark, our client cannot accept the netting language as drafted.  We would",
        "propose the ISDA form instead.",
    ]
    text, segs, spoken = _run(lines, Address("Mark Taylor", "mark.taylor@enron.com"))
    assert _header_silent(spoken) and not any("HOU/ECT" in s for s in spoken)
    assert writer_of(text, segs, "our client cannot") == "Anne Whitfield"
    assert spoken[0] == "Mark -- see below."


def test_name_line_ends_with_to_and_the_column_carries_sent_by() -> None:
    lines = [
        "                    Anne Whitfield               To:",
        "                    Sent by: Kim Nguyen          Mark Taylor/HOU/ECT@ECT",
        "                                                 cc:     Ben Ortiz/HOU/ECT@ECT, Sara",
        "Shackleton/HOU/ECT@ECT, Tana Jones/HOU/ECT@ECT, Carol St Clair/HOU/ECT@ECT, Susan Fl",
        "ynn/HOU/ECT@ECT",
        "                    09/18/2000 02:41 PM          Subject:     RE: Master agreement",
        "",
        "Mark, our client cannot accept the netting language as drafted.",
    ]
    text, segs, spoken = _run(lines, Address("Mark Taylor", "mark.taylor@enron.com"))
    assert _header_silent(spoken) and not any("HOU/ECT" in s for s in spoken)
    assert writer_of(text, segs, "our client cannot") == "Anne Whitfield"


def test_a_field_shifted_left_of_the_to_column() -> None:
    lines = [
        '                    "Anne Whitfield" <awhitfield@hollis-grant.com>    To: '
        "Mark.Taylor@enron.com",
        "                    09/18/2000 02:41 PM       cc: Ben.Ortiz@enron.com, "
        "sara.shackleton@enron.com, tana.jones@e",
        "nron.com, carol.st.clair@enron.com",
        "                                              Subject: RE: Master agreement",
        "",
        "Mark, our client cannot accept the netting language as drafted.",
    ]
    text, segs, spoken = _run(lines, Address("Mark Taylor", "mark.taylor@enron.com"))
    assert _header_silent(spoken) and not any("enron.com" in s for s in spoken)
    assert writer_of(text, segs, "our client cannot") == "awhitfield@hollis-grant.com"


def test_an_indented_line_with_to_inside_a_sentence_is_no_header() -> None:
    lines = [
        "                    Please send the draft          To: the whole team, today.",
        "                    I think we can close it by Friday if the bank agrees.",
        "                    Subject: to their approval.",
        "",
        "More text follows here.",
    ]
    _, _, spoken = _run(lines)
    assert any("I think we can close it by Friday" in s for s in spoken)


# -- a two-column header under ">>>>" quoting


QUOTED_INTRO = [
    "I agree with Laura's reading of section 4.",
    "",
    ">>>> Thanks -- see the reply from their counsel below.",
    ">>>>",
    ">>>>",
]
QUOTED_BODY = [
    ">>>>",
    ">>>>",
    ">>>> Mark, our client cannot accept the netting language as drafted.  We would",
    ">>>> propose the ISDA form instead.",
]


def test_two_column_header_rewrapped_under_four_marks() -> None:
    """The quoting client cut each long line: the right column's ends stand on lines of their
    own, without the marks."""
    lines = [
        *QUOTED_INTRO,
        '>>>>                     "Whitfield, Anne"',
        ">>>>                     <awhitfield@hollis-        To:     \"'Mark",
        "Taylor'\"",
        ">>>>                     grant.com>",
        "<Mark.Taylor@enron.com>",
        ">>>>                                                cc:     Ben",
        "Ortiz/HOU/ECT@ECT",
        ">>>>                     09/18/2000 02:41 PM        Subject:     RE:",
        "Master",
        ">>>>                                                agreement, section 4",
        *QUOTED_BODY,
    ]
    text, segs, spoken = _run(lines, Address("Mark Taylor", "mark.taylor@enron.com"))
    assert not any(x in s for s in spoken for x in ("Whitfield", "Taylor'", "Ortiz", "RE:"))
    assert "Master" not in spoken
    assert writer_of(text, segs, "our client cannot") == "awhitfield@hollis-grant.com"
    assert spoken[0] == "I agree with Laura's reading of section 4."


def test_two_column_header_under_four_marks_with_to_on_the_name_line() -> None:
    lines = [
        *QUOTED_INTRO,
        ">>>>                     Anne Whitfield            To: Mark Taylor/HOU/ECT@ECT",
        ">>>>                     09/18/2000 02:41 PM       cc: Ben Ortiz/HOU/ECT@ECT",
        ">>>>                                               Subject: RE: Master agreement",
        *QUOTED_BODY,
    ]
    text, segs, spoken = _run(lines, Address("Mark Taylor", "mark.taylor@enron.com"))
    assert _header_silent(spoken) and not any("Whitfield" in s for s in spoken)
    assert writer_of(text, segs, "our client cannot") == "Anne Whitfield"


def test_long_unmarked_lines_inside_a_quoted_header_are_not_swallowed() -> None:
    """A reply typed between the quoted lines of a header is no wrapped tail: long lines
    without marks keep the header from taking them."""
    lines = [
        ">                     Anne Whitfield",
        ">                     09/18/2000 02:41 PM        To:     Mark Taylor/HOU/ECT@ECT",
        "I have checked this with the credit group and they are fine with the change.",
        ">                                                cc:     Ben Ortiz/HOU/ECT@ECT",
        "The netting language stays as we drafted it in the first turn of the document.",
        ">                                                Subject:     RE: Master",
        "We should send the execution copy to Anne by Thursday at the latest, I think.",
        ">                                                agreement",
        "The guaranty is a separate matter and I will take it up with legal tomorrow.",
        ">",
        "> Mark, our client cannot accept the netting language as drafted.",
    ]
    _, _, spoken = _run(lines, Address("Mark Taylor", "mark.taylor@enron.com"))
    assert any("I have checked this with the credit group" in s for s in spoken)


# -- answers typed in capitals into the quoted message


NOTES_QUESTIONS = [
    "Pat, my answers are below in ALL CAPS.",
    "",
    "Dale",
    "",
    "",
    "Patricia Moore",
    "03/15/2000 03:49 PM",
    "To: Dale Neuner/HOU/ECT@ECT",
    "cc:",
    "Subject: Re: Heating oil products",
    "",
    "Dale,",
    "",
    "1. Should the swap settle monthly?  The reviewers may find it confusing.",
    "               YES.  EACH CALENDAR MONTH IS A DETERMINATION PERIOD AND PAYMENT",
    "FOLLOWS FIVE DAYS AFTER THE FLOATING PRICE IS KNOWN.",
    "",
    "2. Can we use Platt's instead of NYMEX for the Gulf Coast swap?",
    "DONE",
    "",
    "Please let me know ASAP if you have any questions.",
    "",
    "Thanks,",
    "Pat",
]


def _who_says(text: str, segs: list[Segment], words: str) -> tuple[str, str]:
    for seg in segs:
        if words in text[seg.start : seg.end]:
            return seg.kind.value, seg.author_email or seg.author_name
    return "", ""


def test_answers_in_capitals_inside_a_notes_quote_are_the_repliers() -> None:
    dale = Address("Dale Neuner", "dale.neuner@enron.com")
    text, segs, _ = _run(NOTES_QUESTIONS, dale)
    assert _who_says(text, segs, "EACH CALENDAR MONTH") == ("authored", "dale.neuner@enron.com")
    assert _who_says(text, segs, "DONE") == ("authored", "dale.neuner@enron.com")
    assert _who_says(text, segs, "Should the swap settle") == ("quoted", "Patricia Moore")
    assert _who_says(text, segs, "Can we use Platt's") == ("quoted", "Patricia Moore")


def test_capitals_without_an_announcement_stay_quoted() -> None:
    lines = ["Pat, see below.", *NOTES_QUESTIONS[1:]]
    text, segs, _ = _run(lines, Address("Dale Neuner", "dale.neuner@enron.com"))
    assert _who_says(text, segs, "EACH CALENDAR MONTH") == ("quoted", "Patricia Moore")


def test_capitals_in_another_sentence_are_no_announcement() -> None:
    """Caps on prices in one sentence, comments in the next: no answers announced."""
    lines = [
        "Great news, no more caps on power prices. Comments to follow later.",
        *NOTES_QUESTIONS[1:],
    ]
    text, segs, _ = _run(lines, Address("Dale Neuner", "dale.neuner@enron.com"))
    assert _who_says(text, segs, "EACH CALENDAR MONTH") == ("quoted", "Patricia Moore")


def test_answers_in_capitals_under_an_outlook_block_leave_its_fields() -> None:
    lines = [
        "Mijn antwoorden staan hieronder in hoofdletters.",
        "",
        "-----Original Message-----",
        "From: DOE, JOHN",
        "Sent: Monday, May 14, 2001 9:12 AM",
        "To: VAN DIJK, PIETER; SMITH, JANE",
        "Subject: RE: CONTRACT",
        "",
        "Kunnen we de looptijd verlengen tot 2003?",
        "JA, MITS DE BANK AKKOORD GAAT.",
    ]
    text, segs, spoken = _run(lines, Address("Pieter van Dijk", "pieter.vandijk@enron.com"))
    assert _who_says(text, segs, "JA, MITS") == ("authored", "pieter.vandijk@enron.com")
    assert _who_says(text, segs, "Kunnen we") == ("quoted", "DOE, JOHN")
    assert not any("VAN DIJK" in s or "CONTRACT" in s for s in spoken)


def test_answers_between_quote_marks_are_the_repliers() -> None:
    """Answers typed between ``>`` lines carry no marks: the replier's without an
    announcement."""
    lines = [
        "Answers inline.",
        "",
        "On Tue, 12 Sep 2000, Anne Whitfield <awhitfield@hollis-grant.com> wrote:",
        "> Mark, two questions on the draft:",
        "> 1. Can we use the ISDA netting language?",
        "Yes, as long as credit signs off.",
        "> 2. Who signs for Enron?",
        "Mark Haedicke or me.",
        ">",
        "> Thanks, Anne",
    ]
    me = Address("Mark Taylor", "mark.taylor@enron.com")
    text, segs, _ = _run(lines, me)
    assert _who_says(text, segs, "as long as credit") == ("authored", me.email)
    assert _who_says(text, segs, "Haedicke or me") == ("authored", me.email)
    assert _who_says(text, segs, "Who signs") == ("quoted", "awhitfield@hollis-grant.com")


def test_real_answers_in_caps_below_a_notes_header() -> None:
    """Enron mail outside the labelled splits (taylor-m.online_trading.credit_derivatives):
    "See my comments in CAPS below." over the quoted list of requests."""
    lines = [
        "See my comments in CAPS below.",
        "",
        "Dale",
        "",
        "",
        "Patrick Markey",
        "03/15/2000 03:49 PM",
        "To: Dale Neuner/HOU/ECT@ECT",
        "cc:",
        "Subject: Re: Introduction of Heating Oil Products",
        "",
        "Dale,",
        "",
        "Thanks for the heads up.  The comments that we have are as follows:",
        "",
        "1. We should change the description for the up/down to read as follows:",
        "",
        "US UNL Gasoline GC vs NYMEX Unl Oct-Dec 99",
        "",
        "DONE",
        "",
        "2. We need to add language to indicate that these are monthly settlements on",
        "both the products.  Again, this may be confusing for the people reviewing the",
        'product.  "Financial settlement for this product will be monthly."',
        "",
        "THIS IS IMPLIED IN THE FIRST PARAGRAPH. EACH CLENDAR MONTH IS A DETERMINATION",
        "PERIOD; THEN PAYMENT IS MADE 5 DAYS AFTER THE FLOATING PRICE IS DETERMINABLE,",
        "WHICH MAKES FOR MONTHLY SETTLEMENT B/C YOU HAVE TO WAIT UNTIL YOU KNOW ALL",
        "INDEXES (UP TO THE LAST DAY IN THE MONTH) TO CALCULATE THE FLOATING PRICE.",
        "THIS MIRRORS ALL FINANCIAL CONFIRMATIONS.",
        "",
        "Please let me know ASAP if you have any questions.",
    ]
    dale = Address("Dale Neuner", "dale.neuner@enron.com")
    text, segs, _ = _run(lines, dale)
    assert _who_says(text, segs, "THIS IS IMPLIED") == ("authored", dale.email)
    assert _who_says(text, segs, "DONE") == ("authored", dale.email)
    assert _who_says(text, segs, "US UNL Gasoline") == ("quoted", "Patrick Markey")
    assert _who_says(text, segs, "We need to add language") == ("quoted", "Patrick Markey")
