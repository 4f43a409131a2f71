"""Threading: JWZ-style over References/In-Reply-To, in any arrival order, plus the subject
fallback for mail without those headers."""

from __future__ import annotations

from pathlib import Path


def _tree_ids(node: dict) -> dict:
    return {node["message_id"]: [_tree_ids(r) for r in node["replies"]]}


def test_notmuch_threading_corpus(cli, corpora: Path) -> None:
    cli("ingest", str(corpora / "notmuch-corpora" / "threading"))
    # children arrive before their parent (files are read in name order): re-parented later
    tree = cli.json("thread", "001-great-grand-child@example.org")
    assert tree["messages"] == 6
    root = tree["tree"][0]
    assert root["message_id"] == "000-real-root@example.org"
    child = root["replies"][0]
    assert child["message_id"] == "001-child@example.org"
    # the "fake root" replies to a message the archive lacks, whose References place it under
    # the child: JWZ skips the ghost and hangs it on the nearest ancestor present
    assert {g["message_id"] for g in child["replies"]} == {
        "001-grand-child@example.org",
        "001-grand-child2@example.org",
        "001-fake-message-root@example.org",
    }
    chain = cli.json("thread", "B01-grand-child@example.org")
    assert _tree_ids(chain["tree"][0]) == {
        "B00-root@example.org": [{"B01-child@example.org": [{"B01-grand-child@example.org": []}]}]
    }


def test_lkml_threads_are_plausible(cli, corpora: Path) -> None:
    cli("ingest", str(corpora / "notmuch-corpora" / "lkml"))
    stats = cli.json("stats")
    # 210 messages, 205 of them replies: they fall into a few dozen threads, not 210
    assert stats["messages"] >= 170
    assert 5 <= stats["threads"] <= 60


def _mail(
    path: Path, mid: str, subject: str, date: str, sender: str, to: str, extra: str = ""
) -> None:
    path.write_text(
        f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: <{mid}>\n{extra}"
        "Content-Type: text/plain\n\nBody of " + mid + ".\n"
    )


def test_subject_fallback_without_headers(cli, tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    _mail(
        folder / "1.eml",
        "a@x",
        "Budget 2016",
        "Mon, 01 Feb 2016 10:00:00 +0100",
        "Daan <daan@x.example>",
        "Ilse <ilse@x.example>",
    )
    _mail(
        folder / "2.eml",
        "b@x",
        "Re: Budget 2016",
        "Mon, 01 Feb 2016 11:00:00 +0100",
        "Ilse <ilse@x.example>",
        "Daan <daan@x.example>",
    )
    _mail(
        folder / "3.eml",
        "c@x",
        "Antw: Budget 2016",
        "Tue, 02 Feb 2016 09:00:00 +0100",
        "Daan <daan@x.example>",
        "Ilse <ilse@x.example>",
    )
    # same subject, but other people and years later: not the same thread
    _mail(
        folder / "4.eml",
        "d@x",
        "Re: Budget 2016",
        "Mon, 01 Feb 2021 11:00:00 +0100",
        "Eve <eve@y.example>",
        "Bob <bob@y.example>",
    )
    cli("ingest", str(folder))
    tree = cli.json("thread", "b@x")
    assert _tree_ids(tree["tree"][0]) == {"a@x": [{"b@x": [{"c@x": []}]}]}
    assert cli.json("thread", "d@x")["messages"] == 1
