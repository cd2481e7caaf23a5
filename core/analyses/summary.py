"""1. The national (or regional) picture: per group and year the weighted means, and the weight per class and
class group, with its change since the previous year."""
import numpy as np
import pandas as pd

from ..aggregate import CLASS_GROUPS
from ..aggregate import weighted_mean
from ..classify import unit_classes
from ..schema import MEASURES
from .common import require_years


def summary(data, release, years, weights, groups=None):
    """Rows per (group, year): weighted means of total and dimensions (first weight), and per weight the total,
    per class and per class group, with the change of those since the previous year in the table."""
    require_years(data, *years)
    group_codes = np.full(data.n, "alle", dtype=object) if groups is None else np.asarray(groups, dtype=object)
    names = list(weights) or ["eenheden"]
    wts = {k: np.asarray(v, dtype=float) for k, v in weights.items()} or {"eenheden": np.ones(data.n)}
    rows = []
    labels = ["alle"] + (sorted({g for g in group_codes if g is not None}) if groups is not None else [])
    for g in labels:
        sel = np.ones(data.n, dtype=bool) if g == "alle" else (group_codes == g)
        for y in years:
            row = {"groep": g, "jaar": y, "eenheden": int(sel.sum())}
            main = wts[names[0]][sel]
            for m in MEASURES[1:]:
                v = data.get(m, y) if m != "afw" else data.afw(y, release.constant_c)
                if v is not None and np.isfinite(v[sel]).any():
                    row[f"{m}_gem"] = float(weighted_mean(np.zeros(int(sel.sum()), dtype=np.int64), 1, main, v[sel])[0])
            if "afw_gem" in row:
                row["lbm_gem"] = row["afw_gem"] + release.constant_c
            k = unit_classes(data, release, y)[sel]
            for name in names:
                w = wts[name][sel]
                row[f"{name}_totaal"] = float(w[k > 0].sum())
                per = np.bincount(k, weights=w, minlength=10)
                for c in range(1, 10):
                    row[f"{name}_k{c}"] = float(per[c])
                for grp, (lo, hi) in CLASS_GROUPS.items():
                    row[f"{name}_{grp}"] = float(per[lo:hi + 1].sum())
            rows.append(row)
    df = pd.DataFrame(rows)
    for name in names:
        for grp in CLASS_GROUPS:
            df[f"{name}_{grp}_verschil"] = df.groupby("groep")[f"{name}_{grp}"].diff()
    return df
