"""PostGIS in and out, against a real PostgreSQL + PostGIS server started for the session.

The sample is loaded into PostGIS, the pipeline runs from tables to tables, and every output equals the same
run on GeoPackages. A gemeente filter reads only that gemeente's rows (the database's own statement counts
say so), a table name with a quote and a semicolon round-trips, cancelling drops the half-written table, and
no output or project holds the password.
"""
import math
import os
import re

import pytest

from ..helpers import CLASS_LABELS
from ..helpers import ROOT
from ..helpers import choose
from ..helpers import graduated_on
from ..helpers import qgis_env
from ..helpers import qgis_process

pytestmark = pytest.mark.usefixtures("lbm_provider")

SKIP_FIELDS = {"fid", "id", "ogc_fid"}


def records(layer_or_path, key):
    """{key: {field: value}} of a layer, NULL as None, without feature-id fields."""
    from qgis.core import QgsVectorLayer

    layer = layer_or_path if not isinstance(layer_or_path, str) else (
        QgsVectorLayer(layer_or_path[len("postgres://"):], "t", "postgres") if layer_or_path.startswith("postgres://")
        else QgsVectorLayer(layer_or_path, "t", "ogr"))
    assert layer.isValid(), layer_or_path
    names = [f for f in layer.fields().names() if f.lower() not in SKIP_FIELDS]
    out = {}
    for feat in layer.getFeatures():
        row = {}
        for f in names:
            v = feat[f]
            row[f] = None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
        row["_area"] = round(feat.geometry().area(), 3) if feat.hasGeometry() else None
        k = tuple(row[c] for c in key) if isinstance(key, tuple) else row[key]
        assert k not in out, f"duplicate key {k}"
        out[k] = row
    return out


def assert_same(file_output, db_output, key):
    a, b = records(file_output, key), records(db_output, key)
    assert len(a) == len(b) > 0
    assert a.keys() == b.keys()
    fields = set(next(iter(a.values())))
    assert fields == set(next(iter(b.values()))), fields ^ set(next(iter(b.values())))
    for k in a:
        for f in fields:
            x, y = a[k][f], b[k][f]
            if isinstance(x, float) or isinstance(y, float):
                both_nan = x is not None and y is not None and math.isnan(x) and math.isnan(y)
                assert (x is None and y is None) or (x is not None and y is not None and (x == y or both_nan)), (k, f, x, y)
            else:
                assert x == y, (k, f, x, y)
    return len(a)


