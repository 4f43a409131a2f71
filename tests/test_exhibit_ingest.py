"""Printed mail in a document (a court exhibit) becomes messages of its own, attributed to their
printed senders, threaded, with redaction marks kept visible."""

from __future__ import annotations

from pathlib import Path

EXHIBIT = """\
EXHIBIT 12
Case 4:24-cv-04722 Document 32-1 Filed 03/05/24 Page 3 of 7

From: Marcus Vale <mv@valemotors.example>
Sent: Wednesday, January 13, 2016 11:02 AM
To: Ilse Okafor <ilse@lumenlabs.example>
Subject: RE: Lumen's mission

Yup

-----Original Message-----
From: Ilse Okafor <ilse@lumenlabs.example>
Sent: Wednesday, January 13, 2016 6:40 AM
To: Marcus Vale <mv@valemotors.example>; [REDACTED]
Subject: Lumen's mission

As we get closer to building powerful systems, it will make sense to start being less open.
It is totally OK to not share the science, as ██████ said on the call.

OH-000123
"""


def test_printed_mails_become_attributed_messages(cli, tmp_path: Path) -> None:
    doc = tmp_path / "exhibit-12.txt"
    doc.write_text(EXHIBIT)
    report = cli.json("ingest", str(doc), "--author", "Lumen Labs counsel", "--date", "2024-03-05")
    assert report["ingested"] == 1
    stats = cli.json("stats")
    assert stats["reconstructed_messages"] == 2
    hits = cli.json("search", "share the science")
    assert len(hits) == 1
    hit = hits[0]
    assert hit["author"]["email"] == "ilse@lumenlabs.example"  # not the document's author
    assert hit["date"] == "2016-01-13T06:40:00Z"
    assert "██████" in hit["text"]
    yup = cli.json("show", str(cli.json("search", "Yup")[0]["message"]))
    assert yup["reconstructed"] == "exhibit"
    assert yup["from"]["email"] == "mv@valemotors.example"
    endorsed = [e for st in yup["statements"] for e in st["endorses"]]
    assert endorsed and all(e["author"]["email"] == "ilse@lumenlabs.example" for e in endorsed)
    tree = cli.json("thread", str(yup["id"]))
    assert tree["messages"] == 2
    assert tree["tree"][0]["from_email"] == "ilse@lumenlabs.example"
    # the Bates number and the caption are not statements
    assert not cli.json("search", "OH-000123", code=4)
    assert not cli.json("search", "Document 32-1 Filed", code=4)


def test_exhibit_threads_with_real_mail(cli, tmp_path: Path, sample: Path) -> None:
    cli("ingest", str(sample / "archive.mbox"))
    doc = tmp_path / "exhibit-12.txt"
    doc.write_text(EXHIBIT)
    cli("ingest", str(doc))
    yup = cli.json("show", str(cli.json("search", "Yup")[0]["message"]))
    tree = cli.json("thread", str(yup["id"]))
    subjects = {m["subject"] for m in _walk(tree["tree"])}
    assert tree["messages"] >= 3 and "Lumen's mission" in subjects


def _walk(nodes: list[dict]) -> list[dict]:
    out = []
    for n in nodes:
        out.append(n)
        out += _walk(n["replies"])
    return out
