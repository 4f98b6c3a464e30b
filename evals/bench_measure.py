"""What every bench measurement shares: a stopwatch, percentiles, and progress lines on stderr."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from evals.metrics import percentile

T = TypeVar("T")


def progress(message: str) -> None:
    """One line of progress on stderr."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def p50(values: Sequence[float]) -> float:
    return percentile(values, 50)


def p95(values: Sequence[float]) -> float:
    return percentile(values, 95)


def timed(func: Callable[..., T], *args: Any) -> tuple[float, T]:
    started = time.perf_counter()
    result = func(*args)
    return time.perf_counter() - started, result
