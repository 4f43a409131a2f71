"""Sign-offs, signature blocks and gateway notices in Enron-era mail (issue 14): every fixture
line is real Enron mail, found on the development part of the hand-labelled sample. None of
these lines may become a statement; the text above them stays the writer's.
"""

from __future__ import annotations

import pytest

from onrecord.mail.analyze import statements_of
from onrecord.mail.segment import segment_body
from onrecord.mail.signatures import classify_run
from onrecord.mail.signoff import is_signoff_name
from onrecord.record.model import Address, SegmentKind

K = SegmentKind


def _spoken(text: str, sender: Address) -> list[str]:
    segs = segment_body(text, sender, None)
    return [" ".join(st.text.split()) for st in statements_of(text, segs)[0]]


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("HXD", Address("Dinh, Huy", "huy.dinh@enron.com")),  # a middle initial between
        ("gngr", Address("Ginger Dernehl", "ginger.dernehl@enron.com")),  # without vowels
        ("J.M.", Address("", "messinaj@sullcrom.com")),  # surname + first initial address
        ("Jay", Address("James Bruce", "james.bruce@enron.com")),
        ("Trish.", Address("", "trish.lindloff@weil.com")),
    ],
)
def test_signoff_forms(line: str, who: Address) -> None:
    assert is_signoff_name(line, who)


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("OK", Address("Ken Okeefe", "okeefe@enron.com")),
        ("FYI", Address("Frank Young", "frank.young@enron.com")),
        ("Thanks", Address("Tom Hale", "tom.hale@enron.com")),
    ],
)
def test_words_are_no_initials(line: str, who: Address) -> None:
    assert not is_signoff_name(line, who)


SLATER = Address("Samantha Slater", "sslater@epsa.org")


