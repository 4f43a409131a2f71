"""A sender's signature is learned from repetition across their messages, and is then not a
statement, even without a "-- " separator."""

from __future__ import annotations

from pathlib import Path

BODIES = [
    "Let us meet on Tuesday to discuss the budget.",
    "The compute contract is signed and the cluster arrives in May.",
    "Please send me the draft of the charter before Friday.",
    "I think we should hire two more researchers this quarter.",
]
TAGLINE = "Keizersgracht 1, Amsterdam\nOpen research for everyone"


def test_learned_signature_is_not_a_statement(cli, tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    for i, body in enumerate(BODIES):
        (folder / f"{i}.eml").write_text(
            f"From: Daan de Groot <daan@lumenlabs.example>\nTo: ilse@lumenlabs.example\n"
            f"Subject: Note {i}\nDate: Mon, 0{i + 1} Feb 2016 10:00:00 +0100\n"
            f"Message-ID: <sig-{i}@x>\n\n{body}\n\n{TAGLINE}\n"
        )
    report = cli.json("ingest", str(folder))
    assert report["linked"]["learned_signatures"] == 4
    assert cli.json("search", "open research", code=4) == []
    assert cli.json("search", "Keizersgracht", code=4) == []
    shown = cli.json("show", "sig-2@x")
    assert [s["text"] for s in shown["statements"]] == [BODIES[2]]
    assert shown["segments"][-1]["kind"] == "signature"
    assert "Open research for everyone" in shown["segments"][-1]["text"]
    # re-ingest adds nothing and keeps the learned segmentation
    again = cli.json("ingest", str(folder))
    assert again["ingested"] == 0
    assert cli.json("show", "sig-2@x")["statements"] == shown["statements"]
