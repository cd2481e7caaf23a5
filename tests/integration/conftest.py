"""Fixtures that need QGIS (pytest-qgis starts it): the plugin's provider, run_alg, PostGIS, the panel.

Plugin and QGIS modules are imported inside the fixtures: pytest-qgis must start QGIS before the first import.
"""
import pytest

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
