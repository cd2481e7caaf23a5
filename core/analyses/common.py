"""What the analyses share, written once: the criteria line of an output, the check that the chosen years are in the
layer, weights (or every unit once), the sets of units per group, the weighted mean of a selection, the values of a
measure in a year and the weakest dimension. The unit's class and the class groups are in core/classify.py
(`unit_classes`, `CLASS_GROUPS`, `class_totals`, `group_totals`): the aggregation and the annexes use them too.
"""
import numpy as np

from ..aggregate import weighted_mean
from ..errors import LbmInputError
from ..i18n import tr
from ..names import ALL
from ..schema import DIMENSIONS


def criteria_text(**params):
    """The criteria an output used, as one line (`key=value; …`) for its `criteria` field and log."""
    return "; ".join(f"{k}={v}" for k, v in params.items())


def require_years(data, *years):
    have = data.score_years()
    missing = [y for y in years if y not in have]
    if missing:
        raise LbmInputError(tr("year(s) {missing} not in the layer; it has {have}").format(missing=', '.join(map(str, missing)),
                               have=', '.join(map(str, have))))


def weights_or_ones(weights, n):
    """The weights as floats (NULL as 0), or 1 for every unit when there are none."""
    return np.ones(n) if weights is None else np.nan_to_num(np.asarray(weights, dtype=float))


def group_sets(groups, n):
    """[(group, boolean selection)]: ALL ('alle', every unit) first, then each group in sorted order (None is no
    group). `groups` None: ALL only."""
    sets = [(ALL, np.ones(n, dtype=bool))]
    if groups is not None:
        codes = np.asarray(groups, dtype=object)
        keys = sorted({g for g in codes if g is not None})
        # One look-up per unit, then integer comparisons: comparing objects once per group took seconds nationally.
        position = {g: i for i, g in enumerate(keys)}
        index = np.fromiter((position.get(g, -1) if g is not None else -1 for g in codes), dtype=np.int64, count=len(codes))
        sets += [(g, index == i) for i, g in enumerate(keys)]
    return sets


def mean_of(values, weights, sel=None):
    """The weighted mean of `values` over the units `sel` (default all) that have a value: Σ w·v / Σ w; NaN when
    none has one, or their weights sum to 0."""
    v, w = np.asarray(values, dtype=float), np.asarray(weights, dtype=float)
    if sel is not None:
        v, w = v[sel], w[sel]
    return float(weighted_mean(np.zeros(len(v), dtype=np.int64), 1, w, v)[0])


def measure_values(data, release, measure, year):
    """The values of a measure in a year: afw from the field, lbm − C or Σ dimensions; others from their field;
    None when the layer lacks them."""
    return data.afw(year, release.constant_c) if measure == "afw" else data.get(measure, year)


def weakest_dimension(values):
    """Per row of `values` (units or clusters × the five DIMENSIONS) the dimension with the lowest value, NaN left
    out (a row without any value gets the first)."""
    v = np.atleast_2d(np.asarray(values, dtype=float))
    return np.array(DIMENSIONS, dtype=object)[np.argmin(np.where(np.isfinite(v), v, np.inf), axis=1)]
