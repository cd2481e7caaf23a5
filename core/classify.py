"""Classes 1–9: the release's official classes, and quantile, equal-interval, natural-breaks and user breaks.

Official: the total score (`kscore`) by the release's total cut-points on afw; the dimensions (`kfys` …) and
the deviation (`kafw`) by the symmetric dimension cut-points. Other schemes compute breaks per measure,
pooled over all years by default so that maps of different years compare.
"""
import re

import numpy as np

from .errors import LbmInputError
from .i18n import tr
from .i18n import tr_noop
from .release import classify
from .schema import DIMENSIONS

# Natural breaks are exact up to this many values: 200,000 take well under a second (benchmarks/bench_jenks.py),
# enough for every year of the buurten or PC4 pooled; the grid is sampled.
JENKS_EXACT_MAX = 200_000
JENKS_SAMPLE = 2000  # above it, they are computed on this many evenly spaced order statistics
SCHEMES = ("official", "quantile", "equal", "jenks", "user")
SCHEME_NAMES = {
    "official": tr_noop("Official classes of the release"),
    "quantile": tr_noop("Quantiles (equal counts)"),
    "equal": tr_noop("Equal intervals"),
    "jenks": tr_noop("Natural breaks (Fisher–Jenks, exact up to {exact_max:,} values)"),
    "user": tr_noop("User breaks"),
}


def scheme_name(scheme):
    """The scheme's name as the user reads it."""
    return tr(SCHEME_NAMES[scheme]).format(exact_max=JENKS_EXACT_MAX)
CLASS_FIELD = {"total": "kscore", "afw": "kafw", **{d: f"k{d}" for d in DIMENSIONS}}
# The class groups of the reports: (first class, last class) of each, and their Dutch names.
CLASS_GROUPS = {"w13": (1, 3), "w4": (4, 4), "w56": (5, 6), "w79": (7, 9)}
GROUP_NAMES = {"w13": "onvoldoende of lager", "w4": "zwak", "w56": "voldoende t/m ruim voldoende",
               "w79": "goed t/m uitstekend"}


def unit_classes(data, release, year):
    """Total-score classes of the units in a year: their own kscore where present, else from afw (0 = none).

    The one place a unit's class is decided: the analyses, the aggregation and the annexes all ask here."""
    k = data.get("kscore", year)
    if k is not None:
        return np.where(np.isfinite(k), k, 0).astype(np.int64)
    afw = data.afw(year, release.constant_c)
    if afw is None:
        raise LbmInputError(tr("no total score for {year}").format(year=year))
    return release.total_class(afw).astype(np.int64)


def unit_dimension_classes(data, release, dimension, year):
    """Classes 1–9 of a dimension in a year: the units' own k{dimension} where the layer has it (the official WFS
    classes), else from the scores with the release's dimension cut-points (0 = none); None without scores."""
    k = data.get(CLASS_FIELD[dimension], year)
    if k is not None:
        return np.where(np.isfinite(k), k, 0).astype(np.int64)
    score = data.get(dimension, year)
    return None if score is None else release.dimension_class(score).astype(np.int64)


def class_totals(classes, weights, sel=None):
    """The weight per class 1–9 (index 0: units without a class) of the units `sel` (default all): an array of 10."""
    k = np.asarray(classes, dtype=np.int64)
    w = np.asarray(weights, dtype=float)
    if sel is not None:
        k, w = k[sel], w[sel]
    return np.bincount(k, weights=w, minlength=10)[:10]


def group_totals(per_class):
    """{class group: its total} from totals per class (the last axis, index = class; an array of 10, or zones × 10)."""
    per_class = np.asarray(per_class)
    return {name: per_class[..., lo:hi + 1].sum(axis=-1) for name, (lo, hi) in CLASS_GROUPS.items()}


def quantile_breaks(values, k=9):
    v = _finite(values)
    return np.quantile(v, np.arange(1, k) / k) if len(v) else np.array([])


def equal_breaks(values, k=9):
    v = _finite(values)
    if not len(v):
        return np.array([])
    return np.linspace(v.min(), v.max(), k + 1)[1:-1]


