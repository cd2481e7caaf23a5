"""9. Dimension profiles: how the five dimensions and afw go together (correlations, over all units and per group), and
which kind of weak unit the lowest on one dimension are (the 2024 report's bijlage 5: the buurten lowest on overlast
en onveiligheid, "classic" problem buurten beside centre buurten whose other dimensions compensate).

The units' classes are their own (k{dimension}, kscore: the official WFS classes) where the layer has them, else
computed with the release profile (core/classify.py).
"""
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..classify import unit_classes
from ..classify import unit_dimension_classes
from ..errors import LbmInputError
from ..i18n import tr
from ..names import BETWEEN
from ..names import CLASSIC
from ..names import COMPENSATED
from ..names import CORR_A
from ..names import CORR_B
from ..names import CORR_GROUP
from ..names import CORR_N
from ..names import NO_COMPENSATION
from ..names import PEARSON
from ..names import SPEARMAN
from ..schema import DIMENSIONS
from ..stats import pearson
from ..stats import percentile_ranks
from ..stats import spearman
from .common import criteria_text
from .common import group_sets
from .common import measure_values
from .common import weights_or_ones

CORRELATED = DIMENSIONS + ("afw",)  # the measures correlated with each other, in this order (a before b)


@dataclass(frozen=True)
class ProfileRules:
    """The criteria of the lowest units and their type: the one place their defaults live (the tool's parameters and
    help, and the panel's view take them from here). Not official: the report does not publish its own."""

    dimension: str = "onv"  # the dimension the units are ranked on (overlast en onveiligheid, as bijlage 5)
    count: int = 50  # the N lowest units on it …
    share: float = 0.0  # … or, when above 0, this percentage of the units with a score on it (rounded up)
    classic_max: int = 4  # klassiek: a total class at most this (zwak or lower) …
    compensated_min: int = 5  # … gecompenseerd: at least this (voldoende or better); tussen: in between
    offset_min_class: int = 6  # another dimension offsets the low one when its class is at least this (ruim voldoende)
    view_max_class: int = 3  # the panel's view of a layer with scores: units in this class or lower on the dimension

    def check(self):
        """A message naming the criterion that cannot work."""
        if self.dimension not in DIMENSIONS:
            raise LbmInputError(tr("the dimension must be one of {dimensions}, not '{dimension}'").format(
                dimensions=", ".join(DIMENSIONS), dimension=self.dimension))
        if self.share < 0 or self.share > 100:
            raise LbmInputError(tr("the share of units must lie between 0 and 100 %, not {share:g}").format(share=self.share))
        if self.share == 0 and self.count < 1:
            raise LbmInputError(tr("give a number of units of at least 1, or a share above 0 %"))
        if self.classic_max >= self.compensated_min:
            raise LbmInputError(tr("'klassiek' (total class ≤ {classic}) and 'gecompenseerd' (total class ≥ {compensated}) "
                                   "overlap: the first must be below the second").format(
                                       classic=self.classic_max, compensated=self.compensated_min))

    def criteria(self):
        """The criteria of the lowest units as `criteria` parts."""
        chosen = {"share": f"{self.share:g}%"} if self.share > 0 else {"count": self.count}
        return criteria_text(dimension=self.dimension, **chosen, klassiek=f"kscore<={self.classic_max}",
                             gecompenseerd=f"kscore>={self.compensated_min}",
                             compensatie=f"other dimensions with class>={self.offset_min_class}, highest score first")


# --- correlations ------------------------------------------------------------------------------------------------

def correlations(values, weights=None, groups=None):
    """The long table of the correlations of CORRELATED with each other: per group (ALL, every unit, first; then each
    group in sorted order) and pair (a before b in CORRELATED), Spearman's and Pearson's correlation, weighted where
    `weights` are given (core/stats.py), and n, the units with both values and a positive weight.

    `values`: {measure: array} (a measure the layer lacks may be missing or None: its pairs are left out). NaN where n
    < 3 or a measure does not vary within the group.
    """
    present = [m for m in CORRELATED if values.get(m) is not None]
    n_units = len(values[present[0]]) if present else 0
    w = weights_or_ones(weights, n_units)
    cols = {m: np.asarray(values[m], dtype=float) for m in present}
    ok = {m: np.isfinite(cols[m]) & (w > 0) for m in present}
    rows = []
    for g, sel in group_sets(groups, n_units):
        idx = np.flatnonzero(sel)
        wg = w[idx] if weights is not None else None
        # Each measure ranked once per group (not once per pair): a pair whose units with both values are those of
        # each measure alone (no NaN in either, the usual case) takes those ranks, as stats.spearman would rank them.
        rank = {m: percentile_ranks(np.where(ok[m][idx], cols[m][idx], np.nan), wg) for m in present}
        for i, a in enumerate(present):
            for b in present[i + 1:]:
                xa, xb = cols[a][idx], cols[b][idx]
                both = ok[a][idx] & ok[b][idx]
                same = np.array_equal(both, ok[a][idx]) and np.array_equal(both, ok[b][idx])
                rho = pearson(rank[a], rank[b], wg) if same and both.sum() >= 3 else spearman(xa, xb, wg)
                rows.append({CORR_GROUP: g, CORR_A: a, CORR_B: b, SPEARMAN: rho, PEARSON: pearson(xa, xb, wg),
                             CORR_N: int(both.sum())})
    return pd.DataFrame(rows, columns=[CORR_GROUP, CORR_A, CORR_B, SPEARMAN, PEARSON, CORR_N])


