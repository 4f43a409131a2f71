"""Documents without front matter: the byline names the author, and in an interview only the
answers are the interviewee's (the questions are the interviewer's or nobody's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.engines.local import ingest
from onrecord.ingest.bydate import find_date, is_dateline
from onrecord.ingest.byline import find_byline
from onrecord.record.store import Store

OPED_MD = """# Why Wolkenveld will keep printing

*By Tobias Reed, commercial director of Uitgeverij Wolkenveld, Amsterdam. The Trade List,
opinion, 6 February 2024.*

Some readers have asked whether we will stop printing our backlist. We will not. Print remains
the heart of our catalogue, and every title we publish will stay available on paper.

Why does this matter? Because booksellers depend on it.
"""

NEWS_HTML = """<!doctype html><html lang="en"><head><title>Council closes library</title></head>
<body><h1>Council closes library</h1>
<p>On 3 March 2019 the council decided to close the central library.</p>
<p>By the end of the year Jane Doe, the alderwoman, had moved the books to the town hall.
Tobias Reed said the decision was a mistake.</p>
</body></html>"""

BRIEF_HTML = """<!doctype html><html lang="nl"><head><title>Ingezonden</title></head><body>
<p class="byline">Door Marloes de Kanter | dinsdag 12 maart 2024</p>
<p>De gemeente belooft al jaren een nieuwe brug. Ik geloof er niets meer van.</p>
<p>Wij hebben nooit ingestemd met de sluiting van de veerpont.</p>
</body></html>"""

INTERVIEW_NL_HTML = """<!doctype html><html lang="nl"><head><title>Interview met Marloes de Kanter</title>
</head><body>
<h1>'De uitgeverij blijft zelfstandig'</h1>
<p>Door Joost Prins</p>
<p>De Vaartbode, 2 juni 2022</p>
<p>Marloes de Kanter leidt sinds 2019 uitgeverij Wolkenveld.</p>
<p><strong>U beloofde in 2020 dat Wolkenveld nooit verkocht zou worden. Geldt dat nog?</strong></p>
<p>Ja. Wolkenveld blijft zelfstandig, daar sta ik voor.</p>
<p><strong>Ook als er een goed bod komt?</strong></p>
<p>Ook dan. Een bod verandert niets aan onze koers.</p>
</body></html>"""

INTERVIEW_EN_MD = """# A conversation about print

An interview with Sarah O'Neill, 14 March 2023

Sarah O'Neill has run the Harbour Press for ten years.

**Interviewer:** You said in 2019 that the press would never sell audiobooks. Is that still true?

**O'Neill:** We have changed our mind. Audiobooks are now a quarter of our sales.

**Interviewer:** Will you stop printing?

**O'Neill:** Never. Paper is what we do best.
"""

VA_TXT = """Verklaring van Anna Jansen aan de commissie Economische Zaken, 12 mei 2023

V: U heeft eerder gezegd dat de fabriek open blijft. Is dat nog zo?
A: De fabriek blijft open tot 2030.

