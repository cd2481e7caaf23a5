"""The analyses of the reports to parliament, on numpy arrays: the national picture, stijgers en dalers,
structureel onder druk, trajectories, class profiles, zone comparisons and early warning.

Every threshold is a parameter: the ministry's own criteria are not published. Defaults are documented in
the algorithms' help and written on every output.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .aggregate import CLASS_GROUPS, weighted_mean
from .change import driving_dimension
from .errors import LbmInputError
from .neighbours import codes_per_label, components, neighbour_mean
from .schema import DIMENSIONS, MEASURES
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
        raise LbmInputError(f"no total score for {year}")
    return release.total_class(afw).astype(np.int64)


def _require_years(data, *years):
    have = data.score_years()
    missing = [y for y in years if y not in have]
    if missing:
        raise LbmInputError(f"year(s) {', '.join(map(str, missing))} not in the layer; it has {', '.join(map(str, have))}")


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
        raise LbmInputError("threshold must be in 'classes' or 'score'")
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
    max_class: int = 3  # severity: onvoldoende or lower
    min_years: int = 3  # duration: in at least this many …
    last_years: int = 4  # … of the last measurements
    min_weight: float = 100.0  # size: dwellings (or the weight) in the cluster


def pressure(data, release, years, pairs, weights, rules=PressureRules()):
    """Clusters of contiguous units under pressure. Returns (cluster label per unit, −1 none; table per cluster)."""
    years = sorted(years)[-rules.last_years:]
    if len(years) < rules.min_years:
        raise LbmInputError(f"duration needs {rules.min_years} measurements; only {len(years)} chosen")
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

def trajectories(data, release, years, low_max=3, steps=2):
    """Class path per unit ('6-6-5-3') and a label: persistent laag, nieuw laag, herstellend, dalend, stijgend, stabiel."""
    _require_years(data, *years)
    k = np.column_stack([unit_classes(data, release, y) for y in years])
    path = np.array(["-".join(str(c) if c else "?" for c in row) for row in k.tolist()], dtype=object)
    first, last = k[:, 0], k[:, -1]
    low0, low1 = (first > 0) & (first <= low_max), (last > 0) & (last <= low_max)
    label = np.full(data.n, "stabiel", dtype=object)
    label[(first == 0) | (last == 0)] = None
    ok = (first > 0) & (last > 0)
    label[ok & ~low0 & ~low1 & (last <= first - steps)] = "dalend"
    label[ok & ~low0 & ~low1 & (last >= first + steps)] = "stijgend"
    label[ok & low0 & low1] = "persistent laag"
    label[ok & ~low0 & low1] = "nieuw laag"
    label[ok & low0 & ~low1] = "herstellend"
    return path, label, k


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
    span: int = 2  # measurements back for the trend
    decline: float = 0.02  # a fall in afw (or a dimension) of at least this much counts
    weak_dimension_class: int = 3  # a dimension in this class or lower is weak


def early_warning(data, release, years, pairs, rules=WarningRules()):
    """For units still voldoende or better (class ≥ 5) in the last year: risk factors, a risk class and reasons.

    Factors: falling total over the last `span` measurements; a falling dimension; falling neighbours; a weak
    dimension. Risk class = number of factors (0 geen … 3+ hoog). Indicative only.
    """
    years = sorted(years)
    if len(years) < rules.span + 1:
        raise LbmInputError(f"early warning needs {rules.span + 1} measurements")
    last, start = years[-1], years[-1 - rules.span]
    k = unit_classes(data, release, last)
    eligible = k >= 5
    dafw = data.afw(last, release.constant_c) - data.afw(start, release.constant_c)
    factors = {"dalende score": dafw <= -rules.decline}
    dim_fall = np.zeros(data.n, dtype=bool)
    weak = np.zeros(data.n, dtype=bool)
    weakest = np.full(data.n, None, dtype=object)
    if data.dims_present(last):
        lowest = np.full(data.n, np.inf)
        for d in DIMENSIONS:
            now = data.get(d, last)
            before = data.get(d, start) if data.dims_present(start) else None
            if before is not None:
                dim_fall |= (now - before) <= -rules.decline
            kd = release.dimension_class(now)
            weak |= (kd > 0) & (kd <= rules.weak_dimension_class)
            lower = np.nan_to_num(now, nan=np.inf) < lowest
            lowest[lower] = now[lower]
            weakest[lower & (kd > 0) & (kd <= rules.weak_dimension_class)] = d
    factors["dalende dimensie"] = dim_fall
    factors["dalende buren"] = np.nan_to_num(neighbour_mean(dafw, pairs, data.n), nan=0.0) <= -rules.decline
    factors["zwakke dimensie"] = weak
    count = np.sum([f & eligible for f in factors.values()], axis=0)
    reasons = np.full(data.n, None, dtype=object)
    names = list(factors)
    stacked = np.column_stack([factors[n] & eligible for n in names])
    for i in np.flatnonzero(count > 0):
        reasons[i] = "; ".join(n + (f" ({weakest[i]})" if n == "zwakke dimensie" and weakest[i] else "")
                               for n, f in zip(names, stacked[i]) if f)
    risk = np.where(eligible, np.minimum(count, 3), -1)
    return {"risico": risk.astype(np.int64), "redenen": reasons, "dafw_trend": dafw}


RISK_LABELS = {-1: "n.v.t. (klasse < 5)", 0: "geen", 1: "laag", 2: "midden", 3: "hoog"}


def cluster_codes(labels, code_columns):
    """{column: {cluster label: 'codes'}} for the code fields a cluster touches."""
    return {name: codes_per_label(labels, codes) for name, codes in code_columns.items()}
