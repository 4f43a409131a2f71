"""Attachments are stored by hash; text from PDF/HTML/text attachments becomes child documents."""

from __future__ import annotations

import base64
import hashlib
import sqlite3
from pathlib import Path


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` in Helvetica, with a correct xref table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def test_pdf_and_html_attachments(cli, tmp_path: Path) -> None:
    pdf = minimal_pdf("The board approved the merger with Vale Motors.")
    html = b"<html><body><p>Minutes: the budget is <b>approved</b>.</p></body></html>"
    mail = (
        "From: Ilse Okafor <ilse@lumenlabs.example>\nTo: Daan <daan@lumenlabs.example>\n"
        "Subject: Minutes\nDate: Tue, 02 Feb 2016 10:00:00 +0100\nMessage-ID: <att-1@x>\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain; charset=utf-8\n\nSee the attached minutes.\n"
        '--b1\nContent-Type: application/pdf; name="minutes.pdf"\n'
        "Content-Transfer-Encoding: base64\n"
        'Content-Disposition: attachment; filename="minutes.pdf"\n\n'
        + base64.encodebytes(pdf).decode()
        + '--b1\nContent-Type: text/html; charset=utf-8; name="notes.html"\n'
        'Content-Disposition: attachment; filename="notes.html"\n\n' + html.decode() + "\n--b1--\n"
    )
    path = tmp_path / "att.eml"
    path.write_text(mail)
    cli("ingest", str(path))
    shown = cli.json("show", "att-1@x")
    names = {a["filename"]: a for a in shown["attachments"]}
    assert set(names) == {"minutes.pdf", "notes.html"}
    assert names["minutes.pdf"]["blob_hash"] == hashlib.sha256(pdf).hexdigest()
    assert names["minutes.pdf"]["document"] and names["notes.html"]["document"]
    hits = cli.json("search", "merger Vale Motors")
    assert hits and hits[0]["author"]["email"] == "ilse@lumenlabs.example"
    doc = cli.json("show", str(hits[0]["message"]))
    assert doc["kind"] == "attachment" and doc["subject"] == "minutes.pdf"
    assert cli.json("search", "budget approved")[0]["message"] == names["notes.html"]["document"]
    con = sqlite3.connect(cli.db)
    stored = con.execute(
        "SELECT data FROM blobs WHERE hash = ?", (hashlib.sha256(pdf).hexdigest(),)
    )
    assert stored.fetchone()[0] == pdf
    stats = cli.json("stats")
    assert stats["messages"] == 1 and stats["attachment_documents"] == 2


def test_pdf_document_ingest(cli, tmp_path: Path) -> None:
    doc = tmp_path / "exhibit.pdf"
    doc.write_bytes(minimal_pdf("Lumen will keep its research internal for now."))
    report = cli.json("ingest", str(doc), "--author", "Daan de Groot", "--date", "2016-02-03")
    assert report["ingested"] == 1
    hits = cli.json("search", "research internal")
    assert hits[0]["author"]["name"] == "Daan de Groot"
    assert hits[0]["date"].startswith("2016-02-03")


def test_statement_keeps_original_offset(cli, sample: Path) -> None:
    cli("ingest", str(sample / "archive.mbox"))
    hit = cli.json("search", "begroting")[0]
    assert hit["date"] == "2016-02-01T09:00:00Z" and hit["date_offset_minutes"] == 60
