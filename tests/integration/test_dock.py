"""The dock, driven through its widgets: the renderer for every view, the area profile, state, play, QML."""

import pytest

from ..helpers import CLASS_LABELS
from ..helpers import choose
from ..helpers import graduated_on
from ..helpers import import_sample
from ..helpers import memory_layer
from ..helpers import pick_layer
from ..helpers import shared

VIEWS = ("classes", "deviation", "change", "risers", "pressure", "ranking", "inequality", "profile")


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
    assert r.type() == "graduatedSymbol" and r.classAttribute() == graduated_on("afw_2024")
    ranges = r.ranges()  # kept: a range's symbol belongs to it
    assert [x.label() for x in ranges] == CLASS_LABELS + ["no score"]  # NULL grey, in the legend
    assert ranges[-1].symbol().color().name() == "#cccccc"
    assert [x.symbol().color().name() for x in r.ranges()][::4] == ["#d73027", "#ffffbf", "#4575b4"]
    assert r.ranges()[5].lowerValue() == pytest.approx(-0.1033) and r.ranges()[5].upperValue() == pytest.approx(0.0102)
    legend_2024 = [(x.label(), x.lowerValue(), x.upperValue()) for x in r.ranges()]
    r2 = choose(dock, sample_buurten_layer, "classes", "total", 2014)  # replaces (and deletes) the 2024 renderer
    assert r2.classAttribute() == graduated_on("afw_2014")
    assert [(x.label(), x.lowerValue(), x.upperValue()) for x in r2.ranges()] == legend_2024
    r3 = choose(dock, sample_buurten_layer, "classes", "onv", 2022)
    assert r3.classAttribute() == graduated_on("onv_2022") and r3.ranges()[4].upperValue() == pytest.approx(0.0392)
    assert dock[0].title_label.text().startswith("<b>Nuisance and insecurity 2022</b>")  # English: no translator


def test_a_year_without_the_measure_shows_no_data_in_title_map_and_status(dock, sample_buurten_layer):
    widget, controller = dock
    r = choose(dock, sample_buurten_layer, "classes", "fys", 2014)
    assert r.classAttribute() == graduated_on("fys_2014")
    # 2016 has no dimension scores in the open data (and the sample): the map must not stay on 2014.
    r = choose(dock, sample_buurten_layer, "classes", "fys", 2016)
    assert widget.year_label.text() == "2016"
    assert r.type() == "categorizedSymbol" and r.classAttribute() == "NULL"
    assert [c.label() for c in r.categories()] == ["no score"]
    assert widget.title_label.text().startswith("<b>Physical environment 2016: no scores</b>")
    assert widget.status_label.text() == ("This layer has no scores for Physical environment in 2016; it has them for "
                                          "2014, 2018, 2020, 2022, 2024.")
    # The same in a change view: the year without scores is named.
    choose(dock, sample_buurten_layer, "change", "fys", 2016, 2014)
    assert sample_buurten_layer.renderer().classAttribute() == "NULL"
    assert "in 2016;" in widget.status_label.text() and "2014–2016" in widget.title_label.text()
    choose(dock, sample_buurten_layer, "change", "total", 2014, 2022)  # a reversed pair
    assert widget.status_label.text() == "Choose a 'from' year before 2014."
    # Back to a year with scores: title, map and status agree again.
    r = choose(dock, sample_buurten_layer, "classes", "fys", 2018)
    assert r.classAttribute() == graduated_on("fys_2018") and widget.status_label.text() == ""
    assert widget.title_label.text().startswith("<b>Physical environment 2018</b>")


