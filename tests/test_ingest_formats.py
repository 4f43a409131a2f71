"""Format readers: counts on the real corpora, and the edge cases of each format."""

from __future__ import annotations

import gzip
import io
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from onrecord.ingest import documents, eml, maildir, mbox, pst
from onrecord.ingest.registry import InputError, detect_format, iter_inputs, read_input
from onrecord.record.model import ItemKind, RawItem

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


@pytest.fixture(scope="module")
def corpora() -> Path:
    if not CORPORA.is_dir():
        pytest.skip("shared corpora not available")
    return CORPORA


def _read_all(paths: list[Path]) -> tuple[Counter[str], list[RawItem], list[tuple[Path, str]]]:
    inputs = list(iter_inputs(paths))
    items: list[RawItem] = []
    formats: Counter[str] = Counter()
    for path, fmt in inputs:
        for item in read_input(path, fmt):
            formats[fmt] += 1
            items.append(item)
    return formats, items, inputs


def _crash_errors(items: list[RawItem]) -> list[str]:
    return [i.error for i in items if i.error and "reader failed" in i.error]


# --- real corpora -------------------------------------------------------------------------


def test_cpython_email_data(corpora: Path) -> None:
    root = corpora / "cpython-email-data"
    formats, items, inputs = _read_all([root])
    by_name = {p.name: fmt for p, fmt in inputs}
    msgs = sorted(n for n in by_name if n.startswith("msg_"))
    assert len(msgs) == 49
    # msg_19.txt is not a message: it is the expected body text of msg_02 in CPython's tests
    assert by_name["msg_19.txt"] == "document"
    assert all(by_name[n] == "eml" for n in msgs if n != "msg_19.txt")
    assert by_name["mailbox_01.mbox"] == "mbox"
    mails = [i for i in items if i.kind is ItemKind.MAIL and not i.error]
    assert formats["eml"] == 48 and formats["mbox"] == 1
    assert len(mails) == 49
    assert not _crash_errors(items)
    # leading "From " lines are split off, not part of the message
    m25 = next(i for i in items if i.source.endswith("msg_25.txt"))
    assert not m25.data.startswith(b"From ") and m25.meta["unixfrom"].startswith("MAILER-DAEMON")


def test_cpython_mbox_from_in_body(corpora: Path) -> None:
    items = list(mbox.read(corpora / "cpython-email-data" / "mailbox_01.mbox"))
    assert len(items) == 1
    assert items[0].data.rstrip().endswith(b"From time to time")
    assert items[0].meta["unixfrom"] == "MAILER-DAEMON Sun Aug  7 11:40:37 2022 extra info"


def test_perceval_mbox(corpora: Path) -> None:
    import json

    root = corpora / "perceval-mbox"
    expect = json.loads((root / "expectations.json").read_text())
    for case in expect["cases"]:
        items = list(read_input(root / case["file"], detect_format(root / case["file"])))
        assert len(items) == case["message_count"], case["file"]
        assert all(i.error is None for i in items)
        for item, msg in zip(items, case["messages"]):
            if "unixfrom" in msg:
                assert item.meta["unixfrom"] == msg["unixfrom"]
            if "Message-ID" in msg:
                assert msg["Message-ID"].encode() in item.data
    formats, items, _ = _read_all([root])
    assert formats["mbox"] == 26
    assert not _crash_errors(items)


def test_bigbang_mailing_lists(corpora: Path) -> None:
    root = corpora / "bigbang-mailing-lists"
    expected = {
        "numpy-discussion-2001-November.txt": 164,
        "3GPP_TSG_RAN_WG4_NR-MIMO-OTA.mbox": 59,
        "3GPP_TSG_SA_WG4_EVS.mbox": 50,
    }
    for name, count in expected.items():
        assert detect_format(root / name) == "mbox"
        items = list(read_input(root / name, "mbox"))
        assert len(items) == count, name
        assert all(i.error is None and not i.data.startswith(b"From ") for i in items)
    # pipermail: "From user at host  date" separators
    numpy = list(mbox.read(root / "numpy-discussion-2001-November.txt"))
    assert numpy[0].meta["unixfrom"] == "jjl at pobox.com  Thu Nov  1 11:19:12 2001"
    assert numpy[0].data.startswith(b"From: jjl at pobox.com")


