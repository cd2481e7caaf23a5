"""1. The national (or regional) picture: per group and year the weighted means, and the weight per class and
class group, with its change since the previous year."""
import numpy as np
import pandas as pd

from ..classify import CLASS_GROUPS
from ..classify import class_totals
from ..classify import group_totals
from ..classify import unit_classes
from ..names import GROUP
from ..names import UNITS
from ..schema import MEASURES
from .common import group_sets
from .common import mean_of
from .common import measure_values
from .common import require_years


def summary(data, release, years, weights, groups=None):
    """Rows per (group, year): weighted means of total and dimensions (first weight), and per weight the total,
    per class and per class group, with the change of those since the previous year in the table."""
    require_years(data, *years)
    names = list(weights) or [UNITS]
    wts = {k: np.asarray(v, dtype=float) for k, v in weights.items()} or {UNITS: np.ones(data.n)}
    rows = []
    for g, sel in group_sets(groups, data.n):
        for y in years:
            row = {GROUP: g, "jaar": y, UNITS: int(sel.sum())}
            for m in MEASURES[1:]:
                v = measure_values(data, release, m, y)
                if v is not None and np.isfinite(v[sel]).any():
                    row[f"{m}_gem"] = mean_of(v, wts[names[0]], sel)
            if "afw_gem" in row:
                row["lbm_gem"] = row["afw_gem"] + release.constant_c
            k = unit_classes(data, release, y)
            for name in names:
                per = class_totals(k, wts[name], sel)
                row[f"{name}_totaal"] = float(per[1:].sum())
                for c in range(1, 10):
                    row[f"{name}_k{c}"] = float(per[c])
                for grp, total in group_totals(per).items():
                    row[f"{name}_{grp}"] = float(total)
            rows.append(row)
    df = pd.DataFrame(rows)
    for name in names:
        for grp in CLASS_GROUPS:
            df[f"{name}_{grp}_verschil"] = df.groupby(GROUP)[f"{name}_{grp}"].diff()
    return df