def test_every_view_on_the_sample(dock, sample_buurten_layer):
    dev = choose(dock, sample_buurten_layer, "deviation", "total", 2024)
    assert dev.classAttribute() == graduated_on("afw_2024") and dev.ranges()[4].upperValue() == pytest.approx(0.0392)
    ch = choose(dock, sample_buurten_layer, "change", "total", 2024, 2014)
    assert ch.type() == "graduatedSymbol" and ch.classAttribute() == graduated_on('("afw_2024" - "afw_2014")')
    assert [x.label() for x in ch.ranges()][::4] == ["1 sterke daling", "5 stabiel", "9 sterke stijging"]
    assert ch.ranges()[0].symbol().color().name() == "#b35806"
    rf = choose(dock, sample_buurten_layer, "risers", "total", 2024, 2022)
    assert rf.type() == "categorizedSymbol" and "'stijger'" in rf.classAttribute()
    assert [c.label() for c in rf.categories()] == ["riser", "faller", "slider (from voldoende)", "neither riser nor faller",
                                                    "no score"]
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
    assert choose(dock, changed, "change", "total", 2024, 2022).classAttribute() == graduated_on("dafw_2022_2024")


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
    assert [v for _, v, _, _ in dims] == pytest.approx([feat[f"{d}_2024"] for d in ("fys", "onv", "soc", "vrz", "won")])
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


def test_restoring_the_panel_keeps_the_layers_own_style(dock, qgis_iface, sample_buurten_layer):
    """A project read back points the panel at its layer and choices, but the layer keeps the style the project
    saved with it (here one the user made by hand after the panel's)."""
    from leefbaarometer.ui.controller import DockController
    from leefbaarometer.ui.dock import LeefbaarometerDock

    choose(dock, sample_buurten_layer, "change", "soc", 2022, 2018)
    sample_buurten_layer.setRenderer(single_symbol(sample_buurten_layer))
    other = LeefbaarometerDock()
    controller = DockController(qgis_iface, other)
    assert controller.restore()
    assert controller.choice() == {"view": "change", "measure": "soc", "year": 2022, "year_from": 2018}
    assert sample_buurten_layer.renderer().type() == "singleSymbol"
    assert other.status_label.text() == "The layer keeps its own style until you choose a view, measure or year here."
    other.year_slider.setValue(controller.years.index(2024))  # the user acts: now the panel styles the layer
    assert sample_buurten_layer.renderer().type() == "graduatedSymbol"
    controller.close()


def test_a_layer_the_panel_points_at_by_itself_keeps_its_style(dock, run_alg, sample_buurten_layer, tmp_path):
    """The list points the panel at the first layer of an empty project and at another when the current one is
    removed: neither is restyled. (The same in a real QGIS window with the real PC4 outputs: test_window_styles.)"""
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    widget, controller = dock
    rf = run_alg("risersfallers", {"INPUT": sample_buurten_layer, "YEAR_FROM": 2022, "YEAR_TO": 2024,
                                   "OUTPUT": str(tmp_path / "rf.gpkg"), "LIST": "TEMPORARY_OUTPUT"})["OUTPUT"]
    source = sample_buurten_layer.source()
    QgsProject.instance().removeAllMapLayers()
    first = QgsVectorLayer(rf, "rf", "ogr")
    stored = first.renderer().classAttribute()
    assert stored == "rf_2022_2024"
    QgsProject.instance().addMapLayer(first)
    assert widget.layer_combo.currentLayer() is first and controller.layer is first
    assert first.renderer().classAttribute() == stored and widget.title_label.text() == ""
    second = QgsVectorLayer(source, "buurten", "ogr")
    second.setRenderer(single_symbol(second))
    QgsProject.instance().addMapLayer(second)
    QgsProject.instance().removeMapLayer(first.id())
    assert controller.layer is second and second.renderer().type() == "singleSymbol"


def single_symbol(layer):
    from qgis.core import QgsSingleSymbolRenderer
    from qgis.core import QgsSymbol

    return QgsSingleSymbolRenderer(QgsSymbol.defaultSymbol(layer.geometryType()))