@pytest.fixture(scope="module")
def pipeline(postgis, sample_dir, tmp_path_factory, lbm_provider_module):
    """The same pipeline twice: GeoPackage to GeoPackage, and PostGIS table to PostGIS table."""
    import processing
    from osgeo import gdal

    folder = str(tmp_path_factory.mktemp("pipeline"))
    sample = lambda name: os.path.join(sample_dir, name)  # noqa: E731
    # Boundary files into PostGIS, as a municipality keeps them (GDAL, not the plugin).
    for name, table in (("buurt 2024.gpkg", "cbs_buurten"), ("gemeente 2024.gpkg", "cbs_gemeenten")):
        gdal.VectorTranslate("PG:service=lbmtest", sample(name), layerName=table,
                             layerCreationOptions=["GEOMETRY_NAME=geom", "FID=id"])
    outputs = {"file": {}, "db": {}}
    for kind in outputs:
        def out(name, kind=kind, geometry="geom"):
            return os.path.join(folder, name + ".gpkg") if kind == "file" else postgis.destination(name, geometry=geometry)

        def src(name, kind=kind):
            if kind == "file":
                return os.path.join(folder, name + ".gpkg")
            return "postgres://" + postgis.uri(name)

        o = outputs[kind]
        gm_boundaries = sample("gemeente 2024.gpkg") if kind == "file" else "postgres://" + postgis.uri("cbs_gemeenten")
        bu_boundaries = sample("buurt 2024.gpkg") if kind == "file" else "postgres://" + postgis.uri("cbs_buurten")
        run = lambda alg, params: processing.run(f"leefbaarometer:{alg}", params)  # noqa: E731
        o["grid"] = run("importscores", {"SCORES": sample("Leefbaarometer-scores grids 2002-2024.csv"),
                                         "OUTPUT": out("grid")})["OUTPUT"]
        o["buurten"] = run("importscores", {"SCORES": sample("Leefbaarometer-scores buurten 2002-2024.csv"),
                                            "GEOMETRY": bu_boundaries, "OUTPUT": out("buurten")})["OUTPUT"]
        o["grid_cbs"] = processing.run("native:joinattributestable", {
            "INPUT": src("grid"), "FIELD": "grid_id", "INPUT_2": sample("cbs_vierkant100m_2024.csv"), "FIELD_2": "c28992r100",
            "FIELDS_TO_COPY": ["aantal_part_huishoudens", "aantal_woningen", "buurtcode", "wijkcode", "gemeentecode"],
            "METHOD": 1, "OUTPUT": out("grid_cbs")})["OUTPUT"]
        o["classified"] = run("classify", {"INPUT": src("buurten"), "OUTPUT": out("buurten_k")})["OUTPUT"]
        o["change"] = run("change", {"INPUT": src("buurten_k"), "YEAR_FROM": 2022, "YEAR_TO": 2024,
                                     "OUTPUT": out("buurten_change")})["OUTPUT"]
        o["aggregate"] = run("aggregate", {"INPUT": src("grid_cbs"), "WEIGHT": "aantal_woningen", "SUPPRESSED": 1,
                                           "ZONES": gm_boundaries, "ZONE_FIELD": "gemeentecode",
                                           "OUTPUT": out("grid_to_gemeenten")})["OUTPUT"]
        r = run("risersfallers", {"INPUT": src("grid_cbs"), "REPORT_WEIGHTS": ["aantal_woningen"],
                                  "ZONE_FIELDS": ["gemeentecode"], "OUTPUT": out("risers_fallers"),
                                  "LIST": out("risers_fallers_per_gemeente", geometry="")})
        o["risers"], o["risers_list"] = r["OUTPUT"], r["LIST"]
        o["pressure"] = run("pressure", {"INPUT": src("grid_cbs"), "WEIGHT": "aantal_woningen",
                                         "CODE_FIELDS": ["gemeentecode"], "OUTPUT": out("pressure")})["OUTPUT"]
    return outputs


def test_sample_loads_into_postgis(postgis, pipeline):
    # Every cell and buurt of the sample arrived, with its geometry, in RD New, and nothing else.
    assert postgis.psql("SELECT count(*), count(DISTINCT grid_id), min(ST_SRID(geom)) FROM grid") == [["9329", "9329", "28992"]]
    assert postgis.psql("SELECT count(*) FROM buurten WHERE afw_2024 IS NOT NULL") == [["180"]]
    # Dimension scores are NULL in the years the open data lacks them, as in the CSV.
    assert postgis.psql("SELECT count(fys_2016), count(fys_2018) FROM buurten") == [["0", "180"]]
    assert postgis.psql("SELECT data_type FROM information_schema.columns WHERE table_name = 'buurten' "
                        "AND column_name = 'afw_2024'") == [["double precision"]]


@pytest.mark.parametrize("output,key", [("grid", "grid_id"), ("buurten", "bu_code"), ("grid_cbs", "grid_id"),
                                        ("classified", "bu_code"), ("change", "bu_code"),
                                        ("aggregate", "gm_code"), ("risers", "grid_id"),
                                        ("risers_list", ("niveau", "zone", "label")), ("pressure", "cluster")])
def test_postgis_pipeline_equals_file_pipeline(pipeline, output, key):
    n = assert_same(pipeline["file"][output], pipeline["db"][output], key)
    expected = {"grid": 9329, "buurten": 180, "grid_cbs": 9329, "classified": 180, "change": 180, "aggregate": 4}
    if output in expected:
        assert n == expected[output]


def postgis_statements(postgis):
    """(query, rows, calls) of every statement since the last reset, white space folded."""
    return [(re.sub(r"\s+", " ", q), int(n), int(c)) for q, n, c in postgis.psql(
        "SELECT query, rows, calls FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%'")]


def constant(literal):
    """A pattern of a constant in a query of pg_stat_statements: PostgreSQL 18 shows the constants of a DECLARE …
    CURSOR as $1, $2 … as it does a SELECT's (the rows counted show what the constant selected)."""
    return "(?:" + re.escape(literal) + r"|\$\d+)"


