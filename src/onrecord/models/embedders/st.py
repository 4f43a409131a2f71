"""``st:<hub-id-or-path>``: any sentence-transformers model (optional extra ``onrecord[st]``).

The model comes from the Hugging Face cache or a local folder. Query/passage prompts come from the
model's own configuration (``prompts`` with ``query`` and ``passage``/``document``); models named
like e5 without such prompts get e5's ``query: `` / ``passage: `` prefixes. Vectors are named
``st/<id-or-path>``, so two models' vectors never mix.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from onrecord.models.embedders._util import normalized
from onrecord.models.embedders.errors import EmbedderError

BATCH = 64


def _load(model: str, device: str | None) -> Any:
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise EmbedderError(
            f"st:{model} needs sentence-transformers: pip install 'onrecord[st]' "
            "(or pip install sentence-transformers)"
        ) from exc
    try:
        return SentenceTransformer(model, device=device)
    except (OSError, ValueError) as exc:
        raise EmbedderError(
            f"could not load sentence-transformers model {model!r}: {exc}. Give a local folder, "
            "or fetch the model into the Hugging Face cache first (huggingface-cli download ID)"
        ) from exc


class SentenceTransformerEmbedder:
    def __init__(self, model: str, device: str | None = None) -> None:
        self._model = _load(model, device)
        self.name = f"st/{model}"
        dim_fn = getattr(self._model, "get_sentence_embedding_dimension", None) or getattr(
            self._model, "get_embedding_dimension", None
        )
        dim = dim_fn() if dim_fn else None
        if not dim:
            dim = int(np.asarray(self._model.encode(["dimension probe"])).shape[-1])
        self.dim = int(dim)
        prompts = dict(getattr(self._model, "prompts", None) or {})
        self._query = self._passage = ""
        self._query_name = "query" if "query" in prompts else None
        self._passage_name = next((p for p in ("passage", "document") if p in prompts), None)
        if (
            self._query_name is None
            and self._passage_name is None
            and re.search(r"(^|[^a-z])e5([^a-z]|$)", model.lower())
        ):
            self._query, self._passage = "query: ", "passage: "
        self._lock = threading.Lock()

    def _encode(self, texts: Sequence[str], prefix: str, prompt_name: str | None) -> np.ndarray:
        items = [prefix + t for t in texts]
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        kwargs: dict[str, Any] = {"batch_size": BATCH, "normalize_embeddings": True}
        if prompt_name:
            kwargs["prompt_name"] = prompt_name
        with self._lock:
            out = self._model.encode(
                items, convert_to_numpy=True, show_progress_bar=False, **kwargs
            )
        return normalized(out, self.dim)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, self._query, self._query_name)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, self._passage, self._passage_name)