def test_play_steps_through_the_years(dock, sample_buurten_layer):
    widget, controller = dock
    choose(dock, sample_buurten_layer, "classes", "total", 2022)
    controller.next_year()
    assert controller.choice()["year"] == 2024 and sample_buurten_layer.renderer().classAttribute() == graduated_on("afw_2024")
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
    assert controller.dialog_parameters("assignzones") == {"INPUT": sample_buurten_layer.id(), "ZONES": None}
    sample_buurten_layer.selectByExpression("\"bu_code\" LIKE 'BU9902%' OR \"bu_code\" LIKE 'BU9904%'")
    # No layer of gemeenten in the project: None, so that the dialog does not take the first layer.
    assert controller.dialog_parameters("exportannexes") == {"BUURTEN": sample_buurten_layer.id(), "GEMEENTEN": None,
                                                             "CODES": "GM9902 GM9904", "YEAR": 2024, "BASE_YEAR": 2020}
    # A view of one year: its greyed-out 'from' year is not passed on.
    choose(dock, sample_buurten_layer, "classes", "total", 2022)
    assert widget.from_combo.isEnabled() is False
    assert controller.dialog_parameters("risersfallers") == {"INPUT": sample_buurten_layer.id()}
    assert controller.dialog_parameters("exportannexes") == {"BUURTEN": sample_buurten_layer.id(), "GEMEENTEN": None,
                                                             "CODES": "GM9902 GM9904", "YEAR": 2022}


def test_annex_dialog_takes_only_a_layer_of_gemeenten(dock, run_alg, sample_dir, sample_buurten_layer, tmp_path,
                                                     qgis_iface, monkeypatch):
    """The early-warning output (buurten, also with gemeente codes) and the buurten are no gemeenten; the sample's
    gemeenten are."""
    import os

    monkeypatch.setattr(qgis_iface, "browserModel", lambda: None, raising=False)  # pytest-qgis's iface lacks it

    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    widget, controller = dock
    warning = QgsVectorLayer(run_alg("earlywarning", {"INPUT": sample_buurten_layer, "OUTPUT": str(tmp_path / "ew.gpkg")})["OUTPUT"],
                             "Early warning", "ogr")
    QgsProject.instance().addMapLayer(warning)
    QgsProject.instance().layerTreeRoot().insertLayer(0, warning)  # first in the project, as in the issue
    choose(dock, sample_buurten_layer, "classes", "total", 2024)
    assert controller.dialog_parameters("exportannexes")["GEMEENTEN"] is None
    dialog = controller.make_dialog("exportannexes")
    assert layer_in(dialog, "GEMEENTEN") is None  # left for the user to choose
    assert layer_in(dialog, "BUURTEN") is sample_buurten_layer
    dialog.deleteLater()
    gemeenten = QgsVectorLayer(os.path.join(sample_dir, "gemeente 2024.gpkg"), "gemeenten", "ogr")
    QgsProject.instance().addMapLayer(gemeenten)
    assert controller.dialog_parameters("exportannexes")["GEMEENTEN"] == gemeenten.id()
    assert controller.dialog_parameters("assignzones") == {"INPUT": sample_buurten_layer.id(), "ZONES": gemeenten.id()}
    dialog = controller.make_dialog("assignzones")
    assert layer_in(dialog, "ZONES") is gemeenten and layer_in(dialog, "INPUT") is sample_buurten_layer
    dialog.deleteLater()
    dialog = controller.make_dialog("exportannexes")
    assert layer_in(dialog, "GEMEENTEN") is gemeenten
    dialog.deleteLater()


def layer_in(dialog, name):
    """The layer a Processing dialog's layer input shows."""
    from qgis.gui import QgsProcessingMapLayerComboBox
    from qgis.PyQt import sip

    return sip.cast(dialog.mainWidget().wrappers[name].wrappedWidget(), QgsProcessingMapLayerComboBox).currentLayer()


