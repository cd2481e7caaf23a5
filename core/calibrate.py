"""Deriving class cut-points from data that carries both scores and official classes.

Cut-point k|k+1 = midpoint of the gap between the highest score in class k and the lowest in class k+1.
A negative gap means the classes overlap (not monotone in the score): reported, never hidden.
"""
from dataclasses import dataclass

import numpy as np

from .errors import LbmInputError
from .i18n import tr
from .release import classify


@dataclass
class Boundary:
    lower_class: int
    cut: float
    gap: float  # lowest of class k+1 minus highest of class k; < 0 is an overlap
    from_data: bool  # False: a class is empty and the base profile's cut-point was kept


@dataclass
class Calibration:
    cuts: np.ndarray
    boundaries: list
    n: int
    agreement: float  # share of units whose class the new cut-points reproduce
    disagreements: np.ndarray  # indices of the units they do not

    def overlaps(self):
        return [b for b in self.boundaries if b.from_data and b.gap < 0]


def calibrate(values, classes, base_cuts):
    """Cut-points (8) from scores and official classes 1–9; empty classes keep `base_cuts`."""
    values = np.asarray(values, dtype=float)
    classes = np.asarray(classes, dtype=float)
    ok = np.isfinite(values) & np.isfinite(classes) & (classes >= 1) & (classes <= 9)
    v, c = values[ok], classes[ok].astype(int)
    if len(v) == 0:
        raise LbmInputError(tr("no unit has both a score and a class 1–9 to calibrate on"))
    hi = np.full(10, -np.inf)
    lo = np.full(10, np.inf)
    np.maximum.at(hi, c, v)
    np.minimum.at(lo, c, v)
    boundaries = []
    for k in range(1, 9):
        if np.isfinite(hi[k]) and np.isfinite(lo[k + 1]):
            boundaries.append(Boundary(k, (hi[k] + lo[k + 1]) / 2.0, lo[k + 1] - hi[k], True))
        else:
            boundaries.append(Boundary(k, float(base_cuts[k - 1]), float("nan"), False))
    cuts = np.array([b.cut for b in boundaries])
    if np.any(np.diff(cuts) <= 0):
        raise LbmInputError(
            tr("the derived cut-points are not increasing (classes overlap too much, or empty classes sit between kept and derived "
               "cut-points): {cuts}").format(cuts=', '.join(f'{x:.4f}' for x in cuts))
        )
    got = classify(v, cuts)
    bad = np.flatnonzero(ok)[got != c]
    return Calibration(cuts, boundaries, int(len(v)), float((got == c).mean()), bad)
