"""Neighbour tolerance (NEIGHBOUR_TOLERANCE): squares worked out by hand, and the real WFS buurten, whose units
without neighbours are checked against GEOS distances."""
import numpy as np
import pytest

from ..helpers import Log
from ..helpers import memory_layer
from ..helpers import shared

WFS = ("lbm", "wfs_buurtscore24_part.geojson")


def pairs_of(layer, tolerance, log=None, key="code"):
    from qgis.core import QgsProcessingContext
    from qgis.core import QgsProcessingFeatureSource

    from leefbaarometer.processing.geometry import unit_pairs

    context = QgsProcessingContext()
    fids = [f.id() for f in layer.getFeatures()]
    codes = [f[key] for f in layer.getFeatures()]
    pairs = unit_pairs(QgsProcessingFeatureSource(layer, context), context, log, fids, tolerance=tolerance)
    return codes, {(codes[i], codes[j]) for i, j in pairs.tolist() if codes[i] < codes[j]}


def square(x, y, size=100):
    return f"Polygon(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"


@pytest.mark.parametrize("tolerance, expected", [
    (0.0, {("A", "D")}),  # exact rook contiguity: only the shared edge
    (1.0, {("A", "D")}),  # the default: the 3 m gap is too wide, the corner contact measures 2 m < 5 m
    (5.0, {("A", "B"), ("A", "D")}),  # the gap bridged over 104 m; A-C's corner 10 m, B-D's near-corner 6 m < 15 m
    (20.0, {("A", "B"), ("A", "D")}),  # A-C's corner 40 m, B-D's near-corner 17 + 19.8 m: both < 60 m
])
def test_tolerance_on_squares_by_hand(tolerance, expected):
    """100 m squares: A at the origin; B 3 m to its right (a gap as in simplified boundaries); C touching A's
    lower-left corner only; D on A's top edge, its lower-right corner 3 m from B's upper-left one."""
    layer = memory_layer({"code": "string"}, [
        (square(0, 0), "A"), (square(103, 0), "B"), (square(-100, -100), "C"), (square(0, 100), "D")],
        geometry="Polygon")
    _, pairs = pairs_of(layer, tolerance)
    assert pairs == expected


def test_wfs_buurten_without_neighbours_are_far_from_any_other():
    """With the default 1 m, 104 of the 6,958 buurten have no neighbour; GEOS distances confirm that none of them
    comes within 1 m of another buurt, and most lie hundreds of metres from the nearest: the official layer leaves
    out buurten with few dwellings around them (and the Wadden islands are islands). 2 m adds one neighbour."""
    from qgis.core import QgsCoordinateReferenceSystem
    from qgis.core import QgsCoordinateTransform
    from qgis.core import QgsFeature
    from qgis.core import QgsProject
    from qgis.core import QgsSpatialIndex
    from qgis.core import QgsVectorLayer

    from leefbaarometer.processing.geometry import repair

    layer = QgsVectorLayer(shared(*WFS), "wfs", "ogr")
    log = Log()
    codes, pairs = pairs_of(layer, 1.0, log)
    assert len(codes) == 6958
    linked = {c for p in pairs for c in p}
    alone = sorted(set(codes) - linked)
    assert len(alone) == 104
    assert {"BU00880000", "BU00960000", "BU16818909", "BU00806209"} <= set(alone)  # Schiermonnikoog, Vlieland, …
    [line] = [x for x in log.lines if "have no neighbours" in x]
    assert line.startswith("WARNING 104 areas have no neighbours: ")
    assert "No other area's boundary runs within 1 m of theirs over 5 m" in line
    # second computation: the distance from each lonely buurt to every other buurt, in RD New, repaired
    rd = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:28992"), QgsProject.instance())
    geoms = []
    for f in layer.getFeatures():
        g = f.geometry()
        g.transform(rd)
        geoms.append(g)
    geoms, _ = repair(geoms)
    index = QgsSpatialIndex()
    for i, g in enumerate(geoms):
        feat = QgsFeature(i)
        feat.setGeometry(g)
        index.addFeature(feat)
    position = {c: i for i, c in enumerate(codes)}
    nearest = {}
    for code in alone:
        g = geoms[position[code]]
        near = [j for j in index.intersects(g.boundingBox().buffered(20000)) if j != position[code]]
        nearest[code] = min(g.distance(geoms[j]) for j in near)
    d = np.array(list(nearest.values()))
    assert d.min() > 1.0
    assert nearest["BU16818909"] == pytest.approx(1.9, abs=0.05)  # Drouwenerveen: the only one within 2 m
    assert (d > 100).sum() == 83 and (d <= 10).sum() == 2
    assert nearest["BU00880000"] > 5000 and nearest["BU00960000"] > 5000
    # 2 m bridges Drouwenerveen's gap and nothing else among the lonely
    _, wider = pairs_of(layer, 2.0)
    alone2 = sorted(set(codes) - {c for p in wider for c in p})
    assert sorted(set(alone) - set(alone2)) == ["BU16818909"] and set(alone2) <= set(alone)


def test_hotspots_take_the_tolerance(run_alg):
    """The parameter reaches the neighbours of an algorithm, and the output's criteria name the rule."""
    params = {"INPUT": shared(*WFS), "PERMUTATIONS": 9, "OUTPUT": "memory:"}
    default = run_alg("hotspots", params)["OUTPUT"]
    wider = run_alg("hotspots", {**params, "NEIGHBOUR_TOLERANCE": 2.0})["OUTPUT"]
    lonely = [sum(1 for f in lyr.getFeatures() if f["buren"] == 0) for lyr in (default, wider)]
    assert lonely == [104, 103]
    assert "neighbours=boundary within 1 m over at least 5 m" in next(default.getFeatures())["criteria"]
    assert "neighbours=boundary within 2 m over at least 6 m" in next(wider.getFeatures())["criteria"]
