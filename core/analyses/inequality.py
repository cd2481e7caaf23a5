"""Livability and social inequality (the 2020 deeper analyses of the reports): livability against the
socio-economic status of units (the CBS SES-WOA score, income per resident, WOZ value: any number where higher means
a higher status).

Per unit: a bivariate class `biv` ("s-l": status tercile 1–3 × livability group 1–3, "1-1" = low status and low
livability), the flag `laaglaag` (status in the lowest quintile and class ≤ 4: both low at once) and whether a laaglaag
unit sits in a cluster of laaglaag units (a local join count with a conditional permutation test, the randomisation
the hot-spot analysis uses). Per region: units, Spearman and Pearson correlation of afw and status (weighted where
weights are given), the share and weight of laaglaag units, and the region's rank on that share (regions with too few
units marked, not ranked).

Every cut-off is pooled over the input: the units that have both a score and a status. A unit without a status
(NULL: CBS suppresses small numbers) is never counted as 0: it has no class, no flag, and is counted apart.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import LbmInputError
from ..i18n import tr
from ..names import ALL
from ..names import BIV
from ..names import CLUSTER_P
from ..names import LAAGLAAG
from ..names import LL_CLUSTER
from ..names import LL_NEIGHBOURS
from ..names import NO_NEIGHBOURS
from ..names import REGION_COLUMNS
from ..stats import conditional_draws
from ..stats import pearson
from ..stats import pseudo_p
from ..stats import ranks
from ..stats import spearman
from ..stats import weighted_quantile
from .common import group_sets
from .common import weights_or_ones

LIVABILITY_GROUPINGS = ("classes", "terciles")
YES, NO = "ja", "nee"  # laaglaag
# cluster: a laaglaag unit in a cluster (a core with significantly many laaglaag neighbours, or a laaglaag neighbour of
# a core), one that is not (los), one without neighbours (NO_NEIGHBOURS), and a unit that is not laaglaag (geen).
# NULL: no status or no score.
IN_CLUSTER, LOOSE, NOT_LAAGLAAG = "cluster", "los", "geen"
CHUNK = 20000  # units per block of permutations: bounds memory at national size


@dataclass(frozen=True)
class InequalityRules:
    """The criteria of the inequality analysis (the plugin's own: the report's are not published); the one place
    their defaults live (the algorithm's parameters and help take them from here)."""

    livability: str = "classes"  # livability groups by class ("classes") or by terciles of afw ("terciles")
    low_max: int = 4  # classes: group 1 (low) = class ≤ 4, zwak of lager …
    high_min: int = 7  # … group 3 (high) = class ≥ 7, goed t/m uitstekend; group 2 the classes between (5–6)
    status_breaks: tuple = ()  # two status values that end terciles 1 and 2 (inclusive); empty: the status terciles
    laaglaag_share: float = 0.2  # laaglaag: status in the lowest 20 % of the units (the lowest quintile) …
    laaglaag_max: int = 4  # … and class ≤ 4
    min_units: int = 10  # regions with fewer units (with score and status) are marked and not ranked
    permutations: int = 999  # conditional permutations of the cluster test
    alpha: float = 0.05  # significance level of the cluster test
    seed: int = 12345  # random seed: results repeat

    def check(self):
        """A clear message for criteria that cannot work together."""
        if self.livability not in LIVABILITY_GROUPINGS:
            raise LbmInputError(tr("livability groups: '{value}' is not one of {options}").format(
                value=self.livability, options=", ".join(LIVABILITY_GROUPINGS)))
        if not 1 <= self.low_max < self.high_min - 1 < 9:
            raise LbmInputError(tr("livability groups: the low group ends at class {low_max} and the high group begins at "
                                   "class {high_min}; they need a class between them").format(
                                       low_max=self.low_max, high_min=self.high_min))
        if len(self.status_breaks) not in (0, 2) or (self.status_breaks and not
                                                       self.status_breaks[0] < self.status_breaks[1]):
            raise LbmInputError(tr("status breaks: give two increasing numbers (the ends of the low and the middle "
                                   "group), or none for terciles; got {breaks}").format(
                                       breaks=", ".join(f"{b:g}" for b in self.status_breaks) or "-"))
        if not 0 < self.laaglaag_share < 1:
            raise LbmInputError(tr("the lowest status share for laaglaag must lie between 0 and 1, not {share:g}").format(
                share=self.laaglaag_share))


def lowest_groups(values, cuts):
    """Group 1, 2, … of each value: 1 up to and including cuts[0], 2 up to and including cuts[1], …; 0 for NaN."""
    v = np.asarray(values, dtype=float)
    out = np.zeros(len(v), dtype=np.int64)
    ok = np.isfinite(v)
    out[ok] = np.searchsorted(np.asarray(cuts, dtype=float), v[ok], side="left") + 1
    return out


def quantile_cuts(values, shares):
    """The cut-offs at `shares` of the units (each counts once): numpy's quantile with method 'inverted_cdf', the
    smallest value at which that share of the units is reached (so a group 'up to and including' a cut-off holds at
    least its share)."""
    return np.atleast_1d(weighted_quantile(values, None, list(shares)))


def inequality(status, k, afw, pairs, weights=None, regions=None, rules=None):
    """The analysis on arrays of one year: `status` (NaN where missing), `k` the units' classes (0 = no score), `afw`,
    neighbour `pairs` (positions, symmetric; empty: no cluster test), `weights` (or None: every unit once) and
    `regions` (codes, None = no region; or None for the whole input only).

    Returns {'units': {field: array}, 'regions': DataFrame, 'cuts': {…}, 'counts': {…}}.
    """
    rules = rules or InequalityRules()
    rules.check()
    status = np.asarray(status, dtype=float)
    k = np.asarray(k, dtype=np.int64)
    afw = np.asarray(afw, dtype=float)
    n = len(status)
    scored = k > 0
    has_status = np.isfinite(status)
    both = scored & has_status
    if both.sum() < 3:
        raise LbmInputError(tr("fewer than three units have both a score and a status ({n_both}): nothing to compare").format(
            n_both=int(both.sum())))
    # Status groups: terciles (or the given breaks) of the units with score and status; livability groups by class.
    status_cuts = (np.asarray(rules.status_breaks, dtype=float) if rules.status_breaks
                   else quantile_cuts(status[both], (1 / 3, 2 / 3)))
    s_group = np.where(both, lowest_groups(status, status_cuts), 0)
    if rules.livability == "classes":
        live_cuts = np.array([rules.low_max, rules.high_min - 1], dtype=float)
        l_group = np.where(both, lowest_groups(np.where(scored, k, np.nan), live_cuts), 0)
    else:
        live_cuts = quantile_cuts(afw[both], (1 / 3, 2 / 3))
        l_group = np.where(both & np.isfinite(afw), lowest_groups(afw, live_cuts), 0)
    biv = np.full(n, None, dtype=object)
    has_group = (s_group > 0) & (l_group > 0)
    biv[has_group] = np.char.add(np.char.add(s_group[has_group].astype(str), "-"), l_group[has_group].astype(str))
    # laaglaag: the lowest status share and class at most laaglaag_max.
    low_cut = float(quantile_cuts(status[both], (rules.laaglaag_share,))[0])
    flag = np.where(both, ((status <= low_cut) & (k <= rules.laaglaag_max)).astype(float), np.nan)
    count, p, has_neighbours = local_join_count(flag, pairs, rules.permutations, rules.seed)
    ll = flag == 1
    cluster = np.full(n, None, dtype=object)
    cluster[both] = NOT_LAAGLAAG
    cluster[ll] = LOOSE
    # A cluster: its cores (laaglaag units with significantly many laaglaag neighbours) and their laaglaag neighbours.
    core = ll & (p < rules.alpha)
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    by_core = np.zeros(n, dtype=bool)
    by_core[pairs[core[pairs[:, 1]], 0]] = True
    cluster[ll & (core | by_core)] = IN_CLUSTER
    cluster[ll & ~has_neighbours] = NO_NEIGHBOURS
    laaglaag = np.full(n, None, dtype=object)
    laaglaag[both] = NO
    laaglaag[ll] = YES
    units = {BIV: biv, LAAGLAAG: laaglaag, LL_CLUSTER: cluster, LL_NEIGHBOURS: count, CLUSTER_P: p}
    table = region_table(status, afw, scored, ll, cluster == IN_CLUSTER, weights, regions, rules.min_units)
    cuts = {"status": [float(c) for c in status_cuts], "livability": [float(c) for c in live_cuts], "laaglaag_status": low_cut}
    counts = {"units": n, "both": int(both.sum()), "no_status": int((scored & ~has_status).sum()),
              "no_score": int((~scored).sum()), "laaglaag": int(ll.sum()), "cluster": int((cluster == IN_CLUSTER).sum()),
              "biv": {f"{s}-{g}": int((biv == f"{s}-{g}").sum()) for g in (3, 2, 1) for s in (1, 2, 3)}}
    return {"units": units, "regions": table, "cuts": cuts, "counts": counts}


def local_join_count(flag, pairs, permutations, seed):
    """The local join count of a binary flag (1/0, NaN = no value): per unit (with a value or not) the number of its
    neighbours that are flagged, and for each flagged unit with neighbours a pseudo p-value of that number from conditional permutations
    (the unit keeps its flag; its k neighbours are drawn from the other units with a value, with replacement, as in
    the hot-spot test). p is the share of draws with at least as many flagged neighbours ((extreme + 1) / (permutations
    + 1)); NaN for units that are not flagged, 1 for a flagged unit without a flagged neighbour (no draw has fewer).

    Returns (count of flagged neighbours (int), p, has a neighbour with a value (bool))."""
    x_all = np.asarray(flag, dtype=float)
    n_all = len(x_all)
    ok = np.isfinite(x_all)
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    towards_value = pairs[ok[pairs[:, 1]]]  # (unit, a neighbour with a value)
    count = np.bincount(towards_value[:, 0], weights=x_all[towards_value[:, 1]], minlength=n_all).round().astype(np.int64)
    k_all = np.bincount(towards_value[:, 0], minlength=n_all)
    p_all = np.full(n_all, np.nan)
    flagged = ok & (x_all == 1)
    p_all[flagged & (k_all > 0)] = 1.0
    test = np.flatnonzero(flagged & (k_all > 0) & (count > 0))
    if permutations and len(test):
        index = np.full(n_all, -1)
        index[ok] = np.arange(ok.sum())
        x = x_all[ok]
        n = len(x)
        rng = np.random.default_rng(seed)
        for kk in np.unique(k_all[test]):
            units = test[k_all[test] == kk]
            for start in range(0, len(units), CHUNK):
                block = units[start:start + CHUNK]
                draw = conditional_draws(rng, index[block], n, permutations, kk)
                sims = x[draw].sum(axis=2)
                extreme = (sims >= count[block][:, None]).sum(axis=1)
                p_all[block] = pseudo_p(extreme, permutations)
    elif len(test):  # no permutations: no test, so no unit is significant
        p_all[test] = np.nan
    return count, p_all, k_all > 0


def region_table(status, afw, scored, laaglaag, in_cluster, weights=None, regions=None, min_units=10):
    """One row per region (ALL first: every unit; then each region in sorted order): REGION_COLUMNS.

    `n` counts the units with a score and a status; `n_no_status` the units with a score whose status is missing (never
    counted as 0) and `n_no_score` those without a score. Correlations of afw and status over the `n` units, weighted
    where weights are given (core/stats.py). `share_laaglaag` = laaglaag units / n; `weight_laaglaag` their weight
    (units when unweighted) and `wshare_laaglaag` its share of the weight of the n units. `rank`: 1 = the highest share,
    among the regions (not ALL) with at least `min_units` units; the others get `too_few` = 1 and no rank (NULL)."""
    has_status = np.isfinite(status)
    both = scored & has_status
    w = weights_or_ones(weights, len(status))
    rows = []
    for region, sel in group_sets(regions, len(status)):
        s = sel & both
        n = int(s.sum())
        ll = s & laaglaag
        wsum = float(w[s].sum())
        rows.append({
            "region": region, "n": n, "n_no_status": int((sel & scored & ~has_status).sum()),
            "n_no_score": int((sel & ~scored).sum()),
            "spearman": spearman(afw[s], status[s], None if weights is None else w[s]),
            "pearson": pearson(afw[s], status[s], None if weights is None else w[s]),
            "n_laaglaag": int(ll.sum()), "share_laaglaag": ll.sum() / n if n else np.nan,
            "weight_laaglaag": float(w[ll].sum()), "wshare_laaglaag": float(w[ll].sum()) / wsum if wsum > 0 else np.nan,
            "n_cluster": int((s & in_cluster).sum()),
        })
    table = pd.DataFrame(rows, columns=[c for c in REGION_COLUMNS if c not in ("rank", "too_few")])
    is_region = np.arange(len(table)) > 0
    too_few = is_region & (table["n"].to_numpy() < min_units)
    share = np.where(is_region & ~too_few, table["share_laaglaag"].to_numpy(dtype=float), np.nan)
    table["rank"] = pd.array([int(r) if r > 0 else pd.NA for r in ranks(share)], dtype="Int64")  # NULL: not ranked
    table["too_few"] = too_few.astype(np.int64)
    return table[list(REGION_COLUMNS)]


def region_lines(table, limit=10):
    """The log's lines of the regions: ranked first (by rank), then the marked ones, at most `limit` of each."""
    regions = table[table["region"] != ALL]
    ranked = regions[regions["rank"].notna()].sort_values("rank", kind="stable")
    lines = [tr("{rank}. {region}: {share:.1%} laaglaag ({n_laaglaag} of {n}), Spearman {spearman:.2f}, Pearson {pearson:.2f}").format(
        rank=int(r["rank"]), region=r["region"], share=r["share_laaglaag"], n_laaglaag=int(r["n_laaglaag"]), n=int(r["n"]),
        spearman=r["spearman"], pearson=r["pearson"]) for _, r in ranked.head(limit).iterrows()]
    marked = regions[regions["too_few"] == 1]
    if len(marked):
        shown = ", ".join(f"{r['region']} ({int(r['n'])})" for _, r in marked.head(limit).iterrows())
        lines.append(tr("{count} region(s) with too few units, not ranked: {regions}{more}").format(
            count=len(marked), regions=shown, more=" …" if len(marked) > limit else ""))
    return lines
