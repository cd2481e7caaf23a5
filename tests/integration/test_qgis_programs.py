"""End to end through QGIS's own programs: the qgis_process command line and a real QGIS window under Xvfb."""
import json
import os
import shutil
import subprocess

import pytest

from ..helpers import ROOT
from ..helpers import graduated_on
from ..helpers import qgis_env
from ..helpers import qgis_process
from ..helpers import run_qgis_window
from ..helpers import shared

pytestmark = pytest.mark.slow


def test_qgis_process_lists_and_runs_importscores(tmp_path, sample_dir):
    env = qgis_env(tmp_path)
    enable = qgis_process(env, "plugins", "enable", "leefbaarometer")
    assert enable.returncode == 0, enable.stderr
    listing = qgis_process(env, "list")
    assert "leefbaarometer:importscores" in listing.stdout and "leefbaarometer:importwfs" in listing.stdout
    out = tmp_path / "buurten.gpkg"
    run = qgis_process(env, "run", "leefbaarometer:importscores", "--",
                       f"SCORES={os.path.join(sample_dir, 'Leefbaarometer-scores buurten 2002-2024.csv')}",
                       f"GEOMETRY={os.path.join(sample_dir, 'buurt 2024.gpkg')}", f"OUTPUT={out}")
    assert run.returncode == 0, run.stdout + run.stderr
    results = dict(line.split(":\t", 1) for line in run.stdout.splitlines() if ":\t" in line)
    assert results["LEVEL"] == "bu_code" and results["KEYS_WITHOUT_GEOMETRY"] == "0"
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(out), "b", "ogr")
    assert layer.featureCount() == int(results["AREAS"]) > 100


