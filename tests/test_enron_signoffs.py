"""Sign-offs by name with more text under them (issue 14): the writer's name closing a
paragraph, alone ("Kal", "B", "Steve") or under a valediction ("Best,\\nJeff", "Thanks,\\n\\nDave"),
above a P.S., a pasted document, attachment lines, a notice or the next quoted message. Every
fixture line is real Enron mail from the development part of the hand-labelled sample
(``benchmarks/data/enron-segments``); none of the names may become a statement, and the text
around them stays the writer's. One-word replies and headings stay statements.
"""

from __future__ import annotations

import pytest

from onrecord.mail.analyze import statements_of
from onrecord.mail.segment import segment_body
from onrecord.mail.signatures import classify_run, is_attachment_line
from onrecord.mail.signoff import is_signoff_name
from onrecord.record.model import Address, SegmentKind

SIG = SegmentKind.SIGNATURE


def _spoken(text: str, sender: Address) -> list[str]:
    segs = segment_body(text, sender, None)
    return [" ".join(st.text.split()) for st in statements_of(text, segs)[0]]


def _signed(lines: list[str], who: Address) -> list[str]:
    """The non-blank lines ``classify_run`` calls a signature."""
    out = classify_run(lines, who)
    return [lines[k].strip() for k in sorted(out) if out[k] is SIG and lines[k].strip()]


# dev n 456: a valediction and a name over a P.S.
JEFF = [
    "Folks:",
    "",
    "Here is a rewrite of the power point presentation referenced in the previous",
    "note.  Again, please keep confidential and do not distribute.  It's the copy",
    "that Hertzberg used to present to his caucus.Thanks.",
    "",
    "Best,",
    "Jeff",
    "",
    "P.S.  Our numbers show that noncore for Edison would be about 30% of load;",
    "Hertzberg has it at about 20%.",
]
# dev n 401: one initial over a P.S.
BRUCE = [
    "I do not want to spoil the holiday for you guys, and I know you are not keen",
    "on sailing within the confines of USVI (even if I can get there and that is",
    "another whole problem), so this is just a heads-up I may have to abandon",
    "ship.",
    "",
    "B",
    "",
    "",
    "PS     Gregg - do you have the flight details...so I can see if I can change",
    "to USVI?",
]
# dev n 458: "Thanks," a blank line, a short form of the name, a table under it
DAVE = [
    "I would appreciate any additional thoughts you care to share on these",
    "points.",
    "",
    "Thanks,",
    "",
    "Dave",
    "",
    "|-------------------------------|",
    "|  Potential Market Conditions  |",
    "|-------------------------------|",
    "| MW                            |",
    "|-------------------------------|",
    "| Winter Peak Capacity          |",
    "| 26,700                        |",
    "|-------------------------------|",
    "| Winter Peak Demand*           |",
    "| (24,600)                      |",
    "|-------------------------------|",
    "|             Surplus Supply in |",
    "| Ontario                       |",
    "| 2,100                         |",
    "|-------------------------------|",
]
# dev n 369: a valediction over a full name that the address does not spell
GABRIELA = [
    "   markets and in general on the Enron's experience in emissions trading?.",
    "   Also,",
    "   let me know if I can call you to have a brief conversation.",
    "",
    "   All the best,",
    "",
    "   Gabriela Elizondo",
    "",
    "",
    "",
    "   I wish to express my condolences to the people of America.",
]
# dev n 414: valediction and name on one line, Exchange attachment lines under it
DAVID = [
    "I hope you are well.  Nobel started this week -- a great excuse to go out",
    "for a nice lunch!",
    "",
    "Regards,  David",
    "",
    "Original Enron ToU.doc  ( Microsoft Word Document )",
    "REVISED ENRON Terms of Use.doc  ( Microsoft Word Document )",
    "Redline.doc  ( Word Document )",
    " <<Original Enron ToU.doc>>  <<REVISED ENRON Terms of Use.doc>>",
    "<<Redline.doc>>",
    "",
    "=======================================================",
    "To reply to our email administrator directly, send an email to postmaster@brobeck.com",
]


@pytest.mark.parametrize(
    ("lines", "who", "signed", "kept"),
    [
        (JEFF, Address("Jeff Dasovich", "jeff.dasovich@enron.com"), ["Best,", "Jeff"], 9),
        (BRUCE, Address("Bruce Hutt", "bhutt@ankarcapital.com"), ["B"], 8),
        (DAVE, Address("", "david.matthews@cgc.enbridge.com"), ["Thanks,", "Dave"], 8),
        (
            GABRIELA,
            Address("", "gazuela@worldbank.org"),
            ["All the best,", "Gabriela Elizondo"],
            10,
        ),
        (DAVID, Address("Hudanish, David M.", "dhudanish@brobeck.com"), ["Regards,  David"], 0),
    ],
)
def test_a_sign_off_with_text_under_it(
    lines: list[str], who: Address, signed: list[str], kept: int
) -> None:
    assert _signed(lines, who) == signed
    out = classify_run(lines, who)
    assert kept not in out  # the P.S. or the pasted text under the sign-off stays


