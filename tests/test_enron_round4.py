"""Header forms found on the round-4 development messages of the hand-labelled Enron sample
(issue 14; ``benchmarks/data/enron-segments``, n 368-447): the lines of each fixture are real
Enron mail. Header lines never become statements and the quoted writer comes from the header.
"""

from __future__ import annotations

from onrecord.mail.analyze import statements_of
from onrecord.mail.segment import segment_body
from onrecord.record.model import Address, Segment, SegmentKind

K = SegmentKind
OTHERS = (K.QUOTED, K.FORWARDED)


def _run(text: str, sender: Address) -> tuple[list[Segment], list[str]]:
    segs = segment_body(text, sender, None)
    return segs, [st.text for st in statements_of(text, segs)[0]]


def _said(spoken: list[str], words: str) -> bool:
    return any(words in " ".join(s.split()) for s in spoken)


def test_notes_subject_wrapped_over_two_lines() -> None:
    text = "\n".join(
        [
            "FYI",
            "---------------------- Forwarded by Matthias Lee/SIN/ECT on 07/07/2000 04:35",
            "PM ---------------------------",
            "",
            "",
            "Joanne.Ho@AllenOvery.com on 07/06/2000 02:19:17 AM",
            "To: Joanne.Ho@AllenOvery.com, Nick.Georgiou@AllenOvery.com",
            "cc:",
            "",
            "Subject: Allen & Overy Bulletin - Guangdong International Trust & Investment",
            "Corporation - Implications on Derivative Transactions with Chinese",
            "Counterparties (July 2000)",
            "",
            "",
            "Please  find  attached  the  July 2000 issue of the Guangdong International",
            "Trust  &  Investment  Corporation - Implications on Derivative Transactions",
            "with Chinese Counterparties Bulletin.",
        ]
    )
    segs, spoken = _run(text, Address("Matthias Lee", "matthias.lee@enron.com"))
    assert not _said(spoken, "Counterparties (July 2000)")
    assert not any(s.startswith("Corporation - ") for s in spoken)
    assert _said(spoken, "Please find attached the July 2000 issue")
    quoted = [s for s in segs if s.kind in OTHERS and "Please" in text[s.start : s.end]]
    assert quoted and quoted[0].author_email.lower() == "joanne.ho@allenovery.com"


def test_a_sentence_under_a_long_subject_is_still_text() -> None:
    """A guard for the rule above (the subject is real, the text under it is made up)."""
    text = "\n".join(
        [
            "Sergio Assad",
            "05/20/2001 11:53 AM",
            "To: Orlando Gonzalez/SA/Enron@Enron",
            "cc:",
            "Subject: Re: Generators want to kill Annex V and the rest of the proposal today",
            "I think we should call them before the meeting of the board on Monday, as we",
            "agreed.",
        ]
    )
    _, spoken = _run(text, Address("Debora Klinger", "debora.klinger@enron.com"))
    assert _said(spoken, "I think we should call them")


def test_a_web_shops_raw_header_with_reply_to_first() -> None:
    text = "\n".join(
        [
            "Reply To:service@harryanddavid.com",
            "From:service@harryanddavid.com",
            "Subject:Your order from Harry and David (#0300549511)",
            "??????????A",
            "Sender:service@harryanddavid.com",
            "To:rshapiro@enron.com,",
            "cc:",
            "bcc:",
            "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="ISO-8859-1"',
            "",
            "Thank you for ordering from http://www.harryanddavid.com/, your",
            "order has been received and is being processed.",
        ]
    )
    segs, spoken = _run(text, Address("Richard Shapiro", "rshapiro@enron.com"))
    for field in ("Reply To:", "Sender:", "??????????A", "bcc:", "MIME-Version"):
        assert not _said(spoken, field), field
    quoted = [s for s in segs if s.kind in OTHERS and "Thank you" in text[s.start : s.end]]
    assert quoted and quoted[0].author_email == "service@harryanddavid.com"


def test_a_dot_stuffed_original_message_line() -> None:
    text = "\n".join(
        [
            "Jim and/or the Johns would be fine by us.",
            "",
            ".----- Original Message -----",
            "From: <Mark.Taylor@enron.com>",
            "To: <dan@treebeards.com>",
            "Cc: <jamie@treebeards.com>",
            "Sent: Friday, August 10, 2001 11:18 AM",
            "Subject: RE: Let's Go Sailing!",
            "",
            "",
            "> Good catch!  I was thinking that Thanksgiving was the 29th -- oops.  I'll",
            "> get a revised quote.",
        ]
    )
    segs, spoken = _run(text, Address("Dan", "dan@treebeards.com"))
    assert not _said(spoken, "Original Message")
    quoted = [s for s in segs if s.kind in OTHERS and "Good catch" in text[s.start : s.end]]
    assert quoted and quoted[0].author_email.lower() == "mark.taylor@enron.com"


def test_notes_header_whose_spaces_the_archive_turned_into_question_marks() -> None:
    text = "\n".join(
        [
            "Aleck: ?Thanks very much for going above and beyond the call of duty to",
            "respond to my questions. ?Dave",
            "",
            "",
            "",
            "\tAleck.Dadson@enron.com",
            "",
            "\t06/19/2001 12:37 PM",
            "\t\t? ? ? ?",
            "\t\t? ? ? ? To: ? ? ? ?david.matthews@cgc.enbridge.com",
            "\t\t? ? ? ? cc: ? ? ? ?",
            "\t\t? ? ? ? Subject: ? ? ? ?Re: PACE presentation",
            "",
            "",
            "",
            "Dave, Here is my response to the concerns raised in your e-mail below",
            "regarding exports from Ontario to the connected US markets:",
        ]
    )
    segs, spoken = _run(text, Address("", "david.matthews@cgc.enbridge.com"))
    for field in ("To:", "cc:", "Subject:", "12:37 PM"):
        assert not _said(spoken, field), field
    quoted = [s for s in segs if s.kind in OTHERS and "Here is my" in text[s.start : s.end]]
    assert quoted and quoted[0].author_email.lower() == "aleck.dadson@enron.com"
