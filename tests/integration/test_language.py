"""The plugin in Dutch and in English, the QGIS way: QGIS's locale (Settings ▸ Options ▸ General ▸ Override system
locale) picks the plugin's translation (i18n/leefbaarometer_nl.qm). A real QGIS window under Xvfb per language:
the Processing dialog, the panel, a legend of a styled output and an error message; screenshots of the panel."""
import json
import os
import shutil

import pytest

from ..helpers import qgis_env
from ..helpers import qgis_process
from ..helpers import run_qgis_window

pytestmark = pytest.mark.slow

SCRIPT = r'''
import json
import processing
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer, QgsProcessingException
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QFormLayout
from qgis.utils import iface, plugins

state = {}

def start():
    plugin = plugins["leefbaarometer"]
    layer = QgsVectorLayer(LAYER, "buurten", "ogr")
    QgsProject.instance().addMapLayer(layer)
    iface.mapCanvas().setExtent(layer.extent())
    plugin.action.trigger()
    dock, controller = plugin.dock, plugin.controller
    dock.layer_combo.setLayer(layer)
    dock.layer_combo.activated.emit(dock.layer_combo.currentIndex())  # picked, as a user does
    layer.selectByIds([next(layer.getFeatures()).id()])
    iface.mapCanvas().refresh()
    form = dock.body.layout().itemAt(0).layout()  # the QFormLayout of layer, view, measure and years
    state["panel"] = {"title": dock.windowTitle(), "view": dock.view_combo.currentText(),
                      "measures": [dock.measure_combo.itemText(i) for i in range(dock.measure_combo.count())],
                      "labels": [form.itemAt(r, QFormLayout.LabelRole).widget().text() for r in range(form.rowCount())],
                      "theme_button": dock.theme_button.text(), "action": plugin.action.text()}
    # The Processing dialog as the toolbox opens it.
    dialog = processing.createAlgorithmDialog("leefbaarometer:hotspots", {"INPUT": layer.id()})
    alg = dialog.algorithm()
    state["dialog"] = {"title": dialog.windowTitle(), "name": alg.displayName(), "alpha": alg.parameterDefinition("ALPHA").description(),
                       "group": alg.group(), "help": "<b>" in alg.shortHelpString() and alg.shortHelpString()[:400]}
    dialog.show()
    # A styled output: hot and cold spots, loaded as the toolbox does (the post-processor styles it).
    result = processing.runAndLoadResults("leefbaarometer:hotspots", {"INPUT": layer, "PERMUTATIONS": 9, "YEARS": "2024",
                                                                       "OUTPUT": OUT})
    out = next(l for l in QgsProject.instance().mapLayers().values() if l.source().startswith(OUT))
    state["legend"] = [(c.value(), c.label()) for c in out.renderer().categories()]
    state["output_title"] = out.metadata().title()
    # A temporary output is named by what it shows, in QGIS's language.
    before = set(QgsProject.instance().mapLayers())
    processing.runAndLoadResults("leefbaarometer:classify", {"INPUT": layer, "YEARS": "2022,2024", "OUTPUT": "TEMPORARY_OUTPUT"})
    state["classes_name"] = [l.name() for i, l in QgsProject.instance().mapLayers().items() if i not in before]
    for i in set(QgsProject.instance().mapLayers()) - before:
        QgsProject.instance().layerTreeRoot().findLayer(i).setItemVisibilityChecked(False)
    try:
        processing.run("leefbaarometer:classify", {"INPUT": layer, "SCHEME": 4, "BREAKS": "1;2;3;4;5;6;7;8;9",
                                                   "OUTPUT": "TEMPORARY_OUTPUT"})
        state["error"] = None
    except QgsProcessingException as exc:
        state["error"] = str(exc)
    dock.view_combo.setCurrentIndex(dock.view_combo.findData("classes"))
    QgsProject.instance().layerTreeRoot().findLayer(out.id()).setItemVisibilityChecked(False)
    iface.setActiveLayer(layer)
    def shoot():
        dialog.grab().save(SHOTS + f"/language_{LANG}_dialog.png")
        dialog.close()
        dock.grab().save(SHOTS + f"/language_{LANG}_panel.png")
        iface.mainWindow().grab().save(SHOTS + f"/language_{LANG}_window.png")
        with open(RESULT, "w") as fh:
            json.dump(state, fh)
        QgsApplication.exit(0)
    QTimer.singleShot(2000, shoot)

QTimer.singleShot(2000, start)
'''