def fresh_layer(path):
    """A layer on the file as a fresh project opens it: with the default style stored in the file."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "fresh", "ogr", QgsVectorLayer.LayerOptions(False, False))
    message, loaded = layer.loadDefaultStyle()
    assert loaded, message
    return layer


def test_outputs_of_qgis_process_open_with_the_plugins_renderer(tmp_path, sample_dir):
    """importscores, classify (the GeoPackage copy path) and risersfallers run by qgis_process; each output opens in
    a fresh project with the renderer of the release: field, class breaks or categories, labels, colours."""
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.views import CATEGORY_STYLES

    release = load_release()
    env = qgis_env(tmp_path)
    assert qgis_process(env, "plugins", "enable", "leefbaarometer").returncode == 0
    scores, classes, rf, change = (str(tmp_path / n) for n in ("buurten.gpkg", "classes.gpkg", "rf.gpkg", "change.gpkg"))
    for args in ((f"SCORES={os.path.join(sample_dir, 'Leefbaarometer-scores buurten 2002-2024.csv')}",
                  f"GEOMETRY={os.path.join(sample_dir, 'buurt 2024.gpkg')}", f"OUTPUT={scores}"),
                 ("INPUT=" + scores, "OUTPUT=" + classes),
                 ("INPUT=" + scores, "YEAR_FROM=2022", "YEAR_TO=2024", f"LIST={tmp_path / 'list.gpkg'}", "OUTPUT=" + rf),
                 ("INPUT=" + scores, "OUTPUT=" + change)):
        alg = {scores: "importscores", classes: "classify", rf: "risersfallers", change: "change"}[args[-1][len("OUTPUT="):]]
        run = qgis_process(env, "run", f"leefbaarometer:{alg}", "--", *args)
        assert run.returncode == 0, run.stdout + run.stderr
        assert "Warning 1:" not in run.stdout + run.stderr  # GDAL says nothing (a style name over 30 characters did)
    labels = [f"{k} {label}" for k, label in enumerate(release.class_labels, start=1)]

    layer = fresh_layer(scores)  # the scores of the latest year in the release's classes
    r = layer.renderer()
    assert r.type() == "graduatedSymbol" and r.classAttribute() == graduated_on("afw_2024")
    assert [x.upperValue() for x in r.ranges()][:8] == pytest.approx([float(c) for c in release.total_cutpoints_afw])
    assert [x.label() for x in r.ranges()] == labels + ["no score"]  # areas without a score: grey, in the legend
    assert [x.symbol().color().name() for x in r.ranges()] == [c.lower() for c in release.palette_scores] + ["#cccccc"]
    assert (r.ranges()[-1].lowerValue(), r.ranges()[-1].upperValue()) == (-9999, -9999)

    layer = fresh_layer(classes)  # official classes of the latest year, as categories 1–9 and 'geen score'
    r = layer.renderer()
    assert r.type() == "categorizedSymbol" and r.classAttribute() == "kscore_2024"
    assert [str(c.value()) for c in r.categories()][:9] == [str(k) for k in range(1, 10)]  # QML keeps them as text
    assert [c.label() for c in r.categories()] == labels + ["no score"]
    assert layer.customProperty("leefbaarometer/release")  # the panel keeps using the run's release

    layer = fresh_layer(rf)
    r = layer.renderer()
    assert r.type() == "categorizedSymbol" and r.classAttribute() == "rf_2022_2024"
    assert [(c.value(), c.label(), c.symbol().color().name()) for c in r.categories()][:3] == [
        (value, label, colour) for value, (label, colour) in CATEGORY_STYLES["rf"].items()]
    # The files carry no WAL flag (they open on read-only media) and one default style each.
    import sqlite3

    for path in (scores, classes, rf, change):
        with open(path, "rb") as fh:
            assert fh.read(20)[18:20] == b"\x01\x01", path
        db = sqlite3.connect(path)
        assert db.execute("SELECT count(*), sum(useAsDefault) FROM layer_styles").fetchone() == (1, 1)
        assert db.execute("SELECT max(length(styleName)) FROM layer_styles").fetchone()[0] <= 30  # TEXT(30) in a GeoPackage
        db.close()


def test_topojson_geometry_imports_without_gdal_noise(tmp_path):
    """CBS's PC4 boundaries as TopoJSON: GDAL refuses update mode for that driver before QGIS opens it read-only;
    that refusal is not printed, the import succeeds."""
    env = qgis_env(tmp_path)
    qgis_process(env, "plugins", "enable", "leefbaarometer")
    out = tmp_path / "pc4.gpkg"
    run = qgis_process(env, "run", "leefbaarometer:importscores", "--",
                       f"SCORES={shared('lbm', 'Leefbaarometer-scores PC4 2002-2022.csv')}",
                       f"GEOMETRY={shared('cbs', 'pc4_boundaries.topojson')}", f"OUTPUT={out}")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Update of TopoJSON not supported" not in run.stdout + run.stderr
    results = dict(line.split(":\t", 1) for line in run.stdout.splitlines() if ":\t" in line)
    # Every PC4 area of CBS's boundaries, the 12 without scores (Schiphol, Maasvlakte …) with NULL scores.
    assert (results["AREAS"], results["AREAS_WITHOUT_SCORES"], results["KEYS_WITHOUT_GEOMETRY"]) == ("4068", "12", "2")


def test_qgis_process_reports_bad_input(tmp_path):
    env = qgis_env(tmp_path)
    qgis_process(env, "plugins", "enable", "leefbaarometer")
    bad = tmp_path / "bad.csv"
    bad.write_text("naam,jaar,afw\nA,2024,0.1\n")
    run = qgis_process(env, "run", "leefbaarometer:importscores", "--", f"SCORES={bad}", f"OUTPUT={tmp_path / 'o.gpkg'}")
    assert run.returncode != 0
    assert "no key column found" in run.stdout + run.stderr
    assert not (tmp_path / "o.gpkg").exists()


STARTUP = r'''
import json
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.utils import iface, plugins

def check():
    dock = iface.mainWindow().findChild(QDockWidget, "LeefbaarometerDock")
    if dock is not None:
        dock.show()
    layer = QgsVectorLayer(LAYER, "Leefbaarometer buurten", "ogr")
    QgsProject.instance().addMapLayer(layer)
    iface.mapCanvas().setExtent(layer.extent())
    iface.mapCanvas().refresh()
    def shoot():
        iface.mainWindow().grab().save(SHOT)
        with open(RESULT, "w") as fh:
            json.dump({"provider": QgsApplication.processingRegistry().providerById("leefbaarometer") is not None,
                       "plugin": "leefbaarometer" in plugins, "dock": dock is not None,
                       "renderer": layer.renderer().type(), "classes": len(layer.renderer().ranges())}, fh)
        QgsApplication.exit(0)
    QTimer.singleShot(3000, shoot)

QTimer.singleShot(2000, check)
'''


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (scripts/setup.sh installs it)")
def test_real_qgis_window_with_the_plugin(tmp_path, sample_buurten_gpkg, artifacts):
    from qgis.core import QgsVectorLayer

    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.views import score_layer_spec
    from leefbaarometer.processing.compat import save_style_to_database
    from leefbaarometer.processing.styling import apply_style

    layer_path = sample_buurten_gpkg
    layer = QgsVectorLayer(layer_path, "b", "ogr")
    apply_style(layer, score_layer_spec(layer.fields().names(), load_release()), load_release(), "Leefbaarometer buurten")
    assert save_style_to_database(layer, "buurten", "") == ""

    shot, result = os.path.join(artifacts, "qgis_window_plugin.png"), tmp_path / "result.json"
    run = run_qgis_window(tmp_path, f"LAYER = {layer_path!r}\nSHOT = {shot!r}\nRESULT = {str(result)!r}\n" + STARTUP)
    assert result.exists(), run.stdout + run.stderr
    state = json.loads(result.read_text())
    assert state == {"provider": True, "plugin": True, "dock": True, "renderer": "graduatedSymbol", "classes": 10}  # 9 + no score
    assert os.path.getsize(shot) > 10000


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_plugin_zip_installs_and_loads(tmp_path):
    """The ZIP users install ("Install from ZIP") holds a working plugin folder named leefbaarometer."""
    import zipfile

    archive = tmp_path / "plugin.zip"
    subprocess.run(["git", "archive", "--format=zip", "--prefix=leefbaarometer/", "-o", str(archive), "HEAD"],
                   cwd=ROOT, check=True)
    names = zipfile.ZipFile(archive).namelist()
    assert "leefbaarometer/metadata.txt" in names and "leefbaarometer/resources/icon.png" in names
    assert "leefbaarometer/LICENSE" in names and "leefbaarometer/CHANGELOG.md" in names
    # tests, the sample generator (used by the demo and the tests only) and the scripts stay out of the ZIP
    assert not any(n.startswith(("leefbaarometer/tests/", "leefbaarometer/sample/", "leefbaarometer/scripts/")) for n in names)
    installed = tmp_path / "plugins"
    zipfile.ZipFile(archive).extractall(installed)
    env = qgis_env(tmp_path)
    env["QGIS_PLUGINPATH"] = str(installed)
    assert qgis_process(env, "plugins", "enable", "leefbaarometer").returncode == 0
    assert "leefbaarometer:importscores" in qgis_process(env, "list").stdout


DOCK_SCRIPT = r"""
import json
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

