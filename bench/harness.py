"""Timing with a baseline measured in the same run: results are ratios, so they compare across
machines and runs. Each measurement is the median of several repetitions."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    name: str
    seconds: float
    baseline_name: str
    baseline_seconds: float
    note: str = ""
    goal: str = ""  # issue 13's goal, in words
    limit_seconds: float | None = None  # the goal as a figure ...
    limit_ratio: float | None = None  # ... or as a ratio to the floor
    unit: str = "s"  # "MiB" for memory rows

    @property
    def ratio(self) -> float:
        return self.seconds / self.baseline_seconds if self.baseline_seconds else float("nan")

    @property
    def verdict(self) -> str:
        if self.limit_seconds is not None:
            return "met" if self.seconds <= self.limit_seconds else "not met"
        if self.limit_ratio is not None:
            return "met" if self.ratio <= self.limit_ratio else "not met"
        return ""


def median_seconds(fn: Callable[[], object], repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def compare(name: str, fn: Callable[[], object], baseline_name: str,
            baseline: Callable[[], object], repeat: int = 5, note: str = "") -> Result:
    base = median_seconds(baseline, repeat)
    measured = median_seconds(fn, repeat)
    return Result(name, measured, baseline_name, base, note)
