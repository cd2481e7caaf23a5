"""5. Livability against another indicator: its weighted mean per class and class group, the ratio of the worst and
the best group, and the rank correlation with afw."""
import numpy as np
import pandas as pd

from ..classify import CLASS_GROUPS
from ..names import GROUP
from ..names import UNITS
from ..names import WEIGHT
from ..stats import spearman
from .common import group_sets
from .common import mean_of
from .common import weights_or_ones


def class_profile(k, afw, indicator, weights=None, groups=None):
    """Per (group, class or class group): weighted mean of the indicator; the ratio worst/best group
    (1–3 against 7–9, the reports' "factor 3.5") and the rank correlation of afw and the indicator."""
    w = weights_or_ones(weights, len(k))
    ind = np.asarray(indicator, dtype=float)
    rows, summary_rows = [], []
    bins = [(f"k{c}", c, c) for c in range(1, 10)] + [(name, lo, hi) for name, (lo, hi) in CLASS_GROUPS.items()]
    for g, sel in group_sets(groups, len(k)):
        means = {}
        for name, lo, hi in bins:
            s = sel & (k >= lo) & (k <= hi) & np.isfinite(ind)
            wsum = w[s].sum()
            means[name] = mean_of(ind, w, s) if wsum > 0 else np.nan
            rows.append({GROUP: g, "klasse": name, UNITS: int(s.sum()), WEIGHT: float(wsum), "indicator_gem": means[name]})
        ratio = (means["w13"] / means["w79"] if np.isfinite(means["w13"]) and np.isfinite(means["w79"]) and means["w79"] != 0
                 else np.nan)
        summary_rows.append({GROUP: g, "verhouding_13_79": ratio, "spearman_afw": spearman(np.asarray(afw)[sel], ind[sel])})
    return pd.DataFrame(rows), pd.DataFrame(summary_rows)
