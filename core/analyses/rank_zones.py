"""Rankings of zones on several indicators (the 2020 theme report's bijlage 5): each indicator turned so that higher
is more unfavourable, standardised (z-scores or percentile ranks) over the zones that can be ranked, a weighted mean
of those (`composite`), the rank on it (1 = most unfavourable), each indicator's own rank, and on how many
indicators the zone is among the worst tenth. Zones with a missing indicator or too few units are not ranked, with
the reason. From units, the indicators are first aggregated to the zones by core/aggregate.py.
"""
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..aggregate import aggregate
from ..aggregate import weighted_mean
from ..classify import CLASS_GROUPS
from ..errors import LbmInputError
from ..i18n import tr
from ..i18n import tr_noop
from ..names import COMPOSITE
from ..names import N_WORST_DECILE
from ..names import RANK
from ..names import REASON
from ..names import change_field
from ..names import indicator_rank_field
from ..names import percentile_field
from ..names import share_field
from ..names import z_field
from ..schema import MEASURES
from ..stats import percentile_ranks
from ..stats import ranks

METHODS = ("z", "percentile")
METHOD_NAMES = {"z": tr_noop("z-scores (mean 0, standard deviation 1 over the ranked zones)"),
                "percentile": tr_noop("percentile ranks (0–100 over the ranked zones)")}
DIRECTIONS = ("low", "high")  # the end of an indicator's scale that is unfavourable (low: a low score is worse)
# Other spellings a user may type for a direction (Dutch, and the words of the tool's help).
DIRECTION_WORDS = {"low": "low", "laag": "low", "lower": "low", "l": "low",
                   "high": "high", "hoog": "high", "higher": "high", "h": "high"}
# The map of a ranking: its classes by the share of the ranked zones ranked at or above a zone (rank ≤ share × M).
MAP_SHARES = (0.10, 0.25, 0.75, 0.90)
MAP_LABELS = (tr_noop("most unfavourable 10 %"), tr_noop("unfavourable, 10–25 %"), tr_noop("middle, 25–75 %"),
              tr_noop("favourable, 75–90 %"), tr_noop("most favourable 10 %"))
MAP_COLOURS = ("#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6")  # ColorBrewer RdYlBu-5, colour-blind safe
NOT_RANKED_COLOUR = "#cccccc"  # grey, as areas without a score on every map
# Composites equal to this many decimals share a rank: averages of percentile ranks are often equal in exact terms
# (1.5 × 30 + 10 = 1.5 × 10 + 40), and the order of the sums must not break such a tie at the 16th digit.
TIE_DECIMALS = 9
NO_UNITS, FEW_UNITS, MISSING = "geen eenheden", "te weinig eenheden", "ontbrekend"  # the reasons (stored, Dutch)


@dataclass(frozen=True)
class RankRules:
    """The criteria of a ranking: the plugin's own (not official); the algorithm's parameters take their defaults."""

    method: str = "z"  # 'z' or 'percentile': what the composite averages
    min_units: int = 5  # a zone aggregated from fewer units (or with fewer in its n_units) is not ranked
    worst_share: float = 0.1  # n_worst_decile counts indicators on which rank ≤ worst_share × M (M zones ranked)
    top: int = 10  # zones named in the log


@dataclass(frozen=True)
class Indicator:
    field: str
    worse: str = "low"  # 'low': a low value is unfavourable (a Leefbaarometer score); 'high': a high one (crime)
    weight: float = 1.0

    def text(self):
        return f"{self.field}:{self.worse}:{self.weight:g}"


