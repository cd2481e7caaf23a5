"""The analyses of the reports to parliament, on numpy arrays: the national picture, stijgers en dalers,
structureel onder druk, trajectories, class profiles, zone comparisons and early warning.

Every threshold is a parameter: the ministry's own criteria are not published. Defaults are documented in
the algorithms' help and written on every output.
"""
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .aggregate import CLASS_GROUPS
from .aggregate import weighted_mean
from .change import driving_dimension
from .errors import LbmInputError
from .i18n import tr
from .i18n import tr_noop
from .neighbours import codes_per_label
from .neighbours import components
from .neighbours import neighbour_mean
from .schema import DIMENSIONS
from .schema import MEASURES
from .years import check_year_order


def criteria_text(**params):
    """The criteria an output used, as one line (`key=value; …`) for its `criteria` field and log."""
    return "; ".join(f"{k}={v}" for k, v in params.items())


def unit_classes(data, release, year):
    """Total-score classes of the units in a year: their own kscore where present, else from afw (0 = none)."""
    k = data.get("kscore", year)
    if k is not None:
        return np.where(np.isfinite(k), k, 0).astype(np.int64)
    afw = data.afw(year, release.constant_c)
    if afw is None:
        raise LbmInputError(tr("no total score for {year}").format(year=year))
    return release.total_class(afw).astype(np.int64)


def _require_years(data, *years):
    have = data.score_years()
    missing = [y for y in years if y not in have]
    if missing:
        raise LbmInputError(tr("year(s) {missing} not in the layer; it has {have}").format(missing=', '.join(map(str, missing)),
                               have=', '.join(map(str, have))))


# --- 1. National (or regional) picture -------------------------------------------------------------------

def summary(data, release, years, weights, groups=None):
    """Rows per (group, year): weighted means of total and dimensions (first weight), and per weight the total,
    per class and per class group, with the change of those since the previous year in the table."""
    _require_years(data, *years)
    group_codes = np.full(data.n, "alle", dtype=object) if groups is None else np.asarray(groups, dtype=object)
    names = list(weights) or ["eenheden"]
    wts = {k: np.asarray(v, dtype=float) for k, v in weights.items()} or {"eenheden": np.ones(data.n)}
    rows = []
    labels = ["alle"] + (sorted({g for g in group_codes if g is not None}) if groups is not None else [])
    for g in labels:
        sel = np.ones(data.n, dtype=bool) if g == "alle" else (group_codes == g)
        for y in years:
            row = {"groep": g, "jaar": y, "eenheden": int(sel.sum())}
            main = wts[names[0]][sel]
            for m in MEASURES[1:]:
                v = data.get(m, y) if m != "afw" else data.afw(y, release.constant_c)
                if v is not None and np.isfinite(v[sel]).any():
                    row[f"{m}_gem"] = float(weighted_mean(np.zeros(int(sel.sum()), dtype=np.int64), 1, main, v[sel])[0])
            if "afw_gem" in row:
                row["lbm_gem"] = row["afw_gem"] + release.constant_c
            k = unit_classes(data, release, y)[sel]
            for name in names:
                w = wts[name][sel]
                row[f"{name}_totaal"] = float(w[k > 0].sum())
                per = np.bincount(k, weights=w, minlength=10)
                for c in range(1, 10):
                    row[f"{name}_k{c}"] = float(per[c])
                for grp, (lo, hi) in CLASS_GROUPS.items():
                    row[f"{name}_{grp}"] = float(per[lo:hi + 1].sum())
            rows.append(row)
    df = pd.DataFrame(rows)
    for name in names:
        for grp in CLASS_GROUPS:
            df[f"{name}_{grp}_verschil"] = df.groupby("groep")[f"{name}_{grp}"].diff()
    return df


# --- 2. Stijgers en dalers -------------------------------------------------------------------------------

@dataclass
class RiserRules:
    start_max_class: int = 4  # unfavourable: zwak or lower
    by: str = "classes"  # 'classes' or 'score'
    class_steps: int = 1
    score_delta: float = 0.05
    min_weight: float = 0.0


