"""Per-message limits (issue 12): one item past a limit fails or is cut with a defect, the run
goes on. Inputs are small; the limits are set low to meet them."""

from __future__ import annotations

import gzip
import io
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import app
from onrecord.engines.local import IngestReport, ingest
from onrecord.ingest import mbox
from onrecord.ingest.documents import read_front_matter
from onrecord.mail.mime import parse_mail
from onrecord.mail.mimetree import parse_tree
from onrecord.record.limits import DEFAULT_LIMITS, Limits, from_options
from onrecord.record.store import Store

GOOD = (
    b"From: Ann <ann@example.org>\nTo: bob@example.org\nSubject: {n}\n"
    b"Message-ID: <good{n}@example.org>\nDate: Mon, 3 Feb 2020 10:00:00 +0000\n\n"
    b"Message number {n} is fine.\n"
)


def _good(n: int) -> bytes:
    return GOOD.replace(b"{n}", str(n).encode())


def _mbox(*messages: bytes) -> bytes:
    return b"".join(
        b"From ann@example.org Mon Feb  3 10:00:00 2020\n" + m + b"\n" for m in messages
    )


def _run(
    tmp_path: Path, files: dict[str, bytes], limits: Limits
) -> tuple[IngestReport, dict[str, str]]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    store = Store.open(tmp_path / "t.db")
    report = ingest(store, [folder], workers=1, limits=limits)
    rows = store.db.execute(
        "SELECT s.path, i.locator, i.reason FROM items i JOIN sources s ON s.id = i.source_id "
        "WHERE i.outcome = 'failed'"
    )
    reasons = {f"{Path(p).name}:{loc}": reason for p, loc, reason in rows}
    return report, reasons


def _deep(levels: int) -> bytes:
    """A message whose parts nest ``levels`` deep (message/rfc822 in multipart, alternately)."""
    head = b"From: a@example.org\nSubject: deep\nMessage-ID: <deep@x>\nMIME-Version: 1.0\n"
    out = [head]
    for i in range(levels):
        out.append(b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i))
        out.append(b"Content-Type: message/rfc822\n\nFrom: a@example.org\nSubject: inner\n")
    out.append(b"Content-Type: text/plain\n\nthe bottom\n")
    for i in reversed(range(levels)):
        out.append(b"--b%d--\n" % i)
    return b"".join(out)


# ---------------------------------------------------------------------------- depth


def test_mime_nesting_stops_at_the_depth_limit() -> None:
    deep = _deep(40)

    def nesting(tree: object) -> int:
        levels = 0
        stack = [(tree, 1)]
        while stack:
            message, depth = stack.pop()
            levels = max(levels, depth)
            stack += [(p.message, depth + 1) for p in message.parts if p.message is not None]  # type: ignore[attr-defined]
        return levels

    assert nesting(parse_tree(deep, max_depth=1000)) == 41  # followed all the way without it
    tree = parse_tree(deep, max_depth=6)
    assert tree is not None
    assert nesting(tree) <= 6
    assert tree.defects == ["MIME nesting deeper than 6 levels kept as one attachment"]
    mail = parse_mail(deep, Limits(max_mime_depth=6))
    assert "MIME nesting deeper than 6 levels kept as one attachment" in mail.defects
    assert mail.subject == "deep"
    # shallow mail is untouched
    assert parse_tree(_deep(2), max_depth=6).defects == []  # type: ignore[union-attr]


def test_deep_reproducer_ingests_with_a_defect(tmp_path: Path, corpora: Path) -> None:
    data = (corpora / "hostile-mail" / "deep_rfc822_14000.eml").read_bytes()
    report, _ = _run(tmp_path, {"deep.eml": data, "ok.eml": _good(1)}, DEFAULT_LIMITS)
    assert (report.failed, report.seen) == (0, 2)
    store = Store.open(tmp_path / "t.db")
    (defects,) = store.db.execute("SELECT defects FROM messages WHERE subject = 'deep'").fetchone()
    assert "MIME nesting deeper than 32 levels" in defects


# ---------------------------------------------------------------------------- size


def test_a_message_over_the_size_limit_fails_alone_in_an_mbox(tmp_path: Path) -> None:
    big = _good(2).replace(b"is fine.", b"is big. " * 500)
    limits = Limits(max_message_bytes=2000)
    report, reasons = _run(tmp_path, {"a.mbox": _mbox(_good(1), big, _good(3))}, limits)
    assert (report.seen, report.ingested, report.failed) == (3, 2, 1)
    (reason,) = reasons.values()
    assert reason.startswith("too large: ") and "over the limit of " in reason
    assert "--max-message-mb" in reason


