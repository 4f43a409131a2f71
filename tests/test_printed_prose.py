"""Where a mail printed with no element around it ends: where the page author's prose resumes
(:mod:`onrecord.mail.printed_prose`), and italics as a change of typography."""

from __future__ import annotations

import pytest

from onrecord.mail.exhibits import PrintedMail, split_printed_mail
from onrecord.mail.past_tense import simple_past
from onrecord.mail.printed_prose import (
    end_at_prose,
    reads_as_page_prose,
    without_paragraph_numbers,
)
from onrecord.record.model import Address, Statement
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


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("The part arrived in September.", True),
        ("It never went out.", True),
        ("Het bezoek kwam er niet.", True),
        ("De raad kreeg de nieuwe begroting in april te zien.", True),
        ("Eiseres heeft daarop niet gereageerd, en zij belde de aannemer.", True),
        ("We are waiting for one last part, and the supplier has promised it for June.", False),
        ("The deck goes in next month as agreed, as requested by your engineers.", False),
        ("Ik kom volgende week langs om de woningen te bekijken.", False),
        ("Beste ouders, de locatie sluit niet voor de zomer.", False),
        ("Please provide an update on the date.", False),
    ],
)
def test_simple_past(text: str, past: bool) -> None:
    assert simple_past(text) is past


def test_a_paragraph_with_the_page_s_next_number_is_the_page_s() -> None:
    text = (
        "4. Two weeks later I asked him for the lease terms in writing.\n\n"
        "From: Hannah Cole <hannah@riverside.example>\nSent: Monday, March 16, 2020 2:15 PM\n"
        "To: Tom Becker <tom@harbor.example>\nSubject: RE: depot lease\n\n"
        "Can you send me the lease terms? I need them before the board meets on Friday.\n\n"
        "5. He never sent the terms.\n\n"
        "I declare under penalty of perjury that the foregoing is true and correct.\n"
    )
    (pm,) = end_at_prose(text, split_printed_mail(text))
    assert text[pm.body_end - 7 : pm.body_end] == "Friday."
    # a numbered list of the mail's own, starting over at 1, stays in the mail
    listed = text.replace("5. He never sent the terms.", "1. The rent.\n\n2. The deposit is due.")
    (pm,) = end_at_prose(listed, split_printed_mail(listed))
    assert listed[pm.body_start : pm.body_end].endswith("correct.")


def test_a_tense_change_ends_the_body_only_when_the_rest_is_impersonal() -> None:
    page = (
        "In May the leisure manager answered the club.\n\n"
        "From: Oliver Grant <oliver.grant@eastmere.gov.uk>\nDate: Thu, 20 May 2021 10:05\n"
        "To: Club <secretary@club.example>\nSubject: RE: pool opening\n\n"
        "We reopen the pool on 1 July.\n\n{second}\n\n{third}\n"
    )
    text = page.format(second="The part arrived in September.", third="It reopened in October.")
    (pm,) = end_at_prose(text, split_printed_mail(text))
    assert text[pm.body_start : pm.body_end] == "We reopen the pool on 1 July."
    # a sign-off below: the past-tense paragraph is still the mail's
    kept = page.format(second="The part arrived in September.", third="Oliver")
    (pm,) = end_at_prose(kept, split_printed_mail(kept))
    assert kept[pm.body_start : pm.body_end].endswith("Oliver")


def test_page_statements_lose_their_paragraph_numbers() -> None:
    text = "5. He never sent the terms.\n\n2.7 De woning werd pas in juli opgeleverd."
    sts = [
        Statement("5. He never sent the terms.", 0, 27, "en"),
        Statement("2.7 De woning werd pas in juli opgeleverd.", 29, len(text), "nl"),
    ]
    got = without_paragraph_numbers(text, sts)
    assert [(s.text, text[s.start : s.end]) for s in got] == [
        ("He never sent the terms.", "He never sent the terms."),
        ("De woning werd pas in juli opgeleverd.", "De woning werd pas in juli opgeleverd."),
    ]
