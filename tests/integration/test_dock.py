"""The dock, driven through its widgets: the renderer for every view, the area profile, state, play, QML."""

import pytest

from ..helpers import CLASS_LABELS
from ..helpers import choose
from ..helpers import import_sample
from ..helpers import shared

VIEWS = ("classes", "deviation", "change", "risers", "pressure")


@pytest.fixture()
def sample_buurten_layer(run_alg, sample_dir, tmp_path):
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    path = str(tmp_path / "buurten.gpkg")
    import_sample(run_alg, sample_dir, "buurten", path)
    layer = QgsVectorLayer(path, "buurten", "ogr")
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture()
def wfs_layer(qgis_app):
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(shared("lbm", "wfs_buurtscore24_part.geojson"), "wfs", "ogr")
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeAllMapLayers()


def test_classes_computed_on_the_fly_and_the_legend_does_not_drift(dock, sample_buurten_layer):
    r = choose(dock, sample_buurten_layer, "classes", "total", 2024)
    assert r.type() == "graduatedSymbol" and r.classAttribute() == "afw_2024"
    assert [x.label() for x in r.ranges()] == CLASS_LABELS
    assert [x.symbol().color().name() for x in r.ranges()][::4] == ["#d73027", "#ffffbf", "#4575b4"]
    assert r.ranges()[5].lowerValue() == pytest.approx(-0.1033) and r.ranges()[5].upperValue() == pytest.approx(0.0102)
    legend_2024 = [(x.label(), x.lowerValue(), x.upperValue()) for x in r.ranges()]
    r2 = choose(dock, sample_buurten_layer, "classes", "total", 2014)  # replaces (and deletes) the 2024 renderer
    assert r2.classAttribute() == "afw_2014"
    assert [(x.label(), x.lowerValue(), x.upperValue()) for x in r2.ranges()] == legend_2024
    r3 = choose(dock, sample_buurten_layer, "classes", "onv", 2022)
    assert r3.classAttribute() == "onv_2022" and r3.ranges()[4].upperValue() == pytest.approx(0.0392)
    assert dock[0].title_label.text().startswith("<b>Nuisance and insecurity 2022</b>")  # English: no translator


def test_years_without_dimensions_say_so(dock, sample_buurten_layer):
    choose(dock, sample_buurten_layer, "classes", "fys", 2016)
    assert "lacks what this view needs" in dock[0].status_label.text()


def test_every_view_on_the_sample(dock, sample_buurten_layer):
    dev = choose(dock, sample_buurten_layer, "deviation", "total", 2024)
    assert dev.classAttribute() == "afw_2024" and dev.ranges()[4].upperValue() == pytest.approx(0.0392)
    ch = choose(dock, sample_buurten_layer, "change", "total", 2024, 2014)
    assert ch.type() == "graduatedSymbol" and ch.classAttribute() == '("afw_2024" - "afw_2014")'
    assert [x.label() for x in ch.ranges()][::4] == ["1 sterke daling", "5 stabiel", "9 sterke stijging"]
    assert ch.ranges()[0].symbol().color().name() == "#b35806"
    rf = choose(dock, sample_buurten_layer, "risers", "total", 2024, 2022)
    assert rf.type() == "categorizedSymbol" and "'stijger'" in rf.classAttribute()
    assert [c.label() for c in rf.categories()] == ["riser", "faller", "slider (from voldoende)", "no score"]
    pr = choose(dock, sample_buurten_layer, "pressure", "total", 2024)
    assert pr.type() == "categorizedSymbol" and [c.value() for c in pr.categories()][:2] == ["onder druk", "niet"]
    # The expressions select what they say: evaluated on the layer, they mark the same units as the algorithms.
    from qgis.core import QgsExpression
    from qgis.core import QgsExpressionContext
    from qgis.core import QgsExpressionContextUtils

    ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(sample_buurten_layer))
    marked = 0
    for f in sample_buurten_layer.getFeatures():
        ctx.setFeature(f)
        marked += QgsExpression(pr.classAttribute()).evaluate(ctx) == "onder druk"
    assert marked >= 1


