"""Benchmark: pressure, risersfallers, hotspots, rankzones, inequality, dimensionprofile and differences on the national-size synthetic grid
(≥ 400,000 cells).

Usage: .venv/bin/python benchmarks/bench_analyses.py [WORK_FOLDER [ALGORITHM ...]] (default: all of them)
Needs grid_cbs.gpkg from benchmarks/bench_pipeline.py in the same folder (the national grid with CBS dwellings
and codes joined); each algorithm runs in its own child process so that its peak memory (RSS) is its own.
"""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CHILD = r'''
import os, sys, time, resource
sys.path.insert(0, {scripts!r})
from standalone import start_qgis
start_qgis()
import processing
out = {out!r}
if os.path.exists(out):
    os.remove(out)
t = time.time()
r = processing.run("leefbaarometer:{alg}", {params})
summary = {{k: v for k, v in r.items() if isinstance(v, (int, float))}}
print(f"{alg:14s} {{time.time() - t:6.1f}} s  peak RSS {{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:5.0f}} MB  {{summary}}", flush=True)
'''


def main(work, only=()):
    grid = os.path.join(work, "grid_cbs.gpkg")
    if not os.path.exists(grid):
        sys.exit(f"{grid} is missing: run benchmarks/bench_pipeline.py first")
    runs = {
        "pressure": {"INPUT": grid, "WEIGHT": "aantal_woningen", "CODE_FIELDS": ["buurtcode", "gemeentecode"]},
        "risersfallers": {"INPUT": grid, "REPORT_WEIGHTS": ["aantal_woningen"], "ZONE_FIELDS": ["gemeentecode", "buurtcode"],
                          "LIST": os.path.join(work, "rf_list.csv")},
        "hotspots": {"INPUT": grid, "YEARS": "2024", "PERMUTATIONS": 99},
        "rankzones": {"INPUT": grid, "ZONE_FIELD": "gemeentecode", "WEIGHT": "aantal_woningen", "SUPPRESSED": 1,
                      "INDICATORS": "afw_2024,low,2,onv_2024,low,1,aandeel_w13_2024,high,1,dafw_2022_2024,low,1"},
        # No status in the synthetic grid: the dwellings stand in for it (the speed does not depend on its meaning).
        "inequality": {"INPUT": grid, "STATUS_FIELD": "aantal_woningen", "REGION_FIELD": "gemeentecode",
                       "WEIGHTS": "aantal_woningen", "REGIONS": os.path.join(work, "bench_inequality_regions.csv")},
        "dimensionprofile": {"INPUT": grid, "GROUP_FIELD": "gemeentecode", "WEIGHTS": "aantal_woningen", "SUPPRESSED": 1,
                             "CORRELATIONS": os.path.join(work, "bench_dimensionprofile_corr.csv"),
                             "CHART": os.path.join(work, "bench_dimensionprofile.png")},
        "differences": {"INPUT": grid, "ZONE_FIELD": "gemeentecode", "WEIGHTS": "aantal_woningen", "SUPPRESSED": 1,
                        "XLSX": os.path.join(work, "bench_differences.xlsx")},
    }
    print(f"input: {grid}")
    for alg, params in runs.items():
        if only and alg not in only:
            continue
        out = os.path.join(work, f"bench_{alg}.gpkg")
        params = {**params, "OUTPUT": out}
        code = CHILD.format(scripts=os.path.join(ROOT, "scripts"), out=out, alg=alg, params=repr(params))
        t = time.time()
        subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        print(f"{'':14s} whole child process incl. QGIS start-up {time.time() - t:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "bench"), sys.argv[2:])
