"""Change between measurements: differences, change classes, class transitions, and the driving dimension."""
import numpy as np

from .errors import LbmInputError
from .i18n import tr
from .i18n import tr_noop
from .names import change_class_field
from .names import change_field
from .names import driver_fields
from .names import transition_field
from .release import classify
from .schema import DIMENSIONS
from .years import check_year_order
from .years import year_pair

MODES = ("pair", "consecutive", "base")
# What change writes per pair: differences d{m}, change classes kd{m}, the class transition tr, the driver drv/drvsh.
PARTS = ("differences", "classes", "transitions", "drivers")
PART_NAMES = {"differences": tr_noop("Differences (d…)"), "classes": tr_noop("Change classes (kd…)"),
              "transitions": tr_noop("Class transitions (tr_…)"), "drivers": tr_noop("Driving dimension (drv_…, drvsh_…)")}
# tr_ labels by from-class × 10 + to-class ("4→6"); class 0 (no score) gives NULL.
_TRANSITIONS = np.array([f"{a}→{b}" if a and b else None for a in range(10) for b in range(10)], dtype=object)
MODE_NAMES = {"pair": tr_noop("One pair of years"), "consecutive": tr_noop("Every consecutive pair"),
              "base": tr_noop("Base year against every later year")}


def year_pairs(years, mode, year_from=None, year_to=None):
    """The (from, to) pairs to compute. Defaults: the layer's last measurement (or `year_to`) and the one before it;
    base = the first year."""
    years = sorted(years)
    if len(years) < 2:
        raise LbmInputError(tr("change needs at least two years; the layer has {years}").format(years=', '.join(map(str, years)) or '-'))
    for y in (year_from, year_to):
        if y is not None and y not in years:
            raise LbmInputError(tr("year {y} is not in the layer; it has {years}").format(y=y, years=', '.join(map(str, years))))
    if mode == "consecutive":
        return list(zip(years[:-1], years[1:]))
    if mode == "base":
        base = year_from if year_from is not None else years[0]
        if year_to is not None:
            check_year_order(base, year_to, tr_noop("base year"), tr_noop("last year to compare"))
        later = [y for y in years if y > base and (year_to is None or y <= year_to)]
        if not later:
            raise LbmInputError(tr("the base year {base} is the last year of the layer: there is no later year to compare").format(
                                   base=base))
        return [(base, y) for y in later]
    return [year_pair(years, year_from, year_to, tr_noop("first year"), tr_noop("second year"))]


def change_columns(data, release, pairs, thresholds=None, parts=PARTS, with_lbm=False):
    """{field: array} with d{m}_{a}_{b}, kd{m}_{a}_{b}, tr_{a}_{b}, drv_{a}_{b}, drvsh_{a}_{b} for every pair,
    of the `parts` asked for.

    Dimension changes are NaN (NULL) where either year has no dimension scores, never zero. The change in lbm
    equals the change in afw within one release (lbm = C + afw), so it is written only `with_lbm`.
    """
    cuts = release.change_cutpoints if thresholds is None else np.asarray(thresholds, dtype=float)
    out = {}
    nan = np.full(data.n, np.nan)
    for a, b in pairs:
        afw_a, afw_b = data.afw(a, release.constant_c), data.afw(b, release.constant_c)
        if afw_a is None or afw_b is None:
            raise LbmInputError(tr("no total score for {a}").format(a=a if afw_a is None else b))
        measures = {"afw": (afw_a, afw_b)}
        if with_lbm and data.get("lbm", a) is not None and data.get("lbm", b) is not None:
            measures["lbm"] = (data.get("lbm", a), data.get("lbm", b))
        for d in DIMENSIONS:
            va, vb = data.get(d, a), data.get(d, b)
            measures[d] = (nan if va is None else va, nan if vb is None else vb)
        deltas = {}
        for m in ("lbm", "afw") + DIMENSIONS:
            if m not in measures:
                continue
            va, vb = measures[m]
            deltas[m] = vb - va
            if "differences" in parts:
                out[change_field(m, a, b)] = deltas[m]
            if "classes" in parts:
                out[change_class_field(m, a, b)] = classify(deltas[m], cuts)
        if "transitions" in parts:
            ka, kb = release.total_class(afw_a), release.total_class(afw_b)
            out[transition_field(a, b)] = _TRANSITIONS[ka.astype(np.int64) * 10 + kb]
        if "drivers" in parts:
            driver, share = driver_fields(a, b)
            out[driver], out[share] = driving_dimension(
                np.column_stack([deltas[d] for d in DIMENSIONS]), deltas["afw"])
    return out


def driving_dimension(ddims, dafw):
    """The dimension that contributed most to the change, in its direction, and its share of the change.

    share = Δdimension / Δafw: 1.0 means this dimension alone made the change; above 1, the others partly undid it.
    None / NaN where dimension changes are missing or there is no change.
    """
    n = len(dafw)
    driver = np.full(n, None, dtype=object)
    share = np.full(n, np.nan)
    ok = np.isfinite(ddims).all(axis=1) & np.isfinite(dafw) & (dafw != 0)
    if ok.any():
        contribution = ddims[ok] * np.sign(dafw[ok])[:, None]
        idx = np.argmax(contribution, axis=1)
        driver[ok] = np.array(DIMENSIONS, dtype=object)[idx]
        share[ok] = ddims[ok][np.arange(ok.sum()), idx] / dafw[ok]
    return driver, share
