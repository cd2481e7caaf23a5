"""Geometry work on units: neighbours (contiguity), a spatial index, grid cells, invalid polygons."""
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsSpatialIndex, QgsWkbTypes

from ..core.errors import LbmInputError
from ..core.neighbours import grid_pairs, symmetric
from .cancel import check_cancel
from .io.gpkg import geometry_blob
from .io.read import in_order_of, read_attributes, read_source


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


def indexed(geometries):
    """A spatial index over geometries (feature id = list position) and a prepared GEOS engine for each."""
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


def warn_invalid(geometries, feedback):
    bad = invalid_count(geometries)
    if bad:
        feedback.pushWarning(
            f"{bad} geometries are invalid; they are copied unchanged. Repair them (Fix geometries) "
            "before overlay analyses."
        )


@dataclass
class GridCells:
    """The 100 m cells of a grid, by their lower-left corners (RD New): built only when written."""

    x: np.ndarray
    y: np.ndarray
    size: float = 100.0

    def geometry(self, i):
        x, y = float(self.x[i]), float(self.y[i])
        return QgsGeometry.fromRect(QgsRectangle(x, y, x + self.size, y + self.size))


def polygon_blobs(geometries, srs_id):
    """GeoPackage blobs (MultiPolygon, 2D) and envelopes (n, 4: minx, maxx, miny, maxy) of QGIS geometries."""
    blobs, envelopes = [], np.zeros((len(geometries), 4))
    for k, g in enumerate(geometries):
        if g.isNull():
            blobs.append(None)
            continue
        g = QgsGeometry(g)
        g.convertToMultiType()
        g.get().dropZValue()
        g.get().dropMValue()
        box = g.boundingBox()
        envelopes[k] = box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum()
        blobs.append(geometry_blob(bytes(g.asWkb()), envelopes[k], srs_id))
    present = np.array([b is not None for b in blobs], dtype=bool)
    return blobs, envelopes[present]