def test_mbox_reader_holds_no_more_than_the_limit_of_a_line_without_end() -> None:
    """A file with no line break (or /dev/zero behind a name): read with a bound."""
    limit = 1 << 20

    class Endless(io.RawIOBase):  # 24 MB of one line, made as it is read
        left = 24 << 20

        def read(self, size: int = -1) -> bytes:
            n = min(size, self.left)
            self.left -= n
            return b"x" * n

    tracemalloc.start()
    items = list(mbox.read_stream(Endless(), "endless", Limits(max_message_bytes=limit)))  # type: ignore[arg-type]
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [i.error for i in items] == [Limits(max_message_bytes=limit).too_big()]
    assert peak < 6 * limit  # (a chunk or two beyond the limit, never the whole 24 MB)


def test_mbox_too_large_message_then_more_messages() -> None:
    long_line = b"X-Junk: " + b"y" * 5000 + b"\n"
    data = _mbox(_good(1), long_line + _good(2), _good(3))
    items = list(mbox.read_stream(io.BytesIO(data), "m", Limits(max_message_bytes=3000)))
    assert [bool(i.error) for i in items] == [False, True, False]
    assert items[2].data.startswith(b"From: Ann")


def test_eml_and_document_over_the_size_limit_fail_with_the_reason(tmp_path: Path) -> None:
    files = {
        "big.eml": _good(1) + b"word " * 1000,
        "big.md": b"---\nauthor: Ann\n---\n" + b"Text. " * 1000,
        "ok.eml": _good(2),
    }
    report, reasons = _run(tmp_path, files, Limits(max_message_bytes=4096))
    assert (report.seen, report.ingested, report.failed) == (3, 1, 2)
    assert reasons["big.eml:"].startswith("too large: ")
    assert reasons["big.md:"].startswith("too large: ")


# ---------------------------------------------------------------------------- gzip


def test_a_gzip_bomb_stops_at_the_ratio(tmp_path: Path) -> None:
    bomb = gzip.compress(_mbox(_good(1)) + b"\0" * (8 << 20))  # 8 MB of zeros, a few KB packed
    assert len(bomb) < 64 << 10
    report, reasons = _run(tmp_path, {"bomb.mbox.gz": bomb}, DEFAULT_LIMITS)
    assert report.failed == 1
    (reason,) = reasons.values()
    assert "inflates more than 200 times its compressed size" in reason


def test_a_gzip_input_stops_at_the_decompressed_limit(tmp_path: Path) -> None:
    # (the reader inflates 1 MB at a time: the limit is met at the second MB)
    messages = [_good(n) + b"filler line\n" * 200 for n in range(600)]
    packed = gzip.compress(_mbox(*messages))
    limits = Limits(max_decompressed_bytes=1_200_000)
    report, reasons = _run(tmp_path, {"a.mbox.gz": packed}, limits)
    assert report.failed == 1 and 300 < report.ingested < 600
    (reason,) = reasons.values()
    assert reason.startswith("decompressed past the limit of 1,200,000 bytes")


# ---------------------------------------------------------------------------- headers, text


def test_recipients_past_the_limit_are_cut_with_a_defect() -> None:
    to = ", ".join(f"P{i} <p{i}@example.org>" for i in range(50)).encode()
    mail = parse_mail(_good(1).replace(b"bob@example.org", to), Limits(max_recipients=5))
    assert [a.email for a in mail.to] == [f"p{i}@example.org" for i in range(5)]
    assert "To header lists 50 addresses; the first 5 kept" in mail.defects
    assert len(parse_mail(_good(1).replace(b"bob@example.org", to)).to) == 50


def test_a_header_past_the_limit_is_cut_with_a_defect() -> None:
    long_subject = b"Subject: " + b"word " * 1000
    mail = parse_mail(_good(1).replace(b"Subject: 1", long_subject), Limits(max_header_bytes=200))
    assert len(mail.subject) <= 200
    assert "header Subject longer than 200 bytes, cut" in mail.defects
    assert mail.body_text == "Message number 1 is fine."


def test_body_text_past_the_limit_is_cut_with_a_defect(tmp_path: Path) -> None:
    long = _good(1).replace(b"is fine.", b"Words go on. " * 2000)
    report, _ = _run(tmp_path, {"long.eml": long}, Limits(max_text_chars=1000))
    assert report.ingested == 1
    store = Store.open(tmp_path / "t.db")
    body, defects = store.db.execute("SELECT body_text, defects FROM messages").fetchone()
    assert len(body) <= 1000
    assert "body text longer than 1,000 characters, cut" in defects


