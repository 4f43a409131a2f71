"""Ingest end to end through the CLI: accounting, dedup, re-runs, errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from onrecord.record.store import SCHEMA_VERSION


def _counts_add_up(stats: dict) -> None:
    assert stats["seen"] == stats["ingested"] + stats["duplicate"] + stats["failed"]
    for src in stats["per_source"]:
        assert src["seen"] == src["ingested"] + src["duplicate"] + src["failed"]


def test_sample_ingest_counts_every_message(cli, sample: Path) -> None:
    report = cli.json("ingest", str(sample / "archive.mbox"), str(sample / "maildir"))
    # 9 mbox entries (one not an email) + 2 Maildir files, one a copy of an mbox message
    assert report["seen"] == 11
    assert report["ingested"] == 9
    assert report["duplicate"] == 1
    assert report["failed"] == 1
    assert "not an email" in report["failures"][0]["reason"]
    stats = cli.json("stats")
    _counts_add_up(stats)
    assert stats["messages"] == 9


def test_reingest_adds_nothing(cli, sample: Path) -> None:
    cli("ingest", str(sample))
    before = cli.json("stats")
    again = cli.json("ingest", str(sample))
    assert again["ingested"] == 0
    after = cli.json("stats")
    assert after == before


def test_duplicate_records_both_sources(cli, sample: Path) -> None:
    cli("ingest", str(sample / "archive.mbox"), str(sample / "maildir"))
    shown = cli.json("show", "yup-3@valemotors.example")
    outcomes = sorted(s["outcome"] for s in shown["sources"])
    assert outcomes == ["duplicate", "ingested"]
    assert any("maildir" in s["path"] for s in shown["sources"])
    assert any(s["flags"] == "S" for s in shown["sources"])


def test_raw_bytes_are_kept(cli, sample: Path) -> None:
    cli("ingest", str(sample / "archive.mbox"))
    raw = cli("show", "yup-3@valemotors.example", "--raw")
    assert raw.startswith("From: Marcus Vale <mv@valemotors.example>")
    assert "Yup" in raw


def test_quoted_text_is_not_authored(cli, sample: Path) -> None:
    cli("ingest", str(sample / "archive.mbox"))
    shown = cli.json("show", "yup-3@valemotors.example")
    authored = [s for s in shown["statements"] if s["kind"] == "authored"]
    assert [s["text"] for s in authored] == ["Yup"]
    quoted = [s for s in shown["segments"] if s["kind"] == "quoted"]
    assert quoted and quoted[-1]["author"]["email"] == "ilse@lumenlabs.example"
    assert "not share the science" in " ".join(
        s["text"] for s in shown["statements"] if s["kind"] == "quoted"
    )


def test_search_filters(cli, sample: Path) -> None:
    cli("ingest", str(sample))
    hits = cli.json("search", "science")
    assert hits and all(h["kind"] == "authored" for h in hits)
    assert {h["author"]["email"] for h in hits} >= {"ilse@lumenlabs.example"}
    by_vale = cli.json("search", "science", "--by", "Vale")
    assert by_vale
    assert all(
        h["author"]["name"] == "Marcus Vale" or "valemotors" in h["author"]["email"]
        for h in by_vale
    )
    old = cli.json("search", "science", "--until", "2017-01-01")
    assert old and all(h["date"] < "2017" for h in old)
    assert cli.json("search", "science", "--since", "2030-01-01", code=4) == []
    quoted = cli.json("search", "science", "--kind", "quoted")
    assert quoted and all(h["kind"] == "quoted" for h in quoted)
    assert "[" in hits[0]["snippet"]


def test_dutch_and_documents(cli, sample: Path) -> None:
    cli("ingest", str(sample))
    hits = cli.json("search", "begroting")
    assert hits and hits[0]["lang"] == "nl"
    doc_hits = cli.json("search", "wetenschap")
    assert doc_hits[0]["author"]["name"] == "Redactie Techblad"
    assert doc_hits[0]["date"].startswith("2024-03-06")


def test_document_author_flag(cli, tmp_path: Path) -> None:
    doc = tmp_path / "statement.txt"
    doc.write_text("We never planned to close the research. It was always meant to be open.\n")
    cli("ingest", str(doc), "--author", "Ilse Okafor", "--date", "2023-05-01")
    hits = cli.json("search", "research")
    assert hits[0]["author"]["name"] == "Ilse Okafor"
    assert hits[0]["date"].startswith("2023-05-01")


def test_people_groups_addresses(cli, sample: Path) -> None:
    cli("ingest", str(sample))
    people = cli.json("people")
    vale = [p for p in people if p["name"] == "Marcus Vale"]
    assert len(vale) == 1
    assert set(vale[0]["emails"]) == {"marcus@valemotors.example", "mv@valemotors.example"}
    assert vale[0]["messages"] == 3
    everyone = cli.json("people", "--all")
    roles = [p for p in everyone if p["is_role"]]
    assert any("noreply@lumenlabs.example" in p["emails"] for p in roles)


def test_person_corrections_persist(cli, sample: Path) -> None:
    cli("ingest", str(sample))
    cli("person", "split", "mv@valemotors.example")
    cli("ingest", str(sample))
    people = cli.json("people")
    owners = [p for p in people if "mv@valemotors.example" in p["emails"]]
    assert len(owners) == 1 and owners[0]["emails"] == ["mv@valemotors.example"]
    cli("person", "merge", "mv@valemotors.example", "ilse@lumenlabs.example")
    people = cli.json("people")
    merged = [p for p in people if "mv@valemotors.example" in p["emails"]]
    assert "ilse@lumenlabs.example" in merged[0]["emails"]
    cli("person", "merge", "nobody@x.example", "ilse@lumenlabs.example", code=4)


def test_thread_tree(cli, sample: Path) -> None:
    cli("ingest", str(sample))
    tree = cli.json("thread", "yup-3@valemotors.example")
    assert tree["messages"] == 5  # with Daan's forward of Ilse's reply (published/)
    root = tree["tree"][0]
    assert root["message_id"] == "mission-1@valemotors.example"
    reply = root["replies"][0]
    assert reply["message_id"] == "open-science-2@lumenlabs.example"
    assert reply["replies"][0]["message_id"] == "yup-3@valemotors.example"
    assert reply["replies"][0]["replies"][0]["message_id"] == "daan-9@lumenlabs.example"


def test_errors_are_clear(cli, tmp_path: Path) -> None:
    out = cli("ingest", str(tmp_path / "nope.mbox"), code=1)
    assert "no such file" in out and "Traceback" not in out
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all")
    from click.testing import CliRunner

    from onrecord.cli import app

    res = CliRunner().invoke(app, ["--db", str(junk), "stats"])
    assert res.exit_code == 1 and "not an onrecord database" in res.output
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.commit()
    res = CliRunner().invoke(app, ["--db", str(other), "stats", "--json"])
    assert res.exit_code == 1 and "not an onrecord" in res.output


def test_newer_schema_refused(cli, sample: Path) -> None:
    cli("ingest", str(sample / "complaint.md"))
    con = sqlite3.connect(cli.db)
    con.execute(
        "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
    )
    con.commit()
    con.close()
    out = cli("stats", code=1)
    assert "newer" in out and "upgrade" in out


def test_unknown_format_counted_failed(cli, tmp_path: Path, sample: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "in" / "note.md").write_text("---\nauthor: A. Writer\n---\nThe sky is green.\n")
    report = cli.json("ingest", str(tmp_path / "in"))
    assert report["failed"] == 1 and report["ingested"] == 1
    assert "unknown format" in report["failures"][0]["reason"]


def test_missing_db_for_read_commands(cli) -> None:
    out = cli("stats", code=1)
    assert "no database" in out and "onrecord ingest" in out


def test_person_id_stable_when_addresses_join(cli, sample: Path, tmp_path: Path) -> None:
    cli("ingest", str(sample))
    before = {p["name"]: p["id"] for p in cli.json("people")}
    extra = tmp_path / "extra.eml"
    extra.write_text(
        "From: Marcus Vale <a.vale@valemotors.example>\nTo: ilse@lumenlabs.example\n"
        "Subject: Hello\nDate: Mon, 07 Mar 2016 10:00:00 +0000\nMessage-ID: <extra@x>\n\nHi.\n"
    )
    cli("ingest", str(extra))
    people = cli.json("people")
    vale = next(p for p in people if "a.vale@valemotors.example" in p["emails"])
    assert "marcus@valemotors.example" in vale["emails"]
    assert vale["id"] == before["Marcus Vale"]
    assert {p["name"]: p["id"] for p in people if p["name"] in before} == before


def test_hybrid_search_crosses_languages(cli, sample: Path) -> None:
    cli("ingest", str(sample / "archive.mbox"))
    report = cli.json("embed")
    assert report["stored"] > 0 and report["remaining"] == 0
    assert cli.json("embed")["stored"] == 0  # incremental
    hits = cli.json("search", "--hybrid", "de wetenschap niet delen", "--limit", "5")
    assert any("not share the science" in h["text"] for h in hits)
