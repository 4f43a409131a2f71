"""benchmarks/claims_eval.py: its loading on the Veldmere case (the real ingest) and its metrics
on hand-made rows. No judge runs here."""

from __future__ import annotations

import importlib.util
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from _cases import check_claims_parse, check_persons_and_sources, claims_eval

ROOT = Path(__file__).resolve().parents[1]
VELDMERE = ROOT / "benchmarks" / "cases" / "veldmere"


ce = claims_eval("claims_eval")


@pytest.fixture(scope="module")
def case() -> Any:
    return ce.load_case(VELDMERE)


@pytest.fixture(scope="module")
def store(case: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    s = ce.ingest_case(case, tmp_path_factory.mktemp("veldmere") / "case.db")
    yield s
    s.close()


def test_case_follows_the_format(case: Any) -> None:
    assert "veldmere" in ce.known_cases()
    assert case.name == "veldmere" and not case.missing
    rows = case.claims
    assert len(rows) >= 75
    assert len({r["id"] for r in rows}) == len(rows)
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


def test_every_gold_evidence_is_an_ingested_statement(case: Any, store: Any) -> None:
    texts = ce.statement_texts(store)
    missing = [
        (r["id"], e["contains"])
        for r in case.claims
        for e in r["evidence"]
        if not any(ce.norm(e["contains"]) in t for t in texts)
    ]
    assert not missing


def test_persons_and_sources_are_in_the_record(case: Any, store: Any) -> None:
    check_persons_and_sources(case, store)


def test_claims_parse(case: Any, store: Any) -> None:
    check_claims_parse(ce, case, store)


def test_resolve_path(tmp_path: Path) -> None:
    assert ce.resolve_path(tmp_path, "archive.mbox") == (tmp_path / "archive.mbox").resolve()
    assert ce.resolve_path(tmp_path, "{repo}/README.md") == ROOT / "README.md"
    assert (
        ce.resolve_path(tmp_path, "{shared}/corpora/x")
        == (ROOT.parent / "shared" / "corpora" / "x").resolve()
    )


def test_load_claims_rejects_bad_rows(tmp_path: Path) -> None:
    bad = tmp_path / "claims.jsonl"
    for line in (
        '{"id": "a", "claim": "x", "gold": "true"}',
        '{"id": "a", "claim": "x", "gold": "supported", "class": "nonsense"}',
        '{"id": "a", "claim": "x", "gold": "supported", "evidence": ["text"]}',
        '{"id": "a", "claim": "x", "gold": "supported"}\n{"id": "a", "claim": "y", "gold": "mixed"}',
    ):
        bad.write_text(line + "\n")
        with pytest.raises(ce.CaseError):
            ce.load_claims(bad)


def _ev(text: str, name: str, endorses: tuple[str, str] | None = None) -> dict[str, Any]:
    return {
        "stance": "supports",
        "score": 0.9,
        "relation": "own",
        "statement": text,
        "author": {"name": name, "email": f"{name.split()[-1].lower()}@x.example"},
        "date": "2021-03-04T10:00:00Z",
        "endorses": {"text": endorses[0], "author": {"name": endorses[1], "email": ""}}
        if endorses
        else None,
    }


def test_evidence_matching() -> None:
    gold = {"contains": "the  ONLY realistic option", "author": "Ingrid Haverkamp"}
    assert ce.evidence_matches(
        gold, _ev("Housing is the only\nrealistic option.", "Haverkamp, Ingrid")
    )
    assert not ce.evidence_matches(
        gold, _ev("Housing is the only realistic option.", "Tom Verhulst")
    )
    # a "Yup" by the author standing for someone else's words
    yup = _ev(
        "Akkoord.", "Haverkamp, Ingrid", ("Housing is the only realistic option.", "Tom Verhulst")
    )
    assert ce.evidence_matches(gold, yup)
    assert ce.evidence_matches({"contains": "only realistic option", "author": "Verhulst"}, yup)
    assert not ce.evidence_matches({"contains": "only realistic option", "author": "Rachel"}, yup)
    assert ce.evidence_matches({"contains": "akkoord"}, yup)
    assert ce.evidence_matches({"contains": "only", "author": "Ingrid@X.example"}, yup)
    assert not ce.evidence_matches({"contains": "only", "author": "other@x.example"}, yup)
    # only the top 3 count
    evidence = [_ev(f"filler {i}", "A B") for i in range(3)] + [_ev("the key fact", "A B")]
    assert not ce.evidence_hit([{"contains": "key fact"}], evidence)
    assert ce.evidence_hit([{"contains": "key fact"}], evidence[1:])


def test_reach_counts_gold_gathered_at_any_rank() -> None:
    gold = [{"contains": "the key fact", "author": "A B"}]
    evidence = [_ev(f"filler {i}", "A B") for i in range(5)] + [_ev("The key fact.", "A B")]
    assert not ce.evidence_hit(gold, evidence)  # rank 6: a miss of recall@3 ...
    assert ce.evidence_reached(gold, evidence) == "evidence"  # ... but gathered
    assert ce.evidence_reached(gold, evidence[:5]) is None
    assert ce.evidence_reached(gold, evidence[:5], [_ev("The key fact.", "A B")]) == "source"
    assert ce.evidence_reached(gold, [_ev("The key fact.", "C D")]) is None  # not by the author
    row = {"id": "r", "claim": "c", "lang": "en", "class": "direct", "gold": "supported"}
    rows = [
        ce.score_row({**row, "evidence": gold}, _verdict("not_enough_info", 0.5, evidence)),
        ce.score_row({**row, "evidence": gold}, _verdict("not_enough_info", 0.5, evidence[:5])),
        ce.score_row(
            {**row, "evidence": gold},
            {**_verdict("supported", 0.5, evidence[:2]), "claim_sources": evidence[5:]},
        ),
        ce.score_row(
            {**row, "gold": "not_enough_info", "evidence": []}, _verdict("mixed", 0.5, [])
        ),
    ]
    assert [r["evidence_reach"] for r in rows] == [True, False, True, None]
    assert [r["reached_as"] for r in rows] == ["evidence", None, "source", None]
    s = ce.summarize(rows)
    assert s["evidence_recall_at_3"]["hits"] == 0
    assert s["evidence_reach"] == {
        "hits": 2,
        "n": 3,
        "reach": round(2 / 3, 4),
        "as_source": 1,
        "gathered_mean": round((6 + 5 + 2) / 3, 2),
    }


def _verdict(verdict: str, confidence: float, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    return {"claim": "c", "verdict": verdict, "confidence": confidence, "evidence": evidence}


def test_metrics_on_hand_made_rows() -> None:
    hit = [_ev("The fact.", "A B")]
    miss = [_ev("Something else.", "A B")]
    gold_ev = [{"contains": "the fact"}]
    specs = [  # (lang, class, gold, predicted, confidence, evidence listed, evidence returned)
        ("en", "quantity", "supported", "supported", 0.9, gold_ev, hit),
        ("en", "quantity", "supported", "contradicted", 0.8, gold_ev, miss),
        ("nl", "hedge", "contradicted", "contradicted", 0.6, gold_ev, hit),
        ("nl", "hedge", "contradicted", "not_enough_info", 0.95, gold_ev, hit),
        ("nl", "direct", "not_enough_info", "not_enough_info", 0.5, [], miss),
        ("en", "direct", "not_enough_info", "supported", 0.69, gold_ev, hit),
        ("en", "direct", "mixed", "supported", 0.7, [], hit),
    ]
    rows = [
        ce.score_row(
            {"id": f"r{i}", "claim": "c", "lang": lg, "class": cl, "gold": g, "evidence": ge},
            _verdict(p, conf, ev),
            "case-a" if i < 4 else "case-b",
        )
        for i, (lg, cl, g, p, conf, ge, ev) in enumerate(specs)
    ]
    s = ce.summarize(rows)
    assert s["claims"] == 7
    assert s["accuracy"] == {"correct": 3, "n": 7, "accuracy": round(3 / 7, 4)}
    assert s["by_gold"]["supported"]["accuracy"] == 0.5
    assert s["by_gold"]["mixed"] == {"correct": 0, "n": 1, "accuracy": 0.0}
    assert s["by_lang"]["nl"] == {"correct": 2, "n": 3, "accuracy": round(2 / 3, 4)}
    assert s["by_case"]["case-a"]["correct"] == 2 and s["by_case"]["case-b"]["n"] == 3
    assert s["by_class"]["direct"] == {"correct": 1, "n": 3, "accuracy": round(1 / 3, 4)}
    c = s["confusion"]
    assert c["supported"] == {"supported": 1, "contradicted": 1, "mixed": 0, "not_enough_info": 0}
    assert c["contradicted"]["not_enough_info"] == 1 and c["mixed"]["supported"] == 1
    assert sum(sum(r.values()) for r in c.values()) == 7
    # recall: gold not NEI with evidence listed -> rows 0-3 (the mixed one lists none); hits 0, 2, 3
    assert s["evidence_recall_at_3"] == {"hits": 3, "n": 4, "recall": 0.75}
    # confidently wrong: rows 1 (0.8), 3 (0.95), 6 (0.7); not row 5 (0.69)
    w = s["confidently_wrong"]
    assert w["all"] == {"count": 3, "n": 7, "rate": round(3 / 7, 4)}
    assert w["by_lang"]["en"] == {"count": 2, "n": 4, "rate": 0.5}
    assert w["by_lang"]["nl"] == {"count": 1, "n": 3, "rate": round(1 / 3, 4)}
    # right: rows 0, 2, 4; unsure with the deciding statement listed: row 3; wrong: 1, 5, 6
    assert s["outcomes"] == {"right": 3, "unsure_listed": 1, "unsure_unlisted": 0, "wrong": 3}
    assert s["intervals"]["cases"] == 2 and s["intervals"]["accuracy"] == 3 / 7


def test_thresholds_are_fitted_on_scored_evidence() -> None:
    """calibrate_cases --thresholds re-decides each claim from its scored evidence."""
    path = Path(__file__).resolve().parents[1] / "training" / "calibrate_cases.py"
    spec = importlib.util.spec_from_file_location("calibrate_cases", path)
    assert spec and spec.loader
    cc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cc)
    rows = [  # a true support at 0.55, a false one at 0.45: the support threshold goes between
        {"claim": "A paid.", "gold": "supported", "scored": [[0.55, 0.4, 0.05, 1.0]]},
        {"claim": "B paid.", "gold": "not_enough_info", "scored": [[0.45, 0.5, 0.05, 1.0]]},
        {"claim": "C paid.", "gold": "contradicted", "scored": [[0.05, 0.1, 0.85, 1.0]]},
    ]
    s, a, right = cc.best_thresholds(rows)
    assert right == 3 and 0.45 < s <= 0.55 and a <= 0.85
    assert [r["predicted"] for r in cc.redecide(rows, s, a)] == [
        "supported",
        "not_enough_info",
        "contradicted",
    ]


def test_items_mark_the_gold_statements_an_evidence_ranking_learns_from() -> None:
    probs = {"entailment": 0.1, "neutral": 0.8, "contradiction": 0.1}
    evidence = [
        {**_ev("Lunch on Friday.", "A B"), "probs": probs, "weight": 1.0},
        {**_ev("The key fact.", "A B"), "probs": probs, "weight": 1.0},
        {**_ev("The key fact.", "C D"), "probs": probs, "weight": 1.0},
        _ev("Not judged.", "A B"),  # no reading: not an item
    ]
    row = {"id": "r", "claim": "c", "lang": "en", "class": "direct", "gold": "supported"}
    gold = [{"contains": "the key fact", "author": "A B"}]
    items = ce.score_row({**row, "evidence": gold}, _verdict("supported", 0.5, evidence))["items"]
    assert [(i["statement"], i["author"], i["gold"]) for i in items] == [
        ("Lunch on Friday.", "A B", False),
        ("The key fact.", "A B", True),
        ("The key fact.", "C D", False),
    ]
    undecided = {**row, "gold": "not_enough_info", "evidence": []}
    assert {
        i["gold"] for i in ce.score_row(undecided, _verdict("supported", 0.5, evidence))["items"]
    } == {None}