def test_notmuch_corpora(corpora: Path) -> None:
    root = corpora / "notmuch-corpora"
    files = [
        p
        for p in root.rglob("*")
        if p.is_file()
        and p.name not in ("README", "SOURCE.md")
        and "tmp" not in p.relative_to(root).parts  # a maildir's tmp/, wherever the corpus is
    ]
    formats, items, _ = _read_all([root])
    mails = [i for i in items if i.kind is ItemKind.MAIL and not i.error]
    assert len(files) == 320
    assert len(mails) == 320
    assert formats["maildir"] + formats["eml"] == 320
    assert not _crash_errors(items)
    lkml = list(maildir.read(root / "lkml"))
    assert len(lkml) == 210 and all(i.locator.startswith("cur/") for i in lkml)


def test_stalwart(corpora: Path) -> None:
    root = corpora / "stalwart-mail-parser"
    formats, items, _ = _read_all([root])
    assert formats["eml"] == 107
    assert formats["maildir"] == 6
    assert not _crash_errors(items)
    md = {i.locator: i for i in maildir.read(root / "maildir")}
    assert len(md) == 6
    nested = md[".My Folder.Nested Folder/cur/1276533073.M242911P3632.kurkku;2,FP"]
    assert nested.flags == "FP"
    assert nested.meta["folder"] == "My Folder/Nested Folder"
    assert (
        md[
            "cur/1491941793.M41850P8566V0000000000000015I0000000004F3030E_0.mx1.example.com,S=10956;2,STln"
        ].flags
        == "ST"
    )
    assert all(i.data and i.error is None for i in md.values())


