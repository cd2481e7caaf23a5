"""A score exactly on a cut-point is drawn in the class the plugin computes for it (the upper one: core/release.py,
searchsorted side='right'), in every graduated style the plugin shows or writes: the panel's views and the styles of
Processing outputs, also after the style went through a style file (QGIS stores range bounds with 15 decimals).
Judged per feature by the renderer itself (symbolForFeature), against core's class."""
import numpy as np
import pytest

from ..helpers import choose
from ..helpers import memory_layer


def _values(cuts):
    """Every cut-point, a score 1e-12 below it and the double just above it."""
    cuts = np.asarray(cuts, dtype=float)
    return np.concatenate([cuts, cuts - 1e-12, np.nextafter(cuts, np.inf)])


def drawn_classes(layer, renderer, palette):
    """The class (1-based index of its colour in `palette`) the renderer draws each feature of the layer in."""
    from qgis.core import QgsExpressionContextUtils
    from qgis.core import QgsRenderContext

    ctx = QgsRenderContext()
    ctx.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    renderer.startRender(ctx, layer.fields())
    try:
        out = []
        for f in layer.getFeatures():
            ctx.expressionContext().setFeature(f)
            symbol = renderer.symbolForFeature(f, ctx)
            out.append(palette.index(symbol.color().name()) + 1)
    finally:
        renderer.stopRender(ctx)
    return out


@pytest.fixture()
def cut_layer(qgis_app):
    """One square per value on and just around each cut-point: afw for the total classes and the deviation, onv for a
    dimension."""
    from qgis.core import QgsProject

    from leefbaarometer.core.release import load_release

    r = load_release()
    afw, onv = _values(r.total_cutpoints_afw), _values(r.dimension_cutpoints)
    assert len(afw) == len(onv) == 24
    rows = [[f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 1, {i} 0))", f"U{i:02d}", float(a), float(o)]
            for i, (a, o) in enumerate(zip(afw, onv))]
    layer = memory_layer({"code": "string", "afw_2024": "double", "onv_2024": "double"}, rows, geometry="Polygon")
    QgsProject.instance().addMapLayer(layer)
    yield layer, r, afw, onv
    QgsProject.instance().removeAllMapLayers()


def test_panel_draws_cut_points_in_the_upper_class(dock, cut_layer):
    layer, r, afw, onv = cut_layer
    choose(dock, layer, "classes", "total", 2024)
    assert drawn_classes(layer, layer.renderer(), r.palette_scores) == r.total_class(afw).tolist()
    on_cut = r.total_class(afw[:len(r.total_cutpoints_afw)]).tolist()
    assert on_cut == list(range(2, 10))  # every cut-point opens the class above it
    choose(dock, layer, "deviation", "total", 2024)
    assert drawn_classes(layer, layer.renderer(), r.palette_scores) == r.dimension_class(afw).tolist()
    choose(dock, layer, "classes", "onv", 2024)
    assert drawn_classes(layer, layer.renderer(), r.palette_scores) == r.dimension_class(onv).tolist()


def test_change_view_draws_cut_points_in_the_upper_class(dock):
    """The change view on the change algorithm's field: each change exactly on a change cut-point."""
    from qgis.core import QgsProject

    from leefbaarometer.core.release import load_release

    r = load_release()
    d = _values(r.change_cutpoints)
    rows = [[f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 1, {i} 0))", f"U{i:02d}", 0.0, 0.0, float(v)]
            for i, v in enumerate(d)]
    layer = memory_layer({"code": "string", "afw_2022": "double", "afw_2024": "double", "dafw_2022_2024": "double"}, rows,
                         geometry="Polygon")
    QgsProject.instance().addMapLayer(layer)
    try:
        choose(dock, layer, "change", "total", 2024, 2022)
        assert layer.renderer().classAttribute() == 'coalesce("dafw_2022_2024", -9999)'
        assert drawn_classes(layer, layer.renderer(), r.palette_change) == r.change_class(d).tolist()
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_processing_output_style_draws_cut_points_in_the_upper_class(run_alg, tmp_path):
    """importscores stores its map as the GeoPackage's default style: opened afresh, it draws every cut-point of the
    total score in the upper class (24 units: on, 1e-12 below and just above each of the 8 cut-points). Before issue
    28 the 8 units on a cut-point were drawn one class too low."""
    from qgis.core import QgsVectorLayer

    from leefbaarometer.core.release import load_release

    r = load_release()
    afw = _values(r.total_cutpoints_afw)
    codes = [f"BU{9900 + i:04d}0001" for i in range(len(afw))]
    csv = tmp_path / "scores.csv"
    csv.write_text("bu_code,jaar,lbm,afw\n" + "".join(f"{c},2024,{float(r.constant_c + a)!r},{float(a)!r}\n" for c, a in zip(codes, afw)),
                   encoding="utf-8")
    geometry = memory_layer({"bu_code": "string"}, [[f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 1, {i} 0))", c]
                                                      for i, c in enumerate(codes)], geometry="Polygon")
    out = run_alg("importscores", {"SCORES": str(csv), "GEOMETRY": geometry, "OUTPUT": str(tmp_path / "cut.gpkg")})["OUTPUT"]
    layer = QgsVectorLayer(out, "cut", "ogr")  # loads the stored default style
    assert layer.renderer().type() == "graduatedSymbol"
    stored = np.array([f["afw_2024"] for f in layer.getFeatures()])
    assert sorted(stored.tolist()) == sorted(afw.tolist())  # the file keeps every value to the last bit
    assert drawn_classes(layer, layer.renderer(), r.palette_scores) == r.total_class(stored).tolist()
    assert len(afw) == 24 and (r.total_class(afw[:8]) == np.arange(2, 10)).all()


def test_range_bounds_lie_just_below_each_cut_point_and_survive_a_style_file(qgis_app):
    """Each range of a graduated style ends less than 2e-15 below its cut-point, and a style file keeps the bound."""
    from qgis.core import QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.views import Spec
    from leefbaarometer.processing.styling import renderer_from_spec

    r = load_release()
    for cuts in (r.total_cutpoints_afw, r.dimension_cutpoints, r.change_cutpoints,
                 [c + r.constant_c for c in r.total_cutpoints_afw], [-12.25, -1e-20, 0.0, 8.5]):
        renderer = renderer_from_spec(Spec("graduated", '"x"', breaks=list(cuts), labels=list("abcdefghi"),
                                           colours=r.palette_scores))
        doc = QDomDocument()
        doc.appendChild(renderer.save(doc, QgsReadWriteContext()))
        stored = [float(e.attribute("upper")) for e in
                  (doc.elementsByTagName("range").at(k).toElement() for k in range(len(cuts)))]
        assert all(0 < c - b <= 2e-15 for b, c in zip(stored, cuts)), (stored, list(cuts))
        assert stored == [x.upperValue() for x in renderer.ranges()[:len(cuts)]]
