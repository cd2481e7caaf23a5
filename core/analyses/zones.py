"""6. Zones against the rest, and the ring around them: weighted means per year and measure, their differences and
trend (the reports' "waterbed effect")."""
import numpy as np
import pandas as pd

from ..aggregate import weighted_mean
from ..schema import DIMENSIONS
from .common import measure_values
from .common import weights_or_ones


def compare_zones(data, release, years, where, weights=None):
    """Per year and measure: weighted mean inside the zones, in the ring, and in the rest; differences and trend.

    `where`: per unit 'zone', 'ring' or 'rest'.
    """
    w = weights_or_ones(weights, data.n)
    part = np.select([where == "zone", where == "ring", where == "rest"], [0, 1, 2], -1)
    rows = []
    for y in years:
        for m in ("afw",) + DIMENSIONS:
            v = measure_values(data, release, m, y)
            if v is None or not np.isfinite(v).any():
                continue
            means = weighted_mean(part, 3, w, v)
            rows.append({"jaar": y, "maat": m, "zone": means[0], "ring": means[1], "rest": means[2],
                         "zone_min_rest": means[0] - means[2], "ring_min_rest": means[1] - means[2]})
    df = pd.DataFrame(rows)
    if not df.empty:
        first = df.groupby("maat")[["zone_min_rest", "ring_min_rest"]].transform("first")
        df["trend_zone_min_rest"] = df.zone_min_rest - first.zone_min_rest
        df["trend_ring_min_rest"] = df.ring_min_rest - first.ring_min_rest
    return df