V: En de banen?
A: Niemand wordt gedwongen ontslagen.
"""


def _ingest(tmp_path: Path, name: str, text: str, defaults: dict[str, str] | None = None):
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    store = Store.open(tmp_path / "x.db")
    try:
        ingest(store, [doc], defaults=defaults, workers=1)
        message = store.db.execute("SELECT from_name, date FROM messages").fetchone()
        said = [
            (r[0], r[1])
            for r in store.db.execute("SELECT author_name, text FROM statements ORDER BY start")
        ]
    finally:
        store.close()
    return message[0], (message[1] or "")[:10], said


def _by(said: list[tuple[str, str]], who: str) -> list[str]:
    return [t for a, t in said if a == who]


def test_an_oped_standfirst_names_the_author_and_date(tmp_path: Path) -> None:
    author, date, said = _ingest(tmp_path, "oped.md", OPED_MD)
    assert (author, date) == ("Tobias Reed", "2024-02-06")
    reed = _by(said, "Tobias Reed")
    assert "We will not." in reed
    assert "Why does this matter?" in reed  # a rhetorical question in an op-ed is the author's
    assert not any("commercial director" in t or "By Tobias" in t for _, t in said)


def test_a_dutch_html_byline_names_the_author_and_is_no_statement(tmp_path: Path) -> None:
    author, date, said = _ingest(tmp_path, "brief.html", BRIEF_HTML)
    assert (author, date) == ("Marloes de Kanter", "2024-03-12")
    assert _by(said, "Marloes de Kanter") == [
        "De gemeente belooft al jaren een nieuwe brug.",
        "Ik geloof er niets meer van.",
        "Wij hebben nooit ingestemd met de sluiting van de veerpont.",
    ]


def test_metadata_and_the_command_line_win_over_the_byline(tmp_path: Path) -> None:
    front = "---\nauthor: Redactie Handelsblad\ndate: 2024-02-07\n---\n" + OPED_MD
    author, date, _ = _ingest(tmp_path, "front.md", front)
    assert (author, date) == ("Redactie Handelsblad", "2024-02-07")
    (tmp_path / "cli").mkdir()
    author, date, _ = _ingest(
        tmp_path / "cli", "cli.html", BRIEF_HTML, {"author": "Piet Pieters", "date": "2024-04-01"}
    )
    assert (author, date) == ("Piet Pieters", "2024-04-01")


def test_a_news_article_that_mentions_people_has_no_author(tmp_path: Path) -> None:
    author, date, said = _ingest(tmp_path, "news.html", NEWS_HTML)
    assert author is None or author == ""
    assert date == ""  # "On 3 March 2019 the council decided" is an event, not a dateline
    assert said and all(a == "" for a, _ in said)


def test_a_dutch_interview_in_html_keeps_only_the_answers(tmp_path: Path) -> None:
    author, date, said = _ingest(tmp_path, "interview.html", INTERVIEW_NL_HTML)
    assert (author, date) == ("Marloes de Kanter", "2022-06-02")
    assert _by(said, "Marloes de Kanter") == [
        "Ja.",
        "Wolkenveld blijft zelfstandig, daar sta ik voor.",
        "Ook dan.",
        "Een bod verandert niets aan onze koers.",
    ]
    prins = _by(said, "Joost Prins")
    assert "U beloofde in 2020 dat Wolkenveld nooit verkocht zou worden." in prins
    assert "Marloes de Kanter leidt sinds 2019 uitgeverij Wolkenveld." in prins  # the intro


def test_an_english_interview_with_speaker_labels(tmp_path: Path) -> None:
    author, date, said = _ingest(tmp_path, "oneill.md", INTERVIEW_EN_MD)
    assert (author, date) == ("Sarah O'Neill", "2023-03-14")
    assert _by(said, "Sarah O'Neill") == [
        "We have changed our mind.",
        "Audiobooks are now a quarter of our sales.",
        "Never.",
        "Paper is what we do best.",
    ]
    # the unnamed interviewer's questions (her old pledge restated) are nobody's statements
    assert not any("would never sell audiobooks" in t for a, t in said if a)
    assert not any("Interviewer" in t or "O'Neill:" in t for _, t in said)


def test_a_statement_to_a_committee_with_v_and_a(tmp_path: Path) -> None:
    author, date, said = _ingest(tmp_path, "verklaring.txt", VA_TXT)
    assert (author, date) == ("Anna Jansen", "2023-05-12")
    assert _by(said, "Anna Jansen") == [
        "De fabriek blijft open tot 2030.",
        "Niemand wordt gedwongen ontslagen.",
    ]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("By Jane Doe | 3 March 2023\n\nText.", "Jane Doe"),
        ("Door J.P. de Vries\n\nTekst.", "J.P. de Vries"),
        ("Ingezonden brief van Pieter van den Berg, Utrecht\n\nTekst.", "Pieter van den Berg"),
        ("Statement by John Smith to the Senate Commerce Committee\n\nText.", "John Smith"),
        ("Door Mark Rutte is het kabinet gevallen.\n\nTekst.", ""),  # a sentence, no byline
        ("Door de crisis is alles anders.", ""),
        ("By Reuters Staff\n\nText.", ""),  # a desk, not a person
        ("By Jane Doe and John Smith\n\nText.", ""),  # two authors are not one
        ("Vandaag sprak Jane Doe de raad toe.\n\nDoor Jane Doe", "Jane Doe"),
    ],
)
def test_byline_forms(text: str, author: str) -> None:
    assert find_byline(text).author == author


def test_conversation_names_interviewee_and_interviewer() -> None:
    found = find_byline("Marloes de Kanter in gesprek met Joost Prins\n\nTekst.")
    assert (found.author, found.interviewer, found.interview) == (
        "Marloes de Kanter",
        "Joost Prins",
        True,
    )


def test_date_forms() -> None:
    assert find_date("February 6, 2024") == "2024-02-06"
    assert find_date("dinsdag 12 mrt. 2023") == "2023-03-12"
    assert find_date("2023-05-12") == "2023-05-12"
    assert find_date("31 februari 2023") == ""
    assert is_dateline("Amsterdam, 12 mei 2023")
    assert is_dateline("Published on Tuesday, February 6, 2024 at 10:30")
    assert not is_dateline("On 3 March 2019 the council decided to close the library.")


FAQ_MD = """---
author: Tobias Reed
date: 2024-02-06
---
We are moving our warehouse to Zwolle. Every order will still ship within two days.

