"""Benchmark: the analysis pipeline on a national-size synthetic set, beside QGIS's own tools for the same work.

Usage: .venv/bin/python benchmarks/bench_pipeline.py [WORK_FOLDER]

Data: the sample generator at national size (≥ 400,000 cells × 9 years, ~12,000 buurten, ~3,500 wijken,
~340 gemeenten), cached in WORK_FOLDER. Every step reads and writes GeoPackages. Steps:
  import (grid CSV -> GeoPackage), classify (all measures × years), change (every consecutive pair),
  aggregate grid -> buurt, grid -> wijk, grid -> gemeente (dwelling-weighted, by the CBS codes joined to the cells).
Beside them, in the same run: native:fieldcalculator with a CASE expression for one class field, and with a
difference for one change field; native:aggregate for (unweighted) means of every measure per buurt.
The pipeline runs in a child process; its wall times and peak memory (RSS) are printed.
"""
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

CHILD = r'''
import os, sys, time
sys.path.insert(0, {scripts!r})
from standalone import start_qgis
start_qgis()
import processing
from qgis.core import QgsVectorLayer
from leefbaarometer.core.release import load_release

work = {work!r}
rel = load_release()
timings = []

def step(label, alg, params, ours=True):
    out = params.get("OUTPUT")
    if isinstance(out, str) and os.path.exists(out):
        os.remove(out)
    t = time.time()
    processing.run(alg, params)
    dt = time.time() - t
    timings.append((label, dt, ours))
    print(f"{{label:58s}} {{dt:7.1f}} s", flush=True)
    return dt

p = lambda name: os.path.join(work, name)
step("import grid CSV -> GeoPackage", "leefbaarometer:importscores",
     {{"SCORES": p("Leefbaarometer-scores grids 2002-2024.csv"), "OUTPUT": p("grid.gpkg")}})
step("  (preparation, QGIS) join CBS cell statistics", "native:joinattributestable",
     {{"INPUT": p("grid.gpkg"), "FIELD": "grid_id", "INPUT_2": p("cbs_vierkant100m_2024.csv"), "FIELD_2": "c28992r100",
      "FIELDS_TO_COPY": ["aantal_woningen", "buurtcode", "wijkcode", "gemeentecode"], "METHOD": 1, "OUTPUT": p("grid_cbs.gpkg")}}, ours=False)

cuts = rel.total_cutpoints_afw
case = "CASE WHEN \"afw_2024\" IS NULL THEN NULL " + " ".join(
    f"WHEN \"afw_2024\" < {{c}} THEN {{k + 1}}" for k, c in enumerate(cuts)) + " ELSE 9 END"
n1 = step("QGIS field calculator: 1 class field (CASE)", "native:fieldcalculator",
          {{"INPUT": p("grid.gpkg"), "FIELD_NAME": "k", "FIELD_TYPE": 1, "FIELD_LENGTH": 2, "FIELD_PRECISION": 0,
           "FORMULA": case, "OUTPUT": p("native_class.gpkg")}}, ours=False)
o1 = step("classify: 1 class field (kscore_2024)", "leefbaarometer:classify",
          {{"INPUT": p("grid.gpkg"), "MEASURES": [0], "YEARS": "2024", "OUTPUT": p("class1.gpkg")}})
oall = step("classify: all measures × years", "leefbaarometer:classify", {{"INPUT": p("grid.gpkg"), "OUTPUT": p("classified.gpkg")}})
nfields = len([f for f in QgsVectorLayer(p("classified.gpkg")).fields().names() if f.startswith("k")])

n2 = step("QGIS field calculator: 1 change field (difference)", "native:fieldcalculator",
          {{"INPUT": p("grid.gpkg"), "FIELD_NAME": "d", "FIELD_TYPE": 0, "FIELD_LENGTH": 20, "FIELD_PRECISION": 10,
           "FORMULA": "\"afw_2024\" - \"afw_2022\"", "OUTPUT": p("native_change.gpkg")}}, ours=False)
o2 = step("change: one pair 2022->2024 (17 fields)", "leefbaarometer:change",
          {{"INPUT": p("grid.gpkg"), "YEAR_FROM": 2022, "YEAR_TO": 2024, "OUTPUT": p("change1.gpkg")}})
o2all = step("change: every consecutive pair (8 pairs)", "leefbaarometer:change",
             {{"INPUT": p("grid.gpkg"), "MODE": 1, "OUTPUT": p("change.gpkg")}})

measures = [f for f in QgsVectorLayer(p("grid.gpkg")).fields().names() if f[:3] in ("lbm", "afw", "fys", "onv", "soc", "vrz", "won")]
aggs = [{{"aggregate": "first_value", "input": '"buurtcode"', "name": "buurtcode", "type": 10, "length": 0, "precision": 0, "delimiter": ","}}] + [
    {{"aggregate": "mean", "input": f'"{{m}}"', "name": m, "type": 6, "length": 0, "precision": 0, "delimiter": ","}} for m in measures]
n3 = step(f"QGIS native:aggregate: grid -> buurt, {{len(measures)}} unweighted means", "native:aggregate",
          {{"INPUT": p("grid_cbs.gpkg"), "GROUP_BY": '"buurtcode"', "AGGREGATES": aggs, "OUTPUT": p("native_agg.gpkg")}}, ours=False)
o3 = step("aggregate: grid -> buurt (weighted, + classes, class weights)", "leefbaarometer:aggregate",
          {{"INPUT": p("grid_cbs.gpkg"), "WEIGHT": "aantal_woningen", "SUPPRESSED": 1, "ZONE_FIELD": "buurtcode", "OUTPUT": p("agg_bu.gpkg")}})
o4 = step("aggregate: grid -> wijk", "leefbaarometer:aggregate",
          {{"INPUT": p("grid_cbs.gpkg"), "WEIGHT": "aantal_woningen", "SUPPRESSED": 1, "ZONE_FIELD": "wijkcode", "OUTPUT": p("agg_wk.gpkg")}})
o5 = step("aggregate: grid -> gemeente", "leefbaarometer:aggregate",
          {{"INPUT": p("grid_cbs.gpkg"), "WEIGHT": "aantal_woningen", "SUPPRESSED": 1, "ZONE_FIELD": "gemeentecode", "OUTPUT": p("agg_gm.gpkg")}})

print()
print(f"classify, 1 field:   plugin {{o1:.1f}} s vs field calculator {{n1:.1f}} s  -> ratio {{o1 / n1:.2f}}")
print(f"classify, all {{nfields}} fields: plugin {{oall:.1f}} s vs field calculator {{n1:.1f}} s × {{nfields}} = {{n1 * nfields:.0f}} s (extrapolated) -> ratio {{oall / (n1 * nfields):.3f}}")
print(f"change, 1 pair:      plugin {{o2:.1f}} s (17 fields) vs field calculator {{n2:.1f}} s (1 field) -> ratio {{o2 / n2:.2f}}; per field {{o2 / 17:.2f}} s vs {{n2:.1f}} s")
print(f"aggregate to buurt:  plugin {{o3:.1f}} s (weighted, all measures, classes, class weights) vs native:aggregate {{n3:.1f}} s (unweighted means only) -> ratio {{o3 / n3:.2f}}")
pipeline = sum(dt for label, dt, ours in timings if ours and label in (
    "import grid CSV -> GeoPackage", "classify: all measures × years", "change: every consecutive pair (8 pairs)",
    "aggregate: grid -> buurt (weighted, + classes, class weights)", "aggregate: grid -> wijk", "aggregate: grid -> gemeente"))
print(f"pipeline (import, classify all, change all pairs, aggregate ×3): {{pipeline:.1f}} s")
'''


def ensure_data(work):
    csv = os.path.join(work, "Leefbaarometer-scores grids 2002-2024.csv")
    stats = os.path.join(work, "cbs_vierkant100m_2024.csv")
    if os.path.exists(csv) and os.path.exists(stats):
        return
    import standalone  # noqa: F401  (puts the plugin on sys.path)

    from leefbaarometer.sample.publish import write_scores, write_statistics
    from leefbaarometer.sample.region import NATIONAL, generate

    t = time.time()
    region = generate(NATIONAL)
    write_scores(region, work)
    write_statistics(region, work)
    print(f"generated national set: {len(region.dwellings)} cells, {len(region.buurten)} buurten, "
          f"{len(region.wijken)} wijken, {len(region.gemeenten)} gemeenten in {time.time() - t:.0f} s")


def main(work):
    os.makedirs(work, exist_ok=True)
    ensure_data(work)
    code = CHILD.format(scripts=os.path.join(ROOT, "scripts"), work=work)
    t = time.time()
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"child process in all: {time.time() - t:.0f} s, peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "bench"))
