"""Printed mail in documents: exhibits, printed threads, blog posts, Dutch Outlook prints."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from onrecord.mail.exhibits import PrintedMail, looks_like_exhibit, split_printed_mail
from onrecord.record.model import Address


def span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    """The exact span of the (first after ``start``) occurrence of ``needle``."""
    i = text.index(needle, start)
    return i, i + len(needle)


def body(text: str, mail: PrintedMail) -> str:
    return text[mail.body_start : mail.body_end]


# ---------------------------------------------------------------------------- two mails, one page

OUTLOOK_PAGE = """\
Case 4:24-cv-04722-YGR Document 32-1 Filed 03/05/24 Page 3 of 7
EXHIBIT 12

From: Marcus Vale [mailto:mv@orchardhill.com]
Sent: Wednesday, January 13, 2016 11:02 AM
To: Doe, Jane; Smith, Tom <tsmith@orchardhill.com>
Cc: Legal <legal@orchardhill.com>
Subject: RE: Q1 research budget
Importance: High

Jane,

We will not cut the research budget this quarter. I told the bank the same on Monday.

Marcus

-----Original Message-----
From: Doe, Jane
Sent: Tuesday, January 12, 2016 4:45 PM
To: Marcus Vale <mv@orchardhill.com>
Subject: Q1 research budget

Marcus, are we cutting research or not? The board needs an answer by Friday.

Thanks,
Jane
"""


def test_two_mails_on_one_page_newest_first() -> None:
    text = OUTLOOK_PAGE
    assert looks_like_exhibit(text)
    newer, older = split_printed_mail(text)

    assert (newer.start, newer.header_end) == (
        text.index("From: Marcus"),
        span(text, "Importance: High")[1],
    )
    assert (newer.body_start, newer.body_end) == (
        text.index("Jane,\n\nWe will"),
        span(text, "Monday.\n\nMarcus")[1],
    )
    assert newer.end == newer.body_end
    assert body(text, newer) == (
        "Jane,\n\nWe will not cut the research budget this quarter. "
        "I told the bank the same on Monday.\n\nMarcus"
    )
    assert newer.sender == Address("Marcus Vale", "mv@orchardhill.com")
    assert newer.to == [Address("Doe, Jane", ""), Address("Smith, Tom", "tsmith@orchardhill.com")]
    assert newer.cc == [Address("Legal", "legal@orchardhill.com")]
    assert newer.date == datetime(2016, 1, 13, 11, 2, tzinfo=UTC)
    assert newer.date_offset_min is None
    assert newer.subject == "RE: Q1 research budget"
    assert newer.redactions == [] and newer.noise == []
    assert not newer.forwarded
    assert ("Importance", "High") in newer.headers

    # the separator line belongs to neither mail
    sep = span(text, "-----Original Message-----")
    assert newer.end < sep[0] and older.start > sep[1]
    assert older.start == text.index("From: Doe, Jane")
    assert (older.body_start, older.body_end) == (
        text.index("Marcus, are we"),
        len(text.rstrip("\n")),
    )
    assert older.sender == Address("Doe, Jane", "")
    assert older.to == [Address("Marcus Vale", "mv@orchardhill.com")]
    assert older.cc == []
    assert older.date == datetime(2016, 1, 12, 16, 45, tzinfo=UTC)
    assert older.subject == "Q1 research budget"
    # the caption and exhibit stamp above the first block are in no mail
    assert newer.start > span(text, "EXHIBIT 12")[1]


# ---------------------------------------------------------------------------- thread over two pages

FOOTER_1 = "CONFIDENTIAL                                                        OH-000123"
HEADER_2 = "Case 4:24-cv-04722-YGR Document 32-1 Filed 03/05/24 Page 4 of 7"
THREAD = f"""\
From: Piet Jansen <p.jansen@orchardhill.com>
Sent: Friday, January 15, 2016 9:30 AM
To: Marcus Vale <mv@orchardhill.com>; Doe, Jane
Subject: RE: RE: plant closure

Agreed. We announce on the 20th.

From: Marcus Vale <mv@orchardhill.com>
Sent: Thursday, January 14, 2016 6:12 PM
To: Piet Jansen <p.jansen@orchardhill.com>
Cc: Doe, Jane
Subject: RE: plant closure