def test_the_pressure_output_opens_in_the_pressure_view(dock, run_alg, sample_dir, sample_buurten_layer, tmp_path):
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    widget, controller = dock
    out = run_alg("pressure", {"INPUT": sample_buurten_layer, "MIN_WEIGHT": 1, "OUTPUT": str(tmp_path / "druk.gpkg")})["OUTPUT"]
    clusters = QgsVectorLayer(out, "druk", "ogr")
    QgsProject.instance().addMapLayer(clusters)
    assert clusters.featureCount() >= 1
    pick_layer(widget, clusters)
    assert widget.view_combo.currentData() == "pressure" and widget.status_label.text() == ""
    r = clusters.renderer()
    assert r.type() == "categorizedSymbol" and r.classAttribute() == "k_laatst"
    assert [c.label() for c in r.categories()] == CLASS_LABELS + ["no score"]
    widget.view_combo.setCurrentIndex(widget.view_combo.findData("classes"))
    assert "choose that view" in widget.status_label.text() and clusters.renderer().classAttribute() == "NULL"


def test_the_profile_view_of_the_wfs_buurten_types_the_units_low_on_onv(dock, wfs_layer):
    """The view 'Low on a dimension' on the official WFS buurten, total chosen (the rules' dimension, onv), 2024: units
    in class 3 or lower on onv (konv) typed by kscore (≤ 4 klassiek, ≥ 5 gecompenseerd), counted by evaluating its
    expression on every buurt against pandas on the GeoJSON; another dimension (vrz) by the measure combo."""
    import json

    import pandas as pd
    from qgis.core import QgsExpression
    from qgis.core import QgsExpressionContext
    from qgis.core import QgsExpressionContextUtils

    with open(shared("lbm", "wfs_buurtscore24_part.geojson"), encoding="utf-8") as fh:
        frame = pd.DataFrame([f["properties"] for f in json.load(fh)["features"]])

    def expected(dim):
        low = frame[frame[f"k{dim}"] <= 3]
        return {"klassiek": int((low.kscore <= 4).sum()), "gecompenseerd": int((low.kscore >= 5).sum()),
                "niet laag": int((frame[f"k{dim}"] > 3).sum())}

    def counted(renderer):
        ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(wfs_layer))
        expr = QgsExpression(renderer.classAttribute())
        out = {}
        for f in wfs_layer.getFeatures():
            ctx.setFeature(f)
            value = expr.evaluate(ctx)
            out[value] = out.get(value, 0) + 1
        return out

    widget, _ = dock
    r = choose(dock, wfs_layer, "profile", "total", 2024)
    assert r.type() == "categorizedSymbol"
    assert [c.label() for c in r.categories()][:4] == ["klassiek: low overall too", "tussen: in between",
                                                       "gecompenseerd: offset by other dimensions", "not low on the dimension"]
    got, want = counted(r), expected("onv")
    assert {k: got.get(k, 0) for k in want} == want and got.get("tussen", 0) == 0 and want["gecompenseerd"] > 0
    assert "Nuisance and insecurity 2024: class ≤ 3" in widget.title_label.text()
    r = choose(dock, wfs_layer, "profile", "vrz", 2024)
    got, want = counted(r), expected("vrz")
    assert {k: got.get(k, 0) for k in want} == want and want["klassiek"] > 0


def test_the_dimension_profile_output_opens_in_its_view(dock, run_alg, wfs_layer, tmp_path):
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    widget, _ = dock
    out = run_alg("dimensionprofile", {"INPUT": wfs_layer, "COUNT": 20, "OUTPUT": str(tmp_path / "laagste.gpkg"),
                                       "CORRELATIONS": "memory:"})["OUTPUT"]
    lowest = QgsVectorLayer(out, "laagste", "ogr")
    QgsProject.instance().addMapLayer(lowest)
    pick_layer(widget, lowest)
    assert widget.view_combo.currentData() == "profile"
    widget.year_slider.setValue(widget.year_slider.maximum())  # a choice in the panel: the view's style
    r = lowest.renderer()
    assert r.type() == "categorizedSymbol" and r.classAttribute() == "type"
    assert "Lowest units on a dimension, by type" in widget.title_label.text()


