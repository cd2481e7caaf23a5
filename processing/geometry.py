"""Geometry work on units: repaired polygons, neighbours (contiguity), a spatial index, grid cells.

Every step that relates geometries to each other (neighbours, zones, dissolves, spatial joins) reads them through
`repaired_geometries`: published boundary files hold invalid polygons (1,538 of the 4,056 CBS PC4 areas), and a
GEOS predicate on an invalid polygon fails, which would silently mean "not neighbours" or "not inside".
"""
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsFeature
from qgis.core import QgsGeometry
from qgis.core import QgsRectangle
from qgis.core import QgsSpatialIndex
from qgis.core import QgsWkbTypes

from ..core.errors import LbmInputError
from ..core.i18n import tr
from ..core.i18n import tr_noop
from ..core.join import examples
from ..core.neighbours import grid_pairs
from ..core.neighbours import symmetric
from ..core.schema import unit_key_field
from ..core.values import key_text
from ..core.zone_assign import box_overlaps
from .cancel import check_cancel
from .compat import POLYGON_GEOMETRY
from .compat import WKB_COLLECTION
from .io.gpkg import geometry_blob
from .io.read import in_order_of
from .io.read import read_attributes
from .io.read import read_source

# Polygons are neighbours when their boundaries run within a tolerance of each other over at least a shared length
# (rook contiguity with a tolerance, in metres of RD New): generalised boundary files leave small gaps and
# overlaps between areas, and a corner contact alone is not a shared boundary. The plugin's own choice; the
# tolerance is a parameter (params.add_neighbour_tolerance). On the CBS PC4 polygons and the simplified WFS buurten
# the gaps between real neighbours are mostly below 1 m (measured: README, Neighbours).
TOLERANCE = 1.0
MIN_SHARED = 5.0


def min_shared(tolerance):
    """The shared boundary length that makes neighbours: MIN_SHARED, or 3× the tolerance when that is more (a
    corner contact measures about 2× the tolerance, and must not count)."""
    return max(MIN_SHARED, 3.0 * tolerance)


def neighbour_rule(field_names, connectivity=8, tolerance=TOLERANCE):
    """How neighbours were found, for an output's criteria."""
    if "grid_id" in field_names:
        return f"grid cells, {connectivity} neighbours"
    return f"boundary within {tolerance:g} m over at least {min_shared(tolerance):g} m"


def polygon_parts(geometry):
    """The polygon parts of a geometry (makeValid can return a collection with lines or points)."""
    if geometry.isNull():
        return geometry
    if geometry.type() == POLYGON_GEOMETRY and QgsWkbTypes.flatType(geometry.wkbType()) != WKB_COLLECTION:
        return geometry
    parts = [p for p in geometry.asGeometryCollection() if p.type() == POLYGON_GEOMETRY]
    return QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()


def repair(geometries):
    """(geometries with invalid ones made valid, number repaired). Null geometries stay null."""
    out, repaired = [], 0
    for g in geometries:
        if g.isNull() or g.isEmpty() or g.isGeosValid():
            out.append(g)
            continue
        fixed = g.makeValid()
        if g.type() == POLYGON_GEOMETRY:
            fixed = polygon_parts(fixed)
        out.append(fixed)
        repaired += 1
    return out, repaired

UNITS = tr_noop("units")


def repaired_geometries(source, context, feedback, fids=None, what=UNITS, field_names=(), only=False):
    """Attribute columns and geometries of a source in RD New, invalid polygons repaired (makeValid), the count
    in the log: the one reader for every step that relates geometries to each other. only=True reads just the
    features `fids` (in that order)."""
    columns, geoms = read_source(source, list(field_names), context, feedback, fids=fids, only=only)
    geoms, repaired = repair(geoms)
    if repaired and feedback is not None:
        feedback.pushInfo(tr("{repaired} of {n_geoms} geometries ({what}) were invalid and were repaired (makeValid) for this "
                             "analysis; the input is not changed").format(repaired=repaired, n_geoms=len(geoms), what=tr(what)))
    return columns, geoms


