"""Every item in its own fence: a time budget per item, and a watchdog over the worker pool.

Two layers, because one is not enough:

* **The time budget** (:func:`analyze_fenced`): each item's parse and analysis runs under a
  ``SIGALRM`` timer of ``Limits.item_seconds``; when it fires, the item is counted failed
  ("timed out after N s") and the next one starts. Python code and the ``re`` engine both see
  the signal, which covers what the hostile-input pass found (backtracking regexes, quadratic
  loops). It needs the main thread of its process; elsewhere items run without a timer.
* **A hard limit in the workers**: C code that spins without looking at signals never lets the
  timer's handler run. In a worker, each item also runs under a CPU-time limit (``RLIMIT_CPU``,
  twice the budget plus :data:`HARD_GRACE`): past it the kernel ends the worker (SIGXCPU), which
  the watchdog sees. (``faulthandler``'s timer would also do, but starts a thread per item:
  160 µs, against a few µs for two ``setrlimit`` calls.)
* **The watchdog** (:class:`Workers`): a worker that never answers (stuck in C code that does not
  look at signals) or that dies (killed for memory, a crash in a native library, the hard limit)
  would leave ``multiprocessing.Pool`` waiting for ever: its result never comes. While waiting for a batch,
  the watchdog looks each second whether a worker process was replaced and whether the batch is
  past its deadline; then it replaces the whole pool and runs that batch again one item at a
  time, each with its own deadline, so that the item at fault alone is counted failed and the
  rest are analyzed as usual. Batches in flight on the old pool are handed to the new one.
"""

from __future__ import annotations

import multiprocessing as mp
import resource
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from onrecord.mail.analyze import analyze, failed
from onrecord.record.limits import DEFAULT_LIMITS, Limits
from onrecord.record.model import Analyzed, RawItem

__all__ = ["Fence", "ItemTimeout", "Workers", "analyze_fenced", "cpu_limit", "time_budget"]

#: How often the watchdog looks at the workers while it waits (seconds).
POLL = 1.0
#: Added to a deadline on the watchdog's side, so the in-worker timer fires first when it can.
GRACE = 5.0
#: CPU seconds a worker's item may use past twice its budget before the kernel ends the worker.
HARD_GRACE = 10.0
DIED = "its worker process died (out of memory, a crash, or past the hard time limit)"


class ItemTimeout(BaseException):
    """Raised by the timer inside an item's analysis. A BaseException, so that the catch-all
    ``except Exception`` in :func:`analyze` (which turns bugs into failed items) lets it through
    to :func:`analyze_fenced`, which names the reason."""


def _on_alarm(signum: int, frame: object) -> None:
    raise ItemTimeout


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`ItemTimeout` in this block after ``seconds`` (main thread only; elsewhere
    the block runs without a timer, as signals go to the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timed_out(seconds: float) -> str:
    return f"timed out after {seconds:g} s (--item-seconds)"


@contextmanager
def cpu_limit(seconds: float) -> Iterator[None]:
    """End this process (SIGXCPU) if the block uses more than ``seconds`` of CPU time. Only for
    a worker process: it is the whole process that ends."""
    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = used.ru_utime + used.ru_stime
    before, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = int(spent + seconds) + 1
    for bound in (before, hard):  # (never above a limit set on the whole ingest)
        if bound != resource.RLIM_INFINITY:
            soft = min(soft, bound)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_CPU, (before, hard))


