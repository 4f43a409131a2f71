"""`onrecord eval` on a labelled pair file, and on a named set of the shared corpora."""

from __future__ import annotations

import json
from pathlib import Path

from onrecord.check.verdicts.evalsets import load, score

PAIRS = [
    (
        "Marcus wrote that the budget was approved on Monday.",
        "The budget was approved.",
        "entailment",
    ),
    (
        "Marcus wrote that the budget was approved on Monday.",
        "The budget was rejected.",
        "contradiction",
    ),
    (
        "Ilse will fly to Amsterdam next week for the board meeting.",
        "The cluster arrives in May.",
        "neutral",
    ),
    (
        "Daan schreef dat het bestuur de begroting heeft goedgekeurd.",
        "De begroting is goedgekeurd.",
        "entailment",
    ),
]


def test_eval_on_a_jsonl_file(cli, tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text(
        "".join(
            json.dumps({"premise": p, "hypothesis": h, "label": lb}) + "\n" for p, h, lb in PAIRS
        )
    )
    result = cli.json("eval", str(path), "--judge", "builtin")
    assert result["n"] == 4 and result["judge"].startswith("builtin/")
    assert sum(map(sum, result["confusion"])) == 4
    assert result["accuracy"] >= 0.75


def test_named_sets_load(corpora: Path, monkeypatch) -> None:
    monkeypatch.setenv("ONRECORD_CORPORA", str(corpora))
    mnli = load("mnli-mismatched")
    assert len(mnli) == 1000 and {p.label for p in mnli} == {
        "entailment",
        "neutral",
        "contradiction",
    }
    sick = load("sick-nl", limit=50)
    assert len(sick) == 50
    assert len(load("fever-symmetric")) == 712


def test_score() -> None:
    result = score(
        ["entailment", "neutral", "contradiction", "neutral"],
        ["entailment", "contradiction", "contradiction", "neutral"],
    )
    assert result["accuracy"] == 0.75
    assert result["confusion"] == [[1, 0, 0], [0, 1, 1], [0, 0, 1]]