def test_a_quoted_name_above_a_rule_and_a_letter() -> None:
    """dev n 440: "Kal" closes the quoted note; the letter pasted under a rule line follows."""
    text = "\n".join(
        [
            "looks fine to me",
            "",
            " -----Original Message-----",
            "From: \tShah, Kal",
            "Sent:\tMonday, July 02, 2001 4:04 PM",
            "To:\tTaylor, Mark E (Legal)",
            "Cc:\tBridges, Michael",
            "Subject:\tcancelation letter",
            "Importance:\tHigh",
            "",
            "Mark -- Does this letter text work for you.  If so, I'll get it printed on Enron "
            "Net Works letterhead and send it off.",
            "",
            "Kal",
            "",
            "--------------------------------",
            "July 2, 2001",
            "",
            "",
            "Contract Administrator",
            "Reuters America Inc.",
            "445 S. Figueroa, Suite 2100",
        ]
    )
    spoken = _spoken(text, Address("Taylor, Mark E (Legal)", "mark.taylor@enron.com"))
    assert "Kal" not in spoken
    assert any("Does this letter text work for you" in s for s in spoken)


def test_a_name_under_the_text_of_its_paragraph_above_a_pasted_note() -> None:
    """dev n 416: "Sheila" under the one sentence of her paragraph, a pasted note below."""
    lines = [
        "Cheryl,",
        "In response to your questions.",
        "Sheila",
        "",
        "SNL is an Informational Service targeted for analysis of the Financial Services "
        "Industry.  The information provides historical financial and current analysis.",
    ]
    assert _signed(lines, Address("Glover, Sheila", "")) == ["Sheila"]


def test_a_name_over_a_notice_and_a_contact_block_with_its_web_site_apart() -> None:
    """dev n 449: "Seabron" over the firm's notice, then his block, the web site a blank
    line under it."""
    lines = [
        "Comments welcome.",
        "",
        "",
        "Seabron",
        "",
        "",
        "This e-mail, and any attachments thereto, is intended only for use by the",
        "addressee(s) named herein and may contain legally privileged and/or",
        "confidential information.  If you are not the intended recipient of this",
        "e-mail, you are hereby notified that any dissemination, distribution or",
        "copying of this e-mail, and any attachments thereto, is strictly prohibited.",
        "",
        "Seabron Adamson",
        "Frontier Economics Inc",
        "Two Brattle Square",
        "Cambridge, MA 02138 USA",
        "Ph:  (617) 354-0060",
        "Fax: (617) 354-0640",
        "seabron.adamson@frontier-economics.com",
        "",
        "www.frontier-economics.com",
    ]
    out = classify_run(lines, Address("Seabron Adamson", "seabron.adamson@frontier-economics.com"))
    assert 0 not in out
    assert all(k in out for k, line in enumerate(lines) if line.strip() and k > 0)


def test_a_valediction_over_a_long_contact_block() -> None:
    """dev n 407: "Best regards," over nine lines of name, firm, address, phone and mail."""
    lines = [
        "Steve, as I mentioned, I will not be in the office tomorrow or  Friday.",
        "Best regards,",
        "Kathy",
        "Katherine M.  Bristor",
        "Skadden Arps Slate Meagher & Flom LLP",
        "4 Times Square",
        "New  York NY 10036",
        "p: (212) 735-2338",
        "f:  (917)  777-2338",
        "kbristor@skadden.com",
    ]
    out = classify_run(lines, Address("Katherine Bristor", "kbristor@skadden.com"))
    assert sorted(out) == list(range(1, 10))


@pytest.mark.parametrize(
    ("lines", "who", "signed"),
    [
        (  # dev n 403: an abbreviated valediction
            ["Of course, please let me know if you have any question.", "", "Brgrds", "", "AI"],
            Address("Amr Ibrahim", "amr.ibrahim@enron.com"),
            ["Brgrds", "AI"],
        ),
        (  # dev n 398: "Thanks and regards," over name, association and an attachment line
            [
                "(202) 628-8200.",
                "",
                "Thanks and regards,",
                "Mark S.",
                "EPSA",
                "",
                " - Powerful Future Campaign Memo.doc",
            ],
            Address("Mark Stultz", "mstultz@epsa.org"),
            ["Thanks and regards,", "Mark S.", "EPSA", "- Powerful Future Campaign Memo.doc"],
        ),
        (  # dev n 480: "Steve" signs for Stephen
            ["Is this consistent with EOL's format?", "", "Steve"],
            Address("Thome, Stephen", "stephen.thome@enron.com"),
            ["Steve"],
        ),
        (  # dev n 350: a name typed one letter off
            ["Lunch some time?", "", "Brendam"],
            Address("Brendan Devlin", ""),
            ["Brendam"],
        ),
    ],
)
def test_short_sign_offs_at_the_end(lines: list[str], who: Address, signed: list[str]) -> None:
    assert _signed(lines, who) == signed


