"""Benchmark: restyling a national-size layer (≥ 400,000 cells) from the dock when measure or year changes.

Usage: .venv/bin/python benchmarks/bench_dock.py [WORK_FOLDER]   (needs grid.gpkg from bench_pipeline.py)
Measures the dock's work (choice -> renderer set on the layer), not QGIS's own redraw, which follows in the
background and depends on the map scale.
"""
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))


def main(work):
    from standalone import start_qgis

    start_qgis()
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtWidgets import QMainWindow

    from leefbaarometer.ui.controller import DockController
    from leefbaarometer.ui.dock import LeefbaarometerDock

    class Iface:  # the dock needs only a main window here
        def __init__(self):
            self.window = QMainWindow()

        def mainWindow(self):  # noqa: N802
            return self.window

    layer = QgsVectorLayer(os.path.join(work, "grid.gpkg"), "grid", "ogr")
    QgsProject.instance().addMapLayer(layer)
    print(f"layer: {layer.featureCount()} features, {len(layer.fields())} fields")
    dock = LeefbaarometerDock()
    t = time.perf_counter()
    controller = DockController(Iface(), dock)
    dock.layer_combo.setLayer(layer)
    print(f"choosing the layer (reads which dimension fields hold values): {1000 * (time.perf_counter() - t):.0f} ms")
    timings = {"year": [], "measure": [], "view": []}
    measures = [dock.measure_combo.findData(m) for m in ("total", "onv", "fys", "vrz")]
    for _ in range(5):
        for i in range(dock.year_slider.maximum() + 1):
            t = time.perf_counter()
            dock.year_slider.setValue(i)
            timings["year"].append(time.perf_counter() - t)
        for m in measures:
            t = time.perf_counter()
            dock.measure_combo.setCurrentIndex(m)
            timings["measure"].append(time.perf_counter() - t)
        for v in range(dock.view_combo.count()):
            t = time.perf_counter()
            dock.view_combo.setCurrentIndex(v)
            timings["view"].append(time.perf_counter() - t)
        dock.view_combo.setCurrentIndex(0)
    dock.year_slider.setValue(3)
    dock.measure_combo.setCurrentIndex(measures[1])
    assert layer.renderer().classAttribute() == f'coalesce("onv_{controller.years[3]}", -9999)', layer.renderer().classAttribute()
    print(f"check: after the switches the layer is styled on {layer.renderer().classAttribute()} "
          f"({len(layer.renderer().ranges())} classes)")
    for what, values in timings.items():
        ms = [1000 * v for v in values]
        print(f"switch {what:8s}: median {statistics.median(ms):6.2f} ms, max {max(ms):6.2f} ms over {len(ms)} switches")
    controller.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "bench"))
