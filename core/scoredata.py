"""Scores of a set of units as numpy columns, keyed by (measure, year), whatever layout the layer had.

Two layouts are read, the plugin's wide schema and the official WFS's flat fields; which field holds which
measure and year is decided in core/schema.py (`score_fields`). Algorithms see only `ScoreData`.
"""
from dataclasses import dataclass
from dataclasses import field

import numpy as np

from .errors import LbmInputError
from .i18n import tr
from .plausible import check_plausible
from .schema import DIMENSIONS
from .schema import score_fields


@dataclass
class ScoreData:
    n: int
    values: dict = field(default_factory=dict)  # (measure, year) -> float64 array, NaN = missing
    source_fields: dict = field(default_factory=dict)  # (measure, year) -> field name in the layer
    fids: object = None  # feature ids in the order of the arrays, where read from a layer

    def get(self, measure, year):
        return self.values.get((measure, year))

    def years(self, measure=None):
        return sorted({y for (m, y) in self.values if measure is None or m == measure})

    def score_years(self):
        """Years with a total score (afw or lbm)."""
        return sorted({y for (m, y) in self.values if m in ("afw", "lbm")})

    def afw(self, year, constant_c):
        """afw of a year: the field, or lbm − C, or Σ dimensions; None if none of these exist."""
        if ("afw", year) in self.values:
            return self.values[("afw", year)]
        if ("lbm", year) in self.values:
            return self.values[("lbm", year)] - constant_c
        dims = [self.values.get((d, year)) for d in DIMENSIONS]
        if all(d is not None for d in dims):
            return np.sum(dims, axis=0)
        return None

    def dims_present(self, year):
        """True if the year has all five dimension fields and at least one unit has values."""
        cols = [self.values.get((d, year)) for d in DIMENSIONS]
        return all(c is not None for c in cols) and any(np.isfinite(c).any() for c in cols)


def fields_to_read(field_names):
    """{(measure, year) or (measure, None): field} of the score fields of a layer (None year: flat layout)."""
    fields = score_fields(field_names)
    if not fields:
        raise LbmInputError(
            tr("the layer has no Leefbaarometer scores: expected fields like afw_2024 (the plugin's schema, see 'Import published "
               "scores') or the official WFS fields afw, fys, … with year. Its fields: {field_names}").format(
               field_names=', '.join(field_names[:20]))
        )
    return fields


def score_data(n, columns, flat_years=None):
    """ScoreData from {(measure, year|None): (field, array)}; flat layouts take their single year from `flat_years`."""
    data = ScoreData(n=n)
    year = None
    if any(y is None for (_, y) in columns):
        years = np.unique(np.asarray(flat_years, dtype=float)[~np.isnan(np.asarray(flat_years, dtype=float))])
        if len(years) != 1:
            raise LbmInputError(
                tr("the layer holds the official WFS fields for {n_years} years ({y}); convert it first with 'Import official WFS "
                   "layer', which makes one feature per area").format(n_years=len(years), y=', '.join(str(int(y)) for y in years))
            )
        year = int(years[0])
    for (m, y), (fname, arr) in columns.items():
        key = (m, y if y is not None else year)
        data.values[key] = np.asarray(arr, dtype=float)
        check_plausible(m, data.values[key], f"the field '{fname}'")
        data.source_fields[key] = fname
    return data



def check_years_scored(data, years, constant_c):
    """Every chosen year must have a total score for some unit: a year whose fields are NULL everywhere would
    otherwise give NULL classes, 0 risers and empty means without a word."""
    for year in years:
        afw = data.afw(year, constant_c)
        if afw is None or not np.isfinite(afw).any():
            fields = [data.source_fields[(m, year)] for m in ("afw", "lbm", *DIMENSIONS) if (m, year) in data.source_fields]
            raise LbmInputError(
                tr("year {year} has no total score in any of the {n} units (field(s) {fields} are NULL everywhere). Choose other "
                   "years (YEARS), or import that year's scores again.").format(year=year, n=data.n, fields=', '.join(fields) or '-')
            )
