"""Shared fixtures. Plugin modules are imported inside fixtures, never at the top (pytest-qgis starts QGIS first)."""
import os
import shutil
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(os.path.realpath(ROOT), "..", "shared", "data"))
ARTIFACTS = os.environ.get("LBM_TEST_ARTIFACTS", os.path.join(os.path.realpath(ROOT), "test-artifacts"))
# QGIS's own 'processing' package must win over the plugin's 'processing' folder: keep the plugin folder
# itself (the current directory under `python -m pytest`) off the import path.
sys.path[:] = [p for p in sys.path if p not in ("", ".") and os.path.realpath(p) != os.path.realpath(ROOT)]
sys.path.append("/usr/share/qgis/python/plugins")
# The plugin is imported as the package 'leefbaarometer' (its installed folder name); scripts/setup.sh links it.
PLUGINS = os.path.join(os.path.realpath(ROOT), ".build", "plugins")
if not os.path.isdir(os.path.join(PLUGINS, "leefbaarometer")):
    raise RuntimeError(f"{PLUGINS}/leefbaarometer is missing: run scripts/setup.sh first")
sys.path.insert(0, PLUGINS)


def pytest_collection_finish(session):
    # pytest puts the folder above the outermost package on sys.path when it imports a test module; for a checkout
    # in a folder whose name is no identifier (a worktree "wt-annex") that is the plugin folder itself: drop it again.
    sys.path[:] = [p for p in sys.path if os.path.realpath(p) != os.path.realpath(ROOT)]
    import processing  # noqa: F401  (QGIS's, now that the plugin's own 'processing' folder is off the path)


def shared(*parts):
    path = os.path.join(SHARED, *parts)
    if not os.path.exists(path):
        pytest.skip(f"real test data not found: {path}")
    return path


_KEEP = []


@pytest.fixture(scope="session")
def artifacts():
    os.makedirs(ARTIFACTS, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def sample_region():
    from leefbaarometer.sample.region import SAMPLE, generate

    return generate(SAMPLE)


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory, sample_region):
    from leefbaarometer.sample.publish import publish

    folder = str(tmp_path_factory.mktemp("sample"))
    publish(sample_region, folder)
    return folder


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
    from qgis.core import QgsApplication

    from leefbaarometer.processing.provider import LeefbaarometerProvider

    if QgsApplication.processingRegistry().providerById("leefbaarometer") is None:
        from processing.core.Processing import Processing

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


def copy_into(tmp_path, path):
    target = tmp_path / os.path.basename(path)
    shutil.copy(path, target)
    return str(target)


@pytest.fixture(scope="session")
def postgis():
    """A throwaway PostgreSQL + PostGIS server on loopback for this test session (see postgis_server.py)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from postgis_server import PostgisServer

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