def unit_pairs(source, context, feedback, fids, connectivity=8, required=True, tolerance=TOLERANCE, gdal_source=None):
    """Neighbour pairs of a layer's units: grid cells by their grid_id, polygons by a shared boundary.

    Pairs are positions in `fids` (the feature ids of the scores, from read_scores), so they fit the score arrays
    whatever order the data source returns features in. A layer without polygons (a table) has no neighbours:
    an error, or with required=False no pairs and a warning. Units without any neighbour are named in the log
    (`neighbour_counts` gives them to the output). `tolerance` (metres) applies to polygons only; `gdal_source`
    (the input's, see io/gdal_columns) reads the grid ids through GDAL's columns.
    """
    names = source.fields().names()
    if "grid_id" not in names and QgsWkbTypes.geometryType(source.wkbType()) != POLYGON_GEOMETRY:
        if required:
            raise LbmInputError(tr("this analysis needs neighbours: give grid cells (grid_id) or polygons"))
        if feedback is not None:
            feedback.pushWarning(tr("the layer has no polygons: neighbours are not taken into account"))
        return np.empty((0, 2), dtype=np.int64)
    key = unit_key_field(names)
    if "grid_id" in names:
        cols, seen = read_attributes(source, ["grid_id"], context, feedback, gdal_source)
        ids = np.array([str(v) for v in cols["grid_id"]], dtype=object)[in_order_of(fids, seen)]
        pairs = grid_pairs(ids, connectivity)
        report_isolated(pairs, ids, feedback, tr_noop("grid cells"))
        return pairs
    columns, geoms = repaired_geometries(source, context, feedback, fids, field_names=[key] if key else [])
    pairs = polygon_pairs(geoms, feedback, tolerance)
    if not len(pairs) and len(geoms) > 1:
        raise LbmInputError(tr("no two areas of the layer share a boundary: contiguity cannot be determined"))
    codes = np.array([key_text(v) for v in columns[0]], dtype=object) if key else np.array(
        [tr("feature {fid}").format(fid=f) for f in fids], dtype=object)
    report_isolated(pairs, codes, feedback, tr_noop("areas"), hint=tr(
        ". No other area's boundary runs within {tolerance:g} m of theirs over {shared:g} m: islands, or areas whose "
        "neighbours are not in the layer (the official buurt layer leaves out buurten with few dwellings); "
        "NEIGHBOUR_TOLERANCE widens the search").format(tolerance=tolerance, shared=min_shared(tolerance)))
    return pairs


def polygon_pairs(geoms, feedback=None, tolerance=TOLERANCE, shared_length=None):
    """Symmetric neighbour pairs of (valid) polygons: boundaries within `tolerance` over at least `shared_length`
    (default: min_shared(tolerance)).

    One buffer per polygon and one prepared predicate per candidate pair; the shared length is measured only for
    pairs that come within the tolerance (about 1.5 s for the 4,056 PC4 areas).
    """
    if tolerance < 0:
        raise LbmInputError(tr("the neighbour tolerance must be 0 or more metres, not {tolerance:g}").format(tolerance=tolerance))
    shared_length = min_shared(tolerance) if shared_length is None else shared_length
    index = QgsSpatialIndex()
    grown, engines = [], []
    for i, g in enumerate(geoms):
        f = QgsFeature(i)
        f.setGeometry(g)
        index.addFeature(f)
        b = g.buffer(tolerance, 2) if not g.isNull() else QgsGeometry()
        grown.append(b)
        engine = None
        if not b.isNull():
            engine = QgsGeometry.createGeometryEngine(b.constGet())
            engine.prepareGeometry()
        engines.append(engine)
    pairs = []
    for i, b in enumerate(grown):
        if i % 2000 == 0:
            check_cancel(feedback)
        if engines[i] is None:
            continue
        for j in index.intersects(b.boundingBox()):
            if j <= i or geoms[j].isNull() or not engines[i].intersects(geoms[j].constGet()):
                continue
            # The length of j's boundary inside i grown by the tolerance: a shared edge, not a corner contact.
            shared = b.intersection(QgsGeometry(geoms[j].constGet().boundary()))
            if shared.length() >= shared_length:
                pairs.append((i, j))
    return symmetric(np.array(pairs, dtype=np.int64).reshape(-1, 2))


