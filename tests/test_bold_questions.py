"""An interview printed with bold questions and plain answers, without speaker labels: the
answers are the guest's claims, their "I" and "we" the guest's."""

from __future__ import annotations

import re

from onrecord.check.claims.bold_questions import answer_labels, intro_guest
from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext

INTERVIEW_EN = """---
title: "The council knew in March" - an interview with Harriet Ollerenshaw
author: Dev Malhotra
lang: en
---
Harriet Ollerenshaw ran the Copperfold leisure centre for nine years. She resigned in October.
We met her at her home in Bradwell.

**When did you learn the pool would close?**

In February. Our surveyor found that the roof beams had corroded.

**Did you tell the council?**

I wrote to the director of leisure, Simon Kettering, on 3 March. He never answered that letter.

*This interview has been shortened.*
"""

INTERVIEW_NL = """---
title: 'Ik heb niets achtergehouden'
author: Joke Vermeulen
lang: nl
---
Bram Teeuwen was tot de zomer directeur van zwembad De Spetter in Aldenwijk. Wij spraken hem in
zijn tuin.

**Meneer Teeuwen, wanneer hoorde u van het tekort?**

In januari. De penningmeester stuurde mij toen een overzicht van de kosten.

**De gemeente zegt dat u het tekort hebt verzwegen.**

Dat klopt niet. Ik heb de wethouder op 12 februari een brief gestuurd.

**Wat schreef u in die brief?**

Dat het tekort 240.000 euro was.
"""


def _by_text(text: str, lang: str) -> dict[str, str | None]:
    return {c.text: c.claimant for c in claims_from_text(text, lang=lang)}


def test_the_answers_are_the_guests_claims() -> None:
    claims = claims_from_text(INTERVIEW_EN, lang="en")
    by = {c.text: c for c in claims}
    intro = next(c for c in claims if "ran the Copperfold leisure centre" in c.text)
    assert intro.claimant in (None, "Dev Malhotra")  # the introduction is the author's
    letter = next(c for c in claims if "on 3 March" in c.text)
    assert letter.claimant == "Harriet Ollerenshaw"
    assert letter.subject == "Harriet Ollerenshaw"  # her "I"
    beams = next(c for t, c in by.items() if "roof beams" in t)
    assert beams.claimant == "Harriet Ollerenshaw"
    # the italic note after the last answer is the editor's, not hers
    assert all("shortened" not in c.text or c.claimant != "Harriet Ollerenshaw" for c in claims)


def test_a_dutch_interview_whose_title_names_no_one() -> None:
    by = _by_text(INTERVIEW_NL, "nl")
    got = {t: who for t, who in by.items() if "brief" in t or "penningmeester" in t}
    assert got and all(who == "Bram Teeuwen" for who in got.values())
    # the bold statement is the interviewer's turn, never the guest's
    assert all(who != "Bram Teeuwen" for t, who in by.items() if "verzwegen" in t)


def test_the_guest_from_the_title_or_the_introduction() -> None:
    ctx = NameContext(["Marit Olthof ran the farm. Joris Dekker sold it."])
    assert intro_guest("Joris Dekker sold it.", ctx, None) == "Joris Dekker"
    # the author is never the guest
    assert intro_guest("Joris Dekker met Marit Olthof.", ctx, "Joris Dekker") == "Marit Olthof"
    # the title's "interview with" is read first, by the ingest's reading
    body = (
        "Joris Dekker sold the farm.\n\n**Why did you stay?**\n\nBecause of the cheese.\n\n"
        "**And now?**\n\nWe go on."
    )
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.?!\n]+[.?!]", body)]
    labels = answer_labels(
        body, spans, [(None, 0)] * len(spans), ctx, None,
        "Cheese and quarrels: an interview with Marit Olthof",
    )  # fmt: skip
    answers = [who for (a, b), (who, _) in zip(spans, labels, strict=True) if "cheese" in body[a:b]]
    assert answers == ["Marit Olthof"]


def test_no_labels_without_bold_questions() -> None:
    """An article with one bold line (a dateline, a standfirst) is no interview; a transcript
    with labels keeps its own."""
    body = "**LONDON** - Ann Pike left.\n\nShe said she was tired.\n\n**Read more**\n\nEnd."
    spans = [(0, 27), (29, 53), (55, 68), (70, 74)]
    labels: list[tuple[str | None, int]] = [(None, 0)] * 4
    assert answer_labels(body, spans, labels, NameContext([body]), None, "") == labels
    labelled: list[tuple[str | None, int]] = [("Ann Pike", 10), (None, 0), (None, 0), (None, 0)]
    assert answer_labels(body, spans, labelled, NameContext([body]), None, "") == labelled


INTERVIEW_BYLINE = """---
title: '"We wrote three letters and got one answer": the crew union on Skerrin Ferries'
author: Moira Tulloch
lang: en
---
By Moira Tulloch, Islands Editor

**PORT ANSELL** — Skerrin Ferries announced in September that it would cut the winter timetable.
Since then, Declan Furey, the regional organiser of the Island Crews Union, has been exchanging
letters with the company's chief executive, Alison Thorne.

**When did you first hear about the cuts?**

On 2 September. I read it in the notice that was pinned up in the mess room.

**What did you do?**

I wrote to Alison Thorne on 5 September and asked for a meeting within a fortnight.
"""


def test_the_guest_is_named_after_the_byline_and_the_dateline() -> None:
    # the byline's role and the bold dateline are no person: "Islands Editor PORT ANSELL"
    # had become the guest
    claims = claims_from_text(INTERVIEW_BYLINE)
    texts = [c.text for c in claims]
    assert "Declan Furey read it in the notice that was pinned up in the mess room." in texts
    assert "Declan Furey wrote to Alison Thorne on 5 September." in texts
    assert "Declan Furey asked for a meeting within a fortnight." in texts  # not Alison Thorne
    assert all(c.claimant == "Declan Furey" for c in claims if "Furey" in c.text[:12])