def risers_fallers(data, release, y0, y1, weights=None, rules=RiserRules()):
    """Labels per unit: 'stijger' (started ≤ start_max and improved), 'daler' (started ≤ start_max and declined
    further), 'afglijder' (started 5–6, (ruim) voldoende, and declined); None otherwise. Also the driving dimension."""
    check_year_order(y0, y1)
    _require_years(data, y0, y1)
    k0, k1 = unit_classes(data, release, y0), unit_classes(data, release, y1)
    a0, a1 = data.afw(y0, release.constant_c), data.afw(y1, release.constant_c)
    d = a1 - a0
    if rules.by == "classes":
        up, down = (k1 - k0 >= rules.class_steps), (k0 - k1 >= rules.class_steps)
    elif rules.by == "score":
        up, down = d >= rules.score_delta, d <= -rules.score_delta
    else:
        raise LbmInputError(tr("threshold must be in 'classes' or 'score'"))
    valid = (k0 > 0) & (k1 > 0)
    w = np.ones(data.n) if weights is None else np.nan_to_num(np.asarray(weights, dtype=float))
    big = w >= rules.min_weight
    label = np.full(data.n, None, dtype=object)
    low = valid & big & (k0 <= rules.start_max_class)
    label[low & up] = "stijger"
    label[low & down] = "daler"
    label[valid & big & (k0 >= 5) & (k0 <= 6) & down] = "afglijder"
    dims = [data.get(dm, y1) is not None and data.get(dm, y0) is not None for dm in DIMENSIONS]
    if all(dims):
        ddims = np.column_stack([data.get(dm, y1) - data.get(dm, y0) for dm in DIMENSIONS])
        driver, share = driving_dimension(ddims, d)
    else:
        driver, share = np.full(data.n, None, dtype=object), np.full(data.n, np.nan)
    return {"label": label, "k_start": k0.astype(np.int8), "k_end": k1.astype(np.int8), "dafw": d,
            "driver": driver, "driver_share": share}


def counts_per_zone(labels, zone_codes, weights):
    """Per zone: number of units and weight per label (the lists of annexes 3 and 4)."""
    df = pd.DataFrame({"zone": zone_codes, "label": labels})
    for name, w in weights.items():
        df[name] = np.nan_to_num(np.asarray(w, dtype=float))
    df = df[df.label.notna() & df.zone.notna()]
    if df.empty:
        return pd.DataFrame(columns=["zone", "label", "eenheden"])
    agg = df.groupby(["zone", "label"]).agg(eenheden=("label", "size"), **{n: (n, "sum") for n in weights})
    return agg.reset_index().sort_values(["zone", "label"]).reset_index(drop=True)


# --- 3. Leefbaarheid structureel onder druk ---------------------------------------------------------------

@dataclass
class PressureRules:
    """The criteria of 'structureel onder druk': the one place their defaults live (the pressure tool's parameters,
    its help and the annexes all take them from here)."""

    max_class: int = 3  # severity: onvoldoende or lower
    min_years: int = 3  # duration: in at least this many …
    last_years: int = 4  # … of the last measurements
    min_weight: float = 100.0  # size: dwellings in the cluster (households where the annex weighs by them)

    def size_criterion(self, weight):
        """The size criterion for the output's `criteria`: {key: value}. Without a dwellings field every unit counts
        one, so the minimum counts units: that is said, never silently."""
        if weight:
            return {"min_dwellings": f"{self.min_weight:g}", "weight": weight}
        return {"min_units": tr("{n:g} (no dwellings field: units counted instead of dwellings)").format(n=self.min_weight)}


