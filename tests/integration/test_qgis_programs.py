"""End to end through QGIS's own programs: the qgis_process command line and a real QGIS window under Xvfb."""
import json
import os
import shutil
import subprocess

import pytest

from ..helpers import ROOT
from ..helpers import qgis_env
from ..helpers import qgis_process
from ..helpers import run_qgis_window

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
    assert save_style_to_database(layer, "buurten", "", True) == ""

    shot, result = os.path.join(artifacts, "qgis_window_plugin.png"), tmp_path / "result.json"
    run = run_qgis_window(tmp_path, f"LAYER = {layer_path!r}\nSHOT = {shot!r}\nRESULT = {str(result)!r}\n" + STARTUP)
    assert result.exists(), run.stdout + run.stderr
    state = json.loads(result.read_text())
    assert state == {"provider": True, "plugin": True, "dock": True, "renderer": "graduatedSymbol", "classes": 9}
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
    assert state["attributes"] == ["afw_2024", "onv_2024", "afw_2014", '("afw_2024" - "afw_2014")']
    for name in ("qgis_dock_1_classes_total_2024.png", "qgis_dock_4_change_total_2024.png"):
        assert os.path.getsize(os.path.join(artifacts, name)) > 10000
