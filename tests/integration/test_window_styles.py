"""Styles in a real QGIS window (issue 29), on the national PC4 scores imported onto CBS's PC4 boundaries:

- outputs keep their stored style: the plugin restyles only the layer the user points the panel at, and only when
  the user acts in the panel (a risers-and-fallers output and the classes opened as the first layer of a project,
  panel closed and open);
- areas without scores (Schiphol, PC4 1118) are drawn grey as 'no score' in the panel's change view, and show
  their selection.

Screenshots in test-artifacts/."""
import json
import os
import shutil

import pytest

from ..helpers import run_qgis_window
from ..helpers import shared

pytestmark = pytest.mark.slow

SCRIPT = r'''
import json
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

state = {}

def shown(layer):
    r = layer.renderer()
    return f"{r.type()}:{r.classAttribute()}"

def stored(path):
    layer = QgsVectorLayer(path, "stored", "ogr", QgsVectorLayer.LayerOptions(False, False))
    layer.loadDefaultStyle()
    return shown(layer)

def add(path, name):
    layer = QgsVectorLayer(path, name, "ogr")
    QgsProject.instance().addMapLayer(layer)
    return layer

def shoot(name):
    iface.mapCanvas().refresh()
    def grab():
        iface.mainWindow().grab().save(SHOTS + "/" + name)
    return grab

def steps():
    plugin = plugins["leefbaarometer"]
    dock, controller = plugin.dock, plugin.controller
    state["stored"] = {"rf": stored(RF), "classes": stored(CLASSES)}
    # 1. Panel closed: the risers-and-fallers output is the first layer of the new project.
    state["dock_visible_1"] = dock.isVisible()
    rf = add(RF, "Risers and fallers 2018-2022")
    iface.mapCanvas().setExtent(rf.extent())
    state["closed"] = shown(rf)
    yield shoot("first_layer_panel_closed.png")
    # 2. A new project with the panel open: the same output first again.
    QgsProject.instance().clear()
    plugin.action.trigger()
    state["dock_visible_2"] = dock.isVisible()
    rf = add(RF, "Risers and fallers 2018-2022")
    iface.mapCanvas().setExtent(rf.extent())
    state["open"] = shown(rf)
    state["combo_2"] = dock.layer_combo.currentLayer() is rf
    yield shoot("first_layer_panel_open.png")
    # 3. A second output added, then the first removed: the panel's combo moves to the classes, which keep their style.
    classes = add(CLASSES, "Classes 2022")
    state["second"] = [shown(rf), shown(classes)]
    QgsProject.instance().removeMapLayer(rf.id())
    state["combo_3"] = dock.layer_combo.currentLayer() is classes
    state["after_remove"] = shown(classes)
    # 4. The user acts in the panel: now the layer the panel points at is restyled.
    dock.view_combo.setCurrentIndex(dock.view_combo.findData("deviation"))
    state["user_view"] = shown(classes)
    # 5. The user picks a layer in the combo: that is an act in the panel too.
    rf = add(RF, "Risers and fallers 2018-2022")
    state["before_pick"] = shown(rf)
    dock.layer_combo.setLayer(rf)
    dock.layer_combo.activated.emit(dock.layer_combo.currentIndex())
    state["user_pick"] = shown(rf)
    yield shoot("first_layer_user_acts.png")

def run(gen):
    try:
        step = next(gen)
    except StopIteration:
        with open(RESULT, "w") as fh:
            json.dump(state, fh)
        QgsApplication.exit(0)
        return
    QTimer.singleShot(1500, lambda: (step(), run(gen)))

QTimer.singleShot(2000, lambda: run(steps()))
'''


@pytest.fixture(scope="module")
def pc4_outputs(tmp_path_factory, lbm_provider_module):
    """The national PC4 scores imported, classified, and risers and fallers 2018→2022 of the classes: each a
    GeoPackage with its style stored as the default."""
    import processing

    folder = tmp_path_factory.mktemp("pc4_outputs")
    scores, classes, rf = (str(folder / n) for n in ("pc4.gpkg", "classes.gpkg", "rf.gpkg"))
    processing.run("leefbaarometer:importscores", {
        "SCORES": shared("lbm", "Leefbaarometer-scores PC4 2002-2022.csv"),
        "GEOMETRY": shared("cbs", "pc4_boundaries.topojson"), "OUTPUT": scores})
    processing.run("leefbaarometer:classify", {"INPUT": scores, "OUTPUT": classes})
    processing.run("leefbaarometer:risersfallers", {"INPUT": classes, "YEAR_FROM": 2018, "YEAR_TO": 2022, "OUTPUT": rf,
                                                     "LIST": "TEMPORARY_OUTPUT"})
    return scores, classes, rf


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (scripts/setup.sh installs it)")
def test_outputs_keep_their_stored_style_as_first_layer(tmp_path, pc4_outputs, artifacts):
    _, classes, rf = pc4_outputs
    result = tmp_path / "result.json"
    run = run_qgis_window(tmp_path, f"RF = {rf!r}\nCLASSES = {classes!r}\nSHOTS = {artifacts!r}\nRESULT = {str(result)!r}\n"
                          + SCRIPT)
    assert result.exists(), run.stdout + run.stderr
    state = json.loads(result.read_text())
    rf_style, classes_style = "categorizedSymbol:rf_2018_2022", "categorizedSymbol:kscore_2022"
    assert state["stored"] == {"rf": rf_style, "classes": classes_style}
    # Opened as the first layer of a project, panel closed or open: the stored style, not the panel's classes.
    assert state["dock_visible_1"] is False and state["closed"] == rf_style
    assert state["dock_visible_2"] is True and state["combo_2"] is True and state["open"] == rf_style
    assert state["second"] == [rf_style, classes_style]
    # The combo moving to another layer by itself (the current one removed) restyles nothing …
    assert state["combo_3"] is True and state["after_remove"] == classes_style
    # … the user's choices in the panel do.
    assert state["user_view"] == "categorizedSymbol:kafw_2022"  # the deviation classes the layer carries
    assert state["before_pick"] == rf_style and state["user_pick"] != rf_style
    for name in ("first_layer_panel_closed.png", "first_layer_panel_open.png", "first_layer_user_acts.png"):
        assert os.path.getsize(os.path.join(artifacts, name)) > 10000


