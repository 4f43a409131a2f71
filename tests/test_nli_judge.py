"""The nli judge: label mapping from model configs, loading, batching, and clear errors.

Models are tiny BERTs this file builds and saves to tmp_path; nothing reaches the hub.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from onrecord.models.base import LABELS, Judge
from onrecord.models.judges.nli import (
    NLIError,
    NLIJudge,
    map_labels,
    parse_label_map,
    pick_device,
    pull_model,
)

# -- label mapping (no backend needed) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("id2label", "expected"),
    [
        # MNLI-style (roberta-large-mnli, deberta-*-mnli)
        (
            {0: "CONTRADICTION", 1: "NEUTRAL", 2: "ENTAILMENT"},
            {0: "contradiction", 1: "neutral", 2: "entailment"},
        ),
        # XNLI-style (MoritzLaurer/*, string keys as in config.json)
        (
            {"0": "entailment", "1": "neutral", "2": "contradiction"},
            {0: "entailment", 1: "neutral", 2: "contradiction"},
        ),
        (
            {0: "Contradiction", 1: "Entailment", 2: "Neutral"},
            {0: "contradiction", 1: "entailment", 2: "neutral"},
        ),
        # two-label models: not entailment is neutral
        ({0: "entailment", 1: "not_entailment"}, {0: "entailment", 1: "neutral"}),
        ({0: "NOT-ENTAILMENT", 1: "Entailment"}, {0: "neutral", 1: "entailment"}),
        ({0: "non_entailment", 1: "entailment"}, {0: "neutral", 1: "entailment"}),
    ],
)
def test_map_labels_follows_config(id2label, expected):
    assert map_labels(id2label) == expected


def test_map_labels_generic_names_ask_for_a_mapping():
    with pytest.raises(NLIError, match="LABEL_0") as info:
        map_labels({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"})
    assert "label_map" in str(info.value)


@pytest.mark.parametrize(
    "label_map",
    [
        "contradiction,neutral,entailment",
        ["contradiction", "neutral", "entailment"],
        "0=contradiction, 1=neutral, 2=entailment",
        "LABEL_0=contradiction,LABEL_1=neutral,LABEL_2=entailment",
        {0: "contradiction", 1: "neutral", 2: "entailment"},
        {"label_0": "CONTRADICTION", "LABEL_1": "neutral", "2": "entails"},
    ],
)
def test_explicit_label_map(label_map):
    got = map_labels({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, label_map)
    assert got == {0: "contradiction", 1: "neutral", 2: "entailment"}


def test_explicit_map_overrides_config():
    got = map_labels(
        {0: "entailment", 1: "neutral", 2: "contradiction"}, {0: "contradiction", 2: "entailment"}
    )
    assert got == {0: "contradiction", 1: "neutral", 2: "entailment"}


@pytest.mark.parametrize(
    ("id2label", "label_map", "match"),
    [
        ({0: "entailment", 1: "entailment", 2: "neutral"}, None, "more than one"),
        ({0: "neutral", 1: "contradiction"}, None, "entailment"),
        ({0: "entailment", 1: "banana"}, None, "banana"),
        ({0: "LABEL_0", 1: "LABEL_1"}, "entailment,maybe", "maybe"),
        ({0: "LABEL_0", 1: "LABEL_1"}, {5: "entailment"}, "class"),
        ({0: "entailment", 1: "not_entailment", 2: "contradiction"}, None, "two-class"),
    ],
)
def test_map_labels_rejects_bad_configs(id2label, label_map, match):
    with pytest.raises(NLIError, match=match):
        map_labels(id2label, label_map)


def test_parse_label_map_rejects_mixed_and_empty():
    with pytest.raises(NLIError):
        parse_label_map("0=entailment,neutral")
    with pytest.raises(NLIError):
        parse_label_map(" , ")


# -- tiny models -------------------------------------------------------------------------------

_TEXT = (
    "the board approved budget on monday alice said we agreed not she he did it was a "
    "meeting project deadline moved to friday bob signed contract"
)
WORDS = _TEXT.split()


def _build_tokenizer(folder: Path):
    transformers = pytest.importorskip("transformers")
    vocab = folder / "vocab.txt"
    vocab.write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]) + "\n")
    try:
        return transformers.BertTokenizer(vocab=str(vocab))
    except TypeError:  # transformers < 5
        return transformers.BertTokenizer(vocab_file=str(vocab))


def make_model(folder: Path, id2label: dict[int, str], winner: int | None = None, seed: int = 0):
    """A tiny BERT NLI model saved to folder; with ``winner``, that class always wins."""
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    folder.mkdir(parents=True, exist_ok=True)
    tokenizer = _build_tokenizer(folder)
    torch.manual_seed(seed)
    config = transformers.BertConfig(
        vocab_size=len(tokenizer.get_vocab()),
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=37,
        max_position_embeddings=64,
        num_labels=len(id2label),
        id2label=id2label,
        label2id={v: k for k, v in id2label.items()},
    )
    model = transformers.BertForSequenceClassification(config)
    if winner is not None:
        with torch.no_grad():
            model.classifier.weight.zero_()
            model.classifier.bias.zero_()
            model.classifier.bias[winner] = 10.0
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


PAIRS = [
    ("The board approved the budget on Monday.", "The budget was approved."),
    ("Alice said we agreed.", "Alice agreed."),
    ("The deadline moved to Friday.", "The deadline did not move."),
]


@pytest.mark.parametrize(
    ("id2label", "winner", "expected"),
    [
        ({0: "ENTAILMENT", 1: "NEUTRAL", 2: "CONTRADICTION"}, 2, "contradiction"),
        ({0: "contradiction", 1: "entailment", 2: "neutral"}, 2, "neutral"),
        ({0: "CONTRADICTION", 1: "NEUTRAL", 2: "ENTAILMENT"}, 2, "entailment"),
        ({0: "contradiction", 1: "entailment", 2: "neutral"}, 0, "contradiction"),
    ],
)
def test_label_names_follow_the_config(tmp_path, id2label, winner, expected):
    folder = make_model(tmp_path / "m", id2label, winner=winner)
    judge = NLIJudge(str(folder), device="cpu")
    assert isinstance(judge, Judge)
    out = judge.judge(PAIRS)
    assert len(out) == len(PAIRS)
    for j in out:
        assert j.label == expected
        assert list(j.probs) == list(LABELS)
        assert j.probs[expected] > 0.99
        assert sum(j.probs.values()) == pytest.approx(1.0)
        assert j.judge == "nli/m"


def test_two_label_model_maps_to_entailment_and_neutral(tmp_path):
    folder = make_model(tmp_path / "two", {0: "entailment", 1: "not_entailment"}, winner=1)
    out = NLIJudge(str(folder), device="cpu").judge(PAIRS[:1])
    assert out[0].label == "neutral"
    assert out[0].probs["contradiction"] == 0.0
    folder = make_model(tmp_path / "two_b", {0: "entailment", 1: "not_entailment"}, winner=0)
    assert NLIJudge(str(folder), device="cpu").judge(PAIRS[:1])[0].label == "entailment"


def test_generic_labels_need_a_mapping(tmp_path):
    folder = make_model(tmp_path / "g", {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, winner=0)
    with pytest.raises(NLIError, match="label_map"):
        NLIJudge(str(folder), device="cpu").judge(PAIRS[:1])
    judge = NLIJudge(str(folder), device="cpu", label_map="contradiction,neutral,entailment")
    assert judge.judge(PAIRS[:1])[0].label == "contradiction"


def test_batching_keeps_order_and_results(tmp_path):
    folder = make_model(tmp_path / "r", {0: "entailment", 1: "neutral", 2: "contradiction"}, seed=3)
    pairs = [
        ("alice said we agreed", "alice agreed"),
        ("the board approved the budget on monday and bob signed the contract", "it was"),
        ("a", "the meeting was moved to friday"),
        ("he did it", "she did not"),
        ("the project deadline moved to friday " * 3, "the deadline moved"),
    ]
    one = NLIJudge(str(folder), device="cpu", batch_size=1).judge(pairs)
    many = NLIJudge(str(folder), device="cpu", batch_size=3).judge(pairs)
    singles = [NLIJudge(str(folder), device="cpu").judge([p])[0] for p in pairs]
    for a, b, c in zip(one, many, singles):
        assert a.label == b.label == c.label
        for k in LABELS:
            assert a.probs[k] == pytest.approx(b.probs[k], abs=1e-4)
            assert a.probs[k] == pytest.approx(c.probs[k], abs=1e-4)
    assert NLIJudge(str(folder), device="cpu").judge([]) == []


def test_long_inputs_are_truncated(tmp_path):
    folder = make_model(tmp_path / "t", {0: "entailment", 1: "neutral", 2: "contradiction"})
    judge = NLIJudge(str(folder), device="cpu", max_length=512)
    out = judge.judge([("the budget " * 500, "alice agreed")])
    assert judge.max_length == 64  # the tiny model's position table
    assert out[0].label in LABELS


def test_device_selection(monkeypatch):
    pytest.importorskip("torch")
    import torch

    monkeypatch.delenv("ONRECORD_DEVICE", raising=False)
    assert pick_device("cpu") == "cpu"
    expected = "cuda" if torch.cuda.is_available() else pick_device()
    assert pick_device() == expected
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert pick_device() == "cuda"
    monkeypatch.setenv("ONRECORD_DEVICE", "cpu")
    assert pick_device() == "cpu"


# -- clear errors ------------------------------------------------------------------------------


def test_missing_backend_gives_install_hint(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(NLIError, match="onrecord\\[nli\\]"):
        NLIJudge(str(tmp_path)).load()
    monkeypatch.setitem(sys.modules, "torch", None)
    with pytest.raises(NLIError, match="PyTorch"):
        NLIJudge(str(tmp_path)).load()


def test_uncached_model_offline_says_how_to_fetch(monkeypatch, tmp_path):
    pytest.importorskip("transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    judge = NLIJudge("nobody-here/no-such-nli-model", cache_dir=tmp_path / "cache")
    assert judge.name == "nli/nobody-here/no-such-nli-model"
    with pytest.raises(NLIError) as info:
        judge.load()
    msg = str(info.value)
    assert "\n" not in msg
    assert "HF_HUB_OFFLINE" in msg
    assert "onrecord models pull nobody-here/no-such-nli-model" in msg


def test_missing_local_path(tmp_path):
    pytest.importorskip("transformers")
    with pytest.raises(NLIError, match="no model folder"):
        NLIJudge(str(tmp_path / "nope" / "deeper" / "model")).load()


def test_broken_local_folder(tmp_path):
    pytest.importorskip("transformers")
    (tmp_path / "broken").mkdir()
    with pytest.raises(NLIError, match="can't load"):
        NLIJudge(str(tmp_path / "broken")).load()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_pull_model_without_hub_fails_clearly(monkeypatch, tmp_path):
    pytest.importorskip("huggingface_hub")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    endpoint = f"http://127.0.0.1:{_closed_port()}"
    monkeypatch.setenv("HF_ENDPOINT", endpoint)
    with pytest.raises(NLIError) as info:
        pull_model("someone/tiny-nli", cache_dir=tmp_path / "cache")
    msg = str(info.value)
    assert "\n" not in msg
    assert "unreachable" in msg and endpoint in msg
    assert "onrecord models pull" in msg


def test_pull_model_offline_mode(monkeypatch, tmp_path):
    pytest.importorskip("huggingface_hub")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(NLIError, match="HF_HUB_OFFLINE"):
        pull_model("someone/tiny-nli", cache_dir=tmp_path / "cache")


def _fake_cache(cache: Path, model_id: str, id2label: dict[int, str], winner: int) -> None:
    """A Hugging Face hub cache holding model_id, laid out as the hub client writes it."""
    repo = cache / f"models--{model_id.replace('/', '--')}"
    commit = "0123456789abcdef0123456789abcdef01234567"
    make_model(repo / "snapshots" / commit, id2label, winner=winner)
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(commit)


def test_loads_a_cached_hub_model_offline(monkeypatch, tmp_path):
    pytest.importorskip("transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    cache = tmp_path / "cache"
    _fake_cache(cache, "acme/tiny-nli", {0: "contradiction", 1: "neutral", 2: "entailment"}, 2)
    judge = NLIJudge("acme/tiny-nli", device="cpu", cache_dir=cache)
    out = judge.judge(PAIRS[:2])
    assert [j.label for j in out] == ["entailment", "entailment"]
    assert out[0].judge == "nli/acme/tiny-nli"
    snapshot = next((cache / "models--acme--tiny-nli" / "snapshots").iterdir())
    assert NLIJudge(str(snapshot)).name == "nli/acme/tiny-nli"


def test_cached_model_loads_without_asking_the_hub(monkeypatch, tmp_path):
    pytest.importorskip("transformers")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{_closed_port()}")
    cache = tmp_path / "cache"
    _fake_cache(cache, "acme/tiny-nli", {0: "entailment", 1: "not_entailment"}, 1)
    out = NLIJudge("acme/tiny-nli", device="cpu", cache_dir=cache).judge(PAIRS[:1])
    assert out[0].label == "neutral"


def test_uncached_model_with_hub_unreachable_says_how_to_fetch(monkeypatch, tmp_path):
    pytest.importorskip("transformers")
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{_closed_port()}")
    with pytest.raises(NLIError) as info:
        NLIJudge("acme/not-cached", cache_dir=tmp_path / "cache").load()
    msg = str(info.value)
    assert "\n" not in msg
    assert "not in the local Hugging Face cache" in msg
    assert "unreachable" in msg
    assert "onrecord models pull acme/not-cached" in msg
