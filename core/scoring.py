"""Scores computed rather than read: totals from dimensions, dimensions from indicators, regional deviations."""
from dataclasses import dataclass
from dataclasses import field

import numpy as np
import pandas as pd

from .aggregate import weighted_mean
from .errors import LbmInputError
from .i18n import tr
from .schema import DIMENSIONS
from .schema import MEASURES

TRANSFORMS = ("none", "z", "minmax", "log")


def totals_from_dimensions(data, constant_c, years=None):
    """{field: array}: afw_{y} = Σ dimensions and lbm_{y} = C + afw for years where the layer lacks them."""
    out = {}
    for y in years or data.years():
        dims = [data.get(d, y) for d in DIMENSIONS]
        have_dims = all(d is not None for d in dims)
        afw = data.get("afw", y)
        if afw is None and have_dims:
            afw = np.sum(dims, axis=0)
            out[f"afw_{y}"] = afw
        if data.get("lbm", y) is None and afw is not None:
            out[f"lbm_{y}"] = constant_c + afw
    return out


@dataclass
class Check:
    flags: dict  # year -> bool array: published afw or lbm disagrees with what the dimensions give
    worst: dict  # year -> largest absolute difference
    checked: dict = field(default_factory=dict)  # year -> units with the values to check (NULLs are not checked)

    @property
    def count(self):
        return int(sum(f.sum() for f in self.flags.values()))


def check_totals(data, constant_c, tolerance=1e-9):
    """Where published afw ≠ Σ dimensions or lbm ≠ C + afw by more than `tolerance` (NULLs are not checked)."""
    flags, worst, checked = {}, {}, {}
    for y in data.years():
        afw, lbm = data.get("afw", y), data.get("lbm", y)
        dims = [data.get(d, y) for d in DIMENSIONS]
        diffs = []
        if afw is not None and all(d is not None for d in dims):
            diffs.append(np.abs(np.sum(dims, axis=0) - afw))
        if afw is not None and lbm is not None:
            diffs.append(np.abs(lbm - constant_c - afw))
        if not diffs:
            continue
        diff = np.fmax.reduce(diffs) if len(diffs) > 1 else diffs[0]
        flags[y] = np.nan_to_num(diff, nan=0.0) > tolerance
        worst[y] = float(np.nanmax(diff)) if np.isfinite(diff).any() else 0.0
        checked[y] = int(np.isfinite(diff).sum())
    return Check(flags, worst, checked)


def read_weight_table(path):
    """The user's weight table: indicator, dimension, weight[, transform]. Checked, with messages naming rows."""
    try:
        table = pd.read_csv(path, sep=None, engine="python", dtype=str)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise LbmInputError(tr("cannot read the weight table {path}: {exc}").format(path=path, exc=exc)) from exc
    table.columns = [c.strip().lower() for c in table.columns]
    missing = [c for c in ("indicator", "dimension", "weight") if c not in table.columns]
    if missing:
        raise LbmInputError(tr("the weight table needs columns indicator, dimension, weight[, transform]; missing: {missing}").format(
                               missing=', '.join(missing)))
    if table.empty:
        raise LbmInputError(tr("the weight table has no rows"))
    if "transform" not in table.columns:
        table["transform"] = "none"
    table["transform"] = table["transform"].fillna("none").str.strip().str.lower()
    table["dimension"] = table["dimension"].str.strip().str.lower()
    table["indicator"] = table["indicator"].str.strip()
    for i, row in table.iterrows():
        line = i + 2
        # row["transform"], not row.transform: a pandas row has a method of that name
        if row["dimension"] not in DIMENSIONS:
            raise LbmInputError(tr("weight table line {line}: dimension '{dimension}' is not one of {dimensions}").format(line=line,
                                   dimension=row['dimension'], dimensions=', '.join(DIMENSIONS)))
        if row["transform"] not in TRANSFORMS:
            raise LbmInputError(tr("weight table line {line}: transform '{transform}' is not one of {transforms}").format(line=line,
                                   transform=row['transform'], transforms=', '.join(TRANSFORMS)))
    weights = pd.to_numeric(table["weight"].str.replace(",", ".", regex=False), errors="coerce")
    if weights.isna().any():
        raise LbmInputError(tr("weight table line {line}: weight is not a number").format(
                               line=int(np.flatnonzero(weights.isna())[0]) + 2))
    table["weight"] = weights
    return table


def transform(values, how, name):
    v = np.asarray(values, dtype=float)
    if how == "none":
        return v
    if how == "log":
        if (v[np.isfinite(v)] <= 0).any():
            raise LbmInputError(tr("indicator '{name}' has values ≤ 0: the log transform needs positive values").format(name=name))
        return np.log(v)
    finite = v[np.isfinite(v)]
    if how == "z":
        sd = finite.std()
        return (v - finite.mean()) / sd if sd > 0 else np.zeros_like(v)
    span = finite.max() - finite.min() if len(finite) else 0
    return (v - finite.min()) / span if span > 0 else np.zeros_like(v)


def dimensions_from_indicators(table, indicators, year):
    """{f'{dim}_{year}': Σ weight × transform(indicator)} per dimension in the table; NaN where an indicator is missing."""
    out = {}
    for dim, rows in table.groupby("dimension", sort=False):
        total = np.zeros(len(next(iter(indicators.values()))))
        for _, row in rows.iterrows():
            total = total + row["weight"] * transform(indicators[row["indicator"]], row["transform"], row["indicator"])
        out[f"{dim}_{year}"] = total
    return out


def regional_deviation(data, region, n_regions, weights, years=None):
    """{f'r{m}_{y}': value − weighted mean of its region} for afw and the dimensions."""
    out = {}
    for y in years or data.score_years():
        for m in MEASURES[1:]:
            v = data.get(m, y)
            if v is None or not np.isfinite(v).any():
                continue
            means = weighted_mean(region, n_regions, weights, v)
            rel = np.full(len(v), np.nan)
            ok = region >= 0
            rel[ok] = v[ok] - means[region[ok]]
            out[f"r{m}_{y}"] = rel
    return out