@pytest.mark.parametrize(
    ("text", "sender", "kept", "gone"),
    [
        (  # a name over a named block of nine lines
            "FYI.\n\nSamantha\n\nSamantha M. Slater\nManager of State & Regional Affairs\n"
            "Electric Power Supply Association\n1401 New York Avenue, N.W.\n11th Floor\n"
            "Washington, D.C.  20005\nPhone: 202-628-8200\nFax: 202-628-8260\n"
            "E-mail: sslater@epsa.org\n",
            SLATER,
            "FYI.",
            ["Samantha", "Electric Power Supply Association"],
        ),
        (  # a valediction and a short name over the block
            "Steve, as I mentioned, I will not be in the office tomorrow or Friday.\n\n"
            "Best regards,\nKathy\n\nKatherine M. Bristor\nSkadden Arps Slate Meagher & Flom LLP\n"
            "4 Times Square\nNew York NY 10036\np: (212) 735-2338\nf:  (917) 777-2338\n"
            "kbristor@skadden.com\n",
            Address("Katherine Bristor", "kbristor@skadden.com"),
            "I will not be in the office tomorrow",
            ["Best regards,", "Kathy", "4 Times Square"],
        ),
        (  # a name under the text of the one paragraph
            "mark:\nFYI.\ncarol\n",
            Address("Carol St Clair", "carol.clair@enron.com"),
            "FYI.",
            ["carol"],
        ),
        (  # a closing formula with no name under it
            "The open issues are as follows:\n\n1.  Exact name of ERMT LLC;\n\n\nBest regards.\n",
            Address("Blumenthal, Jeff", "jeff.blumenthal@enron.com"),
            "Exact name of ERMT LLC",
            ["Best regards."],
        ),
        (  # a signature converted from HTML, a blank line between each of its lines
            "We apologize for any inconenience this may have caused.\n\n"
            " <<Enron-Citi FAA - Compare.rtf>>\n\nMichael B. Dunn, Esq.\n\n"
            "Milbank, Tweed, Hadley & McCloy LLP\n\n1 Chase Manhattan Plaza\n\n"
            "New York, NY? 10005\n\nTelephone: (212) 530-5435\n\n"
            "Facsimile: (212) 530-5014\n\nE-Mail: mdunn1@milbank.com\n",
            Address("", "mdunn1@milbank.com"),
            "We apologize for any inconenience",
            ["Michael B. Dunn, Esq.", "Milbank, Tweed, Hadley & McCloy LLP"],
        ),
        (  # a letterhead above the text
            "ISDA International Swaps and Derivatives Association, Inc\n600 Fifth Avenue\n"
            "Rockefeller Center - 27th floor\nNew York, NY 10020\nU.S.A.\n"
            "Phone: (212) 332-1200\nFax: (212) 332-1212\nEmail : isda@isda.org\n"
            "Website: www.isda.org\n\n\n"
            "Attached, please find a draft statement on market practice relating to\n"
            "NYMEX's closure on November 23, 2001.\n",
            Address("Scott Marra", "smarra@isda.org"),
            "Attached, please find a draft statement",
            ["ISDA International Swaps", "600 Fifth Avenue", "Website: www.isda.org"],
        ),
    ],
)
def test_signature_blocks(text: str, sender: Address, kept: str, gone: list[str]) -> None:
    spoken = _spoken(text, sender)
    assert any(kept in s for s in spoken)
    assert not any(g in s for s in spoken for g in gone), spoken


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (  # Juno's tagline under a rule line
            "What a nice\nproblem!\n\nLove, Mother\n\n"
            "___________________________________________________________________\n"
            "Get the Internet just the way you want it.\n"
            "Free software, free e-mail, and free Internet access for a month!\n"
            "Try Juno Web: http://dl.www.juno.com/dynoget/tagj.\n",
            "Get the Internet",
        ),
        (  # UOL's, under "---"
            "Gostaria de saber o que voce acha.\nmaterial entregue ao Mauro Arce hoje.\n---\n"
            "UOL: o melhor da Internet.\n\n - ABRADEE 31 de maio de 2001.ppt\n",
            "UOL",
        ),
        (  # a not-the-intended-recipient notice in its own words
            "Attached please find the Employee Access Agreement and Wavier.\n\nThanks,\n"
            "Trish.\n\n\n**********NOTE**********\n"
            "The information contained in this email message is intended only\n"
            "for use of the individual or entity named above.  If the reader\n"
            "of this message is not the intended recipient, or the employee or\n"
            "agent responsible to deliver it to the intended recipient, you\n"
            "are hereby notified that any dissemination, distribution or\n"
            "copying of this communication is strictly prohibited.\n",
            "Trish.",
        ),
        (  # a virus-scan banner in two languages framed by rule lines
            "Please find attached a copy of an open letter to the Premier of Ontario.\n\n"
            "*******************************************************************\n"
            "This email message has been swept by MIMEsweeper\nfor the presence of computer "
            "viruses\n\nCe courrier a fait l'objet d'un balayage antivirus au moyen\n"
            "du logiciel MIMEsweeper\n"
            "*******************************************************************\n",
            "MIMEsweeper",
        ),
        (  # a broker's mail-security reminder between rule lines
            "My fax # is 212-765-1057. Thanks. JL\n\n"
            "--------------------------------------------------------------\n"
            "Reminder:  E-mail sent through the Internet is not secure.\n"
            "Do not use e-mail to send us confidential information\n"
            "such as credit card numbers, changes of address, PIN\n"
            "numbers, passwords, or other important information.\n"
            "--------------------------------------------------------------\n",
            "Reminder",
        ),
        (  # a law firm's notice: the frame holds a paragraph that names no confidentiality
            "As discussed.\n\n****************************************************\n"
            "This e-mail and any attachments thereto, is intended only for use by the "
            "addressee(s) named herein and may contain legally privileged information.\n\n"
            "Further information about the firm, a list of the Partners and their "
            "professional qualifications will be provided upon request.\n"
            "****************************************************\n",
            "Further information about the firm",
        ),
        (  # a newsletter's copyright notice
            "SBC Communications, Inc., today withdrew its petition.\n\n"
            "PLEASE NOTE:  This electronic publication is copyrighted by\n"
            "Telecommunications Reports International. Redistribution or\n"
            "retransmission of any part of this electronic publication --\n"
            "either internally or externally -- is strictly prohibited.\n",
            "copyrighted",
        ),
    ],
)
def test_notices_and_taglines(text: str, gone: str) -> None:
    spoken = _spoken(text, Address("Sasha Jacob", "sjacob@gpc.ca"))
    assert spoken
    assert not any(gone in s for s in spoken), spoken


def test_a_sign_off_above_a_rule_and_a_notice() -> None:
    """ "J.M." over a rule line, a law firm's notice and an attachment line."""
    lines = [
        "Attached is our black lined mark-up of the disclaimers that you sent to us on",
        "Friday.  Please contact us with your comments or questions.",
        "",
        "J.M.",
        "",
        "",
        "----------------------------------",
        "",
        "This e-mail is sent by a law firm and contains information",
        "that may be privileged and confidential. If you are not the",
        "intended recipient, please delete the e-mail and notify us",
        "immediately.",
        "",
        " - discl.wpd",
    ]
    out = classify_run(lines, Address("", "messinaj@sullcrom.com"))
    assert out[3] is K.SIGNATURE and out[6] is K.SIGNATURE
    assert 0 not in out and 1 not in out


def test_attachment_lines_under_a_signature() -> None:
    """ "Best regards." over a contact block, with Exchange's "- x.doc << File: x.doc >>"
    lines and a notice below: the block is found though the lines below it are many."""
    lines = [
        "Please feel free to call me with any  questions or comments that you may",
        "have.",
        "",
        "Best regards.",
        "",
        "Andy Stidd",
        "Global Securitization Services, LLC",
        "400  West Main Street, Suite 338",
        "(Tel.)   631 587 4700 ext. 11",
        "www.gssnyc.com",
        "",
        "(See attached file: GSS Services & Indemnity Agr.doc)",
        "",
        " - GSS Services & Indemnity Agr.doc << File: GSS Services & Indemnity Agr.doc >>",
        " - GSS S & I Agreement_NETCO.pdf << File: GSS S & I Agreement_NETCO.pdf >>",
    ]
    out = classify_run(lines, Address("Andrew L. Stidd", "astidd@gssnyc.com"))
    assert out[3] is K.SIGNATURE and out[5] is K.SIGNATURE
    assert 0 not in out


