"""8. Early warning (vroegsignalering): units still voldoende or better that risk sliding a class, and the back-test
of the warning on the layer's own history."""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..classify import unit_classes
from ..errors import LbmInputError
from ..i18n import tr
from ..i18n import tr_noop
from ..names import GROUP
from ..names import MARGIN
from ..names import NEIGHBOURS
from ..names import REASONS
from ..names import RISK
from ..names import TREND
from ..names import UNITS
from ..neighbours import neighbour_mean
from ..schema import DIMENSIONS
from ..years import check_year_order
from .common import weakest_dimension


@dataclass(frozen=True)
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


def early_warning(data, release, years, pairs, rules=None):
    """Vroegsignalering for units still voldoende or better (class ≥ 5) in the last of `years`.

    A warning needs nearness: afw within `near` of the lower boundary of its class (a unit far above it cannot
    fall a class in the short term, whatever its trends). Its level (1 laag, 2 midden, 3 hoog) is 1 plus the
    points of: very near (`very_near`); neighbours lower or falling; a falling trend of the total or a dimension
    (both at most 2 points in all). A weak dimension by itself is no factor: it is the normal state of many
    areas (voorzieningen in the countryside) and carries no skill. Indicative only; see `back_test`.
    """
    rules = rules or WarningRules()
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
        worst_dim[falling_dims] = weakest_dimension(ddims)[falling_dims]  # the dimension that fell most
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
    return {RISK: risk.astype(np.int64), REASONS: reasons, MARGIN: np.where(eligible, margin, np.nan),
            TREND: dafw, NEIGHBOURS: has_neighbours, "trend_years": (start, last)}


def back_test(data, release, years, pairs, rules=None, year=None):
    """How the warning would have fared: computed from the measurements up to `year` (default: the one before
    the last), judged on `year` → the last measurement. Among units in class ≥ 5 in `year` (with a class at the
    end): the share flagged, and per level the rate of falling at least one class, and the lift (rate / the
    rate of the unflagged). Returns (table, summary dict)."""
    rules = rules or WarningRules()
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
    judged = (w[RISK] >= 0) & (k1 > 0)
    fell = k1 < k0
    risk = w[RISK]
    none_rate = fell[judged & (risk == 0)].mean() if (judged & (risk == 0)).any() else np.nan
    rows = []
    for name, sel in [("geen", risk == 0), ("laag", risk == 1), ("midden", risk == 2), ("hoog", risk == 3),
                      ("gewaarschuwd", risk >= 1)]:
        s = judged & sel
        rate = float(fell[s].mean()) if s.any() else np.nan
        rows.append({GROUP: name, UNITS: int(s.sum()), "aandeel": float(s.sum() / max(judged.sum(), 1)),
                     "klasse_gedaald": int(fell[s].sum()), "kans_daling": rate,
                     "lift": rate / none_rate if none_rate and np.isfinite(none_rate) else np.nan,
                     "waarschuwing": f"{w['trend_years'][0]}-{year}", "beoordeeld": f"{year}-{end}"})
    table = pd.DataFrame(rows)
    by = table.set_index(GROUP)
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