def rows_sent(postgis, relation):
    """Rows the server sent from `relation` since the last reset, per statement: plain SELECTs, COPY (SELECT …)
    TO STDOUT, and cursors (QGIS and GDAL read through DECLARE … CURSOR FOR SELECT …, then FETCH;
    pg_stat_statements counts the FETCHes)."""
    stats = postgis_statements(postgis)
    declared = {}
    for q, _, _ in stats:
        m = re.match(r"DECLARE (\S+) (?:BINARY )?CURSOR FOR (.*)", q, re.IGNORECASE)
        if m and relation in m.group(2):
            declared[m.group(1)] = m.group(2)
    sent = [(q, n, c) for q, n, c in stats if q.upper().startswith("SELECT") and relation in q]
    # The plugin's own reads of number columns: COPY (SELECT …) TO STDOUT, counted by their SELECT.
    sent += [(q[len("COPY ("):q.rindex(") TO STDOUT")], n, c) for q, n, c in stats
             if q.startswith("COPY (SELECT") and relation in q]
    for q, n, c in stats:
        m = re.match(r"FETCH .* (?:IN|FROM) (\S+)$", q, re.IGNORECASE)
        if m and m.group(1) in declared:
            sent.append((declared[m.group(1)], n, c))
    return sent


def test_gemeente_filter_reads_only_that_gemeente(postgis, pipeline, sample_dir, run_alg):
    import pandas as pd

    codes = pd.read_csv(os.path.join(sample_dir, "Leefbaarometer-scores buurten 2002-2024.csv"), dtype=str)["bu_code"].unique()
    in_gm = sum(c.startswith("BU9902") for c in codes)
    assert 0 < in_gm < len(codes) == 180
    postgis.psql("SELECT pg_stat_statements_reset()")
    r = run_alg("classify", {"INPUT": "postgres://" + postgis.uri("buurten"), "GEMEENTE_FILTER": "GM9902",
                             "OUTPUT": postgis.destination("buurten_gm9902")})
    assert r["OUTPUT"].startswith("postgres://")
    assert postgis.psql("SELECT count(*), count(*) FILTER (WHERE bu_code LIKE 'BU9902%') FROM buurten_gm9902") == [[str(in_gm)] * 2]
    sent = rows_sent(postgis, '"public"."buurten" ')
    # One read of the data, filtered by the server: the score columns (one binary COPY, no geometry), exactly the gemeente's
    # buurten. The output is made by the server itself from the input table and the new columns (io/postgis.py).
    data_reads = [(q, n) for q, n, _ in sent if '"lbm_2002"' in q and n > 0]
    assert len(data_reads) == 1 and all(n == in_gm and re.search('"bu_code" LIKE ' + constant("'BU9902%'"), q)
                                     for q, n in data_reads), data_reads
    query = data_reads[0][0]
    assert query.startswith('SELECT "id"::int4, COALESCE("lbm_2002"::float8, \'NaN\'::float8)') and "geom" not in query
    made = [q for q, _, _ in postgis_statements(postgis) if q.startswith("CREATE TABLE") and '"buurten_gm9902" AS SELECT' in q]
    assert len(made) == 1 and 'JOIN lbm_new n ON n.fid = i."id"' in made[0]
    # Everything else QGIS asked of the table (its probes when opening a layer, a count) sent at most a row a call.
    rest = [(q, n, c) for q, n, c in sent if (q, n) not in data_reads]
    assert all(n <= c for _, n, c in rest), rest
    assert sum(n for _, n, _ in sent) < 180