steps = [("classes", "total", 2024), ("classes", "onv", 2024), ("classes", "total", 2014), ("change", "total", 2024)]
state = {"attributes": []}

def start():
    plugin = plugins["leefbaarometer"]
    layer = QgsVectorLayer(LAYER, "Leefbaarometer buurten", "ogr")
    QgsProject.instance().addMapLayer(layer)
    iface.mapCanvas().setExtent(layer.extent())
    plugin.action.trigger()  # opens the dock, as a user would from the toolbar
    dock, controller = plugin.dock, plugin.controller
    dock.layer_combo.setLayer(layer)
    dock.layer_combo.activated.emit(dock.layer_combo.currentIndex())  # picked, as a user does
    state["dock_visible"] = dock.isVisible()
    def step(i):
        if i == len(steps):
            name = controller.save_theme("Leefbaarometer test")
            state["theme"] = QgsProject.instance().mapThemeCollection().hasMapTheme(name)
            with open(RESULT, "w") as fh:
                json.dump(state, fh)
            QgsApplication.exit(0)
            return
        view, measure, year = steps[i]
        dock.view_combo.setCurrentIndex(dock.view_combo.findData(view))
        dock.measure_combo.setCurrentIndex(dock.measure_combo.findData(measure))
        dock.year_slider.setValue(controller.years.index(year))
        if view == "change":
            dock.from_combo.setCurrentIndex(dock.from_combo.findData(2014))
        layer.selectByIds([next(layer.getFeatures()).id()])
        iface.mapCanvas().refresh()
        def shoot():
            iface.mainWindow().grab().save(SHOTS + f"/qgis_dock_{i + 1}_{view}_{measure}_{year}.png")
            state["attributes"].append(layer.renderer().classAttribute())
            step(i + 1)
        QTimer.singleShot(1500, shoot)
    step(0)

QTimer.singleShot(2000, start)
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (scripts/setup.sh installs it)")
def test_dock_in_a_real_qgis_window(tmp_path, sample_buurten_gpkg, artifacts):
    layer_path = sample_buurten_gpkg
    result = tmp_path / "result.json"
    run = run_qgis_window(tmp_path, f"LAYER = {layer_path!r}\nSHOTS = {artifacts!r}\nRESULT = {str(result)!r}\n" + DOCK_SCRIPT)
    assert result.exists(), run.stdout + run.stderr
    state = json.loads(result.read_text())
    assert state["dock_visible"] is True and state["theme"] is True
    assert state["attributes"] == [graduated_on(e) for e in ("afw_2024", "onv_2024", "afw_2014", '("afw_2024" - "afw_2014")')]
    for name in ("qgis_dock_1_classes_total_2024.png", "qgis_dock_4_change_total_2024.png"):
        assert os.path.getsize(os.path.join(artifacts, name)) > 10000