**Will prices rise?**

No. Our prices stay the same this year.

**Will the shop in Amsterdam close?**

The shop stays open.
"""


def test_bold_questions_without_an_interview_byline_keep_the_opening_the_authors(
    tmp_path: Path,
) -> None:
    _, _, said = _ingest(tmp_path, "faq.md", FAQ_MD)
    assert _by(said, "Tobias Reed") == [
        "We are moving our warehouse to Zwolle.",
        "Every order will still ship within two days.",
        "No.",
        "Our prices stay the same this year.",
        "The shop stays open.",
    ]
    assert [t for a, t in said if a != "Tobias Reed"] == []  # unnamed questions: not statements


def test_a_heading_that_ends_in_the_interview_form_names_the_interviewee() -> None:
    text = (
        '# "We bouwen alleen nog elektrische bussen": interview met Kees van den Berg\n\n'
        "*Vakblad Vervoer, 4 juni 2022. Kees van den Berg leidt sinds 2015 busbedrijf Lijnwijk. "
        "Het gesprek werd gevoerd door Sara Kok.*\n\n"
        "**Vakblad Vervoer:** Waarom nu?\n\n"
        "**Van den Berg:** Omdat de provincie het vraagt.\n"
    )
    found = find_byline(text)
    assert (found.author, found.interview, found.date) == ("Kees van den Berg", True, "2022-06-04")


def test_a_signed_standfirst_of_a_spoken_statement_names_its_speaker() -> None:
    text = (
        "# Inspraak bij de commissie Ruimte van de gemeente Zwolle\n\n"
        "*Hanneke Bos, voorzitter van de bewonersvereniging Assendorp. Uitgesproken op dinsdag "
        "7 februari 2023, agendapunt 4.*\n\n"
        "Voorzitter, dank voor het woord.\n"
    )
    found = find_byline(text)
    assert (found.author, found.date, found.interview) == ("Hanneke Bos", "2023-02-07", False)
    statement = (
        "# Statement to the planning committee\n\n"
        "*Owen Hale, chair of the Riverside Residents' Association, 12 May 2021.*\n\nThank you.\n"
    )
    assert find_byline(statement).author == "Owen Hale"


def test_a_news_standfirst_that_names_a_person_gives_no_author() -> None:
    text = (
        "# Raad stemt in met nieuw zwembad\n\n"
        "*Jan de Vries, wethouder van Sport, zei op 3 maart 2023 dat het bad er komt.*\n\n"
        "De gemeenteraad heeft dinsdag ingestemd.\n"
    )
    assert find_byline(text).author == ""


GUEST_EN_MD = """---
title: "The new quay will be finished next spring"
date: 2025-03-02
---

By Moira Tulloch, Islands Editor

**PORT ANSELL** — Declan Furey has been harbour master of Port Ansell since 2019. We spoke to him
about the delays to the new quay.

**When will the new quay be ready?**

The contractor has promised me it will be finished by next spring. We will not pay a penny more
than the agreed eleven million pounds.

**Were the ferry operators consulted?**

Yes, we met every operator twice before the plans were approved.
"""

GUEST_NL_MD = """# 'Het zwembad gaat niet dicht'

Door Sanne de Wit

Wethouder Bakels van Oudmeer moet bezuinigen, maar niet op sport. Een gesprek over geld en water.