def test_postgis_columns_read_by_gdal_equal_qgis_features(postgis, pipeline):
    import numpy as np
    from qgis.core import QgsProcessingContext
    from qgis.core import QgsProcessingFeatureSource
    from qgis.core import QgsVectorLayer

    from leefbaarometer.processing.io.gdal_columns import gdal_source_of
    from leefbaarometer.processing.io.read import read_scores

    layer = QgsVectorLayer(postgis.uri("grid_cbs"), "g", "postgres")
    context = QgsProcessingContext()
    fast_source = gdal_source_of(layer)
    # The connection is the service's name only: the password stays in the service file.
    assert fast_source.path == "PG:service='lbmtest'" and fast_source.relation == '"public"."grid_cbs"'
    source = QgsProcessingFeatureSource(layer, context)
    fast, fast_extra = read_scores(source, context, None, extra_fields=["gemeentecode", "aantal_woningen"], gdal_source=fast_source)
    slow, slow_extra = read_scores(source, context, None, extra_fields=["gemeentecode", "aantal_woningen"])
    assert fast.n == slow.n == 9329 and fast.fids.tolist() == slow.fids.tolist()
    for key in fast.values:
        assert np.array_equal(fast.values[key], slow.values[key], equal_nan=True), key
    assert fast_extra["gemeentecode"].tolist() == [None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
                                                   for v in slow_extra["gemeentecode"]]
    # A key QGIS numbers itself (none, or not a 4-byte integer) is read as features instead.
    postgis.psql("CREATE TABLE no_key AS SELECT grid_id, afw_2024, geom FROM grid")
    assert gdal_source_of(QgsVectorLayer(postgis.uri("no_key"), "n", "postgres")) is None


