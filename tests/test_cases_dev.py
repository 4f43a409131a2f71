"""The development claim cases (``benchmarks/cases-dev/``): they follow the case format, their
gold evidence is in the ingested record (by the gold author, or endorsed by them), they are
apart from the evaluation cases, and ``claims_eval.py --root`` finds them. No judge runs here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from _cases import check_claims_parse, check_persons_and_sources, claims_eval

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "benchmarks" / "cases-dev"


ce = claims_eval("claims_eval_dev")
NAMES = ce.known_cases(DEV)


@pytest.fixture(scope="module", params=NAMES)
def case(request: pytest.FixtureRequest) -> Any:
    return ce.load_case(DEV / request.param)


@pytest.fixture(scope="module")
def store(case: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    s = ce.ingest_case(case, tmp_path_factory.mktemp(case.name) / "case.db")
    yield s
    s.close()


def test_dev_root_holds_the_nordwind_case() -> None:
    assert ce.DEV_CASES == DEV
    assert "nordwind" in NAMES
    assert (DEV / "README.md").is_file()
    assert ce.case_folders(root=DEV) == [DEV / n for n in NAMES]
    assert ce.case_folders(["nordwind"], root=DEV) == [DEV / "nordwind"]
    with pytest.raises(ce.CaseError):
        ce.case_folders(["veldmere"], root=DEV)


def test_dev_cases_are_apart_from_the_evaluation_cases() -> None:
    assert not set(NAMES) & set(ce.known_cases(ce.CASES))
    seen = {
        ce.norm(r["claim"])
        for n in ce.known_cases(ce.CASES)
        for r in ce.load_case(ce.CASES / n).claims
    }
    dev = {ce.norm(r["claim"]) for n in NAMES for r in ce.load_case(DEV / n).claims}
    assert not seen & dev


def test_case_follows_the_format(case: Any) -> None:
    assert not case.missing
    rows = case.claims
    assert len(rows) >= 40  # the written-for-development cases have 60+, kiemkracht 40
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["id"].startswith(f"{case.name}-") for r in rows)
    assert {r["class"] for r in rows} == set(ce.CLASSES)
    langs = Counter(r["lang"] for r in rows)
    assert set(langs) == {"en", "nl"} and min(langs.values()) >= 0.4 * len(rows)
    gold = Counter(r["gold"] for r in rows)
    assert set(gold) == set(ce.VERDICTS)
    for verdict, share in (("supported", 0.35), ("contradicted", 0.3), (ce.NEI, 0.3)):
        assert abs(gold[verdict] / len(rows) - share) < 0.08, (verdict, gold)
    for r in rows:
        assert r["note"].strip()
        if r["gold"] != ce.NEI:
            assert r["evidence"], r["id"]
        if r.get("source"):
            assert Path(r["source_path"]).is_file(), r["id"]
        if r["class"] == "self-source":
            assert r.get("source"), r["id"]


def _writers(store: Any, statement: int, name: str, email: str) -> list[tuple[str, str]]:
    """Who stands for a statement: its writer, and whoever endorsed it (the original or the
    copy quoted in their reply)."""
    endorsers = store.db.execute(
        "SELECT endorser_name, endorser_email FROM endorsements "
        "WHERE stance = 'agree' AND (target = ? OR quoted = ?)",
        (statement, statement),
    ).fetchall()
    return [(name, email)] + [(r[0], r[1]) for r in endorsers]


def test_every_gold_evidence_is_an_ingested_statement_by_its_author(case: Any, store: Any) -> None:
    statements = [
        (r[0], ce.norm(r[1]), r[2], r[3])
        for r in store.db.execute("SELECT id, text, author_name, author_email FROM statements")
    ]
    missing, wrong_author = [], []
    for r in case.claims:
        for e in r["evidence"]:
            want = ce.norm(e["contains"])
            hits = [s for s in statements if want in s[1]]
            if not hits:
                missing.append((r["id"], e["contains"]))
                continue
            who = e.get("author")
            if who and not any(
                ce.author_matches(who, name, email)
                for sid, _, n, m in hits
                for name, email in _writers(store, sid, n, m)
            ):
                wrong_author.append((r["id"], e["contains"], who))
    assert not missing
    assert not wrong_author


def test_persons_and_sources_are_in_the_record(case: Any, store: Any) -> None:
    check_persons_and_sources(case, store)


def test_claims_parse(case: Any, store: Any) -> None:
    check_claims_parse(ce, case, store)


def test_root_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ce.main(["--root", str(tmp_path / "nope")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert ce.main(["--root", str(DEV), "--case", "veldmere"]) == 2
    assert "no case.json" in capsys.readouterr().err