CHANGE_SCRIPT = r'''
import json
from qgis.core import QgsApplication, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

state = {}

def start():
    plugin = plugins["leefbaarometer"]
    layer = QgsVectorLayer(LAYER, "Leefbaarometer PC4", "ogr")
    QgsProject.instance().addMapLayer(layer)
    plugin.action.trigger()
    dock, controller = plugin.dock, plugin.controller
    dock.layer_combo.setLayer(layer)
    dock.layer_combo.activated.emit(dock.layer_combo.currentIndex())  # picked, as a user does
    dock.view_combo.setCurrentIndex(dock.view_combo.findData("change"))
    dock.year_slider.setValue(controller.years.index(2022))
    dock.from_combo.setCurrentIndex(dock.from_combo.findData(2018))
    r = layer.renderer()
    ranges = r.ranges()  # kept: a range's symbol belongs to it
    state["renderer"] = [r.type(), r.classAttribute(), ranges[-1].label(), ranges[-1].symbol().color().name()]
    state["selection_colour"] = iface.mapCanvas().selectionColor().name()
    state["title"] = dock.title_label.text()
    layer.selectByExpression("\"PC4\" = '1118'")  # Schiphol: boundaries, no scores
    state["selected"] = [f["PC4"] for f in layer.getSelectedFeatures()]
    def zoom():
        iface.mapCanvas().setExtent(QgsRectangle(100000, 472000, 126000, 494000))  # Schiphol and Amsterdam
        iface.mapCanvas().refresh()
        QTimer.singleShot(2500, shoot)
    def shoot():
        iface.mainWindow().grab().save(SHOTS + "/change_view_no_score_selected.png")
        image = iface.mapCanvas().grab().toImage()
        # The colours the canvas shows at Schiphol's centre, selected, and after the selection is cleared.
        centre = [f for f in layer.getSelectedFeatures()][0].geometry().pointOnSurface().asPoint()
        pixel = iface.mapCanvas().getCoordinateTransform().transform(centre)
        state["selected_colour"] = image.pixelColor(int(pixel.x()), int(pixel.y())).name()
        layer.removeSelection()
        iface.mapCanvas().refresh()
        def shoot_again():
            image = iface.mapCanvas().grab().toImage()
            state["colour"] = image.pixelColor(int(pixel.x()), int(pixel.y())).name()
            iface.mainWindow().grab().save(SHOTS + "/change_view_no_score.png")
            with open(RESULT, "w") as fh:
                json.dump(state, fh)
            QgsApplication.exit(0)
        QTimer.singleShot(2000, shoot_again)
    QTimer.singleShot(1500, zoom)

QTimer.singleShot(2000, start)
'''


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (scripts/setup.sh installs it)")
def test_change_view_draws_areas_without_scores_and_their_selection(tmp_path, pc4_outputs, artifacts):
    scores = pc4_outputs[0]
    result = tmp_path / "result.json"
    run = run_qgis_window(tmp_path, f"LAYER = {scores!r}\nSHOTS = {artifacts!r}\nRESULT = {str(result)!r}\n" + CHANGE_SCRIPT)
    assert result.exists(), run.stdout + run.stderr
    state = json.loads(result.read_text())
    assert state["renderer"] == ["graduatedSymbol", 'coalesce(("afw_2022" - "afw_2018"), -9999)', "no score", "#cccccc"]
    assert "Total score: change 2018–2022" in state["title"]
    assert state["selected"] == ["1118"]
    assert state["colour"] == "#cccccc"  # grey 'no score', not the white canvas
    assert state["selected_colour"] == state["selection_colour"]  # QGIS's selection colour, drawn
    for name in ("change_view_no_score_selected.png", "change_view_no_score.png"):
        assert os.path.getsize(os.path.join(artifacts, name)) > 10000