def test_an_html_body_past_the_limit_is_cut_before_conversion() -> None:
    html = _good(1).replace(b"Message number 1 is fine.", b"<p>para</p>" * 500)
    html = html.replace(b"Date:", b"Content-Type: text/html\nDate:")
    mail = parse_mail(html, Limits(max_html_chars=1100))
    assert "HTML body longer than 1,100 characters, cut" in mail.defects
    assert mail.body_text.count("para") == 100  # (1,100 characters: 100 paragraphs)
    assert parse_mail(html).body_text.count("para") == 500


# ---------------------------------------------------------------------------- YAML


def test_yaml_alias_bomb_is_refused_with_a_defect(tmp_path: Path, corpora: Path) -> None:
    data = (corpora / "hostile-mail" / "yaml_bomb.md").read_bytes()
    report, _ = _run(tmp_path, {"bomb.md": data}, DEFAULT_LIMITS)
    assert (report.ingested, report.failed) == (1, 0)
    store = Store.open(tmp_path / "t.db")
    body, defects = store.db.execute("SELECT body_text, defects FROM messages").fetchone()
    assert body.strip() == "We should share the science."
    assert defects == "front matter ignored: more than 10 YAML aliases"


def test_front_matter_with_a_few_aliases_still_reads() -> None:
    text = "---\nwho: &who Ann Smith\nauthor: *who\ntitle: Notes\n---\nBody.\n"
    assert read_front_matter(text) == ({"author": "Ann Smith", "title": "Notes"}, "Body.\n", None)


# ---------------------------------------------------------------------------- options


def test_limits_from_options_and_the_cli(tmp_path: Path) -> None:
    limits = from_options({"max_message_bytes": 2, "item_seconds": 1.5, "max_recipients": None})
    assert limits.max_message_bytes == 2 << 20
    assert limits.item_seconds == 1.5
    assert limits.max_recipients == DEFAULT_LIMITS.max_recipients
    with pytest.raises(ValueError):
        Limits(max_mime_depth=0)
    help_text = CliRunner().invoke(app, ["ingest", "--help"]).output
    for option in ("--max-message-mb", "--max-mime-depth", "--max-ratio", "--item-seconds"):
        assert option in help_text
    assert "[default: 100]" in " ".join(help_text.split())
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.eml").write_bytes(_good(1) + b"x" * (1 << 20))
    (folder / "ok.eml").write_bytes(_good(2))
    db = str(tmp_path / "t.db")
    result = CliRunner().invoke(
        app, ["--db", db, "--json", "ingest", "--max-message-mb", "1", str(folder)]
    )
    assert result.exit_code == 0, result.output
    assert '"failed": 1' in result.output and "too large: 1 MB, over the limit of 1 MB" in (
        result.output
    )


def test_messages_analyzed_again_by_the_linker_keep_the_limits(tmp_path: Path) -> None:
    """A learned signature makes the linker analyze a sender's messages again: under the same
    limits as the first time (with the defaults, a body that was cut got segments past its
    stored text)."""
    tagline = "Keizersgracht 1, Amsterdam\nOpen research for everyone"
    long_head = "Note number 9 is about the budget, and about much more than that.\n\n"
    bodies = [f"Note number {i} is about the budget.\n\n{tagline}" for i in range(4)]
    bodies.append(long_head + tagline + "\n\nAnd then it goes on for a long while." * 20)
    files = {
        f"{i}.eml": (
            f"From: Daan <daan@example.org>\nTo: ilse@example.org\nSubject: Note {i}\n"
            f"Date: Mon, 0{i + 1} Feb 2016 10:00:00 +0100\nMessage-ID: <sig-{i}@x>\n\n{body}\n"
        ).encode()
        for i, body in enumerate(bodies)
    }
    report, _ = _run(tmp_path, files, Limits(max_text_chars=len(long_head + tagline)))
    assert report.links.signatures == 5  # (all five analyzed again)
    store = Store.open(tmp_path / "t.db")
    rows = store.db.execute(
        'SELECT length(m.body_text), MAX(g."end") FROM messages m '
        "JOIN segments g ON g.message = m.id GROUP BY m.id"
    ).fetchall()
    assert len(rows) == 5
    assert all(end <= length for length, end in rows)
