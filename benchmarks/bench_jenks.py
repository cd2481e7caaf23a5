"""Benchmark: exact natural breaks (Fisher–Jenks, 9 classes) on 4,057 to 200,000 values, and the sampled path above.

Usage: .venv/bin/python benchmarks/bench_jenks.py
Values: the real PC4 afw of 2022 (../shared/data, when present), then afw-like random values (a normal body with a
long lower tail). QGIS-free: core/ only. Prints the time per size (best of 3) and the peak memory of the process.
"""
import os
import resource
import sys
import time

import numpy as np
import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, ".build", "plugins"))  # the plugin as the package 'leefbaarometer'

from leefbaarometer.core.classify import JENKS_EXACT_MAX  # noqa: E402
from leefbaarometer.core.classify import jenks_breaks  # noqa: E402

PC4 = os.path.join(ROOT, "..", "shared", "data", "lbm", "Leefbaarometer-scores PC4 2002-2022.csv")


def timed(values, label):
    said = []
    best = min(_once(values, said) for _ in range(3))
    note = f"  ({said[0]})" if said else "  (exact)"
    print(f"{label:34s} {len(values):>9,} values  {best:7.3f} s{note}", flush=True)


def _once(values, said):
    said.clear()
    t = time.perf_counter()
    jenks_breaks(values, 9, report=said.append)
    return time.perf_counter() - t


def main():
    print(f"exact up to {JENKS_EXACT_MAX:,} values; 9 classes; {os.cpu_count()} cores")
    if os.path.exists(PC4):
        scores = pd.read_csv(PC4, na_values="NA")
        timed(scores.loc[scores["jaar"] == 2022, "afw"].dropna().to_numpy(), "real PC4 afw 2022")
        timed(scores["afw"].dropna().to_numpy(), "real PC4 afw, all years pooled")
    rng = np.random.default_rng(0)
    for n in (20_000, 50_000, 100_000, JENKS_EXACT_MAX, 1_000_000):
        body = rng.normal(0.0, 0.1, n - n // 10)
        values = np.concatenate([body, -rng.exponential(0.2, n // 10)])
        timed(values, "afw-like random")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