class Fence:
    """Items of one batch analyzed in their fences: the timer's handler is installed and the
    CPU limit read once for the batch, leaving a few system calls per item (a fresh handler
    per item cost 30 µs of it)."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS, hard: bool = False) -> None:
        self.limits = limits
        self.hard = hard  # (in a worker process only: see cpu_limit)
        self.timed = False
        self._previous: Any = None
        self._cpu = (resource.RLIM_INFINITY, resource.RLIM_INFINITY)

    def __enter__(self) -> Fence:
        self.timed = threading.current_thread() is threading.main_thread()
        if self.timed:
            self._previous = signal.signal(signal.SIGALRM, _on_alarm)
        if self.hard:
            self._cpu = resource.getrlimit(resource.RLIMIT_CPU)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.timed:
            signal.signal(signal.SIGALRM, self._previous)

    def analyze(self, item: RawItem, defaults: dict[str, str]) -> Analyzed:
        """:func:`analyze` under the item's limits; never raises (but for KeyboardInterrupt)."""
        seconds = self.limits.item_seconds
        try:
            if self.timed:
                signal.setitimer(signal.ITIMER_REAL, seconds)
            if self.hard:
                self._limit_cpu(2 * seconds + HARD_GRACE)
            try:
                return analyze(item, defaults, self.limits)
            finally:
                if self.timed:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                if self.hard:
                    resource.setrlimit(resource.RLIMIT_CPU, self._cpu)
        except ItemTimeout:
            return failed(item, timed_out(seconds))

    def _limit_cpu(self, seconds: float) -> None:
        used = resource.getrusage(resource.RUSAGE_SELF)
        soft = int(used.ru_utime + used.ru_stime + seconds) + 1
        for bound in self._cpu:  # (never above a limit set on the whole ingest)
            if bound != resource.RLIM_INFINITY:
                soft = min(soft, bound)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, self._cpu[1]))


def analyze_fenced(
    item: RawItem, defaults: dict[str, str], limits: Limits = DEFAULT_LIMITS, hard: bool = False
) -> Analyzed:
    """One item in its :class:`Fence`; never raises (but for KeyboardInterrupt)."""
    with Fence(limits, hard) as fence:
        return fence.analyze(item, defaults)


class Workers:
    """A ``multiprocessing`` pool (fork) watched over: :meth:`submit` a batch, then
    :meth:`result` it, in order. ``work(batch) -> results`` runs in the workers; ``unpack``
    turns what comes back into one :class:`Analyzed` per item."""

    def __init__(
        self,
        processes: int,
        work: Callable[[list[RawItem]], Any],
        unpack: Callable[[Any], list[Analyzed]],
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        self.processes = processes
        self.work = work
        self.unpack = unpack
        self.limits = limits
        self.replaced = 0  # how many times the pool was replaced (for the report)
        self.pool: Any = None
        self._generation = 0
        self._pids: set[int] = set()
        self._start()

    def _start(self) -> None:
        self.pool = mp.get_context("fork").Pool(self.processes)
        self._generation += 1
        self._pids = self._worker_pids()

    def _worker_pids(self) -> set[int]:
        # (Pool keeps its processes in _pool and replaces one that exits: a changed set of
        # pids is how a dead worker shows; Pool itself never fails the lost task)
        return {p.pid for p in getattr(self.pool, "_pool", ()) if p.pid is not None}

    def _replace(self) -> None:
        self.pool.terminate()
        self.pool.join()
        self.replaced += 1
        self._start()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            self.pool = None

    def submit(self, batch: list[RawItem]) -> tuple[int, Any]:
        return self._generation, self.pool.apply_async(self.work, (batch,))

    def result(self, batch: list[RawItem], handle: tuple[int, Any]) -> list[Analyzed]:
        """The batch's results; a stalled or lost batch is redone item by item."""
        generation, pending = handle
        if generation != self._generation:  # submitted to a pool since replaced
            generation, pending = self.submit(batch)
        deadline = self.limits.item_seconds * len(batch) + GRACE
        if self._wait(pending, deadline):
            try:
                return self.unpack(pending.get())
            except Exception:  # a result that could not be sent back, a bug: find the item
                return [self._one(item) for item in batch]
        self._replace()
        return [self._one(item) for item in batch]

    def _one(self, item: RawItem) -> Analyzed:
        pending = self.pool.apply_async(self.work, ([item],))
        if self._wait(pending, self.limits.item_seconds + GRACE):
            try:
                return self.unpack(pending.get())[0]
            except Exception as exc:
                return failed(item, f"analysis failed in its worker ({type(exc).__name__})")
        lost = self._worker_pids() != self._pids
        self._replace()
        if lost:
            return failed(item, DIED)
        return failed(item, timed_out(self.limits.item_seconds))

    def _wait(self, pending: Any, seconds: float) -> bool:
        """True when ``pending`` is ready within ``seconds``; False at once when a worker died
        (its task may be the one waited for, and would never come)."""
        end = time.monotonic() + seconds
        while True:
            pending.wait(min(POLL, max(0.0, end - time.monotonic())))
            if pending.ready():
                return True
            if self._worker_pids() != self._pids or time.monotonic() >= end:
                return False
