"""3. Leefbaarheid structureel onder druk: contiguous clusters of units that stay weak (the reports' annex 2)."""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..classify import unit_classes
from ..errors import LbmInputError
from ..i18n import tr
from ..names import AFW_LAST
from ..names import CLASS_LAST
from ..names import CLUSTER
from ..names import RUN_TO_LAST
from ..names import UNITS
from ..names import WEAKEST_DIMENSION
from ..names import WEIGHT
from ..names import YEARS_UNDER_PRESSURE
from ..neighbours import codes_per_label
from ..neighbours import components
from ..schema import DIMENSIONS
from .common import mean_of
from .common import weakest_dimension
from .common import weights_or_ones


@dataclass(frozen=True)
class PressureRules:
    """The criteria of 'structureel onder druk': the one place their defaults live (the pressure tool's parameters,
    its help and the annexes all take them from here)."""

    max_class: int = 3  # severity: onvoldoende or lower
    min_years: int = 3  # duration: in at least this many …
    last_years: int = 4  # … of the last measurements
    min_weight: float = 100.0  # size: dwellings in the cluster (households where the annex weighs by them)
    # Size without dwellings or households: units in the cluster. A count of dwellings cannot be turned into a count of
    # areas (100 dwellings are one buurt or ten cells), so by default no size criterion applies then, and that is said.
    min_units: int = 1

    def size_minimum(self, weighted):
        """The size a cluster needs: dwellings (households) when the units are weighted, else units."""
        return self.min_weight if weighted else self.min_units

    def size_criterion(self, weight):
        """The size criterion for the output's `criteria`: {key: value}. Without a dwellings field the minimum counts
        units (min_units): that is said, never silently."""
        if weight:
            return {"min_dwellings": f"{self.min_weight:g}", "weight": weight}
        return {"min_units": tr("{n} (no dwellings field: units counted instead of dwellings; min_dwellings={d:g} "
                                "needs the dwellings field)").format(n=self.min_units, d=self.min_weight)}


def pressure(data, release, years, pairs, weights, rules=None):
    """Clusters of contiguous units under pressure. Returns (cluster label per unit, −1 none; table per cluster).
    `weights` None: no dwellings or households, every unit counts one and the size minimum is `rules.min_units`."""
    rules = rules or PressureRules()
    years = sorted(years)[-rules.last_years:]
    if len(years) < rules.min_years:
        raise LbmInputError(tr("duration needs {min_years} measurements; only {n_years} chosen").format(min_years=rules.min_years,
                               n_years=len(years)))
    k = np.column_stack([unit_classes(data, release, y) for y in years])
    severe = (k > 0) & (k <= rules.max_class)
    qualifies = severe.sum(axis=1) >= rules.min_years
    w = weights_or_ones(weights, data.n)
    raw = components(data.n, pairs, qualifies)
    label = np.full(data.n, -1, dtype=np.int64)
    keep = np.array([], dtype=np.int64)
    if (raw >= 0).any():
        size = np.bincount(raw[raw >= 0], weights=w[raw >= 0])
        keep = np.flatnonzero(size >= rules.size_minimum(weights is not None))
        relabel = np.full(len(size), -1)
        relabel[keep] = np.arange(len(keep))
        label[raw >= 0] = relabel[raw[raw >= 0]]
    rows = []
    dims_year = max((y for y in data.years() if data.dims_present(y)), default=None)
    means_w = np.maximum(w, 1e-12)  # a cluster of units without dwellings still has a mean
    for c in range(len(keep)):
        sel = label == c
        mean_by_year = np.array([mean_of(data.afw(y, release.constant_c), means_w, sel) for y in years])
        cls = release.total_class(mean_by_year)
        run = 0
        for kk in cls[::-1]:
            if 0 < kk <= rules.max_class:
                run += 1
            else:
                break
        weakest = None
        if dims_year is not None:
            weakest = weakest_dimension([mean_of(data.get(d, dims_year), means_w, sel) for d in DIMENSIONS])[0]
        rows.append({CLUSTER: c + 1, UNITS: int(sel.sum()), WEIGHT: float(w[sel].sum()), AFW_LAST: float(mean_by_year[-1]),
                     CLASS_LAST: int(cls[-1]), YEARS_UNDER_PRESSURE: int(((cls > 0) & (cls <= rules.max_class)).sum()),
                     RUN_TO_LAST: run, WEAKEST_DIMENSION: weakest})
    return label, pd.DataFrame(rows)


def cluster_codes(labels, code_columns):
    """{column: {cluster label: 'codes'}} for the code fields a cluster touches."""
    return {name: codes_per_label(labels, codes) for name, codes in code_columns.items()}
