"""From fine units (grid cells, buurten) to zones: weighted means, recomputed classes, weight per class."""
import numpy as np
import pandas as pd

from .classify import group_totals
from .classify import unit_classes
from .schema import DIMENSIONS
from .schema import MEASURES


def weighted_mean(zone, n_zones, weights, values):
    """Σ w·v / Σ w per zone over units with a value; NaN for zones without any."""
    ok = np.isfinite(values) & (zone >= 0)
    num = np.bincount(zone[ok], weights=weights[ok] * values[ok], minlength=n_zones)
    den = np.bincount(zone[ok], weights=weights[ok], minlength=n_zones)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)


def aggregate(data, zone, n_zones, weights, release, years=None):
    """{field: array per zone}: n_units, weight, {m}_{year} means, recomputed classes, weight per class and group.

    Unit classes for the weights per class are the units' official `kscore_{year}` where the layer has them,
    else computed from the units' afw with the release.
    """
    zone = np.asarray(zone, dtype=np.int64)
    inside = zone >= 0
    out = {
        "n_units": np.bincount(zone[inside], minlength=n_zones).astype(np.int64),
        "weight": np.bincount(zone[inside], weights=weights[inside], minlength=n_zones),
    }
    years = years or data.score_years()
    for y in years:
        for m in MEASURES:
            v = data.get(m, y)
            if m == "afw" and v is None:
                v = data.afw(y, release.constant_c)
            if v is not None:
                out[f"{m}_{y}"] = weighted_mean(zone, n_zones, weights, v)
        afw = out.get(f"afw_{y}")
        if afw is None and f"lbm_{y}" in out:
            afw = out[f"lbm_{y}"] - release.constant_c
        if afw is not None:
            out[f"kscore_{y}"] = release.total_class(afw)
            out[f"kafw_{y}"] = release.dimension_class(afw)
        for d in DIMENSIONS:
            if f"{d}_{y}" in out and np.isfinite(out[f"{d}_{y}"]).any():
                out[f"k{d}_{y}"] = release.dimension_class(out[f"{d}_{y}"])
        if data.get("kscore", y) is None and data.afw(y, release.constant_c) is None:
            continue
        unit_class = unit_classes(data, release, y)
        per_class = np.zeros((n_zones, 10))
        ok = inside & (unit_class > 0)
        np.add.at(per_class, (zone[ok], unit_class[ok]), weights[ok])
        for k in range(1, 10):
            out[f"wk{k}_{y}"] = per_class[:, k]
        for name, total in group_totals(per_class).items():
            out[f"{name}_{y}"] = total
    return out


def first_per_zone(zone, n_zones, labels):
    """The first non-empty label of the units of each zone (their zone's name), None where there is none."""
    zone, labels = np.asarray(zone), pd.Series(np.asarray(labels, dtype=object), dtype=object)
    ok = (zone >= 0) & (labels.notna() & (labels != "")).to_numpy()
    first = labels[ok].groupby(zone[ok], sort=False).first()
    out = np.full(n_zones, None, dtype=object)
    out[first.index.to_numpy(dtype=np.int64)] = first.to_numpy()
    return out