Piet,

The Hengelo plant closes in March. Nobody outside this list knows yet, and the unions
{FOOTER_1}
\f{HEADER_2}
will hear it from us first.

Marcus

From: Doe, Jane
Sent: Thursday, January 14, 2016 2:03 PM
To: Vale, Marcus; Jansen, Piet
Subject: plant closure

When do we tell the unions?
Jane
OH-000124
"""


def test_three_mail_thread_over_two_pages_with_bates_footer_and_page_header() -> None:
    text = THREAD
    assert looks_like_exhibit(text)
    first, second, third = split_printed_mail(text)

    assert first.start == 0
    assert body(text, first) == "Agreed. We announce on the 20th."
    assert first.sender == Address("Piet Jansen", "p.jansen@orchardhill.com")
    assert first.to == [Address("Marcus Vale", "mv@orchardhill.com"), Address("Doe, Jane", "")]
    assert first.date == datetime(2016, 1, 15, 9, 30, tzinfo=UTC)

    # the page break falls inside the second body: footer and header are noise inside it
    assert second.start == text.index("From: Marcus Vale")
    assert second.body_start == text.index("Piet,\n")
    assert second.body_end == span(text, "first.\n\nMarcus")[1]
    assert second.noise == [span(text, FOOTER_1), span(text, HEADER_2)]
    assert second.sender == Address("Marcus Vale", "mv@orchardhill.com")
    assert second.cc == [Address("Doe, Jane", "")]
    assert second.date == datetime(2016, 1, 14, 18, 12, tzinfo=UTC)
    assert second.subject == "RE: plant closure"

    # the last Bates number is trimmed off the last body
    assert third.start == text.index("From: Doe, Jane")
    assert body(text, third) == "When do we tell the unions?\nJane"
    assert third.noise == []
    assert third.to == [Address("Vale, Marcus", ""), Address("Jansen, Piet", "")]
    assert third.date == datetime(2016, 1, 14, 14, 3, tzinfo=UTC)
    assert [m.start for m in (first, second, third)] == sorted(
        m.start for m in (first, second, third)
    )


def test_bare_page_numbers_and_running_headers_at_page_edges() -> None:
    text = (
        "Orchard Hill production\n"
        "From: Marcus Vale <mv@orchardhill.com>\n"
        "Date: Mon, 18 Jan 2016 08:00:00 +0100\n"
        "Subject: numbers\n"
        "\n"
        "The first half of the numbers is on this page and\n"
        "2\n"
        "\fOrchard Hill production\n"
        "the second half is on the next one.\n"
    )
    (mail,) = split_printed_mail(text)
    page_number = text.index("\n2\n") + 1
    assert mail.noise == [
        (page_number, page_number + 1),
        span(text, "Orchard Hill production", 30),
    ]
    assert mail.date == datetime(2016, 1, 18, 7, 0, tzinfo=UTC)
    assert mail.date_offset_min == 60
    assert body(text, mail).endswith("the second half is on the next one.")


# ---------------------------------------------------------------------------- blog post

BLOG = """\
# How the budget fight started

Last week we obtained the email that started it all. It was sent by the chief financial
officer to the board two days before the vote, and it reads in full:

From: Marcus Vale <mv@orchardhill.com>
Sent: Wednesday, January 13, 2016 11:02 AM
To: Board <board@orchardhill.com>
Subject: Research budget

All,

We will not cut the research budget this year. I have told the bank as much.

Best,
Marcus
CFO, Orchard Hill

Two days later, the board voted to cut the research budget by a third. Vale did not
respond to our questions about the email.

