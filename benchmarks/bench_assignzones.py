"""Benchmark: assignzones on the national PC4 areas (4,056, 1,538 invalid) × CBS's gemeenten 2023 (343), both methods,
beside QGIS's own route (fix geometries, reproject, join attributes by location with its largest-overlap method).

Usage: .venv/bin/python benchmarks/bench_assignzones.py [work folder]
Needs the real data in ../shared/data. Prints the wall time of each run (best of 2).
"""
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
DATA = os.path.join(ROOT, "..", "shared", "data")


def best_of(n, run):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        run()
        times.append(time.perf_counter() - t)
    return min(times)


def main(work):
    from standalone import start_qgis

    start_qgis()
    import processing

    os.makedirs(work, exist_ok=True)
    pc4 = os.path.join(work, "bench_pc4.gpkg")
    if not os.path.exists(pc4):
        processing.run("leefbaarometer:importscores", {
            "SCORES": os.path.join(DATA, "lbm", "Leefbaarometer-scores PC4 2002-2022.csv"),
            "GEOMETRY": os.path.join(DATA, "cbs", "pc4_boundaries.topojson"), "OUTPUT": pc4})
    gemeenten = os.path.join(DATA, "cbs", "gemeenten_2023.geojson")
    for method, name in ((0, "largest overlap"), (1, "point on surface")):
        out = os.path.join(work, f"bench_pc4_gm_{method}.gpkg")

        def run(method=method, out=out):
            if os.path.exists(out):
                os.remove(out)
            processing.run("leefbaarometer:assignzones", {"INPUT": pc4, "ZONES": gemeenten, "METHOD": method, "OUTPUT": out})

        print(f"assignzones, {name}, GeoPackage out: {best_of(2, run):.1f} s", flush=True)

    def native():
        fixed = processing.run("native:fixgeometries", {"INPUT": pc4, "OUTPUT": "memory:"})["OUTPUT"]
        zones = processing.run("native:extractbyexpression", {"INPUT": gemeenten, "EXPRESSION": "\"gemeentecode\" <> 'GM0998'",
                                                              "OUTPUT": "memory:"})["OUTPUT"]
        zones = processing.run("native:fixgeometries", {"INPUT": zones, "OUTPUT": "memory:"})["OUTPUT"]
        zones = processing.run("native:reprojectlayer", {"INPUT": zones, "TARGET_CRS": "EPSG:28992", "OUTPUT": "memory:"})["OUTPUT"]
        processing.run("native:joinattributesbylocation", {"INPUT": fixed, "JOIN": zones, "PREDICATE": [0], "METHOD": 2,
                                                           "JOIN_FIELDS": ["gemeentecode", "gemeentenaam"], "OUTPUT": "memory:"})

    print(f"QGIS's own route (fix, reproject, join by location, largest overlap), memory out: {best_of(2, native):.1f} s")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "bench"))
