"""Reading scores from any Leefbaarometer layer, and writing the input again with new fields added.

Inputs are read in two passes: first only the fields an algorithm needs (no geometry), then, once
`core/` has computed the new columns, the features are streamed to the sink with those columns appended.
Input fields are never overwritten: a new field that already exists is an error unless the user allows
replacing it in the output (the input itself is never changed).
"""
import itertools

import numpy as np
import pandas as pd
from qgis.core import QgsFeature, QgsFeatureRequest, QgsField, QgsFields, QgsProcessingFeatureSource, QgsWkbTypes

from ..core.errors import LbmInputError
from ..core.schema import wide_fields
from ..core.score_table import exact_float
from ..core.scoredata import fields_to_read, layout_of, score_data, year_field
from .base import SafeSink, check_cancel
from .layer_io import BATCH, read_attributes
from .params import parse_years
from .field_types import DOUBLE, INT, STRING


def _as_float(values):
    """Floats of a column: numbers as they are; NULL (QGIS's NULL QVariant, None) and text that is no number -> NaN."""
    values = np.asarray(values)
    if values.dtype != object:
        return values.astype(float)
    # A type test per value is cheap; letting pandas try float() on NULL QVariants raises once per NULL (slow).
    is_number = np.fromiter((type(v) in (float, int) for v in values), dtype=bool, count=len(values))
    out = np.full(len(values), np.nan)
    out[is_number] = values[is_number].astype(float)
    rest = ~is_number
    if rest.any():
        text = pd.Series(values[rest], dtype=object).map(lambda v: v.strip().replace(",", ".") if isinstance(v, str) else None)
        out[rest] = text.map(exact_float).to_numpy(dtype=float)
    return out


def wanted_years(source, text):
    """The years chosen in a YEARS parameter, checked against the layer's fields before anything is read
    (so that only those years' fields are read); None for all years, or for a flat (WFS) layer."""
    names = source.fields().names() if source is not None else []
    if not (text or "").strip() or layout_of(names) != "wide":
        return None
    return parse_years(text, sorted({y for (m, y) in wide_fields(names) if m in ("afw", "lbm")}))


def read_scores(source, context, feedback, extra_fields=(), require=True, gdal_source=None, years=None):
    """ScoreData of a source (wide schema or flat WFS layout) and {name: column} of `extra_fields`.

    With require=False a layer without any score fields gives an empty ScoreData (for scoring from indicators).
    `gdal_source` (see gdal_columns.gdal_source_of) reads a file layer or PostGIS table through GDAL's columns.
    The feature ids are kept in `data.fids`, so that writing can align features with the computed columns.
    `years` (from wanted_years): read only those years' fields.
    """
    if source is None:
        raise LbmInputError("no input layer")
    names = source.fields().names()
    wanted = fields_to_read(names) if require or layout_of(names) else {}
    if years:  # only these years' fields travel (from a database: only these columns)
        wanted = {(m, y): f for (m, y), f in wanted.items() if y is None or y in years}
    yfield = year_field(names) if any(y is None for (_, y) in wanted) else None
    extra = [f for f in extra_fields if f]
    for f in extra:
        if f not in names:
            raise LbmInputError(f"the layer has no field '{f}'")
    to_read = list(dict.fromkeys(list(wanted.values()) + ([yfield] if yfield else []) + extra))
    by_name, fids = read_attributes(source, to_read, context, feedback, gdal_source)
    check_cancel(feedback)
    n = len(fids)
    if n == 0:
        raise LbmInputError("the input layer has no features")
    columns = {key: (fname, _as_float(by_name[fname])) for key, fname in wanted.items()}
    data = score_data(n, columns, _as_float(by_name[yfield]) if yfield else None)
    data.fids = fids
    return data, {f: by_name[f] for f in extra}