Read more about Orchard Hill in our archive.
"""


def test_blog_post_embeds_one_printed_mail_between_prose() -> None:
    text = BLOG
    assert looks_like_exhibit(text)
    (mail,) = split_printed_mail(text)
    assert mail.start == text.index("From: Marcus Vale")
    assert mail.body_start == text.index("All,")
    assert mail.end == mail.body_end == span(text, "CFO, Orchard Hill")[1]
    assert body(text, mail) == (
        "All,\n\nWe will not cut the research budget this year. I have told the bank as much."
        "\n\nBest,\nMarcus\nCFO, Orchard Hill"
    )
    assert mail.to == [Address("Board", "board@orchardhill.com")]
    assert mail.subject == "Research budget"


def test_signoff_followed_by_quote_header_is_not_cut() -> None:
    text = (
        "From: Jane Doe <jd@orchardhill.com>\n"
        "Date: Tue, 12 Jan 2016 10:00:00 -0500\n"
        "To: Marcus Vale <mv@orchardhill.com>\n"
        "\n"
        "Fine by me.\n\nThanks,\nJane\n\n"
        "On Mon, Jan 11, 2016 at 9:00 AM, Marcus Vale <mv@orchardhill.com> wrote:\n"
        "> Shall we meet on Friday to go through the numbers once more?\n"
    )
    (mail,) = split_printed_mail(text)
    assert mail.body_end == len(text) - 1
    assert mail.date_offset_min == -300
    assert mail.date == datetime(2016, 1, 12, 15, 0, tzinfo=UTC)


_SHORT = (
    "The first mail is from Greta.\n\n"
    "From: Greta Lindqvist <greta@alderbank-trust.org>\nDate: Sun, 8 Nov 2020 21:14\n"
    "To: Trustees <trustees@alderbank-trust.org>\nSubject: the gift\n\n"
    "The new wing will have to wait another year.\n\n{signoff}\n\n{after}\n"
)


@pytest.mark.parametrize(
    "signoff", ["Regards, Greta", "-- Greta", "Met vriendelijke groet, Greta Lindqvist"]
)
def test_a_short_sentence_after_a_one_line_signoff_is_the_page_s(signoff: str) -> None:
    text = _SHORT.format(signoff=signoff, after="Nobody replied for a week.")
    (mail,) = split_printed_mail(text)
    assert body(text, mail).endswith(signoff)


@pytest.mark.parametrize(
    "after", ["Sent from my iPhone.", "P.S. The minutes are attached.", "Alderbank Trust Ltd."]
)
def test_a_short_line_after_a_signoff_can_still_be_the_mail_s(after: str) -> None:
    text = _SHORT.format(signoff="Regards, Greta", after=after)
    (mail,) = split_printed_mail(text)
    assert body(text, mail).endswith(after)


# ---------------------------------------------------------------------------- redactions

REDACTED = """\
From: [REDACTED]
Sent: Monday, February 1, 2016 8:15 AM
To: Marcus Vale <mv@orchardhill.com>; [REDACTED]
Subject: inspection

Marcus,

The inspector (b)(6) found ████████ in the cooling water. Call XXXXXXXX before noon;
his cell is 555-XXX-XXXX. See also (b)(7)(C).
"""


def test_redactions_in_from_line_and_body_are_reported_and_kept() -> None:
    text = REDACTED
    (mail,) = split_printed_mail(text)
    assert mail.sender is None
    assert mail.sender_redacted
    assert mail.to == [Address("Marcus Vale", "mv@orchardhill.com")]
    assert mail.header_redactions == [
        span(text, "[REDACTED]"),
        span(text, "[REDACTED]", text.index("To:")),
    ]
    assert mail.redactions == [
        span(text, "(b)(6)"),
        span(text, "████████"),
        span(text, "XXXXXXXX"),
        span(text, "XXX-XXXX"),
        span(text, "(b)(7)(C)"),
    ]
    # the marks stay in the body text
    assert "████████" in body(text, mail)
    assert mail.date == datetime(2016, 2, 1, 8, 15, tzinfo=UTC)


def test_partially_redacted_sender_keeps_the_rest() -> None:
    text = (
        "From: Marcus Vale <[REDACTED]>\n"
        "Sent: Monday, February 1, 2016 8:15 AM\n"
        "Subject: hello\n\nHi.\n"
    )
    (mail,) = split_printed_mail(text)
    assert mail.sender == Address("Marcus Vale", "")
    assert not mail.sender_redacted


# ---------------------------------------------------------------------------- Dutch, German, French

DUTCH = """\
Van: Vale, Marcus <m.vale@orchardhill.nl>
Verzonden: woensdag 13 januari 2016 11:02
Aan: Jansen, Piet <p.jansen@orchardhill.nl>; de Boer, Anna
CC: Bakker, Eva
Onderwerp: RE: begroting 2016

Piet,

