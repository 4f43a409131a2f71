"""What every backend does to its output: float32, C-contiguous, L2-normalized, (n, dim)."""

from __future__ import annotations

import numpy as np


def normalized(vecs: object, dim: int) -> np.ndarray:
    arr = np.ascontiguousarray(np.asarray(vecs, dtype=np.float32).reshape(-1, dim))
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    np.divide(arr, norms, out=arr, where=norms > 0)
    return arr