PC4_SCRIPT = r"""
import json
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer, Qt
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

state = {}

def start():
    plugin = plugins["leefbaarometer"]
    layer = QgsVectorLayer(LAYER, "Leefbaarometer PC4", "ogr")  # as imported, with its stored style
    QgsProject.instance().addMapLayer(layer)
    state["stored_style"] = layer.renderer().type()
    iface.mapCanvas().setExtent(layer.extent())
    plugin.action.trigger()
    dock, controller = plugin.dock, plugin.controller
    iface.addDockWidget(Qt.RightDockWidgetArea, dock)
    dock.layer_combo.setLayer(layer)
    dock.layer_combo.activated.emit(dock.layer_combo.currentIndex())  # picked, as a user does
    dock.measure_combo.setCurrentIndex(dock.measure_combo.findData("onv"))
    dock.year_slider.setValue(controller.years.index(2002))  # no dimension scores in 2002
    state["2002"] = [layer.renderer().classAttribute(), dock.title_label.text(), dock.status_label.text()]
    dock.year_slider.setValue(controller.years.index(2022))
    state["2022"] = [layer.renderer().classAttribute(), dock.title_label.text(), dock.status_label.text()]
    layer.selectByExpression(f'"PC4" = {PC4!r}')
    state["profile"] = dock.profile.title
    def shoot(i=0):
        widths = [("narrow", 0), ("wide", 620)]
        if i == len(widths):
            with open(RESULT, "w") as fh:
                json.dump(state, fh)
            QgsApplication.exit(0)
            return
        name, width = widths[i]
        iface.mainWindow().resizeDocks([dock], [width], Qt.Horizontal)
        QApplication.processEvents()
        def grab():
            iface.mainWindow().grab().save(SHOTS + f"/qgis_pc4_profile_{name}.png")
            dock.grab().save(SHOTS + f"/qgis_pc4_dock_{name}.png")
            state[name] = [dock.width(), dock.profile.height(), dock.profile.heightForWidth(dock.profile.width())]
            shoot(i + 1)
        QTimer.singleShot(1500, grab)
    dock.year_slider.setValue(controller.years.index(2002))
    iface.mapCanvas().refresh()
    def shoot_2002():
        iface.mainWindow().grab().save(SHOTS + "/qgis_pc4_onv_2002.png")
        dock.year_slider.setValue(controller.years.index(2022))
        iface.mapCanvas().refresh()
        QTimer.singleShot(1500, shoot)
    QTimer.singleShot(2000, shoot_2002)

QTimer.singleShot(2000, start)
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (scripts/setup.sh installs it)")
def test_real_pc4_data_in_the_panel_of_a_real_qgis_window(tmp_path, artifacts):
    """The national PC4 scores, imported by qgis_process onto CBS's TopoJSON boundaries, in the panel of a real QGIS
    under Xvfb: 2002 has no dimension scores (title, map and status say so), and the profile of a PC4 area with
    negative scores at a narrow and a wide dock (screenshots in test-artifacts/)."""
    import csv

    env = qgis_env(tmp_path)
    qgis_process(env, "plugins", "enable", "leefbaarometer")
    layer_path = str(tmp_path / "pc4.gpkg")
    scores = shared("lbm", "Leefbaarometer-scores PC4 2002-2022.csv")
    run = qgis_process(env, "run", "leefbaarometer:importscores", "--", f"SCORES={scores}",
                       f"GEOMETRY={shared('cbs', 'pc4_boundaries.topojson')}", f"OUTPUT={layer_path}")
    assert run.returncode == 0, run.stdout + run.stderr
    with open(scores, newline="") as fh:  # an area below average in 2022 with a dimension above it
        rows = [r for r in csv.DictReader(fh) if r["jaar"] == "2022"]
    dims = ("fys", "onv", "soc", "vrz", "won")
    pc4 = next(r["PC4"] for r in rows if float(r["afw"]) < -0.1 and any(float(r[d]) > 0 for d in dims))
    result = tmp_path / "result.json"
    run = run_qgis_window(tmp_path, f"LAYER = {layer_path!r}\nSHOTS = {artifacts!r}\nRESULT = {str(result)!r}\nPC4 = {pc4!r}\n"
                          + PC4_SCRIPT)
    assert result.exists(), run.stdout + run.stderr
    state = json.loads(result.read_text())
    assert state["stored_style"] == "graduatedSymbol"
    assert state["2002"][0] == "NULL" and "Nuisance and insecurity 2002: no scores" in state["2002"][1]
    assert state["2002"][2] == ("This layer has no scores for Nuisance and insecurity in 2002; it has them for "
                                "2014, 2018, 2020, 2022.")
    assert state["2022"] == [graduated_on("onv_2022"), state["2022"][1], ""] and "Nuisance and insecurity 2022" in state["2022"][1]
    assert pc4 in state["profile"]
    assert state["wide"][0] > state["narrow"][0]
    for name in ("narrow", "wide"):
        assert state[name][1] >= state[name][2]  # the profile has the height its rows need
        assert os.path.getsize(os.path.join(artifacts, f"qgis_pc4_dock_{name}.png")) > 10000