def pressure(data, release, years, pairs, weights, rules=PressureRules()):
    """Clusters of contiguous units under pressure. Returns (cluster label per unit, −1 none; table per cluster)."""
    years = sorted(years)[-rules.last_years:]
    if len(years) < rules.min_years:
        raise LbmInputError(tr("duration needs {min_years} measurements; only {n_years} chosen").format(min_years=rules.min_years,
                               n_years=len(years)))
    k = np.column_stack([unit_classes(data, release, y) for y in years])
    severe = (k > 0) & (k <= rules.max_class)
    qualifies = severe.sum(axis=1) >= rules.min_years
    w = np.nan_to_num(np.asarray(weights, dtype=float))
    raw = components(data.n, pairs, qualifies)
    label = np.full(data.n, -1, dtype=np.int64)
    keep = np.array([], dtype=np.int64)
    if (raw >= 0).any():
        size = np.bincount(raw[raw >= 0], weights=w[raw >= 0])
        keep = np.flatnonzero(size >= rules.min_weight)
        relabel = np.full(len(size), -1)
        relabel[keep] = np.arange(len(keep))
        label[raw >= 0] = relabel[raw[raw >= 0]]
    rows = []
    last = years[-1]
    dims_year = max((y for y in data.years() if data.dims_present(y)), default=None)
    afw_last = data.afw(last, release.constant_c)
    for c in range(len(keep)):
        sel = label == c
        ws = w[sel]
        mean_by_year = [weighted_mean(np.zeros(int(sel.sum()), dtype=np.int64), 1, np.maximum(ws, 1e-12), data.afw(y, release.constant_c)[sel])[0]
                        for y in years]
        cls = release.total_class(np.array(mean_by_year))
        run = 0
        for kk in cls[::-1]:
            if 0 < kk <= rules.max_class:
                run += 1
            else:
                break
        weakest = None
        if dims_year is not None:
            means = {d: weighted_mean(np.zeros(int(sel.sum()), dtype=np.int64), 1, np.maximum(ws, 1e-12), data.get(d, dims_year)[sel])[0]
                     for d in DIMENSIONS}
            weakest = min(means, key=lambda d: means[d] if np.isfinite(means[d]) else np.inf)
        rows.append({"cluster": c + 1, "eenheden": int(sel.sum()), "gewicht": float(ws.sum()),
                     "afw_laatst": float(weighted_mean(np.zeros(int(sel.sum()), dtype=np.int64), 1, np.maximum(ws, 1e-12), afw_last[sel])[0]),
                     "k_laatst": int(cls[-1]), "metingen_onder_druk": int(((cls > 0) & (cls <= rules.max_class)).sum()),
                     "aaneengesloten_tot_laatst": run, "zwakste_dimensie": weakest})
    return label, pd.DataFrame(rows)


# --- 4. Trajectories --------------------------------------------------------------------------------------

def trajectories(data, release, years, low_max=3, steps=2, persist_min=0, persist_last=0):
    """Class path per unit ('6-6-5-3') and a label over all measurements of the window.

    persistent laag: low (class ≤ low_max) in at least `persist_min` of the last `persist_last` measurements
    (0 = all of them; measurements without a class count as not low); wisselend laag: low at the first and the
    last measurement but not persistently; nieuw laag: low at the end only; herstellend: low at the start only;
    dalend / stijgend: never low, at least `steps` classes down or up from first to last; stabiel otherwise.
    """
    _require_years(data, *years)
    k = np.column_stack([unit_classes(data, release, y) for y in years])
    path = np.array(["-".join(str(c) if c else "?" for c in row) for row in k.tolist()], dtype=object)
    window = len(years) if not persist_last else min(persist_last, len(years))
    need = window if not persist_min else min(persist_min, window)
    low = (k > 0) & (k <= low_max)
    persistent = low[:, -window:].sum(axis=1) >= need
    first, last = k[:, 0], k[:, -1]
    low0, low1 = low[:, 0], low[:, -1]
    label = np.full(data.n, "stabiel", dtype=object)
    label[(first == 0) | (last == 0)] = None
    ok = (first > 0) & (last > 0)
    label[ok & ~low0 & ~low1 & (last <= first - steps)] = "dalend"
    label[ok & ~low0 & ~low1 & (last >= first + steps)] = "stijgend"
    label[ok & low0 & low1] = "wisselend laag"
    label[ok & ~low0 & low1] = "nieuw laag"
    label[ok & low0 & ~low1] = "herstellend"
    label[ok & persistent] = "persistent laag"
    return path, label, k


def consecutive(k, weights=None, regimes=None):
    """All consecutive measurements pooled: (from, to[, weights][, regimes at the start]) over every step."""
    out = [k[:, :-1].T.ravel(), k[:, 1:].T.ravel()]
    if weights is not None:
        out.append(np.tile(np.asarray(weights, dtype=float), k.shape[1] - 1))
    if regimes is not None:
        out.append(np.asarray(regimes, dtype=object)[:, :-1].T.ravel())
    return out