def test_stored_fields_are_preferred(dock, run_alg, sample_buurten_layer, tmp_path):
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    path = str(tmp_path / "change.gpkg")
    run_alg("change", {"INPUT": sample_buurten_layer, "YEAR_FROM": 2022, "YEAR_TO": 2024, "OUTPUT": path})
    changed = QgsVectorLayer(path, "change", "ogr")
    QgsProject.instance().addMapLayer(changed)
    assert choose(dock, changed, "change", "total", 2024, 2022).classAttribute() == "dafw_2022_2024"


def test_official_wfs_layer_uses_its_official_classes(dock, wfs_layer):
    r = choose(dock, wfs_layer, "classes", "total", 2024)
    assert r.type() == "categorizedSymbol" and r.classAttribute() == "kscore"
    assert [c.label() for c in r.categories()] == CLASS_LABELS + ["no score"]
    assert choose(dock, wfs_layer, "classes", "won", 2024).classAttribute() == "kwon"
    assert choose(dock, wfs_layer, "deviation", "total", 2024).classAttribute() == "kafw"
    assert dock[1].years == [2024]


def test_area_profile_shows_the_selected_area(dock, sample_buurten_layer):
    widget, controller = dock
    choose(dock, sample_buurten_layer)
    feat = next(sample_buurten_layer.getFeatures())
    sample_buurten_layer.selectByIds([feat.id()])
    title, dims, dims_year, totals = widget.profile.title, widget.profile.dims, widget.profile.dims_year, widget.profile.totals
    assert feat["bu_naam"] in title and feat["bu_code"] in title and dims_year == 2024
    assert [v for _, v, _ in dims] == pytest.approx([feat[f"{d}_2024"] for d in ("fys", "onv", "soc", "vrz", "won")])
    assert [y for y, *_ in totals] == [2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022, 2024]
    assert totals[-1][1] == pytest.approx(feat["afw_2024"])
    sample_buurten_layer.removeSelection()
    assert widget.profile.title == ""


def test_state_is_saved_in_the_project_and_restored(dock, qgis_iface, sample_buurten_layer):
    from leefbaarometer.ui.controller import DockController
    from leefbaarometer.ui.dock import LeefbaarometerDock

    choose(dock, sample_buurten_layer, "change", "soc", 2022, 2018)
    other = LeefbaarometerDock()
    controller = DockController(qgis_iface, other)
    assert controller.restore()
    assert controller.choice() == {"view": "change", "measure": "soc", "year": 2022, "year_from": 2018}
    assert other.layer_combo.currentLayer() is sample_buurten_layer
    controller.close()


def test_play_steps_through_the_years(dock, sample_buurten_layer):
    widget, controller = dock
    choose(dock, sample_buurten_layer, "classes", "total", 2022)
    controller.next_year()
    assert controller.choice()["year"] == 2024 and sample_buurten_layer.renderer().classAttribute() == "afw_2024"
    controller.next_year()
    assert controller.choice()["year"] == 2002  # wraps around


def test_save_style_and_dialog_parameters(dock, sample_buurten_layer, tmp_path):
    widget, controller = dock
    choose(dock, sample_buurten_layer, "change", "total", 2024, 2020)
    qml = tmp_path / "style.qml"
    assert controller.save_qml(str(qml))
    assert "afw_2024" in qml.read_text() and "sterke daling" in qml.read_text()
    assert controller.dialog_parameters("change") == {"INPUT": sample_buurten_layer.id(), "YEAR_FROM": 2020, "YEAR_TO": 2024}
    assert controller.dialog_parameters("importscores") == {}
    sample_buurten_layer.selectByExpression("\"bu_code\" LIKE 'BU9902%' OR \"bu_code\" LIKE 'BU9904%'")
    assert controller.dialog_parameters("exportannexes") == {"BUURTEN": sample_buurten_layer.id(), "CODES": "GM9902 GM9904",
                                                             "YEAR": 2024, "BASE_YEAR": 2020}
