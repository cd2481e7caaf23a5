"""Moving data between QGIS layers and numpy arrays: the only per-feature loops of the plugin live here."""
import operator

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingFeatureSource,
    QgsRectangle,
)

from ..core.errors import LbmInputError
from ..core.schema import CLASS_MEASURES, parse_field_name
from .field_types import DOUBLE, INT, STRING
from .gdal_columns import read_columns

RD_NEW = QgsCoordinateReferenceSystem("EPSG:28992")
BATCH = 5000


def key_text(value):
    """A key value as text: 1011 and 1011.0 -> '1011'; NULL -> None."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


def read_source(source, field_names, context, feedback=None, with_geometry=True, to_crs=RD_NEW, fids=None):
    """Attribute columns (object arrays) and geometries (in `to_crs`) of every feature of a source.

    Geometries are read as they are, invalid ones too (generalised boundary files often have some):
    importing only copies them. Callers warn about them with `invalid_count`.
    `fids`: return the features in this order of feature ids (those of read_scores), whatever order the data
    source hands them out in (a database has none of its own).
    """
    request = QgsFeatureRequest()
    if field_names:
        request.setSubsetOfAttributes(field_names, source.fields())
    else:
        request.setSubsetOfAttributes([])
    if not with_geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    transform = None
    crs = source_crs(source, feedback) if with_geometry else None
    if crs is not None and crs != to_crs:
        transform = QgsCoordinateTransform(crs, to_crs, context.transformContext())
    total = max(source.featureCount(), 1)
    idx = [source.fields().lookupField(f) for f in field_names]
    pick = operator.itemgetter(*idx) if len(idx) > 1 else (lambda attrs: (attrs[idx[0]],)) if idx else (lambda a: ())
    rows = []
    geometries = []
    seen = []
    for n, feat in enumerate(source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)):
        if feedback is not None and n % BATCH == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * n / total)
        seen.append(feat.id())
        rows.append(pick(feat.attributes()))
        if with_geometry:
            geom = QgsGeometry(feat.geometry())
            if transform is not None and not geom.isNull():
                geom.transform(transform)
            geometries.append(geom)
    table = np.empty((len(rows), len(field_names)), dtype=object)
    if rows:
        table[:] = rows
    if fids is not None:
        order = in_order_of(fids, seen)
        table = table[order]
        geometries = [geometries[i] for i in order.tolist()] if with_geometry else geometries
    return [table[:, j] for j in range(len(field_names))], geometries


def in_order_of(fids, seen):
    """Positions in `seen` (feature ids as read) of each id in `fids`: reorders a second read like the first."""
    order = pd.Index(seen).get_indexer(np.asarray(fids))
    if (order < 0).any() or len(seen) != len(fids):
        raise LbmInputError("the input layer changed while the algorithm ran; run it again")
    return order


def read_attributes(source, field_names, context, feedback=None, gdal_source=None):
    """{field: column} and the feature ids of a source, without geometry.

    `gdal_source` (from `gdal_columns.gdal_source_of`) takes GDAL's fast columnar path; otherwise features are
    read one by one. Columns from the slow path are object arrays of Python values (NULL as QGIS's NULL).
    """
    if gdal_source is not None:
        fast = read_columns(gdal_source, field_names)
        if fast is not None and len(fast[1]) == source.featureCount():
            return fast
        if feedback is not None:
            feedback.pushInfo("Reading features one by one (GDAL's columnar read was not possible here).")
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(field_names, source.fields())
    idx = [source.fields().lookupField(f) for f in field_names]
    rows, fids = [], []
    total = max(source.featureCount(), 1)
    for n, feat in enumerate(source.getFeatures(request)):
        if feedback is not None and n % BATCH == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(50.0 * n / total)
        attrs = feat.attributes()
        rows.append([attrs[i] for i in idx])
        fids.append(feat.id())
    table = np.empty((len(rows), len(field_names)), dtype=object)
    if rows:
        table[:] = rows
    return {f: table[:, j] for j, f in enumerate(field_names)}, np.asarray(fids, dtype=np.int64)


def source_crs(source, feedback=None):
    """The CRS of a source. Files without one (TopoJSON, a GeoJSON without 'crs') whose coordinates are
    degrees are taken as WGS 84, as the GeoJSON standard says; otherwise a missing CRS is an error."""
    crs = source.sourceCrs()
    if crs.isValid():
        return crs
    box = source.sourceExtent()
    if -180 <= box.xMinimum() <= box.xMaximum() <= 180 and -90 <= box.yMinimum() <= box.yMaximum() <= 90:
        if feedback is not None:
            feedback.pushWarning("the geometry layer has no CRS; its coordinates are degrees, so WGS 84 (EPSG:4326) is assumed")
        return QgsCoordinateReferenceSystem("EPSG:4326")
    raise LbmInputError(
        "the geometry layer has no coordinate reference system; set it in the layer properties "
        "(Dutch data is usually EPSG:28992, RD New)"
    )


def indexed(geometries):
    """A spatial index over geometries (feature id = list position) and a prepared GEOS engine for each."""
    from qgis.core import QgsSpatialIndex

    index = QgsSpatialIndex()
    engines = []
    for i, g in enumerate(geometries):
        f = QgsFeature(i)
        f.setGeometry(g)
        index.addFeature(f)
        engine = QgsGeometry.createGeometryEngine(g.constGet())
        engine.prepareGeometry()
        engines.append(engine)
    return index, engines


def invalid_count(geometries):
    return sum(1 for g in geometries if not g.isNull() and not g.isGeosValid())


def schema_fields(key, label_names, measure_fields):
    """QgsFields: key and labels as text, `{measure}_{year}` as double (class fields as integer)."""
    fields = QgsFields()
    fields.append(QgsField(key, STRING))
    for lab in label_names:
        fields.append(QgsField(lab, STRING))
    for name in measure_fields:
        parsed = parse_field_name(name)
        is_class = parsed is not None and parsed[0] in CLASS_MEASURES
        fields.append(QgsField(name, INT if is_class else DOUBLE))
    return fields


def value_rows(values, class_columns=()):
    """Rows of Python values from a float matrix: NaN -> None, class columns -> int."""
    obj = values.astype(object)
    obj[np.isnan(values)] = None
    for j in class_columns:
        col = values[:, j]
        ok = ~np.isnan(col)
        obj[ok, j] = col[ok].astype(np.int64).tolist()
    return obj.tolist()


def grid_cell_geometry(x, y, size=100.0):
    """A function i -> the square polygon of cell i (lower-left corner x[i], y[i])."""
    xs, ys = x.tolist(), y.tolist()
    return lambda i: QgsGeometry.fromRect(QgsRectangle(xs[i], ys[i], xs[i] + size, ys[i] + size))


def feature_batches(fields, count, geometries, rows, feedback=None, progress_from=0.0, progress_to=100.0):
    """QgsFeatures in batches of BATCH; `geometries(lo, hi)` and `rows(lo, hi)` give each batch's parts."""
    for lo in range(0, count, BATCH):
        hi = min(lo + BATCH, count)
        batch = []
        for geom, row in zip(geometries(lo, hi), rows(lo, hi)):
            feat = QgsFeature(fields)
            feat.setGeometry(geom)
            feat.setAttributes(row)
            batch.append(feat)
        yield batch
        if feedback is not None:
            feedback.setProgress(progress_from + (progress_to - progress_from) * hi / max(count, 1))

