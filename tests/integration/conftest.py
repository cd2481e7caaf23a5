"""Fixtures that need QGIS (pytest-qgis starts it): the plugin's provider, run_alg, PostGIS, the panel.

Plugin and QGIS modules are imported inside the fixtures: pytest-qgis must start QGIS before the first import.
"""
import os

import pytest

from ..helpers import import_sample
from .postgis_server import PostgisServer

_KEEP = []


@pytest.fixture()
def lbm_provider(qgis_processing):
    """The plugin's provider registered on top of QGIS's own processing."""
    from qgis.core import QgsApplication

    from leefbaarometer.processing.provider import LeefbaarometerProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("leefbaarometer")
    if provider is None:
        provider = LeefbaarometerProvider()
        registry.addProvider(provider)
        _KEEP.append(provider)  # without a Python reference the provider is collected and vanishes
    return provider


@pytest.fixture(scope="module")
def lbm_provider_module(qgis_app):
    """The provider for module-scoped fixtures (which cannot use the function-scoped qgis_processing)."""
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    from leefbaarometer.processing.provider import LeefbaarometerProvider

    if QgsApplication.processingRegistry().providerById("leefbaarometer") is None:
        Processing.initialize()
        provider = LeefbaarometerProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        _KEEP.append(provider)


@pytest.fixture()
def run_alg(lbm_provider):
    """processing.run for the plugin's algorithms, returning the results."""
    import processing

    def run(name, params, feedback=None):
        return processing.run(f"leefbaarometer:{name}", params, feedback=feedback)

    return run


@pytest.fixture()
def toolbox(lbm_provider, qgis_iface):
    """processing.runAndLoadResults as the toolbox runs it: QGIS 3.44's post-processing adds the loaded layers
    through iface.layerTreeView(), which pytest-qgis's interface stub lacks; it gets a real view of the project's
    layer tree (the one QGIS's window shows)."""
    import processing
    from qgis.core import QgsLayerTreeModel
    from qgis.core import QgsProject
    from qgis.gui import QgsLayerTreeView

    if not hasattr(qgis_iface, "layerTreeView"):
        view = QgsLayerTreeView()
        view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
        qgis_iface.layerTreeView = lambda: view
        _KEEP.append(view)
    return processing.runAndLoadResults


@pytest.fixture(scope="session")
def postgis():
    """A throwaway PostgreSQL + PostGIS server on loopback for this test session (see postgis_server.py)."""
    server = PostgisServer().start()
    yield server
    server.stop()


@pytest.fixture()
def cancel_while_writing(qgis_app):
    """A Processing feedback that cancels once more than half of the work is done (while outputs are written)."""
    from qgis.core import QgsProcessingFeedback

    class CancelWhileWriting(QgsProcessingFeedback):
        def setProgress(self, value):  # noqa: N802
            super().setProgress(value)
            if value > 50:
                self.cancel()

    return CancelWhileWriting()


@pytest.fixture()
def dock(qgis_iface):
    """The Leefbaarometer panel and its controller, as (widget, controller)."""
    from leefbaarometer.ui.controller import DockController
    from leefbaarometer.ui.dock import LeefbaarometerDock

    widget = LeefbaarometerDock()
    controller = DockController(qgis_iface, widget)
    yield widget, controller
    controller.close()
    widget.deleteLater()


@pytest.fixture(scope="module")
def annex_inputs(tmp_path_factory, sample_dir, lbm_provider_module):
    """The sample buurten with CBS-style household counts, and the gemeenten, for the annex tests."""
    import processing

    folder = tmp_path_factory.mktemp("annex_inputs")
    buurten = str(folder / "buurten.gpkg")
    processing.run("leefbaarometer:importscores", {"SCORES": os.path.join(sample_dir, "Leefbaarometer-scores buurten 2002-2024.csv"),
                                                   "GEOMETRY": os.path.join(sample_dir, "buurt 2024.gpkg"), "OUTPUT": buurten})
    with_hh = str(folder / "buurten_hh.gpkg")
    processing.run("native:joinattributestable", {"INPUT": buurten, "FIELD": "bu_code", "FIELD_2": "code",
                                                  "INPUT_2": os.path.join(sample_dir, "cbs_kerncijfers_2024.csv"),
                                                  "FIELDS_TO_COPY": ["aantal_huishoudens"], "METHOD": 1, "OUTPUT": with_hh})
    gemeenten = str(folder / "gemeenten.gpkg")
    processing.run("leefbaarometer:importscores", {"SCORES": os.path.join(sample_dir, "Leefbaarometer-scores gemeenten 2002-2024.csv"),
                                                   "GEOMETRY": os.path.join(sample_dir, "gemeente 2024.gpkg"), "OUTPUT": gemeenten})
    return with_hh, gemeenten


@pytest.fixture()
def sample_buurten_gpkg(tmp_path, sample_dir, run_alg):
    """The sample's buurten imported into a GeoPackage, for the tests that open QGIS on them."""
    path = str(tmp_path / "buurten.gpkg")
    import_sample(run_alg, sample_dir, "buurten", path)
    return path
