"""Natural breaks (core.classify.jenks_breaks): the fast exact Fisher–Jenks against two simple implementations.

A brute force over every set of split positions on small data, and a plain O(k·n²) dynamic programme written
here; on the real PC4 afw of 2022 as well. The speed at 20,000+ values is measured in benchmarks/bench_jenks.py.
"""
import itertools

import numpy as np
import pandas as pd
import pytest

from ..helpers import shared


def ssd(values):
    values = np.asarray(values, dtype=float)
    return float(((values - values.mean()) ** 2).sum())


def brute_force_starts(v, k):
    """Every choice of k-1 split positions in sorted v; the one of least total within-class sum of squares."""
    best, best_cost = None, np.inf
    for splits in itertools.combinations(range(1, len(v)), k - 1):
        edges = (0,) + splits + (len(v),)
        cost = sum(ssd(v[a:b]) for a, b in zip(edges[:-1], edges[1:]))
        if cost < best_cost:
            best, best_cost = splits, cost
    return list(best), best_cost


def reference_starts(v, k):
    """The textbook dynamic programme, O(k·n²): cost[c][j] = min over i of cost[c-1][i-1] + ssd(v[i..j])."""
    n = len(v)
    within = np.full((n, n), np.inf)  # within[i, j]: sum of squares of v[i..j], computed directly
    for i in range(n):
        run = v[i:]
        counts = np.arange(1, n - i + 1)
        means = np.cumsum(run) / counts
        within[i, i:] = np.cumsum(run ** 2) - counts * means ** 2
    cost = within[0].copy()
    start = np.zeros((k, n), dtype=int)
    for c in range(1, k):
        new = np.full(n, np.inf)
        for j in range(c, n):
            i = np.arange(c, j + 1)
            total = cost[i - 1] + within[i, j]
            new[j], start[c, j] = total.min(), i[np.argmin(total)]
        cost = new
    starts, j = [], n - 1
    for c in range(k - 1, 0, -1):
        starts.append(start[c, j])
        j = start[c, j] - 1
    return starts[::-1]


def total_ssd(v, starts):
    edges = [0] + list(starts) + [len(v)]
    return sum(ssd(v[a:b]) for a, b in zip(edges[:-1], edges[1:]))


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("k", [3, 4])
def test_exact_against_brute_force_on_small_data(seed, k):
    from leefbaarometer.core.classify import fisher_jenks_starts
    from leefbaarometer.core.classify import jenks_breaks

    rng = np.random.default_rng(seed)
    n = 7 + seed  # 7..12 values: the brute force tries every split
    v = np.sort(np.concatenate([rng.normal(0, 0.05, n // 2), rng.normal(0.3, 0.1, n - n // 2)]))
    expected, cost = brute_force_starts(v, k)
    got = fisher_jenks_starts(v, k).tolist()
    assert got == expected
    assert total_ssd(v, got) == pytest.approx(cost, rel=1e-12)
    breaks = jenks_breaks(rng.permutation(v), k)  # order of the input does not matter
    assert breaks.tolist() == pytest.approx([(v[s - 1] + v[s]) / 2 for s in expected])


@pytest.mark.parametrize("n, k, seed", [(200, 9, 1), (350, 5, 2), (500, 9, 3), (300, 2, 4)])
def test_exact_against_reference_dp(n, k, seed):
    from leefbaarometer.core.classify import fisher_jenks_starts

    rng = np.random.default_rng(seed)
    # skewed, clustered scores with a long tail, like afw
    v = np.sort(np.concatenate([rng.normal(0, 0.08, n - n // 5), rng.exponential(0.2, n // 5) - 0.5]))
    expected = reference_starts(v, k)
    got = fisher_jenks_starts(v, k).tolist()
    assert got == expected
    assert total_ssd(v, got) == pytest.approx(total_ssd(v, expected), rel=1e-12)


def test_real_pc4_afw_2022_equals_reference():
    from leefbaarometer.core.classify import fisher_jenks_starts
    from leefbaarometer.core.classify import jenks_breaks

    scores = pd.read_csv(shared("lbm", "Leefbaarometer-scores PC4 2002-2022.csv"), na_values="NA")
    v = np.sort(scores.loc[scores["jaar"] == 2022, "afw"].dropna().to_numpy())
    assert len(v) == 4057
    expected = reference_starts(v, 9)
    assert fisher_jenks_starts(v, 9).tolist() == expected
    breaks = jenks_breaks(v, 9)
    assert breaks.tolist() == pytest.approx([(v[s - 1] + v[s]) / 2 for s in expected])
    # the breaks are increasing and every class holds values
    counts = np.bincount(np.searchsorted(breaks, v, side="right"), minlength=9)
    assert (np.diff(breaks) > 0).all() and (counts > 0).all() and counts.sum() == 4057


def test_above_the_limit_sampled_and_reported(monkeypatch):
    from leefbaarometer.core import classify

    monkeypatch.setattr(classify, "JENKS_EXACT_MAX", 1000)
    v = np.random.default_rng(7).normal(size=2500)
    said = []
    sampled = classify.jenks_breaks(v, 5, report=said.append)
    assert said == ["natural breaks computed on 2,000 of 2,500 values (sampled; exact up to 1,000 values)"]
    # the sampled solution is the exact solution of the 2,000 evenly spaced order statistics
    s = np.sort(v)[np.linspace(0, 2499, 2000).round().astype(int)]
    assert sampled.tolist() == pytest.approx([(s[i - 1] + s[i]) / 2 for i in reference_starts(s, 5)])
    said.clear()
    classify.jenks_breaks(v[:1000], 5, report=said.append)
    assert said == []  # exactly at the limit: exact, nothing to say


def test_classify_scores_names_the_sampled_measure(monkeypatch):
    from leefbaarometer.core import classify
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.scoredata import ScoreData

    monkeypatch.setattr(classify, "JENKS_EXACT_MAX", 2500)
    rng = np.random.default_rng(3)
    data = ScoreData(n=1500, values={("afw", 2022): rng.normal(size=1500), ("afw", 2024): rng.normal(size=1500)})
    said = []
    classify.classify_scores(data, load_release(), "jenks", ("total",), report=said.append)
    assert said == ["total 2022-2024: natural breaks computed on 2,000 of 3,000 values (sampled; exact up to 2,500 values)"]
    said.clear()
    classify.classify_scores(data, load_release(), "jenks", ("total",), pooled=False, report=said.append)
    assert said == []


def test_the_limit_is_in_the_scheme_name():
    from leefbaarometer.core.classify import JENKS_EXACT_MAX
    from leefbaarometer.core.classify import scheme_name

    assert JENKS_EXACT_MAX >= 20_000
    assert scheme_name("jenks") == f"Natural breaks (Fisher–Jenks, exact up to {JENKS_EXACT_MAX:,} values)"