We gaan niet bezuinigen op onderzoek. Dat heb ik de bank ook gezegd.

Met vriendelijke groet,
Marcus

-----Oorspronkelijk bericht-----
Van: Jansen, Piet
Verzonden: 3-5-2016 9:15
Aan: Vale, Marcus
Onderwerp: begroting 2016

Gaan we bezuinigen?
"""


def test_dutch_outlook_blocks() -> None:
    text = DUTCH
    assert looks_like_exhibit(text)
    newer, older = split_printed_mail(text)
    assert newer.lang == "nl"
    assert newer.sender == Address("Vale, Marcus", "m.vale@orchardhill.nl")
    assert newer.to == [
        Address("Jansen, Piet", "p.jansen@orchardhill.nl"),
        Address("de Boer, Anna", ""),
    ]
    assert newer.cc == [Address("Bakker, Eva", "")]
    assert newer.date == datetime(2016, 1, 13, 11, 2, tzinfo=UTC)
    assert newer.date_offset_min is None
    assert newer.subject == "RE: begroting 2016"
    assert (newer.body_start, newer.body_end) == (
        text.index("Piet,\n"),
        span(text, "groet,\nMarcus")[1],
    )
    assert older.start == text.index("Van: Jansen")
    assert older.sender == Address("Jansen, Piet", "")
    assert older.to == [Address("Vale, Marcus", "")]
    assert older.date == datetime(2016, 5, 3, 9, 15, tzinfo=UTC)  # day first in Dutch
    assert body(text, older) == "Gaan we bezuinigen?"


@pytest.mark.parametrize(
    ("block", "lang", "when"),
    [
        (
            "Von: Vale, Marcus <mv@orchardhill.de>\nGesendet: Mittwoch, 13. Januar 2016 11:02\n"
            "An: Jansen, Piet\nBetreff: Budget\n",
            "de",
            datetime(2016, 1, 13, 11, 2, tzinfo=UTC),
        ),
        (
            "De : Vale, Marcus <mv@orchardhill.fr>\nEnvoyé : mercredi 13 janvier 2016 11:02\n"
            "À : Jansen, Piet\nObjet : Budget\n",
            "fr",
            datetime(2016, 1, 13, 11, 2, tzinfo=UTC),
        ),
        (
            "Van: Marcus Vale <mv@orchardhill.nl>\nDatum: wo 13 jan. 2016 om 11:02\n"
            "Onderwerp: Budget\nAan: Piet Jansen <pj@orchardhill.nl>\n",
            "nl",
            datetime(2016, 1, 13, 11, 2, tzinfo=UTC),
        ),
    ],
)
def test_german_french_and_gmail_dutch_headers(block: str, lang: str, when: datetime) -> None:
    text = block + "\nText van de mail.\n"
    (mail,) = split_printed_mail(text)
    assert mail.lang == lang
    assert mail.date == when
    assert mail.subject == "Budget"
    assert mail.sender is not None and mail.sender.name in ("Vale, Marcus", "Marcus Vale")
    assert body(text, mail) == "Text van de mail."


# ---------------------------------------------------------------------------- header forms


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Marcus Vale <mv@x.com>", Address("Marcus Vale", "mv@x.com")),
        ("Marcus Vale [mailto:MV@x.com]", Address("Marcus Vale", "mv@x.com")),
        ("mv@x.com [mailto:mv@x.com]", Address("", "mv@x.com")),
        ("Vale, Marcus", Address("Vale, Marcus", "")),
        ("Vale, Marcus <mv@x.com>", Address("Vale, Marcus", "mv@x.com")),
        ("Marcus Vale", Address("Marcus Vale", "")),
        ('"Vale, Marcus" <mv@x.com>', Address("Vale, Marcus", "mv@x.com")),
        ("Info <info@x.com> on behalf of Marcus Vale", Address("Info", "info@x.com")),
        ("**Marcus Vale** <mv@x.com>", Address("Marcus Vale", "mv@x.com")),
    ],
)
def test_printed_from_forms(value: str, expected: Address) -> None:
    text = f"From: {value}\nSent: Wednesday, January 13, 2016 11:02 AM\nSubject: x\n\nbody\n"
    (mail,) = split_printed_mail(text)
    assert mail.sender == expected


@pytest.mark.parametrize(
    ("value", "when", "offset"),
    [
        ("Wed, 13 Jan 2016 11:02:00 -0500", datetime(2016, 1, 13, 16, 2, tzinfo=UTC), -300),
        ("Wed, Jan 13, 2016 at 11:02 AM", datetime(2016, 1, 13, 11, 2, tzinfo=UTC), None),
        ("Tuesday, March 01, 2016 3:14 PM", datetime(2016, 3, 1, 15, 14, tzinfo=UTC), None),
        ("1/13/2016 11:02:15 AM", datetime(2016, 1, 13, 11, 2, 15, tzinfo=UTC), None),
        ("January 13, 2016 11:02 AM EST", datetime(2016, 1, 13, 16, 2, tzinfo=UTC), -300),
        (
            "13 January 2016 11:02 (UTC+01:00) Amsterdam, Berlin",
            datetime(2016, 1, 13, 10, 2, tzinfo=UTC),
            60,
        ),
        ("[REDACTED]", None, None),
    ],
)
def test_printed_date_forms(value: str, when: datetime | None, offset: int | None) -> None:
    text = f"From: Marcus Vale\nDate: {value}\nTo: Jane Doe\nSubject: x\n\nbody\n"
    (mail,) = split_printed_mail(text)
    assert (mail.date, mail.date_offset_min) == (when, offset)


def test_wrapped_recipient_line_and_attachments() -> None:
    text = (
        "From: Marcus Vale <mv@orchardhill.com>\n"
        "Sent: Wednesday, January 13, 2016 11:02 AM\n"
        "To: Doe, Jane <jd@orchardhill.com>; Jansen, Piet <pj@orchardhill.com>;\n"
        "Bakker, Eva <eb@orchardhill.com>\n"
        "Subject: plan\n"
        "Attachments: plan.pdf; budget.xlsx\n"
        "Please see the attached plan.\n"
    )
    (mail,) = split_printed_mail(text)
    assert [a.email for a in mail.to] == [
        "jd@orchardhill.com",
        "pj@orchardhill.com",
        "eb@orchardhill.com",
    ]
    assert body(text, mail) == "Please see the attached plan."
    assert mail.header_end == span(text, "budget.xlsx")[1]


def test_forwarded_message_separator_belongs_to_neither_body() -> None:
    text = (
        "From: Jane Doe <jd@orchardhill.com>\n"
        "Date: Thu, Jan 14, 2016 at 2:03 PM\n"
        "Subject: Fwd: plant closure\n"
        "To: Piet Jansen <pj@orchardhill.com>\n"
        "\n"
        "FYI\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Marcus Vale <mv@orchardhill.com>\n"
        "Date: Wed, Jan 13, 2016 at 11:02 AM\n"
        "Subject: plant closure\n"
        "To: Jane Doe <jd@orchardhill.com>\n"
        "\n"
        "Hengelo closes in March.\n"
    )
    outer, inner = split_printed_mail(text)
    assert body(text, outer) == "FYI"
    assert not outer.forwarded and inner.forwarded
    assert inner.start == text.index("From: Marcus")
    assert body(text, inner) == "Hengelo closes in March."


def test_separator_without_header_block_ends_the_body() -> None:
    text = (
        "From: Jane Doe <jd@orchardhill.com>\n"
        "Sent: Thursday, January 14, 2016 2:03 PM\n"
        "Subject: RE: plan\n"
        "\n"
        "Yes.\n"
        "-----Original Message-----\n"
        "garbled text the printer cut off\n"
    )
    (mail,) = split_printed_mail(text)
    assert body(text, mail) == "Yes."


def test_values_printed_on_the_line_below_their_names() -> None:
    text = (
        "From:\nMarcus Vale\n"
        "Sent:\tWednesday, January 13, 2016 11:02 AM\n"
        "To:\nJane Doe <jd@orchardhill.com>\n"
        "Subject:\nBudget\n"
        "\n"
        "Hello there.\n"
    )
    (mail,) = split_printed_mail(text)
    assert mail.sender == Address("Marcus Vale", "")
    assert mail.to == [Address("Jane Doe", "jd@orchardhill.com")]
    assert mail.subject == "Budget"
    assert body(text, mail) == "Hello there."


def test_exhibit_stamps_and_bates_inside_a_body_are_noise_not_signature_phones() -> None:
    text = (
        "From: Marcus Vale <mv@orchardhill.com>\n"
        "Sent: Wednesday, January 13, 2016 11:02 AM\n"
        "Subject: plan\n"
        "\n"
        "First part of the plan.\n"
        "Exhibit A\n"
        "GOOG-DOJ-12345678\n"
        "Second part of the plan.\n"
        "Marcus Vale\n"
        "T 020 5550123\n"
    )
    (mail,) = split_printed_mail(text)
    assert mail.noise == [span(text, "Exhibit A"), span(text, "GOOG-DOJ-12345678")]
    assert body(text, mail).endswith("T 020 5550123")


def test_empty_body() -> None:
    text = (
        "From: Jane Doe\nSent: Thursday, January 14, 2016 2:03 PM\nTo: Marcus Vale\nSubject: ok\n"
    )
    (mail,) = split_printed_mail(text)
    assert mail.body_start == mail.body_end == mail.end == mail.header_end == len(text) - 1


# ---------------------------------------------------------------------------- negatives

ARTICLE = """\
Letters to the editor