def numeric(values, what):
    """Floats of an attribute column; text that is not a number is an error naming the field."""
    out = _as_float(values)
    bad = [v for v, o in zip(values, out) if np.isnan(o) and v is not None and not (hasattr(v, "isNull") and v.isNull())
           and str(v).strip() not in ("", "NA")]
    if bad:
        raise LbmInputError(f"field '{what}' holds values that are not numbers, e.g. {bad[:3]}")
    return out


def qvariant_type(array):
    return INT if np.issubdtype(np.asarray(array).dtype, np.integer) else (
        DOUBLE if np.issubdtype(np.asarray(array).dtype, np.floating) else STRING)


def python_column(array):
    """Python values for attributes. int8 arrays are classes (core/ makes them so): 0 = no class = NULL."""
    arr = np.asarray(array)
    if arr.dtype == np.int8:
        return [int(v) if v != 0 else None for v in arr.tolist()]
    if np.issubdtype(arr.dtype, np.integer):
        return arr.tolist()
    if np.issubdtype(arr.dtype, np.floating):
        return [None if v != v else v for v in arr.tolist()]
    return [None if v is None else str(v) for v in arr.tolist()]


def write_with_new_fields(algorithm, parameters, context, feedback, source, new_columns, replace=False,
                          output="OUTPUT", fids=None, keep=None):
    """Stream the source's features to the sink with `new_columns` ({name: array}) appended.

    `fids`: the feature id of each array row (from read_scores); rows are matched to features by id, so the
    order in which the source hands out features does not matter. `keep`: row indices to write (default all).
    """
    fields = QgsFields(source.fields())
    position = {}
    existing = [name for name in new_columns if fields.lookupField(name) >= 0]
    if existing and not replace:
        raise LbmInputError(
            f"the input already has field(s) {', '.join(existing[:5])}{' …' if len(existing) > 5 else ''}; "
            "input fields are never overwritten. Remove them, or allow replacing them in the output (REPLACE)."
        )
    for name, arr in new_columns.items():
        idx = fields.lookupField(name)
        if idx < 0:
            fields.append(QgsField(name, qvariant_type(arr)))
            idx = fields.count() - 1
        position[name] = idx
    n = source.featureCount()
    # Multi types: GeoJSON layers say Polygon but hold MultiPolygons too.
    wkb = QgsWkbTypes.multiType(source.wkbType())
    sink = SafeSink(algorithm, parameters, output, context, fields, wkb, source.sourceCrs())

    row_of = pd.Index(fids) if fids is not None else None
    width = fields.count()
    wanted = None
    if keep is not None:
        wanted = np.zeros(n if fids is None else len(fids), dtype=bool)
        wanted[np.asarray(keep, dtype=np.int64)] = True

    def batches():
        it = source.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        done = 0
        while True:
            chunk = list(itertools.islice(it, BATCH))
            if not chunk:
                return
            if row_of is not None:
                rows = row_of.get_indexer([f.id() for f in chunk])
                if (rows < 0).any():
                    raise LbmInputError("the input layer changed while the algorithm ran; run it again")
            else:
                rows = np.arange(done, done + len(chunk))
            done += len(chunk)
            if wanted is not None:
                chunk = [f for f, r in zip(chunk, rows) if wanted[r]]
                rows = rows[wanted[rows]]
            cols = [(position[name], python_column(np.asarray(arr)[rows])) for name, arr in new_columns.items()]
            out = []
            for k, feat in enumerate(chunk):
                f = QgsFeature(feat)  # a C++ copy: no per-attribute conversion to Python
                f.setFields(fields, False)
                f.resizeAttributes(width)
                for idx, values in cols:
                    f.setAttribute(idx, values[k])
                geom = f.geometry()
                if not geom.isNull() and not QgsWkbTypes.isMultiType(geom.wkbType()):
                    geom.convertToMultiType()
                    f.setGeometry(geom)
                out.append(f)
            feedback.setProgress(50 + 50 * done / max(n, 1))
            yield out

    return sink.write_all(batches(), feedback)