def chi2_sf(x, df):
    """P(χ² with df degrees of freedom ≥ x), in closed form for whole df (no scipy needed)."""
    if df <= 0:
        return float("nan")
    if x <= 0:
        return 1.0
    h = x / 2.0
    if df % 2 == 0:  # e^(-h) Σ_{i<df/2} h^i / i!
        term, total = 1.0, 1.0
        for i in range(1, df // 2):
            term *= h / i
            total += term
        return float(min(1.0, np.exp(-h) * total))
    # odd df: erfc(√h) + e^(-h) Σ_{i=1}^{(df−1)/2} h^(i−1/2) / Γ(i+1/2)
    total = math.erfc(math.sqrt(h))
    term = math.sqrt(h) / math.gamma(1.5)
    for i in range(1, (df - 1) // 2 + 1):
        if i > 1:
            term *= h / (i - 0.5)
        total += math.exp(-h) * term
    return float(min(1.0, total))


def spatial_markov_q(k_from, k_to, regimes, classes=9):
    """Does the neighbourhood change the transitions? The homogeneity test of the transition matrices per
    neighbourhood regime against the pooled one (Bickenbach & Bode 2003; PySAL giddy's Spatial_Markov Q):
    Q = Σ_regimes Σ_i Σ_j n_i(r) (p_ij(r) − p_ij)² / p_ij, chi-square with Σ_i (a_i − 1)(b_i − 1) degrees of
    freedom (a_i regimes with transitions from class i, b_i classes reached from i overall).
    Returns (Q, degrees of freedom, p-value)."""
    regimes = np.asarray(regimes, dtype=object)
    ok = (k_from > 0) & (k_to > 0) & np.array([r is not None for r in regimes])
    names = sorted({r for r in regimes[ok]})
    counts = np.zeros((len(names), classes, classes))
    for g, name in enumerate(names):
        sel = ok & (regimes == name)
        np.add.at(counts[g], (k_from[sel] - 1, k_to[sel] - 1), 1)
    pooled = counts.sum(axis=0)
    rows = pooled.sum(axis=1, keepdims=True)
    p = np.divide(pooled, rows, out=np.zeros_like(pooled), where=rows > 0)
    n_i = counts.sum(axis=2, keepdims=True)
    p_r = np.divide(counts, n_i, out=np.zeros_like(counts), where=n_i > 0)
    cell = (p > 0)[None, :, :] & (n_i > 0)
    q = float(np.sum(np.where(cell, n_i * (p_r - p[None]) ** 2 / np.where(p > 0, p, 1)[None], 0.0)))
    a = (n_i[:, :, 0] > 0).sum(axis=0)
    b = (p > 0).sum(axis=1)
    dof = int(np.sum(np.where((a > 0) & (b > 0), (a - 1) * (b - 1), 0)))
    return q, dof, chi2_sf(q, dof)


def transition_matrix(k_from, k_to, weights=None):
    """9×9 counts and weight shares (rows: class at the start; columns: class at the end)."""
    w = np.ones(len(k_from)) if weights is None else np.nan_to_num(np.asarray(weights, dtype=float))
    ok = (k_from > 0) & (k_to > 0)
    counts = np.zeros((9, 9))
    weight = np.zeros((9, 9))
    np.add.at(counts, (k_from[ok] - 1, k_to[ok] - 1), 1)
    np.add.at(weight, (k_from[ok] - 1, k_to[ok] - 1), w[ok])
    share = weight / weight.sum() if weight.sum() > 0 else weight
    return counts, share


def neighbourhood_group(k_from, pairs, n):
    """Class group of a unit's neighbours at the start: 'laag' (mean class ≤ 3), 'midden', 'hoog' (≥ 7)."""
    m = neighbour_mean(np.where(k_from > 0, k_from, np.nan), pairs, n)
    out = np.full(n, None, dtype=object)
    out[m <= 3] = "laag"
    out[(m > 3) & (m < 7)] = "midden"
    out[m >= 7] = "hoog"
    return out


def matrix_table(k_from, k_to, weights=None, groups=None, group_name="groep"):
    """Long table of the transition matrix: (group, from, to, count, weight share), overall and per group."""
    rows = []
    sets = [("alle", np.ones(len(k_from), dtype=bool))]
    if groups is not None:
        sets += [(g, np.asarray(groups, dtype=object) == g) for g in sorted({g for g in groups if g is not None})]
    for g, sel in sets:
        counts, share = transition_matrix(k_from[sel], k_to[sel], None if weights is None else np.asarray(weights)[sel])
        for a in range(9):
            for b in range(9):
                if counts[a, b]:
                    rows.append({group_name: g, "van": a + 1, "naar": b + 1, "eenheden": int(counts[a, b]),
                                 "aandeel_gewicht": float(share[a, b])})
    return pd.DataFrame(rows)


# --- 5. Livability against another indicator --------------------------------------------------------------

def spearman(x, y):
    ok = np.isfinite(x) & np.isfinite(y)
    if ok.sum() < 3:
        return np.nan
    rx = pd.Series(x[ok]).rank().to_numpy()
    ry = pd.Series(y[ok]).rank().to_numpy()
    return float(np.corrcoef(rx, ry)[0, 1])


def class_profile(k, afw, indicator, weights=None, groups=None):
    """Per (group, class or class group): weighted mean of the indicator; the ratio worst/best group
    (1–3 against 7–9, the reports' "factor 3.5") and the rank correlation of afw and the indicator."""
    w = np.ones(len(k)) if weights is None else np.nan_to_num(np.asarray(weights, dtype=float))
    ind = np.asarray(indicator, dtype=float)
    rows, summary_rows = [], []
    sets = [("alle", np.ones(len(k), dtype=bool))]
    if groups is not None:
        sets += [(g, np.asarray(groups, dtype=object) == g) for g in sorted({g for g in groups if g is not None})]
    for g, sel in sets:
        means = {}
        bins = [(f"k{c}", c, c) for c in range(1, 10)] + [(name, lo, hi) for name, (lo, hi) in CLASS_GROUPS.items()]
        for name, lo, hi in bins:
            s = sel & (k >= lo) & (k <= hi) & np.isfinite(ind)
            wsum = w[s].sum()
            mean = float((w[s] * ind[s]).sum() / wsum) if wsum > 0 else np.nan
            means[name] = mean
            rows.append({"groep": g, "klasse": name, "eenheden": int(s.sum()), "gewicht": float(wsum), "indicator_gem": mean})
        ratio = means["w13"] / means["w79"] if np.isfinite(means["w13"]) and means["w79"] not in (0, np.nan) and np.isfinite(means["w79"]) else np.nan
        summary_rows.append({"groep": g, "verhouding_13_79": ratio, "spearman_afw": spearman(np.asarray(afw)[sel], ind[sel])})
    return pd.DataFrame(rows), pd.DataFrame(summary_rows)


# --- 6. Zones against the rest (and the ring around them) -------------------------------------------------

def compare_zones(data, release, years, where, weights=None):
    """Per year and measure: weighted mean inside the zones, in the ring, and in the rest; differences and trend.

    `where`: per unit 'zone', 'ring' or 'rest'.
    """
    w = np.ones(data.n) if weights is None else np.nan_to_num(np.asarray(weights, dtype=float))
    part = np.select([where == "zone", where == "ring", where == "rest"], [0, 1, 2], -1)
    rows = []
    for y in years:
        for m in ("afw",) + DIMENSIONS:
            v = data.afw(y, release.constant_c) if m == "afw" else data.get(m, y)
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


# --- 8. Early warning (vroegsignalering) ------------------------------------------------------------------

@dataclass
class WarningRules:
    """The plugin's own criteria (not official), chosen by back-testing on the national PC4 file (README)."""

    near: float = 0.015  # a warning needs afw within this of the lower boundary of the unit's class
    very_near: float = 0.005  # within this: one point more
    neighbour_gap: float = 0.03  # the neighbours' mean afw at least this below the unit: one point (buren lager)
    neighbour_decline: float = 0.03  # … or the neighbours' mean fell at least this over the trend span (dalende buren)
    span: int = 1  # measurements back for the trends
    decline: float = 0.05  # the total fell at least this over the span (dalende trend; smaller falls tend to revert) …
    dimension_decline: float = 0.03  # … or a dimension fell at least this: one point


RISK_LABELS = {-2: "geen score", -1: "n.v.t. (klasse < 5)", 0: "geen", 1: "laag", 2: "midden", 3: "hoog"}


def _lower_boundary(k, release):
    """The afw where the unit's total-score class begins (−inf for class 1)."""
    cuts = np.concatenate([[-np.inf], release.total_cutpoints_afw])
    return cuts[np.clip(k - 1, 0, len(cuts) - 1)]


def early_warning(data, release, years, pairs, rules=WarningRules()):
    """Vroegsignalering for units still voldoende or better (class ≥ 5) in the last of `years`.

    A warning needs nearness: afw within `near` of the lower boundary of its class (a unit far above it cannot
    fall a class in the short term, whatever its trends). Its level (1 laag, 2 midden, 3 hoog) is 1 plus the
    points of: very near (`very_near`); neighbours lower or falling; a falling trend of the total or a dimension
    (both at most 2 points in all). A weak dimension by itself is no factor: it is the normal state of many
    areas (voorzieningen in the countryside) and carries no skill. Indicative only; see `back_test`.
    """
    years = sorted(years)
    if len(years) < rules.span + 1:
        raise LbmInputError(tr("early warning needs {needed} measurements; the layer has {n_years}").format(needed=rules.span + 1,
                               n_years=len(years)))
    last, start = years[-1], years[-1 - rules.span]
    check_year_order(start, last, tr_noop("start of the trend"), tr_noop("warning year"))
    k = unit_classes(data, release, last)
    afw, afw_start = data.afw(last, release.constant_c), data.afw(start, release.constant_c)
    eligible = k >= 5
    margin = afw - _lower_boundary(k, release)
    dafw = afw - afw_start
    n = data.n
    falling_dims = np.zeros(n, dtype=bool)
    worst_dim = np.full(n, None, dtype=object)
    if data.dims_present(last) and data.dims_present(start):
        ddims = np.column_stack([data.get(d, last) - data.get(d, start) for d in DIMENSIONS])
        lowest = np.nanmin(np.where(np.isfinite(ddims), ddims, np.inf), axis=1)
        falling_dims = lowest <= -rules.dimension_decline
        worst_dim[falling_dims] = np.array(DIMENSIONS, dtype=object)[np.argmin(np.where(np.isfinite(ddims), ddims, np.inf), axis=1)][falling_dims]
    has_neighbours = np.bincount(pairs[:, 0], minlength=n) > 0 if len(pairs) else np.zeros(n, dtype=bool)
    gap = neighbour_mean(afw, pairs, n) - afw if len(pairs) else np.full(n, np.nan)
    ndafw = neighbour_mean(dafw, pairs, n) if len(pairs) else np.full(n, np.nan)
    factors = {
        "dicht bij ondergrens": margin < rules.near,
        "zeer dicht bij ondergrens": margin < rules.very_near,
        "buren lager": np.nan_to_num(gap, nan=0.0) <= -rules.neighbour_gap,
        "dalende buren": np.nan_to_num(ndafw, nan=0.0) <= -rules.neighbour_decline,
        "dalende score": dafw <= -rules.decline,
        "dalende dimensie": falling_dims,
    }
    f = {name: v & eligible & np.isfinite(margin) for name, v in factors.items()}
    points = (f["zeer dicht bij ondergrens"].astype(int) + (f["buren lager"] | f["dalende buren"])
              + (f["dalende score"] | f["dalende dimensie"]))
    warned = f["dicht bij ondergrens"]
    # A unit without a score in the warning year has no class: it is labelled so, not "class < 5".
    risk = np.where(eligible, np.where(warned, 1 + np.minimum(points, 2), 0), np.where(np.isfinite(afw), -1, -2))
    reasons = np.full(n, None, dtype=object)
    names = [x for x in factors if x != "zeer dicht bij ondergrens"]
    stacked = np.column_stack([f[x] for x in names])
    for i in np.flatnonzero(warned):
        parts = []
        for name, on in zip(names, stacked[i]):
            if not on:
                continue
            if name == "dicht bij ondergrens":
                parts.append(f"{'zeer ' if f['zeer dicht bij ondergrens'][i] else ''}dicht bij ondergrens (marge {margin[i]:.3f})")
            elif name == "dalende dimensie":
                parts.append(f"dalende dimensie ({worst_dim[i]})")
            else:
                parts.append(name)
        reasons[i] = "; ".join(parts)
    return {"risico": risk.astype(np.int64), "redenen": reasons, "marge": np.where(eligible, margin, np.nan),
            "dafw_trend": dafw, "buren": has_neighbours, "trend_years": (start, last)}


def back_test(data, release, years, pairs, rules=WarningRules(), year=None):
    """How the warning would have fared: computed from the measurements up to `year` (default: the one before
    the last), judged on `year` → the last measurement. Among units in class ≥ 5 in `year` (with a class at the
    end): the share flagged, and per level the rate of falling at least one class, and the lift (rate / the
    rate of the unflagged). Returns (table, summary dict)."""
    years = sorted(years)
    end = years[-1]
    year = years[-2] if year is None and len(years) > 1 else year
    if year is None:
        raise LbmInputError(tr("a back-test needs two measurements"))
    check_year_order(year, end, tr_noop("back-test year"), tr_noop("last year"))
    if year not in years:
        raise LbmInputError(tr("the back-test year {year} is not among the years ({years})").format(year=year,
                               years=', '.join(map(str, years))))
    before = [y for y in years if y <= year]
    w = early_warning(data, release, before, pairs, rules)
    k0, k1 = unit_classes(data, release, year), unit_classes(data, release, end)
    judged = (w["risico"] >= 0) & (k1 > 0)
    fell = k1 < k0
    risk = w["risico"]
    none_rate = fell[judged & (risk == 0)].mean() if (judged & (risk == 0)).any() else np.nan
    rows = []
    for name, sel in [("geen", risk == 0), ("laag", risk == 1), ("midden", risk == 2), ("hoog", risk == 3),
                      ("gewaarschuwd", risk >= 1)]:
        s = judged & sel
        rate = float(fell[s].mean()) if s.any() else np.nan
        rows.append({"groep": name, "eenheden": int(s.sum()), "aandeel": float(s.sum() / max(judged.sum(), 1)),
                     "klasse_gedaald": int(fell[s].sum()), "kans_daling": rate,
                     "lift": rate / none_rate if none_rate and np.isfinite(none_rate) else np.nan,
                     "waarschuwing": f"{w['trend_years'][0]}-{year}", "beoordeeld": f"{year}-{end}"})
    table = pd.DataFrame(rows)
    by = table.set_index("groep")
    summary = {"year": year, "end": end, "units": int(judged.sum()), "share": float(by.loc["gewaarschuwd", "aandeel"]),
               "rate_flagged": float(by.loc["gewaarschuwd", "kans_daling"]), "rate_others": float(none_rate),
               "lift": float(by.loc["gewaarschuwd", "lift"]),
               "levels": {lv: float(by.loc[lv, "kans_daling"]) for lv in ("laag", "midden", "hoog")}}
    return table, summary


def back_test_line(s):
    """The back-test in one line for the log and the demo."""
    levels = ", ".join(f"{k} {v:.1%}" for k, v in s["levels"].items())
    return tr("Back-test (warning from the data up to {year}, judged on {year}→{end}): {share:.1%} of {units} units in "
              "class ≥ 5 flagged; fell a class: flagged {rate_flagged:.1%}, not flagged {rate_others:.1%} (lift {lift:.1f}); "
              "per level: {levels}").format(**{k: s[k] for k in ("year", "end", "share", "units", "rate_flagged",
                                                                  "rate_others", "lift")}, levels=levels)


def cluster_codes(labels, code_columns):
    """{column: {cluster label: 'codes'}} for the code fields a cluster touches."""
    return {name: codes_per_label(labels, codes) for name, codes in code_columns.items()}
