"""3. Leefbaarheid structureel onder druk: contiguous clusters of units that stay weak (the reports' annex 2)."""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..aggregate import weighted_mean
from ..classify import unit_classes
from ..errors import LbmInputError
from ..i18n import tr
from ..neighbours import codes_per_label
from ..neighbours import components
from ..schema import DIMENSIONS


@dataclass
class PressureRules:
    """The criteria of 'structureel onder druk': the one place their defaults live (the pressure tool's parameters,
    its help and the annexes all take them from here)."""

    max_class: int = 3  # severity: onvoldoende or lower
    min_years: int = 3  # duration: in at least this many …
    last_years: int = 4  # … of the last measurements
    min_weight: float = 100.0  # size: dwellings in the cluster (households where the annex weighs by them)

    def size_criterion(self, weight):
        """The size criterion for the output's `criteria`: {key: value}. Without a dwellings field every unit counts
        one, so the minimum counts units: that is said, never silently."""
        if weight:
            return {"min_dwellings": f"{self.min_weight:g}", "weight": weight}
        return {"min_units": tr("{n:g} (no dwellings field: units counted instead of dwellings)").format(n=self.min_weight)}


def pressure(data, release, years, pairs, weights, rules=None):
    """Clusters of contiguous units under pressure. Returns (cluster label per unit, −1 none; table per cluster)."""
    rules = rules or PressureRules()
    years = sorted(years)[-rules.last_years:]
    if len(years) < rules.min_years:
        raise LbmInputError(tr("duration needs {min_years} measurements; only {n_years} chosen").format(min_years=rules.min_years,
                               n_years=len(years)))
    k = np.column_stack([unit_classes(data, release, y) for y in years])
    severe = (k > 0) & (k <= rules.max_class)
    qualifies = severe.sum(axis=1) >= rules.min_years
    w = np.nan_to_num(np.asarray(weights, dtype=float))
    raw = components(data.n, pairs, qualifies)
    label = np.full(data.n, -1, dtype=np.int64)
    keep = np.array([], dtype=np.int64)
    if (raw >= 0).any():
        size = np.bincount(raw[raw >= 0], weights=w[raw >= 0])
        keep = np.flatnonzero(size >= rules.min_weight)
        relabel = np.full(len(size), -1)
        relabel[keep] = np.arange(len(keep))
        label[raw >= 0] = relabel[raw[raw >= 0]]
    rows = []
    last = years[-1]
    dims_year = max((y for y in data.years() if data.dims_present(y)), default=None)
    afw_last = data.afw(last, release.constant_c)
    for c in range(len(keep)):
        sel = label == c
        ws = w[sel]
        mean_by_year = [weighted_mean(np.zeros(int(sel.sum()), dtype=np.int64), 1, np.maximum(ws, 1e-12),
                                      data.afw(y, release.constant_c)[sel])[0]
                        for y in years]
        cls = release.total_class(np.array(mean_by_year))
        run = 0
        for kk in cls[::-1]:
            if 0 < kk <= rules.max_class:
                run += 1
            else:
                break
        weakest = None
        if dims_year is not None:
            means = {d: weighted_mean(np.zeros(int(sel.sum()), dtype=np.int64), 1, np.maximum(ws, 1e-12), data.get(d, dims_year)[sel])[0]
                     for d in DIMENSIONS}
            weakest = min(means, key=lambda d: means[d] if np.isfinite(means[d]) else np.inf)
        rows.append({"cluster": c + 1, "eenheden": int(sel.sum()), "gewicht": float(ws.sum()),
                     "afw_laatst": float(weighted_mean(np.zeros(int(sel.sum()), dtype=np.int64), 1, np.maximum(ws, 1e-12),
                                                      afw_last[sel])[0]),
                     "k_laatst": int(cls[-1]), "metingen_onder_druk": int(((cls > 0) & (cls <= rules.max_class)).sum()),
                     "aaneengesloten_tot_laatst": run, "zwakste_dimensie": weakest})
    return label, pd.DataFrame(rows)


def cluster_codes(labels, code_columns):
    """{column: {cluster label: 'codes'}} for the code fields a cluster touches."""
    return {name: codes_per_label(labels, codes) for name, codes in code_columns.items()}
