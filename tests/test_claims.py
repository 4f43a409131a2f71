"""Claims from documents, arguments, JSONL and CSV (onrecord.check.claims.extract)."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.check.claims.claim_lists import ClaimsError
from onrecord.check.claims.extract import (
    ABOUT_SPEECH,
    FACT,
    Claim,
    claims_from_args,
    claims_from_file,
    claims_from_text,
)

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "onrecord" / "samples" / "lumen"
NAMES = ["Marcus Vale", "Jan de Groot", "Anna Smith"]


def _by_text(claims: list[Claim]) -> dict[str, Claim]:
    return {c.text: c for c in claims}


# --- the bundled sample documents ---------------------------------------------------------


def test_complaint_md() -> None:
    path = SAMPLES / "complaint.md"
    claims = claims_from_file(path)
    file_text = path.read_text(encoding="utf-8")
    assert [c.text for c in claims] == [
        "Plaintiff Marcus Vale co-founded Lumen Labs in 2015 as a non-profit dedicated to open "
        "research.",
        "Lumen Labs promised that its research would be shared openly with the public.",
        "Marcus Vale always insisted that Lumen share its science.",
        "Lumen abandoned the promise that its research would be shared openly with the public "
        "when it began to keep its research internal in 2016.",
        "Vale never proposed a merger between Lumen and Vale Motors.",
    ]  # the heading "# Complaint" is dropped; "between Lumen and Vale Motors" is not split;
    # "that promise" says what was promised (its original stays as written)
    assert claims[3].original.startswith("Lumen abandoned that promise")
    for c in claims:
        assert c.lang == "en"
        assert c.claimant == "Marcus Vale"  # the author in the front matter
        assert c.source == str(path)
        assert c.span is not None and file_text[c.span[0] : c.span[1]] == c.original
    assert [c.subject for c in claims] == [
        "Marcus Vale", "Lumen Labs", "Marcus Vale", "Lumen", "Vale"
    ]  # fmt: skip
    assert [c.kind for c in claims] == [FACT, ABOUT_SPEECH, ABOUT_SPEECH, FACT, ABOUT_SPEECH]
    assert claims[2].original == "Marcus Vale always\ninsisted that Lumen share its science."


def test_nieuws_md() -> None:
    path = SAMPLES / "nieuws.md"
    claims = claims_from_file(path, names=NAMES)
    file_text = path.read_text(encoding="utf-8")
    texts = [c.text for c in claims]
    assert not any("Wat de e-mails" in t for t in texts)  # the heading
    assert texts == [
        "Lumen Labs publiceerde deze week e-mails uit 2016 en 2017 als antwoord op de rechtszaak "
        "van Marcus Vale.",
        "Vale stemde in 2016 in met het voorstel om de wetenschap niet te delen.",
        "Vale steunde ook het plan om Lumen onder te brengen bij zijn autobedrijf Vale Motors.",
        "Vale wilde de volledige controle over Lumen.",
    ]
    for c in claims:
        assert c.lang == "nl"
        assert c.span is not None and file_text[c.span[0] : c.span[1]] == c.original
    first, agreed, hij, volgens = claims
    assert first.subject == "Lumen Labs"  # the grammatical subject, not the person named later
    assert first.kind == FACT and first.claimant == "Redactie Techblad"
    assert agreed.subject == "Vale" and agreed.kind == ABOUT_SPEECH
    # pronoun resolution: "Hij" is the one person named in the previous sentence
    assert hij.original.startswith("Hij steunde ook het plan")
    assert hij.subject == "Vale" and hij.kind == ABOUT_SPEECH
    # claimant framing: "Volgens de aanklacht wilde Vale ..." -> "Vale wilde ..."
    assert volgens.original == "Volgens de aanklacht wilde Vale de volledige\ncontrole over Lumen."
    assert volgens.claimant == "de aanklacht"
    assert volgens.subject == "Vale" and volgens.kind == ABOUT_SPEECH


# --- extraction rules ---------------------------------------------------------------------

NEWS_EN = """---
title: What the Lumen emails show
author: Jane Reporter
lang: en
---
# What the Lumen emails show