def correlation_matrix(table, group, method):
    """The square matrix (CORRELATED × CORRELATED, 1 on the diagonal) of one group and method from the long table."""
    m = pd.DataFrame(np.eye(len(CORRELATED)), index=list(CORRELATED), columns=list(CORRELATED))
    for row in table[table[CORR_GROUP] == group].itertuples(index=False):
        a, b, r = getattr(row, CORR_A), getattr(row, CORR_B), getattr(row, method)
        m.loc[a, b] = m.loc[b, a] = r
    present = [c for c in CORRELATED if c in set(table[CORR_A]) | set(table[CORR_B])]
    return m.loc[present, present]


# --- the lowest units on a dimension ------------------------------------------------------------------------------

def lowest_count(n_scored, rules):
    """How many units the list holds: N, or the share of the units with a score (rounded up), at most all of them."""
    n = math.ceil(round(n_scored * rules.share / 100.0, 9)) if rules.share > 0 else rules.count
    return int(min(n, n_scored))


def low_ranks(scores):
    """Rank of each unit by its score, 1 = the lowest; equal scores share the best rank (1, 2, 2, 4); 0 without a
    score."""
    v = np.asarray(scores, dtype=float)
    out = np.zeros(len(v), dtype=np.int64)
    ok = np.isfinite(v)
    out[ok] = np.searchsorted(np.sort(v[ok]), v[ok], side="left") + 1
    return out


def profile_types(total_classes, rules):
    """'klassiek' (total class ≤ classic_max), 'gecompenseerd' (≥ compensated_min) or 'tussen'; None without a class."""
    k = np.asarray(total_classes)
    out = np.full(len(k), BETWEEN, dtype=object)
    out[k <= rules.classic_max] = CLASSIC
    out[k >= rules.compensated_min] = COMPENSATED
    out[k <= 0] = None
    return out


def compensation(scores, classes, dimension, rules):
    """Per unit, the other dimensions that offset `dimension`: those whose class is at least offset_min_class, the
    highest score first, joined by ', ' (`vrz, won`); NO_COMPENSATION when none does.

    `scores`, `classes`: {dimension: array} of the five dimensions (classes 0 = none)."""
    others = [d for d in DIMENSIONS if d != dimension]
    n = len(scores[dimension])
    s = np.column_stack([np.asarray(scores[d], dtype=float) for d in others])
    offsets = np.column_stack([np.asarray(classes[d]) >= rules.offset_min_class for d in others]) & np.isfinite(s)
    order = np.argsort(np.where(offsets, -s, np.inf), axis=1, kind="stable")  # offsetting ones first, highest first
    names = np.array(others, dtype=object)[order]
    taken = np.take_along_axis(offsets, order, axis=1)
    out = np.full(n, "", dtype=object)
    for j in range(len(others)):  # four columns, each over all units at once
        sep = np.where(out == "", "", ", ")
        out = np.where(taken[:, j], out + sep + names[:, j], out)
    out[out == ""] = NO_COMPENSATION
    return out


def lowest_units(data, release, year, rules=None):
    """The units lowest on `rules.dimension` in `year`, as {key: array over all units}: 'rank' (1 = lowest; 0 for
    units not in the list: beyond the first N, or without a score), 'score' and 'class' on the dimension,
    'total_class', 'type' and 'compensation'; and 'selected', the listed units' indices in rank order.

    The list holds the units ranked N or better: units with equal scores share a rank, so a tie at the last place
    is listed whole."""
    rules = rules or ProfileRules()
    rules.check()
    scores = {d: data.get(d, year) for d in DIMENSIONS}
    missing = [d for d, v in scores.items() if v is None]
    if missing:
        raise LbmInputError(tr("no scores of the dimension(s) {missing} in {year}: the dimension profile needs all five "
                               "(the open data has none in 2002, 2008, 2012 and 2016)").format(
                                   missing=", ".join(missing), year=year))
    classes = {d: unit_dimension_classes(data, release, d, year) for d in DIMENSIONS}
    own = scores[rules.dimension]
    ranks = low_ranks(own)
    n_list = lowest_count(int(np.isfinite(own).sum()), rules)
    ranks[ranks > n_list] = 0
    selected = np.flatnonzero(ranks > 0)
    selected = selected[np.lexsort((selected, ranks[selected]))]
    total = unit_classes(data, release, year)
    return {"rank": ranks, "score": own, "class": classes[rules.dimension], "total_class": total,
            "type": profile_types(total, rules), "compensation": compensation(scores, classes, rules.dimension, rules),
            "selected": selected}


def profile_values(data, release, year):
    """{measure: values} of CORRELATED in a year (afw from its field, lbm − C or Σ dimensions)."""
    return {m: measure_values(data, release, m, year) for m in CORRELATED}