def jenks_breaks(values, k=9, report=None):
    """Natural breaks (Fisher–Jenks): the k classes of least total within-class sum of squares.

    Exact up to JENKS_EXACT_MAX values; above that, exact on JENKS_SAMPLE evenly spaced order statistics, which
    goes to `report` (e.g. feedback.pushInfo). A break lies midway between the last value of a class and the first
    of the next.
    """
    v = np.sort(_finite(values))
    if len(v) > JENKS_EXACT_MAX:
        if report is not None:
            report(tr("natural breaks computed on {sample:,} of {n_values:,} values (sampled; exact up to {exact_max:,} "
                      "values)").format(sample=JENKS_SAMPLE, n_values=len(v), exact_max=JENKS_EXACT_MAX))
        v = v[np.linspace(0, len(v) - 1, JENKS_SAMPLE).round().astype(int)]
    k = min(k, len(np.unique(v)))
    if k < 2:
        return np.array([])
    starts = fisher_jenks_starts(v, k)
    return (v[starts - 1] + v[starts]) / 2.0


def fisher_jenks_starts(v, k):
    """First index of classes 2..k in the optimal k-partition of sorted v (leftmost optimum on ties).

    Dynamic programme over classes: best[c][j] = least cost of v[0..j] in c+1 classes
    = min over i of best[c-1][i-1] + ssd(i, j). The within-class sum of squares of a sorted range satisfies the
    quadrangle inequality, so the optimal start i of the last class does not decrease with j (divide and conquer:
    solve the middle j, then the halves within the narrowed ranges of i). The halves of one level are solved
    together in numpy, so a row costs O(n log n) in about log2(n) array steps.
    """
    n = len(v)
    x = v - v.mean()  # centred: smaller prefix sums, less cancellation in ssd
    s1 = np.concatenate([[0.0], np.cumsum(x)])
    s2 = np.concatenate([[0.0], np.cumsum(x * x)])

    def ssd(i, j):  # sum of squared deviations of v[i..j], inclusive, for arrays of i and j
        return (s2[j + 1] - s2[i]) - (s1[j + 1] - s1[i]) ** 2 / (j - i + 1)

    best = ssd(np.zeros(n, dtype=np.int64), np.arange(n))
    back = np.zeros((k, n), dtype=np.int64)
    for c in range(1, k - 1):
        best, back[c] = _dp_row(best, ssd, c, n)
    # The last class only needs j = n-1: one vectorised minimum.
    i = np.arange(k - 1, n)
    back[k - 1, n - 1] = i[np.argmin(best[i - 1] + ssd(i, np.full(len(i), n - 1)))]
    starts, j = [], n - 1
    for c in range(k - 1, 0, -1):
        starts.append(back[c, j])
        j = back[c, j] - 1
    return np.array(starts[::-1], dtype=np.int64)


def _dp_row(prev, ssd, c, n):
    """best[j] = min over c <= i <= j of prev[i-1] + ssd(i, j) for j = c..n-1, and its leftmost argmin."""
    best = np.full(n, np.inf)
    arg = np.zeros(n, dtype=np.int64)
    # Segments still to solve: j in [jlo, jhi] with the optimal i known to lie in [ilo, ihi].
    jlo, jhi, ilo, ihi = (np.array([a], dtype=np.int64) for a in (c, n - 1, c, n - 1))
    while len(jlo):
        mid = (jlo + jhi) // 2
        top = np.minimum(ihi, mid)
        lengths = top - ilo + 1
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        pos = np.arange(lengths.sum()) - np.repeat(offsets, lengths)
        i = np.repeat(ilo, lengths) + pos
        total = prev[i - 1] + ssd(i, np.repeat(mid, lengths))
        low = np.minimum.reduceat(total, offsets)
        # leftmost position of the minimum in each segment
        at = np.where(total == np.repeat(low, lengths), np.arange(len(total)), len(total))
        opt = i[np.minimum.reduceat(at, offsets)]
        best[mid], arg[mid] = low, opt
        left, right = mid > jlo, mid < jhi
        jlo, jhi, ilo, ihi = (np.concatenate(parts) for parts in (
            (jlo[left], mid[right] + 1), (mid[left] - 1, jhi[right]),
            (ilo[left], opt[right]), (opt[left], ihi[right])))
    return best, arg


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
        raise LbmInputError(tr("user breaks '{text}': the commas could be decimal commas or separators. Separate the breaks with "
                               "semicolons or spaces, e.g. '-0,1; 0; 0,1' or '-0.1 0 0.1'").format(text=text))
    return [t.replace(",", ".") for t in tokens]