By Jane Reporter | March 6, 2024

Marcus Vale agreed to the restructuring in 2017 and proposed a merger with Vale Motors. He also
wanted to become chief executive.

According to the complaint, Vale never received shares in Lumen Labs. Did Vale really want
control? This is shocking.

The lawsuit alleges that Lumen Labs broke its founding agreement. Anna Smith, a Lumen
spokesperson, said the emails speak for themselves.

Vale met Smith in 2018. He said the board was wrong.

I think Vale is right.

Read more: Lumen responds to the lawsuit

© 2024 Techblad. All rights reserved.
"""


def test_english_news() -> None:
    claims = claims_from_text(NEWS_EN, source="news.md", names=NAMES)
    got = _by_text(claims)
    assert list(got) == [
        "Marcus Vale agreed to the restructuring in 2017.",
        "Marcus Vale proposed a merger with Vale Motors.",
        "Marcus Vale also wanted to become chief executive.",
        "Vale never received shares in Lumen Labs.",
        "Lumen Labs broke its founding agreement.",
        "Anna Smith, a Lumen spokesperson, said the emails speak for themselves.",
        "Vale met Smith in 2018.",
        # "He said the board was wrong.": reported speech ("X said S") is X's claim, and an
        # opinion is not a claim, whoever holds it
    ]
    split_a, split_b = claims[0], claims[1]
    assert split_a.original == split_b.original and split_a.span == split_b.span
    assert split_b.subject == "Marcus Vale" and split_b.kind == ABOUT_SPEECH
    assert got["Marcus Vale also wanted to become chief executive."].original.startswith("He ")
    shares = got["Vale never received shares in Lumen Labs."]
    assert shares.claimant == "the complaint" and shares.subject == "Vale"
    assert shares.kind == FACT and shares.lang == "en"
    assert got["Lumen Labs broke its founding agreement."].claimant == "the lawsuit"
    assert got["Vale met Smith in 2018."].claimant == "Jane Reporter"  # the author
    for c in claims:
        assert NEWS_EN[c.span[0] : c.span[1]] == c.original  # type: ignore[index]
        assert c.source == "news.md"


NIEUWS_NL = """Volgens Vale wilde Lumen de code niet delen.

Hij steunde het plan en wilde de volledige controle.

De aanklacht stelt dat Vale de wetenschap niet wilde delen. Vale wilde volgens de aanklacht de
volledige controle over Lumen.

Dit is schandalig!

Lees ook: Lumen reageert op de rechtszaak

De onderhandelingen tussen Lumen en Vale Motors mislukten in 2018, aldus Jan de Groot. Wat
wilde Vale eigenlijk?