def table_names(postgis):
    return {r[0] for r in postgis.psql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")}


def test_names_with_quotes_and_semicolons_round_trip(postgis, pipeline, sample_dir, run_alg):
    from qgis.core import QgsVectorLayer

    before = postgis.psql("SELECT (SELECT count(*) FROM grid), (SELECT count(*) FROM buurten)")
    tables_before = table_names(postgis)
    nasty = 'lbm\'; DROP TABLE grid; --"x'
    r = run_alg("importscores", {"SCORES": os.path.join(sample_dir, "Leefbaarometer-scores buurten 2002-2024.csv"),
                                 "GEOMETRY": "postgres://" + postgis.uri("cbs_buurten"), "OUTPUT": postgis.destination(nasty)})
    assert table_names(postgis) == tables_before | {nasty}
    layer = QgsVectorLayer(r["OUTPUT"][len("postgres://"):], "n", "postgres")
    assert layer.isValid() and layer.featureCount() == 180
    # Field names of the same kind: one used by the gemeente filter (it goes into a WHERE clause), one with a
    # semicolon carried along. (Processing itself refuses a ';' in a field parameter: it separates field names.)
    filter_field, carried = 'gm" OR 1=1 --\'x', 'note; DROP TABLE grid; --'
    q = lambda name: '"' + name.replace('"', '""') + '"'  # noqa: E731
    postgis.psql(f"ALTER TABLE {q(nasty)} ADD COLUMN {q(filter_field)} text, ADD COLUMN {q(carried)} text; "
                 f"UPDATE {q(nasty)} SET {q(filter_field)} = 'GM' || substr(bu_code, 3, 4), {q(carried)} = bu_naam")
    out_name = 'uit"; DELETE FROM buurten; --'
    r = run_alg("classify", {"INPUT": r["OUTPUT"], "GEMEENTE_FILTER": "GM9903", "GEMEENTE_FILTER_FIELD": filter_field,
                             "OUTPUT": postgis.destination(out_name)})
    assert table_names(postgis) == tables_before | {nasty, out_name}
    result = records(r["OUTPUT"], "bu_code")
    assert result and all(k.startswith("BU9903") and row[filter_field] == "GM9903" for k, row in result.items())
    source = records("postgres://" + postgis.uri(nasty), "bu_code")
    assert len(result) == sum(k.startswith("BU9903") for k in source) < 180
    assert all(row["afw_2024"] == source[k]["afw_2024"] and row[carried] == source[k]["bu_naam"]
               and row["kscore_2024"] is not None for k, row in result.items())
    # Nothing else was touched.
    assert postgis.psql("SELECT (SELECT count(*) FROM grid), (SELECT count(*) FROM buurten)") == before


def test_cancelled_run_leaves_no_table(postgis, sample_dir, run_alg, cancel_while_writing):
    from qgis.core import QgsProcessingException

    tables_before = table_names(postgis)
    postgis.psql("SELECT pg_stat_statements_reset()")
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg("importscores", {"SCORES": os.path.join(sample_dir, "Leefbaarometer-scores grids 2002-2024.csv"),
                                 "OUTPUT": postgis.destination("cancelled_grid")}, feedback=cancel_while_writing)
    assert table_names(postgis) == tables_before
    # The table had been made and filled (all 9,329 cells) inside the run's transaction, which the cancel rolled
    # back: nothing was ever visible to other sessions, and no DROP was needed.
    ran = {q.split(" AS ")[0].strip(): int(n) for q, n in postgis.psql(
        "SELECT query, rows FROM pg_stat_statements WHERE query ~ '^(CREATE TABLE|INSERT INTO) .*cancelled_grid'")}
    assert ran == {'CREATE TABLE "public"."cancelled_grid"': 9329}, ran


def test_score_table_in_postgis_imports_like_the_csv(postgis, pipeline, sample_dir, run_alg, tmp_path):
    from osgeo import gdal

    csv = os.path.join(sample_dir, "Leefbaarometer-scores buurten 2002-2024.csv")
    # The published CSV as a plain table, loaded as it is: every column is text, as after a quick ogr2ogr.
    gdal.VectorTranslate("PG:service=lbmtest", csv, layerName="scores_buurten_long", options=["-lco", "FID=id"])
    assert postgis.psql("SELECT data_type FROM information_schema.columns WHERE table_name = 'scores_buurten_long' "
                        "AND column_name = 'afw'") == [["character varying"]]
    assert postgis.psql("SELECT count(*), count(DISTINCT jaar) FROM scores_buurten_long") == [["1620", "9"]]
    postgis.psql("SELECT pg_stat_statements_reset()")
    from_table = run_alg("importscores", {"SCORE_TABLE": "postgres://" + postgis.uri("scores_buurten_long", geometry=""),
                                          "YEAR_RANGE": "2020-2024", "GEOMETRY": os.path.join(sample_dir, "buurt 2024.gpkg"),
                                          "OUTPUT": postgis.destination("buurten_2020_2024")})
    # The database selected the years: 3 years × 180 buurten came back, not all 1,620 rows.
    data_reads = [(q, n) for q, n, calls in rows_sent(postgis, '"public"."scores_buurten_long"') if n > calls]
    assert data_reads == [(data_reads[0][0], 540)]
    assert re.search('"jaar" >= ' + constant("'2020'") + ' AND "jaar" <= ' + constant("'2024'"), data_reads[0][0])
    from_csv = run_alg("importscores", {"SCORES": csv, "YEAR_RANGE": "2020-2024",
                                        "GEOMETRY": os.path.join(sample_dir, "buurt 2024.gpkg"),
                                        "OUTPUT": str(tmp_path / "b.gpkg")})
    assert assert_same(from_csv["OUTPUT"], from_table["OUTPUT"], "bu_code") == 180
    some = next(iter(records(from_table["OUTPUT"], "bu_code").values()))
    assert {m.group(1) for m in map(re.compile(r"^[a-z]+_(\d{4})$").match, some) if m} == {"2020", "2022", "2024"}


AUTHCFG_CHILD = r"""
import json, os, sys
sys.path.insert(0, sys.argv[1])
from standalone import start_qgis
start_qgis()
import processing
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProject, QgsVectorLayer

port, user, password, project_path = sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
manager = QgsApplication.authManager()
assert manager.setMasterPassword("master password of this test", True)
config = QgsAuthMethodConfig("Basic")
config.setName("leefbaarometer test")
config.setConfig("username", user)
config.setConfig("password", password)
stored = manager.storeAuthenticationConfig(config)
config_id = config.id() or (stored[1].id() if isinstance(stored, tuple) else "")

def uri(table):
    u = QgsDataSourceUri()
    u.setConnection("127.0.0.1", port, "lbm", "", "", QgsDataSourceUri.SslDisable, config_id)
    u.setDataSource("public", table, "geom")
    return u.uri(False)

result = processing.run("leefbaarometer:classify", {"INPUT": "postgres://" + uri("buurten"), "GEMEENTE_FILTER": "GM9901",
                                                    "OUTPUT": "postgres://" + uri("buurten_authcfg")})
layer = QgsVectorLayer(uri("buurten_authcfg"), "classes", "postgres")
QgsProject.instance().addMapLayer(layer)
QgsProject.instance().write(project_path)
print(json.dumps({"authcfg": config_id, "output": result["OUTPUT"], "valid": layer.isValid(), "count": layer.featureCount()}))
"""


def test_authentication_configuration_keeps_the_password_out(postgis, pipeline, tmp_path):
    import json
    import subprocess
    import sys

    settings = dict(line.split("=", 1) for line in open(postgis.service_file).read().splitlines() if "=" in line)
    env = {k: v for k, v in os.environ.items() if k != "PGSERVICEFILE"}  # no service file: credentials only from QGIS
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_AUTH_DB_DIR_PATH=str(tmp_path) + "/",
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path))
    project = tmp_path / "project.qgs"
    postgis.psql("SELECT pg_stat_statements_reset()")
    scripts = os.path.join(ROOT, "scripts")
    run = subprocess.run([sys.executable, "-c", AUTHCFG_CHILD, scripts, str(postgis.port), settings["user"],
                          settings["password"], str(project)], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["valid"] and out["count"] == int(postgis.psql("SELECT count(*) FROM buurten WHERE bu_code LIKE 'BU9901%'")[0][0])
    assert f"authcfg={out['authcfg']}" in out["output"] and settings["password"] not in out["output"]
    text = project.read_text()
    assert f"authcfg={out['authcfg']}" in text and settings["password"] not in text
    # The scores were read by GDAL, with the credentials QGIS handed it in memory.
    assert any(q.startswith('SELECT "id"::int4, COALESCE("lbm_2002"') for q, _, _ in rows_sent(postgis, '"public"."buurten" '))


@pytest.mark.slow
def test_qgis_process_runs_on_postgis_as_the_readme_says(postgis, pipeline, tmp_path):
    env = qgis_env(tmp_path)
    assert qgis_process(env, "plugins", "enable", "leefbaarometer").returncode == 0
    run = qgis_process(env, "run", "leefbaarometer:classify", "--",
                       "INPUT=postgres://service='lbmtest' table=\"public\".\"buurten\" (geom)", "GEMEENTE_FILTER=GM9904",
                       "OUTPUT=postgres://service='lbmtest' table=\"public\".\"buurten_klassen_gm9904\" (geom)")
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert postgis.psql("SELECT count(*), count(*) FILTER (WHERE bu_code LIKE 'BU9904%' AND kscore_2024 BETWEEN 1 AND 9) "
                        "FROM buurten_klassen_gm9904") == [[str(sum(1 for (c,) in postgis.psql("SELECT bu_code FROM buurten")
                                                                    if c.startswith("BU9904")))] * 2]


@pytest.mark.parametrize("alg,table,params,outputs", [
    ("score", "buurten", {}, ["OUTPUT"]),
    ("summary", "buurten", {"YEARS": "2014,2024"}, ["OUTPUT"]),
    ("trajectory", "buurten", {}, ["OUTPUT", "MATRIX"]),
    ("hotspots", "buurten", {"YEARS": "2024", "PERMUTATIONS": 99}, ["OUTPUT"]),
    ("earlywarning", "buurten", {}, ["OUTPUT"]),
    ("classprofile", "grid_cbs", {"INDICATOR": "aantal_part_huishoudens", "GROUP_FIELD": "gemeentecode"}, ["OUTPUT"]),
    ("zonecompare", "buurten", {"ZONES": "@pressure", "DISTANCE": 1000}, ["OUTPUT"]),
])
def test_other_algorithms_read_and_write_postgis_like_files(postgis, pipeline, run_alg, tmp_path, alg, table, params, outputs):
    tables_without_geometry = {("summary", "OUTPUT"), ("trajectory", "MATRIX"), ("classprofile", "OUTPUT"),
                               ("zonecompare", "OUTPUT")}
    results = {}
    for kind in ("file", "db"):
        dest = {}
        for name in outputs:
            out = f"{alg}_{name.lower()}"
            geometry = "" if (alg, name) in tables_without_geometry else "geom"
            dest[name] = str(tmp_path / f"{out}.gpkg") if kind == "file" else postgis.destination(out, geometry=geometry)
        inputs = {k: pipeline[kind][v[1:]] if isinstance(v, str) and v.startswith("@") else v for k, v in params.items()}
        results[kind] = run_alg(alg, {"INPUT": pipeline[kind][table], **inputs, **dest})
    for name in outputs:
        a, b = all_rows(results["file"][name]), all_rows(results["db"][name])
        assert len(a) == len(b) > 0, (name, len(a), len(b))
        for x, y in zip(a, b):
            assert x[0] == y[0]
            diff = [(f, u, v) for f, u, v in zip(x[0], x[1], y[1]) if not same_value(u, v)]
            assert not diff and x[2] == y[2], (name, diff[:5], x[2], y[2])


def test_annexes_from_postgis_equal_annexes_from_files(postgis, pipeline, sample_dir, run_alg, tmp_path):
    import pandas as pd

    index = {}
    for kind in ("file", "db"):
        gemeenten = run_alg("importscores", {
            "SCORES": os.path.join(sample_dir, "Leefbaarometer-scores gemeenten 2002-2024.csv"),
            "GEOMETRY": os.path.join(sample_dir, "gemeente 2024.gpkg"),
            "OUTPUT": str(tmp_path / "gemeenten.gpkg") if kind == "file" else postgis.destination("gemeenten")})["OUTPUT"]
        folder = tmp_path / f"annexes_{kind}"
        r = run_alg("exportannexes", {"BUURTEN": pipeline[kind]["buurten"], "GEMEENTEN": gemeenten,
                                      "CODES": "GM9901, GM9903", "FOLDER": str(folder)})
        # two annexes and, for two gemeenten, the overview
        assert r["ANNEXES"] == 2 and sorted(p.name for p in folder.glob("*.pdf"))[-1] == "overzicht.pdf"
        assert len(list(folder.glob("GM*.pdf"))) == 2
        index[kind] = pd.read_csv(folder / "index.csv")
    assert index["file"].gemeentecode.tolist() == ["GM9901", "GM9903"]
    pd.testing.assert_frame_equal(index["file"], index["db"], rtol=1e-12)


def same_value(u, v):
    """Equal; floats to within 1e-12 relative, the rounding of sums taken in another row order (a database
    returns rows in its own order)."""
    if isinstance(u, float) and isinstance(v, float):
        return math.isclose(u, v, rel_tol=1e-12, abs_tol=1e-15)
    return u == v


def all_rows(output):
    from qgis.core import QgsVectorLayer

    layer = (QgsVectorLayer(output[len("postgres://"):], "t", "postgres") if output.startswith("postgres://")
             else QgsVectorLayer(output, "t", "ogr"))
    assert layer.isValid(), output
    names = sorted(f for f in layer.fields().names() if f.lower() not in SKIP_FIELDS)
    rows = []
    for feat in layer.getFeatures():
        values = [None if feat[f] is None or (hasattr(feat[f], "isNull") and feat[f].isNull()) else feat[f] for f in names]
        rows.append((tuple(names), tuple(values), round(feat.geometry().area(), 3) if feat.hasGeometry() else None))
    return sorted(rows, key=repr)


def test_rows_in_another_order_give_the_same_results(postgis, pipeline, run_alg, tmp_path):
    # A table whose rows lie in random order: QGIS hands out features in that order, GDAL reads by key. Scores,
    # neighbours and geometry must still meet unit by unit.
    for table in ("buurten", "grid_cbs"):
        postgis.psql(f"CREATE TABLE {table}_shuffled AS SELECT * FROM {table} ORDER BY md5(id::text); "
                     f"ALTER TABLE {table}_shuffled ADD PRIMARY KEY (id)")
    assert postgis.psql("SELECT (array_agg(id))[1:3] = ARRAY[1, 2, 3] FROM buurten_shuffled") == [["f"]]
    cases = [("hotspots", "buurten", {"YEARS": "2024", "PERMUTATIONS": 99}),
             ("pressure", "grid_cbs", {"WEIGHT": "aantal_woningen", "CODE_FIELDS": ["gemeentecode"]}),
             ("earlywarning", "buurten", {})]
    for alg, table, params in cases:
        a = run_alg(alg, {"INPUT": pipeline["file"][table], **params, "OUTPUT": str(tmp_path / f"{alg}.gpkg")})["OUTPUT"]
        b = run_alg(alg, {"INPUT": "postgres://" + postgis.uri(f"{table}_shuffled"), **params,
                          "OUTPUT": postgis.destination(f"{alg}_shuffled")})["OUTPUT"]
        rows_a, rows_b = all_rows(a), all_rows(b)
        assert len(rows_a) == len(rows_b) > 0, alg
        for x, y in zip(rows_a, rows_b):
            assert all(same_value(u, v) for u, v in zip(x[1], y[1])) and x[2] == y[2], alg


def test_chosen_years_read_only_their_columns(postgis, pipeline, run_alg):
    postgis.psql("SELECT pg_stat_statements_reset()")
    run_alg("classify", {"INPUT": "postgres://" + postgis.uri("grid"), "YEARS": "2022, 2024",
                         "OUTPUT": postgis.destination("grid_k_2022_2024")})
    reads = [q for q, n, _ in rows_sent(postgis, '"public"."grid" ') if q.startswith('SELECT "id"::int4, ') and n == 9329]
    assert len(reads) == 1
    columns = re.findall(r'"([a-z]+_\d{4})"', reads[0].split(" FROM ")[0])
    assert sorted({c[-4:] for c in columns}) == ["2022", "2024"] and len(columns) == 14
    assert postgis.psql("SELECT count(kscore_2024), count(kscore_2022), count(kfys_2024) FROM grid_k_2022_2024") == [["9329"] * 3]


def test_the_panel_styles_a_postgis_layer(postgis, pipeline, dock):
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(postgis.uri("buurten"), "buurten (PostGIS)", "postgres")
    QgsProject.instance().addMapLayer(layer)
    try:
        r = choose(dock, layer, "classes", "total", 2024)
        assert r.type() == "graduatedSymbol" and r.classAttribute() == graduated_on("afw_2024")
        assert [x.label() for x in r.ranges()] == CLASS_LABELS + ["no score"]
        ch = choose(dock, layer, "change", "total", 2024, 2014)
        assert ch.classAttribute() == graduated_on('("afw_2024" - "afw_2014")')
        feat = next(layer.getFeatures())
        layer.selectByIds([feat.id()])
        assert feat["bu_code"] in dock[0].profile.title
        assert dock[0].profile.totals[-1][1] == pytest.approx(feat["afw_2024"])
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_postgis_outputs_carry_their_style(postgis, pipeline):
    """Tables written by the tools have their style as the default style in layer_styles: a fresh project opens
    them styled, as the GeoPackages."""
    from qgis.core import QgsVectorLayer

    rows = dict(postgis.psql("SELECT f_table_name, styleqml::text LIKE '%kscore_2024%' FROM layer_styles "
                             "WHERE useasdefault AND f_table_name IN ('buurten', 'buurten_k')"))
    assert rows == {"buurten": "f", "buurten_k": "t"}
    layer = QgsVectorLayer(pipeline["db"]["classified"][len("postgres://"):], "k", "postgres")
    assert layer.isValid()
    r = layer.renderer()  # loaded as the default style
    assert r.type() == "categorizedSymbol" and r.classAttribute() == "kscore_2024"
    assert [c.label() for c in r.categories()][-1] == "no score" and len(r.categories()) == 10


def test_writing_over_a_styled_table_asks_nothing(postgis, pipeline, run_alg):
    """A second run into the same table replaces its stored style without a question: QGIS 3.22's PostGIS provider
    asks "overwrite?" in a dialog when a style of that name exists, which would hang the run (seen in a benchmark)."""
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication

    asked = []

    def answer_any_dialog():  # a dialog's own event loop runs this timer; say what it asked, then close it
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            asked.append(dialog.windowTitle())
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(answer_any_dialog)
    timer.start(200)
    try:
        for _ in range(2):
            run_alg("classify", {"INPUT": "postgres://" + postgis.uri("buurten"), "YEARS": "2024",
                                 "OUTPUT": postgis.destination("buurten_twice")})
    finally:
        timer.stop()
    assert asked == []
    assert postgis.psql("SELECT count(*) FROM layer_styles WHERE f_table_name = 'buurten_twice' AND useasdefault") == [["1"]]


def test_reading_only_the_key_of_a_table(postgis, pipeline):
    """Asking a PostGIS table for its integer key alone (no other column) reads the keys, in order."""
    from qgis.core import QgsVectorLayer

    from leefbaarometer.processing.io.gdal_columns import gdal_source_of
    from leefbaarometer.processing.io.gdal_columns import read_columns

    layer = QgsVectorLayer(postgis.uri("buurten"), "b", "postgres")
    source = gdal_source_of(layer)
    columns, keys = read_columns(source, [source.key])
    expected = [int(r[0]) for r in postgis.psql(f'SELECT "{source.key}" FROM buurten ORDER BY 1')]
    assert keys.tolist() == expected and columns[source.key].tolist() == [float(k) for k in expected]
