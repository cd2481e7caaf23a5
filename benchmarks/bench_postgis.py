"""Benchmark: the national grid classified from PostGIS to PostGIS, against GeoPackage to GeoPackage.

Usage: .venv/bin/python benchmarks/bench_postgis.py [WORK_FOLDER]

Data: the national-size synthetic grid (≥ 400,000 cells × 9 years) of bench_pipeline.py, with the CBS square
statistics joined (grid_cbs.gpkg, made here if missing). A throwaway PostgreSQL + PostGIS server is started on
loopback (tests/integration/postgis_server.py) and removed afterwards. Each step runs in its own QGIS process; its wall
time (QGIS start-up excluded) and the peak memory (RSS) of that process are printed.

Steps: the published grid CSV imported to a GeoPackage and to a PostGIS table; grid_cbs loaded into PostGIS
with GDAL (set-up, not the plugin); classify (all measures × years) GeoPackage → GeoPackage and PostGIS →
PostGIS, twice each, and once PostGIS → GeoPackage and GeoPackage → PostGIS (which split the cost into reading
and writing); classify of the largest gemeente from PostGIS, with the rows the server sent for it.
"""
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

CHILD = r'''
import json, sys, time
sys.path.insert(0, {scripts!r})
from standalone import start_qgis
start_qgis()
import processing
alg, params = json.loads(sys.argv[1])
t = time.time()
result = processing.run(alg, params)
print(json.dumps({{"seconds": time.time() - t}}))
'''


def run_step(label, alg, params):
    """Run one algorithm in a fresh QGIS process: (seconds, peak RSS in MB)."""
    code = CHILD.format(scripts=os.path.join(ROOT, "scripts"))
    proc = subprocess.Popen([sys.executable, "-c", code, json.dumps([alg, params])], stdout=subprocess.PIPE,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{label} failed")
    seconds = json.loads(out.strip().splitlines()[-1])["seconds"]
    print(f"{label:62s} {seconds:7.1f} s  {usage.ru_maxrss / 1024:6.0f} MB", flush=True)
    return seconds


def main(work):
    from bench_pipeline import ensure_data
    from postgis_server import PostgisServer

    os.makedirs(work, exist_ok=True)
    ensure_data(work)
    p = lambda name: os.path.join(work, name)  # noqa: E731
    csv = p("Leefbaarometer-scores grids 2002-2024.csv")
    if not os.path.exists(p("grid_cbs.gpkg")):
        run_step("(set-up) import grid CSV -> GeoPackage", "leefbaarometer:importscores", {"SCORES": csv, "OUTPUT": p("grid.gpkg")})
        run_step("(set-up) join CBS square statistics", "native:joinattributestable", {
            "INPUT": p("grid.gpkg"), "FIELD": "grid_id", "INPUT_2": p("cbs_vierkant100m_2024.csv"), "FIELD_2": "c28992r100",
            "FIELDS_TO_COPY": ["aantal_woningen", "buurtcode", "wijkcode", "gemeentecode"], "METHOD": 1,
            "OUTPUT": p("grid_cbs.gpkg")})
    server = PostgisServer().start()
    try:
        print(f"PostgreSQL + PostGIS on 127.0.0.1:{server.port}: {server.psql('SELECT version()')[0][0][:40]}")
        for old in ("bench_import.gpkg", "bench_classified.gpkg"):
            if os.path.exists(p(old)):
                os.remove(p(old))
        imp_file = run_step("import grid CSV -> GeoPackage", "leefbaarometer:importscores",
                            {"SCORES": csv, "OUTPUT": p("bench_import.gpkg")})
        imp_db = run_step("import grid CSV -> PostGIS table", "leefbaarometer:importscores",
                          {"SCORES": csv, "OUTPUT": server.destination("grid")})
        t = time.time()
        subprocess.run(["ogr2ogr", "-f", "PostgreSQL", "PG:service=lbmtest", p("grid_cbs.gpkg"), "-nln", "grid_cbs",
                        "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=id"], check=True, env=os.environ)
        server.psql("CREATE INDEX ON grid_cbs (gemeentecode); ANALYZE grid_cbs")
        print(f"{'(set-up) grid_cbs GeoPackage -> PostGIS with ogr2ogr, index on gemeentecode':62s} {time.time() - t:7.1f} s")
        n = int(server.psql("SELECT count(*) FROM grid_cbs")[0][0])
        files, db = [], []
        for rep in (1, 2):
            if os.path.exists(p("bench_classified.gpkg")):
                os.remove(p("bench_classified.gpkg"))
            files.append(run_step(f"classify all, GeoPackage -> GeoPackage (run {rep})", "leefbaarometer:classify",
                                  {"INPUT": p("grid_cbs.gpkg"), "OUTPUT": p("bench_classified.gpkg")}))
            db.append(run_step(f"classify all, PostGIS -> PostGIS (run {rep})", "leefbaarometer:classify",
                               {"INPUT": "postgres://" + server.uri("grid_cbs"), "OUTPUT": server.destination("grid_cbs_k")}))
        # Mixed directions split the cost: reading from PostGIS, and writing to it.
        if os.path.exists(p("bench_classified.gpkg")):
            os.remove(p("bench_classified.gpkg"))
        db_to_file = run_step("classify all, PostGIS -> GeoPackage", "leefbaarometer:classify",
                              {"INPUT": "postgres://" + server.uri("grid_cbs"), "OUTPUT": p("bench_classified.gpkg")})
        file_to_db = run_step("classify all, GeoPackage -> PostGIS", "leefbaarometer:classify",
                              {"INPUT": p("grid_cbs.gpkg"), "OUTPUT": server.destination("grid_cbs_k2")})
        k = server.psql("SELECT count(*), count(kscore_2024) FROM grid_cbs_k")[0]
        gm, cells = server.psql("SELECT gemeentecode, count(*) FROM grid_cbs GROUP BY 1 ORDER BY 2 DESC LIMIT 1")[0]
        server.psql("SELECT pg_stat_statements_reset()")
        one = run_step(f"classify all, PostGIS -> PostGIS, only {gm}", "leefbaarometer:classify",
                       {"INPUT": "postgres://" + server.uri("grid_cbs"), "GEMEENTE_FILTER": gm,
                        "OUTPUT": server.destination("grid_cbs_one")})
        # The plugin reads number columns by COPY (SELECT …) TO STDOUT; QGIS and GDAL read through cursors (FETCH).
        fetched = server.psql("SELECT rows FROM pg_stat_statements WHERE (query ILIKE 'FETCH%' OR query LIKE 'COPY (SELECT%') "
                              "AND rows > 1 ORDER BY rows DESC")
        print()
        print(f"grid: {n} cells; PostGIS output {k[0]} rows, {k[1]} with kscore_2024")
        print(f"import CSV: PostGIS {imp_db:.1f} s vs GeoPackage {imp_file:.1f} s -> ratio {imp_db / imp_file:.2f}")
        print(f"classify all: PostGIS -> PostGIS {min(db):.1f} s (runs {', '.join(f'{x:.1f}' for x in db)}) vs "
              f"GeoPackage -> GeoPackage {min(files):.1f} s (runs {', '.join(f'{x:.1f}' for x in files)}) "
              f"-> ratio {min(db) / min(files):.2f}")
        print(f"mixed: PostGIS -> GeoPackage {db_to_file:.1f} s, GeoPackage -> PostGIS {file_to_db:.1f} s")
        print(f"one gemeente ({gm}, {cells} cells): {one:.1f} s; rows the server sent per read: "
              f"{', '.join(r[0] for r in fetched)} (the whole table has {n})")
    finally:
        server.stop()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "bench"))
