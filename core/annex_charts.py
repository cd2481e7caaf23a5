"""The annex's charts, drawn from its own tables (core/annex.py): what a chart plots is what the table below it
prints, at full precision.

- development: the table 'ontwikkeling' (the gemeente's mean afw per measurement year, all areas', its group's,
  and the dimensions) as core/charts/builders.development;
- groups: the table 'klassengroepen' (households per class group per year) as stacked bars.
"""
import math

from .annex import GM_COLUMN
from .annex import GROUP_HEADERS
from .annex import YEAR_COLUMN
from .charts import builders
from .numformat import dutch_number
from .schema import DIMENSION_NAMES
from .schema import DIMENSIONS
from .series import GROUP3_NAMES
from .series import GROUP3_PALETTE_CLASS

WIDTH = 186.0  # mm: the text block of the annex's table pages


def _values(column):
    return [float(v) if v is not None and math.isfinite(float(v)) else None for v in column]


def development_chart(table, name, level, measure, width=WIDTH):
    """The development chart of one gemeente from its table 'ontwikkeling' (its group's line where the table has
    the group's column)."""
    years = [int(v) for v in table[YEAR_COLUMN]]
    series = {"gemeente": _values(table[GM_COLUMN]), "alle": _values(table[f"Alle {level.plural}"])}
    names = {"gemeente": name, "alle": f"alle {level.plural}"}
    group = table.attrs.get("group")
    if group is not None:
        series["groep"] = _values(table[group])
        names["groep"] = str(group)
    dims = [d for d in DIMENSIONS if d in table.columns]
    dim_rows = [i for i in range(len(table)) if dims and all(_values(table[d])[i] is not None for d in dims)]
    dim_years = [years[i] for i in dim_rows]
    dim_series = None
    if dim_years:
        dim_series = {d: {"gemeente": [_values(table[d])[i] for i in dim_rows]} for d in dims}
    return builders.development(width, measure, dutch_number, years, series, names, dim_years, dim_series,
                                DIMENSION_NAMES)


def groups_chart(table, unit, release, measure, width=WIDTH, height=62.0):
    """The stacked bars of one gemeente's households (or `unit`) per class group from its table 'klassengroepen'."""
    years = [int(v) for v in table[YEAR_COLUMN]]
    groups = [(g, GROUP3_NAMES[g], release.palette_scores[GROUP3_PALETTE_CLASS[g] - 1], _values(table[GROUP_HEADERS[g]]))
              for g in ("w13", "w4", "w59")]
    return builders.stacked_groups(width, height, measure, dutch_number, years, groups, unit)
