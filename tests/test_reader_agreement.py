"""benchmarks/reader_agreement.py: a second reader's verdicts against a case's gold."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import reader_agreement as ra

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "cases-heldout"


def gold(i: str, verdict: str, contains: str = "") -> dict:
    ev = [{"contains": contains}] if contains else []
    return {"id": i, "claim": "c", "lang": "en", "gold": verdict, "evidence": ev}


def test_compare_counts_agreement_and_the_deciding_statement() -> None:
    g = [
        gold("a", "supported", "We will fund the pilot"),
        gold("b", "contradicted", "No, we never agreed"),
        gold("c", "not_enough_info"),
        gold("d", "mixed", "first yes, later no"),
    ]
    second = {
        "a": {"verdict": "supported", "evidence": [{"contains": "we will fund the pilot."}]},
        "b": {"verdict": "contradicted", "evidence": [{"contains": "a different mail"}]},
        "c": {"verdict": "contradicted", "evidence": []},
    }
    rows = ra.compare("x", g, second)
    assert [r["id"] for r in rows] == ["a", "b", "c"]  # d was not decided
    assert [r["correct"] for r in rows] == [True, True, False]
    assert [r["same_evidence"] for r in rows] == [True, False, None]
    rep = ra.report(rows, {"x": 1})
    assert rep["agreement"]["correct"] == 2 and rep["agreement"]["n"] == 3
    assert rep["disagreements"] == {"not_enough_info -> contradicted": 1}
    assert rep["same_evidence"]["correct"] == 1 and rep["same_evidence"]["n"] == 2


def test_a_verdict_outside_the_four_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "second_reader.jsonl"
    p.write_text(json.dumps({"id": "a", "verdict": "true"}) + "\n", "utf-8")
    with pytest.raises(ra.ce.CaseError, match="not a verdict"):
        ra.load_second(p)


def test_the_committed_second_readings_name_real_claims() -> None:
    files = sorted(HELDOUT.glob(f"*/{ra.SECOND}"))
    assert files, "no second reader in benchmarks/cases-heldout"
    for f in files:
        ids = {r["id"] for r in ra.ce.load_claims(f.parent / "claims.jsonl")}
        second = ra.load_second(f)
        assert set(second) <= ids and len(second) >= 0.9 * len(ids), f
    rows, missing = ra.agreement(HELDOUT)
    assert len(rows) == sum(len(ra.load_second(f)) for f in files)
    gold = sum(len(ra.ce.load_claims(f.parent / "claims.jsonl")) for f in files)
    assert len(rows) + sum(missing.values()) == gold