Piet van der Berg was in 2016 bestuurder van Lumen Labs.
"""


def test_dutch_rules() -> None:
    claims = claims_from_text(NIEUWS_NL, author="Redactie", names=NAMES)
    got = _by_text(claims)
    assert list(got) == [
        "Lumen wilde de code niet delen.",
        "Vale steunde het plan.",
        "Vale wilde de volledige controle.",
        "Vale wilde de wetenschap niet delen.",
        "Vale wilde de volledige controle over Lumen.",
        "De onderhandelingen tussen Lumen en Vale Motors mislukten in 2018.",
        "Piet van der Berg was in 2016 bestuurder van Lumen Labs.",
    ]
    assert got["Lumen wilde de code niet delen."].claimant == "Vale"
    # "Hij ... en wilde ...": split, and "Hij" resolved in both halves
    assert got["Vale steunde het plan."].subject == "Vale"
    assert got["Vale wilde de volledige controle."].subject == "Vale"
    assert got["Vale steunde het plan."].claimant == "Redactie"
    assert got["Vale wilde de wetenschap niet delen."].claimant == "de aanklacht"
    assert got["Vale wilde de volledige controle over Lumen."].claimant == "de aanklacht"
    talks = got["De onderhandelingen tussen Lumen en Vale Motors mislukten in 2018."]
    assert talks.claimant == "Jan de Groot" and talks.kind == FACT
    assert got["Piet van der Berg was in 2016 bestuurder van Lumen Labs."].subject == (
        "Piet van der Berg"
    )
    assert all(c.lang == "nl" for c in claims)


def test_subjects_and_particles() -> None:
    text = (
        "Lumen Labs CEO Anna Smith signed the deal in 2019.\n\n"
        "De Groot zei dat Lumen de code zou delen.\n\n"
        "Dhr. Jan de Groot stelde in 2017 voor om Lumen te verkopen."
    )
    claims = claims_from_text(text, names=NAMES)
    assert [c.subject for c in claims] == ["Anna Smith", "De Groot", "Jan de Groot"]
    assert [c.kind for c in claims] == [FACT, ABOUT_SPEECH, ABOUT_SPEECH]


def test_claimant_framings_en() -> None:
    text = (
        "Vale claims that Lumen abandoned its mission.\n\n"
        "Lumen kept its research internal, according to Anna Smith.\n\n"
        "Marcus Vale said in 2017 that Lumen needed more money."
    )
    a, b, c = claims_from_text(text, author="Reporter", names=NAMES)
    assert (a.text, a.claimant, a.subject) == ("Lumen abandoned its mission.", "Vale", "Lumen")
    assert (b.text, b.claimant) == ("Lumen kept its research internal.", "Anna Smith")
    # past-tense speech by a person is the claim itself, not framing
    assert c.text == "Marcus Vale said in 2017 that Lumen needed more money."
    assert (c.claimant, c.subject, c.kind) == ("Reporter", "Marcus Vale", ABOUT_SPEECH)


def test_dropped_sentences() -> None:
    text = (
        "# Heading\n\nWhy did Vale leave?\n\nThis is outrageous.\n\nWat een schande!\n\n"
        "Share this article\n\nCopyright 2024 Techblad\n\nHome | News | Tech\n\n"
        "Vale left the board in 2018."
    )
    assert [c.text for c in claims_from_text(text)] == ["Vale left the board in 2018."]


def test_html_document(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<!doctype html><html lang="en"><head><title>Lumen</title>'
        '<meta name="author" content="Jane Reporter"></head><body>'
        '<nav><a href="/">Home</a> | <a href="/t">Tech</a> | <a href="/b">Business</a></nav>'
        "<h1>What the Lumen emails show</h1><p>By Jane Reporter</p>"
        "<p>Marcus Vale supported the plan in 2017 and insisted on majority control. "
        "Is that surprising?</p><p>He added that Lumen Labs never shared its code.</p>"
        "<footer>© 2024 Techblad. All rights reserved.</footer></body></html>",
        encoding="utf-8",
    )
    claims = claims_from_file(page)
    assert [c.text for c in claims] == [
        "Marcus Vale supported the plan in 2017.",
        "Marcus Vale insisted on majority control.",
        "Lumen Labs never shared its code.",
    ]
    # "He added that S": S is his claim (reported speech), "He" the subject before
    assert [c.claimant for c in claims] == ["Jane Reporter", "Jane Reporter", "Marcus Vale"]
    assert [c.kind for c in claims] == [ABOUT_SPEECH, ABOUT_SPEECH, FACT]


# --- arguments, JSONL, CSV ----------------------------------------------------------------


def test_args_are_whole() -> None:
    claims = claims_from_args(
        [
            "Vale agreed to share the research and proposed a merger",
            "Volgens de aanklacht wilde Vale de volledige controle over Lumen.",
            "  ",
            "Lumen Labs was founded in 2015.",
        ],
        names=NAMES,
    )
    assert len(claims) == 3
    a, b, c = claims
    assert a.text == "Vale agreed to share the research and proposed a merger"
    assert (a.subject, a.kind, a.source, a.span) == ("Vale", ABOUT_SPEECH, "argument", None)
    assert a.lang == "en"
    assert (b.text, b.claimant, b.subject, b.lang) == (
        "Vale wilde de volledige controle over Lumen.", "de aanklacht", "Vale", "nl"
    )  # fmt: skip
    assert (c.subject, c.kind) == ("Lumen Labs", FACT)


def test_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text(
        '{"claim": "Vale wanted full control of Lumen."}\n'
        "\n"
        '{"claim": "Hij steunde het plan.", "subject": "Marcus Vale", "lang": "nl"}\n',
        encoding="utf-8",
    )
    a, b = claims_from_file(path, names=NAMES)
    assert (a.text, a.subject, a.kind, a.lang, a.source) == (
        "Vale wanted full control of Lumen.", "Vale", ABOUT_SPEECH, "en", str(path)
    )  # fmt: skip
    assert (b.text, b.subject, b.lang) == ("Hij steunde het plan.", "Marcus Vale", "nl")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"claim": "ok"}\n{not json}\n', "claims.jsonl:2: not valid JSON"),
        ('["a list"]\n', "claims.jsonl:1: expected an object"),
        ('{"subject": "Vale"}\n', 'claims.jsonl:1: no "claim" string'),
    ],
)
def test_bad_jsonl(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ClaimsError, match=message):
        claims_from_file(path)


def test_csv(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(
        "Claim,subject,lang\n"
        '"Vale proposed a merger between Lumen and Vale Motors.",,\n'
        "Vale stemde in met het voorstel.,Marcus Vale,nl\n"
        ",,\n",
        encoding="utf-8",
    )
    a, b = claims_from_file(path, names=NAMES)
    assert (a.text, a.subject, a.kind) == (
        "Vale proposed a merger between Lumen and Vale Motors.", "Vale", ABOUT_SPEECH
    )  # fmt: skip
    assert (b.subject, b.lang, b.kind) == ("Marcus Vale", "nl", ABOUT_SPEECH)


def test_csv_semicolon(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text("subject;claim\nVale;Vale wilde de controle over Lumen.\n", encoding="utf-8")
    (c,) = claims_from_file(path)
    assert (c.text, c.subject) == ("Vale wilde de controle over Lumen.", "Vale")


def test_bad_csv(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text("statement,who\nVale wanted control,Vale\n", encoding="utf-8")
    with pytest.raises(ClaimsError, match="no 'claim' column"):
        claims_from_file(path)
    with pytest.raises(ClaimsError, match="no such file"):
        claims_from_file(tmp_path / "missing.csv")


def test_txt_is_a_document(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        "Vale agreed to the plan and proposed a merger.\nIs that true?\n", encoding="utf-8"
    )
    claims = claims_from_file(path)
    assert [c.text for c in claims] == ["Vale agreed to the plan.", "Vale proposed a merger."]
    assert all(c.claimant is None for c in claims)


def test_a_passive_speech_verb_is_not_the_subjects_speech() -> None:
    from onrecord.check.claims.extract import ABOUT_SPEECH, FACT, _kind

    assert _kind("All 38 employees were to be offered a post in Havenstad.") == FACT
    assert _kind("Vale offered to fund the first year.") == ABOUT_SPEECH


@pytest.mark.parametrize(
    "claim",
    [
        "Verbeek kondigde in februari 2018 aan dat de afdeling die zomer dicht zou gaan.",
        "Dijkstra zegde in april 2021 een extra ambulance voor Oudmeer toe.",
        "De directeur deelde de medewerkers mee dat de fabriek sluit.",
    ],
)
def test_a_dutch_separable_verb_of_speech_makes_a_claim_about_speech(claim: str) -> None:
    """ "kondigde ... aan", "zegde ... toe": the particle at the end of the clause; a hedged
    mail then does not support the announcement or the pledge."""
    [c] = claims_from_args([claim], names=["Anouk Verbeek", "Marieke Dijkstra"])
    assert c.kind == ABOUT_SPEECH