def test_a_quoted_sign_off_above_the_next_original_message() -> None:
    text = (
        "Brandon\n\n\n>  -----Original Message-----\n> From: \tTaylor, Michael E\n"
        "> Sent:\tThursday, October 04, 2001 8:42 AM\n> To:\tRigney, Brandon\n"
        "> Subject:\tRE: Let's grab these domain names\n>\n> Brandon,\n>\n"
        "> There will be no costs to our group associated with legal\n"
        "> going after that domain name, right?\n>\n> Mike\n>\n"
        ">  -----Original Message-----\n> From: \tRigney, Brandon\n"
        "> Sent:\tTuesday, October 02, 2001 11:02 AM\n> To:\tFoy, Felipe\n"
        "> Subject:\tLet's grab these domain names\n>\n> Felipe--\n"
    )
    spoken = _spoken(text, Address("Rigney, Brandon", "brandon.rigney@enron.com"))
    assert any("no costs to our group" in s for s in spoken)
    assert "Mike" not in spoken


def test_a_table_is_no_signature() -> None:
    """ "Brazil Mark T. April" opens with no valediction ("br") and "Mark T. 06/15/00" is no
    phone line ("T." with a date after it)."""
    text = (
        "Mark,\n\nDo you have an update as to where we are on due diligence and document\n"
        "preparation for the following:\n\nCountry Resp.  Start  ETA\n\n"
        "Chile  Mark T. 06/15/00\nPeru  Mark T. 06/15/00\nArgentina Mark T. April\n"
        "Brazil Mark T. April\nKorea  Mark T. 06/15/00\n\n\nThanks,\n\nDave\n"
    )
    spoken = _spoken(text, Address("David Forster", "david.forster@enron.com"))
    assert any("Brazil Mark T. April" in s for s in spoken)
    assert any("Korea" in s for s in spoken)
    assert "Dave" not in spoken


def test_sign_offs_in_the_middle_and_for_another() -> None:
    signed = (
        "Folks:  Let me know if this captures the results of the conversation on\nFriday.\n\n"
        "Best,\nJeff\n"
        "******************************************************************************\n"
        "Basics of Proposal\nSomething akin to the MOU, but WITHOUT the transmission component\n"
    )
    spoken = _spoken(signed, Address("Jeff Dasovich", "jeff.dasovich@enron.com"))
    assert "Jeff" not in spoken and any("Basics of Proposal" in s for s in spoken)
    behalf = (
        "MESSAGE SENT ON BEHALF OF WES COLWELL:\n\n"
        "You have been selected to participate on the VP Commercial Support PRC.\n\n"
        "If you have any questions or concerns, please don't hesitate to contact me at\n"
        "ext. 37249.\n\nWes Colwell\n"
    )
    spoken = _spoken(behalf, Address("Andrea Yowman", "andrea.yowman@enron.com"))
    assert "Wes Colwell" not in spoken and any("selected to participate" in s for s in spoken)
    bye = "here's our new address and telephone number:\n30 Newport Parkway\n\nbye,\nrajneesh\n"
    assert "bye," not in _spoken(bye, Address("Rajneesh Salhotra", "rajneeshsalhotra@yahoo.com"))


@pytest.mark.parametrize(
    ("notice", "gone"),
    [
        (
            '"Any views expressed in this message are those of the individual sender, except '
            'where the sender specifically states them to be the views of Skadden, Arps."',
            "Any views expressed",
        ),
        (
            "E-Notes is a publication of Baker & McKenzie.  It does not constitute legal\n"
            "advice or a legal opinion on any specific facts or circumstances.",
            "E-Notes",
        ),
    ],
)
def test_firm_notices(notice: str, gone: str) -> None:
    text = f"The terms and conditions must be included in the rate schedule.\n\n{notice}\n\n"
    text += "For more information about BAKER & McKENZIE, click on our business card.\n"
    spoken = _spoken(text, Address("", "janet.l.mondello@bakernet.com"))
    assert any("rate schedule" in s for s in spoken)
    assert not any(gone in s for s in spoken)


def test_an_article_that_opens_with_its_copyright_line_stays() -> None:
    """A news clip pasted whole: its copyright line opens a long paragraph, which is the
    article, not a notice."""
    article = "\n".join(
        [
            "09/10/2001",
            "Associated Press Newswires",
            "Copyright 2001. The Associated Press. All Rights Reserved.",
            "ATLANTA (AP) - Georgia Power began its case Monday for raising electric rates.",
        ]
        + ["The company proposes raising its allowed earnings from 11 percent to 13.5."] * 14
    )
    spoken = _spoken(f"FYI\n\n{article}\n\n---\nOn the Net:\n", Address("", "lb@enron.com"))
    assert any("Georgia Power began its case" in s for s in spoken)
