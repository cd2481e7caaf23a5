"""9. Differences within zones: did the gap between a zone's weak and strong units grow, and how? (The 2016 report:
in some cities because the onvoldoende buurten got worse (its bijlage 2), in others because they improved, but less
than the ruim voldoende and goed ones (bijlage 3); the 2022 and 2024 reports: the differences grew nationally.)

Per zone, the units are fixed by their class in the first year: weak (class ≤ 3 by default) and strong (class ≥ 6).
Every figure of a zone is computed on the same units, those with a score in both years (and, weighted, a weight
above 0): a change is then a change of those units, never one of which units are there.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..aggregate import weighted_mean
from ..classify import unit_classes
from ..errors import LbmInputError
from ..i18n import tr
from ..names import DGAP
from ..names import GAP_SMALLER
from ..names import N_MISSING
from ..names import N_STRONG
from ..names import N_UNITS
from ..names import N_WEAK
from ..names import NATIONAL
from ..names import NO_STRONG
from ..names import NO_WEAK
from ..names import PATTERN
from ..names import PATTERNS
from ..names import WEAK_FALLS
from ..names import WEAK_RISES_LESS
from ..names import ZONE
from ..names import difference_fields
from ..numformat import CHANGE
from ..numformat import COUNT
from ..numformat import SCORE
from ..stats import weighted_quantile
from ..years import check_year_order
from .common import require_years
from .common import weights_or_ones


@dataclass(frozen=True)
class DifferenceRules:
    """Which units are weak and which strong, by their class in the first year: the one place the defaults live (the
    tool's parameters and help, the annexes and the panel's view take them from here)."""

    weak_max_class: int = 3  # weak: onvoldoende or lower (classes 1–3)
    strong_min_class: int = 6  # strong: ruim voldoende or better (classes 6–9)

    def check(self):
        if not 1 <= self.weak_max_class < self.strong_min_class <= 9:
            raise LbmInputError(tr("weak units must have lower classes than strong ones: weak is class ≤ {weak}, strong class "
                                   "≥ {strong}; choose 1 ≤ weak < strong ≤ 9").format(weak=self.weak_max_class,
                                                                                    strong=self.strong_min_class))


def differences(data, release, y0, y1, zone_codes, weights=None, rules=None):
    """One row per zone (sorted by code) after the row of all units (`zone` NATIONAL), with the fields of
    names.difference_fields and: units with a score in both years (`n_units`), units with a score in one of the two
    years only (`n_missing`: left out), weak and strong units among `n_units`, the change of the gap (`dgap`) and
    its `pattern`:

    - NO_WEAK: no weak units (also a zone without units scored in both years: then `pattern` is None);
    - NO_STRONG: weak units but no strong ones: no gap (the weak means are given);
    - WEAK_FALLS: the gap widened (dgap > 0) and the weak units' mean fell;
    - WEAK_RISES_LESS: the gap widened, the weak units' mean rose (or stayed) but less than the strong units';
    - GAP_SMALLER: the gap did not widen (dgap ≤ 0).

    Means are weighted (`weights`, by the plugin's one rule: core/weights.py; None: every unit once); the spread is
    the (weighted) population standard deviation (`sd_{year}`: Σw(v − v̄)² / Σw, square-rooted) and the distance
    between the 90th and the 10th (weighted) percentile (`p90p10_{year}`, core/stats.weighted_quantile) of all units
    of the zone. `zone_codes`: per unit its zone (None: in no zone; such units count in the row of all units only).
    """
    rules = rules or DifferenceRules()
    rules.check()
    check_year_order(y0, y1)
    require_years(data, y0, y1)
    a0, a1 = data.afw(y0, release.constant_c), data.afw(y1, release.constant_c)
    k0 = unit_classes(data, release, y0)
    w = weights_or_ones(weights, data.n)
    scored0, scored1 = np.isfinite(a0), np.isfinite(a1)
    units = scored0 & scored1 & (w > 0)
    groups = {N_UNITS: units,
              N_WEAK: units & (k0 >= 1) & (k0 <= rules.weak_max_class),
              N_STRONG: units & (k0 >= rules.strong_min_class),
              N_MISSING: scored0 ^ scored1}
    codes = pd.Series(np.asarray(zone_codes, dtype=object), dtype=object)
    zone, zones = pd.factorize(codes, sort=True)  # None: −1, in no zone
    national = _per_group(np.zeros(data.n, dtype=np.int64), 1, a0, a1, w, groups, y0, y1)
    per_zone = _per_group(zone.astype(np.int64), len(zones), a0, a1, w, groups, y0, y1)
    national.insert(0, ZONE, NATIONAL)
    per_zone.insert(0, ZONE, np.asarray(zones, dtype=object))
    return pd.concat([national, per_zone], ignore_index=True)


def _per_group(g, n, a0, a1, w, groups, y0, y1):
    """The columns of `differences` for groups 0..n−1 of the units (`g`: each unit's group, −1 none)."""
    f = difference_fields(y0, y1)
    out = {name: np.bincount(g[sel & (g >= 0)], minlength=n).astype(np.int64) for name, sel in groups.items()}
    for tag, v in (("a", a0), ("b", a1)):
        for key in ("weak", "strong"):
            sel = groups[N_WEAK if key == "weak" else N_STRONG]
            out[f[f"{key}_{tag}"]] = weighted_mean(np.where(sel, g, -1), n, w, v)
        out[f[f"gap_{tag}"]] = out[f[f"strong_{tag}"]] - out[f[f"weak_{tag}"]]
    out[DGAP] = out[f["gap_b"]] - out[f["gap_a"]]
    units = groups[N_UNITS]
    inside = np.where(units, g, -1)
    for tag, v in (("a", a0), ("b", a1)):
        mean = np.append(weighted_mean(inside, n, w, v), np.nan)  # [n]: the mean of no group
        dev = v - mean[np.where(inside >= 0, inside, n)]
        out[f[f"sd_{tag}"]] = np.sqrt(weighted_mean(inside, n, w, dev * dev))
        out[f[f"p90p10_{tag}"]] = _p90p10(inside, n, w, v)
    out[PATTERN] = _pattern(out, f)
    order = [N_UNITS, N_MISSING, N_WEAK, N_STRONG, f["weak_a"], f["weak_b"], f["strong_a"], f["strong_b"], f["gap_a"],
             f["gap_b"], DGAP, PATTERN, f["sd_a"], f["sd_b"], f["p90p10_a"], f["p90p10_b"]]
    return pd.DataFrame({name: out[name] for name in order})


def _p90p10(g, n, w, v):
    """Per group (g ≥ 0) the (weighted) 90th minus the 10th percentile of v: one sort, then each group's slice."""
    out = np.full(n, np.nan)
    inside = np.flatnonzero(g >= 0)
    order = inside[np.argsort(g[inside], kind="stable")]
    bounds = np.searchsorted(g[order], np.arange(n + 1))
    for k in np.flatnonzero(np.diff(bounds)):
        rows = order[bounds[k]:bounds[k + 1]]
        p10, p90 = weighted_quantile(v[rows], w[rows], [0.1, 0.9])
        out[k] = p90 - p10
    return out


def _pattern(out, f):
    weak_fell = out[f["weak_b"]] < out[f["weak_a"]]
    pattern = np.where(out[N_WEAK] == 0, NO_WEAK, np.where(out[N_STRONG] == 0, NO_STRONG, np.where(
        out[DGAP] > 0, np.where(weak_fell, WEAK_FALLS, WEAK_RISES_LESS), GAP_SMALLER))).astype(object)
    pattern[out[N_UNITS] == 0] = None
    return pattern


def zones_per_pattern(table):
    """{pattern: [zone codes]} of the zones (not the row of all units), each list in the order of the table; every
    pattern present, empty where no zone has it."""
    zones = table[table[ZONE] != NATIONAL]
    return {p: zones.loc[zones[PATTERN] == p, ZONE].tolist() for p in PATTERNS}


def column_kinds(table):
    """{column: core/numformat kind} of a `differences` table: counts, scores (means, gaps, spread) and the change of
    the gap, so that a spreadsheet shows full-precision values with a display format and an annex prints them."""
    kinds = {}
    for col in table.columns:
        if col in (N_UNITS, N_MISSING, N_WEAK, N_STRONG):
            kinds[col] = COUNT
        elif col == DGAP:
            kinds[col] = CHANGE
        elif col.split("_")[0] in ("weak", "strong", "gap", "sd", "p90p10"):
            kinds[col] = SCORE
    return kinds
