"""How a function's time grows with its input, in a form that does not depend on machine speed.

``growth(fn, small, large)`` times ``fn`` on both inputs and returns time(large) / time(small).
For inputs 4 times apart a linear function gives about 4 and a quadratic one about 16, on a fast
machine or a busy one: a test asserts the ratio is under ``LINEAR_4X`` instead of asserting
seconds. The time is the thread's CPU time (what other processes take of the CPU does not
count), each timing repeats the call until the small input takes ``MIN_SECONDS``, the two inputs
alternate and each keeps its best of ``rounds``, with the garbage collector off."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: Time on 4x the input, over time on 1x, that still counts as linear (quadratic gives ~16).
LINEAR_4X = 8.0
MIN_SECONDS = 0.01


def _time(fn: Callable[[T], object], arg: T, calls: int) -> float:
    start = time.thread_time()
    for _ in range(calls):
        fn(arg)
    return time.thread_time() - start


def growth(fn: Callable[[T], object], small: T, large: T, rounds: int = 3) -> float:
    """time(fn(large)) / time(fn(small)), the best of ``rounds`` alternating timings."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        calls = 1
        while _time(fn, small, calls) < MIN_SECONDS and calls < 1 << 16:
            calls *= 2
        best_small = best_large = float("inf")
        for _ in range(rounds):
            best_small = min(best_small, _time(fn, small, calls))
            best_large = min(best_large, _time(fn, large, calls))
        return best_large / best_small
    finally:
        if enabled:
            gc.enable()
