"""What the report analyses share: neighbours of any layer, table outputs, spreadsheets, and the criteria line."""
import numpy as np
import pandas as pd
from qgis.core import QgsFeature, QgsField, QgsFields, QgsWkbTypes

from ..core.errors import LbmInputError
from ..core.neighbours import grid_pairs, symmetric
from .base import SafeSink, check_cancel
from .layer_io import RD_NEW, in_order_of, indexed, read_source
from .score_layers import python_column
from .field_types import DOUBLE, LONG, STRING

NOT_OFFICIAL = ("<p><b>The official criteria are not published.</b> The defaults here are the plugin's own, chosen to "
                "follow the reports' wording; results can differ from the ministry's. Every output carries the "
                "criteria it used in its field <code>criteria</code>.</p>")


def criteria_text(**params):
    return "; ".join(f"{k}={v}" for k, v in params.items())


def unit_pairs(source, context, feedback, fids, connectivity=8, required=True):
    """Neighbour pairs of a layer's units: grid cells by their grid_id, polygons by a shared boundary.

    Pairs are positions in `fids` (the feature ids of the scores, from read_scores), so they fit the score arrays
    whatever order the data source returns features in. A layer without polygons (a table) has no neighbours:
    an error, or with required=False no pairs and a warning.
    """
    names = source.fields().names()
    if "grid_id" not in names and QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
        if required:
            raise LbmInputError("this analysis needs neighbours: give grid cells (grid_id) or polygons")
        if feedback is not None:
            feedback.pushWarning("the layer has no polygons: neighbours are not taken into account")
        return np.empty((0, 2), dtype=np.int64)
    if "grid_id" in names:
        from .layer_io import read_attributes

        cols, seen = read_attributes(source, ["grid_id"], context, feedback)
        ids = np.array([str(v) for v in cols["grid_id"]], dtype=object)[in_order_of(fids, seen)]
        return grid_pairs(ids, connectivity)
    _, geoms = read_source(source, [], context, feedback, fids=fids)
    index, engines = indexed(geoms)
    pairs = []
    for i, g in enumerate(geoms):
        if i % 2000 == 0:
            check_cancel(feedback)
        if g.isNull():
            continue
        for j in index.intersects(g.boundingBox()):
            if j <= i or geoms[j].isNull():
                continue
            # Rook contiguity: boundaries meet in a line (DE-9IM "F***1****"), or interiors overlap (slivers from
            # generalisation, "T********"). One GEOS predicate each, no intersection geometry built.
            other = geoms[j].constGet()
            if engines[i].relatePattern(other, "****1****") or engines[i].relatePattern(other, "T********"):
                pairs.append((i, j))
    if not pairs and len(geoms) > 1:
        raise LbmInputError("no two areas of the layer share a boundary: contiguity cannot be determined")
    return symmetric(np.array(pairs, dtype=np.int64).reshape(-1, 2))


def _field_type(series):
    if pd.api.types.is_integer_dtype(series):
        return LONG
    if pd.api.types.is_float_dtype(series):
        return DOUBLE
    return STRING


def write_table(algorithm, parameters, name, context, feedback, df):
    """A table output (no geometry) from a DataFrame."""
    fields = QgsFields()
    for col in df.columns:
        fields.append(QgsField(str(col), _field_type(df[col])))
    sink = SafeSink(algorithm, parameters, name, context, fields, QgsWkbTypes.NoGeometry, RD_NEW)
    columns = [python_column(df[c].to_numpy()) if df[c].dtype != object else
               [None if v is None or (isinstance(v, float) and v != v) else str(v) for v in df[c]] for c in df.columns]

    def batches():
        batch = []
        for row in zip(*columns) if columns else []:
            f = QgsFeature(fields)
            f.setAttributes(list(row))
            batch.append(f)
        yield batch

    return sink.write_all(batches(), feedback)


def _excel_engine():
    """xlsxwriter writes about three times faster than openpyxl; both come from Debian (scripts/setup.sh)."""
    import importlib.util

    for engine in ("xlsxwriter", "openpyxl"):
        if importlib.util.find_spec(engine) is not None:
            return engine
    raise LbmInputError("spreadsheet output needs the Python package openpyxl or xlsxwriter (Debian: python3-openpyxl); "
                        "install one, or leave the spreadsheet output empty")


def write_spreadsheet(path, sheets, criteria, credit):
    """An XLSX file with one sheet per table and a sheet with the sources and criteria. Written completely or not at all."""
    import os
    import tempfile

    engine = _excel_engine()
    folder = os.path.dirname(os.path.abspath(path)) or "."
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=folder)
    os.close(fd)
    try:
        with pd.ExcelWriter(tmp, engine=engine) as writer:
            for sheet, df in sheets.items():
                df.to_excel(writer, sheet_name=sheet[:31], index=False)
            pd.DataFrame({"bron en criteria": [credit, criteria]}).to_excel(writer, sheet_name="bron", index=False)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise


def weight_column(extra, field):
    """A weight field as numbers: NULL and CBS-suppressed (−99997) count as 0; None without a field (unweighted)."""
    if not field:
        return None
    from .score_layers import numeric

    w = np.nan_to_num(numeric(extra[field], field))
    w[w == -99997] = 0.0
    if (w < 0).any():
        raise LbmInputError(f"weight field '{field}' has negative values")
    return w


def indicator_column(extra, field):
    """An indicator field as numbers: NULL and CBS-suppressed (−99997) are missing (NaN)."""
    from .score_layers import numeric

    v = numeric(extra[field], field)
    v[v == -99997] = np.nan
    return v


def constant(n, text):
    return np.full(n, text, dtype=object)


def group_codes(values):
    return np.array([None if v is None or (hasattr(v, "isNull") and v.isNull()) else str(v) for v in values], dtype=object)
