"""Benchmark: the analysis pipeline on a national-size synthetic set, against its floor and QGIS's own tools.

Usage: .venv/bin/python benchmarks/bench_pipeline.py [WORK_FOLDER]

Data: the sample generator at national size (≥ 400,000 cells × 9 years, ~12,000 buurten, ~3,500 wijken,
~340 gemeenten), cached in WORK_FOLDER. Every step reads and writes GeoPackages.

Three child processes, one after the other, so that each peak memory (RSS) is its own:
1. the plugin: import (grid CSV -> GeoPackage), classify (all measures × years), change (every consecutive pair),
   aggregate grid -> buurt, wijk, gemeente (dwelling-weighted, by the CBS codes joined to the cells);
2. the floor of each step, the least any tool could do: the exact CSV parse (import), GDAL's columnar read of
   the fields used, the numpy work (the plugin's own core/), and one `ogr2ogr` copy of the step's output file
   (writing that much to disk);
3. QGIS's own tools for comparison: native:fieldcalculator for one class field (CASE) and one change field,
   native:aggregate for unweighted means per buurt.
"""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

PRELUDE = r'''
import json, os, resource, subprocess, sys, time
sys.path.insert(0, {scripts!r})
from standalone import start_qgis
start_qgis()
import processing
work = {work!r}
p = lambda name: os.path.join(work, name)
timings = {{}}

def clean(path):
    for f in (path, path + "-journal", path + "-wal", path + "-shm"):
        if os.path.exists(f):
            os.remove(f)

def step(label, alg, params):
    if isinstance(params.get("OUTPUT"), str):
        clean(params["OUTPUT"])
    t = time.time()
    processing.run(alg, params)
    timings[label] = time.time() - t
    print(f"  {{label:44s}} {{timings[label]:7.1f}} s", flush=True)
'''

PLUGIN = PRELUDE + r'''
step("import", "leefbaarometer:importscores", {{"SCORES": p("Leefbaarometer-scores grids 2002-2024.csv"), "OUTPUT": p("grid.gpkg")}})
if not os.path.exists(p("grid_cbs.gpkg")):  # preparation (QGIS's join), not timed as part of the pipeline
    processing.run("native:joinattributestable", {{"INPUT": p("grid.gpkg"), "FIELD": "grid_id",
        "INPUT_2": p("cbs_vierkant100m_2024.csv"), "FIELD_2": "c28992r100",
        "FIELDS_TO_COPY": ["aantal_woningen", "buurtcode", "wijkcode", "gemeentecode"], "METHOD": 1, "OUTPUT": p("grid_cbs.gpkg")}})
step("classify", "leefbaarometer:classify", {{"INPUT": p("grid.gpkg"), "OUTPUT": p("classified.gpkg")}})
step("classify 1 field", "leefbaarometer:classify", {{"INPUT": p("grid.gpkg"), "MEASURES": [0], "YEARS": "2024", "OUTPUT": p("class1.gpkg")}})
step("change", "leefbaarometer:change", {{"INPUT": p("grid.gpkg"), "MODE": 1, "OUTPUT": p("change.gpkg")}})
for level, field in (("buurt", "buurtcode"), ("wijk", "wijkcode"), ("gemeente", "gemeentecode")):
    step(f"aggregate to {{level}}", "leefbaarometer:aggregate", {{"INPUT": p("grid_cbs.gpkg"), "WEIGHT": "aantal_woningen",
         "SUPPRESSED": 1, "ZONE_FIELD": field, "OUTPUT": p(f"agg_{{level}}.gpkg")}})
from qgis.core import QgsVectorLayer
timings["class fields"] = len([f for f in QgsVectorLayer(p("classified.gpkg")).fields().names() if f.startswith("k")])
print("RESULT " + json.dumps(timings))
'''