@pytest.mark.parametrize(
    "line",
    [
        "Original Enron ToU.doc  ( Microsoft Word Document )",
        "   (Administrative Services Agreement) (See attached file: 5z6%04!.DOC)",
    ],
)
def test_attachment_placeholders(line: str) -> None:
    assert is_attachment_line(line)


@pytest.mark.parametrize("line", ["See the memo (Word Document)", "Redline the doc (not mine)"])
def test_no_attachment_placeholders(line: str) -> None:
    assert not is_attachment_line(line)


def test_names_are_not_words_one_letter_off() -> None:
    assert is_signoff_name("Brendam", Address("Brendan Devlin", ""))
    assert is_signoff_name("Brendna", Address("Brendan Devlin", ""))  # two letters swapped
    assert not is_signoff_name("Brandon", Address("Brendan Devlin", ""))  # two letters apart
    assert not is_signoff_name("Brendon", Address("Brandan Devlin", ""))
    assert not is_signoff_name("Mary", Address("Mark Lind", ""))  # too short to be a typo


def test_a_heading_that_shares_a_word_with_the_sender_stays() -> None:
    """dev n 60: an announcement's headings start with the sender's first word ("Enron")."""
    lines = [
        "of the Chairman for all other activities in his role as Chief Executive",
        "Officer of Enron Americas.",
        "",
        "Enron India",
        "",
        "Enron's significant interests in India are commanding increased attention",
        "from Enron's senior management.",
        "",
        "Enron Broadband Services",
        "",
        "With Kevin's departure from Enron Broadband Services (EBS), we are also",
        "making a number of changes in the EBS organization.",
    ]
    assert _signed(lines, Address("Enron Announcements", "enron.announcements@enron.com")) == []


@pytest.mark.parametrize("reply", ["Yes", "Agreed.", "OK", "Akkoord", "Yup"])
def test_a_one_word_reply_above_the_sign_off_stays(reply: str) -> None:
    """A one-word answer is the writer's statement: above a valediction and a name with a P.S.
    under them (dev n 456's sign-off), above the name alone, or under a sentence."""
    who = Address("Jeff Dasovich", "jeff.dasovich@enron.com")
    lines = [reply, "", "Best,", "Jeff", "", "P.S.  Our numbers show that noncore would be 30%."]
    assert _signed(lines, who) == ["Best,", "Jeff"]
    assert reply in _spoken(f"{reply}\n\nJeff\n", who)
    assert reply in _spoken(f"Here is a rewrite of the presentation.\n\n{reply}\n\nJeff\n", who)


def test_details_above_a_long_signature_stay_the_text() -> None:
    """Corpus (outside the labelled sample): call-in numbers over "Many thanks!" and a
    ten-line block; the valediction and the block sign off, the numbers are the message."""
    lines = [
        "The call-in details are as follows:",
        "",
        "JUL-25-2001  (Wednesday)",
        "12:00 PM EASTERN TIME",
        "USA Toll Free Number: \t888-904-9318",
        "USA Toll Number: +1-630-395-0031",
        "PASSCODE: ISDA 2001",
        "LEADER: Ms Stacy Carey",
        "",
        "Many thanks!",
        "",
        "Stacy Carey",
        "Policy Director",
        "International Swaps and Derivatives Association",
        "600 5th Avenue, 27th Floor",
        "Rockefeller Center",
        "New York, NY  10020",
        "(212) 332-1202 ph",
        "(212) 332-1212 fax",
        "(917) 543-9622 cell",
        "scarey@isda.org",
    ]
    out = classify_run(lines, Address("", "scarey@isda.org"))
    assert sorted(out) == [9, *range(11, 21)]


def test_a_ps_under_a_valediction_is_no_contact_block() -> None:
    """Corpus (outside the labelled sample): "Sincerely," over the firm's name and a P.S. of
    sentences; the P.S. stays the sender's."""
    lines = [
        "Thanks again for shopping at Amazon.com.",
        "",
        "Sincerely,",
        "",
        "Amazon.com",
        "",
        "PS: We hope you appreciated receiving this message. However, if",
        "you'd rather not receive any future notices of this sort from",
        "Amazon.com, please send an e-mail message to",
        "nolegalnotices@amazon.com. Please be aware that even if you choose",
        "not to receive these updates, they will still cover your use of",
        "Amazon.com.",
        "",
        "Please note that this message was sent to the following e-mail",
        "address:",
        "",
        " mark.taylor@enron.com",
    ]
    out = classify_run(
        lines, Address("Amazon.com Legal Notices", "legalnotices-b@bounces.amazon.com")
    )
    assert 6 not in out and 9 not in out
