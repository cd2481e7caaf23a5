"""Figures per gemeente and measurement year, for all gemeenten at once: weighted means of a measure and the weight
(households, dwellings, residents, or areas) per class group. The annexes' development chart, their households per
class group and the overview of a set of gemeenten read these.

One pass per year over all areas (numpy bincount on the gemeente's index), never one per gemeente.
"""
import numpy as np

from .aggregate import weighted_mean
from .schema import DIMENSIONS

# Three class groups, as the annex's stacked bars show them (the reports: "onvoldoende of lager", "zwak", and the rest).
GROUPS3 = {"w13": (1, 3), "w4": (4, 4), "w59": (5, 9)}
GROUP3_NAMES = {"w13": "onvoldoende of lager", "w4": "zwak", "w59": "voldoende of hoger"}
# The colours of the groups: a class colour of the release's palette each (classes 2, 4 and 8).
GROUP3_PALETTE_CLASS = {"w13": 2, "w4": 4, "w59": 8}


def zone_index(codes):
    """(sorted distinct codes, index of each unit's code in them, −1 for units without a code)."""
    codes = np.asarray(codes, dtype=object)
    present = np.array([c is not None and c == c and c != "" for c in codes], dtype=bool)
    names = sorted({str(c) for c in codes[present]})
    lookup = {c: i for i, c in enumerate(names)}
    idx = np.full(len(codes), -1, dtype=np.int64)
    idx[present] = [lookup[str(c)] for c in codes[present]]
    return names, idx


def measure_values(data, release, measure, year):
    """The units' values of `measure` in `year` (afw also from lbm or the dimensions), or None."""
    return data.afw(year, release.constant_c) if measure == "afw" else data.get(measure, year)


def means(data, release, zone, n_zones, weights, years, measure="afw"):
    """(n_zones × years) weighted means of `measure`; NaN where a zone has no weighted unit with a value."""
    out = np.full((n_zones, len(years)), np.nan)
    w = np.nan_to_num(np.asarray(weights, dtype=float))
    for j, y in enumerate(years):
        v = measure_values(data, release, measure, y)
        if v is not None:
            out[:, j] = weighted_mean(zone, n_zones, w, v)
    return out


def dimension_years(data, years):
    """The years among `years` in which the layer has all five dimension scores (none in 2002, 2008, 2012 and
    2016 of the open data)."""
    return [y for y in years if data.dims_present(y)]


def group_weights(classes_by_year, zone, n_zones, weights, groups=GROUPS3):
    """{group: (n_zones × years)} of the weight of units whose class falls in each group; units without a class (0)
    count in none. `classes_by_year`: a list of class arrays, one per year."""
    w = np.nan_to_num(np.asarray(weights, dtype=float))
    inside = zone >= 0
    out = {g: np.zeros((n_zones, len(classes_by_year))) for g in groups}
    for j, k in enumerate(classes_by_year):
        for g, (lo, hi) in groups.items():
            m = inside & (k >= lo) & (k <= hi)
            out[g][:, j] = np.bincount(zone[m], weights=w[m], minlength=n_zones)
    return out


def all_measures(data, release, zone, n_zones, weights, years):
    """{measure: (n_zones × years)} for afw and the five dimensions (dimensions only where the layer has them)."""
    out = {"afw": means(data, release, zone, n_zones, weights, years, "afw")}
    for d in DIMENSIONS:
        if any(data.get(d, y) is not None for y in years):
            out[d] = means(data, release, zone, n_zones, weights, years, d)
    return out