def parse_indicators(values):
    """[Indicator] from the rows of a matrix (field, worse end, weight) given flat, as Processing hands them over:
    ['onv', 'low', '1', 'soc', 'low', '1']. Directions: low/high (also laag/hoog); weights ≥ 0 (a decimal comma is
    taken), not all 0; no field twice."""
    cells = [("" if v is None else str(v)).strip() for v in (values or [])]
    while cells and not any(cells[-3:]):  # empty rows at the end of the table
        cells = cells[:-3]
    if not cells:
        raise LbmInputError(tr("give at least one indicator: rows of field, worse end (low or high) and weight, e.g. "
                               "onv,low,1,soc,low,1"))
    if len(cells) % 3:
        raise LbmInputError(tr("the indicators are rows of three: field, worse end (low or high), weight, e.g. onv,low,1,soc,low,1; "
                               "got {n} values: {values}").format(n=len(cells), values=", ".join(cells)))
    out = []
    for i in range(0, len(cells), 3):
        field, worse, weight = cells[i:i + 3]
        if not field:
            raise LbmInputError(tr("indicator row {row} has no field").format(row=i // 3 + 1))
        direction = DIRECTION_WORDS.get(worse.lower())
        if direction is None:
            raise LbmInputError(tr("indicator '{field}': the worse end must be low or high (which end of its scale is "
                                   "unfavourable), not '{worse}'").format(field=field, worse=worse))
        try:
            w = float(weight.replace(",", ".")) if weight else 1.0
        except ValueError:
            w = float("nan")
        if not np.isfinite(w) or w < 0:
            raise LbmInputError(tr("indicator '{field}': the weight must be a number ≥ 0, not '{weight}'").format(
                field=field, weight=weight))
        out.append(Indicator(field, direction, w))
    seen = [i.field for i in out]
    twice = sorted({f for f in seen if seen.count(f) > 1})
    if twice:
        raise LbmInputError(tr("indicator(s) given more than once: {fields}").format(fields=", ".join(twice)))
    if not any(i.weight > 0 for i in out):
        raise LbmInputError(tr("every indicator has weight 0: give at least one a positive weight"))
    return out


# --- indicators from units: the plugin's aggregation ----------------------------------------------------------

_SHARE = re.compile(r"^aandeel_(%s)_(\d{4})$" % "|".join(CLASS_GROUPS))
_CHANGE = re.compile(r"^d(%s)_(\d{4})_(\d{4})$" % "|".join(MEASURES))
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def aggregated_indicators(data, zone, n_zones, weights, release, names, fields=None):
    """({name: value per zone}, units per zone, weight per zone) of indicator `names` from units in zones `zone`
    (−1: none), by the plugin's aggregation (core/aggregate.aggregate): weighted means of the scores (`onv_2024`; a
    bare `onv` on a layer of one year), the weight per class and class group (`w13_2024`), the share of the weight
    with a class that lives in a class group (`aandeel_w13_2024`), the change of a zone's mean between two years
    (`dafw_2022_2024`), and the weighted mean of any other field of the units (`fields`: {name: numbers, NaN where
    missing})."""
    fields = fields or {}
    alias = {}
    for name in names:
        if name in MEASURES and name not in fields:
            years = data.years(name) or (data.score_years() if name == "afw" else [])
            if len(years) != 1:
                raise LbmInputError(tr("indicator '{name}': the layer has it for {years}; name the year, e.g. {name}_{year}").format(
                    name=name, years=", ".join(map(str, years)) or "-", year=years[-1] if years else 2024))
            alias[name] = f"{name}_{years[0]}"
    wanted = {int(y) for name in names if name not in fields for y in _YEAR.findall(alias.get(name, name))}
    years = sorted(wanted & set(data.years()))
    agg = aggregate(data, zone, n_zones, weights, release, years or data.score_years()[-1:])
    out = {}
    for name in names:
        key = alias.get(name, name)
        share, change = _SHARE.match(key), _CHANGE.match(key)
        if name in fields:
            out[name] = weighted_mean(np.asarray(zone, dtype=np.int64), n_zones, weights, fields[name])
        elif key in agg:
            out[name] = np.asarray(agg[key], dtype=float)
        elif share and f"wk1_{share.group(2)}" in agg:
            y = share.group(2)
            classed = np.sum([agg[f"wk{k}_{y}"] for k in range(1, 10)], axis=0)
            with np.errstate(invalid="ignore", divide="ignore"):
                out[name] = np.where(classed > 0, agg[f"{share.group(1)}_{y}"] / np.where(classed > 0, classed, 1), np.nan)
        elif change and f"{change.group(1)}_{change.group(2)}" in agg and f"{change.group(1)}_{change.group(3)}" in agg:
            m, a, b = change.groups()
            if int(a) >= int(b):
                raise LbmInputError(tr("indicator '{name}': the first year must come before the second").format(name=name))
            out[name] = agg[f"{m}_{b}"] - agg[f"{m}_{a}"]
        else:
            raise LbmInputError(tr(
                "indicator '{name}' is neither a field of the units nor a figure of the aggregation. From units, an "
                "indicator is a field of the units (its weighted mean per zone), a score of a year ({examples}), the weight "
                "in a class group ({groups}), its share ({share}) or a change ({change}); years in the layer: {years}").format(
                name=name, examples=", ".join(f"{m}_{y}" for m in ("afw", "onv") for y in data.score_years()[-1:]) or "afw_2024",
                groups=f"w13_{(data.score_years() or [2024])[-1]}", share=share_field("w13", (data.score_years() or [2024])[-1]),
                change=change_field("afw", *((data.score_years()[-2:]) if len(data.score_years()) > 1 else (2022, 2024))),
                years=", ".join(map(str, data.score_years())) or "-"))
    return out, np.asarray(agg["n_units"]), np.asarray(agg["weight"])


# --- the ranking ------------------------------------------------------------------------------------------------

@dataclass
class Ranking:
    table: pd.DataFrame  # one row per zone, in the zones' order: the fields of the output (names.py)
    ranked: int  # M: the zones ranked
    notes: list  # what the log should say besides (indicators that do not discriminate …)


def rank_zones(columns, indicators, n_units=None, rules=None):
    """The ranking of zones on `indicators` ([Indicator]) whose values per zone are `columns` ({field: array}).

    Zones with a value on every indicator and, where `n_units` (units per zone) is given, at least `min_units`
    units are ranked; the others get `reason`. Over the M ranked zones each indicator is turned so that higher is
    more unfavourable (×−1 where low is worse) and standardised: z-scores (population standard deviation, ddof 0)
    or percentile ranks (100 × (average rank from the favourable end − ½) / M; ties share one). `composite` is the
    weighted mean of those; `rank` 1 is the highest composite (the most unfavourable; composites equal to
    TIE_DECIMALS decimals share a rank); `rank_{field}` is the rank on the indicator alone; ties share the best rank
    (1, 2, 2, 4). `n_worst_decile`: the indicators on which
    rank_{field} ≤ worst_share × M.
    """
    rules = rules or RankRules()
    if rules.method not in METHODS:
        raise LbmInputError(tr("unknown method '{method}'; choose one of {methods}").format(method=rules.method,
                                                                                           methods=", ".join(METHODS)))
    values = np.column_stack([np.asarray(columns[i.field], dtype=float) for i in indicators])
    n = len(values)
    missing = ~np.isfinite(values)
    units = None if n_units is None else np.asarray(n_units, dtype=float)
    few = np.zeros(n, dtype=bool) if units is None else units < rules.min_units
    ok = ~missing.any(axis=1) & ~few
    notes = []
    for j, ind in enumerate(indicators):
        if missing[:, j].all():
            raise LbmInputError(tr("indicator '{field}' has no value in any zone").format(field=ind.field))
    m = int(ok.sum())
    if m < 2:
        raise LbmInputError(tr("fewer than two zones can be ranked ({m} of {n}): every indicator needs a value and every zone "
                               "at least {min_units} units. Reasons: {reasons}").format(
            m=m, n=n, min_units=rules.min_units, reasons="; ".join(sorted(set(_reasons(missing, units, few, indicators, rules)) - {None}))))
    sign = np.array([-1.0 if i.worse == "low" else 1.0 for i in indicators])
    turned = values[ok] * sign
    if rules.method == "z":
        sd = turned.std(axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            score = np.where(sd > 0, (turned - turned.mean(axis=0)) / np.where(sd > 0, sd, 1), 0.0)
    else:
        score = np.column_stack([percentile_ranks(turned[:, j]) * 100.0 for j in range(len(indicators))])
    for j, ind in enumerate(indicators):
        if np.all(turned[:, j] == turned[0, j]):
            notes.append(tr("indicator '{field}' has the same value in every ranked zone: it does not tell them apart").format(
                field=ind.field))
    w = np.array([i.weight for i in indicators])
    composite = score @ w / w.sum()
    own = np.column_stack([ranks(turned[:, j]) for j in range(len(indicators))])
    worst = (own <= rules.worst_share * m + 1e-9).sum(axis=1)

    table = pd.DataFrame(index=range(n))
    name = z_field if rules.method == "z" else percentile_field
    for j, ind in enumerate(indicators):
        col = np.full(n, np.nan)
        col[ok] = score[:, j]
        table[name(ind.field)] = col
    for j, ind in enumerate(indicators):
        table[indicator_rank_field(ind.field)] = _on(ok, own[:, j])
    comp = np.full(n, np.nan)
    comp[ok] = composite
    table[COMPOSITE] = comp
    table[RANK] = _on(ok, ranks(np.round(composite, TIE_DECIMALS)))
    table[N_WORST_DECILE] = _on(ok, worst)
    table[REASON] = pd.Series(_reasons(missing, units, few, indicators, rules), dtype=object)
    return Ranking(table, m, notes)


def _on(ok, values):
    """Whole numbers of the ranked zones as a nullable integer column (NULL for the others)."""
    out = pd.array([pd.NA] * len(ok), dtype="Int64")
    out[np.flatnonzero(ok)] = np.asarray(values, dtype=np.int64)
    return out


def _reasons(missing, units, few, indicators, rules):
    """Per zone why it is not ranked (None: it is): no units, too few units, indicators without a value."""
    out = []
    for i in range(len(missing)):
        parts = []
        if units is not None and units[i] == 0:
            parts.append(NO_UNITS)
        elif few[i]:
            parts.append(f"{FEW_UNITS} ({units[i]:g} < {rules.min_units})")
        if missing[i].any() and not (units is not None and units[i] == 0):
            parts.append(f"{MISSING}: " + ", ".join(ind.field for ind, gone in zip(indicators, missing[i]) if gone))
        out.append("; ".join(parts) or None)
    return out


def worst_indicators(table, indicators, m, rules=None):
    """Per zone the indicators on which it is among the worst tenth (rank ≤ worst_share × M), as a list of fields
    (empty for zones not ranked): what `n_worst_decile` counts, by name (the log, the annex)."""
    rules = rules or RankRules()
    limit = rules.worst_share * m + 1e-9
    own = {i.field: table[indicator_rank_field(i.field)] for i in indicators}
    return [[f for f, r in own.items() if not pd.isna(r.iloc[k]) and r.iloc[k] <= limit] for k in range(len(table))]


def rank_order(table):
    """Row positions in rank order: the ranked zones by rank (ties in their order), then the others."""
    key = table[RANK].astype("float64").fillna(np.inf).to_numpy()
    return np.argsort(key, kind="stable")


def map_class(rank, m):
    """The map class 1–5 of a rank among M ranked zones (MAP_SHARES; 0: not ranked), as the ranking view draws it."""
    if rank is None or pd.isna(rank):
        return 0
    return 1 + sum(rank > share * m + 1e-9 for share in MAP_SHARES)


def rank_limits(m):
    """The last rank of each map class among M ranked zones: [34, 85, 256, 307, 342] for 342."""
    return [int(np.floor(share * m + 1e-9)) for share in MAP_SHARES] + [m]

