"""`onrecord check` end to end on the sample case with the builtin judge: the JSON contract,
and the verdicts the sample was written to show."""

from __future__ import annotations

from pathlib import Path

CONTRACT = {"claim", "lang", "subject", "verdict", "confidence", "judge", "evidence"}
EVIDENCE = {
    "stance",
    "score",
    "statement",
    "author",
    "date",
    "message_id",
    "source",
    "span",
    "endorses",
}


def test_check_contract_and_verdicts(cli, sample: Path) -> None:
    cli("ingest", str(sample))
    verdicts = cli.json(
        "check",
        "Marcus Vale always insisted that Lumen share its science.",
        "Vale wanted full control over Lumen.",
    )
    assert len(verdicts) == 2
    for v in verdicts:
        assert set(v) >= CONTRACT
        assert v["judge"].startswith("builtin/")
        assert 0.0 <= v["confidence"] <= 1.0
        assert v["verdict"] in {"supported", "contradicted", "mixed", "not_enough_info"}
        for e in v["evidence"]:
            assert set(e) >= EVIDENCE
    insisted, control = verdicts
    assert insisted["subject"]["person"]["name"] == "Marcus Vale"
    # the subject's own record comes first, his "Yup" among it with what it endorsed
    relations = [e["relation"] for e in insisted["evidence"]]
    assert relations[0] in ("own", "endorsed")
    assert any(
        e["endorses"] and "not share the science" in e["endorses"]["text"]
        for e in insisted["evidence"]
    )
    # the complaint this claim comes from is not its own evidence
    assert not any(e["statement"] == insisted["claim"] for e in insisted["evidence"])
    assert control["subject"]["person"]["name"] == "Marcus Vale"


def test_check_a_document(cli, sample: Path) -> None:
    cli("ingest", str(sample / "archive.mbox"))
    verdicts = cli.json("check", "--file", str(sample / "nieuws.md"))
    assert len(verdicts) >= 3
    assert {v["lang"] for v in verdicts} == {"nl"}
    assert all(v["subject"] and v["subject"]["name"] for v in verdicts)


def test_check_needs_claims(cli, sample: Path) -> None:
    cli("ingest", str(sample / "complaint.md"))
    out = cli("check", code=2)
    assert "no claims" in out


def test_check_a_document_all(cli, sample: Path) -> None:
    """--all lists the sentences that are not claims, with their reason; each claim says who
    makes it and whether that is a party the article quotes."""
    cli("ingest", str(sample / "archive.mbox"))
    out = cli.json("check", "--file", str(sample / "nieuws.md"), "--all", "--no-dense")
    assert set(out) == {"claims", "skipped"}
    assert [(s["reason"], s["by"]) for s in out["skipped"]] == [("heading", "rules")]
    by_claimant = {(v["claimant"], v["attributed"]) for v in out["claims"]}
    assert by_claimant == {("Redactie Techblad", False), ("de aanklacht", True)}


def test_check_all_says_which_skips_the_model_made(cli, sample: Path, tmp_path: Path) -> None:
    """A newsletter's greeting and chatter, which the rules take as claims, are skipped by the
    learned second opinion and marked as its decision."""
    cli("ingest", str(sample / "archive.mbox"))
    doc = tmp_path / "letter.md"
    doc.write_text(
        "---\nlang: en\n---\nHi all, and welcome back.\n\n"
        "It has been a busy week, so let's get straight to it.\n\n"
        "Marcus Vale co-founded Lumen Labs in 2015.\n",
        "utf-8",
    )
    out = cli.json("check", "--file", str(doc), "--all", "--no-dense")
    assert [v["claim"] for v in out["claims"]] == ["Marcus Vale co-founded Lumen Labs in 2015."]
    assert {s["by"] for s in out["skipped"]} == {"model"}
    assert len(out["skipped"]) == 2


def test_an_undecided_claim_lists_the_closest_statements_to_read(cli, sample: Path) -> None:
    cli("ingest", str(sample))
    [v] = cli.json("check", "Vale wanted full control over Lumen.")
    assert v["verdict"] == "not_enough_info"
    out = cli("check", "Vale wanted full control over Lumen.")
    assert "closest, to read:" in out
    listed = out.split("closest, to read:", 1)[1].strip().splitlines()
    assert 1 <= len(listed) <= 3
    # the three the verdict lists first, whatever their stance
    for e, line in zip(v["evidence"], listed, strict=False):
        assert f"#{e['message']}" in line and e["stance"] in line
