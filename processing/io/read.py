"""Reading layers into numpy: score columns, other attributes, geometries. The per-feature loops of reading
live here; GDAL's columnar stream (gdal_columns.py) is tried first where the data source allows it.
"""
import operator
import re
from contextlib import contextmanager

import numpy as np
import pandas as pd
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem
from qgis.core import QgsCoordinateTransform
from qgis.core import QgsFeatureRequest
from qgis.core import QgsGeometry
from qgis.core import QgsProcessingFeatureSource
from qgis.core import QgsProviderRegistry
from qgis.core import QgsVectorLayer

from ...core.area_filter import combine
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.schema import layout_of
from ...core.schema import year_field
from ...core.scoredata import fields_to_read
from ...core.scoredata import score_data
from ...core.values import as_float
from ...core.values import numeric
from ..cancel import check_cancel
from ..compat import FIELD_FROM_EXPRESSION
from ..compat import NO_GEOMETRY
from ..compat import SKIP_GEOMETRY_CHECKS
from ..compat import gdal_return_codes
from .gdal_columns import read_columns

RD_NEW = QgsCoordinateReferenceSystem("EPSG:28992")
BATCH = 5000
# A read-only GDAL driver's refusal of update mode ("Update of TopoJSON not supported").
_UPDATE_REFUSED = re.compile(r"^Update of .+ not supported\.?$")


@contextmanager
def opening_inputs():
    """Around the first opening of input layers. QGIS's OGR provider tries update mode first and falls back to
    read-only; read-only drivers (TopoJSON) refuse the first try with "ERROR 6: Update of TopoJSON not supported",
    printed although the layer then opens fine. That refusal is dropped; every other GDAL message is passed on
    unchanged once the layers are open. GDAL's handler stack is per thread, like the opening."""
    others = []

    def handler(err_class, err_no, message):
        if not (err_no == gdal.CPLE_NotSupported and _UPDATE_REFUSED.match(message)):
            others.append((err_class, err_no, message))

    gdal.PushErrorHandler(handler)
    try:
        yield
    finally:
        gdal.PopErrorHandler()
        with gdal_return_codes():  # passed on, not raised where QGIS 3.40+'s Processing turned exceptions on
            for err in others:
                gdal.Error(*err)


def filtered_layer(layer, condition):
    """A copy of `layer` that shows only the rows where `condition` (SQL) holds, the data source running it; None if
    the provider cannot filter that way. The input is never changed: an OGR layer (GeoPackage) is opened afresh
    with the filter in its address, because setting a filter on an open GeoPackage layer makes QGIS's OGR provider
    reopen it for writing and switch the file to WAL (its bytes change). Virtual fields come along."""
    if layer.providerType() == "ogr":
        registry = QgsProviderRegistry.instance()
        parts = registry.decodeUri("ogr", layer.source())
        parts["subset"] = combine(layer.subsetString(), condition)
        filtered = QgsVectorLayer(registry.encodeUri("ogr", parts), layer.name(), "ogr")
        fields = layer.fields()
        for i in range(fields.count()):
            if fields.fieldOrigin(i) == FIELD_FROM_EXPRESSION:
                filtered.addExpressionField(layer.expressionField(i), fields.at(i))
        return filtered if filtered.isValid() and filtered.subsetString() == parts["subset"] else None
    if layer.providerType() in ("postgres", "spatialite"):
        filtered = layer.clone()
        return filtered if filtered.setSubsetString(combine(layer.subsetString(), condition)) else None
    return None


def read_scores(source, context, feedback, extra_fields=(), require=True, gdal_source=None, years=None):
    """ScoreData of a source (wide schema or flat WFS layout) and {name: column} of `extra_fields`.

    With require=False a layer without any score fields gives an empty ScoreData (for scoring from indicators).
    `gdal_source` (see gdal_columns.gdal_source_of) reads a file layer or PostGIS table through GDAL's columns.
    The feature ids are kept in `data.fids`, so that writing can align features with the computed columns.
    `years`: read only those years' fields (None: all).
    """
    if source is None:
        raise LbmInputError(tr("no input layer"))
    names = source.fields().names()
    wanted = fields_to_read(names) if require or layout_of(names) else {}
    if years:  # only these years' fields travel (from a database: only these columns)
        wanted = {(m, y): f for (m, y), f in wanted.items() if y is None or y in years}
    yfield = year_field(names) if any(y is None for (_, y) in wanted) else None
    extra = [f for f in extra_fields if f]
    for f in extra:
        if f not in names:
            raise LbmInputError(tr("the layer has no field '{f}'").format(f=f))
    to_read = list(dict.fromkeys(list(wanted.values()) + ([yfield] if yfield else []) + extra))
    by_name, fids = read_attributes(source, to_read, context, feedback, gdal_source)
    check_cancel(feedback)
    if len(fids) == 0:
        raise LbmInputError(tr("the input layer has no features"))
    # numeric(): text that is no number is named, not read as NULL.
    columns = {key: (fname, numeric(by_name[fname], fname)) for key, fname in wanted.items()}
    data = score_data(len(fids), columns, as_float(by_name[yfield]) if yfield else None)
    data.fids = fids
    return data, {f: by_name[f] for f in extra}


