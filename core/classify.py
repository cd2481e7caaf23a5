"""Classes 1–9: the release's official classes, and quantile, equal-interval, natural-breaks and user breaks.

Official: the total score (`kscore`) by the release's total cut-points on afw; the dimensions (`kfys` …) and
the deviation (`kafw`) by the symmetric dimension cut-points. Other schemes compute breaks per measure,
pooled over all years by default so that maps of different years compare.
"""
import re

import numpy as np

from .errors import LbmInputError
from .release import classify
from .schema import DIMENSIONS

SCHEMES = ("official", "quantile", "equal", "jenks", "user")
SCHEME_NAMES = {
    "official": "Official classes of the release",
    "quantile": "Quantiles (equal counts)",
    "equal": "Equal intervals",
    "jenks": "Natural breaks (Jenks)",
    "user": "User breaks",
}
CLASS_FIELD = {"total": "kscore", "afw": "kafw", **{d: f"k{d}" for d in DIMENSIONS}}
JENKS_SAMPLE = 2000  # natural breaks are computed on this many evenly spaced order statistics


def quantile_breaks(values, k=9):
    v = _finite(values)
    return np.quantile(v, np.arange(1, k) / k) if len(v) else np.array([])


def equal_breaks(values, k=9):
    v = _finite(values)
    if not len(v):
        return np.array([])
    return np.linspace(v.min(), v.max(), k + 1)[1:-1]


def jenks_breaks(values, k=9):
    """Natural breaks (Fisher–Jenks, exact on at most JENKS_SAMPLE evenly spaced order statistics)."""
    v = np.sort(_finite(values))
    if len(v) == 0:
        return np.array([])
    if len(v) > JENKS_SAMPLE:
        v = v[np.linspace(0, len(v) - 1, JENKS_SAMPLE).round().astype(int)]
    n = len(v)
    k = min(k, len(np.unique(v)))
    if k < 2:
        return np.array([])
    # cost[i, j]: sum of squared deviations of v[i..j] (inclusive), from prefix sums.
    s1 = np.concatenate([[0.0], np.cumsum(v)])
    s2 = np.concatenate([[0.0], np.cumsum(v * v)])
    i = np.arange(n)[:, None]
    j = np.arange(n)[None, :]
    cnt = (j - i + 1).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        cost = (s2[j + 1] - s2[i]) - (s1[j + 1] - s1[i]) ** 2 / cnt
    cost[j < i] = np.inf
    best = cost[0].copy()  # best[j]: one class over v[0..j]
    back = np.zeros((k, n), dtype=int)
    for c in range(1, k):
        # new[j] = min over i of best[i-1] + cost[i, j], for i >= c
        total = best[:-1, None] + cost[1:, :]
        total[: c - 1, :] = np.inf
        arg = np.argmin(total, axis=0)
        best = total[arg, np.arange(n)]
        back[c] = arg + 1  # first index of the last class
    cuts, j = [], n - 1
    for c in range(k - 1, 0, -1):
        start = back[c, j]
        cuts.append((v[start - 1] + v[start]) / 2.0)
        j = start - 1
    return np.array(sorted(cuts))


def _break_tokens(text):
    """The numbers of a breaks text, in either notation: `-0.1; 0; 0.1`, `-0.1 0 0.1`, `-0.1, 0, 0.1` (decimal
    points) or `-0,1; 0; 0,1`, `-0,1 0 0,1` (decimal commas)."""
    text = text.strip()
    if ";" in text:  # semicolons (and spaces) separate: commas are decimal commas
        return [t.replace(",", ".") for t in re.split(r"[;\s]+", text) if t]
    if "." in text:  # decimal points: commas can only separate
        return re.split(r"[,\s]+", text.strip(", "))
    tokens = text.split()
    ambiguous = [t for t in tokens if t.count(",") > 1 or (len(tokens) == 1 and "," in t)]
    if ambiguous:
        raise LbmInputError(f"user breaks '{text}': the commas could be decimal commas or separators. Separate the "
                            "breaks with semicolons or spaces, e.g. '-0,1; 0; 0,1' or '-0.1 0 0.1'")
    return [t.replace(",", ".") for t in tokens]


def parse_user_breaks(text):
    """Increasing breaks from a text in either notation (see _break_tokens); a message naming what is wrong."""
    tokens = _break_tokens(text or "")
    bad = [t for t in tokens if not _is_number(t)]
    if bad:
        raise LbmInputError(f"user breaks must be numbers separated by semicolons or spaces, e.g. '-0.2; -0.1; 0; 0.1' "
                            f"or '-0,2 -0,1 0 0,1'; not numbers: {', '.join(repr(t) for t in bad[:5])}")
    breaks = [float(t) for t in tokens]
    if not breaks or len(breaks) > 8:
        raise LbmInputError(f"give 1 to 8 user breaks (for at most 9 classes); got {len(breaks)}")
    if np.any(np.diff(breaks) <= 0):
        raise LbmInputError(f"user breaks must increase: {', '.join(f'{b:g}' for b in breaks)}")
    return np.array(breaks)


def _is_number(token):
    try:
        return np.isfinite(float(token))
    except ValueError:
        return False


def _finite(values):
    v = np.asarray(values, dtype=float).ravel()
    return v[np.isfinite(v)]


def scheme_breaks(scheme, values, user_breaks=None):
    if scheme == "quantile":
        return quantile_breaks(values)
    if scheme == "equal":
        return equal_breaks(values)
    if scheme == "jenks":
        return jenks_breaks(values)
    if scheme == "user":
        return np.asarray(user_breaks, dtype=float)
    raise LbmInputError(f"unknown scheme '{scheme}'; choose one of {', '.join(SCHEMES)}")


def classes_with_breaks(values, breaks):
    """Classes 1..len(breaks)+1 (0 = no value). Breaks that coincide (all-equal data) are merged."""
    breaks = np.unique(np.asarray(breaks, dtype=float))
    return classify(values, breaks)


def classify_scores(data, release, scheme="official", targets=("total", "afw") + DIMENSIONS, years=None,
                    pooled=True, user_breaks=None):
    """{output field: int8 classes} for each target and year, and {target: breaks used} for the log.

    target 'total' -> kscore_{year} (from afw, or lbm − C); 'afw' -> kafw_{year} (official scheme only);
    a dimension -> k{dim}_{year} (years without dimension scores are skipped).
    """
    years = years or data.score_years()
    out, used = {}, {}
    for target in targets:
        if target == "afw" and scheme != "official":
            continue  # the deviation class is defined by the official dimension cut-points only
        series = {}
        for y in years:
            v = data.afw(y, release.constant_c) if target in ("total", "afw") else data.get(target, y)
            if v is not None and (target in ("total", "afw") or np.isfinite(v).any()):
                series[y] = v
        if not series:
            continue
        if scheme == "official":
            cuts = release.total_cutpoints_afw if target == "total" else release.dimension_cutpoints
            breaks_of = {y: cuts for y in series}
        elif pooled:
            b = scheme_breaks(scheme, np.concatenate(list(series.values())), user_breaks)
            breaks_of = {y: b for y in series}
        else:
            breaks_of = {y: scheme_breaks(scheme, v, user_breaks) for y, v in series.items()}
        for y, v in series.items():
            out[f"{CLASS_FIELD[target]}_{y}"] = classes_with_breaks(v, breaks_of[y])
        used[target] = {y: np.unique(np.asarray(b, dtype=float)).tolist() for y, b in breaks_of.items()}
    return out, used
