"""present/views.py on the sample case: message view with parts, thread context, activity."""

from __future__ import annotations

import pytest

from onrecord.engines.local import ingest
from onrecord.present.views import (
    body_parts,
    message_view,
    person_activity,
    thread_context,
    thread_tree,
)
from onrecord.record.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    from onrecord.present.demo import sample_dir

    sample = sample_dir()
    s = Store.open(tmp_path_factory.mktemp("views") / "v.db")
    ingest(s, [sample / "archive.mbox", sample / "maildir"], workers=1)
    return s


def test_message_view_parts_cover_the_body(store: Store) -> None:
    view = message_view(store, "yup-3@valemotors.example")
    assert view is not None
    assert "".join(p["text"] for p in view["parts"]) == view["body"]
    kinds = [p["kind"] for p in view["parts"] if p["kind"]]
    assert kinds[0] == "authored" and "quoted" in kinds
    quoted = next(p for p in view["parts"] if p["kind"] == "quoted")
    assert quoted["author"]["name"] == "Ilse Okafor"
    yup = next(s for s in view["statements"] if s["text"] == "Yup")
    assert yup["endorses"] and "not share the science" in yup["endorses"][-1]["text"]
    assert message_view(store, "no-such@example") is None


def test_body_parts_highlight() -> None:
    text = "Hello there. Second one.\n> quoted"
    segs = [
        {"id": 1, "kind": "authored", "span": [0, 24], "author": {"name": "A", "email": ""}},
        {"id": 2, "kind": "quoted", "span": [25, len(text)], "author": {"name": "B", "email": ""}},
    ]
    parts = body_parts(text, segs, highlights=[(13, 24)])
    assert "".join(p["text"] for p in parts) == text
    assert [(p["text"], p["highlight"]) for p in parts if p["highlight"]] == [("Second one.", True)]
    assert [p["kind"] for p in parts] == ["authored", "authored", None, "quoted"]


def test_thread_context_and_tree(store: Store) -> None:
    ctx = thread_context(store, "yup-3@valemotors.example")
    assert [m["message_id"] for m in ctx["ancestors"]] == [
        "mission-1@valemotors.example",
        "open-science-2@lumenlabs.example",
    ]
    assert ctx["message"]["snippet"] == "Yup"
    assert ctx["replies"] and ctx["replies"][0]["from"]["name"] == "Daan de Groot"
    tree = thread_tree(store, "yup-3@valemotors.example")
    assert tree["messages"] == 4 and len(tree["tree"]) == 1


def test_person_activity(store: Store) -> None:
    act = person_activity(store, "Vale")
    assert act["person"]["name"] == "Marcus Vale"
    assert len(act["person"]["emails"]) == 2
    dates = [m["date"] for m in act["messages"]]
    assert dates == sorted(dates)
    endorsed = [e for m in act["messages"] for e in m["endorses"]]
    assert act["endorsements"] == len(endorsed) >= 2
    assert {e["author"]["name"] for e in endorsed} >= {"Ilse Okafor", "Daan de Groot"}
    assert act["statements"] > 0
    assert person_activity(store, "nobody-at-all") is None
