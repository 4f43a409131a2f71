"""A short fuzz run in the test suite (issue 12): every class of hostile input in
``tests/_hostile_gen.py`` is read and analyzed without an exception escaping, and an ingest of a
mix of them counts every item. ``benchmarks/fuzz.py`` is the long run."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _hostile_gen import CLASSES, Input, format_of
from onrecord.engines.fence import analyze_fenced
from onrecord.engines.local import ingest
from onrecord.ingest.registry import read_input
from onrecord.record.limits import Limits
from onrecord.record.store import Store

LIMITS = Limits(item_seconds=10)
SHORT = settings(
    max_examples=20,
    deadline=None,
    database=None,
    derandomize=True,  # the same examples on every run: a failure is reproducible
    suppress_health_check=list(HealthCheck),
)


def analyze_input(folder: Path, inp: Input) -> int:
    """Read and analyze one generated file; the number of items it held."""
    name, data = inp
    path = folder / name
    path.write_bytes(data)
    count = 0
    for item in read_input(path, format_of(name), LIMITS):
        result = analyze_fenced(item, {}, LIMITS)
        assert (result.record is None) == bool(result.error), result.error
        assert not (result.error or "").startswith("timed out")
        count += 1
    return count


@pytest.mark.parametrize("klass", sorted(CLASSES))
def test_fuzz_class(klass: str, tmp_path: Path) -> None:
    folder = tmp_path

    @SHORT
    @given(CLASSES[klass])
    def run(inp: Input) -> None:
        analyze_input(folder, inp)

    run()


@settings(SHORT, max_examples=4)
@given(st.lists(st.one_of(*CLASSES.values()), min_size=1, max_size=12))
def test_fuzz_ingest_counts_add_up(inputs: list[Input]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, (name, data) in enumerate(inputs):
            (folder / f"{i}-{name}").write_bytes(data)
        store = Store.open(Path(tmp) / "t.db")
        try:
            report = ingest(store, [folder], workers=1, limits=LIMITS)
            assert report.seen == report.ingested + report.duplicate + report.failed
            assert report.seen >= len(inputs) - sum(1 for n, _ in inputs if ".mbox" in n)
            stats = store.stats()
            assert stats["seen"] == stats["ingested"] + stats["duplicate"] + stats["failed"]
        finally:
            store.close()