def neighbour_counts(pairs, n):
    return np.bincount(pairs[:, 0], minlength=n) if len(pairs) else np.zeros(n, dtype=np.int64)


def report_isolated(pairs, codes, feedback, what, hint=""):
    """Name the units without any neighbour in the log (islands, enclaves cut off by water)."""
    alone = np.flatnonzero(neighbour_counts(pairs, len(codes)) == 0)
    if len(alone) and feedback is not None:
        feedback.pushWarning(tr("{n_alone} {what} have no neighbours: {codes}{hint}").format(n_alone=len(alone), what=tr(what),
                                codes=examples([codes[i] for i in alone]), hint=hint))
    return alone


def zone_overlaps(unit_geoms, zone_geoms, feedback=None, points=False):
    """(unit, zone, area, failed): every overlap of positive area between units and zones (valid geometries, one
    CRS), as arrays of positions and areas, and the units whose overlap GEOS could not measure.

    Per zone one prepared GEOS geometry; its candidates are the units whose bounding boxes meet the zone's (one
    numpy comparison over all units), a unit inside the zone counts with its own area, and only a unit across
    the zone's boundary is intersected. `points=True`: the units are points (a point on each unit's surface) and
    count 1 where they lie in or on a zone."""
    boxes = np.full((len(unit_geoms), 4), np.nan)
    for i, g in enumerate(unit_geoms):
        if not g.isNull() and not g.isEmpty():
            b = g.boundingBox()
            boxes[i] = b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()
    units, zones, areas, failed = [], [], [], set()
    for j, zg in enumerate(zone_geoms):
        if j % 20 == 0:
            check_cancel(feedback)
        if zg.isNull() or zg.isEmpty():
            continue
        b = zg.boundingBox()
        candidates = box_overlaps(boxes, (b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()))
        if not len(candidates):
            continue
        engine = QgsGeometry.createGeometryEngine(zg.constGet())
        engine.prepareGeometry()
        for i in candidates.tolist():
            g = unit_geoms[i].constGet()
            if points:
                area = 1.0 if engine.intersects(g) else 0.0
            elif engine.contains(g):
                area = unit_geoms[i].area()
            elif engine.intersects(g):
                piece = engine.intersection(g)
                if piece is None:
                    failed.add(i)
                    continue
                area = QgsGeometry(piece).area()
            else:
                continue
            if area > 0:
                units.append(i)
                zones.append(j)
                areas.append(area)
    return (np.array(units, dtype=np.int64), np.array(zones, dtype=np.int64), np.array(areas, dtype=float),
            sorted(failed))


def linearised(geometries, feedback=None, what=UNITS):
    """Geometries with curves (arcs: CurvePolygon, MultiSurface) replaced by straight segments, as the plugin's
    outputs are declared MultiPolygon and a GeoPackage must hold what its layer declares. The count is in the log."""
    out, count = [], 0
    for g in geometries:
        if not g.isNull() and QgsWkbTypes.isCurvedType(g.wkbType()):
            count += g.constGet().hasCurvedSegments()  # a curve type holding straight lines only is no change
            g = QgsGeometry(g.constGet().segmentize())
        out.append(g)
    if count and feedback is not None:
        feedback.pushInfo(tr("{count} geometries ({what}) have curves (arcs); they are written as straight segments (the output "
                             "is a MultiPolygon layer)").format(count=count, what=tr(what)))
    return out


def invalid_count(geometries):
    return sum(1 for g in geometries if not g.isNull() and not g.isGeosValid())


def warn_invalid(geometries, feedback):
    bad = invalid_count(geometries)
    if bad:
        feedback.pushWarning(
            tr("{bad} geometries are invalid; they are copied unchanged. The analyses repair them (makeValid) before relating "
               "areas to each other; repair them yourself (Fix geometries) for other overlays.").format(bad=bad)
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
