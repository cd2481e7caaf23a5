"""Attribute values as numpy columns: numbers, codes and constant text.

Values arrive from GDAL (numpy arrays) or from QGIS features (object arrays with QGIS's NULL, which has
`isNull()`); both are handled here without importing QGIS.
"""
import numpy as np
import pandas as pd

from .errors import LbmInputError
from .i18n import tr
from .score_table import NA_TOKENS
from .score_table import exact_float


def is_null(value):
    """None, QGIS's NULL, or a float NaN (how GDAL's columns carry a NULL number)."""
    return value is None or (isinstance(value, float) and value != value) or (hasattr(value, "isNull") and value.isNull())


def as_float(values):
    """Floats of a column: numbers as they are; NULL and text that is no number -> NaN."""
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


def numeric(values, what):
    """Floats of an attribute column; text that is not a number is an error naming the field."""
    out = as_float(values)
    if np.asarray(values).dtype != object:  # a numeric column: NaN is NULL, nothing else can be wrong
        return out
    bad = [v for v, o in zip(values, out) if np.isnan(o) and not is_null(v) and str(v).strip() not in NA_TOKENS]
    if bad:
        raise LbmInputError(tr("field '{what}' holds {n_bad} value(s) that are not numbers, e.g. {bad}").format(what=what, n_bad=len(bad),
                               bad=bad[:3]))
    return out


def key_text(value):
    """A key value as text: 1011 and 1011.0 -> '1011'; NULL -> None."""
    if is_null(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


def group_codes(values):
    """Codes of a column as text (NULL -> None), for grouping."""
    return np.array([None if is_null(v) else str(v) for v in values], dtype=object)


def constant(n, text):
    return np.full(n, text, dtype=object)
