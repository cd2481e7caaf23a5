"""Benchmark: importscores on a national-size grid file (≥ 400,000 cells × 9 years), made by the sample generator.

Usage: .venv/bin/python benchmarks/bench_import.py [WORK_FOLDER]
Prints wall time and peak memory (RSS) of the import alone, run in a child process.
"""
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

CHILD = r"""
import sys, time
sys.path.insert(0, {scripts!r})
from standalone import start_qgis
start_qgis()
import processing
t = time.time()
r = processing.run("leefbaarometer:importscores", {{"SCORES": {csv!r}, "OUTPUT": {out!r}}})
print(f"import: {{r['AREAS']}} cells written in {{time.time() - t:.1f}} s (inside QGIS, after start-up)")
"""


def main(work):
    os.makedirs(work, exist_ok=True)
    csv = os.path.join(work, "Leefbaarometer-scores grids 2002-2024.csv")
    if not os.path.exists(csv):
        import standalone  # noqa: F401  (puts the plugin on sys.path)

        from leefbaarometer.sample.publish import write_scores
        from leefbaarometer.sample.region import NATIONAL
        from leefbaarometer.sample.region import generate

        t = time.time()
        region = generate(NATIONAL)
        write_scores(region, work)
        print(f"generated national set: {len(region.dwellings)} cells, {len(region.buurten)} buurten, "
              f"{len(region.wijken)} wijken, {len(region.gemeenten)} gemeenten in {time.time() - t:.0f} s")
    rows = sum(1 for _ in open(csv)) - 1
    out = os.path.join(work, "grid_import.gpkg")
    if os.path.exists(out):
        os.remove(out)
    code = CHILD.format(scripts=os.path.join(ROOT, "scripts"), csv=csv, out=out)
    t = time.time()
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    wall = time.time() - t
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"file: {rows} rows ({os.path.getsize(csv) / 1e6:.0f} MB)")
    print(f"whole child process (QGIS start-up + import + write GeoPackage): {wall:.1f} s, peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "bench"))
