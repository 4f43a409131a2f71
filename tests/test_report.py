"""`onrecord report`: the HTML and Markdown reports on the sample case and on hostile mail.

The HTML must be self-contained (no network loads, a strict CSP, in-file links that resolve),
carry every claim with its verdict, confidence, judge and evidence, and show mail text as text:
a <script> or an onerror= in a message never becomes markup. The Markdown is checked the same
way after rendering it with a CommonMark renderer that passes raw HTML through.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from markdown_it import MarkdownIt

from onrecord.present.report import CSP
from onrecord.present.report_render import md_fence, md_inline

CLAIMS = (
    "Marcus Vale always insisted that Lumen share its science.",
    "Vale never proposed a merger between Lumen and Vale Motors.",
)

HOSTILE = """From evil@x.example Mon Mar 07 10:00:00 2016
From: "<svg onload=alert(3)>" <evil@x.example>
To: ilse@lumenlabs.example
Subject: <b onmouseover=alert(4)>budget</b>
Date: Mon, 07 Mar 2016 10:00:00 +0000
Message-ID: <hostile-1@x.example>

The budget plan is <script>alert(1)</script> approved by the board.
See <img src=x onerror=alert(2)> and [a link](http://evil.example/x) for the budget.
``` fenced ``` and `ticks` stay text; &amp; &lt;b&gt; too.

From ilse@lumenlabs.example Mon Mar 07 11:00:00 2016
From: Ilse Okafor <ilse@lumenlabs.example>
To: evil@x.example
Subject: Re: budget
Date: Mon, 07 Mar 2016 11:00:00 +0000
Message-ID: <hostile-2@lumenlabs.example>
In-Reply-To: <hostile-1@x.example>

Yup

On Mon, Mar 7, 2016 at 10:00 AM, evil <evil@x.example> wrote:
> The budget plan is <script>alert(1)</script> approved by the board.
"""


def _doc(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def _markdown_as_html(md: str) -> lxml.html.HtmlElement:
    """The Markdown as a CommonMark viewer shows it (raw HTML passed through, as GitHub and
    most viewers do before sanitizing)."""
    return _doc(MarkdownIt("commonmark").render(md))


def _assert_inert(doc: lxml.html.HtmlElement) -> None:
    """No element that runs or loads anything, no event handler, no network reference."""
    for tag in (
        "script",
        "img",
        "iframe",
        "object",
        "embed",
        "link",
        "base",
        "form",
        "video",
        "audio",
        "source",
        "frame",
        "meta[@http-equiv='refresh']",
    ):
        assert not doc.xpath(f"//{tag}"), f"<{tag}> in the output"
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), f"{name}= on <{el.tag}>"
            if name.lower() in (
                "href",
                "src",
                "xlink:href",
                "action",
                "srcset",
                "data",
                "poster",
                "formaction",
            ):
                v = value.strip().lower()
                assert v.startswith("#"), f"{name}={value!r} on <{el.tag}> is not an in-file link"
    for style in doc.xpath("//style"):
        assert "url(" not in style.text_content() and "@import" not in style.text_content()


def _assert_links_resolve(doc: lxml.html.HtmlElement) -> set[str]:
    ids = {el.get("id") for el in doc.iter() if isinstance(el.tag, str) and el.get("id")}
    targets = {a.get("href")[1:] for a in doc.xpath("//a[@href]")}
    assert targets, "no in-file links"
    missing = targets - ids
    assert not missing, f"links without a target: {sorted(missing)[:5]}"
    return targets


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from conftest import Cli
    from onrecord.present.demo import sample_dir

    tmp = tmp_path_factory.mktemp("report")
    cli = Cli(tmp / "r.db")
    sample = sample_dir()
    cli("ingest", str(sample))
    html, md = tmp / "out" / "report.html", tmp / "out" / "report.md"
    data = cli.json(
        "report",
        *CLAIMS,
        "--file",
        str(sample / "nieuws.md"),
        "--person",
        "Ilse",
        "--html",
        str(html),
        "--md",
        str(md),
    )
    return {"data": data, "html": html.read_text(), "md": md.read_text()}


def test_report_json_names_the_files(sample_report: dict) -> None:
    data = sample_report["data"]
    assert data["html"].endswith("report.html") and data["md"].endswith("report.md")
    report = data["report"]
    assert report["summary"]["claims"] == len(report["claims"]) >= len(CLAIMS) + 3
    names = [p["person"]["name"] for p in report["people"]]
    assert names[0] == "Ilse Okafor" and "Marcus Vale" in names  # asked for, then subjects


def test_html_claims_verdicts_judges_and_evidence(sample_report: dict) -> None:
    doc = _doc(sample_report["html"])
    claims = sample_report["data"]["report"]["claims"]
    for c in claims:
        art = doc.get_element_by_id(c["anchor"])
        text = " ".join(art.text_content().split())
        assert c["claim"] in text
        assert c["verdict"].replace("_", " ") in text
        assert c["judge"] in text and c["judge"].startswith("builtin/")
        assert f"{c['confidence']:.0%}" in text
        for e in c["evidence"]:
            assert " ".join(e["statement"].split()) in text
            assert e["stance"] in text
            link = art.xpath(f".//a[@href='#msg-{e['message']}']")
            assert link, f"no link to message {e['message']} from {c['anchor']}"
    insisted = next(c for c in claims if c["claim"] == CLAIMS[0])
    assert insisted["verdict"] == "contradicted"
    # the "Yup" is shown with what it endorsed, and its thread around it
    yup = next(e for e in insisted["evidence"] if e["statement"] == "Yup")
    assert "not share the science" in yup["endorses"]["text"]
    assert [m["from"]["name"] for m in yup["context"]["replies"]] == ["Daan de Groot"]


def test_html_is_self_contained(sample_report: dict) -> None:
    html = sample_report["html"]
    doc = _doc(html)
    csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp == [CSP] and CSP == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    _assert_inert(doc)
    targets = _assert_links_resolve(doc)
    # every embedded message has its anchor and its full text, segments labelled by kind
    for m in sample_report["data"]["report"]["messages"]:
        sec = doc.get_element_by_id(f"msg-{m['id']}")
        body = "".join(sec.xpath(".//pre//text()"))
        for s in m["statements"]:
            assert s["text"].split()[0] in body
    assert any(t.startswith("msg-") for t in targets)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    # the timeline: one row per person, dots linking to the messages, evidence ringed
    svg = doc.xpath("//section[@id='timeline']//svg")
    assert len(svg) == 1
    rows = sample_report["data"]["report"]["timeline"]["rows"]
    assert len(rows) == len(sample_report["data"]["report"]["people"])
    assert svg[0].xpath(".//a[starts-with(@href, '#msg-')]")
    rings = {c.split()[0] for c in svg[0].xpath(".//*[starts-with(@class, 'ring-')]/@class")}
    assert rings & {"ring-contradicts", "ring-both"}  # a message quoted against a claim


def test_files_named_without_their_folders(sample_report: dict) -> None:
    """A report sent on does not reveal where the archive lay on the ingesting machine."""
    from onrecord.present.demo import sample_dir
    from onrecord.present.report_render import render_html, short_paths

    folder = str(sample_dir())
    report = sample_report["data"]["report"]
    assert folder in json.dumps(report)  # --json keeps the full paths, for scripts
    for text in (sample_report["html"], sample_report["md"]):
        assert folder not in text and str(sample_report["data"]["html"]) not in text
        assert "archive.mbox" in text
    assert folder in render_html(report)  # what --full-paths writes
    assert short_paths({"source": "/a/b/x.mbox#offset:9", "path": "C:\\m\\y.eml"}) == {
        "source": "x.mbox#offset:9",
        "path": "y.eml",
    }


def test_markdown_has_the_same_claims(sample_report: dict) -> None:
    md = sample_report["md"]
    report = sample_report["data"]["report"]
    doc = _markdown_as_html(md)
    _assert_inert(doc)
    _assert_links_resolve(doc)
    text = " ".join(doc.text_content().split())
    for c in report["claims"]:
        assert md_inline(c["claim"]) in md
        assert c["claim"] in text and c["verdict"] in text and c["judge"] in text
        for e in c["evidence"]:
            assert " ".join(e["statement"].split()) in text
    html_doc = _doc(sample_report["html"])
    assert [a.get("id") for a in html_doc.xpath("//article[@id]")] == [
        c["anchor"] for c in report["claims"]
    ]


def test_hostile_mail_stays_text(cli, tmp_path: Path) -> None:
    box = tmp_path / "hostile.mbox"
    box.write_text(HOSTILE)
    cli("ingest", str(box))
    html, md = tmp_path / "h.html", tmp_path / "h.md"
    data = cli.json(
        "report",
        "The board approved the budget plan.",
        "--person",
        "evil",
        "--no-dense",
        "--html",
        str(html),
        "--md",
        str(md),
    )
    report = data["report"]
    assert {m["message_id"] for m in report["messages"]} >= {
        "hostile-1@x.example",
        "hostile-2@lumenlabs.example",
    }
    page = html.read_text()
    doc = _doc(page)
    _assert_inert(doc)
    _assert_links_resolve(doc)
    # neither the sender's name nor the subject became markup
    assert not doc.xpath("//svg//svg | //b[contains(., 'budget')]")
    text = doc.text_content()
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert "<svg onload=alert(3)>" in text and "<b onmouseover=alert(4)>budget</b>" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # Markdown: the same strings come out as text when the Markdown is rendered
    mdoc = _markdown_as_html(md.read_text())
    _assert_inert(mdoc)
    _assert_links_resolve(mdoc)
    mtext = mdoc.text_content()
    assert "<script>alert(1)</script>" in mtext and "<img src=x onerror=alert(2)>" in mtext
    assert "<b onmouseover=alert(4)>budget</b>" in mtext
    assert not mdoc.xpath("//a[contains(@href, 'evil.example')]")


def test_markdown_escaping_round_trips() -> None:
    md = MarkdownIt("commonmark")
    for s in (
        "<script>x</script> *a* _b_ [c](http://d) `e` | f & g &amp; # h",
        "1. not a list",
        "- not a bullet",
        "# not a heading",
        "> not a quote",
    ):
        out = _doc(
            md.render(f"x {md_inline(s)}" if not s[0].isalnum() and s[0] != "<" else md_inline(s))
        )
        assert " ".join(out.text_content().split()).removeprefix("x ") == s
        assert not out.xpath("//script | //a | //em | //code | //ol | //ul | //h1 | //blockquote")
    text = "a ``` b\n````\n<script>"
    out = _doc(md.render(md_fence(text)))
    assert out.xpath("//pre/code")[0].text_content().rstrip("\n") == text


def test_report_needs_an_output_and_a_subject(cli, sample: Path) -> None:
    cli("ingest", str(sample / "archive.mbox"))
    assert "no output" in cli("report", CLAIMS[0], code=2)
    assert "nothing to report" in cli("report", "--html", "x.html", code=2)
    assert "no person" in cli("report", "--person", "nobody-here", "--html", "x.html", code=4)


def test_person_only_report(cli, sample: Path, tmp_path: Path) -> None:
    cli("ingest", str(sample / "archive.mbox"))
    out = tmp_path / "p.html"
    data = cli.json("report", "--person", "Vale", "--no-dense", "--html", str(out))
    assert data["report"]["claims"] == []
    doc = _doc(out.read_text())
    _assert_inert(doc)
    _assert_links_resolve(doc)
    assert "Marcus Vale" in doc.get_element_by_id("timeline").text_content()


def test_demo_writes_the_report(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from onrecord.cli import app

    result = CliRunner().invoke(
        app, ["demo", "--out", str(tmp_path), "--json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    page = Path(data["report"]["html"]).read_text()
    doc = _doc(page)
    _assert_inert(doc)
    _assert_links_resolve(doc)
    assert len(doc.xpath("//article[@id]")) == len(data["verdicts"]) > 0
    assert Path(data["report"]["md"]).is_file()
    # the forward with an approving comment and the blog post printing a mail, both resolved
    published = data["published"]
    assert {e["author_name"] for e in published["endorsements"]} == {"Ilse Okafor"}
    assert {e["stance"] for e in published["endorsements"]} == {"agree"}
    (copy,) = published["copies"]
    assert {Path(p).name for p in copy["sources"]} == {"archive.mbox", "ledger-blog.html"}


class _FakeReport:
    """What `onrecord.check.contradictions.find_contradictions` returns (its as_dict)."""

    def __init__(self, person: dict, pairs: list[dict]) -> None:
        self.person, self.pairs = person, pairs

    def as_dict(self) -> dict:
        return {"person": self.person, "pairs": self.pairs, "stats": {"statements": 9}}


@pytest.fixture
def store(tmp_path: Path):
    from onrecord.engines.local import ingest
    from onrecord.present.demo import sample_dir
    from onrecord.record.store import Store

    s = Store.open(tmp_path / "c.db")
    ingest(s, [sample_dir() / "archive.mbox"], workers=1)
    yield s
    s.close()


def _side(store, ref: str, text: str, kind: str = "authored") -> dict:
    row = store.message_row(ref)
    st = next(s for s in store.statements_of(row["id"]) if s["text"] == text)
    return {
        "text": text,
        "date": row["date"],
        "message_id": row["id"],
        "kind": kind,
        "source": "archive.mbox",
        "span": [st["start"], st["end"]],
        "endorses": None,
    }


def test_contradictions_section(store, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from onrecord.present.report import build_report
    from onrecord.present.report_render import render_html, render_markdown

    a = _side(
        store,
        "mission-1@valemotors.example",
        "Everything we build should be open: the code, the models and the science.",
    )
    b = _side(store, "yup-3@valemotors.example", "Yup", "endorsed")
    b["text"] = "it's totally OK to not share the science <script>x</script>"
    b["endorses"] = {
        "assent": "Yup",
        "stance": "agree",
        "statement_id": 7,
        "text": b["text"],
        "author": {"name": "Ilse Okafor", "email": "ilse@lumenlabs.example"},
        "date": "2016-01-13T18:40:00Z",
        "message_id": store.message_row("open-science-2@lumenlabs.example")["id"],
    }
    calls = []

    def find_contradictions(
        store_, person=None, topic=None, *, judge=None, embedder=None, limit=20, progress=None
    ):
        calls.append(person)
        p = store_.find_person(person)[0]
        if p["name"] != "Marcus Vale":
            return [_FakeReport({"id": p["id"], "name": p["name"], "emails": p["emails"]}, [])]
        pair = {"a": a, "b": b, "score": 0.91, "judge": "builtin/x", "days_apart": 9.1, "rank": 0.9}
        return [_FakeReport({"id": p["id"], "name": p["name"], "emails": p["emails"]}, [pair])]

    fake = types.ModuleType("onrecord.check.contradictions")
    fake.find_contradictions = find_contradictions
    monkeypatch.setitem(sys.modules, "onrecord.check.contradictions", fake)
    report = build_report(store, [], persons=["Vale", "Ilse"])
    assert len(calls) == 2
    doc = _doc(render_html(report))
    _assert_inert(doc)
    _assert_links_resolve(doc)
    section = doc.get_element_by_id("contradictions")
    text = " ".join(section.text_content().split())
    assert a["text"] in text and "<script>x</script>" in text and "0.91" in text
    assert section.xpath(".//a[@href='#msg-1']") and section.xpath(".//a[@href='#msg-3']")
    assert "“Yup”: agreeing with Ilse Okafor (message #2)" in text
    assert section.xpath(".//a[@href='#msg-2']") and "9 days apart" in text
    assert "None found among 9 statements" in text  # Ilse
    # the statements of the pair are marked in the embedded messages
    assert a["text"] in " ".join(
        " ".join(doc.xpath("//section[@id='msg-1']//mark//text()")).split()
    )
    md = render_markdown(report)
    mdoc = _markdown_as_html(md)
    _assert_inert(mdoc)
    assert a["text"] in " ".join(mdoc.text_content().split())

    def broken(*args, **kwargs):
        raise RuntimeError("no judge")

    fake.find_contradictions = broken
    text = (
        _doc(render_html(build_report(store, [], persons=["Vale"])))
        .get_element_by_id("contradictions")
        .text_content()
    )
    assert "Could not be looked for: RuntimeError: no judge" in " ".join(text.split())
    monkeypatch.setitem(sys.modules, "onrecord.check.contradictions", None)  # not installed
    text = (
        _doc(render_html(build_report(store, [], persons=["Vale"])))
        .get_element_by_id("contradictions")
        .text_content()
    )
    assert "Not looked for" in text


def test_timeline_merges_crowded_rows() -> None:
    from onrecord.present import timeline_geometry as geometry

    messages = [
        {
            "id": i,
            "date": f"2016-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00Z",
            "subject": "s",
            "statements": [1, 2],
            "endorses": [],
            "evidence": "contradicts" if i == 7 else None,
        }
        for i in range(2000)
    ]
    messages.sort(key=lambda m: m["date"])
    activity = {"person": {"id": 1, "name": "P", "emails": ["p@x"]}, "messages": messages}
    t = geometry.timeline([activity], embedded={7})
    dots = t["rows"][0]["dots"]
    assert len(dots) <= geometry.MAX_DOTS
    assert sum(d.get("messages", 1) for d in dots) == 2000
    marked = [d for d in dots if d["evidence"]]
    assert len(marked) == 1 and marked[0]["message"] == 7 and marked[0]["link"]
    labels = [tk["label"] for tk in t["ticks"]]
    assert 4 <= len(labels) <= 11 and labels == sorted(labels) and labels[0] == "2016-02"
    assert all(re.fullmatch(r"2016-\d\d", lb) for lb in labels)


def _chromium() -> str:
    import shutil

    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if path := shutil.which(name):
            return path
    pytest.skip("no Chromium to open the report in")


def _dom_after_load(browser: str, page: Path) -> str:
    import subprocess

    result = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            f"--user-data-dir={page.parent / 'profile'}",
            "--virtual-time-budget=2000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_browser_runs_nothing_from_mail(cli, tmp_path: Path) -> None:
    """In a real browser: mail's script and onerror stay text, and even markup slipped into the
    file past the escaping is stopped by the Content Security Policy."""
    browser = _chromium()
    box = tmp_path / "pwn.mbox"
    box.write_text(
        "From evil@x.example Mon Mar 07 10:00:00 2016\n"
        "From: Evil <evil@x.example>\nSubject: plan\nDate: Mon, 07 Mar 2016 10:00:00 +0000\n"
        "Message-ID: <pwn-1@x.example>\n\n"
        "The plan is <script>document.body.dataset.pwned='script'</script> done.\n"
        "Look <img src=x onerror=\"document.body.dataset.pwned='img'\"> here.\n"
    )
    cli("ingest", str(box))
    page = tmp_path / "pwn.html"
    cli("report", "--person", "evil", "--no-dense", "--no-contradictions", "--html", str(page))
    dom = _dom_after_load(browser, page)
    assert "pwned" in dom and "data-pwned" not in dom  # the text is there, nothing ran
    assert "&lt;script&gt;document.body.dataset.pwned='script'&lt;/script&gt;" in dom
    # escaping bypassed on purpose: the CSP still blocks inline script and handlers
    forced = tmp_path / "forced.html"
    forced.write_text(
        page.read_text().replace(
            "</footer>",
            "</footer><script>document.body.dataset.pwned='csp'</script>"
            "<img src=x onerror=\"document.body.dataset.pwned='csp-img'\">",
            1,
        )
    )
    dom = _dom_after_load(browser, forced)
    assert "<script>document.body.dataset.pwned='csp'</script>" in dom  # present, not run
    assert "data-pwned" not in dom


def test_real_contradictions_in_the_sample_report(sample_report: dict) -> None:
    pytest.importorskip("onrecord.check.contradictions")
    report = sample_report["data"]["report"]
    cx = report["contradictions"]
    assert cx["available"]
    assert {p["person"]["name"] for p in cx["people"]} <= {
        p["person"]["name"] for p in report["people"]
    }
    doc = _doc(sample_report["html"])
    section = doc.get_element_by_id("contradictions")
    pairs = [pair for p in cx["people"] for pair in p["pairs"]]
    for pair in pairs:
        for side in (pair["a"], pair["b"]):
            assert section.xpath(f".//a[@href='#msg-{side['message_id']}']")
    text = " ".join(section.text_content().split())
    assert ("None found" in text) or pairs


def test_stance_over_time_per_claim(store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each claim about a person shows where that person stood on it over time (the
    timeline API), without the claim's own words, with turning points recomputed."""
    import sys
    import types

    from onrecord.present.report import build_report
    from onrecord.present.report_render import render_html, render_markdown

    claim = "Vale always insisted that Lumen share its science."

    def entry(ref: str, text: str, stance: str) -> dict:
        side = _side(store, ref, text)
        return {**side, "stance": stance, "score": 0.9, "statement_id": 1}

    itself = {
        "text": claim,
        "date": "2024-02-29T00:00:00Z",
        "message_id": None,
        "kind": "document",
        "stance": "supports",
        "endorses": None,
    }

    def timeline(store_, person, topic=None, *, judge=None, embedder=None, limit=None):
        assert topic == claim
        return {
            "person": {"id": int(person), "name": "Marcus Vale", "emails": []},
            "topic": topic,
            "claim": topic,
            "claim_from": "topic",
            "judge": "builtin/x",
            "statements": [
                entry(
                    "mission-1@valemotors.example",
                    "Everything we build should be open: the code, the models and the science.",
                    "supports",
                ),
                itself,
                entry(
                    "agreed-7@valemotors.example",
                    "Attaching Lumen to Vale Motors is the only realistic path.",
                    "contradicts",
                ),
            ],
            "turning_points": [1],
            "stats": {"statements": 3, "supports": 2, "contradicts": 1, "neutral": 0},
        }

    fake = types.ModuleType("onrecord.check.timeline")
    fake.timeline = timeline
    fake.turning_points = lambda stances: [
        i
        for i in range(1, len(stances))
        if {stances[i - 1], stances[i]} == {"supports", "contradicts"}
    ]
    monkeypatch.setitem(sys.modules, "onrecord.check.timeline", fake)
    monkeypatch.setitem(sys.modules, "onrecord.check.contradictions", None)
    vale = store.find_person("Vale")[0]
    verdict = {
        "claim": claim,
        "verdict": "contradicted",
        "confidence": 0.9,
        "judge": "j",
        "subject": {
            "name": "Vale",
            "person": {"id": vale["id"], "name": vale["name"], "emails": vale["emails"]},
        },
        "evidence": [],
    }
    report = build_report(store, [verdict])
    st = report["claims"][0]["stances"]
    assert [e["text"] for e in st["statements"]][1:] == [
        "Attaching Lumen to Vale Motors is the only realistic path."
    ]
    assert st["turning_points"] == [1] and st["stats"]["supports"] == 1
    assert [d["turn"] for d in st["strip"]["dots"]] == [False, True]
    doc = _doc(render_html(report))
    _assert_inert(doc)
    _assert_links_resolve(doc)
    art = doc.get_element_by_id("claim-1")
    text = " ".join(art.text_content().split())
    assert "Where Marcus Vale stood on this over time: 2 statements on the topic" in text
    assert "↺ turning point" in text and claim not in text.split("over time", 1)[1]
    assert art.xpath(".//svg//a[@href='#msg-7']")
    md = render_markdown(report)
    assert "**↺ turning point** contradicts" in md


def test_real_stances_in_the_sample_report(sample_report: dict) -> None:
    pytest.importorskip("onrecord.check.timeline")
    claims = sample_report["data"]["report"]["claims"]
    about = [c for c in claims if (c["subject"] or {}).get("person")]
    assert about
    for c in about:
        st = c["stances"]
        assert st and st["person"]["name"] == c["subject"]["person"]["name"]
        assert all(e["text"] != c["claim"] for e in st.get("statements", []))
    doc = _doc(sample_report["html"])
    merger = next(c for c in claims if c["claim"] == CLAIMS[1])
    assert "stood on this over time" in doc.get_element_by_id(merger["anchor"]).text_content()


def test_long_messages_are_cut(store, monkeypatch: pytest.MonkeyPatch) -> None:
    from onrecord.present import report as rp
    from onrecord.present.report_render import render_html, render_markdown

    monkeypatch.setattr(rp, "MAX_BODY", 40)
    report = rp.build_report(store, [], persons=["Vale"], contradictions=False)
    cut = [m for m in report["messages"] if m["truncated"]]
    assert cut
    for m in cut:
        assert sum(len(p["text"]) for p in m["parts"]) == 40
    doc = _doc(render_html(report))
    sec = doc.get_element_by_id(f"msg-{cut[0]['id']}")
    assert f"{cut[0]['truncated']:,} more characters" in sec.text_content()
    assert f"more characters, not embedded (onrecord show {cut[0]['id']})" in render_markdown(
        report
    )


def test_prolific_people_are_searched_only_when_named(store, monkeypatch) -> None:
    """Self-contradictions and stances judge thousands of pairs for a prolific writer: above
    ANALYSE_MAX_STATEMENTS a person is searched only when named with --person."""
    import sys
    import types

    from onrecord.present import report as rp
    from onrecord.present.report_render import render_html

    searched: list[tuple] = []

    def find_contradictions(store_, person=None, topic=None, **kwargs):
        searched.append(("contradictions", person, topic))
        return []

    def timeline(store_, person, topic=None, **kwargs):
        searched.append(("timeline", person, topic))
        return {"person": {}, "statements": [], "turning_points": [], "stats": {}}

    contra = types.ModuleType("onrecord.check.contradictions")
    contra.find_contradictions = find_contradictions
    tl = types.ModuleType("onrecord.check.timeline")
    tl.timeline, tl.turning_points = timeline, lambda stances: []
    monkeypatch.setitem(sys.modules, "onrecord.check.contradictions", contra)
    monkeypatch.setitem(sys.modules, "onrecord.check.timeline", tl)
    monkeypatch.setattr(rp, "ANALYSE_MAX_STATEMENTS", 2)
    vale = store.find_person("Vale")[0]
    verdict = {
        "claim": "Vale wanted a merger.",
        "verdict": "supported",
        "confidence": 0.8,
        "judge": "j",
        "subject": {
            "name": "Vale",
            "person": {"id": vale["id"], "name": vale["name"], "emails": vale["emails"]},
        },
        "evidence": [],
    }
    report = rp.build_report(store, [verdict])
    assert searched == []
    assert "too many" in report["claims"][0]["stances"]["skipped"]
    entry = next(p for p in report["contradictions"]["people"] if p["person"]["id"] == vale["id"])
    assert "--person 'Marcus Vale'" in entry["skipped"]
    text = " ".join(_doc(render_html(report)).text_content().split())
    assert "Not searched: " in text and "stood on this over time: not searched" in text
    report = rp.build_report(store, [verdict], persons=["Vale"])
    assert ("contradictions", str(vale["id"]), None) in searched
    assert ("timeline", str(vale["id"]), "Vale wanted a merger.") in searched


def test_known_contradictions_are_reused(store, monkeypatch) -> None:
    import sys
    import types

    from onrecord.present.report import build_report

    calls = []
    fake = types.ModuleType("onrecord.check.contradictions")
    fake.find_contradictions = lambda *a, **k: calls.append(k) or []
    monkeypatch.setitem(sys.modules, "onrecord.check.contradictions", fake)
    monkeypatch.setitem(sys.modules, "onrecord.check.timeline", None)
    vale = store.find_person("Vale")[0]
    a = _side(
        store,
        "mission-1@valemotors.example",
        "Everything we build should be open: the code, the models and the science.",
    )
    b = _side(
        store,
        "agreed-7@valemotors.example",
        "Attaching Lumen to Vale Motors is the only realistic path.",
    )
    known = [
        {
            "person": {"id": vale["id"], "name": vale["name"], "emails": vale["emails"]},
            "pairs": [
                {"a": a, "b": b, "score": 0.8, "judge": "j", "days_apart": 380.0, "rank": 0.7}
            ],
            "stats": {"statements": 12, "topic": None},
        }
    ]
    report = build_report(store, [], persons=["Vale"], known_contradictions=known)
    assert calls == []
    [entry] = report["contradictions"]["people"]
    assert [p["b"]["text"] for p in entry["pairs"]] == [b["text"]]
    assert entry["stats"]["searched"] == "everything"


def test_claims_are_grouped_by_who_makes_them() -> None:
    from onrecord.present.report import by_claimant

    claims = [
        {"claimant": "Marcus Vale", "attributed": False, "verdict": "supported"},
        {"claimant": "Redactie Techblad", "attributed": False, "verdict": "supported"},
        {"claimant": "de aanklacht", "attributed": True, "verdict": "not_enough_info"},
        {"claimant": "Marcus Vale", "attributed": False, "verdict": "contradicted"},
    ]
    groups = by_claimant(claims)
    assert [(g["claimant"], len(g["claims"])) for g in groups] == [
        ("Marcus Vale", 2),
        ("Redactie Techblad", 1),
        ("de aanklacht", 1),
    ]
    assert groups[2]["label"] == "Claims attributed to de aanklacht"
    assert (
        by_claimant([{"claimant": "Lumen Labs", "attributed": True, "verdict": "supported"}])[0][
            "label"
        ]
        == "Lumen Labs' claims"
    )