def test_views_are_named_in_words(dock):
    widget, _ = dock
    names = [widget.view_combo.itemText(i) for i in range(widget.view_combo.count())]
    assert names == ["Score classes", "Deviation from the national average", "Change between two years",
                     "Risers and fallers", "Structurally under pressure", "Ranking of zones",
                     "Livability and social status", "Low on a dimension: klassiek or gecompenseerd",
                     "Differences within zones"]
    assert not any("(" in n for n in names)  # no field codes


def drawn_boxes(profile, width):
    """What the area profile draws at a width in pixels, read back from the SVG it shows: [(text or 'bar', box in
    px)], the texts' boxes from their glyph outlines, and the drawing's size in px."""
    from ..helpers import box_of
    from ..helpers import svg_drawing

    drawing = svg_drawing(profile.svg(width))
    w, h = drawing["size"]
    px = width / w  # the SVG is in points; the panel shows it at `width` pixels
    boxes = [(text, tuple(v * px for v in box)) for text, box in drawing["texts"]]
    boxes += [("bar", tuple(v * px for v in box_of(paths[0])))
              for gid, paths in drawing["marks"].items() if gid.startswith("bar:")]
    return boxes, (w * px, h * px)


def test_area_profile_never_overlaps_with_negative_scores(dock, sample_buurten_layer, artifacts):
    """An area with negative scores, at dock widths from narrow to wide, as drawn (the SVG the panel shows, read
    back): no text or bar overlaps another, all stay inside the drawing, the drawing is as wide as the panel and as
    tall as the widget asks, values are in the locale's notation with a true minus. Screenshots of the panel at a
    narrow and a wide dock in test-artifacts/."""
    import os

    from ..helpers import boxes_overlap

    widget, controller = dock
    choose(dock, sample_buurten_layer, "classes", "total", 2024)
    negative = [f for f in sample_buurten_layer.getFeatures()
                if f["afw_2024"] < 0 and sum(f[f"{d}_2024"] < 0 for d in ("fys", "onv", "soc", "vrz", "won")) >= 2
                and any(f[f"{d}_2024"] > 0 for d in ("fys", "onv", "soc", "vrz", "won"))]
    assert negative, "the sample has areas with negative and positive dimension scores"
    area = negative[0]
    sample_buurten_layer.selectByIds([area.id()])
    profile = widget.profile
    assert profile.title and any(v < 0 for _, v, _, _ in profile.dims)
    dims = [area[f"{d}_2024"] for d in ("fys", "onv", "soc", "vrz", "won")]
    totals = [area[f"afw_{y}"] for y in (2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022, 2024)]
    for width in (160, 220, 299, 300, 360, 419, 420, 520, 800):
        boxes, (w, h) = drawn_boxes(profile, width)
        assert abs(w - width) < 0.5 and abs(h - profile.heightForWidth(width)) <= 1.0, (width, w, h)
        bars = [b for b in boxes if b[0] == "bar"]
        assert len(bars) == 5 + len(totals)
        for i, (name, box) in enumerate(boxes):
            assert box[0] >= 0 and box[2] <= width + 0.5 and box[1] >= 0 and box[3] <= h + 0.5, (width, name, box)
            for other, box2 in boxes[i + 1:]:
                assert not boxes_overlap(box, box2, 0.5), (width, name, other)
        # Every value, written here in the locale's notation with a true minus, is drawn beside its bar.
        texts = [t for t, _ in boxes if t != "bar"]
        for v in dims + totals:
            assert any(t == locale_text(v) or t.startswith(locale_text(v) + " ") for t in texts), (width, v, texts)
        assert not any("-" in t for t in texts if t[:1].isdigit() or t[:1] in "−+"), texts
    assert any(t.startswith("−") for t, _ in drawn_boxes(profile, 520)[0])
    for name, width in (("narrow", 280), ("wide", 560)):
        widget.setFloating(True)
        widget.resize(width, 900)
        widget.show()
        from qgis.PyQt.QtWidgets import QApplication

        QApplication.processEvents()
        profile._timer.timeout.emit()  # the debounced redraw, now
        assert profile.height() >= profile.heightForWidth(profile.width())
        assert profile._renderer is not None and profile._drawn_width == profile.width()
        path = os.path.join(artifacts, f"area_profile_{name}.png")
        widget.grab().save(path)
        assert os.path.getsize(path) > 5000
    # Another layer: the profile of the previous layer's area is gone.
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    other = QgsVectorLayer(sample_buurten_layer.source(), "again", "ogr")
    QgsProject.instance().addMapLayer(other)
    widget.layer_combo.setLayer(other)
    assert profile.title == "" and profile.dims == []