def read_attributes(source, field_names, context, feedback=None, gdal_source=None):
    """{field: column} and the feature ids of a source, without geometry.

    `gdal_source` (from `gdal_columns.gdal_source_of`) takes GDAL's fast columnar path; otherwise features are
    read one by one. Columns from the slow path are object arrays of Python values (NULL as QGIS's NULL).
    """
    if gdal_source is not None:
        fields = source.fields()
        virtual = [f for f in field_names if fields.fieldOrigin(fields.lookupField(f)) == FIELD_FROM_EXPRESSION]
        stored = [f for f in field_names if f not in virtual]
        fast = read_columns(gdal_source, stored)
        if fast is not None and len(fast[1]) == source.featureCount():
            if not virtual:
                return fast
            # Virtual (expression) fields exist in QGIS only: read through QGIS, aligned by feature id.
            rest, seen = read_attributes(source, virtual, context, feedback)
            order = in_order_of(fast[1], seen)
            return {**fast[0], **{f: rest[f][order] for f in virtual}}, fast[1]
        if feedback is not None:
            feedback.pushInfo(tr("Reading features one by one (GDAL's columnar read was not possible here)."))
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
    request.setSubsetOfAttributes(field_names, source.fields())
    idx = [source.fields().lookupField(f) for f in field_names]
    rows, fids = [], []
    total = max(source.featureCount(), 1)
    # Attributes only: a provider that hands out geometry anyway (memory layers) must not trip the validity check.
    features = (source.getFeatures(request, SKIP_GEOMETRY_CHECKS)
                if isinstance(source, QgsProcessingFeatureSource) else source.getFeatures(request))
    for n, feat in enumerate(features):
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


def read_source(source, field_names, context, feedback=None, with_geometry=True, to_crs=RD_NEW, fids=None, only=False):
    """Attribute columns (object arrays) and geometries (in `to_crs`) of every feature of a source.

    Geometries are read as they are, invalid ones too (generalised boundary files often have some):
    importing only copies them. Callers warn about them with `geometry.invalid_count`.
    `fids`: return the features in this order of feature ids (those of read_scores), whatever order the data
    source hands them out in (a database has none of its own); with only=True, read just those features.
    """
    request = QgsFeatureRequest()
    if only:
        request.setFilterFids([int(f) for f in fids])
    if field_names:
        request.setSubsetOfAttributes(field_names, source.fields())
    else:
        request.setSubsetOfAttributes([])
    if not with_geometry:
        request.setFlags(NO_GEOMETRY)
    transform = None
    crs = source_crs(source, feedback) if with_geometry else None
    if crs is not None and crs != to_crs:
        transform = QgsCoordinateTransform(crs, to_crs, context.transformContext())
    total = max(len(fids) if only else source.featureCount(), 1)
    idx = [source.fields().lookupField(f) for f in field_names]
    pick = operator.itemgetter(*idx) if len(idx) > 1 else (lambda attrs: (attrs[idx[0]],)) if idx else (lambda a: ())
    rows = []
    geometries = []
    seen = []
    for n, feat in enumerate(source.getFeatures(request, SKIP_GEOMETRY_CHECKS)):
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
        raise LbmInputError(tr("the input layer changed while the algorithm ran; run it again"))
    return order


_UNDEFINED = ("undefined geographic srs", "undefined cartesian srs")


def undefined_crs(crs):
    """True for a CRS that is none: invalid, or what QGIS makes of a GeoPackage's srs_id 0 or −1 (a CRS without any
    identity, described as 'Undefined geographic SRS')."""
    return not crs.isValid() or (not crs.authid() and crs.description().strip().lower() in _UNDEFINED)


def source_crs(source, feedback=None):
    """The CRS of a source. Files without one (TopoJSON, a GeoJSON without 'crs') whose coordinates are
    degrees are taken as WGS 84, as the GeoJSON standard says; otherwise a missing CRS is an error."""
    crs = source.sourceCrs()
    if not undefined_crs(crs):
        return crs
    box = source.sourceExtent()
    if -180 <= box.xMinimum() <= box.xMaximum() <= 180 and -90 <= box.yMinimum() <= box.yMaximum() <= 90:
        if feedback is not None:
            feedback.pushWarning(tr("the geometry layer has no CRS; its coordinates are degrees, so WGS 84 (EPSG:4326) is assumed"))
        return QgsCoordinateReferenceSystem("EPSG:4326")
    raise LbmInputError(
        tr("the geometry layer has no coordinate reference system; set it in the layer properties (Dutch data is usually "
           "EPSG:28992, RD New)")
    )