FLOOR = PRELUDE + r'''
import numpy as np
import pandas as pd
from osgeo import gdal
from leefbaarometer.core.aggregate import aggregate
from leefbaarometer.core.change import change_columns, year_pairs
from leefbaarometer.core.classify import classify_scores
from leefbaarometer.core.release import load_release
from leefbaarometer.core.score_table import read_scores_csv, to_wide
from leefbaarometer.core.scoredata import fields_to_read, score_data
from leefbaarometer.core.values import numeric
from leefbaarometer.processing.io.gdal_columns import GdalSource, read_columns
rel = load_release()

def copy_time(path):
    """One ogr2ogr copy of a step's output: what writing that much takes."""
    target = p("floor_copy.gpkg")
    clean(target)
    t = time.time()
    subprocess.run(["ogr2ogr", "-f", "GPKG", target, path], check=True)
    return time.time() - t

def scores(path, extra=()):
    ds = gdal.OpenEx(path)  # a layer lives only as long as its dataset
    wanted = fields_to_read([f.GetName() for f in ds.GetLayer(0).schema])
    ds = None
    cols, fids = read_columns(GdalSource(path), list(wanted.values()) + list(extra))
    return score_data(len(fids), {{k: (f, cols[f]) for k, f in wanted.items()}}), cols

def floor(label, work_fn, output):
    t = time.time()
    work_fn()
    timings[label] = time.time() - t + copy_time(p(output))
    print(f"  {{label:44s}} {{timings[label]:7.1f}} s", flush=True)

floor("import", lambda: to_wide(read_scores_csv(p("Leefbaarometer-scores grids 2002-2024.csv"))), "grid.gpkg")
floor("classify", lambda: classify_scores(scores(p("grid.gpkg"))[0], rel, "official"), "classified.gpkg")
def change_all():
    data = scores(p("grid.gpkg"))[0]
    change_columns(data, rel, year_pairs(data.score_years(), "consecutive"))
floor("change", change_all, "change.gpkg")
for level, field in (("buurt", "buurtcode"), ("wijk", "wijkcode"), ("gemeente", "gemeentecode")):
    def agg(field=field):
        data, cols = scores(p("grid_cbs.gpkg"), ["aantal_woningen", field])
        zone, codes = pd.factorize(pd.Series(cols[field], dtype=object))
        w = np.nan_to_num(numeric(cols["aantal_woningen"], "aantal_woningen"))  # joined from a CSV: text
        aggregate(data, zone.astype(np.int64), len(codes), np.where(w < 0, 2.0, w), rel, data.score_years())
    floor(f"aggregate to {{level}}", agg, f"agg_{{level}}.gpkg")
print("RESULT " + json.dumps(timings))
'''

NATIVE = PRELUDE + r'''
from leefbaarometer.core.release import load_release
from qgis.core import QgsVectorLayer
cuts = load_release().total_cutpoints_afw
case = "CASE WHEN \"afw_2024\" IS NULL THEN NULL " + " ".join(
    f"WHEN \"afw_2024\" < {{c}} THEN {{k + 1}}" for k, c in enumerate(cuts)) + " ELSE 9 END"
step("field calculator: 1 class field", "native:fieldcalculator", {{"INPUT": p("grid.gpkg"), "FIELD_NAME": "k",
     "FIELD_TYPE": 1, "FIELD_LENGTH": 2, "FIELD_PRECISION": 0, "FORMULA": case, "OUTPUT": p("native_class.gpkg")}})
step("field calculator: 1 change field", "native:fieldcalculator", {{"INPUT": p("grid.gpkg"), "FIELD_NAME": "d",
     "FIELD_TYPE": 0, "FIELD_LENGTH": 20, "FIELD_PRECISION": 10, "FORMULA": "\"afw_2024\" - \"afw_2022\"", "OUTPUT": p("native_change.gpkg")}})
measures = [f for f in QgsVectorLayer(p("grid.gpkg")).fields().names() if f[:3] in ("lbm", "afw", "fys", "onv", "soc", "vrz", "won")]
aggs = [{{"aggregate": "first_value", "input": '"buurtcode"', "name": "buurtcode", "type": 10, "length": 0, "precision": 0, "delimiter": ","}}] + [
    {{"aggregate": "mean", "input": f'"{{m}}"', "name": m, "type": 6, "length": 0, "precision": 0, "delimiter": ","}} for m in measures]
step("native:aggregate to buurt (unweighted means)", "native:aggregate", {{"INPUT": p("grid_cbs.gpkg"),
     "GROUP_BY": '"buurtcode"', "AGGREGATES": aggs, "OUTPUT": p("native_agg.gpkg")}})
print("RESULT " + json.dumps(timings))
'''

