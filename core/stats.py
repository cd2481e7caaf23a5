"""Statistics the analyses share, on numpy arrays (no scipy): the chi-square tail, correlations (Pearson and
Spearman, optionally weighted), weighted quantiles, ranks, and the draws of conditional permutation tests.

Weights are non-negative; a unit with weight 0 counts as absent. Missing values (NaN) are left out pairwise.
"""
import math

import numpy as np


def chi2_sf(x, df):
    """P(χ² with df degrees of freedom ≥ x), in closed form for whole df (no scipy needed)."""
    if df <= 0:
        return float("nan")
    if x <= 0:
        return 1.0
    h = x / 2.0
    if df % 2 == 0:  # e^(-h) Σ_{i<df/2} h^i / i!
        term, total = 1.0, 1.0
        for i in range(1, df // 2):
            term *= h / i
            total += term
        return float(min(1.0, np.exp(-h) * total))
    # odd df: erfc(√h) + e^(-h) Σ_{i=1}^{(df−1)/2} h^(i−1/2) / Γ(i+1/2)
    total = math.erfc(math.sqrt(h))
    term = math.sqrt(h) / math.gamma(1.5)
    for i in range(1, (df - 1) // 2 + 1):
        if i > 1:
            term *= h / (i - 0.5)
        total += math.exp(-h) * term
    return float(min(1.0, total))


def _paired(x, y, weights):
    """(x, y, w) of the units with both values and a positive weight (all weights 1 when None)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    w = np.ones(len(x)) if weights is None else np.nan_to_num(np.asarray(weights, dtype=float))
    ok = np.isfinite(x) & np.isfinite(y) & (w > 0)
    return x[ok], y[ok], w[ok]


def pearson(x, y, weights=None):
    """The (weighted) Pearson correlation of x and y: Σw(x−x̄)(y−ȳ) / √(Σw(x−x̄)² Σw(y−ȳ)²), with weighted means.
    NaN with fewer than three units or when x or y does not vary."""
    x, y, w = _paired(x, y, weights)
    if len(x) < 3:
        return np.nan
    dx, dy = x - np.average(x, weights=w), y - np.average(y, weights=w)
    sxy, sxx, syy = (w * dx * dy).sum(), (w * dx * dx).sum(), (w * dy * dy).sum()
    return float(sxy / math.sqrt(sxx * syy)) if sxx > 0 and syy > 0 else np.nan


def percentile_ranks(values, weights=None):
    """Each value's (weighted) mid-rank as a share: the weight of the lower values plus half the weight of the equal
    ones, over the total weight (ties share one rank). Unweighted, this is (rank − ½) / n with pandas' average
    ranks. NaN stays NaN."""
    v = np.asarray(values, dtype=float)
    w = np.ones(len(v)) if weights is None else np.nan_to_num(np.asarray(weights, dtype=float))
    out = np.full(len(v), np.nan)
    ok = np.isfinite(v)
    if not ok.any():
        return out
    vals, inverse = np.unique(v[ok], return_inverse=True)
    per_value = np.bincount(inverse, weights=w[ok], minlength=len(vals))
    below = np.concatenate([[0.0], np.cumsum(per_value)[:-1]])
    total = per_value.sum()
    out[ok] = (below + per_value / 2.0)[inverse] / total if total > 0 else np.nan
    return out


def spearman(x, y, weights=None):
    """The (weighted) Spearman rank correlation: Pearson's correlation of the (weighted) mid-ranks of x and y among
    the units with both values. Unweighted, the textbook Spearman with average ranks for ties."""
    x, y, w = _paired(x, y, weights)
    if len(x) < 3:
        return np.nan
    return pearson(percentile_ranks(x, w), percentile_ranks(y, w), w)


def weighted_quantile(values, weights, q):
    """The q-quantile(s) of values in which each unit counts with its weight: the smallest value at which the
    cumulative weight reaches q of the total (the inverse of the weighted distribution function; with weights
    1 this is numpy's quantile with method 'inverted_cdf'). NaN values and zero weights are left out."""
    v = np.asarray(values, dtype=float)
    w = np.ones(len(v)) if weights is None else np.nan_to_num(np.asarray(weights, dtype=float))
    ok = np.isfinite(v) & (w > 0)
    qs = np.atleast_1d(np.asarray(q, dtype=float))
    if not ok.any():
        out = np.full(len(qs), np.nan)
    else:
        order = np.argsort(v[ok], kind="stable")
        sv, cw = v[ok][order], np.cumsum(w[ok][order])
        # A small tolerance: 0.1 + 0.2 of the weight is 0.3 of it.
        idx = np.searchsorted(cw, qs * cw[-1] * (1 - 1e-12), side="left")
        out = sv[np.clip(idx, 0, len(sv) - 1)]
    return out if np.ndim(q) else float(out[0])


def ranks(values):
    """Rank of each unit or zone by its value, 1 = highest; those without a value get 0 (no rank, NULL when written).
    Equal values share the best rank (1, 2, 2, 4)."""
    values = np.asarray(values, dtype=float)
    out = np.zeros(len(values), dtype=np.int64)
    ok = np.isfinite(values)
    v = values[ok]
    out[ok] = np.searchsorted(np.sort(-v), -v, side="left") + 1
    return out


# --- conditional permutation tests --------------------------------------------------------------------------

def conditional_draws(rng, units, n, permutations, k):
    """For each unit of `units`, `permutations` draws of `k` others among 0..n−1 (with replacement; never the unit
    itself): the neighbours of a conditional randomisation, in which the unit keeps its value. Shape
    (len(units), permutations, k)."""
    draw = rng.integers(0, n - 1, size=(len(units), permutations, k))
    draw += draw >= np.asarray(units)[:, None, None]  # skip the unit itself
    return draw


def pseudo_p(extreme, permutations):
    """The pseudo p-value of a permutation test: (number of draws at least as extreme + 1) / (permutations + 1)."""
    return (extreme + 1.0) / (permutations + 1.0)
