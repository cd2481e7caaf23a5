"""The main job on the embedded sample: generate the sample region and run the pipeline, writing real outputs.

Usage: python scripts/run_demo.py [OUTPUT_FOLDER]   (default: ./output)
"""
import os
import sys
import time

from standalone import ROOT, start_qgis


def main(out):
    start_qgis()
    import processing
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    from leefbaarometer.processing.styling import style_score_layer
    from leefbaarometer.sample.publish import publish
    from leefbaarometer.sample.region import SAMPLE, generate

    t0 = time.time()
    data = os.path.join(out, "sample")
    region = generate(SAMPLE)
    scores = publish(region, data)
    print(f"1. sample region: {len(region.dwellings)} cells, {len(region.buurten)} buurten, "
          f"{len(region.gemeenten)} gemeenten -> {data}")

    feedback = QgsProcessingFeedback()
    steps = [
        ("grid_id", None, "lbm_grid.gpkg"),
        ("PC4", "PC4 2024.gpkg", "lbm_pc4.gpkg"),
        ("bu_code", "buurt 2024.gpkg", "lbm_buurten.gpkg"),
        ("wk_code", "wijk 2024.gpkg", "lbm_wijken.gpkg"),
        ("gm_code", "gemeente 2024.gpkg", "lbm_gemeenten.gpkg"),
    ]
    for n, (key, geometry, name) in enumerate(steps, start=2):
        target = os.path.join(out, name)
        if os.path.exists(target):
            os.remove(target)
        params = {"SCORES": scores[key], "OUTPUT": target}
        if geometry:
            params["GEOMETRY"] = os.path.join(data, geometry)
        result = processing.run("leefbaarometer:importscores", params, feedback=feedback)
        layer = QgsVectorLayer(target, name[:-5])
        style_score_layer(layer, f"Leefbaarometer {key}")
        layer.saveStyleToDatabase(name[:-5], "Leefbaarometer total-score classes", True, "")
        print(f"{n}. importscores {key}: {result['AREAS']} areas -> {target}")
    print(f"done in {time.time() - t0:.1f} s; open the GeoPackages in {out} with QGIS (they open styled).")


if __name__ == "__main__":
    main(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "output")))
