"""Local hot and cold spots: Getis–Ord Gi* with binary neighbour weights (the unit itself included),
conditional-permutation pseudo p-values and an optional false-discovery-rate correction. numpy only.

Gi*_i = Σ_j w_ij x_j over the unit and its neighbours; z_i = (Gi*_i − x̄ W_i) / (S √((n W_i − W_i²)/(n − 1)))
with W_i = 1 + number of neighbours and S the population standard deviation (Getis & Ord 1995).
"""
from dataclasses import dataclass

import numpy as np

from ..errors import LbmInputError
from ..i18n import tr
from ..stats import conditional_draws
from ..stats import pseudo_p

CHUNK = 20000  # units per block of permutations: bounds memory at national size


@dataclass(frozen=True)
class HotspotRules:
    """The defaults of the hot-spot tool: the one place they live (its parameters and help take them from here)."""

    permutations: int = 99  # conditional permutations for the pseudo p-values
    alpha: float = 0.05  # significance level
    fdr: bool = False  # Benjamini–Hochberg false-discovery-rate correction
    seed: int = 12345  # random seed: results repeat
    intensify: float = 1.0  # versterkt / afnemend: |z| up or down by at least this


def getis_ord(values, pairs, permutations=None, seed=None):
    """(z, pseudo p) per unit. Units with a NaN value get NaN and are left out of everyone's sums. Permutations and
    seed default to HotspotRules'."""
    permutations = HotspotRules().permutations if permutations is None else permutations
    seed = HotspotRules().seed if seed is None else seed
    x_all = np.asarray(values, dtype=float)
    ok = np.isfinite(x_all)
    if ok.sum() < 3:
        raise LbmInputError(tr("hot spots need at least three units with a score"))
    index = np.full(len(x_all), -1)
    index[ok] = np.arange(ok.sum())
    x = x_all[ok]
    n = len(x)
    p = pairs[ok[pairs[:, 0]] & ok[pairs[:, 1]]]
    i, j = index[p[:, 0]], index[p[:, 1]]
    k = np.bincount(i, minlength=n)  # neighbours per unit
    lag = np.bincount(i, weights=x[j], minlength=n) + x  # self included
    wi = k + 1.0
    mean, s = x.mean(), x.std()
    if s == 0:
        raise LbmInputError(tr("all scores are equal: there are no hot or cold spots"))
    denom = s * np.sqrt((n * wi - wi**2) / (n - 1))
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (lag - mean * wi) / denom
    psim = np.full(n, np.nan)
    if permutations:
        rng = np.random.default_rng(seed)
        for kk in np.unique(k):
            if kk == 0:
                continue
            units = np.flatnonzero(k == kk)
            for start in range(0, len(units), CHUNK):
                block = units[start:start + CHUNK]
                # Conditional randomisation: the unit keeps its value; its kk neighbours are drawn from the others.
                draw = conditional_draws(rng, block, n, permutations, kk)
                sims = x[draw].sum(axis=2) + x[block][:, None]
                obs = lag[block][:, None]
                expected = mean * wi[block][:, None]
                above = obs >= expected
                extreme = np.where(above, sims >= obs, sims <= obs).sum(axis=1)
                psim[block] = pseudo_p(extreme, permutations)
    z_all = np.full(len(x_all), np.nan)
    p_all = np.full(len(x_all), np.nan)
    z_all[ok], p_all[ok] = z, psim
    return z_all, p_all


def fdr_threshold(p, alpha):
    """Benjamini–Hochberg: the largest p-value still significant at false-discovery rate alpha (0 if none)."""
    q = np.sort(p[np.isfinite(p)])
    if not len(q):
        return 0.0
    passed = q <= alpha * np.arange(1, len(q) + 1) / len(q)
    return float(q[np.flatnonzero(passed)[-1]]) if passed.any() else 0.0


def hotspot_labels(z, p, alpha=None, fdr=None):
    """'hot' (high scores clustered), 'cold' (low scores clustered) or 'ns' (not significant); alpha and fdr default
    to HotspotRules'."""
    alpha = HotspotRules().alpha if alpha is None else alpha
    fdr = HotspotRules().fdr if fdr is None else fdr
    limit = fdr_threshold(p, alpha) if fdr else alpha
    significant = np.isfinite(p) & (p <= limit) if fdr else np.isfinite(p) & (p < alpha)
    out = np.full(len(z), "ns", dtype=object)
    out[significant & (z > 0)] = "hot"
    out[significant & (z < 0)] = "cold"
    out[~np.isfinite(z)] = None
    return out


def hotspot_change(label0, label1, z0, z1, intensify=None):
    """How a unit's spot changed: nieuw, blijvend, versterkt, afnemend, verdwenen, or geen; None where either year
    has no label (no score). `intensify` defaults to HotspotRules'."""
    intensify = HotspotRules().intensify if intensify is None else intensify
    out = np.full(len(label0), "geen", dtype=object)
    spot0 = np.isin(label0, ["hot", "cold"])
    spot1 = np.isin(label1, ["hot", "cold"])
    same = spot0 & spot1 & (label0 == label1)
    out[~spot0 & spot1] = "nieuw"
    out[spot0 & ~spot1] = "verdwenen"
    out[same] = "blijvend"
    stronger = same & (np.abs(z1) - np.abs(z0) >= intensify)
    weaker = same & (np.abs(z0) - np.abs(z1) >= intensify)
    out[stronger] = "versterkt"
    out[weaker] = "afnemend"
    out[spot0 & spot1 & (label0 != label1)] = "omgeslagen"
    out[np.array([a is None or b is None for a, b in zip(label0, label1)], dtype=bool)] = None
    return out