def parse_user_breaks(text):
    """Increasing breaks from a text in either notation (see _break_tokens); a message naming what is wrong."""
    tokens = _break_tokens(text or "")
    bad = [t for t in tokens if not _is_number(t)]
    if bad:
        raise LbmInputError(tr("user breaks must be numbers separated by semicolons or spaces, e.g. '-0.2; -0.1; 0; 0.1' or '-0,2 "
                               "-0,1 0 0,1'; not numbers: {values}").format(values=', '.join(repr(t) for t in bad[:5])))
    breaks = [float(t) for t in tokens]
    if not breaks or len(breaks) > 8:
        raise LbmInputError(tr("give 1 to 8 user breaks (for at most 9 classes); got {n_breaks}").format(n_breaks=len(breaks)))
    if np.any(np.diff(breaks) <= 0):
        raise LbmInputError(tr("user breaks must increase: {breaks}").format(breaks=', '.join(f'{b:g}' for b in breaks)))
    return np.array(breaks)


def _is_number(token):
    try:
        return np.isfinite(float(token))
    except ValueError:
        return False


def _finite(values):
    v = np.asarray(values, dtype=float).ravel()
    return v[np.isfinite(v)]


def scheme_breaks(scheme, values, user_breaks=None, report=None):
    if scheme == "quantile":
        return quantile_breaks(values)
    if scheme == "equal":
        return equal_breaks(values)
    if scheme == "jenks":
        return jenks_breaks(values, report=report)
    if scheme == "user":
        return np.asarray(user_breaks, dtype=float)
    raise LbmInputError(tr("unknown scheme '{scheme}'; choose one of {schemes}").format(scheme=scheme, schemes=', '.join(SCHEMES)))


def classes_with_breaks(values, breaks):
    """Classes 1..len(breaks)+1 (0 = no value). Breaks that coincide (all-equal data) are merged."""
    breaks = np.unique(np.asarray(breaks, dtype=float))
    return classify(values, breaks)


def classify_scores(data, release, scheme="official", targets=("total", "afw") + DIMENSIONS, years=None,
                    pooled=True, user_breaks=None, report=None):
    """{output field: int8 classes} for each target and year, and {target: breaks used} for the log.

    target 'total' -> kscore_{year} (from afw, or lbm − C); 'afw' -> kafw_{year} (official scheme only);
    a dimension -> k{dim}_{year} (years without dimension scores are skipped). Natural breaks on sampled values
    say so to `report`.
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
            b = scheme_breaks(scheme, np.concatenate(list(series.values())), user_breaks,
                              _about(report, f"{target} {_span(series)}"))
            breaks_of = {y: b for y in series}
        else:
            breaks_of = {y: scheme_breaks(scheme, v, user_breaks, _about(report, f"{target} {y}"))
                         for y, v in series.items()}
        for y, v in series.items():
            out[f"{CLASS_FIELD[target]}_{y}"] = classes_with_breaks(v, breaks_of[y])
        used[target] = {y: np.unique(np.asarray(b, dtype=float)).tolist() for y, b in breaks_of.items()}
    return out, used


def _span(series):
    """The years of a pooled series as a label: '2024', or '2002-2022'."""
    return f"{min(series)}" if len(series) == 1 else f"{min(series)}-{max(series)}"


def _about(report, what):
    """`report` with the measure and year in front of each message."""
    return None if report is None else (lambda message: report(tr("{what}: {message}").format(what=what, message=message)))
