"""A mail quoted whole in a document (a Markdown block quote with its header) is its sender's:
the header, the salutation and the sign-off are markup, each sentence of its body is claimed by
the sender, and its "I" is the sender, not the document's author."""

from __future__ import annotations

from onrecord.check.claims.extract import Skipped, claims_from_text
from onrecord.check.claims.quoted_mail import mail_blocks, unquote_mail

BLOG_EN = """---
author: Ruth Calder
lang: en
---
Last week a reader sent me an email from the harbour office.

> ---------- Forwarded message ---------
> From: Owen Hartley <o.hartley@example.org>
> Date: Mon, 2 Jun 2025
> Subject: dredging
>
> Dear skippers,
>
> The harbour board decided on Friday to postpone the dredging until 2027. I told the board that the silt will close the inner berths by spring.
>
> Owen

Owen Hartley is the harbourmaster of Saltcombe Harbour Authority.
"""

BLOG_NL = """---
author: Lieke Span
lang: nl
---
Een medewerker stuurde mij deze mail door.

> -------- Doorgestuurd bericht --------
> Van: Marten Kuipers
> Aan: alle vrijwilligers
> Datum: 3 maart 2025
> Onderwerp: kantine
>
> Collega's,
>
> De kantine gaat per 1 mei dicht. Ik heb de gemeente gevraagd de huur te verlagen.
>
> Groet, Marten

Marten Kuipers is voorzitter van sportclub De Zwaluwen.
"""


def _run(text: str) -> tuple[list[tuple[str, str | None, str | None]], list[tuple[str, str]]]:
    skipped: list[Skipped] = []
    claims = claims_from_text(text, skipped=skipped)
    return (
        [(c.text, c.claimant, c.subject) for c in claims],
        [(s.original, s.reason) for s in skipped],
    )


def test_header_salutation_and_sign_off_are_markup() -> None:
    claims, skipped = _run(BLOG_EN)
    markup = [text for text, reason in skipped if reason == "markup"]
    for line in ("From: Owen Hartley", "Date: Mon, 2 Jun 2025", "Subject: dredging"):
        assert any(line in m for m in markup), (line, markup)
    assert any("Dear skippers," in m for m in markup)
    assert any(m.strip(" >") == "Owen" for m in markup)
    assert not any("From:" in text or "Dear" in text for text, _, _ in claims)


def test_the_body_is_the_senders_and_his_i_is_him() -> None:
    claims, _ = _run(BLOG_EN)
    by_text = {text: (claimant, subject) for text, claimant, subject in claims}
    dredging = next(t for t in by_text if "postpone the dredging" in t)
    assert dredging.startswith("The harbour board decided")  # not a word of the header
    assert by_text[dredging][0] == "Owen Hartley"
    told = next(t for t in by_text if "silt will close" in t)
    assert told.startswith("Owen Hartley told the board")  # not the blog's author
    assert by_text[told] == ("Owen Hartley", "Owen Hartley")
    # the blogger's own sentence stays hers
    assert by_text["Owen Hartley is the harbourmaster of Saltcombe Harbour Authority."][0] == (
        "Ruth Calder"
    )


def test_dutch_forwarded_mail() -> None:
    claims, skipped = _run(BLOG_NL)
    markup = [text.strip(" >") for text, reason in skipped if reason == "markup"]
    assert "Van: Marten Kuipers" in markup and "Collega's," in markup
    assert "Groet, Marten" in markup
    by_text = {text: (claimant, subject) for text, claimant, subject in claims}
    asked = next(t for t in by_text if "huur te verlagen" in t)
    assert asked.startswith("Marten Kuipers heeft de gemeente gevraagd")
    assert by_text[asked][0] == "Marten Kuipers"
    closed = next(t for t in by_text if "kantine" in t.lower())
    assert by_text[closed][0] == "Marten Kuipers"


def test_a_quote_without_a_header_is_no_mail_and_a_last_yup_is_said() -> None:
    plain = "He wrote:\n\n> We will never sell the stadium.\n"
    assert mail_blocks(plain) == []
    assert unquote_mail(plain, []) == plain
    reply = "> From: Dana Reyes\n> Subject: Re: the plan\n>\n> Yup\n"
    (mail,) = mail_blocks(reply)
    assert mail.sender == "Dana Reyes"
    yup = reply.index("Yup")
    assert not mail.in_markup(yup, yup + 3)  # the only line of the body is what she said
    unquoted = unquote_mail(reply, [mail])
    assert len(unquoted) == len(reply) and ">" not in unquoted


def test_the_sender_without_the_address() -> None:
    (mail,) = mail_blocks(BLOG_EN.split("---\n", 2)[2])
    assert mail.sender == "Owen Hartley"


def test_please_is_no_one() -> None:
    text = (
        "Kestrel Rowing Club ordered new oars in March. Please do not tell the members yet. "
        "So the board approved the order in May."
    )
    subjects = [c.subject for c in claims_from_text(text, lang="en")]
    assert "Please" not in subjects
    assert subjects[-1] == "Kestrel Rowing Club"
