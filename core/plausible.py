"""Which score values are plausible: finite, and inside a range no real Leefbaarometer value comes near.

The published data (national 100 m grid, PC4, buurten, wijken, gemeenten 2002–2024) lie within: lbm 1.9 … 4.9,
afw −2.3 … 0.9, dimensions −0.6 … 0.7. The ranges below are several times wider, so no real value is refused, but
a typing error (1e308, 999, a dwelling count in a score column) or inf is refused before it spreads into classes,
breaks and means. Classes are whole numbers 1–9.
"""
import numpy as np

from .errors import LbmInputError
from .i18n import tr
from .schema import CLASS_MEASURES
from .schema import DIMENSIONS

SCORE_LIMIT = 10.0  # |afw| and |dimension| above this are no Leefbaarometer score
LBM_RANGE = (0.0, 20.0)  # lbm = C + afw with C ≈ 4.1
CLASS_RANGE = (1, 9)
_SHOW = 5


def plausible_range(measure):
    """(low, high) of a plausible value of `measure` (lbm, afw, fys …, kscore …)."""
    if measure in CLASS_MEASURES:
        return CLASS_RANGE
    if measure == "lbm":
        return LBM_RANGE
    return (-SCORE_LIMIT, SCORE_LIMIT)


def implausible(measure, values):
    """Mask of the values that are neither missing (NaN) nor plausible (inf, −inf, outside the range)."""
    v = np.asarray(values, dtype=float)
    low, high = plausible_range(measure)
    with np.errstate(invalid="ignore"):
        return ~np.isnan(v) & ~((v >= low) & (v <= high))


def range_text(measure):
    low, high = plausible_range(measure)
    return f"{low:g} and {high:g}"


def check_plausible(measure, values, where, first_line=None):
    """An error naming `where` (a column or field), how many values are implausible, examples and (with
    `first_line`, the line of the first value) the lines they are on."""
    bad = implausible(measure, values)
    if not bad.any():
        return
    v = np.asarray(values, dtype=float)
    examples = ", ".join(f"{x:g}" for x in v[bad][:_SHOW])
    lines = ""
    if first_line is not None:
        lines = f" (line {', '.join(str(i + first_line) for i in np.flatnonzero(bad)[:_SHOW])})"
    raise LbmInputError(
        tr("{where} has {bad} value(s) that are no {measure} score: {examples}{lines}. Values of {measure} lie between "
           "{range_text}; correct those cells or leave them empty.").format(where=where, bad=int(bad.sum()), measure=measure,
           examples=examples, lines=lines, range_text=range_text(measure))
    )


# lbm = C + afw holds to 1e-11 in the published files; 0.001 leaves room for files rounded to three decimals.
LBM_TOLERANCE = 0.001


def release_problems(values, release, tolerance=LBM_TOLERANCE):
    """Rows whose scores the release does not allow, and why: ({measure: mask}, {measure: reason text}).

    afw and the dimension scores outside the release's plausible ranges, and lbm that is not the release's
    C + afw (beyond `tolerance`). `values`: {measure: float array}, NaN = missing (not judged)."""
    masks, reasons = {}, {}
    ranges = {"afw": release.plausible_afw, **{d: release.plausible_dimension for d in DIMENSIONS}}
    with np.errstate(invalid="ignore"):
        for measure, (low, high) in ranges.items():
            if measure in values:
                v = np.asarray(values[measure], dtype=float)
                masks[measure] = (v < low) | (v > high)
                reasons[measure] = tr("{measure} outside {low:g} … {high:g}").format(measure=measure, low=low, high=high)
        if "lbm" in values and "afw" in values:
            diff = np.asarray(values["lbm"], dtype=float) - release.constant_c - np.asarray(values["afw"], dtype=float)
            masks["lbm"] = np.abs(diff) > tolerance
            reasons["lbm"] = tr("lbm ≠ C + afw (C = {c})").format(c=release.constant_c)
    return masks, reasons