PIPELINE = ("import", "classify", "change", "aggregate to buurt", "aggregate to wijk", "aggregate to gemeente")


def ensure_data(work):
    csv = os.path.join(work, "Leefbaarometer-scores grids 2002-2024.csv")
    stats = os.path.join(work, "cbs_vierkant100m_2024.csv")
    if os.path.exists(csv) and os.path.exists(stats):
        return
    import standalone  # noqa: F401  (puts the plugin on sys.path)

    from leefbaarometer.sample.publish import write_scores
    from leefbaarometer.sample.publish import write_statistics
    from leefbaarometer.sample.region import NATIONAL
    from leefbaarometer.sample.region import generate

    t = time.time()
    region = generate(NATIONAL)
    write_scores(region, work)
    write_statistics(region, work)
    print(f"generated national set: {len(region.dwellings)} cells, {len(region.buurten)} buurten, "
          f"{len(region.wijken)} wijken, {len(region.gemeenten)} gemeenten in {time.time() - t:.0f} s")


def child(title, template, work):
    """Run one child process; its timings and its own peak memory (RSS, MB)."""
    import json

    print(title, flush=True)
    code = template.format(scripts=os.path.join(ROOT, "scripts"), work=work)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    result = None
    for line in proc.stdout:
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT "):])
        else:
            print(line, end="", flush=True)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0 or result is None:
        raise SystemExit(f"{title} failed")
    print(f"  peak memory {usage.ru_maxrss / 1024:.0f} MB", flush=True)
    return result, usage.ru_maxrss / 1024


def main(work):
    os.makedirs(work, exist_ok=True)
    ensure_data(work)
    ours, peak = child("1. the plugin (one QGIS process)", PLUGIN, work)
    floor, _ = child("2. the floor: exact CSV parse or GDAL columnar read, numpy, one ogr2ogr copy of the output", FLOOR, work)
    native, _ = child("3. QGIS's own tools", NATIVE, work)
    print()
    print(f"{'step':24s} {'plugin':>8s} {'floor':>8s} {'ratio':>6s}")
    for s in PIPELINE:
        print(f"{s:24s} {ours[s]:7.1f}s {floor[s]:7.1f}s {ours[s] / floor[s]:6.2f}")
    total = sum(ours[s] for s in PIPELINE)
    print(f"{'pipeline':24s} {total:7.1f}s {sum(floor[s] for s in PIPELINE):7.1f}s   (peak memory {peak:.0f} MB)")
    n = ours["class fields"]
    calc = native["field calculator: 1 class field"]
    print(f"classify, all {n} class fields: {ours['classify']:.1f} s; the field calculator for the same fields "
          f"{calc:.1f} s × {n} = {calc * n:.0f} s -> 1/{calc * n / ours['classify']:.0f}")
    print(f"classify, 1 field: {ours['classify 1 field']:.1f} s against the field calculator's {calc:.1f} s")
    print(f"aggregate to buurt: {ours['aggregate to buurt']:.1f} s (weighted, classes, class weights) against "
          f"native:aggregate {native['native:aggregate to buurt (unweighted means)']:.1f} s (unweighted means only)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "bench"))
