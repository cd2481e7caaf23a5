"""The annex's section 'Positie van de gemeente' (issue 24): the gemeente's place in a ranking of the gemeenten made
by leefbaarometer:rankzones (its output layer, read as a table), and on which indicators it is among the worst tenth.

Nothing is ranked here: the ranks, composite and reasons are the ranking's own fields, so that the annex prints what
the ranking layer holds. The indicators, their unfavourable end and weights are read from its `criteria` field
(`indicators=onv:low:1,soc:low:1; method=z; …`, written by the algorithm). Dutch, like every annex text.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .analyses.rank_zones import RankRules
from .names import COMPOSITE
from .names import CRITERIA
from .names import RANK
from .names import REASON
from .names import indicator_rank_field
from .numformat import COUNT
from .numformat import SCORE
from .numformat import TEXT
from .numformat import format_value
from .schema import DIMENSION_NAMES

POSITION = "positie"  # the annex's table (core/annex.TABLES)
POSITION_TITLE = "Positie van de gemeente"
INDICATOR, WORSE, WEIGHT, VALUE, OWN_RANK, WORST = "Indicator", "Ongunstig", "Gewicht", "Waarde", "Rang", "Ongunstigste tiende"
COMPOSITE_ROW = "Samengesteld"  # the composite's row: its value and the gemeente's rank
WORSE_WORDS = {"low": "laag", "high": "hoog"}
METHOD_WORDS = {"z": "z-scores", "percentile": "percentielrangen"}
ABSENT = "De gemeente staat niet in de gegeven rangorde."  # the section's note for a gemeente the ranking lacks


@dataclass(frozen=True)
class RankingIndicator:
    field: str
    worse: str  # 'low' or 'high'
    weight: float


@dataclass
class AnnexRanking:
    """A ranking of zones as the annex reads it: M ranked, the indicators, and per zone code its row."""

    ranked: int  # M
    method: str  # 'z' or 'percentile'
    indicators: list  # [RankingIndicator]
    criteria: str
    rows: dict  # {zone code: pd.Series of the ranking's fields}


def parse_criteria(text):
    """{key: value} of a `criteria` line ('indicators=onv:low:1,soc:low:1; method=z; …')."""
    out = {}
    for part in str(text or "").split("; "):
        key, sep, value = part.partition("=")
        if sep:
            out[key.strip()] = value.strip()
    return out


def read_ranking(table, key):
    """AnnexRanking from the attribute table (DataFrame) of a rankzones output; `key` its zone code column. None
    values where the ranking has none. Raises ValueError naming what is missing when it is not such an output."""
    missing = [f for f in (key, RANK, COMPOSITE, CRITERIA) if f not in table.columns]
    if missing:
        raise ValueError(", ".join(missing))
    crit = next((c for c in table[CRITERIA] if not is_missing(c)), "")
    parsed = parse_criteria(crit)
    indicators = []
    for item in filter(None, parsed.get("indicators", "").split(",")):
        field, worse, weight = (item.rsplit(":", 2) + ["low", "1"])[:3]
        indicators.append(RankingIndicator(field, worse, float(weight)))
    absent = [f for i in indicators for f in (i.field, indicator_rank_field(i.field)) if f not in table.columns]
    if not indicators or absent:
        raise ValueError(", ".join(absent) or "criteria: indicators=…")
    rows = {str(code): row for code, row in zip(table[key], (r for _, r in table.iterrows())) if not is_missing(code)}
    # M as the ranking counted it (criteria 'ranked=342/342'): a layer filtered to some zones keeps their ranks of M.
    m = parsed.get("ranked", "").split("/")[0]
    ranked = int(m) if m.isdigit() else int(pd.to_numeric(table[RANK], errors="coerce").notna().sum())
    return AnnexRanking(ranked, parsed.get("method", "z"), indicators, crit, rows)


def is_missing(v):
    """None, NaN, pandas' NA or QGIS's NULL read as None: the ranking has no value."""
    return v is None or (not isinstance(v, str) and bool(pd.isna(v)))


def _number(v):
    return None if is_missing(v) else float(v)


def _worst(ranking, own):
    return own is not None and own <= RankRules().worst_share * ranking.ranked + 1e-9


def indicator_label(field):
    """'Overlast en onveiligheid (onv)' for a dimension, the field itself for anything else."""
    name = DIMENSION_NAMES.get(field)
    return f"{name} ({field})" if name else field


def position_table(ranking, code):
    """The gemeente's table: one row per indicator (value, its unfavourable end and weight, the gemeente's rank on
    it, 'ja' where that is among the worst tenth) and the composite's row with the gemeente's rank; None when the
    ranking has no zone with this code."""
    row = ranking.rows.get(str(code))
    if row is None:
        return None
    rows = []
    for ind in ranking.indicators:
        own = _number(row[indicator_rank_field(ind.field)])
        rows.append((indicator_label(ind.field), WORSE_WORDS.get(ind.worse, ind.worse), ind.weight, _number(row[ind.field]),
                     own, "ja" if _worst(ranking, own) else ""))
    rows.append((f"{COMPOSITE_ROW} ({METHOD_WORDS.get(ranking.method, ranking.method)})", "", None,
                 _number(row[COMPOSITE]), _number(row[RANK]), ""))
    df = pd.DataFrame(rows, columns=[INDICATOR, WORSE, WEIGHT, VALUE, OWN_RANK, WORST])
    df[OWN_RANK] = df[OWN_RANK].astype(float)
    df.attrs["kinds"] = {INDICATOR: TEXT, WORSE: TEXT, WEIGHT: TEXT, VALUE: SCORE, OWN_RANK: COUNT, WORST: TEXT}
    df.attrs["widths"] = {INDICATOR: 62, WORSE: 18, WEIGHT: 16, OWN_RANK: 16, WORST: 26}  # mm; the value takes the rest
    df[WEIGHT] = [None if w is None or (isinstance(w, float) and np.isnan(w)) else f"{w:g}".replace(".", ",") for w in df[WEIGHT]]
    return df


def _listed(words):
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]


def position_sentence(name, ranking, code):
    """The annex text's sentence on the gemeente's place: its rank of M and the indicators on which it is among the
    worst tenth; or why it is not ranked; or that the ranking lacks it. Every number is a cell of position_table."""
    fields = [i.field for i in ranking.indicators]
    on = f"op {_listed(fields)}"
    m = format_value(ranking.ranked, COUNT)
    row = ranking.rows.get(str(code))
    if row is None:
        return f"{name} staat niet in de gegeven rangorde ({m} gerangschikte gebieden {on})."
    if is_missing(row[RANK]):
        reason = row[REASON] if REASON in row.index and not is_missing(row[REASON]) else "geen waarde"
        return f"In de rangorde van {m} gebieden {on} is {name} niet gerangschikt: {reason}."
    worst = [i.field for i in ranking.indicators if _worst(ranking, _number(row[indicator_rank_field(i.field)]))]
    n = len(fields)
    tenth = (f"bij het ongunstigste tiende hoort {name} op {len(worst)} van de {n} indicatoren ({', '.join(worst)})"
             if worst else f"bij het ongunstigste tiende hoort {name} op geen van de {n} indicatoren")
    return (f"In de rangorde van {m} gebieden {on} staat {name} op plaats {format_value(row[RANK], COUNT)} "
            f"(1 = meest ongunstig); {tenth}.")