def test_mbox_chunk_boundaries(corpora: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = [
        *sorted((corpora / "perceval-mbox").rglob("*.mbox")),
        *sorted((corpora / "bigbang-mailing-lists").glob("*.mbox")),
        corpora / "bigbang-mailing-lists" / "numpy-discussion-2001-November.txt",
    ]
    normal = {f: [(i.locator, i.data) for i in mbox.read(f)] for f in files}
    for size in (1, 7, 64):
        monkeypatch.setattr(mbox, "_CHUNK", size)
        for f in files:
            assert [(i.locator, i.data) for i in mbox.read(f)] == normal[f], (f, size)


# --- mbox edge cases ----------------------------------------------------------------------


def _mbox_items(data: bytes) -> list[RawItem]:
    return list(mbox.read_stream(io.BytesIO(data), "test.mbox"))


def test_mboxrd_round_trip() -> None:
    bodies = [
        b"Subject: a\n\nFrom the start\n>From once\n>>From twice\nplain\n",
        b"Subject: b\n\nnothing special\n",
    ]

    def escape(body: bytes) -> bytes:  # mboxrd writer
        import re

        return re.sub(rb"(?m)^(>*From )", rb">\1", body)

    data = b"".join(b"From a@b Mon Jan  1 00:00:00 2001\n" + escape(b) + b"\n" for b in bodies)
    items = _mbox_items(data)
    assert [i.data for i in items] == bodies
    assert [i.locator for i in items] == ["offset:0", f"offset:{data.index(b'From a@b', 1)}"]


def test_mbox_from_lines_in_body_do_not_split() -> None:
    data = (
        b"From a@b Mon Jan  1 00:00:00 2001\nSubject: x\n\n"
        b"From here on, we agree.\n\n"
        b"From time to time\n"
        b"text\nFrom b@c Mon Jan  1 00:00:00 2001\n"  # no blank line before: not a separator
        b"\nFrom c@d Tue Jan  2 00:00:00 2001\nSubject: y\n\nbody\n"
    )
    items = _mbox_items(data)
    assert len(items) == 2
    assert b"From b@c" in items[0].data
    assert items[1].data == b"Subject: y\n\nbody\n"


def test_mbox_broken_first_separator_and_header_first() -> None:
    header_first = (
        b"Subject: one\n\nbody one\n\nFrom x@y  Wed Dec  1 08:26:40 2010\nSubject: two\n\nb\n"
    )
    items = _mbox_items(header_first)
    assert [i.data.split(b"\n")[0] for i in items] == [b"Subject: one", b"Subject: two"]
    assert items[0].locator == "offset:0" and "unixfrom" not in items[0].meta
    broken = b"From garbage\nSubject: one\n\nbody\n\nFrom x at y.com  Mon Jan  3 10:00:00 2005\nSubject: two\n\n"
    items = _mbox_items(broken)
    assert len(items) == 2
    assert items[0].data.startswith(b"Subject: one") and items[0].meta["unixfrom"] == "garbage"


def test_mbox_crlf_and_empty() -> None:
    data = (
        b"From a@b Mon Jan  1 00:00:00 2001\r\nSubject: a\r\n\r\nx\r\n\r\n"
        b"From a@b Mon Jan  1 00:00:00 2001\r\n\r\n"
        b"From a@b Mon Jan  1 00:00:00 2001\r\nSubject: c\r\n\r\ny\r\n\r\n"
    )
    items = _mbox_items(data)
    assert [i.data for i in items] == [b"Subject: a\r\n\r\nx\r\n", b"", b"Subject: c\r\n\r\ny\r\n"]
    assert items[1].error == "empty message" and items[0].error is None
    assert _mbox_items(b"") == [] and _mbox_items(b"\n\n") == []


def test_gzip_mbox(tmp_path: Path) -> None:
    data = b"From a@b Mon Jan  1 00:00:00 2001\nSubject: a\n\nx\n\nFrom a@b Mon Jan  1 00:00:00 2001\nSubject: b\n\ny\n"
    path = tmp_path / "archive.gz"  # detected by magic, not by name
    path.write_bytes(gzip.compress(data))
    assert detect_format(path) == "mbox"
    items = list(read_input(path, "mbox"))
    assert [i.data for i in items] == [b"Subject: a\n\nx\n", b"Subject: b\n\ny\n"]
    bad = tmp_path / "bad.mbox.gz"
    bad.write_bytes(gzip.compress(data)[:40])
    items = list(read_input(bad, detect_format(bad)))
    assert items and items[-1].error and "cannot read mbox" in items[-1].error


# --- maildir, eml, registry ---------------------------------------------------------------


def test_maildir_flags_and_layout(tmp_path: Path) -> None:
    root = tmp_path / "Mail"
    for sub in ("cur", "new", "tmp", ".Work.Projects/cur", ".Work.Projects/new"):
        (root / sub).mkdir(parents=True)
    msg = b"From: a@b\nSubject: s\n\nbody\n"
    (root / "cur" / "1.host:2,SRF").write_bytes(msg)
    (root / "cur" / "2.host!2,Sab").write_bytes(msg)
    (root / "new" / "3.host").write_bytes(msg)
    (root / "tmp" / "4.host").write_bytes(msg)  # in delivery: skipped
    (root / ".Work.Projects" / "cur" / "5.host:2,T").write_bytes(msg)
    for junk in ("dovecot-uidlist", "dovecot.index.cache", "maildirfolder", ".uidvalidity"):
        (root / junk).write_bytes(b"junk")
    (root / ".DS_Store").write_bytes(b"\x00\x01")
    assert [(p, f) for p, f in iter_inputs([tmp_path])] == [(root, "maildir")]
    items = {i.locator: i for i in read_input(root, "maildir")}
    assert set(items) == {
        "cur/1.host:2,SRF",
        "cur/2.host!2,Sab",
        "new/3.host",
        ".Work.Projects/cur/5.host:2,T",
    }
    assert items["cur/1.host:2,SRF"].flags == "FRS"
    assert items["cur/2.host!2,Sab"].flags == "S"
    assert items["new/3.host"].flags == ""
    assert items[".Work.Projects/cur/5.host:2,T"].meta["folder"] == "Work/Projects"
    assert all(i.data == msg and i.source == str(root) for i in items.values())
    assert maildir.parse_flags("x;2,RDF,") == "DFR"


def test_eml_detection(tmp_path: Path) -> None:
    mail = tmp_path / "note.txt"
    mail.write_bytes(b"Return-Path: <a@b>\nFrom: a@b\nSubject: hi\n\nbody\n")
    text = tmp_path / "plain.txt"
    text.write_bytes(b"Note: this is text\nnot a mail\n")
    bare = tmp_path / "12345"
    bare.write_bytes(b"Message-ID: <x@y>\r\nFrom: a@b\r\n\r\nbody\r\n")
    assert detect_format(mail) == "eml"
    assert detect_format(text) == "document"
    assert detect_format(bare) == "eml"
    assert eml.looks_like_mail(b"From x  Mon Jan  1 00:00:00 2001\nFrom: a\nTo: b\n\n")
    assert not eml.looks_like_mail(b"Send Ppp mailing list submissions to\n")
    (item,) = read_input(bare, "eml")
    assert item.data == bare.read_bytes() and item.locator == "" and item.error is None


def test_unknown_and_missing(tmp_path: Path) -> None:
    blob = tmp_path / "image.png"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    assert list(iter_inputs([blob])) == [(blob, "unknown")]
    (item,) = read_input(blob, "unknown")
    assert item.error == "unknown format: PNG image"
    with pytest.raises(InputError, match="not found"):
        list(iter_inputs([tmp_path / "nope.mbox"]))


def test_pst_detection_and_corrupt_file(tmp_path: Path) -> None:
    fake = tmp_path / "archive.pst"
    fake.write_bytes(b"!BDN" + bytes(range(256)) * 8)
    assert detect_format(fake) == "pst"
    items = list(read_input(fake, "pst"))
    assert len(items) == 1 and items[0].error
    try:
        import pypff  # noqa: F401
    except ImportError:
        assert items[0].error == pst.MISSING_LIBRARY
    else:
        assert items[0].error.startswith("cannot open PST file")


def test_pst_missing_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pypff(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "pypff":
            raise ImportError("no pypff")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pypff)
    fake = tmp_path / "x.ost"
    fake.write_bytes(b"!BDN junk")
    (item,) = pst.read(fake)
    assert item.error == "PST support needs: pip install 'onrecord[pst]'"


# --- documents ----------------------------------------------------------------------------


def test_markdown_front_matter(tmp_path: Path) -> None:
    md = tmp_path / "memo.md"
    body = "# Memo\n\nWe will ship on Friday.\n"
    md.write_text(
        "---\nauthor: Jane Roe\ndate: 2021-03-04T10:00:00+02:00\ntitle: The memo\nlang: en\n---\n"
        + body
    )
    assert detect_format(md) == "document"
    (item,) = read_input(md, "document")
    assert item.kind is ItemKind.DOCUMENT
    assert item.meta["author"] == "Jane Roe" and item.meta["title"] == "The memo"
    doc = documents.parse_document(item, {"author": "CLI Author", "date": "2000-01-01"})
    assert doc.text == body
    assert doc.text.index("Friday") == body.index("Friday")
    assert doc.author == "Jane Roe" and doc.title == "The memo" and doc.lang == "en"
    assert doc.date == datetime(2021, 3, 4, 8, 0, tzinfo=UTC) and doc.date_offset_min == 120
    assert doc.content_type == "text/markdown"


def test_text_defaults_and_no_front_matter(tmp_path: Path) -> None:
    txt = tmp_path / "notes.txt"
    txt.write_text("---\nnot: [valid yaml\n---\nrest\n")
    (item,) = read_input(txt, detect_format(txt))
    doc = documents.parse_document(item, {"author": "CLI Author", "date": "2020-05-06"})
    assert doc.text == "---\nnot: [valid yaml\n---\nrest\n"
    assert doc.author == "CLI Author"
    assert doc.date == datetime(2020, 5, 6, tzinfo=UTC) and doc.date_offset_min is None


def test_html_document(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="de"><head><title>Board  minutes</title>'
        '<meta name="author" content="Max Muster"><meta name="date" content="2019-02-03">'
        "</head><body><p>Der Vorstand hat beschlossen.</p></body></html>"
    )
    assert detect_format(page) == "document"
    (item,) = read_input(page, "document")
    doc = documents.parse_document(item, {"author": "ignored"})
    assert doc.title == "Board minutes" and doc.author == "Max Muster" and doc.lang == "de"
    assert "Der Vorstand hat beschlossen." in doc.text
    assert doc.date == datetime(2019, 2, 3, tzinfo=UTC)
    assert doc.content_type == "text/html"


def test_pdf_detection_and_parse(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata(
        {"/Author": "PDF Author", "/Title": "Report", "/CreationDate": "D:20200102030405+01'00'"}
    )
    buf = io.BytesIO()
    writer.write(buf)
    path = tmp_path / "scan"  # no extension: detected by %PDF magic
    path.write_bytes(buf.getvalue())
    assert detect_format(path) == "document"
    (item,) = read_input(path, "document")
    assert item.meta["content_type"] == "application/pdf"
    doc = documents.parse_document(item, {})
    assert doc.author == "PDF Author" and doc.title == "Report"
    assert doc.date == datetime(2020, 1, 2, 2, 4, 5, tzinfo=UTC) and doc.date_offset_min == 60
    broken = documents.parse_document(
        RawItem(source="x.pdf", locator="", kind=ItemKind.DOCUMENT, data=b"%PDF-1.4 junk"), {}
    )
    assert broken.text == ""
