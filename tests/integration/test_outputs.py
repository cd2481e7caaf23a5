"""Where outputs go (issue 22, and the output side of issue 30): formats that would rename the schema's fields, a full
disk or database, two outputs of one run on one file, a layer written into an existing GeoPackage by a run that fails
later, and the signals that stop a run.

Each case runs as a user would, through qgis_process on the real national PC4 file imported onto CBS's PC4 polygons,
and asserts the exit status, the words of the message, no Python traceback, and what is left on disk (nothing).
The full-disk cases mount a small tmpfs, which needs root: elsewhere they are skipped with that reason.
"""
import os
import subprocess
import uuid

import pytest

from ..helpers import qgis_env
from ..helpers import shared

PC4_CSV = ("lbm", "Leefbaarometer-scores PC4 2002-2022.csv")
# The 36 class fields classify writes on the PC4 file: the total and the deviation in all 8 years, the five
# dimensions in the 4 years that have them (2014, 2018, 2020, 2022).
PC4_CLASS_FIELDS = 8 * 2 + 5 * 4


@pytest.fixture(scope="module")
def pc4(tmp_path_factory, lbm_provider_module):
    import processing

    path = str(tmp_path_factory.mktemp("pc4") / "pc4.gpkg")
    processing.run("leefbaarometer:importscores", {"SCORES": shared(*PC4_CSV),
                                                   "GEOMETRY": shared("cbs", "pc4_boundaries.topojson"), "OUTPUT": path})
    return path


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    """qgis_process's environment with the plugin enabled, its profile apart from the folders the tests look at."""
    home = tmp_path_factory.mktemp("qgis-home")
    environment = qgis_env(home)
    run = subprocess.run(["qgis_process.bin", "plugins", "enable", "leefbaarometer"], env=environment, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return environment


def qgis_run(env, alg, **params):
    """qgis_process run leefbaarometer:<alg>; (exit status, everything it printed)."""
    args = ["qgis_process.bin", "run", f"leefbaarometer:{alg}", "--"] + [f"{k}={v}" for k, v in params.items()]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
    return done.returncode, done.stdout + done.stderr


def files_in(folder):
    return sorted(p.name for p in folder.rglob("*"))


# --- formats -------------------------------------------------------------------------------------------------

def test_shapefile_output_is_refused_with_the_limit_and_a_field_that_would_change(pc4, env, tmp_path):
    status, out = qgis_run(env, "classify", INPUT=pc4, OUTPUT=tmp_path / "klassen.shp")
    assert status != 0, out
    assert "Traceback" not in out
    assert "ESRI Shapefile keeps field names of at most 10 characters" in out, out
    assert "writes 8 longer one(s): kscore_2002 would become kscore_200" in out  # kscore_2002 … kscore_2022
    assert "GeoPackage (.gpkg) or a PostGIS table" in out
    assert files_in(tmp_path) == []


def test_a_format_with_fields_of_its_own_is_refused_before_reading(pc4, env, tmp_path):
    status, out = qgis_run(env, "classify", INPUT=pc4, OUTPUT=tmp_path / "klassen.dxf")
    assert status != 0 and "Traceback" not in out
    assert "is in the format DXF, which has a fixed set of fields of its own" in out, out
    assert "Official classes" not in out  # refused before the classes were computed
    assert files_in(tmp_path) == []


@pytest.mark.parametrize("extension", ["csv", "geojson", "fgb"])
def test_formats_that_keep_the_names(pc4, run_alg, tmp_path, extension):
    """CSV, GeoJSON and FlatGeobuf keep every name of the schema: the output reads back with kscore_2022 … and the
    official class of PC4 1011 (Amsterdam centre) in 2022 equals the one classify writes to a GeoPackage."""
    from qgis.core import QgsVectorLayer

    out = str(tmp_path / f"klassen.{extension}")
    run_alg("classify", {"INPUT": pc4, "OUTPUT": out})
    layer = QgsVectorLayer(out, "k", "ogr")
    names = layer.fields().names()
    assert len([n for n in names if n[:1] == "k" and n[-5:-4] == "_"]) == PC4_CLASS_FIELDS
    gpkg = str(tmp_path / "klassen.gpkg")
    run_alg("classify", {"INPUT": pc4, "OUTPUT": gpkg})
    reference = QgsVectorLayer(gpkg, "g", "ogr")
    expression = "\"PC4\" = '1011'"
    want = next(reference.getFeatures(expression))
    got = next(layer.getFeatures(expression))
    fields = ("kscore_2022", "konv_2022", "kafw_2002")
    assert [int(got[f]) for f in fields] == [want[f] for f in fields]  # a CSV reads numbers back as text
    assert want["kscore_2022"] is not None
    assert layer.featureCount() == reference.featureCount() == 4068  # 12 areas without scores kept
    assert [p for p in os.listdir(tmp_path) if ".part-" in p] == []


def test_memory_output_keeps_the_names(pc4, run_alg):
    result = run_alg("classify", {"INPUT": pc4, "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = result["OUTPUT"]
    assert "kscore_2022" in layer.fields().names() and "kwon_2014" in layer.fields().names()
    assert layer.featureCount() == 4068


# --- outputs of one run against each other ------------------------------------------------------------------

def test_two_outputs_of_one_run_on_one_file_are_refused(pc4, env, tmp_path):
    status, out = qgis_run(env, "risersfallers", INPUT=pc4, OUTPUT=tmp_path / "rf.gpkg", LIST=tmp_path / "rf.gpkg")
    assert status != 0 and "Traceback" not in out
    assert "the outputs OUTPUT and LIST both write" in out and "rf.gpkg" in out, out
    assert files_in(tmp_path) == []


def _layers(path):
    from osgeo import ogr

    ds = ogr.Open(str(path))
    return sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount()))


def test_a_failed_run_takes_its_layer_out_of_an_existing_geopackage(pc4, env, tmp_path):
    """risersfallers writes its units as a layer into an existing GeoPackage, then its list fails (a Shapefile
    cannot keep the list's column `aantal_huishoudens`): the layer goes again, and the GeoPackage keeps exactly the
    layers it had."""
    import shutil

    from osgeo import ogr

    existing = tmp_path / "project.gpkg"
    shutil.copy(pc4, existing)
    before = _layers(existing)
    units = tmp_path / "pc4_huishoudens.gpkg"
    shutil.copy(pc4, units)
    ds = ogr.Open(str(units), 1)
    ds.ExecuteSQL("ALTER TABLE pc4 ADD COLUMN aantal_huishoudens REAL")
    ds.ExecuteSQL("UPDATE pc4 SET aantal_huishoudens = 100")
    ds = None
    destination = f"ogr:dbname='{existing}' table=\"stijgers\" (geom)"
    status, out = qgis_run(env, "risersfallers", INPUT=units, YEAR_FROM=2020, YEAR_TO=2022, REPORT_WEIGHTS="aantal_huishoudens",
                           OUTPUT=destination, LIST=tmp_path / "lijst.shp")
    assert status != 0 and "Traceback" not in out
    assert "ESRI Shapefile keeps field names of at most 10 characters" in out, out
    assert _layers(existing) == before
    assert files_in(tmp_path) == ["pc4_huishoudens.gpkg", "project.gpkg"]


def test_a_layer_written_into_an_existing_geopackage_replaces_one_of_its_name_whole(pc4, run_alg, tmp_path):
    import shutil

    from qgis.core import QgsVectorLayer

    existing = tmp_path / "project.gpkg"
    shutil.copy(pc4, existing)
    destination = f"ogr:dbname='{existing}' table=\"klassen\" (geom)"
    for _ in range(2):  # the second run replaces the first's layer
        result = run_alg("classify", {"INPUT": pc4, "OUTPUT": destination})
    assert "lbm_part" not in " ".join(_layers(existing))
    assert [n for n in _layers(existing) if n != "layer_styles"] == ["klassen", "pc4"]
    layer = QgsVectorLayer(f"{existing}|layername=klassen", "k", "ogr")
    assert layer.featureCount() == 4068 and "kscore_2022" in layer.fields().names()
    assert result["OUTPUT"] == f"{existing}|layername=klassen"
    assert QgsVectorLayer(result["OUTPUT"], "k", "ogr").renderer().type() == "categorizedSymbol"  # its stored style


# --- a full disk ---------------------------------------------------------------------------------------------

@pytest.fixture()
def small_disk(tmp_path):
    """A 2 MB tmpfs (the PC4 GeoPackage is 5.7 MB), mounted for the test; skipped where the test cannot mount."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs to fill needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def assert_disk_full(status, out, path):
    assert status != 0, out
    assert "Traceback" not in out and "OperationalError" not in out
    assert f"the disk is full: {path} could not be written" in out, out
    assert "Nothing of it was kept" in out


def test_full_disk_geopackage_copy_is_refused_with_the_space_it_needs(pc4, env, small_disk):
    target = small_disk / "klassen.gpkg"
    status, out = qgis_run(env, "classify", INPUT=pc4, OUTPUT=target)
    assert_disk_full(status, out, target)
    size = os.path.getsize(pc4) / 1e6
    assert f"it needs at least {size:.1f} MB and the disk has" in out
    assert files_in(small_disk) == []


def test_full_disk_geojson_is_not_cut_off_silently(pc4, env, small_disk):
    """GDAL's GeoJSON writer reports nothing when the disk fills: without the read-back the run ended well with a
    file cut off at 2 MB."""
    target = small_disk / "klassen.geojson"
    status, out = qgis_run(env, "classify", INPUT=pc4, OUTPUT=target)
    assert_disk_full(status, out, target)
    assert "that fitted; the disk has" in out
    assert files_in(small_disk) == []


def test_full_disk_spreadsheet_and_table(pc4, env, small_disk):
    """summary writes a CSV table and a spreadsheet; with the disk filled up beforehand by a file of the user's,
    the run fails with the message and the user's file stays."""
    filler = small_disk / "andere_gegevens.bin"
    with open(filler, "wb") as fh:
        try:
            fh.write(b"\0" * (2 * 1024 * 1024))
        except OSError:
            pass
    status, out = qgis_run(env, "summary", INPUT=pc4, OUTPUT=small_disk / "samenvatting.csv", XLSX=small_disk / "samenvatting.xlsx")
    assert status != 0 and "Traceback" not in out
    assert "the disk is full: " in out and "samenvatting" in out, out
    assert files_in(small_disk) == ["andere_gegevens.bin"]


def test_full_disk_stops_the_annexes_and_keeps_the_whole_ones(annex_inputs, env, tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs to fill needs root")
    buurten, gemeenten = annex_inputs
    mount = tmp_path / "small"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(mount)], check=True)
    try:
        status, out = qgis_run(env, "exportannexes", BUURTEN=buurten, GEMEENTEN=gemeenten, FOLDER=mount / "bijlagen")
        assert status != 0 and "Traceback" not in out
        assert "the disk is full: " in out and "The disk filled at the annex of GM99" in out, out
        files = files_in(mount / "bijlagen")
        pdfs = [f for f in files if f.endswith(".pdf")]
        assert len(pdfs) < 4 and all(f[:-4] + ".xlsx" in files for f in pdfs), files  # whole annexes only
        assert not [f for f in files if ".part-" in f] and "index.xlsx" not in files
        for pdf in pdfs:
            assert (mount / "bijlagen" / pdf).read_bytes().rstrip().endswith(b"%%EOF")
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_database_is_one_message_and_leaves_no_table(pc4, env, postgis, tmp_path):
    """The output table's tablespace lies on a 1 MB tmpfs: PostgreSQL's 'could not extend file' (SQLSTATE 53100)
    becomes the plugin's message, and neither the output nor a staging table is left."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs for a tablespace needs root")
    import pwd

    table = f"pc4_{uuid.uuid4().hex[:8]}"
    status, out = qgis_run(dict(env, PGSERVICEFILE=postgis.service_file), "importscores", SCORES=shared(*PC4_CSV),
                           GEOMETRY=shared("cbs", "pc4_boundaries.topojson"), OUTPUT=postgis.destination(table))
    assert status == 0, out
    mount = os.path.join(postgis.base, "tablespace")  # a folder the server's user can reach
    os.mkdir(mount)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], check=True)
    pg = pwd.getpwnam("postgres")
    os.chown(mount, pg.pw_uid, pg.pw_gid)

    def tables():
        return {r[0] for r in postgis.psql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}

    try:
        postgis.psql(f"CREATE TABLESPACE lbm_small LOCATION '{mount}'")
        postgis.psql("ALTER ROLE lbm SET default_tablespace = lbm_small")
        before = tables()
        status, out = qgis_run(dict(env, PGSERVICEFILE=postgis.service_file), "classify",
                               INPUT=postgis.destination(table), OUTPUT=postgis.destination(f"{table}_klassen"))
        assert status != 0 and "Traceback" not in out
        assert f"the database server has no room left for the table public.{table}_klassen" in out, out
        assert tables() == before
    finally:
        postgis.psql("ALTER ROLE lbm RESET default_tablespace")
        postgis.psql("DROP TABLESPACE IF EXISTS lbm_small")
        subprocess.run(["umount", "-l", str(mount)], check=False)
