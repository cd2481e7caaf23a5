"""Start QGIS without a window and register the plugin's provider: for the demo and the benchmarks."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# QGIS's own 'processing' package must win over the plugin's 'processing' folder: keep the plugin folder
# (the current directory, when run from it) off the import path.
sys.path[:] = [p for p in sys.path if p not in ("", ".") and os.path.realpath(p) != os.path.realpath(ROOT)]
sys.path.insert(0, os.path.join(ROOT, ".build", "plugins"))  # the plugin as package 'leefbaarometer'
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_state = {}


def start_qgis():
    """The QgsApplication, with Processing and the leefbaarometer provider ready."""
    if "app" in _state:
        return _state["app"]
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from leefbaarometer.processing.provider import LeefbaarometerProvider

    _state["provider"] = LeefbaarometerProvider()
    QgsApplication.processingRegistry().addProvider(_state["provider"])
    _state["app"] = app
    return app
