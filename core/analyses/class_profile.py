"""5. Livability against another indicator: its weighted mean per class and class group, the ratio of the worst and
the best group, and the rank correlation with afw."""
import numpy as np
import pandas as pd

from ..aggregate import CLASS_GROUPS
from ..stats import spearman


def class_profile(k, afw, indicator, weights=None, groups=None):
    """Per (group, class or class group): weighted mean of the indicator; the ratio worst/best group
    (1–3 against 7–9, the reports' "factor 3.5") and the rank correlation of afw and the indicator."""
    w = np.ones(len(k)) if weights is None else np.nan_to_num(np.asarray(weights, dtype=float))
    ind = np.asarray(indicator, dtype=float)
    rows, summary_rows = [], []
    sets = [("alle", np.ones(len(k), dtype=bool))]
    if groups is not None:
        sets += [(g, np.asarray(groups, dtype=object) == g) for g in sorted({g for g in groups if g is not None})]
    for g, sel in sets:
        means = {}
        bins = [(f"k{c}", c, c) for c in range(1, 10)] + [(name, lo, hi) for name, (lo, hi) in CLASS_GROUPS.items()]
        for name, lo, hi in bins:
            s = sel & (k >= lo) & (k <= hi) & np.isfinite(ind)
            wsum = w[s].sum()
            mean = float((w[s] * ind[s]).sum() / wsum) if wsum > 0 else np.nan
            means[name] = mean
            rows.append({"groep": g, "klasse": name, "eenheden": int(s.sum()), "gewicht": float(wsum), "indicator_gem": mean})
        ratio = (means["w13"] / means["w79"] if np.isfinite(means["w13"]) and means["w79"] not in (0, np.nan)
                 and np.isfinite(means["w79"]) else np.nan)
        summary_rows.append({"groep": g, "verhouding_13_79": ratio, "spearman_afw": spearman(np.asarray(afw)[sel], ind[sel])})
    return pd.DataFrame(rows), pd.DataFrame(summary_rows)
