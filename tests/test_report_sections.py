"""`onrecord report`: its sections on a real ingested sample with controlled inputs: the
self-contradictions section, the stance timeline per claim, long messages cut, prolific people
searched only when named, known contradictions reused, claims grouped by who makes them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from _report import _assert_inert, _assert_links_resolve, _doc, _markdown_as_html


class _FakeReport:
    """What `onrecord.check.contradictions.find.find_contradictions` returns (its as_dict)."""

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

    fake = types.ModuleType("onrecord.check.contradictions.find")
    fake.find_contradictions = find_contradictions
    monkeypatch.setitem(sys.modules, "onrecord.check.contradictions.find", fake)
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
    monkeypatch.setitem(sys.modules, "onrecord.check.contradictions.find", None)  # not installed
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

    fake = types.ModuleType("onrecord.check.contradictions.timeline")
    fake.timeline = timeline
    fake.turning_points = lambda stances: [
        i
        for i in range(1, len(stances))
        if {stances[i - 1], stances[i]} == {"supports", "contradicts"}
    ]
    monkeypatch.setitem(sys.modules, "onrecord.check.contradictions.timeline", fake)
    monkeypatch.setitem(sys.modules, "onrecord.check.contradictions.find", None)
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

    contra = types.ModuleType("onrecord.check.contradictions.find")
    contra.find_contradictions = find_contradictions
    tl = types.ModuleType("onrecord.check.contradictions.timeline")
    tl.timeline, tl.turning_points = timeline, lambda stances: []
    monkeypatch.setitem(sys.modules, "onrecord.check.contradictions.find", contra)
    monkeypatch.setitem(sys.modules, "onrecord.check.contradictions.timeline", tl)
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
    fake = types.ModuleType("onrecord.check.contradictions.find")
    fake.find_contradictions = lambda *a, **k: calls.append(k) or []
    monkeypatch.setitem(sys.modules, "onrecord.check.contradictions.find", fake)
    monkeypatch.setitem(sys.modules, "onrecord.check.contradictions.timeline", None)
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