# What each language shows, side by side: (Dutch, English).
EXPECTED = {
    "view": ("Scoreklassen", "Score classes"),
    "theme_button": ("Opslaan als kaartthema", "Save as map theme"),
    "action": ("Leefbaarometer-paneel", "Leefbaarometer panel"),
    "labels": (["Laag", "Weergave", "Maat", "Vanaf jaar", "Jaar"], ["Layer", "View", "Measure", "From year", "Year"]),
    "measures": (["Totaalscore", "Fysieke omgeving", "Overlast en onveiligheid", "Sociale samenhang", "Voorzieningen",
                  "Woningvoorraad"],
                 ["Total score", "Physical environment", "Nuisance and insecurity", "Social cohesion", "Amenities",
                  "Housing stock"]),
    "dialog_title": ("Hot en cold spots", "Hot and cold spots"),
    "alpha": ("Significantieniveau", "Significance level"),
    "group": ("Analyses uit de rapporten", "Report analyses"),
    "help": ("Lokale ruimtelijke clusters van lage scores", "Local spatial clusters of low scores"),
    "legend": ([("hot", "hot spot: hoge scores geclusterd"), ("cold", "cold spot: lage scores geclusterd"),
                ("ns", "niet significant"), ("geen buren", "geen buren"), (None, "geen score")],
               [("hot", "hot spot: high scores clustered"), ("cold", "cold spot: low scores clustered"),
                ("ns", "not significant"), ("geen buren", "no neighbours"), (None, "no score")]),
    "output_title": ("Hot en cold spots afw 2024", "Hot and cold spots afw 2024"),
    "classes_name": (["Klassen 2024"], ["Classes 2024"]),
    "error": ("geef 1 tot 8 eigen klassengrenzen (voor hoogstens 9 klassen); gegeven: 9",
              "give 1 to 8 user breaks (for at most 9 classes); got 9"),
}


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (scripts/setup.sh installs it)")
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_qgis_in_dutch_and_in_english(lang, tmp_path, sample_buurten_gpkg, artifacts):
    result = tmp_path / "result.json"
    locale = {"nl": "nl_NL", "en": "en_US"}[lang]
    settings = f"[locale]\noverrideFlag=true\nuserLocale={locale}\nglobalLocale={locale}\n"
    run = run_qgis_window(tmp_path, f"LAYER = {sample_buurten_gpkg!r}\nSHOTS = {artifacts!r}\nRESULT = {str(result)!r}\n"
                                    f"LANG = {lang!r}\nOUT = {str(tmp_path / 'spots.gpkg')!r}\n" + SCRIPT, settings=settings)
    assert result.exists(), run.stdout + run.stderr
    state = json.loads(result.read_text())
    want = {key: pair[0 if lang == "nl" else 1] for key, pair in EXPECTED.items()}
    panel, dialog = state["panel"], state["dialog"]
    assert panel["title"] == "Leefbaarometer" and panel["view"] == want["view"]
    assert panel["labels"] == want["labels"] and panel["measures"] == want["measures"]
    assert panel["theme_button"] == want["theme_button"] and panel["action"] == want["action"]
    # English QGIS shows algorithm names in title case in the dialog's title bar ("Hot and Cold Spots"); QGIS 3.40
    # and later put the group before it ("Report analyses - Hot and Cold Spots").
    titles = {want["dialog_title"].lower(), f'{want["group"]} - {want["dialog_title"]}'.lower()}
    assert dialog["name"] == want["dialog_title"] and dialog["title"].lower() in titles, dialog["title"]
    assert dialog["alpha"] == want["alpha"] and dialog["group"] == want["group"]
    assert want["help"] in dialog["help"]
    # Stored values stay the language-neutral codes; the legend shows the language.
    assert [tuple(c) for c in state["legend"]] == want["legend"]
    assert state["output_title"] == want["output_title"] and state["classes_name"] == want["classes_name"]
    assert state["error"] is not None and want["error"] in state["error"]
    for part in ("panel", "dialog", "window"):
        assert os.path.getsize(os.path.join(artifacts, f"language_{lang}_{part}.png")) > 5000


def test_qgis_process_help_follows_the_locale(tmp_path):
    """qgis_process with a Dutch system locale and a fresh profile: the plugin follows QGIS's locale."""
    env = qgis_env(tmp_path)
    assert qgis_process(env, "plugins", "enable", "leefbaarometer").returncode == 0
    english = qgis_process(env, "help", "leefbaarometer:hotspots").stdout
    env.update(LANG="nl_NL.UTF-8", LC_ALL="nl_NL.UTF-8")
    dutch = qgis_process(env, "help", "leefbaarometer:hotspots").stdout
    assert "Significance level" in english and "Significantieniveau" not in english
    assert "Significantieniveau" in dutch and "Parameters en standaardwaarden" in dutch
