"""Where a mail printed with no element around it ends: where the page author's prose resumes
(:mod:`onrecord.mail.printed_prose`), and italics as a change of typography."""

from __future__ import annotations

import pytest

from onrecord.mail.exhibits import PrintedMail, split_printed_mail
from onrecord.mail.printed_prose import end_at_prose, reads_as_page_prose
from onrecord.record.model import Address
from onrecord.text.html import html_to_text_blocks


def _pm(name: str = "Tom Becker", email: str = "tom@harbor.example") -> PrintedMail:
    return PrintedMail(
        start=0,
        end=0,
        body_start=0,
        body_end=0,
        sender=Address(name=name, email=email),
        to=[Address(name="Hannah Cole", email="hannah@riverside.example")],
        cc=[],
        date=None,
    )


@pytest.mark.parametrize(
    "para",
    [
        "In that mail, Tom did not mention that his brother owned the site.",
        "Becker declined to say why the lease was ended.",
        "Dat schreef hij twee weken voordat de aannemer failliet ging.",
        "When I asked her about the mail in March, she said the vote never took place.",
        "Becker's lawyer said the mail was sent by mistake.",
    ],
)
def test_page_prose(para: str) -> None:
    assert reads_as_page_prose(para, _pm())


@pytest.mark.parametrize(
    "para",
    [
        "Tom, can you send me the figures before Friday?",
        "The lease ends in May and the new site is cheaper.",
        "Thanks for the mail, I will look at it tomorrow.",
        "Tom wrote:",
        "Thanks again for everything. -Tom",
        "This is Tom from Harbor Logistics, writing about the lease.",
        "Hannah will send the contract to the landlord.",
        "She said she would call the landlord tomorrow.",
    ],
)
def test_mail_text_is_not_page_prose(para: str) -> None:
    assert not reads_as_page_prose(para, _pm())


def test_a_sender_known_by_address_only_is_named_by_it() -> None:
    pm = _pm(name="", email="andrej.novak@lumen-lab.org")
    assert reads_as_page_prose("Novak never contacted the bank, the bank said.", pm)
    assert not reads_as_page_prose("Novak never contacted the bank, the bank said.", _pm(
        name="", email="info@lumen-lab.org"))  # fmt: skip


_PAGE = (
    "He wrote to the staff in May.\n\n"
    "From: Andrej Novak <andrej@lumen-lab.org>\nDate: Thu, 7 May 2020 12:30\n"
    "To: Staff <staff@lumen-lab.org>\nSubject: salaries\n\n"
    "We can pay all salaries until June.\n\n"
    "{second}\n\n"
    "Salaries for June were paid three weeks late.\n"
)


def test_the_body_ends_where_the_prose_resumes() -> None:
    text = _PAGE.format(second="Novak never contacted the bank, a spokesperson said.")
    (pm,) = end_at_prose(text, split_printed_mail(text))
    assert text[pm.body_start : pm.body_end] == "We can pay all salaries until June."


def test_a_mail_body_of_several_paragraphs_is_kept() -> None:
    # the second paragraph speaks as "I" too and stays the mail's; the page's closing line
    # narrates in the simple past what the mail only promised, impersonally, to the end
    text = _PAGE.format(second="I have asked the bank for a bridging loan.")
    (pm,) = end_at_prose(text, split_printed_mail(text))
    assert text[pm.body_start : pm.body_end] == (
        "We can pay all salaries until June.\n\nI have asked the bank for a bridging loan."
    )


def test_a_body_in_the_past_tense_throughout_is_kept() -> None:
    # nothing marks a change of tense when the mail itself already narrates in the past
    text = _PAGE.format(second="I asked the bank for a bridging loan on Monday.").replace(
        "We can pay all salaries until June.", "We paid all salaries in April."
    )
    (pm,) = end_at_prose(text, split_printed_mail(text))
    assert text[pm.body_end - 15 : pm.body_end] == "ree weeks late."[-15:]


def test_a_mail_held_by_its_own_element_is_left_alone() -> None:
    text = _PAGE.format(second="Novak never contacted the bank, a spokesperson said.")
    (pm,) = split_printed_mail(text)
    end = pm.body_end
    (pm,) = end_at_prose(text, [pm], [(pm.start, len(text))])
    assert pm.body_end == end


def test_italic_paragraphs_are_one_block() -> None:
    text, _, blocks = html_to_text_blocks(
        "<p>Intro.</p><p><em>From: A</em></p><p><i>Body one.</i></p><p><em>Two.</em></p>"
        "<p>Prose <em>with</em> emphasis.</p>"
    )
    italic = [text[s:e] for s, e in blocks if s != e]
    assert italic == ["From: A\n\nBody one.\n\nTwo."]
