"""4. Trajectories: the class path of every unit over the years, its label, and the class-transition matrices
(overall, per group, per neighbourhood) with the spatial Markov test."""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..classify import unit_classes
from ..names import GROUP
from ..names import UNITS
from ..neighbours import neighbour_mean
from ..stats import chi2_sf
from .common import group_sets
from .common import require_years
from .common import weights_or_ones


@dataclass(frozen=True)
class TrajectoryRules:
    """The criteria of the trajectory labels: the one place their defaults live (the tool's parameters and help)."""

    low_max: int = 3  # low: onvoldoende or lower
    steps: int = 2  # dalend / stijgend: at least this many classes down or up from the first to the last
    persist_min: int = 0  # persistent laag: low in at least this many (0: all) …
    persist_last: int = 0  # … of the last this many measurements (0: all)


def trajectories(data, release, years, rules=None):
    """Class path per unit ('6-6-5-3') and a label over all measurements of the window (TrajectoryRules).

    persistent laag: low (class ≤ low_max) in at least `persist_min` of the last `persist_last` measurements
    (0 = all of them; measurements without a class count as not low); wisselend laag: low at the first and the
    last measurement but not persistently; nieuw laag: low at the end only; herstellend: low at the start only;
    dalend / stijgend: never low, at least `steps` classes down or up from first to last; stabiel otherwise.
    """
    rules = rules or TrajectoryRules()
    low_max, steps, persist_min, persist_last = rules.low_max, rules.steps, rules.persist_min, rules.persist_last
    require_years(data, *years)
    k = np.column_stack([unit_classes(data, release, y) for y in years])
    path = np.array(["-".join(str(c) if c else "?" for c in row) for row in k.tolist()], dtype=object)
    window = len(years) if not persist_last else min(persist_last, len(years))
    need = window if not persist_min else min(persist_min, window)
    low = (k > 0) & (k <= low_max)
    persistent = low[:, -window:].sum(axis=1) >= need
    first, last = k[:, 0], k[:, -1]
    low0, low1 = low[:, 0], low[:, -1]
    label = np.full(data.n, "stabiel", dtype=object)
    label[(first == 0) | (last == 0)] = None
    ok = (first > 0) & (last > 0)
    label[ok & ~low0 & ~low1 & (last <= first - steps)] = "dalend"
    label[ok & ~low0 & ~low1 & (last >= first + steps)] = "stijgend"
    label[ok & low0 & low1] = "wisselend laag"
    label[ok & ~low0 & low1] = "nieuw laag"
    label[ok & low0 & ~low1] = "herstellend"
    label[ok & persistent] = "persistent laag"
    return path, label, k


def consecutive(k, weights=None, regimes=None):
    """All consecutive measurements pooled: (from, to[, weights][, regimes at the start]) over every step."""
    out = [k[:, :-1].T.ravel(), k[:, 1:].T.ravel()]
    if weights is not None:
        out.append(np.tile(np.asarray(weights, dtype=float), k.shape[1] - 1))
    if regimes is not None:
        out.append(np.asarray(regimes, dtype=object)[:, :-1].T.ravel())
    return out


def spatial_markov_q(k_from, k_to, regimes, classes=9):
    """Does the neighbourhood change the transitions? The homogeneity test of the transition matrices per
    neighbourhood regime against the pooled one (Bickenbach & Bode 2003; PySAL giddy's Spatial_Markov Q):
    Q = Σ_regimes Σ_i Σ_j n_i(r) (p_ij(r) − p_ij)² / p_ij, chi-square with Σ_i (a_i − 1)(b_i − 1) degrees of
    freedom (a_i regimes with transitions from class i, b_i classes reached from i overall).
    Returns (Q, degrees of freedom, p-value)."""
    regimes = np.asarray(regimes, dtype=object)
    ok = (k_from > 0) & (k_to > 0) & np.array([r is not None for r in regimes])
    names = sorted({r for r in regimes[ok]})
    counts = np.zeros((len(names), classes, classes))
    for g, name in enumerate(names):
        sel = ok & (regimes == name)
        np.add.at(counts[g], (k_from[sel] - 1, k_to[sel] - 1), 1)
    pooled = counts.sum(axis=0)
    rows = pooled.sum(axis=1, keepdims=True)
    p = np.divide(pooled, rows, out=np.zeros_like(pooled), where=rows > 0)
    n_i = counts.sum(axis=2, keepdims=True)
    p_r = np.divide(counts, n_i, out=np.zeros_like(counts), where=n_i > 0)
    cell = (p > 0)[None, :, :] & (n_i > 0)
    q = float(np.sum(np.where(cell, n_i * (p_r - p[None]) ** 2 / np.where(p > 0, p, 1)[None], 0.0)))
    a = (n_i[:, :, 0] > 0).sum(axis=0)
    b = (p > 0).sum(axis=1)
    dof = int(np.sum(np.where((a > 0) & (b > 0), (a - 1) * (b - 1), 0)))
    return q, dof, chi2_sf(q, dof)


def transition_matrix(k_from, k_to, weights=None):
    """9×9 counts and weight shares (rows: class at the start; columns: class at the end)."""
    w = weights_or_ones(weights, len(k_from))
    ok = (k_from > 0) & (k_to > 0)
    counts = np.zeros((9, 9))
    weight = np.zeros((9, 9))
    np.add.at(counts, (k_from[ok] - 1, k_to[ok] - 1), 1)
    np.add.at(weight, (k_from[ok] - 1, k_to[ok] - 1), w[ok])
    share = weight / weight.sum() if weight.sum() > 0 else weight
    return counts, share


def neighbourhood_group(k_from, pairs, n):
    """Class group of a unit's neighbours at the start: 'laag' (mean class ≤ 3), 'midden', 'hoog' (≥ 7)."""
    m = neighbour_mean(np.where(k_from > 0, k_from, np.nan), pairs, n)
    out = np.full(n, None, dtype=object)
    out[m <= 3] = "laag"
    out[(m > 3) & (m < 7)] = "midden"
    out[m >= 7] = "hoog"
    return out


def matrix_table(k_from, k_to, weights=None, groups=None, group_name=GROUP):
    """Long table of the transition matrix: (group, from, to, count, weight share), overall and per group."""
    rows = []
    for g, sel in group_sets(groups, len(k_from)):
        counts, share = transition_matrix(k_from[sel], k_to[sel], None if weights is None else np.asarray(weights)[sel])
        for a in range(9):
            for b in range(9):
                if counts[a, b]:
                    rows.append({group_name: g, "van": a + 1, "naar": b + 1, UNITS: int(counts[a, b]),
                                 "aandeel_gewicht": float(share[a, b])})
    return pd.DataFrame(rows)