**Gaat het zwembad dicht?**

Nee. Zolang ik wethouder ben, blijft De Spetter open.

**Hoe betaalt u de renovatie dan?**

Met geld uit de reserve, dat hebben we in maart besloten.
"""

EXPLAINER_MD = """---
author: Tobias Reed
date: 2024-02-06
---
Last week Jane Doe, the council's finance chief, presented the new parking plan.

**What changes on 1 April?**

Parking in the centre will cost three euros an hour. Residents keep their permits.

**Which streets are affected?**

Every street inside the ring road.
"""


def test_bold_questions_under_a_writers_byline_are_put_to_the_guest_the_intro_presents(
    tmp_path: Path,
) -> None:
    _, _, said = _ingest(tmp_path, "furey.md", GUEST_EN_MD)
    assert _by(said, "Declan Furey") == [
        "The contractor has promised me it will be finished by next spring.",
        "We will not pay a penny more than the agreed eleven million pounds.",
        "Yes, we met every operator twice before the plans were approved.",
    ]
    tulloch = _by(said, "Moira Tulloch")
    assert "When will the new quay be ready?" in tulloch  # the writer asks
    assert not any("penny" in t for t in tulloch)


def test_a_dutch_interview_names_its_guest_by_title_and_surname(tmp_path: Path) -> None:
    _, _, said = _ingest(tmp_path, "bakels.md", GUEST_NL_MD)
    assert _by(said, "Wethouder Bakels") == [
        "Nee.",
        "Zolang ik wethouder ben, blijft De Spetter open.",
        "Met geld uit de reserve, dat hebben we in maart besloten.",
    ]
    assert "Gaat het zwembad dicht?" in _by(said, "Sanne de Wit")


def test_an_explainers_question_headings_stay_its_writers_words(tmp_path: Path) -> None:
    _, _, said = _ingest(tmp_path, "parking.md", EXPLAINER_MD)
    assert _by(said, "Jane Doe") == []  # named in the intro, but nobody asked her anything
    assert "Parking in the centre will cost three euros an hour." in _by(said, "Tobias Reed")


ADDRESSED_NL_MD = """---
title: "Oud-penningmeester dorpshuis: 'Ik heb drie keer gewaarschuwd'"
author: Anouk de Wit
date: 2025-09-12
---
Door Anouk de Wit

KLEIWERD - Het dorpshuis dreigt dicht te gaan. Gerda Hoekstra was tot februari penningmeester
van de stichting en stapte op na een ruzie met voorzitter Bert Lammers over een lening.

**Mevrouw Hoekstra, wanneer hoorde u voor het eerst van de lening?**

Eind januari. De voorzitter mailde het hele bestuur op 28 januari.

**Hoe reageerde de voorzitter?**

Hij schreef terug dat hij zelf zou tekenen.
"""

TITLED_EN_MD = """---
title: "We told the ministry in writing": an interview with Lydia Farrant
author: Owen Castellano
date: 2026-01-20
---
Minister Rhodri Pask cancelled the Ravensmoor Rail Link in February. Lydia Farrant ran the
project for four years.

**When did the budget stop holding?**

In the summer of 2023. Our cost model went from £1.4 billion to £2.1 billion in one quarter.

**Did the ministry know?**

Yes. We wrote to them in September.
"""


def test_the_guest_is_the_one_the_questions_address(tmp_path: Path) -> None:
    """An unknown first name ("Gerda"), and the chairman named in the same introduction: the
    question "Mevrouw Hoekstra, ...?" says who answers."""
    _, _, said = _ingest(tmp_path, "kleiwerd.md", ADDRESSED_NL_MD)
    assert _by(said, "Gerda Hoekstra") == [
        "Eind januari.",
        "De voorzitter mailde het hele bestuur op 28 januari.",
        "Hij schreef terug dat hij zelf zou tekenen.",
    ]
    assert _by(said, "Bert Lammers") == []


def test_the_guest_is_the_one_the_title_interviews(tmp_path: Path) -> None:
    """The introduction names a minister first; the title says whom the interview is with."""
    _, _, said = _ingest(tmp_path, "ravensmoor.md", TITLED_EN_MD)
    assert "Yes." in _by(said, "Lydia Farrant")
    assert _by(said, "Rhodri Pask") == []
