"""Every item in its own fence (issue 12): a stuck item is stopped and counted failed, a worker
that dies or never answers is replaced, and the rest of the run is analyzed as usual."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from onrecord.engines import fence, local
from onrecord.engines.fence import Workers, analyze_fenced
from onrecord.engines.local import ingest
from onrecord.mail.analyze import analyze, failed
from onrecord.record.limits import Limits
from onrecord.record.model import Analyzed, ItemKind, RawItem
from onrecord.record.store import Store

QUICK = Limits(item_seconds=0.5)


def _item(locator: str, data: bytes = b"From: a@example.org\n\nhi\n") -> RawItem:
    return RawItem(source="s", locator=locator, kind=ItemKind.MAIL, data=data)


def _spin(item: RawItem, *args: object) -> Analyzed:
    """An analysis that never ends for the item named "stuck" (a loop, as a backtracking regex
    or a quadratic scan would be)."""
    while item.locator == "stuck":
        pass
    return analyze(item, *args)  # type: ignore[arg-type]


def test_a_stuck_item_times_out_and_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fence, "analyze", _spin)
    stuck = analyze_fenced(_item("stuck"), {}, QUICK)
    assert stuck.record is None
    assert stuck.error == "timed out after 0.5 s (--item-seconds)"
    fine = analyze_fenced(_item("fine"), {}, QUICK)
    assert fine.error is None and fine.record is not None
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL  # (the handler is put back)


def test_ingest_in_process_counts_the_stuck_item_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "stuck", "z"):
        (folder / f"{name}.eml").write_bytes(
            b"From: ann@example.org\nSubject: %s\nMessage-ID: <%s@x>\n\nHello.\n"
            % (name.encode(), name.encode())
        )

    def spin_on_name(item: RawItem, *args: object) -> Analyzed:
        return _spin(_item("stuck") if item.source.endswith("stuck.eml") else item, *args)

    monkeypatch.setattr(fence, "analyze", spin_on_name)
    store = Store.open(tmp_path / "t.db")
    report = ingest(store, [folder], workers=1, limits=QUICK)
    assert (report.seen, report.ingested, report.failed) == (3, 2, 1)
    assert report.failures[0]["reason"] == "timed out after 0.5 s (--item-seconds)"
    assert report.failures[0]["source"].endswith("stuck.eml")


# ---------------------------------------------------------------------------- the watchdog


def _work(batch: list[RawItem]) -> list[Analyzed]:
    """What the test's workers run: "die" kills its worker, "hang" waits without end, deaf to
    the in-worker timer (as C code that never looks at signals), "spin" does so using the CPU
    under the hard limit; the rest answer at once."""
    out = []
    for item in batch:
        if item.locator == "spin":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            with fence.cpu_limit(fence.HARD_GRACE):
                while True:
                    pass
        if item.locator == "die":
            os.kill(os.getpid(), signal.SIGKILL)
        if item.locator == "hang":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(600)
        out.append(failed(item, f"ok {item.locator}"))  # (a cheap stand-in for an analysis)
    return out


@pytest.fixture
def quick_watchdog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fence, "POLL", 0.05)
    monkeypatch.setattr(fence, "GRACE", 0.2)


def _reasons(results: list[Analyzed]) -> list[str | None]:
    return [r.error for r in results]


@pytest.mark.usefixtures("quick_watchdog")
def test_a_worker_that_dies_is_replaced_and_its_item_failed() -> None:
    # a death is seen by the watchdog's poll, not by the item limit: a generous limit keeps a
    # slow respawn on a loaded machine from timing out the next item
    workers = Workers(2, _work, list, Limits(item_seconds=10))
    try:
        first = [_item("a"), _item("die"), _item("b")]
        second = [_item("c"), _item("d")]
        handles = [workers.submit(first), workers.submit(second)]
        assert _reasons(workers.result(first, handles[0])) == [
            "ok a",
            fence.DIED,
            "ok b",
        ]
        # the second batch, in flight on the pool that was replaced, is handed to the new one
        assert _reasons(workers.result(second, handles[1])) == ["ok c", "ok d"]
        assert workers.replaced >= 2  # (once for the batch, once for the item at fault)
    finally:
        workers.close()


@pytest.mark.usefixtures("quick_watchdog")
def test_a_worker_that_never_answers_is_replaced_and_its_item_failed() -> None:
    workers = Workers(2, _work, list, QUICK)
    try:
        batch = [_item("a"), _item("hang"), _item("b")]
        assert _reasons(workers.result(batch, workers.submit(batch))) == [
            "ok a",
            "timed out after 0.5 s (--item-seconds)",
            "ok b",
        ]
        again = [_item("c")]
        assert _reasons(workers.result(again, workers.submit(again))) == ["ok c"]
    finally:
        workers.close()


def test_a_worker_spinning_deaf_to_the_timer_is_ended_by_the_cpu_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fence, "POLL", 0.05)
    monkeypatch.setattr(fence, "HARD_GRACE", 0.5)  # (the watchdog's own deadline: 60 s)
    workers = Workers(1, _work, list, Limits(item_seconds=30))
    try:
        batch = [_item("spin")]
        assert _reasons(workers.result(batch, workers.submit(batch))) == [fence.DIED]
    finally:
        workers.close()


@pytest.mark.usefixtures("quick_watchdog")
def test_ingest_with_workers_survives_a_worker_killed_mid_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.eml").write_bytes(
            b"From: ann@example.org\nSubject: m%d\nMessage-ID: <m%d@x>\n\nHello %d.\n" % (n, n, n)
        )
    real = fence.analyze

    def killer(item: RawItem, *args: object, **kwargs: object) -> Analyzed:
        if item.source.endswith("3.eml"):  # (in a worker: the pool is forked after this patch)
            os.kill(os.getpid(), signal.SIGKILL)
        if item.source.endswith("4.eml"):
            raise RuntimeError("a bug")  # (analyze never raises; a bug might)
        return real(item, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fence, "analyze", killer)
    monkeypatch.setattr(local, "POOL_MIN_BYTES", 0)
    monkeypatch.setattr(local, "BATCH", 2)
    store = Store.open(tmp_path / "t.db")
    report = ingest(store, [folder], workers=2, limits=QUICK)
    assert (report.seen, report.ingested, report.failed) == (6, 4, 2)
    reasons = {Path(f["source"]).name: f["reason"] for f in report.failures}
    assert reasons == {"3.eml": fence.DIED, "4.eml": "analysis failed in its worker (RuntimeError)"}