From: the editors
We received many letters this week about the plant closure in Hengelo. To: all readers who
wrote in, thank you. Subject: the closure itself, which the company announced on Date: the
20th of January.

Sent: from our newsroom.
"""

MARKDOWN = """\
---
title: "Notes from the board meeting"
date: 2016-01-13
author: Jane Doe
from: newsroom
to: subscribers
subject: board
---

# Notes from the board meeting

From: the minutes, as circulated.
Date: 13 January 2016.

The board discussed the research budget.
"""


FRONT_MATTER_CAPITALIZED = """\
---
From: newsroom
Date: 2016-01-13
Subject: board
To: subscribers
---

The board discussed the research budget.
"""


@pytest.mark.parametrize(
    "text",
    [ARTICLE, MARKDOWN, FRONT_MATTER_CAPITALIZED, "", "From: x\n", "plain text\n" * 100],
)
def test_documents_without_printed_mail(text: str) -> None:
    assert not looks_like_exhibit(text)
    assert split_printed_mail(text) == []


def test_body_header_lookalikes_do_not_start_a_mail() -> None:
    text = (
        "From: Marcus Vale <mv@orchardhill.com>\n"
        "Sent: Wednesday, January 13, 2016 11:02 AM\n"
        "Subject: memo\n"
        "\n"
        "MEMO\n"
        "To: all staff\n"
        "From: management\n"
        "The canteen closes early.\n"
    )
    (mail,) = split_printed_mail(text)
    assert body(text, mail).startswith("MEMO\nTo: all staff")
    assert mail.body_end == len(text) - 1


# ---------------------------------------------------------------------------- speed


def _big_exhibit(pages: int = 200) -> str:
    page = []
    for p in range(pages):
        page.append(
            f"Case 4:24-cv-04722-YGR Document 32-1 Filed 03/05/24 Page {p + 1} of {pages}\n"
            f"From: Marcus Vale <mv@orchardhill.com>\n"
            f"Sent: Wednesday, January 13, 2016 11:{p % 60:02d} AM\n"
            f"To: Doe, Jane; Jansen, Piet <pj@orchardhill.com>\n"
            f"Subject: RE: item {p}\n\n"
            + (
                "We will not cut the research budget this year, whatever the bank says. " * 12
                + "\n"
            )
            * 6
            + f"\nMarcus\nOH-{p:06d}\n\f"
        )
    return "".join(page)


def test_large_exhibit() -> None:
    # speed is measured in benchmarks/, not here; this pins the result on a 200-page exhibit
    text = _big_exhibit()
    assert len(text) > 1_000_000
    assert looks_like_exhibit(text)
    mails = split_printed_mail(text)
    assert len(mails) == 200
    assert all(m.noise == [] for m in mails)  # captions and Bates numbers sit between mails
    assert mails[7].subject == "RE: item 7"


def test_looks_like_exhibit_on_long_prose() -> None:
    text = "An ordinary paragraph of prose without any printed mail in it at all.\n" * 15000
    assert not looks_like_exhibit(text)
