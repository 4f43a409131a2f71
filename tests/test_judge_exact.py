"""The builtin judge gives the same judgment on every CPU: its int8 graph equals exact integer
arithmetic. Signed int8 weights (U8S8) saturate on x86 CPUs with AVX2 but without VNNI, so the
shipped weights are unsigned (``training/unsign_weights.py``)."""

from __future__ import annotations

import csv
import importlib.util
import shutil
from pathlib import Path

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

from onrecord.models.judges.builtin import CONFIG_FILE, MODEL_FILE, WEIGHTS_DIR, BuiltinJudge  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _unsign():
    spec = importlib.util.spec_from_file_location(
        "unsign_weights", ROOT / "training" / "unsign_weights.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_shipped_graph_has_only_unsigned_weights() -> None:
    mod = _unsign()
    model = onnx.load(str(WEIGHTS_DIR / MODEL_FILE))
    assert len(mod._weight_inputs(model)) == 74  # 12 layers x 6 linear maps, and the head's 2
    assert mod.signed_weight_count(model) == 0


def test_judge_equals_exact_integer_arithmetic(corpora: Path, tmp_path: Path) -> None:
    """On real MNLI pairs the shipped judge matches a float emulation of its integer products."""
    pairs = []
    with (corpora / "nli-mnli-dev" / "dev_matched.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            pairs.append((row["premise"], row["hypothesis"]))
            if len(pairs) == 40:
                break
    mod = _unsign()
    exact = mod.exact_reference(onnx.load(str(WEIGHTS_DIR / MODEL_FILE)))
    onnx.save(exact, str(tmp_path / MODEL_FILE))
    shutil.copy(WEIGHTS_DIR / CONFIG_FILE, tmp_path / CONFIG_FILE)
    shipped = BuiltinJudge().probabilities(pairs)
    reference = BuiltinJudge(tmp_path).probabilities(pairs)
    assert np.abs(shipped - reference).max() < 1e-3


def _matmul_integer_graph(weight: np.ndarray, zero: np.ndarray) -> onnx.ModelProto:
    from onnx import TensorProto, helper, numpy_helper

    node = helper.make_node("MatMulInteger", ["a", "w", "za", "zw"], ["y"], name="mm")
    graph = helper.make_graph(
        [node],
        "mm",
        [
            helper.make_tensor_value_info("a", TensorProto.UINT8, [None, weight.shape[0]]),
            helper.make_tensor_value_info("za", TensorProto.UINT8, []),
        ],
        [helper.make_tensor_value_info("y", TensorProto.INT32, [None, weight.shape[1]])],
        [numpy_helper.from_array(weight, "w"), numpy_helper.from_array(zero, "zw")],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def test_unsigned_weights_give_exact_sums_where_int16_pairs_would_saturate(tmp_path: Path) -> None:
    """255 * 127 + 255 * 127 does not fit an int16; after unsigning, every CPU sums it exactly."""
    rng = np.random.default_rng(0)
    k, n = 64, 16
    weight = np.full((k, n), 127, dtype=np.int8)
    weight[:, n // 2 :] = rng.integers(-128, 128, size=(k, n - n // 2), dtype=np.int8)
    zero = np.zeros(n, dtype=np.int8)
    a = np.full((3, k), 255, dtype=np.uint8)
    a[1] = rng.integers(0, 256, size=k, dtype=np.uint8)
    za = np.array(3, dtype=np.uint8)
    expected = (a.astype(np.int64) - 3) @ weight.astype(np.int64)

    mod = _unsign()
    model = _matmul_integer_graph(weight, zero)
    assert mod.unsign_int8_weights(model) == 1
    assert mod.signed_weight_count(model) == 0
    path = tmp_path / "mm.onnx"
    onnx.save(model, str(path))
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    (y,) = sess.run(None, {"a": a, "za": za})
    np.testing.assert_array_equal(y, expected)