def locale_text(value):
    """A second, plain writing of a score in the user's locale: three decimals, the locale's decimal sign, a true
    minus (never a hyphen)."""
    from qgis.PyQt.QtCore import QLocale

    text = f"{abs(float(value)):.3f}".replace(".", QLocale().decimalPoint())
    return ("\u2212" if round(float(value), 3) < 0 else "") + text


def rendered_colours(layer, points, selection="#ffff00"):
    """The colour of the map at each (x, y) of `points`, rendered as QGIS's canvas draws the layer."""
    from qgis.core import QgsMapRendererSequentialJob
    from qgis.core import QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(400, 100))
    settings.setBackgroundColor(QColor("white"))
    settings.setSelectionColor(QColor(selection))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    out = []
    for x, y in points:
        pixel = settings.mapToPixel().transform(x, y)
        out.append(image.pixelColor(int(pixel.x()), int(pixel.y())).name())
    return out


def test_areas_without_a_score_are_drawn_grey_and_show_their_selection(dock):
    """Four squares: scores in both years; none in 2024; none at all; a change of 0 (stabiel). In the change view
    the areas without a change are grey 'no score' (not white, which looked like '5 stabiel'), also in the classes
    view; a selected area without a score shows the selection colour."""
    from qgis.core import QgsProject

    from leefbaarometer.core.release import load_release

    rows = [("POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))", "A", 0.10, 0.25),
            ("POLYGON((100 0, 200 0, 200 100, 100 100, 100 0))", "B", 0.10, None),
            ("POLYGON((200 0, 300 0, 300 100, 200 100, 200 0))", "C", None, None),
            ("POLYGON((300 0, 400 0, 400 100, 300 100, 300 0))", "D", -0.05, -0.05)]
    layer = memory_layer({"code": "string", "afw_2022": "double", "afw_2024": "double"}, rows, geometry="Polygon")
    QgsProject.instance().addMapLayer(layer)
    centres = [(50, 50), (150, 50), (250, 50), (350, 50)]
    widget, controller = dock
    release = load_release()
    r = choose(dock, layer, "change", "total", 2024, 2022)
    assert [x.label() for x in r.ranges()][-1] == "no score"
    stable = release.palette_change[4].lower()
    rising = release.palette_change[7].lower()  # +0.15: 'sterke stijging' starts at 0.1568, so class 8
    assert rendered_colours(layer, centres) == [rising, "#cccccc", "#cccccc", stable]
    r = choose(dock, layer, "classes", "total", 2024)
    assert rendered_colours(layer, centres)[1:3] == ["#cccccc", "#cccccc"]
    layer.selectByExpression("\"code\" IN ('B', 'C')")
    assert rendered_colours(layer, centres)[1:3] == ["#ffff00", "#ffff00"]  # selected, though without a score
    QgsProject.instance().removeMapLayer(layer.id())
